/// Where a value the person typed ends and their chat about the message begins.
///
/// People close an answer with a word about the message itself rather than about the thing
/// named: "tri-county btw", "osteria bellini sorry autocorrect added the s", "acme lol". Such a
/// word is a remark, never a word of a name, so the value ends before it, whatever follows. Earlier
/// rounds had no rule for this and printed "Tri-County Btw" and "Osteria Bellini Sorry
/// Autocorrect Added the S" as companies; this one reader replaces nothing but gives every
/// company value (an answer, a correction, a company read from another message) the same end.
enum ChatAside {
  /// The words before the first chat word that follows at least one word of the value; the
  /// words unchanged when there is none.
  ///
  /// ```swift
  /// ChatAside.cut(["tri-county", "btw"])  // ["tri-county"]
  /// ```
  static func cut(_ words: [String]) -> [String] {
    guard
      let at = words.indices.dropFirst().first(where: { isChat(words[$0]) })
    else { return words }
    return Array(words[..<at])
  }

  /// The value with its closing chat cut off: "Osteria Bellini sorry autocorrect" is "Osteria
  /// Bellini".
  static func cut(_ value: String) -> String {
    let words = value.split(separator: " ").map(String.init)
    let kept = cut(words)
    guard kept.count < words.count else { return value }
    return kept.joined(separator: " ").trimming(" ,;:-")
  }

  /// A word about the message, not the thing named: an apology for a slip, a laugh, a filler
  /// of chat.
  static func isChat(_ word: String) -> Bool {
    words.contains(word.lowercased().trimming(",.!?;:()"))
  }

  /// Words of chat that never belong to a name.
  static let words: Set<String> = [
    "btw", "lol", "haha", "hahaha", "lmao", "tbh", "ngl", "fyi", "sorry", "soz", "oops", "oopsie",
    "autocorrect", "autocorrected", "typo", "pls", "plz", "thx", "ty",
  ]
}
