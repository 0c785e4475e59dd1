import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Someone met but not named at first ("the matron was there but I forgot her name") is named
/// later, at another question: the name is that person's, never the answer in hand.
@Suite("Someone named later")
struct NamedLaterTests {
  static let today = CivilDate(year: 2026, month: 11, day: 30) ?? Fixture.today

  static func conversation(at question: Question) -> Conversation {
    Conversation.holding(
      Facts(
        name: PersonName(given: "Ravi", family: "Lee"),
        interviewers: [
          PersonName(title: "Dr", family: "Osei"), PersonName(job: "practice manager"),
        ]),
      at: question, today: today)
  }

  @Test(
    "a clause saying the job is a name names the nameless person",
    arguments: [
      (
        "oh it just came back to me, the practice manager is Mrs Lowe, Gemma Lowe", "Mrs Gemma Lowe"
      ),
      ("the manager was Tomasz Nowak btw", "Tomasz Nowak"),
    ])
  func named(_ text: String, _ person: String) {
    var conversation = Self.conversation(at: .company)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Dr Osei", person])
    #expect(conversation.facts.company == nil)
    #expect(conversation.stage == .company)
  }

  @Test("left alone: a company answer that names no held job")
  func companyAnswer() {
    var conversation = Self.conversation(at: .company)
    _ = conversation.send("Lowe and Partners dental")
    #expect(conversation.facts.interviewers?.count == 2)
    #expect(conversation.facts.company != nil)
  }
}
