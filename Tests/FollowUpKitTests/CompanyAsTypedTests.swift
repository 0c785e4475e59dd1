import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A company is the whole name as typed: its symbols, dots and digits kept, the person's chat
/// at its end set aside, and a correction taking the whole new name.
@Suite("Company as typed")
struct CompanyAsTypedTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "chat words closing the name are a remark, not a word of it",
    arguments: [
      ("brightwater dental btw", "Brightwater Dental"),
      ("pemberton logistics lol", "Pemberton Logistics"),
      ("kestrel print sorry autocorrect made it kestral", "Kestrel Print"),
      // Left alone: a name with no chat, and one whose chat word stands first.
      ("sorry and sons", "Sorry and Sons"),
      ("Larkfield Vets", "Larkfield Vets"),
    ])
  func chatClosesTheName(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test(
    "symbols and abbreviation dots typed in the name stay",
    arguments: [
      ("marsh + daughter", "Marsh + Daughter"),
      ("st. columba's hospice", "St. Columba's Hospice"),
      ("k. patel & sons", "K. Patel & Sons"),
      ("fernhill pvt. ltd.", "Fernhill Pvt. Ltd."),
      // Left alone: a sentence's full stop after the name, and a name with no symbol.
      ("northgate foods.", "Northgate Foods"),
      ("blue anchor bakery", "Blue Anchor Bakery"),
    ])
  func symbolsStay(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test(
    "a name typed with care keeps its lower-case plc, and one said to be lower case its letters",
    arguments: [
      ("Marlow Shipping Holdings plc", "Marlow Shipping Holdings plc"),
      ("it's Oakbridge Water plc", "Oakbridge Water plc"),
      ("kn0tworks, all lower case, with a zero", "kn0tworks"),
      ("bloomkit (lowercase b)", "bloomkit"),
      // Left alone: a suffix other than plc typed in lower case, and a name typed all in
      // lower case with no word on its letters.
      ("Thornbury Optics ltd", "Thornbury Optics Ltd"),
      ("marlow shipping plc", "Marlow Shipping Plc"),
      ("bloomkit", "Bloomkit"),
    ])
  func typedWithCare(answer: String, company: String) {
    #expect(Self.reader.answer(answer, to: .company)?.company == company)
  }

  @Test(
    "a correction replaces the company whole, its dots and chat read as such",
    arguments: [
      ("wait the company is Hollis & Co. Joinery, sorry", "Hollis & Co. Joinery"),
      ("oh the company is actually Brook & Co. Builders", "Brook & Co. Builders"),
      ("actually the firm is called J. Okafor & Partners", "J. Okafor & Partners"),
    ])
  func correctionKeepsDots(text: String, company: String) {
    var known = Facts()
    known.company = "Hollis Joinery"
    let correction = CorrectionReader(reader: Self.reader, known: known).read(text)
    guard case .company(let value) = correction else {
      Issue.record("no company correction in \(text): \(String(describing: correction))")
      return
    }
    #expect(CompanyRemark.named(value) == company)
  }

  @Test("a whole answer that is a sentence with chat in it stays a sentence")
  func sentenceWithChatIsNoCompany() {
    let facts = Self.reader.answer(
      "mrs ogunleye is the head teacher sorry forgot to say", to: .company)
    #expect(facts?.company?.lowercased().contains("sorry") != true)
  }
}
