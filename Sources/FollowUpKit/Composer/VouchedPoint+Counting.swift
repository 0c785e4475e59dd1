/// Whether a counted thing agrees with its count, and whether a word is said twice.
extension VouchedPoint {
  /// "many customer", "I do this perm many time", "I lived there two year", "these day": after
  /// a number above one or a word that counts more than one thing, the noun its phrase ends on
  /// is plural. The head is read by where the phrase ends (a mark, a word of the closed classes,
  /// a preposition, the sentence's end), so "many different customers" and "two year old son"
  /// pass, and the noun need not be known. "a two year course" describes, and passes.
  static func countAgreement(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropLast() where countsMany(words[index]) {
      if index > 0, ["a", "an", "one", "the"].contains(words[index - 1]) { continue }
      // "These help me sleep": "these" and "those" opening the sentence are its subject.
      if index == 0, ["these", "those"].contains(words[index]) { continue }
      // "year 4 teacher", "band 6 nurse": digits after a noun label it, and count nothing.
      if index > 0, Int(words[index]) != nil, isLabel(words[index - 1]) { continue }
      var head = index + 1
      while head < words.count, head <= index + 3 {
        let word = words[head]
        guard word.count >= 3, word.allSatisfy(\.isLetter),
          original[head].first?.isLowercase == true, !Lexicon.stopwords.contains(word),
          !isPluralForm(word)
        else { break }
        let next = head + 1 < words.count ? words[head + 1] : ""
        let endsPhrase =
          next.isEmpty || original[head].last.map({ ",;:.!?".contains($0) }) == true
          || Lexicon.stopwords.contains(next) || TopicRepair.prepositions.contains(next)
          || countedPhraseEnds.contains(next)
        if endsPhrase {
          // "those working in care", "many interested in it": a verb's form heads no count.
          if word.hasSuffix("ing") || word.hasSuffix("ed") || next == "old" { break }
          return "\"\(words[index]) \(word)\": a count of more than one before a singular"
        }
        head += 1
      }
    }
    return nil
  }

  /// Words that count more than one thing: a number above one, "many", "several", "these".
  private static func countsMany(_ word: String) -> Bool {
    if let number = Int(word) { return number >= 2 && number < 1000 }
    return manyWords.contains(word)
  }

  /// Whether a word before digits is a noun they label ("year 4", "level 3"), not a verb or a
  /// preposition they follow ("worked 3 years", "for 2 years").
  static func isLabel(_ word: String) -> Bool {
    word.allSatisfy(\.isLetter) && !Lexicon.stopwords.contains(word)
      && !TopicRepair.prepositions.contains(word) && !word.hasSuffix("ed")
      && !commonVerbs.contains(word)
  }

  /// Words that count more than one thing whatever follows them.
  private static let manyWords: WordSet = [
    "many", "several", "various", "numerous", "multiple", "these", "those", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundreds", "thousands", "dozens",
  ]

  /// Words after a noun that end its phrase though no list of closed words holds them:
  /// "two year ago", "many time now".
  static let countedPhraseEnds: WordSet = [
    "ago", "now", "before", "after", "already", "together", "every", "each", "later", "back",
    "again", "since", "until", "during", "instead", "straight", "running",
  ]

  /// Whether a word is a plural: in "-s" but not "-ss", "-us" or "-is" ("class", "bus",
  /// "analysis"), or a plural English forms without one.
  static func isPluralForm(_ word: String) -> Bool {
    if irregularPlurals.contains(word) { return true }
    return word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
      && !word.hasSuffix("is")
  }

  /// Plurals with no "-s", and nouns whose plural is the singular.
  private static let irregularPlurals: WordSet = [
    "people", "children", "men", "women", "staff", "feet", "teeth", "mice", "geese", "sheep",
    "fish", "deer", "data", "media", "criteria", "police", "cattle", "personnel", "aircraft",
    "crew", "hundred", "thousand", "million", "dozen", "folk", "alumni", "bacteria",
    "livestock", "offspring", "swine", "quid", "grand",
  ]

  /// "many many time", "very very early", "the the depot": a word typed twice in a row is
  /// spoken emphasis or a slip of the keys, which a written note says once; saying it once
  /// changes how the point reads, never what it says. "had had" and "that that" are English,
  /// and a comma between ("no, no") is a pause: those stay.
  static func undoubled(_ words: [String]) -> [String] {
    var result: [String] = []
    for word in words {
      if let last = result.last, last.lowercased() == word.lowercased(),
        word.allSatisfy(\.isLetter), !["had", "that"].contains(word.lowercased())
      {
        continue
      }
      result.append(word)
    }
    return result
  }
}
