/// A short ASCII word packed into 16 bytes: the exact key word lists are looked up by.
///
/// The tokenizer packs each token's lower-case form while it lower-cases it, so testing a token
/// against a list compares two integers instead of hashing and comparing a `String`. Packing is
/// exact (ASCII bytes are never 0, so shorter words cannot collide with longer ones); words that
/// are longer than 16 bytes or not ASCII are not packed and are looked up as strings.
struct WordKey: Hashable, Sendable {
  var low: UInt64
  var high: UInt64

  /// Not a packed word.
  static let none = WordKey(low: 0, high: 0)

  var isPacked: Bool { low != 0 }

  /// The key for `word`, or `none` when it is empty, longer than 16 bytes or not ASCII.
  init(_ word: String) {
    self = .none
    var count = 0
    for byte in word.utf8 {
      guard byte < 0x80, byte != 0, count < 16 else {
        self = .none
        return
      }
      add(byte, at: count)
      count += 1
    }
  }

  init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// Puts `byte` at position `offset` (0 to 15).
  @inline(__always)
  mutating func add(_ byte: UInt8, at offset: Int) {
    if offset < 8 {
      low |= UInt64(byte) << UInt64(offset * 8)
    } else {
      high |= UInt64(byte) << UInt64((offset - 8) * 8)
    }
  }

  /// The number of bytes packed.
  var count: Int {
    high == 0
      ? (64 - low.leadingZeroBitCount + 7) / 8 : 8 + (64 - high.leadingZeroBitCount + 7) / 8
  }

  /// The byte at `offset` (0 to 15).
  @inline(__always)
  func byte(at offset: Int) -> UInt8 {
    offset < 8
      ? UInt8(truncatingIfNeeded: low >> UInt64(offset * 8))
      : UInt8(truncatingIfNeeded: high >> UInt64((offset - 8) * 8))
  }

  /// The packed word ends with the bytes of `suffix`.
  @inline(__always)
  func hasSuffix(_ suffix: String) -> Bool {
    let count = self.count
    var offset = count - suffix.utf8.count
    guard offset >= 0 else { return false }
    for byte in suffix.utf8 {
      if self.byte(at: offset) != byte { return false }
      offset += 1
    }
    return true
  }

  /// A slot in a table of `1 << bits` slots.
  @inline(__always)
  func slot(bits: Int) -> Int {
    let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
    return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> UInt64(64 - bits))
  }
}

/// A set of lower-case words that answers exactly as a `Set<String>` of the same words, and
/// tests a token by its packed `WordKey`.
///
/// A token that is not packed (longer than 16 bytes, or not ASCII, which `String` equality may
/// match to a differently encoded word: "é" as "e" and a combining accent) is looked up in a
/// `Set<String>`.
struct WordSet: Sendable {
  private let table: WordTable<Void>
  private let strings: Set<String>

  init(_ words: some Sequence<String>) {
    let words = Array(words)
    table = WordTable(words.map { ($0, ()) })
    strings = Set(words)
  }

  @inline(__always)
  func contains(_ token: Token) -> Bool {
    let key = token.key
    guard key.isPacked else { return strings.contains(token.lower) }
    return table.slot(of: key) != nil
  }

  func contains(_ word: String) -> Bool {
    strings.contains(word)
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

  init(_ pairs: some Sequence<(String, Value)>) {
    let pairs = Array(pairs)
    table = WordTable(pairs)
    dictionary = Dictionary(pairs, uniquingKeysWith: { _, later in later })
  }

  init(_ dictionary: [String: Value]) {
    table = WordTable(dictionary.map { ($0.key, $0.value) })
    self.dictionary = dictionary
  }

  @inline(__always)
  subscript(token: Token) -> Value? {
    let key = token.key
    guard key.isPacked else { return dictionary[token.lower] }
    return self[key]
  }

  subscript(word: String) -> Value? {
    dictionary[word]
  }

  /// The value for the word packed as `key`, which must be packed.
  @inline(__always)
  subscript(key: WordKey) -> Value? {
    guard let slot = table.slot(of: key) else { return nil }
    return table.values[slot]
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

/// Word sequences matched against a document's tokens, indexed by their first and last words so
/// that a position is only tried against the phrases that could match there.
struct PhraseList: Sendable {
  /// The phrases in their original order; earlier phrases win where the order matters.
  let phrases: [[String]]
  private let keys: [[WordKey]]
  /// Positions in `phrases`, ascending, by first word and by last word.
  private let byFirst: WordMap<[Int]>
  private let byLast: WordMap<[Int]>

  init(_ phrases: [[String]]) {
    self.phrases = phrases
    keys = phrases.map { $0.map(WordKey.init) }
    var first: [String: [Int]] = [:]
    var last: [String: [Int]] = [:]
    for (position, phrase) in phrases.enumerated() {
      guard let head = phrase.first, let tail = phrase.last else { continue }
      first[head, default: []].append(position)
      last[tail, default: []].append(position)
    }
    byFirst = WordMap(first)
    byLast = WordMap(last)
  }

  /// The phrases whose first word is `token`, as positions in `phrases`, in order.
  @inline(__always)
  func starting(with token: Token) -> [Int] {
    byFirst[token] ?? []
  }

  /// The phrases whose last word is `token`, as positions in `phrases`, in order.
  @inline(__always)
  func ending(with token: Token) -> [Int] {
    byLast[token] ?? []
  }

  /// The number of words in phrase `position`.
  @inline(__always)
  func count(_ position: Int) -> Int { keys[position].count }

  /// Phrase `position` matches `tokens` from `index`.
  @inline(__always)
  func matches(_ position: Int, _ tokens: [Token], at index: Int) -> Bool {
    Self.matches(keys[position], phrases[position], tokens, at: index)
  }

  /// The words (packed as `keys`) are the tokens from `index`: exactly `String` equality.
  @inline(__always)
  static func matches(_ keys: [WordKey], _ words: [String], _ tokens: [Token], at index: Int)
    -> Bool
  {
    guard index >= 0, index + keys.count <= tokens.count else { return false }
    for offset in 0..<keys.count {
      let key = tokens[index + offset].key
      if key.isPacked, keys[offset].isPacked {
        if key != keys[offset] { return false }
      } else if tokens[index + offset].lower != words[offset] {
        return false
      }
    }
    return true
  }
}

/// One short ASCII word, packed once, to compare tokens with.
struct KnownWord: Sendable {
  let text: String
  let key: WordKey

  init(_ text: String) {
    self.text = text
    key = WordKey(text)
  }

  static let about = KnownWord("about")
  static let on = KnownWord("on")
  static let talking = KnownWord("talking")
  static let the = KnownWord("the")
  static let then = KnownWord("then")
  static let so = KnownWord("so")
  static let but = KnownWord("but")
  static let its = KnownWord("its")
  static let own = KnownWord("own")
  static let ages = KnownWord("ages")
  static let like = KnownWord("like")
  static let which = KnownWord("which")
  static let who = KnownWord("who")
  static let when = KnownWord("when")
  static let `where` = KnownWord("where")
  static let my = KnownWord("my")
  static let that = KnownWord("that")
  static let `is` = KnownWord("is")
  static let was = KnownWord("was")
  static let what = KnownWord("what")
  static let one = KnownWord("one")
  static let i = KnownWord("i")
}

extension Token {
  /// `lower == word.text`: one comparison of packed words when this token is packed.
  @inline(__always)
  func `is`(_ word: KnownWord) -> Bool {
    key.isPacked ? key == word.key : lower == word.text
  }
}
