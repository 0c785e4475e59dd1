/// Spellings read from the letters of a word and from how the person typed it elsewhere: an
/// initialism by a start no English word has ("hvac", "dvla"), a name of several words the
/// person capitalised in part ("Wembley park", "the Royal Liverpool hospital"), and the
/// accents a word was typed with once ("māra kai" beside "mara kai").
extension ProperSpelling {
  // MARK: - An initialism by its letters

  /// "hvac", "dvla", "gcse": a short word in lower case whose first two letters are
  /// consonants no English word (nor a common name written in English) begins with. Such a
  /// word cannot be read aloud as a word, so it is spelled out: an initialism, written in
  /// capitals. Words with no vowel at all are `isInitialism`'s.
  static func hasForeignStart(_ word: String) -> Bool {
    // Read as bytes, with no copy: every lower-case word of every topic passes here.
    guard (3...5).contains(word.utf8.count) else { return false }
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next(), let second = bytes.next(), isConsonant(first),
      isConsonant(second),
      word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    else { return false }
    return !englishStartCodes.contains(UInt16(first) << 8 | UInt16(second))
      && !notInitialismWords.contains(word) && !notInitialisms.contains(word)
  }

  /// Whether a byte is a lower-case ASCII consonant ("y" counts as a vowel).
  private static func isConsonant(_ byte: UInt8) -> Bool {
    guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return false }
    switch byte {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"), UInt8(ascii: "y"):
      return false
    default: return true
    }
  }

  /// `englishStarts` as two bytes in one number, read with no string built.
  private static let englishStartCodes = Set(
    englishStarts.compactMap { start -> UInt16? in
      let bytes = Array(start.utf8)
      guard bytes.count >= 2 else { return nil }
      return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    })

  /// Two consonants a word written in English may begin with: English's own onsets ("bl",
  /// "str"), and those of names and loanwords English writes ("kh", "ng", "ts", "zh").
  private static let englishStarts: Set<String> = [
    "bl", "br", "ch", "cl", "cr", "cz", "dh", "dj", "dr", "dw", "dz", "fj", "fl", "fr", "gh",
    "gl", "gn", "gr", "gw", "kh", "kl", "kn", "kr", "kw", "ll", "mb", "mc", "mn", "nd", "ng",
    "nj", "nk", "ph", "pf", "pl", "pn", "pr", "ps", "pt", "qu", "rh", "sc", "sh", "sk", "sl",
    "sm", "sn", "sp", "sq", "sr", "st", "sv", "sw", "sz", "th", "tr", "ts", "tw", "tz", "vl",
    "vr", "wh", "wr", "zh", "zw", "bh", "jh", "sch", "ty", "nh", "hm",
  ]

  /// Short words with such a start that are chat, not initialisms.
  private static let notInitialismWords: Set<String> = [
    "pfft", "hmmm", "mmkay", "tsk", "lmao", "lmfao", "pmsl", "fml", "hmu",
  ]

  // MARK: - A name capitalised in part

  /// Text with a lower-case noun for a kind of place written as part of the name before it,
  /// when the name is one: "near Wembley park" (a name with no determiner before it, which a
  /// counted noun like "park" would need), "the Royal Liverpool hospital" (a name of two
  /// words or more). "the new Leeds office", "a DPD depot" are a place described by a name,
  /// and stay as they are: one word, with a determiner, or an initialism.
  static func placeNamesCompleted(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices.dropFirst() {
      let head = words[index].trimming(",.;:!?()\"")
      guard placeHeads.contains(head), words[index - 1].last?.isLetter == true else { continue }
      // The capitalised words before the head, each with a lower-case letter (not "DPD").
      var first = index
      while first > 0, isNameWord(words[first - 1]) { first -= 1 }
      let names = index - first
      guard names >= 1 else { continue }
      // The word before the name: none opening the text is a sentence's first word, which
      // says nothing of a name.
      guard first > 0 else { continue }
      let before = words[first - 1].lowercased().trimming(",.;:!?()\"")
      guard words[first - 1].last?.isLetter == true || names >= 2 else { continue }
      let determined =
        TopicGrammar.determiners.contains(before) || before.hasSuffix("'s")
        || ["a", "an", "every", "each", "any", "no", "some", "one", "new"].contains(before)
      if names >= 2 || !determined && TopicRepair.prepositions.contains(before) {
        let typed = words[index]
        if let firstLetter = typed.firstIndex(where: \.isLetter) {
          words[index] =
            typed[..<firstLetter] + typed[firstLetter...].prefix(1).uppercased()
            + typed[typed.index(after: firstLetter)...]
        }
      }
    }
    return words.joined(separator: " ")
  }

  /// Whether a typed word is a word of a name: a capital then lower-case letters ("Wembley",
  /// "Royal"), not a day or a month, and no initialism in capitals ("DPD").
  private static func isNameWord(_ typed: String) -> Bool {
    guard typed.last?.isLetter == true, let first = typed.first, first.isUppercase,
      typed.dropFirst().allSatisfy({ $0.isLowercase || $0 == "'" || $0 == "’" || $0 == "-" }),
      typed.count >= 2
    else { return false }
    return !CalendarNames.names.contains(typed.lowercased()) && typed != "I"
  }

  /// Nouns for a kind of place that are part of a place's name when it has one ("Wembley
  /// Park", "Royal Liverpool Hospital"): a closed class of heads, never names themselves.
  static let placeHeads: Set<String> = [
    "park", "hospital", "road", "street", "station", "college", "university", "centre",
    "center", "square", "lane", "avenue", "hall", "library", "bridge", "market", "airport",
    "stadium", "academy", "infirmary", "cathedral", "castle", "palace", "museum", "gallery",
    "theatre", "arena", "harbour", "pier", "common", "green", "gardens", "place", "way",
    "terrace", "crescent", "close", "drive", "row", "estate", "quay", "wharf", "dock", "docks",
  ]

  // MARK: - An owner's name with no apostrophe

  /// "Fahys Pharmacy" beside the pharmacist Mr Fahy: a word of a name that is a person's
  /// name the note knows plus "s", with a noun after it, is that person's: "Fahy's
  /// Pharmacy". Only a name the person gave counts, so "Boots Pharmacy" is left alone.
  ///
  /// ```swift
  /// ProperSpelling.ownersMarked("Fahys Pharmacy", owners: ["Fahy"])  // "Fahy's Pharmacy"
  /// ```
  static func ownersMarked(_ name: String, owners: [String]) -> String {
    let known = Set(owners.filter { $0.count >= 3 }.map { $0.lowercased() })
    guard !known.isEmpty else { return name }
    var words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices.dropLast() {
      let word = words[index]
      guard word.count >= 4, word.hasSuffix("s"), word.allSatisfy(\.isLetter),
        known.contains(String(word.dropLast()).lowercased()),
        words[index + 1].first?.isLetter == true
      else { continue }
      words[index] = word.dropLast() + "'s"
    }
    return words.joined(separator: " ")
  }

  // MARK: - Accents typed once

  /// Words typed with a letter beyond plain ASCII ("māra", "Bríd", "café") in `sources`, by
  /// their form with the accents taken off and in lower case: "mara" -> "māra". The person
  /// wrote the word so once; the note writes it so everywhere.
  static func accented(in sources: [String]) -> [String: String] {
    var found: [String: String] = [:]
    for source in sources {
      for piece in source.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
        let word = String(piece)
        guard word.count > 1, word.unicodeScalars.contains(where: { !$0.isASCII }) else {
          continue
        }
        let bare = plain(word)
        // A word whose letters are not Latin ones with marks (Greek, Cyrillic) has no ASCII
        // form a person would type instead.
        guard bare.unicodeScalars.allSatisfy(\.isASCII), bare != word.lowercased() else {
          continue
        }
        found[bare] = word.first?.isUppercase == true ? word : word.lowercased()
      }
    }
    return found
  }

  /// The word with its marks taken off and in lower case: "Māra" -> "mara".
  static func plain(_ word: String) -> String { Honorifics.folded(word) }
}
