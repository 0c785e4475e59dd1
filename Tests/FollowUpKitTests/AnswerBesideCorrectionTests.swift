import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction and the answer to the question in hand, typed in one message: both are taken,
/// and only a part that shows it is the answer answers.
@Suite("An answer beside a correction")
struct AnswerBesideCorrectionTests {
  typealias Held = CorrectionReadingTests

  @Test(
    "at the outcome question, the correction is made and the other part is the answer",
    arguments: [
      ("sorry its Acme Labs not Acme. it went really well", "company", "Acme Labs", Outcome.well),
      (
        "oops the role was senior analyst, not analyst. honestly it went badly", "role",
        "senior analyst", .badly
      ),
      (
        "i wrote the 20th but it was the 19th, and i think it went well", "when", "2026-11-19",
        .well
      ),
    ])
  func bothTaken(_ text: String, _ fact: String, _ value: String, _ outcome: Outcome) {
    var conversation = Held.conversation(at: .outcome)
    _ = conversation.send(text)
    let facts = conversation.facts
    let got: String? =
      switch fact {
      case "company": facts.company
      case "role": facts.role
      case "when": facts.when?.date?.iso
      default: nil
      }
    #expect(got == value)
    #expect(facts.outcome == outcome)
    #expect(conversation.stage != .outcome)
  }

  @Test(
    "a part that does not say how it went is no outcome",
    arguments: [
      "sorry its Acme Labs not Acme, long day",
      "wait the company is Acme Labs. my cat walked on the keyboard",
      // "mixed" is no verdict here.
      "sorry its Acme Labs not Acme, i mixed it up with another one",
    ])
  func noOutcome(_ text: String) {
    var conversation = Held.conversation(at: .outcome)
    _ = conversation.send(text)
    #expect(conversation.facts.company == "Acme Labs")
    #expect(conversation.facts.outcome == nil)
    #expect(conversation.stage == .outcome)
  }

  /// At the people question a short answer is trusted whatever its words, so a part must say
  /// it names someone.
  @Test(
    "at the interviewer question, only a part that names someone is the answer",
    arguments: [
      ("sorry the company is Acme Labs. interviewer was Dr Grace Obi", "Dr Grace Obi"),
      ("sorry the company is Acme Labs, long story", nil),
    ])
  func people(_ text: String, _ met: String?) {
    var conversation = Held.conversation(at: .interviewer)
    conversation.answers.facts.interviewers = nil
    _ = conversation.send(text)
    #expect(conversation.facts.company == "Acme Labs")
    #expect(conversation.facts.interviewers?.map(\.full).joined(separator: ", ") == met)
    #expect((conversation.stage == .interviewer) == (met == nil))
  }
}
