/// The order of a Chinese name written in Latin letters, as people in Malaysia, Singapore and
/// Hong Kong type it: the family name first, then a given name of two syllables, each its own
/// word ("Ong Mei Ling", "Tan Siew Lan", "Wong Ka Man").
///
/// Read as an English name, "Ms Tan Siew Lan" was greeted "Ms Siew Lan" and "ong mei ling"
/// signed "Ong", her family name (a blind judge marked both). The family name decides the
/// order: the few hundred Chinese family names are a closed set, and the common ones in their
/// Mandarin, Hokkien, Cantonese and Teochew spellings are listed here. A name of three words
/// opening on one, whose other two words are each one syllable, is written family name first;
/// "Mei Ling Tan", typed in English order, opens on a given name and is read as typed. The
/// Vietnamese order ("Nguyễn Thị Lan", greeted in full) is `PersonName.writesFamilyFirst`'s.
enum ChineseNameOrder {
  /// Whether `words` (a name without its title) are a Chinese name written family name first.
  ///
  /// ```swift
  /// ChineseNameOrder.writesFamilyFirst(["Ong", "Mei", "Ling"])  // true
  /// ChineseNameOrder.writesFamilyFirst(["Mei", "Ling", "Tan"])  // false
  /// ```
  static func writesFamilyFirst(_ words: [String]) -> Bool {
    guard words.count == 3, familyNames.contains(words[0].lowercased()) else { return false }
    return words.dropFirst().allSatisfy { isSyllable($0.lowercased()) }
  }

  /// Whether a name typed as two words, `first` and `rest`, puts the family name first, so the
  /// person goes by `rest`: a Korean given name after any word ("Lee Hye-jin", "Park
  /// Ji-hoon"), or a Chinese family name before a given name of one or two syllables ("Huang
  /// Xiaoling", "Zhang Wei", "Lin Yu-Ting"). Read as typed, "Lee Hye-jin" had signed her note
  /// "Lee" (tuning 37's bw055) and "Huang Xiaoling" "Huang" (bw042). "Lee Evans" and "Kim
  /// Jones" keep their order: "Evans" and "Jones" are no such given names; nor does "Yang
  /// Liu", two family names, which the person may have put in English order themselves.
  static func givenAfter(_ first: String, _ rest: String) -> Bool {
    guard !rest.contains(" ") else { return false }
    if PersonName.isKoreanGivenName(rest) { return true }
    // "Yang Liu": two family names, either way round, say nothing of the order.
    let lower = rest.lowercased()
    guard familyNames.contains(first.lowercased()), !familyNames.contains(lower) else {
      return false
    }
    let parts = lower.split(separator: "-").map(String.init)
    if parts.count == 2 { return parts.allSatisfy(isSyllable) }
    if isSyllable(lower) { return true }
    // "xiaoling": two syllables written as one word.
    return (2..<max(2, lower.count - 1)).contains { cut in
      isSyllable(String(lower.prefix(cut))) && isSyllable(String(lower.dropFirst(cut)))
    }
  }

  /// One romanised Chinese syllable: an initial of at most two consonants, one to three
  /// vowels (a final "w" as in "Siew", "Chew"), and at most a nasal or stop to close it.
  /// Hokkien and Cantonese close syllables on "p", "t" and "k" alike ("Boon Keat", "Kiat",
  /// "Sip"): without "t", "Mr Lim Boon Keat" was read as given name Lim and greeted "Mr Boon
  /// Keat" (tuning 26's ba056).
  static func isSyllable(_ word: String) -> Bool {
    let letters = Array(word)
    guard (2...6).contains(letters.count), letters.allSatisfy(\.isLetter) else { return false }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    var index = 0
    var consonants = 0
    while index < letters.count, !vowels.contains(letters[index]) {
      index += 1
      consonants += 1
    }
    var vowelCount = 0
    while index < letters.count, vowels.contains(letters[index]) {
      index += 1
      vowelCount += 1
    }
    guard consonants <= 2, (1...3).contains(vowelCount) else { return false }
    let coda = String(letters[index...])
    return ["", "n", "ng", "m", "h", "k", "w", "t", "p"].contains(coda)
  }

  /// Common Chinese family names, in the spellings of Mandarin (pinyin) and of Hokkien,
  /// Cantonese and Teochew as Malaysia, Singapore and Hong Kong write them.
  static let familyNames: Set<String> = [
    "tan", "lim", "ong", "goh", "teo", "chua", "koh", "ng", "wong", "chan", "lau", "yeo", "tay",
    "chia", "seah", "quek", "khoo", "yap", "foo", "lai", "toh", "chong", "leong", "cheung",
    "tsang", "kwok", "tang", "ho", "sim", "soh", "heng", "neo", "chew", "loh", "ang", "liew",
    "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu", "guo",
    "lin", "wu", "he", "gao", "luo", "zheng", "xie", "song", "hu", "deng", "feng", "cao",
  ]
}
