import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction is applied everywhere the old value was used: the greeting chosen for an
/// interviewer and the sign-off that was the person's old name.
@Suite("Corrections applied everywhere")
struct CorrectionEverywhereTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func conversation(interviewer: PersonName, name: PersonName, signOff: PersonName?)
    -> Conversation
  {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(name: name, interviewers: [interviewer], company: "Acme")
    conversation.answers.facts.signOff = signOff
    conversation.phase = .asking(.role)
    return conversation
  }

  @Test("a greeting chosen for the interviewer follows their name's correction")
  func greeting() {
    var jo = PersonName(given: "Jo", family: "Price")
    jo.greetAs = "Jo"
    var conversation = Self.conversation(
      interviewer: jo, name: PersonName(given: "Ravi", family: "Lee"), signOff: nil)
    _ = conversation.send("sorry her name is Joanne")
    #expect(conversation.facts.interviewers?.first?.informal == "Joanne")
  }

  @Test("a greeting with a title follows a respelled surname")
  func titledGreeting() {
    var person = PersonName(title: "Mrs", given: "Ada", family: "Amadi")
    person.greetAs = "Mrs Amadi"
    var conversation = Self.conversation(
      interviewer: person, name: PersonName(given: "Ravi", family: "Lee"), signOff: nil)
    _ = conversation.send("oops her surname is Amadie not Amadi")
    #expect(conversation.facts.interviewers?.first?.informal == "Mrs Amadie")
  }

  @Test("a sign-off that was the old name is the corrected one")
  func signOff() {
    var conversation = Self.conversation(
      interviewer: PersonName(given: "Sam"), name: PersonName(given: "Ravi", family: "Le"),
      signOff: PersonName(given: "Ravi", family: "Le"))
    _ = conversation.send("typo in my surname, its Lee not Le")
    #expect(conversation.facts.signOff?.full == "Ravi Lee")
  }

  @Test("left alone: a sign-off the person chose stays when their surname is corrected")
  func chosenSignOff() {
    var conversation = Self.conversation(
      interviewer: PersonName(given: "Sam"), name: PersonName(given: "Catherine", family: "Bel"),
      signOff: PersonName(given: "Kate"))
    _ = conversation.send("typo in my surname, its Bell not Bel")
    #expect(conversation.facts.signOff?.full == "Kate")
    #expect(conversation.facts.name?.full == "Catherine Bell")
  }

  @Test("left alone: a greeting unrelated to the word corrected stays")
  func otherGreeting() {
    var person = PersonName(given: "Margaret", family: "Oduya")
    person.greetAs = "Maggie"
    var conversation = Self.conversation(
      interviewer: person, name: PersonName(given: "Ravi", family: "Lee"), signOff: nil)
    _ = conversation.send("sorry her surname is Oduye not Oduya")
    #expect(conversation.facts.interviewers?.first?.informal == "Maggie")
  }
}
