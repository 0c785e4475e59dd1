import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Stepping away ("hang on someone at the door", "hold on let me check the email for her
/// name") answers no question: at every question it waits, and no ask is spent. Read as an
/// answer at the interviewer question, "hold on let me check..." had given "you met Hold" and
/// "hang on someone at the door" at the name question "the interview was with Door" (tuning
/// 27's bn016, bn044, bn136).
@Suite("Stepping away at any question")
struct AwayAtQuestionTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test(
    "an aside changes nothing and asks the same question again",
    arguments: [
      "hang on someone at the door", "hold on let me check the email for her name",
      "hold on someones at the door brb", "one sec", "brb",
    ])
  func waits(aside: String) {
    for asked in 1...4 {
      var conversation = Conversation.after(
        Array(
          ["hi can you help me write a thank you note", "amara", "mrs cole", "Boots"].prefix(
            asked)),
        today: Self.today)
      let stage = conversation.stage
      let facts = conversation.facts
      let reply = conversation.send(aside).text
      #expect(conversation.stage == stage, "\(aside) at \(stage): \(reply)")
      #expect(conversation.facts == facts, "\(aside) at \(stage): \(reply)")
      #expect(reply.hasPrefix("No rush"), "\(reply)")
    }
  }

  @Test("a reason that puts a fact right is read as the correction it is")
  func correctionNotAside() {
    #expect(!AwayAside.isWholeAside("hang on its tuesday not monday"))
    #expect(!AwayAside.isWholeAside("hold on, her name is Priya"))
    #expect(AwayAside.isWholeAside("hang on someone at the door"))
  }
}
