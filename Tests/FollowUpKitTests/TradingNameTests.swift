import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The company, the role and the place as a careful person writes them in the note (note25):
/// the trading name without its legal form or aside unless the person asked for it, the role
/// the person gave at the role question named even when its head is no word the gate knows, and
/// the article English gives the name.
@Suite("Company, role and place written with care")
struct TradingNameTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  @Test(
    "a legal form and a bracketed aside closing the name are left out of the note",
    arguments: [
      ("Karoo Freight (Pty) Ltd", "Karoo Freight"),
      ("PayNext Technologies Pvt Ltd", "PayNext Technologies"),
      ("Hollis & Sons Joinery Ltd", "Hollis & Sons Joinery"),
      ("Lincoln Park High School (CPS)", "Lincoln Park High School"),
      ("Halfmoon Pictures, Inc.", "Halfmoon Pictures"),
      ("Heliox Pharma GmbH", "Heliox Pharma"),
      ("Zenith Bank plc", "Zenith Bank"),
      // Left alone: a "Co" that is the name, a name with no legal form, and one that would be
      // cut to nothing.
      ("Grind & Co", "Grind & Co"),
      ("Northgate Foods", "Northgate Foods"),
      ("Limited", "Limited"),
    ])
  func tradingName(typed: String, written: String) {
    #expect(TradingName.written(typed) == written)
  }

  @Test("an answer that names the legal form again asks for it; one that does not, does not")
  func askedInFull() {
    #expect(
      TradingName.askedInFull(
        "TyneFab Engineering Ltd. Please write with Ltd, it is official name.",
        name: "TyneFab Engineering Ltd") == true)
    #expect(
      TradingName.askedInFull("Karoo Freight (Pty) Ltd", name: "Karoo Freight (Pty) Ltd") == nil)
  }

  @Test(
    "a sentence after the name's last abbreviation is no part of the name",
    arguments: [
      (
        "TyneFab Engineering Ltd. Please write with Ltd, it is official name.",
        "TyneFab Engineering Ltd"
      ),
      // Left alone: an abbreviation the name goes on after.
      ("Grind & Co. Coffee", "Grind & Co. Coffee"),
      ("Fernhill Pvt. Ltd.", "Fernhill Pvt. Ltd."),
    ])
  func instructionAfterName(answer: String, clause: String) {
    #expect(CompanyAnswer.firstClause(answer) == clause)
  }

  @Test(
    "a plain title typed at the role question is the job, whatever its head",
    arguments: [
      ("deckhand", "deckhand"), ("hvac tech", "HVAC tech"), ("farmhand", "farmhand"),
    ])
  func answeredTitle(role: String, title: String) {
    #expect(RoleTitle.printable(role) == nil)
    #expect(RoleTitle.printable(role, answered: true) == title)
  }

  @Test(
    "the question does not vouch for a schedule, a symbol, chat or a vague reply",
    arguments: [
      "bookkeeper part time", "counter + fryer", "same as before", "the usual one",
      "whatever really",
    ])
  func answeredStillRefused(role: String) {
    #expect(RoleTitle.printable(role, answered: true) == nil)
  }

  @Test(
    "the article before an organisation follows English",
    arguments: [
      ("Royal Free Hospital", "the Royal Free Hospital"),
      ("Royal Berkshire Hospital", "the Royal Berkshire Hospital"),
      ("44 Bree Gallery", "44 Bree Gallery"),
      // Left alone: a trading name on a describing word, and a gallery with no number.
      ("Royal Mail", "Royal Mail"),
      ("Horniman Museum", "the Horniman Museum"),
    ])
  func article(name: String, phrase: String) {
    #expect(InstitutionName.phrase(name) == phrase)
  }

  @Test("the first note names the trading name and the role typed at the role question")
  func firstNote() throws {
    var conversation = Conversation(today: Self.today)
    for message in [
      "Thabo Mokoena", "Mr van der Merwe", "Karoo Freight (Pty) Ltd", "deckhand", "yesterday",
      "it went well", "he said they are changing the whole fleet to new Volvo trucks next year",
      "yes", "skip", "email",
    ] {
      _ = conversation.typed(message)
    }
    let body = try #require(conversation.note?.body)
    #expect(body.contains("the deckhand role at Karoo Freight."), "\(body)")
    #expect(conversation.facts.company == "Karoo Freight (Pty) Ltd")
  }

  @Test("a name asked for in full keeps its legal form, and not the instruction")
  func askedNameKept() throws {
    var conversation = Conversation(today: Self.today)
    for message in [
      "Oleksandr Kovalenko", "Pete",
      "TyneFab Engineering Ltd. Please write with Ltd, it is official name.", "MIG welder",
      "yesterday", "it went well", "Pete said they got a contract for offshore wind parts",
      "yes", "skip", "email",
    ] {
      _ = conversation.typed(message)
    }
    let body = try #require(conversation.note?.body)
    #expect(body.contains("at TyneFab Engineering Ltd."), "\(body)")
    #expect(!body.contains("Please"), "\(body)")
  }

  @Test("a correction of the name keeps the article typed before it, where the name had one")
  func correctionKeepsArticle() {
    let drovers = Correction.company("Drovers Inn")
    let text = "wait sorry its the drovers inn not arms, the arms is the other one in luss lol"
    #expect(
      CompanyAnswer.withArticle(drovers, in: text, held: "The Drovers Arms")
        == .company("The Drovers Inn"))
    // Left alone: a place pointed at after a name with no article, and a name typed bare.
    #expect(
      CompanyAnswer.withArticle(
        .company("Costa Coffee"), in: "wait i said greggs but it was the costa coffee next door",
        held: "Greggs") == .company("Costa Coffee"))
    #expect(
      CompanyAnswer.withArticle(
        .company("Horniman Museum and Gardens"), in: "oh its Horniman Museum and Gardens",
        held: "The Horniman Museum & Gardens") == .company("Horniman Museum and Gardens"))
  }
}
