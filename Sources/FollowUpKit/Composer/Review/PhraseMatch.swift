/// Finds the phrases of a rule's list in a text and quotes them as the person wrote them.
///
/// Phrases match whole words, with curly apostrophes read as straight ones; a negatable phrase
/// does not count after "not" or "never" ("I'm not desperate"). The quote is the clause around
/// the first match, cut to whole words, so a message can show the words at fault.
enum PhraseMatch {
  /// The first of `phrases` in a text, quoted: the usual call of a phrase rule.
  static func firstMatch(in text: ReviewText, _ phrases: [String], negatable: Bool) -> String? {
    firstMatch(in: text.original, folded: text.folded, phrases, negatable: negatable)
  }

  /// The first phrase found, quoted from the original text with its sentence fragment.
  static func firstMatch(in text: String, _ lowered: String, _ phrases: [String], negatable: Bool)
    -> String?
  {
    firstMatch(in: text, folded: lowered.replacingApostrophes(), phrases, negatable: negatable)
  }

  private static func firstMatch(
    in text: String, folded: String, _ phrases: [String], negatable: Bool
  ) -> String? {
    let bytes = Array(folded.utf8)
    var best: (offset: Int, phrase: String)?
    for phrase in phrases {
      // Foundation's search (canonical equivalence) costs about 3 ms over 16 KiB for each of
      // a hundred phrases. It is started at the first place the phrase's bytes occur, and not
      // at all when they occur nowhere: text that is canonically equivalent to an ASCII phrase
      // is that phrase's bytes, unless it holds one of the three scalars that decompose to
      // ASCII (";" "`" "K", see `Token.isForeign`), which no phrase searched this way holds.
      var searchStart = folded.startIndex
      if Self.isPlainASCII(phrase) {
        guard let first = Self.firstOffset(of: phrase, in: bytes) else { continue }
        searchStart = folded.utf8.index(folded.startIndex, offsetBy: first)
      }
      while let range = folded.range(of: phrase, range: searchStart..<folded.endIndex) {
        searchStart = range.upperBound
        guard isWordBoundary(folded, range) else { continue }
        if negatable, isNegated(folded, before: range.lowerBound) { continue }
        let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
        if best == nil || offset < best?.offset ?? 0 { best = (offset, phrase) }
        break
      }
    }
    guard let best else { return nil }
    return excerpt(text, offset: best.offset, length: best.phrase.count)
  }

  /// ASCII without ";", "`" and "K", which a scalar beyond ASCII can be canonically equal to.
  static func isPlainASCII(_ phrase: String) -> Bool {
    !phrase.isEmpty
      && phrase.utf8.allSatisfy {
        $0 < 0x80 && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "K")
      }
  }

  /// The byte offset of the first occurrence of `phrase`'s bytes in `bytes`.
  private static func firstOffset(of phrase: String, in bytes: [UInt8]) -> Int? {
    let pattern = Array(phrase.utf8)
    guard let head = pattern.first, bytes.count >= pattern.count else { return nil }
    var start = 0
    let last = bytes.count - pattern.count
    while start <= last {
      if bytes[start] == head {
        var offset = 1
        while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
        if offset == pattern.count { return start }
      }
      start += 1
    }
    return nil
  }

  /// Whether the match stands as whole words: no letter touches it on either side.
  static func isWordBoundary(_ text: String, _ range: Range<String.Index>) -> Bool {
    let before =
      range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
    let after = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
    return before && after
  }

  /// "not desperate", "I'm not desperate for": a negation in the three words before.
  private static func isNegated(_ text: String, before index: String.Index) -> Bool {
    // Split a window of the last 64 characters, not all the text before the match: that made a
    // long draft with many negated matches quadratic (found by fuzzing: a 16 KB review of
    // "no so sorry i ..." took 1.6 s). Three words rarely span more.
    let window = text[..<index].suffix(64)
    var words = window.split(whereSeparator: { !$0.isLetter && $0 != "'" })
    // A window that starts inside a word holds only the word's end: not a word to read.
    if window.startIndex > text.startIndex, let first = words.first,
      first.startIndex == window.startIndex
    {
      let before = text[text.index(before: window.startIndex)]
      if before.isLetter || before == "'" { words.removeFirst() }
    }
    let prefix = words.suffix(3)
    return prefix.contains {
      ["not", "never", "no", "isn't", "wasn't", "don't", "didn't", "nothing"].contains(String($0))
    }
  }

  /// The words around a match, cut to whole words, for quoting.
  private static func excerpt(_ text: String, offset: Int, length: Int) -> String {
    let characters = Array(text)
    guard offset < characters.count else { return String(text.prefix(40)) }
    // From the start of the clause to its end, cut at word boundaries.
    var start = offset
    while start > 0, !".!?,;:\n".contains(characters[start - 1]), offset - start < 60 {
      start -= 1
    }
    if start > 0, !".!?,;:\n".contains(characters[start - 1]) {
      while start < offset, characters[start] != " " { start += 1 }
    }
    var end = min(characters.count, offset + length)
    while end < characters.count, !".!?,;:\n".contains(characters[end]), end - offset < length + 40
    {
      end += 1
    }
    // A clause cut short ends at the last whole word, never mid-word: the quote must be words
    // the person wrote.
    if end < characters.count, characters[end].isLetter || characters[end].isNumber {
      var cut = end
      while cut > offset + length, characters[cut - 1] != " " { cut -= 1 }
      if cut > offset + length { end = cut }
    }
    var snippet = String(characters[start..<end]).trimming(" \t\n-•*")
    if snippet.count > 90 {
      let limit = snippet.index(snippet.startIndex, offsetBy: 90)
      let head = snippet[..<limit]
      snippet = String(head[..<(head.lastIndex(of: " ") ?? limit)])
    }
    return snippet
  }
}
