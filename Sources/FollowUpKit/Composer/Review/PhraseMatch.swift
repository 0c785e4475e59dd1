/// Finds the phrases of a rule's list in a text and quotes them as the person wrote them.
///
/// Phrases match whole words, with curly apostrophes read as straight ones; a negatable phrase
/// does not count after "not" or "never" ("I'm not desperate"). The quote is the clause around
/// the first match, cut to whole words, so a message can show the words at fault.
enum PhraseMatch {
  /// The first of `phrases` in a text, quoted: the usual call of a phrase rule.
  static func firstMatch(in text: ReviewText, _ phrases: [String], negatable: Bool) -> String? {
    firstMatch(in: text.original, text.lowered, phrases, negatable: negatable)
  }

  /// The first phrase found, quoted from the original text with its sentence fragment.
  static func firstMatch(in text: String, _ lowered: String, _ phrases: [String], negatable: Bool)
    -> String?
  {
    let folded = lowered.replacingApostrophes()
    var best: (offset: Int, phrase: String)?
    for phrase in phrases {
      var searchStart = folded.startIndex
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
