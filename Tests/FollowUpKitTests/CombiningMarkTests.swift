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

  @Test("a message typed with decomposed letters is kept composed (NFC), the same text to read")
  func composedOnTheWayIn() {
    let limit = Conversation.maximumMessageBytes
    let typed = "Zoe\u{308} Nguye\u{302}\u{303}n, cafe\u{301}"
    let cleaned = MessageText.clean(typed, limit: limit).text
    // The same text to every comparison, and in its shortest form to store and show.
    #expect(cleaned == typed)
    #expect(Array(cleaned.unicodeScalars) == Array("Zoë Nguyễn, café".unicodeScalars))
    // ASCII is left as it is.
    #expect(MessageText.clean("plain text", limit: limit).text == "plain text")
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

  @Test("clause breaks and the case-insensitive split answer as comparing characters would")
  func breaksAndSplitsMatchCharacters() {
    let characters: [Character] = [
      ",", ";", "\u{37E}", "\u{37E}\u{301}", "–", "—", "–\u{301}", "\n", "\r\n", "é", "e\u{301}",
      "a", ":", "\u{1FEF}", "`",
    ]
    for character in characters {
      let expected = ",;()[]!?–—:".contains(character) || character == "\n"
      #expect(AnswerClauses.breaksClause(character) == expected, "\(character.debugDescription)")
    }
    let texts = ["é̈ and é̈ AND x", "a\u{37E}b;c", "x`y\u{1FEF}z", "and\u{301} and", "Zoë and Ó"]
    for text in texts {
      for separator in ["and", ";", "`"] {
        let parts = text.components(separatedByCaseInsensitive: separator, padded: false)
        #expect(parts.joined(separator: separator).count == text.count, "\(text)")
        // Split again without the fast path: a separator counted in characters.
        var expected: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        let original = Array(text)
        let target = Array(separator)
        var index = 0
        while index < original.count {
          if index + target.count <= characters.count,
            characters[index..<index + target.count].elementsEqual(target)
          {
            expected.append(current)
            current = ""
            index += target.count
          } else {
            current.append(original[index])
            index += 1
          }
        }
        expected.append(current)
        #expect(parts == expected, "\(text.debugDescription) at \(separator)")
      }
    }
  }

  @Test("word lists looked up by a string answer exactly as a Set or a Dictionary would")
  func wordListsMatchStrings() {
    let lists: [[String]] = [
      ["so", "like", "love", "enjoy"], ["café", "so", "señora"], ["a\u{37E}", "so"],
      ["\u{212A}elvin", "x"], [String(repeating: "long", count: 5), "y"],
    ]
    let words = [
      "so", "So", "like", "lik", "", "e\u{301}", "é̈", "cafe\u{301}", "café", "señora",
      "a;", "a\u{37E}", "kelvin", "Kelvin", "\u{212A}elvin", String(repeating: "long", count: 5),
      String(repeating: "long", count: 4), "so\u{301}", "é̈'s",
    ]
    for list in lists {
      let set = WordSet(list)
      let map = WordMap(Dictionary(uniqueKeysWithValues: list.map { ($0, $0.count) }))
      let dictionary = Dictionary(uniqueKeysWithValues: list.map { ($0, $0.count) })
      for word in words {
        #expect(
          set.contains(word) == Set(list).contains(word), "\(word.debugDescription) in \(list)")
        #expect(map[word] == dictionary[word], "\(word.debugDescription) in \(list)")
      }
    }
  }

  @Test("a word that may end in a mark: every word that does, by comparing characters")
  func markEndingsMatchCharacters() {
    let words = [
      "so,", "so", "é̈", "é̈.", "e\u{301}!", "x\u{37E}", ",\u{301}", "a\u{600},", "", ";", "ok:",
      "Zoë?", "x\u{1FEF}",
    ]
    for word in words {
      let endsInMark = word.last.map { ",.!?;:".contains($0) } ?? false
      if endsInMark { #expect(InterestReader.mayEndInMark(word), "\(word.debugDescription)") }
    }
  }
}
