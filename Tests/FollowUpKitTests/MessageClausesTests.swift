import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A message read part by part: the part that answers the question asked wins that field, a
/// correction in one part never stops the others being read, and other parts fill the facts
/// they state.
@Suite("A message read clause by clause")
struct MessageClausesTests {
  typealias Held = CorrectionReadingTests

  @Test(
    "an \"and\" or \"but\" before a pronoun opens a clause; one inside a name does not",
    arguments: [
      ("care assistant and it was yesterday", ["care assistant", "it was yesterday"]),
      ("barista but i start monday", ["barista", "i start monday"]),
      ("harlow and reed solicitors", ["harlow and reed solicitors"]),
      ("frank mills, had my interview yesterday", ["frank mills", "had my interview yesterday"]),
    ])
  func clauses(_ text: String, _ expected: [String]) {
    #expect(MessageParts.clauses(of: text) == expected)
  }

  @Test(
    "a legal form or a title before a pronoun ends its sentence; \"Co.\" and an initial go on",
    arguments: [
      ("the firm is actually Okafor & Sons Ltd. site engineer", 2),
      ("sorry i meant mr adeyemi not mrs. its adeyemi & co solicitors", 2),
      ("its Crumb & Co. Artisan Bakery", 1),
      ("it was Mrs. Adeyemi", 1),
    ])
  func sentenceEnds(_ text: String, _ count: Int) {
    #expect(MessageParts.statements(of: text).count == count)
  }

  @Test("the clause that answers the role question is the role; the other tells the day")
  func roleAndDay() {
    var conversation = Held.conversation(at: .role)
    conversation.answers.facts.role = nil
    conversation.answers.facts.when = nil
    _ = conversation.send("care assistant and it was yesterday")
    #expect(conversation.facts.role == "care assistant")
    #expect(conversation.facts.when?.date?.iso == "2026-11-29")
  }

  @Test(
    "a correction in one part, the answer to the question asked in another",
    arguments: [
      // The answer shares a word with the corrected value and says more.
      ("oops the company is actually acme dental. role was dental receptionist", "Acme Dental"),
      // The name's legal form ends the correction's sentence.
      ("the firm is actually Acme & Sons Ltd. site engineer", "Acme & Sons Ltd"),
    ])
  func correctionThenRole(_ text: String, _ company: String) {
    var conversation = Held.conversation(at: .role)
    conversation.answers.facts.role = nil
    let reply = conversation.send(text)
    #expect(conversation.facts.company == company)
    #expect(
      conversation.facts.role
        == (text.hasSuffix("engineer") ? "site engineer" : "dental receptionist"))
    #expect(reply.text.contains("\(company), and the role is"))
  }

  @Test("a correction of the interviewer's title, then the company asked for")
  func titleThenCompany() {
    var conversation = Held.conversation(at: .company)
    conversation.answers.facts.company = nil
    conversation.answers.facts.interviewers = [PersonName(title: "Mrs", family: "Adeyemi")]
    _ = conversation.send("sorry i meant mr adeyemi not mrs. its adeyemi & co solicitors")
    #expect(conversation.facts.interviewers?.first?.title == "Mr")
    #expect(conversation.facts.company?.lowercased() == "adeyemi & co solicitors")
  }

  @Test("a few words closing the message after a correction are how it went")
  func closingOutcome() {
    var conversation = Held.conversation(at: .outcome)
    _ = conversation.send("i put the 20th but it was yesterday actually. too early to tell")
    #expect(conversation.facts.when?.date?.iso == "2026-11-29")
    #expect(conversation.facts.outcome == .unsure)
    #expect(conversation.stage != .outcome)
  }
}
