import Testing

@testable import FollowUpKit

/// Text beyond ASCII: runs of combining marks are cut when a message is cleaned, and the fast
/// paths that skip Swift's normalising comparisons answer exactly as the comparisons would.
@Suite("Combining marks and text beyond ASCII")
struct CombiningMarkTests {
  @Test("a run of combining marks is cut to 30, Unicode's stream-safe limit; shorter runs stay")
  func marksAreCut() {
    let limit = Conversation.maximumMessageBytes
    let long = "e" + String(repeating: "\u{301}", count: 8_000) + " ok"
    let cleaned = MessageText.clean(long, limit: limit).text
    #expect(cleaned == "e" + String(repeating: "\u{301}", count: 30) + " ok")
    // Each letter starts a new run; 30 marks of mixed kinds are kept whole.
    let mixed = String(repeating: "a" + String(repeating: "\u{301}\u{308}", count: 15), count: 3)
    #expect(MessageText.clean(mixed, limit: limit).text == mixed)
    #expect(MessageText.clean("Zoë Ó Briain, Nguyễn", limit: limit).text == "Zoë Ó Briain, Nguyễn")
  }

  @Test(
    "a foreign word is one no ASCII word can equal",
    arguments: [
      ("e\u{301}", true), ("café", true), ("王芳", true), ("plain", false), ("", false),
      ("\u{212A}", false), ("a\u{37E}", false), ("\u{1FEF}x", false), ("\u{212A}\u{301}", true),
    ])
  func foreignWords(text: String, foreign: Bool) {
    #expect(Token.isForeign(text) == foreign)
    // The definition itself: no ASCII character equals a foreign text's characters.
    if foreign {
      let ascii = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
      #expect(!ascii.contains(text))
    }
  }

  @Test("trimming answers as comparing characters would, beyond ASCII too")
  func trimmingMatchesCharacters() {
    let sets = [" .,", "\u{201C}\u{201D}'\" ", ";`K", "é", "\r", " \t\n.!"]
    let texts = [
      ".\u{301}x.", "\u{37E}x\u{37E}", "\u{1FEF}a`", "\u{212A}k", "e\u{301}é", "\u{201C}q\u{201D}",
      "\u{201C}\u{301}q", "\r\nx\r\n", "\rx\r", ". é̈ .", "", "...", "Zoë.",
    ]
    for set in sets {
      let characters = Array(set)
      for text in texts {
        var expected = Substring(text)
        while let first = expected.first, characters.contains(first) { expected.removeFirst() }
        while let last = expected.last, characters.contains(last) { expected.removeLast() }
        #expect(Substring(text).trimming(set) == expected, "\(text.debugDescription) in \(set)")
      }
    }
  }
}
