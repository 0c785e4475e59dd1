/// A word, number or punctuation mark in a person's text, with where it came from.
///
/// Extraction works on tokens rather than on `Character`s: walking the UTF-8 bytes once is an order
/// of magnitude faster than grapheme iteration, and every phrase the extractor returns is cut from
/// the original text by byte offsets, so names keep the capitalisation and accents the person typed.
struct Token: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case word
    case number
    /// `.`, `!`, `?`, `;` or a line break: the end of a sentence.
    case stop
    /// `,`, `:`, a dash between spaces, brackets, quotes.
    case pause
  }

  var kind: Kind
  /// Byte offsets into the UTF-8 text.
  var start: Int
  var end: Int
  /// Lower-cased, with curly apostrophes made straight: the form lexicons are keyed by.
  /// Constant, like `key`, which is derived from it.
  let lower: String
  /// The first letter is upper case ("Priya", "NHS").
  var isCapitalized: Bool
  /// `lower` packed for word-list lookups (`WordKey.none` when it is long or not ASCII).
  let key: WordKey

  init(kind: Kind, start: Int, end: Int, lower: String, isCapitalized: Bool, key: WordKey) {
    self.kind = kind
    self.start = start
    self.end = end
    self.lower = lower
    self.isCapitalized = isCapitalized
    self.key = key
  }

  init(kind: Kind, start: Int, end: Int, lower: String, isCapitalized: Bool) {
    self.init(
      kind: kind, start: start, end: end, lower: lower, isCapitalized: isCapitalized,
      key: WordKey(lower))
  }

  var isWord: Bool { kind == .word || kind == .number }
}

extension Token {
  /// `lower.hasSuffix(suffix)`, compared as bytes when `lower` is packed (short ASCII, where a
  /// character is a byte) and `suffix` is ASCII.
  @inline(__always)
  func lowerHasSuffix(_ suffix: String) -> Bool {
    key.isPacked ? key.hasSuffix(suffix) : lower.hasSuffix(suffix)
  }
}
