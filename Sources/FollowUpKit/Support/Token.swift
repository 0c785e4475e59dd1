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
  /// `lower` can equal no ASCII word, even canonically (see `Token.isForeign(_:)`): tested
  /// before comparing it with a lexicon of English words, which Swift would otherwise do through
  /// its normalising slow path (about 1 µs a comparison, so 0.5 s for 16 KiB of accented words).
  let isForeign: Bool

  init(kind: Kind, start: Int, end: Int, lower: String, isCapitalized: Bool, key: WordKey) {
    self.kind = kind
    self.start = start
    self.end = end
    self.lower = lower
    self.isCapitalized = isCapitalized
    self.key = key
    isForeign = !key.isPacked && Token.isForeign(lower)
  }

  init(kind: Kind, start: Int, end: Int, lower: String, isCapitalized: Bool) {
    self.init(
      kind: kind, start: start, end: end, lower: lower, isCapitalized: isCapitalized,
      key: WordKey(lower))
  }

  var isWord: Bool { kind == .word || kind == .number }

  /// `lower`, or "" when it is foreign: for comparing with English words, which a foreign word
  /// never equals, without Swift's normalising slow path (only where "" equals no word sought).
  var plain: String { isForeign ? "" : lower }

  /// `lower == word`, without normalising when this token is foreign and `word` is not: a
  /// foreign text never equals one that is not (see `isForeign(_:)`).
  @inline(__always)
  func equals(_ word: String) -> Bool {
    if isForeign, !Token.isForeign(word) { return false }
    return lower == word
  }

  /// Whether `text` can equal no string of ASCII scalars under Swift's `==` (canonical
  /// equivalence): it holds a scalar beyond ASCII other than the three whose decomposition is
  /// ASCII (U+037E GREEK QUESTION MARK, U+1FEF GREEK VARIA, U+212A KELVIN SIGN; checked over every
  /// scalar). Every other decomposition keeps a scalar beyond ASCII, and composing never makes
  /// one ASCII.
  static func isForeign(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    while let byte = utf8.next() {
      guard byte >= 0x80 else { continue }
      // Lead bytes of U+037E (CD BE), U+1FEF (E1 BF AF) and U+212A (E2 84 AA): decode to tell.
      guard byte == 0xCD || byte == 0xE1 || byte == 0xE2 else { return true }
      return text.unicodeScalars.contains {
        $0.value >= 0x80 && $0.value != 0x37E && $0.value != 0x1FEF && $0.value != 0x212A
      }
    }
    return false
  }
}

extension Token {
  /// `lower.hasSuffix(suffix)`, compared as bytes when `lower` is packed (short ASCII, where a
  /// character is a byte) and `suffix` is ASCII.
  @inline(__always)
  func lowerHasSuffix(_ suffix: String) -> Bool {
    key.isPacked ? key.hasSuffix(suffix) : lower.hasSuffix(suffix)
  }
}
