import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A role typed with a clipped word is written out: "junior frontend dev" was held and shown
/// as typed, and the title gate refused "mgmt trainee" and "social media exec", so the note
/// said "the role" (answer tuning sets 21 and 22). A clipping stands for one word, by its place.
@Suite("A role's clipped words written out")
struct TitleClippingTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 4) ?? Fixture.today)

  @Test(
    "a clipping of a title's word is its full word",
    arguments: [
      ("junior frontend dev", "junior frontend developer"),
      ("snr data analyst", "senior data analyst"),
      ("mgmt trainee", "management trainee"),
      ("social media exec", "social media executive"),
      ("sales rep", "sales representative"),
      ("hvac tech", "hvac technician"),
      ("Snr Data Analyst", "Senior Data Analyst"),
      ("hca", "healthcare assistant"),
      ("dev manager", "development manager"),
    ])
  func writtenOut(_ text: String, _ want: String) {
    #expect(Self.reader.answer(text, to: .role)?.role?.lowercased() == want.lowercased(), "\(text)")
  }

  @Test(
    "a word that is a clipping only at the end stays before another",
    arguments: [("tech lead", "tech lead"), ("sales rep", "sales representative")])
  func place(_ text: String, _ want: String) {
    #expect(TitleClipping.writtenOut(text) == want)
  }

  @Test("a capital typed on a clipping stays on its full word")
  func capitals() {
    #expect(TitleClipping.writtenOut("Snr Data Analyst") == "Senior Data Analyst")
    #expect(TitleClipping.writtenOut("HCA") == "healthcare assistant")
    #expect(TitleClipping.writtenOut("barista") == "barista")
  }

  @Test("the note names the written-out title, where the clipped one left it unnamed")
  func noteNamesTitle() {
    #expect(RoleTitle.printable("social media exec") == nil)
    #expect(RoleTitle.printable(TitleClipping.writtenOut("social media exec")) != nil)
    #expect(RoleTitle.printable(TitleClipping.writtenOut("mgmt trainee")) != nil)
  }
}
