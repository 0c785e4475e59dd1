import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A company's name as the note writes it: the words typed in lower case capitalised, what the
/// person capitalised kept, and its own marks ("&", "(Pty)", digits) kept.
@Suite("Company capitals")
struct CompanyCapitalsTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "a company answer as the note writes it",
    arguments: [
      // A capital only at the start is the sentence's.
      ("Zenon trust bank plc", "Zenon Trust Bank Plc"),
      ("N8 logistics", "N8 Logistics"),
      ("Ridgeview international school, Accra", "Ridgeview International School"),
      ("St Bridget's care home", "St Bridget's Care Home"),
      // A short word left in lower case among capitals was meant so.
      ("Bayanihan Para sa Lahat Foundation", "Bayanihan Para sa Lahat Foundation"),
      // Brackets hold their words; "&" inside a word starts a capital.
      ("karoo solar holdings (pty) ltd", "Karoo Solar Holdings (Pty) Ltd"),
      ("pixel&pine games", "Pixel&Pine Games"),
      ("volt-tech m&e", "Volt-Tech M&E"),
      // Joining words stay small; a "the" typed first is the name's.
      ("the crown at little barford", "The Crown at Little Barford"),
      ("the BBC", "BBC"),
      ("PayVault", "PayVault"),
      // A word run on after a digit is a word of the name ("3Sixty"); an ordinal is not.
      ("3sixty health", "3Sixty Health"),
      ("hope4kids uk", "Hope4Kids UK"),
      ("dash2door", "Dash2Door"),
      ("people1st recruitment", "People1st Recruitment"),
      ("helix-9 biosciences ltd", "Helix-9 Biosciences Ltd"),
      // A short word between hyphens joins a place name; "co-op" is one word.
      ("pen-y-bryn farm", "Pen-y-Bryn Farm"),
      ("glan-yr-afon farm partnership", "Glan-yr-Afon Farm Partnership"),
      ("stratford-upon-avon farm shop", "Stratford-upon-Avon Farm Shop"),
      ("co-op funeralcare", "Co-op Funeralcare"),
      ("tiny steps nursery & pre-school", "Tiny Steps Nursery & Pre-School"),
      // A bracket the name goes on after is the name's, capitalised inside.
      ("J & R Bell (builders) ltd", "J & R Bell (Builders) Ltd"),
      // The full stop of "Co." stays, beside an "&" too.
      ("bean & leaf coffee co.", "Bean & Leaf Coffee Co."),
      // A web address is the name, its ending kept.
      ("quantix.io", "Quantix.io"),
      // A "the" before another noun is not the name's.
      ("the charity is called shelter cymru", "Shelter Cymru"),
    ])
  func company(_ text: String, _ expected: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == expected)
  }
}
