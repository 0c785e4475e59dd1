import Testing

@testable import FollowUpKit

/// Tuning 30's bi020 wrote "scratch that, it's not Premier Inn, it's Travelodge" and was
/// thanked for the role "at Scratch That Glasgow Central": the words taking back what was
/// said had been read as the new name. They mark the change and are never its value.
@Suite("Words taking back what was said")
struct TakeBackCorrectionTests {
  @Test("'scratch that' marks a correction; the value is what follows")
  func scratchThat() {
    let conversation = Conversation.after(
      [
        "hi", "Joy Villanueva", "Ms Carter", "Premier Inn", "receptionist", "the 19th",
        "It was okay I think",
        "scratch that, it's not Premier Inn, it's Travelodge. Premier Inn was the other one",
      ], today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today)
    #expect(conversation.facts.company == "Travelodge")
  }

  @Test("the words are no value of any change read from the message")
  func noValue() {
    let changes = CorrectionReader.changes(
      in: "scratch that, it's not Premier Inn, it's Travelodge")
    #expect(!changes.contains { $0.new.lowercased().contains("scratch") }, "\(changes)")
  }
}
