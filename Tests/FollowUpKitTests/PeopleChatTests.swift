import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Chat that closes an answer naming who interviewed ("lol", "tbh", "haha") is no part of the
/// name.
@Suite("Chat after a name")
struct PeopleChatTests {
  @Test(
    "a filler at a name's end is left off; names holding its letters are not",
    arguments: [
      ("a chap named Frank Lovely lol", "Frank Lovely"),
      ("Priya Shah haha", "Priya Shah"),
      ("tom baker tbh", "Tom Baker"),
      // Left alone: the letters inside a name.
      ("Lolita Brown", "Lolita Brown"),
      ("Hahn Lee", "Hahn Lee"),
    ])
  func chat(_ text: String, _ met: String) {
    let people = FactReader(today: Fixture.today).answer(text, to: .interviewer)?.interviewers
    #expect(people?.map(\.full) == [met])
  }

  @Test(
    "a reflexive pronoun after a name is no part of it",
    arguments: [
      ("Mr Bakare himself", "Mr Bakare"),
      ("Ms Okoye herself", "Ms Okoye"),
      ("the owner, Dev Patel himself", "Dev Patel"),
      // Left alone: names holding its letters.
      ("Jo Selfridge", "Jo Selfridge"),
      ("Tom Hims", "Tom Hims"),
    ])
  func reflexive(_ text: String, _ met: String) {
    let people = FactReader(today: Fixture.today).answer(text, to: .interviewer)?.interviewers
    #expect(people?.map(\.full) == [met])
  }
}
