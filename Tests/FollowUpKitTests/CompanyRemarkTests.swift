import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A company answer stops where the person stops naming and starts locating or commenting: the
/// note names the organisation, not the branch.
@Suite("Company remark")
struct CompanyRemarkTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "the name without the remark after it",
    arguments: [
      // A preposition of place before a definite place starts a location.
      ("currys in the retail park", "Currys"),
      ("Pret A Manger on the high street", "Pret A Manger"),
      ("boots near the bus station", "Boots"),
      // "the ... one" says which branch, after a change of mind too.
      (
        "Ó Dálaigh's Bakery? no sorry its Murphys Bakehouse, the one in Dingle", "Murphys Bakehouse"
      ),
      ("greggs the little one", "Greggs"),
      // Said before the company is read, so the remark cannot hide the name.
      ("sainsburys the big one", "Sainsburys"),
      ("tesco the one by the station", "Tesco"),
      // Two names of one body given with a slash: the one restated last.
      ("Cyngor Gwynedd / Gwynedd Council", "Gwynedd Council"),
      ("Comhairle Contae na Gaillimhe / Galway County Council", "Galway County Council"),
      // A comma inside a name: the words after it go on naming a body.
      ("Obi, Nwosu & Partners", "Obi, Nwosu & Partners"),
      ("Kinfolk Health, Inc.", "Kinfolk Health, Inc."),
      ("Harbour, Lee & Co", "Harbour, Lee & Co"),
      // Left alone: a place after the comma comes off.
      ("Shoprite, Lekki", "Shoprite"),
      // Left alone: a place the person wrote as part of the name, "of" naming the body.
      ("The Grange at Tower Hill", "The Grange at Tower Hill"),
      ("Bank of Ireland", "Bank of Ireland"),
      ("Co-op on Leith Walk", "Co-op on Leith Walk"),
      // "in" and a town closing the answer locate it, with the word for the branch.
      ("olive & ash in bristol", "Olive & Ash"),
      ("Olive & Ash in Bristol", "Olive & Ash"),
      ("dpd depot in hinckley", "DPD"),
      ("the co-op funeralcare branch in leith", "Co-op Funeralcare"),
      ("the tesco store on the high street", "Tesco"),
      // Left alone: "in" before a word of a name.
      ("Women in Finance Network", "Women in Finance Network"),
      // After a spaced dash, what the firm does; before one, a description.
      (
        "hughes & daughters ltd - plumbing and heating, no relation before you ask",
        "Hughes & Daughters Ltd"
      ),
      ("its a small firm - okoro & partners", "Okoro & Partners"),
      // A remark in brackets that gives the name in full.
      ("moniflo (Moniflo Technologies Ltd)", "Moniflo Technologies Ltd"),
      (
        "castlebank vets (castlebank veterinary centre on the sign)", "Castlebank Veterinary Centre"
      ),
      (
        "riverside (the housing association, riverside housing group is the full name)",
        "Riverside Housing Group"
      ),
      // Left alone: a remark that names no longer body.
      ("emirates (the airline not the stadium haha)", "Emirates"),
    ])
  func company(_ text: String, _ expected: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == expected)
  }

  @Test(
    "a word said twice in a row is one paste too many",
    arguments: [
      ("Meadowbank Meadowbank House", "Meadowbank House"),
      ("Acme acme Foods", "Acme Foods"),
      ("Tesco Tesco", "Tesco"),
      // Left alone: a repeated word apart, and a number.
      ("Bury Town Bury", "Bury Town Bury"),
      ("Unit 4 4 Ltd", "Unit 4 4 Ltd"),
    ])
  func repeated(_ value: String, _ expected: String) {
    #expect(CompanyRemark.named(value) == expected)
  }

  @Test(
    "a reply about the question, or an apology, is no company",
    arguments: [
      "whats the point of the company name, just make it general",
      "why do you need the company",
      "Sorry, correction: it's Goldberg-Hale, double barrelled",
    ])
  func noCompany(_ text: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == nil)
  }

  @Test("at the company question, the name heard said again with its full name is the answer")
  func heardNameGivenInFull() {
    var conversation = Conversation(
      today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)
    conversation.started = true
    conversation.facts.company = "Vets"
    conversation.answers.companyHeard = "Vets"
    conversation.phase = .asking(.company)
    _ = conversation.send("castlebank vets (castlebank veterinary centre on the sign)")
    #expect(conversation.facts.company == "Castlebank Veterinary Centre")
  }

  @Test("a correction that repeats the word kept gives the name once")
  func correctionRepeatingAWord() {
    var conversation = Conversation(
      today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)
    conversation.started = true
    conversation.phase = .asking(.company)
    _ = conversation.send("Meadowbank care home")
    _ = conversation.send("sorry its Meadowbank House not care home, thats the proper name")
    #expect(conversation.facts.company == "Meadowbank House")
  }
}
