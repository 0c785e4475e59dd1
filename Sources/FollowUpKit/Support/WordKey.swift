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
    // On the contiguous bytes (every native string, small ones copied to the stack): walking
    // `utf8` byte by byte had cost more than the look-ups the key is made for.
    if let key = word.utf8.withContiguousStorageIfAvailable(WordKey.init(bytes:)) {
      self = key
      return
    }
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

  /// The key for a word's UTF-8 bytes, as `init(_:)` packs them.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    self = .none
    guard bytes.count <= 16 else { return }
    for offset in 0..<bytes.count {
      let byte = bytes[offset]
      guard byte < 0x80, byte != 0 else {
        self = .none
        return
      }
      add(byte, at: offset)
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
