import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A reply to "Which company?" names the company up to where the name ends: a clause after it,
/// an initialism in brackets, the office it was at, and an opening word or frame before it are
/// not the name; a name introduced as one is taken whatever its words.
@Suite("Company answer ends where the name ends")
struct CompanyEndTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today)

  @Test(
    "a clause after the name is no part of it",
    arguments: [
      ("braeside care home its in inverness", "Braeside Care Home"),
      ("northgate foods they're great", "Northgate Foods"),
      ("wee stars nursery my wee one goes there", "Wee Stars Nursery"),
    ])
  func clauseAfter(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test(
    "an opening word or a frame before the name is no part of it",
    arguments: [
      ("um northgate foods, the one at kings cross", "Northgate Foods"),
      ("the company's Polpharma", "Polpharma"),
      ("so its Monzo", "Monzo"),
      // Left alone: a name that opens with a chat word, and one that opens with "ty" (Welsh
      // for house, and chat for "thank you").
      ("sorry and sons", "Sorry and Sons"),
      ("ty gwyn residential home", "Ty Gwyn Residential Home"),
    ])
  func openingBefore(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test(
    "a bracketed initialism and the office or branch are not the name",
    arguments: [
      ("Tata Consultancy Services (TCS) chennai office", "Tata Consultancy Services"),
      ("Infogain Solutions pune office", "Infogain Solutions"),
      ("royal mail delivery office", "Royal Mail"),
      // Left alone: a bracket that adds to the name, and an initialism that is not its
      // initials.
      ("Caring Hands (Fife)", "Caring Hands (Fife)"),
      ("Northgate Foods (NHS)", "Northgate Foods (NHS)"),
    ])
  func initialismAndOffice(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test("an aside about the phone is no correction of the company")
  func asideIsNoCorrection() {
    var known = Facts()
    known.company = "Wee Stars Nursery"
    let read = CorrectionReader(reader: Self.reader, known: known)
      .read("sorry my wee one grabbed the phone lol")
    #expect(read == nil)
  }

  @Test(
    "a name introduced as a name is one, even shaped like a sentence",
    arguments: [
      ("its called we buy any car, the leeds branch", "We Buy Any Car"),
      ("so its 'the good loaf co.' a bakery in brixton", "The Good Loaf Co."),
    ])
  func namedAsName(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }
}
