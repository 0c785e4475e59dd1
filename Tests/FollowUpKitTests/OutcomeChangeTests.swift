import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A change of mind about how it went, at another question: marked as a correction, it
/// replaces the outcome held; the question in hand stays.
@Suite("Outcome changed")
struct OutcomeChangeTests {
  static func conversation() -> Conversation {
    var conversation = CorrectionReadingTests.conversation(at: .company)
    conversation.answers.facts.company = nil
    conversation.answers.facts.outcome = .well
    return conversation
  }

  @Test(
    "a marked change of mind replaces the outcome",
    arguments: [
      "scratch what i said, honestly it went badly",
      "actually thinking about it, it went badly",
      "i said it went well but to be honest it went badly",
    ])
  func changed(_ text: String) {
    var conversation = Self.conversation()
    _ = conversation.send(text)
    #expect(conversation.facts.outcome == .badly)
    #expect(conversation.stage == .company)
  }

  @Test(
    "an outcome said with no mark of a change, or another fact corrected, leaves it",
    arguments: [
      ("actually the role is senior analyst", "senior analyst"),
      ("the panel was lovely and it went badly", "analyst"),
      // A verdict on something else, with a correction word: no verdict on the interview.
      ("im from there actually so that would be nice for me", "analyst"),
    ])
  func kept(_ text: String, _ role: String) {
    var conversation = Self.conversation()
    _ = conversation.send(text)
    #expect(conversation.facts.outcome == .well)
    #expect(conversation.facts.role == role)
  }
}
