import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A dash between spaces sets off an aside in an answer naming who interviewed: whichever dash
/// the keyboard typed. Inside a name it joins it.
@Suite("Dashes in people answers")
struct DashAsideTests {
  @Test(
    "the aside after a dash is no person; a dash inside a name joins it",
    arguments: [
      ("Mr. Lim Boon Keng — Lim is the family name", "Mr Lim Boon Keng", "Mr Lim"),
      ("Dr Ana Costa – she runs the maths department", "Dr Ana Costa", "Dr Costa"),
      ("Sam Okoro — lovely guy", "Sam Okoro", "Sam"),
      // Left alone: dashes inside names.
      ("Anne-Marie Hollis", "Anne-Marie Hollis", "Anne-Marie"),
      ("Ngozi Adeyemi-Okafor", "Ngozi Adeyemi-Okafor", "Ngozi"),
    ])
  func aside(_ text: String, _ met: String, _ greeting: String) {
    let people = FactReader(today: Fixture.today).answer(text, to: .interviewer)?.interviewers
    #expect(people?.map(\.full) == [met])
    #expect(people?.first?.informal == greeting)
  }
}
