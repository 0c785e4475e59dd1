import Testing

@testable import FollowUpKit

/// Initialisms told by their shape (`ProperSpelling+Shapes`): the blind judge of tuning 16
/// faulted "ev chargers", "Malaysia u18" and "the b&BS", typed in lower case by people who
/// never capitalised them elsewhere.
@Suite("Initialisms by shape")
struct InitialismShapeTests {
  @Test(
    "letters joined by an ampersand, letters before a number, two letters no English word",
    arguments: [
      ("you're putting ev chargers in the yard", "you're putting EV chargers in the yard"),
      ("a new ev workshop", "a new EV workshop"),
      ("I played netball for Malaysia u18 so", "I played netball for Malaysia U18 so"),
      ("the u18s squad", "the U18s squad"),
      ("I know what the b&bs are like", "I know what the B&Bs are like"),
      ("our r&d team", "our R&D team"),
      ("a4 paper and the m25", "A4 paper and the M25"),
    ])
  func capitalised(_ text: String, _ expected: String) {
    #expect(ProperSpelling.restored(text, from: []) == expected)
  }

  /// English words of two letters, a two-letter word before no noun, numbers before their
  /// unit, and a name the person spelled themselves are left as they are.
  @Test(
    "words of other shapes stay as typed",
    arguments: [
      ("we go up to the farm", "we go up to the farm"),
      ("it is ok by me", "it is ok by me"),
      ("a 10am start and 4x10hr days", "a 10am start and 4x10hr days"),
      ("rock&roll night", "rock&roll night"),
      ("the ev", "the ev"),
      // Tuning 33's "TE reo māori": the Māori article is a word, and the language a name.
      ("using more te reo māori in campaigns", "using more te reo Māori in campaigns"),
      ("te reo maori", "te reo Maori"),
    ])
  func unchanged(_ text: String, _ expected: String) {
    #expect(ProperSpelling.restored(text, from: []) == expected)
  }

  @Test("a number's letters as the person wrote them elsewhere (tuning 33's '5g SA')")
  func numberLetters() {
    #expect(
      ProperSpelling.restored("the 5g SA rollout", from: ["5G standalone rollout, on call rota"])
        == "the 5G SA rollout")
    #expect(ProperSpelling.restored("a 10am start", from: ["a 10AM start"]) == "a 10AM start")
    #expect(ProperSpelling.restored("the 5g rollout", from: []) == "the 5g rollout")
  }

  @Test("a short word the person capitalised elsewhere keeps their spelling")
  func personsSpelling() {
    #expect(
      ProperSpelling.restored("jo runs the team", from: ["I met Jo there"]) == "Jo runs the team")
  }
}
