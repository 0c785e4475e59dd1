/// A set of lower-case words that answers exactly as a `Set<String>` of the same words, and
/// tests a token by its packed `WordKey`.
///
/// A token that is not packed (longer than 16 bytes, or not ASCII, which `String` equality may
/// match to a differently encoded word: "é" as "e" and a combining accent) is looked up in a
/// `Set<String>`; a foreign token (`Token.isForeign`) only among the words that are themselves
/// foreign, usually none, since hashing it normalises it. A word given as a `String` is packed
/// and tested the same way: a `Set<String>` compares a word of combining marks with each word it
/// probes through Swift's normalising slow path (about 1 µs each).
struct WordSet: Sendable {
  private let table: WordTable<Void>
  private let strings: Set<String>
  private let hasForeign: Bool
  /// Some word beyond ASCII is not foreign (it holds ";", "`" or "K" written beyond ASCII), so
  /// it may equal a packed word that the table does not hold.
  private let hasUnpackedPlain: Bool

  init(_ words: some Sequence<String>) {
    let words = Array(words)
    table = WordTable(words.map { ($0, ()) })
    strings = Set(words)
    hasForeign = words.contains(where: Token.isForeign)
    hasUnpackedPlain = words.contains(where: WordTable<Void>.isUnpackedPlain)
  }

  @inline(__always)
  func contains(_ token: Token) -> Bool {
    let key = token.key
    guard key.isPacked else {
      if token.isForeign, !hasForeign { return false }
      return strings.contains(token.lower)
    }
    return table.slot(of: key) != nil
  }

  func contains(_ word: String) -> Bool {
    contains(word, packedAs: WordKey(word))
  }

  /// `contains(word)`, exactly, with `key` being `WordKey(word)` packed once by a caller that
  /// looks the same word up in several lists.
  func contains(_ word: String, packedAs key: WordKey) -> Bool {
    if key.isPacked, !hasUnpackedPlain { return table.slot(of: key) != nil }
    if !key.isPacked, !hasForeign, Token.isForeign(word) { return false }
    return strings.contains(word)
  }

  /// `contains(word)`, given the word's key packed once by the caller: a table look-up for a
  /// short ASCII word instead of hashing the string, as `contains(_: Token)` does.
  @inline(__always)
  func contains(_ word: String, key: WordKey) -> Bool {
    key.isPacked ? table.slot(of: key) != nil : strings.contains(word)
  }
}

extension WordSet: ExpressibleByArrayLiteral {
  init(arrayLiteral words: String...) {
    self.init(words)
  }
}

/// A dictionary from lower-case words to values, looked up like `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
  private let table: WordTable<Value>
  private let dictionary: [String: Value]
  private let hasForeign: Bool
  /// As in `WordSet`: a key beyond ASCII that a packed word may equal.
  private let hasUnpackedPlain: Bool

  init(_ pairs: some Sequence<(String, Value)>) {
    let pairs = Array(pairs)
    table = WordTable(pairs)
    dictionary = Dictionary(pairs, uniquingKeysWith: { _, later in later })
    hasForeign = pairs.contains { Token.isForeign($0.0) }
    hasUnpackedPlain = pairs.contains { WordTable<Value>.isUnpackedPlain($0.0) }
  }

  init(_ dictionary: [String: Value]) {
    table = WordTable(dictionary.map { ($0.key, $0.value) })
    self.dictionary = dictionary
    hasForeign = dictionary.keys.contains(where: Token.isForeign)
    hasUnpackedPlain = dictionary.keys.contains(where: WordTable<Value>.isUnpackedPlain)
  }

  @inline(__always)
  subscript(token: Token) -> Value? {
    let key = token.key
    guard key.isPacked else {
      if token.isForeign, !hasForeign { return nil }
      return dictionary[token.lower]
    }
    return self[key]
  }

  subscript(word: String) -> Value? {
    value(for: word, packedAs: WordKey(word))
  }

  /// `self[word]`, exactly, with `key` being `WordKey(word)` packed once by a caller that looks
  /// the same word up in several lists.
  func value(for word: String, packedAs key: WordKey) -> Value? {
    if key.isPacked, !hasUnpackedPlain { return self[key] }
    if !key.isPacked, !hasForeign, Token.isForeign(word) { return nil }
    return dictionary[word]
  }

  /// The value for the word packed as `key`, which must be packed.
  @inline(__always)
  subscript(key: WordKey) -> Value? {
    guard let slot = table.slot(of: key) else { return nil }
    return table.values[slot]
  }
}

extension WordMap: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral pairs: (String, Value)...) {
    self.init(pairs)
  }
}

/// Open addressing over packed words, at most half full. Words that cannot be packed are left
/// out: only unpacked tokens could equal them, and those are looked up as strings. Later
/// duplicates replace earlier ones, as in a `Dictionary` built by assignment.
private struct WordTable<Value: Sendable>: Sendable {
  private var keys: [WordKey]
  private(set) var values: [Value?]
  private let bits: Int
  private let mask: Int

  init(_ pairs: [(String, Value)]) {
    var bits = 3
    while 1 << bits < pairs.count * 2 { bits += 1 }
    self.bits = bits
    mask = (1 << bits) - 1
    keys = [WordKey](repeating: .none, count: 1 << bits)
    values = [Value?](repeating: nil, count: 1 << bits)
    for (word, value) in pairs {
      let key = WordKey(word)
      guard key.isPacked else { continue }
      var slot = key.slot(bits: bits)
      while keys[slot].isPacked, keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// A word beyond ASCII that is not foreign: one that a packed word may equal though the table
  /// leaves it out.
  static func isUnpackedPlain(_ word: String) -> Bool {
    !Token.isForeign(word) && word.utf8.contains { $0 >= 0x80 }
  }

  @inline(__always)
  func slot(of key: WordKey) -> Int? {
    var slot = key.slot(bits: bits)
    while true {
      let found = keys[slot]
      if found == key { return slot }
      if !found.isPacked { return nil }
      slot = (slot + 1) & mask
    }
  }
}
