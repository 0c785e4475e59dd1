import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// "sign" as a thing ("which feels like a good sign") is no word about the note's sign-off.
/// Before, the outcome answer "pretty good! ... which feels like a good sign" was read as a
/// correction of the sign-off, the note was signed "Pretty Good" and the question was asked
/// three times (tuning 25, ay036); "hear back by friday which has to be a good sign" moved the
/// interview day to Friday once the sign-off reading was gone.
@Suite("Sign as a noun")
struct SignAsNounTests {
  @Test(
    "after an article and the words describing it, sign is a noun; after a pronoun or a word that asks, a verb",
    arguments: [
      ("which feels like a good sign", true),
      ("a really positive sign", true),
      ("thats what the sign says", true),
      ("with the & sign", true),
      ("can you sign it as jordan", false),
      ("please just sign with my first name", false),
      ("i'd sign off as Rab", false),
    ])
  func noun(_ text: String, _ isNoun: Bool) {
    let lower = text.split(separator: " ").map { $0.lowercased() }
    let found = lower.indices.contains { CorrectionReader.isSignNoun(lower, at: $0) }
    #expect(found == isNoun)
  }

  static let tuesday = InterviewDay(
    phrase: "tuesday", date: CivilDate(year: 2026, month: 12, day: 1))

  static func afterOutcome(_ text: String) -> Conversation {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts.name = PersonName(given: "Jordan", family: "Reyes-Whitfield")
    conversation.answers.facts.when = Self.tuesday
    conversation.phase = .asking(.outcome)
    _ = conversation.send(text)
    return conversation
  }

  @Test("an answer about how it went that calls something a good sign is that answer")
  func outcomeAnswer() {
    let conversation = Self.afterOutcome(
      "pretty good! priya said theyd move fast and asked about my start date which feels like a"
        + " good sign")
    #expect(conversation.facts.signOff == nil)
    #expect(SignOffName.signed(conversation.facts) == "Jordan")
    #expect(conversation.facts.outcome == .well)
    #expect(conversation.phase.question != .outcome)
  }

  @Test("a day said of when the person hears back beside 'a good sign' moves no interview day")
  func dayKept() {
    let conversation = Self.afterOutcome(
      "good i reckon, dean said id hear back by friday which has to be a good sign")
    #expect(conversation.facts.when?.date == Self.tuesday.date)
  }
}
