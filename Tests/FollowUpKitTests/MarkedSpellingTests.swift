import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A greeting or sign-off keeps the marks the person typed or asked for, and is never built from
/// a word they used only as an aside (a people, a language). Three sentences of my own each
/// mechanism must read, two it must leave alone.
@Suite("Marks typed on a name, and asides that are no name")
struct MarkedSpellingTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  @Test(
    "marks typed in an aside at the name question are the name's",
    arguments: [
      ("zoe clarke (zoë with the two dots)", "Zoë Clarke"),
      ("ines garcia, Inés with an accent", "Inés Garcia"),
      ("sean o ceallaigh. Ó Ceallaigh in irish", "Sean Ó Ceallaigh"),
    ])
  func asideMarks(_ text: String, _ want: String) throws {
    let name = try #require(DirectAnswer.ownName(text)?.name)
    #expect(name.full == want, "\(text)")
  }

  @Test(
    "a marked word that is another word is no respelling",
    arguments: [
      ("jose martin, from Málaga", "Jose Martin"), ("anna berg (café owner)", "Anna Berg"),
    ])
  func otherWords(_ text: String, _ want: String) throws {
    let name = try #require(DirectAnswer.ownName(text)?.name)
    #expect(name.full == want, "\(text)")
  }

  @Test(
    "a later message about the marks respells the interviewer",
    arguments: [
      ("its Bríd with a fada btw", "Bríd"),
      ("sorry, Zoë not Zoe", "Zoë"),
      ("he spells it Ramón with the accent", "Ramón"),
    ])
  func laterMarks(_ text: String, _ want: String) {
    let interviewer = want.folding(options: .diacriticInsensitive, locale: nil)
    let conversation = Conversation.after(
      ["I want to write a thank-you note", "Sam Lee", interviewer, text], today: Self.today)
    #expect(conversation.facts.interviewers?.first?.full == want, "\(text)")
    #expect(conversation.stage == .company)
  }

  @Test(
    "a marked name in a message about something else changes nothing",
    arguments: ["José told us about the new clinic", "Ramón"])
  func laterNotAboutSpelling(_ text: String) {
    let conversation = Conversation.after(
      ["I want to write a thank-you note", "Sam Lee", "Jose", "Northgate Foods", "cashier", text],
      today: Self.today)
    #expect(conversation.facts.interviewers?.first?.full == "Jose", "\(text)")
  }

  @Test(
    "a people's or a language's word in an aside is no interviewer",
    arguments: [
      "tomasz wisniewski (wiśniewski with the polish s)",
      "ana souza, with the brazilian spelling",
      "li wei, with the chinese order",
    ])
  func peopleWordNoName(_ text: String) {
    let conversation = Conversation.after(
      ["I want to write a thank-you note", text], today: Self.today)
    #expect(conversation.facts.interviewers == nil, "\(text)")
    #expect(conversation.stage == .interviewer)
  }

  @Test(
    "a name that is also a people's word is kept where a title or a name stands by it",
    arguments: [("Mr English", "Mr English"), ("Rose French", "Rose French")])
  func peopleWordInName(_ text: String, _ want: String) {
    #expect(PeopleAnswer.read(text).map(\.full) == [want], "\(text)")
  }
}
