import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Whom the note greets, as the person says it, and who signs it (people26, from a blind
/// judge's faults on tuning 26's first notes): a form of address said before the name stays in
/// the greeting ("Revd Ashworth-Pryce", "Eng Khalid"), a form the person turns
/// down is never the greeting ("big Tam but dont put that"), what the person says of their own
/// name decides the sign-off ("Lan is my name"), and a surname written anew signs nothing.
@Suite("Form of address and sign-off, as the person says them")
struct FormOfAddressTests {
  static let today = CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today

  @Test("a form of address turned down after it is said is no wish; another form turned down is")
  func turnedDownAfter() {
    #expect(
      GreetingCue.read(
        "Tam Baird, the workshop foreman. everybody calls him big Tam but dont put that",
        quoting: true) == nil)
    #expect(GreetingCue.read("call him Steve, not Stephen", quoting: true)?.name == "Steve")
  }

  @Test("the part the person calls their name signs the note: \"Lan is my name\"")
  func ownNamePart() {
    let conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Nguyen Thi Lan. Nguyen is family name, Lan is my name",
      ],
      today: Self.today)
    #expect(conversation.facts.name?.full == "Nguyen Thi Lan")
    #expect(SignOffName.signed(conversation.facts) == "Lan")
  }

  @Test("a surname written anew is the surname, never the name to sign with")
  func surnameRespelled() {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Rahaf Alkhateeb", "Omar", "Bridges4Refugees"],
      today: Self.today)
    _ = conversation.send(
      "sorry, my surname please write Al-Khateeb with hyphen, this is how it is on my LinkedIn")
    #expect(conversation.facts.name?.full == "Rahaf Al-Khateeb")
    #expect(SignOffName.signed(conversation.facts) == "Rahaf")
  }

  @Test("a question asking leave, then the names: the names are who interviewed")
  func answerAfterQuestion() {
    let conversation = Conversation.after(
      [
        "I want to write a thank-you note", "marcus reid",
        "is it ok if there were two? Dre the GM and Kelsey who runs the personal training team",
      ], today: Self.today)
    #expect(conversation.facts.interviewers?.map(\.informal) == ["Dre", "Kelsey"])
    #expect(conversation.facts.outcome == nil)
  }

  @Test("a title typed short with a dot in the opening is the title, never the company")
  func shortTitleInOpening() {
    let conversation = Conversation.after(
      ["Hi, please help me write a follow up mail for interview with Eng. Khalid sir"],
      today: Self.today)
    #expect(conversation.facts.interviewers?.first?.formal == "Eng Khalid")
    #expect(conversation.facts.company == nil)
  }
}
