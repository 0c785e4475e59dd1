import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// "its a small startup called Ledgerly": what the place is, said before "called", is no part
/// of its name, however the person capitalised the name (tuning 31's bk031 was thanked for a
/// role "at a Small Startup Called Ledgerly").
@Suite("A company introduced with 'called'")
struct CompanyCalledTests {
  static let reader = FactReader(today: Fixture.today)

  @Test(
    "the name after 'called' or 'named' is the company",
    arguments: [
      ("its a small startup called Ledgerly, in toronto", "Ledgerly"),
      ("its a small family restaurant called Mama Ako's Kitchen, in osu", "Mama Ako's Kitchen"),
      ("a startup called Nuvo.ai", "Nuvo.ai"),
      ("a small firm named Brightwell & Co", "Brightwell & Co"),
      ("a small brewery called hop & anchor", "Hop & Anchor"),
    ])
  func called(_ text: String, _ company: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == company)
  }

  @Test("a name typed as a name is kept whole")
  func plainName() {
    #expect(Self.reader.answer("Called To Care Ltd", to: .company)?.company != "To Care Ltd")
  }
}

/// Where the place is, typed after its name in lower case ("the strathglass hotel near
/// beauly", "h&m on oxford st"), is no part of the name: tuning 32's bm003 was thanked for
/// "the role at The Strathglass Hotel Near Beauly".
@Suite("A company with where it is")
struct CompanyLocationTests {
  static let reader = FactReader(today: Fixture.today)

  @Test(
    "the place after the name is left out",
    arguments: [
      ("the strathglass hotel near beauly", "The Strathglass Hotel"),
      ("h&m on oxford st", "H&M"), ("starbucks near the station", "Starbucks"),
    ])
  func cut(_ text: String, _ company: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == company)
  }

  @Test("a preposition the person capitalised, or the name's first word, is the name's")
  func kept() {
    #expect(
      CompanyAnswer.withoutLocation("Hotel On The Square", typed: "Hotel On The Square")
        == "Hotel On The Square")
    #expect(
      CompanyAnswer.withoutLocation("On Point Media", typed: "on point media")
        == "On Point Media")
  }
}

/// A company typed in lower case takes the letter case the person gave its word elsewhere:
/// "citizenm tower of london", then "why citizenM" in the discussion (tuning 32's bm014 had
/// been thanked for the role "at Citizenm Tower of London").
@Suite("A company's own letter case")
struct CompanyBrandCaseTests {
  @Test("a word typed with a capital inside it, or in capitals, spells the company's")
  func respelled() {
    #expect(
      ProperSpelling.brandCased(
        "Citizenm Tower of London", from: ["the role play, why citizenM, my hotel school"])
        == "citizenM Tower of London")
    #expect(ProperSpelling.brandCased("Uedcl", from: ["prepaid meters at UEDCL"]) == "UEDCL")
  }

  @Test("a word cased with a capital inside it is never re-cased as a place's name")
  func innerCapitalKept() {
    #expect(
      ProperSpelling.placesCapitalised("I stayed at citizenM in Amsterdam")
        == "I stayed at citizenM in Amsterdam")
  }

  @Test("a capital at a word's start is no evidence")
  func sentenceCapitalIgnored() {
    #expect(
      ProperSpelling.brandCased("Harbour Foods", from: ["Harbour staff were lovely"])
        == "Harbour Foods")
  }
}
