import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A company answer is a name with, around it, a town, a chat tail and a word on its letters
/// (place24, from the blind verdicts on tuning 24): "ellery blake solicitors bradford" was
/// printed with its town, "University of Leicester like i said" as "... Like", and
/// "shambapay, capital P" without the capital the person named.
@Suite("A company answer's town, chat tail and stated capital")
struct CompanyPlaceAndCapitalTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today)

  @Test(
    "a town after the kind of place, and a chat tail, are no part of the name",
    arguments: [
      ("the grand harbour hotel southampton", "The Grand Harbour Hotel"),
      ("royal berkshire hospital nhs", "Royal Berkshire Hospital"),
      ("University of Leicester like i said", "University of Leicester"),
      // Kept: a name that opens on its kind, and a name's own last word.
      ("hotel du vin", "Hotel du Vin"),
      (
        "northumbria healthcare nhs foundation trust", "Northumbria Healthcare NHS Foundation Trust"
      ),
      ("ashgrove house care home", "Ashgrove House Care Home"),
      ("st james's university hospital", "St James's University Hospital"),
      ("harris academy battersea", "Harris Academy Battersea"),
    ])
  func trailing(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company, "\(answer)")
  }

  @Test(
    "a capital the person names is written",
    arguments: [
      ("shambapay, capital P, they are a startup in westlands", "ShambaPay"),
      ("pasarkita (capital K), is an online grocery startup in bangsar south", "PasarKita"),
      // Two "a"s after the first letter: which one is meant cannot be told.
      ("shambapay, capital A", "Shambapay"),
    ])
  func capital(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company, "\(answer)")
  }

  @Test(
    "a city the firm is from or its depot is in is never the company",
    arguments: [
      "Company is startup from Cluj, we spoke english all the time because the CTO is from Netherlands",
      "Mr Steve Hardcastle, he is Operations Manager at Swindon depot",
    ])
  func city(_ text: String) {
    #expect(Self.reader.facts(in: text).company == nil, "\(text)")
  }

  @Test(
    "a firm named before its office or depot is still the company",
    arguments: [
      ("I met Dana at Northgate Foods depot", "Northgate Foods"),
      ("I had an interview at Tesco", "Tesco"),
    ])
  func named(_ text: String, _ want: String) {
    #expect(Self.reader.facts(in: text).company?.hasPrefix(want) == true, "\(text)")
  }
}
