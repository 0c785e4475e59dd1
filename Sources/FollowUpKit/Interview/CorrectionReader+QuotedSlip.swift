/// A slip the person quotes word for word, and the value that replaces it.
extension CorrectionReader {
  /// "oh no i said karen, its sharon", "karen was wrong, its sharon", "i put tesco but its
  /// asda": the person names what they typed before ("i said X", "X was wrong") and restates
  /// the value ("it's Y"). The old words are a held value's own words, so they say which fact
  /// is meant more surely than any slot word could; the new one stands where "it's" puts a
  /// value, and is only as long as a name. Returns a swap of the held words for the new ones,
  /// written with the held value's capitals when the message is typed in lower case.
  ///
  /// The new value is the words after "it's" up to the end of their clause, so a remark after
  /// a comma or in the next sentence ("..., been calling her karen all week") is no part of it;
  /// and nothing here is read as the answer to the question in hand.
  func quotedSlip(_ text: String) -> Correction? {
    guard WordSplitter.words(text).count <= 40 else { return nil }
    let held = heldWordSpellings
    guard !held.isEmpty else { return nil }
    for sentence in MessageParts.sentences(of: text) {
      let tokens = Self.slipTokens(sentence)
      let inValues = Set(
        heldValues.flatMap { $0.split(separator: " ") }.map { Self.folded(String($0)) })
      guard let (oldRange, after) = Self.quotedOld(in: tokens, held: held, inValues: inValues),
        let new = Self.restated(in: tokens, from: after)
          ?? Self.restated(in: tokens, from: 0, before: oldRange.lowerBound)
      else { continue }
      let old = tokens[oldRange].map { held[Self.folded($0.text)] ?? $0.text }
        .joined(separator: " ")
      // "i said karen, its sharon. sharon hale.": a sentence of the message that is the new
      // value said more fully, and nothing else, is the value.
      let fuller = MessageParts.sentences(of: text).lazy.map(Self.slipTokens).first { words in
        words.count > new.count && words.count <= 4
          && zip(words, new).allSatisfy { Self.folded($0.text) == Self.folded($1) }
          && words.allSatisfy { word in
            word.text.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
              && !Lexicon.stopwords.contains(word.lower)
          }
      }
      let said = fuller.map { $0.map(\.text) } ?? new
      let newText = trimmed(said, around: old).joined(separator: " ")
      guard !newText.isEmpty else { continue }
      guard Self.folded(newText) != Self.folded(old) else { continue }
      let typedLower = !sentence.contains(where: \.isUppercase)
      // "i typed flutterwave, it's PAYSTACK": capitals shouted in a lower-case message are
      // emphasis, and the name is written as a name ("Paystack").
      let shouted = Self.isEmphasis(newText, in: text)
      let shown =
        shouted
        ? newText.split(separator: " ").enumerated().map { offset, word in
          CompanyAnswer.capitalised(word.lowercased(), first: offset == 0)
        }.joined(separator: " ")
        // A held value written in lower case (a role: "commis chef") stays so.
        : typedLower && old.contains(where: \.isUppercase)
          ? Self.casedLike(newText, held: old) : newText
      return .swap(shown, for: old)
    }
    return nil
  }

  /// The new words without those the held value already has beside the old ones: "its ben
  /// smith, i typed smyth" for Ben Smyth restates the given name, and only "smith" replaces
  /// "Smyth" ("Ben Smith", not "Ben Ben Smith").
  func trimmed(_ new: [String], around old: String) -> [String] {
    let oldWords = old.split(separator: " ").map { Self.folded(String($0)) }
    for value in heldValues {
      let words = value.split(separator: " ").map { Self.folded(String($0)) }
      guard words.count >= oldWords.count,
        let start = (0...(words.count - oldWords.count)).first(where: {
          Array(words[$0..<($0 + oldWords.count)]) == oldWords
        })
      else { continue }
      var before = words[..<start]
      var after = words[(start + oldWords.count)...]
      var kept = ArraySlice(new)
      while let first = kept.first, let last = before.last, Self.folded(first) == last {
        kept.removeFirst()
        before.removeLast()
      }
      while let last = kept.last, let first = after.first, Self.folded(last) == first {
        kept.removeLast()
        after.removeFirst()
      }
      return Array(kept)
    }
    return new
  }

  /// The values held, each as typed: the person's name, each person met, the company, the
  /// role.
  var heldValues: [String] {
    [known.name?.full].compactMap { $0 } + (known.interviewers ?? []).map(\.full)
      + [known.company, known.role].compactMap { $0 }
  }

  /// One word of a sentence as typed, and whether a comma, colon or dash closes its clause.
  struct SlipToken {
    var text: String
    var lower: String
    var closesClause: Bool
  }

  static func slipTokens(_ sentence: String) -> [SlipToken] {
    sentence.split(separator: " ").compactMap { piece in
      let closes = [",", ";", ":", "-", "–", "—"].contains { piece.hasSuffix($0) } || piece == "-"
      let text = String(piece).trimming(",;:.!?()\"“”‘’-–—")
      guard !text.isEmpty else { return nil }
      return SlipToken(text: text, lower: text.lowercased(), closesClause: closes)
    }
  }

