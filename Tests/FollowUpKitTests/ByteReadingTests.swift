import Testing

@testable import FollowUpKit

/// The readings made faster on their bytes answer exactly as the plain readings they replace:
/// a word packed from its bytes, a topic noun alone read without splitting into `Character`s,
/// a first-person word found in a short list, and a word looked up with its key packed once.
@Suite("Readings on bytes answer as the plain readings")
struct ByteReadingTests {
  /// The key packed one byte at a time, as `WordKey.init(_:)` did before it read the bytes
  /// whole.
  static func packedByteByByte(_ word: String) -> WordKey {
    var key = WordKey.none
    var count = 0
    for byte in word.utf8 {
      guard byte < 0x80, byte != 0, count < 16 else { return .none }
      key.add(byte, at: count)
      count += 1
    }
    return key
  }

  @Test(
    "a word's key is the same packed whole or byte by byte",
    arguments: [
      "", "a", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "café",
      "don't", "b&bs", "x\u{0}y", "sixteen-letters!", "Donaudampfschifffahrtsgesellschaft",
      String(repeating: "z", count: 200),
    ])
  func keyWhole(_ word: String) {
    #expect(WordKey(word) == Self.packedByteByByte(word))
  }

  @Test(
    "a topic noun alone is read the same on bytes as by characters",
    arguments: [
      ("sales targets", true), ("rates", true), ("commission and rates", false),
      ("sales targets, commission", false), ("the rates", false), ("hiring", false),
      ("NHS rates", false), ("rates 2026", false), ("", false), ("  rates  ", true),
      ("sales  targets", true), ("a b c d", false), ("café rates", true),
      ("their café", false),
    ])
  func nounAlone(_ text: String, _ expected: Bool) {
    let topic = Topic(text: text, score: 0.5, kind: .conversation)
    #expect(EmployerNews.isTopicNounAlone(topic) == expected)
  }

  @Test(
    "the candidate's own words and verbs of needing are found as before",
    arguments: [
      ("my dissertation on bees", true, false), ("the gap year when i was caring", true, false),
      ("you need engineers willing to travel", false, true), ("your new depot", false, false),
      ("what im building", true, false), ("they must hire", false, true),
      ("mine", true, false), ("requirements", false, true), ("nee", false, false),
    ])
  func ownAndNeeding(_ text: String, own: Bool, stem: Bool) {
    #expect(TopicRoutine.isTheCandidatesOwn(text) == own)
    #expect(TopicRoutine.holdsNeedStem(text) == stem)
  }

  @Test(
    "a word looked up with its key packed once is found as by the word alone",
    arguments: ["germany", "nhs", "womens", "sql", "table", "café", "e\u{301}", ""])
  func keyedLookUps(_ word: String) {
    let key = WordKey(word)
    #expect(
      ProperSpelling.names.contains(word, packedAs: key) == ProperSpelling.names.contains(word))
    #expect(
      ProperSpelling.initialisms.value(for: word, packedAs: key)
        == ProperSpelling.initialisms[word])
    #expect(
      ProperSpelling.possessives.value(for: word, packedAs: key)
        == ProperSpelling.possessives[word])
  }
}
