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
