import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A held value said again with its spelling told in words ("with an i after the r", "with a
/// hyphen", "two t's, Pratt") is that value re-spelled, whichever fact holds it; the remark on
/// letters is never a value. Sentences of my own, not from any tuning set.
@Suite("Spellings told in words")
struct SpelledInWordsTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  /// A conversation at `question` holding `name`, `interviewer` and `company`.
  static func holding(
    name: String, interviewer: String? = nil, company: String? = nil, at question: Question
  ) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts.name = PersonName(parsing: name)
    conversation.answers.facts.interviewers = interviewer.flatMap(PersonName.init(parsing:))
      .map { [$0] }
    conversation.answers.facts.company = company
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "the held value the spelled words re-spell is changed, in the held capitals",
    arguments: [
      // Own name, then the interviewer's answer in the next sentence.
      ("sorry its Mac Domhnaill with an h after the n", "Niamh Mac Domhnaill", "Ruth Ker"),
      // A hyphen told in words joins two held words.
      ("oh its Asante-Darko with a hyphen not a space", "Kwame Asante-Darko", "Ruth Ker"),
      // The interviewer's surname, typed in lower case after a quote of the old one.
      ("i put ruth ker but it was ruth kerr, with two r's", "Kwame Asante Darko", "Ruth Kerr"),
      // The value after the remark.
      ("her surname has two r's, Kerr", "Kwame Asante Darko", "Ruth Kerr"),
      // In a bracket, past a chat word.
      ("ruth (kerr btw, with an r) was nice", "Kwame Asante Darko", "Ruth Kerr"),
    ])
  func respelled(_ text: String, _ name: String, _ interviewer: String) {
    var conversation = Self.holding(
      name: text.contains("Domhnaill") ? "Niamh Mac Domhnall" : "Kwame Asante Darko",
      interviewer: "Ruth Ker", at: .company)
    _ = conversation.send(text)
    #expect(conversation.facts.name?.full == name, "\(text)")
    #expect(conversation.facts.interviewers?.map(\.full) == [interviewer], "\(text)")
  }

  @Test("letters told in words are the letters typed, not the held marks")
  func lettersTyped() {
    var conversation = Self.holding(name: "Lucía Pérez Muñoz", at: .interviewer)
    _ = conversation.send("sorry my surname is Peres with s not z")
    #expect(conversation.facts.name?.full == "Lucía Peres Muñoz")
  }

  @Test("the company is re-spelled too, and the answer beside it is taken")
  func company() {
    var conversation = Self.holding(
      name: "Sam Lee", interviewer: "Ruth Kerr", company: "Brightwel Foods", at: .role)
    _ = conversation.send("its Brightwell with two l's. role was buyer")
    #expect(conversation.facts.company == "Brightwell Foods")
    #expect(conversation.facts.role == "buyer")
  }

  @Test(
    "a remark that is no spelling, or words that re-spell nothing held, change nothing",
    arguments: [
      "the shop is getting refitted with a bigger bakery",
      "its Ltd with a y",
      "Marcus with a k",
    ])
  func leftAlone(_ text: String) {
    let reader = CorrectionReader(
      reader: FactReader(today: Self.today),
      known: Facts(
        name: PersonName(parsing: "Sam Lee"), interviewers: [PersonName(given: "Ruth")],
        company: "Bake and Co"))
    #expect(reader.spelledInWords(text) == nil, "\(text)")
  }

  @Test("another reading that says the whole new value wins over the spelled words")
  func fullerReading() {
    var conversation = Self.holding(
      name: "Sam Lee", interviewer: "Ruth Kerr", company: "Northfield Homes Housing", at: .role)
    _ = conversation.send("sorry I wrote Northfield but it is Northfields Homes with s")
    #expect(conversation.facts.company == "Northfields Homes")
  }
}
