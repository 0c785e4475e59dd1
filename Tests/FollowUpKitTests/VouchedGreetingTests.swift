import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A name is printed in a greeting or a sign-off only when it can be vouched for as the name
/// the person gave for that person: a word that describes someone ("ops", "charge", "hired")
/// leaves the plain form instead.
@Suite("Vouched greeting")
struct VouchedGreetingTests {
  static let reader = FactReader(today: Fixture.today)

  @Test(
    "after 'I am' in a message typed in lower case, a word is how the person is, not a name",
    arguments: [
      "hi i am shortlisted!! need a thank you email",
      "im knackered lol, can you write my follow up",
      "hello i'm nervous honestly, help with a note",
    ])
  func stateIsNoName(opening: String) {
    #expect(Self.reader.facts(in: opening).name == nil)
  }

  @Test(
    "a name said with evidence is still the person's",
    arguments: [
      ("hi my name is tomasz, need a thank you note", "Tomasz"),
      ("Hi, I'm Grace Okoye and I had an interview today", "Grace Okoye"),
    ])
  func namedWithEvidence(opening: String, name: String) {
    #expect(Self.reader.facts(in: opening).name?.full == name)
  }

  @Test(
    "a job after 'the' in the note's request is no interviewer and no role",
    arguments: [
      "i want a linkedin message for the ops manager",
      "need an email for the site manager after my interview",
      "can you help me thank the charge nurse",
    ])
  func describedRecipient(opening: String) {
    let facts = Self.reader.facts(in: opening)
    #expect(facts.interviewers == nil)
    #expect(facts.role == nil)
  }

  @Test(
    "a named recipient is still read",
    arguments: [
      ("i want a message for Dr Okafor", "Dr Okafor"),
      ("a thank you note for the manager Mrs Kowalska", "Mrs Kowalska"),
    ])
  func namedRecipient(opening: String, person: String) {
    #expect(Self.reader.facts(in: opening).interviewers?.map(\.full) == [person])
  }

  @Test(
    "an office opening the mention is the job, the name follows",
    arguments: [
      ("Charge Nurse Bernadette Quinn, she runs ward 7", "Bernadette Quinn"),
      ("Staff Nurse Amy Lee", "Amy Lee"),
      ("Clinical Lead Ravi Menon", "Ravi Menon"),
      // Left alone: a name with no office, and a title kept.
      ("Dana Whitcomb, director of merchandising", "Dana Whitcomb"),
      ("Sister Hughes the ward manager", "Sister Hughes"),
    ])
  func officeIsNoName(answer: String, name: String) {
    #expect(Self.reader.answer(answer, to: .interviewer)?.interviewers?.first?.full == name)
  }

  @Test("the candidate is never greeted by their own name")
  func neverGreetsCandidate() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    conversation.facts.name = PersonName(parsing: "Jocelyn Mae Santos")
    conversation.facts.interviewers = [PersonName(parsing: "Jocelyn Santos")].compactMap { $0 }
    #expect(conversation.recipients == [PersonName.hiringManager])
    conversation.facts.interviewers = [PersonName(parsing: "Dionne Campbell")].compactMap { $0 }
    #expect(conversation.recipients.map(\.full) == ["Dionne Campbell"])
  }
}
