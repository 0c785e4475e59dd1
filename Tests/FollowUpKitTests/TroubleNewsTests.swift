import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// News of a mishap or a strain the employer has is heard with interest, never called good
/// (tuning 35's bs022 and bs048 were "glad to hear" of a struggle and of fires).
@Suite("Trouble in the topic is no good news")
struct TroubleNewsTests {
  @Test(
    "a trouble word heading its phrase marks the news as hard",
    arguments: [
      "you had two lithium battery fires in the bin lorries this year",
      "the toddler room is struggling with a lot of new starters",
      "a big backlog of repairs in October",
    ])
  func trouble(_ topic: String) {
    #expect(HardNews.tellsTrouble(topic), "\(topic)")
    #expect(HardNews.marks(topic: topic, in: nil), "\(topic)")
  }

  @Test(
    "a trouble word naming what a thing is for, or whom it helps, marks nothing",
    arguments: [
      "you're setting up a dedicated flood team in the new year",
      "you are opening a second place in the old fire station",
      "the new crisis cafe", "extra sessions for the kids who are struggling",
      "your plan to reduce the backlog",
    ])
  func noTrouble(_ topic: String) {
    #expect(!HardNews.tellsTrouble(topic), "\(topic)")
  }

  @Test("a comma before a subject and a modal splits a point in two")
  func modalSplice() {
    #expect(
      InterestReader.splittingSplices(
        "I was an international student myself in Leeds and I felt very lonely the first "
          + "winter, peer mentors would have helped so much")
        == "I was an international student myself in Leeds and I felt very lonely the first "
        + "winter. Peer mentors would have helped so much")
  }

  @Test("a clause describing the value set aside names no new value")
  func describedOld() {
    let facts = Facts(
      name: PersonName(parsing: "Jack Mason"), company: "Kier Group", role: "groundworker")
    let reader = CorrectionReader(
      reader: FactReader(today: CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today),
      known: facts)
    let read = reader.read(
      "sorry it wasnt kier, kier is the main contractor, the interview was with the groundworks "
        + "sub J Murphy & Sons")
    #expect(read?.valueText != "Main Contractor Group")
    #expect(
      !CorrectionReader.changes(in: "it wasnt kier, kier is the main contractor").contains {
        $0.new.lowercased() == "main contractor"
      })
  }
}
