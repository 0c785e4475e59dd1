import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Letters after a name ("MRCVS", "FRCS", "MBE") are no part of it: the greeting is "Dear Dr
/// Jenkins", not "Dear Dr Jenkins Mrcvs".
@Suite("Post-nominal letters")
struct PostNominalTests {
  @Test(
    "capitals after a name typed with capitals are left off",
    arguments: [
      ("Dr Huw Jenkins MRCVS", "Dr Huw Jenkins", "Dr Jenkins"),
      ("Prof Ann Lee FRCS", "Prof Ann Lee", "Prof Lee"),
      ("Mr Tom Hardy MBE", "Mr Tom Hardy", "Mr Hardy"),
      // Left alone: a family name, even in capitals, of two letters.
      ("Graham Ng", "Graham Ng", "Graham"),
      ("Dr Wei NG", "Dr Wei NG", "Dr NG"),
    ])
  func letters(_ text: String, _ met: String, _ greeting: String) {
    let people = FactReader(today: Fixture.today).answer(text, to: .interviewer)?.interviewers
    #expect(people?.map(\.full) == [met])
    #expect(people?.first?.informal == greeting)
  }
}
