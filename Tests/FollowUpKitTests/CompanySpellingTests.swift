import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The person's spelling of a company wins: initials as the firm writes them, a capitalised
/// first word kept; and in a sentence, "the" before a name whose head is a common noun.
@Suite("Company spelling and article")
struct CompanySpellingTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func company(_ text: String) -> String? {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.phase = .asking(.company)
    _ = conversation.send(text)
    return conversation.facts.company
  }

  @Test(
    "initials typed in lower case are written as the firm writes them",
    arguments: [
      ("at&t", "AT&T"), ("p&o ferries", "P&O Ferries"), ("m and s", "M&S"), ("b n q", "B&Q"),
    ])
  func initials(_ text: String, _ want: String) {
    #expect(Self.company(text) == want)
  }

  @Test(
    "left alone: words joined by & or 'and' that are no initials",
    arguments: [("pixel&pine", "Pixel&Pine"), ("marks and spencer", "Marks and Spencer")])
  func words(_ text: String, _ want: String) {
    #expect(Self.company(text) == want)
  }

  @Test(
    "a description before the name, whatever sort of firm it names, is no part of it",
    arguments: [
      ("its a small plumbing firm, K. Doyle & Sons Ltd", "K. Doyle & Sons Ltd"),
      ("a family run accountancy firm, Patel Shah & Co", "Patel Shah & Co"),
      ("its a big logistics company, Nexora Freight", "Nexora Freight"),
    ])
  func described(_ text: String, _ want: String) {
    #expect(Self.company(text) == want)
  }

  @Test(
    "left alone: a name said first, with a description after it",
    arguments: [("Harbour & Co, a small firm", "Harbour & Co"), ("Greggs", "Greggs")])
  func nameFirst(_ text: String, _ want: String) {
    #expect(Self.company(text) == want)
  }

  @Test("a correction keeps the capitalised first word the person typed")
  func firstWordKept() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts.company = "Northern Harbour Bank"
    conversation.phase = .asking(.role)
    _ = conversation.send("wait its Northern Harbor Bank, harbor with no u")
    #expect(conversation.facts.company == "Northern Harbor Bank")
  }

  @Test(
    "a public body's name takes 'the' by its head",
    arguments: [
      "Royal Berkshire NHS Foundation Trust", "London Borough of Lewisham",
      "Hywel Dda University Health Board",
    ])
  func publicBody(_ name: String) {
    #expect(InstitutionName.phrase(name) == "the " + name)
  }

  @Test(
    "a name typed with its own 'The' takes the sentence's article when English gives it one",
    arguments: [
      ("The Office of the Rail Regulator", "the Office of the Rail Regulator"),
      ("The University of Dundee", "the University of Dundee"),
      // Left alone: a trading name whose "The" is its own.
      ("The Ivy", "The Ivy"), ("The Crooked Spoon Cafe", "The Crooked Spoon Cafe"),
    ])
  func ownArticle(_ name: String, _ phrase: String) {
    #expect(InstitutionName.phrase(name) == phrase)
  }

  @Test(
    "left alone: a trust or board named by a place or a trade takes none",
    arguments: ["Riverside Hospital Trust", "Severn Valley Railway Trust", "Tesco"])
  func bare(_ name: String) {
    #expect(InstitutionName.phrase(name) == name)
  }
}
