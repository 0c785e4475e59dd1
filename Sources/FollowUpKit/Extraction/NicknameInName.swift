/// A nickname set inside a full name: "James 'Jim' Barrow", "Robert \"Bob\" Kane", "Barry (Baz)
/// Kemp".
///
/// The quotes or brackets mark one word as what people call the person, not part of the name;
/// read as punctuation they cut the name in two, and the family name after them was lost ("Best
/// regards, James"). The full name is the name without it; the nickname is kept apart.
enum NicknameInName {
  /// The text with the nickname taken out of the name, and the nickname; nil when the text
  /// sets no single word in quotes or brackets between two words of a name.
  static func split(_ text: String) -> (text: String, nickname: String)? {
    let pairs: [(Character, Character)] = [
      ("'", "'"), ("\"", "\""), ("(", ")"), ("\u{2018}", "\u{2019}"), ("\u{201C}", "\u{201D}"),
    ]
    let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard words.count >= 3 else { return nil }
    for index in 1..<(words.count - 1) {
      let word = words[index]
      guard let open = word.first, let close = word.last, word.count >= 4,
        pairs.contains(where: { $0.0 == open && $0.1 == close })
      else { continue }
      let inner = String(word.dropFirst().dropLast())
      guard inner.allSatisfy({ $0.isLetter || $0 == "-" }), nameShaped(words[index - 1]),
        nameShaped(words[index + 1])
      else { continue }
      var kept = words
      kept.remove(at: index)
      return (kept.joined(separator: " "), inner)
    }
    return nil
  }

  /// A word of a name on either side: letters, with an apostrophe or hyphen inside, and a
  /// capital when the person typed one anywhere around it.
  private static func nameShaped(_ word: String) -> Bool {
    let plain = word.trimming(",.;:")
    guard let first = plain.first, first.isLetter else { return false }
    return plain.allSatisfy { $0.isLetter || $0 == "'" || $0 == "-" || $0 == "\u{2019}" }
      && !DirectAnswer.sentenceWords.contains(plain.lowercased())
  }
}
