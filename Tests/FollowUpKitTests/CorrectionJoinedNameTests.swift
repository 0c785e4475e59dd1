import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// "X not Y" where X is a name joined with "&": the new value is read whole, never a window of
/// it cut at the "&"; and a legal form's dot ("ltd.") ends the sentence when a statement of its
/// own follows in lower case, so the old value stops there. Sentences of my own, after the
/// company corrections the answers tuning sets held ("Brightwell & Ltd" had been read).
@Suite("A corrected name joined with & is read whole")
struct CorrectionJoinedNameTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today)

  static func read(_ text: String, holding company: String) -> Correction? {
    let known = Facts(
      name: PersonName(parsing: "Sam Hill"), interviewers: [PersonName(given: "Priya")],
      company: company)
    return CorrectionReader(reader: reader, known: known).read(text)
  }

  @Test(
    "the new company is the whole name before \"not\"",
    arguments: [
      ("brightwell & sons not brightwell ltd", "Brightwell Ltd", "Brightwell & Sons"),
      (
        "brightwell & sons not brightwell ltd. role was warehouse operative", "Brightwell Ltd",
        "Brightwell & Sons"
      ),
      (
        "wait no i put the wrong company name, its K Papadakis & Co not papadakis bros",
        "Papadakis Bros", "K Papadakis & Co"
      ),
    ])
  func wholeName(_ text: String, _ held: String, _ company: String) {
    #expect(Self.read(text, holding: held) == .company(company), "\(text)")
  }

  @Test(
    "a fuller value before \"not just\" is read whole",
    arguments: [
      (
        "its brennan family dental not just brennan dental, sorry!", "Brennan Dental",
        "Brennan Family Dental"
      )
    ])
  func fullerValue(_ text: String, _ held: String, _ company: String) {
    #expect(Self.read(text, holding: held) == .company(company), "\(text)")
  }

  @Test("a window beside a joining word is no mirror; a plain mirror still is")
  func mirrors() {
    let changes = CorrectionReader.changes(in: "brightwell & sons not brightwell ltd")
    #expect(!changes.contains { $0.new == "brightwell &" })
    #expect(CorrectionReader.changes(in: "its Ngozi not Ngozy").first?.new == "Ngozi")
  }

  @Test("a legal form's dot ends a sentence only before a statement of its own")
  func abbreviationDot() {
    #expect(
      CorrectionReader.sentences("brightwell ltd. role was warehouse operative").count == 2)
    #expect(CorrectionReader.sentences("harlow & co. it went well").count == 2)
    #expect(CorrectionReader.sentences("Crumb & Co. Artisan Bakery").count == 1)
    #expect(CorrectionReader.sentences("J. Murphy & Sons").count == 1)
  }
}
