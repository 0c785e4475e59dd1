import Testing

@testable import FollowUpKit

/// The byte search the review asks of every sentence for each stock phrase answers exactly as
/// searching the text would.
@Suite("Searching bytes")
struct ContainsBytesTests {
  @Test(
    "a needle's bytes are found wherever they occur, and nowhere else",
    arguments: [
      ("aaab", "aab", true), ("aaab", "abb", false), ("hit the ground running", "running", true),
      ("hit the ground", "hit the ground running", false), ("", "", true), ("abc", "", true),
      ("", "a", false), ("team player.", "team player", true), ("café au lait", "é a", true),
      ("abcabd", "abd", true), ("abcab", "abd", false),
    ])
  func search(text: String, needle: String, found: Bool) {
    #expect(Array(text.utf8).containsBytes(needle) == found)
    // The definition: the same answer as searching the bytes as a sequence.
    let bytes = Array(text.utf8)
    let pattern = Array(needle.utf8)
    let slow =
      pattern.isEmpty
      || (bytes.count >= pattern.count
        && (0...(bytes.count - pattern.count)).contains {
          bytes[$0..<($0 + pattern.count)].elementsEqual(pattern)
        })
    #expect(slow == found)
  }

  @Test(
    "a searched text answers as String.contains does, beyond plain ASCII too",
    arguments: [
      ("i appreciate your time", "appreciate your time"), ("thanks", "many thanks"),
      ("caf\u{E9} au lait", "cafe\u{301} au"), ("\u{212A}eep me posted", "Keep me"),
      ("a;b", "a\u{37E}b"), ("", "x"), ("hello", ""),
    ])
  func searchedText(text: String, phrase: String) {
    #expect(SearchedText(text).contains(phrase) == text.contains(phrase))
  }
}