  /// Every word of a value held (the person's name, the people met, the company, the role)
  /// that could be a slip, folded, with the spelling held: "karen" -> "Karen".
  var heldWordSpellings: [String: String] {
    var spellings: [String: String] = [:]
    for value in heldValues {
      for word in value.split(separator: " ") {
        let key = Self.folded(String(word))
        guard key.count >= 2, !Lexicon.stopwords.contains(word.lowercased()),
          PersonName.titles[word.lowercased().trimming(".")] == nil
        else { continue }
        spellings[key] = spellings[key] ?? String(word)
      }
    }
    return spellings
  }

  /// Verbs with which a person quotes their own earlier words: "i said karen", "i put tesco".
  static let quotingVerbs: Set<String> = ["said", "wrote", "put", "typed", "write", "type", "gave"]

  /// The held words the sentence quotes as a slip, and where the words after the quote start:
  /// after "i said" ("i said karen"), or before "was wrong" / "is a typo" ("karen was wrong").
  static func quotedOld(
    in tokens: [SlipToken], held: [String: String], inValues: Set<String>
  ) -> (Range<Int>, Int)? {
    let isHeld = { (index: Int) in
      tokens.indices.contains(index) && held[folded(tokens[index].text)] != nil
    }
    /// The run of held words from `start`, no longer than three, closed by a clause end: it
    /// opens on a word of a name or title ("commis"), and may go on over any word a value
    /// holds ("chef", "de").
    func run(from start: Int) -> Range<Int>? {
      guard isHeld(start) else { return nil }
      var end = start
      while end < tokens.count, end - start < 3,
        isHeld(end) || end > start && inValues.contains(folded(tokens[end].text))
      {
        end += 1
        if tokens[end - 1].closesClause { break }
      }
      return end > start ? start..<end : nil
    }
    for index in tokens.indices.dropLast() where tokens[index].lower == "i" {
      guard quotingVerbs.contains(tokens[index + 1].lower), let old = run(from: index + 2)
      else { continue }
      return (old, old.upperBound)
    }
    // "karen was wrong", "karen is a typo": the held words, then their verdict.
    for index in tokens.indices where isHeld(index) && (index == 0 || !isHeld(index - 1)) {
      guard let old = run(from: index), old.upperBound + 1 < tokens.count + 1,
        !tokens[old.upperBound - 1].closesClause
      else { continue }
      let rest = tokens[old.upperBound...].prefix(3).map(\.lower)
      guard let verb = rest.first, ["was", "is", "were", "wrong"].contains(verb) else { continue }
      if rest.contains("wrong") || rest.contains("typo") || rest.contains("wrongly") {
        let after = old.upperBound + (rest.firstIndex { $0 == "wrong" || $0 == "typo" } ?? 0) + 1
        return (old, after)
      }
    }
    return nil
  }

  /// Words that restate the value after a slip: "its sharon", "it should be sharon".
  static let restatements: [[String]] = [
    ["it's"], ["its"], ["it", "is"], ["it", "was"], ["it", "should", "be"], ["should", "be"],
    ["she's"], ["shes"], ["she", "is"], ["he's"], ["hes"], ["he", "is"], ["meant"],
  ]

  /// The value restated in `tokens[from..<before]`: the words after a restating phrase, up to
  /// the end of their clause, without "actually" or chat after them; at most three words, each
  /// shaped like a word of a name.
  static func restated(in tokens: [SlipToken], from: Int, before: Int? = nil) -> [String]? {
    let end = before ?? tokens.count
    guard from < end else { return nil }
    var index = from
    while index < end {
      guard
        let phrase = restatements.first(where: { phrase in
          index + phrase.count <= end
            && zip(phrase, tokens[index..<(index + phrase.count)]).allSatisfy { $0 == $1.lower }
        })
      else {
        index += 1
        continue
      }
      var value: [String] = []
      var position = index + phrase.count
      while position < end {
        let token = tokens[position]
        if ["actually", "just", "really"].contains(token.lower) && value.isEmpty {
          position += 1
          continue
        }
        if chatTail.contains(token.lower) || negations.contains(token.lower)
          || ["but", "and", "not", "so"].contains(token.lower)
        {
          break
        }
        value.append(token.text)
        position += 1
        if token.closesClause { break }
      }
      let shaped = value.allSatisfy { word in
        word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
          && !Lexicon.stopwords.contains(word.lowercased())
      }
      if (1...3).contains(value.count), shaped { return value }
      index = position
    }
    return nil
  }

  /// Chat that closes a value typed in a message: "its sharon lol", "its sharon sorry".
  static let chatTail: Set<String> = [
    "lol", "haha", "sorry", "btw", "tho", "though", "oops", "lmao", "x", "thx", "thanks", "my",
    "pls", "please",
  ]
}
