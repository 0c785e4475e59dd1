/// Small edits on a person's text that every layer makes: trimming, squeezing spaces, changing
/// the case of a first letter.
///
/// They live in Support, below extraction and the interview, so that each can use them without
/// reaching into the other.
extension String {
  /// Drops the given characters from both ends.
  func trimming(_ set: String) -> String {
    String(Substring(self).trimming(set))
  }

  /// Collapses runs of whitespace to one space and trims the ends.
  var squeezed: String {
    split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The text without `suffix` at its end, when it ends with it.
  func replacingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }

  /// The text with its first character in lower case: a word that opened a sentence, put
  /// inside another. A first word with a capital after its first letter ("AI", "NHS",
  /// "McAfee") is an initialism or a name wherever it stands, and "I" is always written so:
  /// those are left as they are ("AI testing full populations" had become "aI testing").
  func lowercasedFirst() -> String {
    guard let first else { return self }
    let word = prefix { $0 != " " }
    if word.dropFirst().contains(where: \.isUppercase) || word == "I" || word.hasPrefix("I'")
      || word.hasPrefix("I’")
    {
      return self
    }
    return first.lowercased() + dropFirst()
  }

  /// The text with its first character in upper case: a phrase that now opens a sentence.
  func capitalisedFirst() -> String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}

extension String.UTF8View {
  /// Whether the text holds U+2019 RIGHT SINGLE QUOTATION MARK (bytes E2 80 99): read on the
  /// bytes, so that text without one is not walked by `Character`, which for text beyond ASCII
  /// compares through Swift's normalising slow path.
  var holdsCurlyApostrophe: Bool {
    var state = 0
    for byte in self {
      switch (state, byte) {
      case (_, 0xE2): state = 1
      case (1, 0x80): state = 2
      case (2, 0x99): return true
      default: state = 0
      }
    }
    return false
  }
}

extension Substring {
  /// Drops the given characters from both ends, without copying the text.
  func trimming(_ set: String) -> Substring {
    // A handful of characters: a linear search beats building and hashing into a Set, which
    // cost more than the trimming itself when every word of a 16 KiB message was trimmed.
    let trim = TrimSet(set)
    var text = self
    while let byte = text.utf8.first, trim.mayMatch(byte, text.unicodeScalars.first),
      let first = text.first, trim.contains(first)
    {
      text = text.dropFirst()
    }
    // removeLast(), not dropLast(): the dropLast() without an argument is Collection's, which
    // counts the whole text on every call, and trimming 16 KB of "." took 1.8 s (found while
    // timing long messages for the fuzz targets).
    while let byte = text.utf8.last, trim.mayMatch(byte, text.unicodeScalars.last),
      let last = text.last, trim.contains(last)
    {
      text.removeLast()
    }
    return text
  }
}

/// The characters `trimming` drops, with a test on the first or last byte that rules most
/// characters out before comparing `Character`s, which for a character beyond ASCII goes through
/// Swift's normalising slow path (a sixth of a 16 KiB turn of accented words).
///
/// The test is exact for a set of ASCII characters and general punctuation (U+2010 to U+2027:
/// dashes, quotes, bullets), which no other character is canonically equivalent to: a character
/// that starts or ends with an ASCII byte equals an ASCII one only if it is that byte; one that
/// starts or ends with another scalar equals a member only if that scalar is the member, or is
/// one of the three scalars that decompose to ASCII (U+037E, U+1FEF, U+212A). Any other set is
/// compared as characters throughout.
private struct TrimSet {
  /// The set as given, walked by `Character` only for a character the byte test lets through:
  /// an array of its characters, built on every call of `trimming`, was a twentieth of a turn
  /// of 16 KiB of short words.
  private let set: String
  private var ascii: (low: UInt64, high: UInt64) = (0, 0)
  private var others: [UInt32] = []
  private var isSimple = true

  init(_ set: String) {
    self.set = set
    // ASCII without "\r" (which begins the one ASCII character of two scalars, "\r\n"): each
    // byte is a character of one scalar, read without walking characters.
    if set.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
      for byte in set.utf8 {
        if byte < 64 {
          ascii.low |= 1 << UInt64(byte)
        } else {
          ascii.high |= 1 << UInt64(byte - 64)
        }
      }
      return
    }
    for character in set {
      let scalars = character.unicodeScalars
      guard scalars.count == 1, let scalar = scalars.first else {
        isSimple = false
        continue
      }
      switch scalar.value {
      case 0..<64: ascii.low |= 1 << UInt64(scalar.value)
      case 64..<128: ascii.high |= 1 << UInt64(scalar.value - 64)
      case 0x2010...0x2027: others.append(scalar.value)
      default: isSimple = false
      }
    }
  }

  /// Whether `character` is one of the set's characters (Swift's `==`, canonical equivalence).
  @inline(__always)
  func contains(_ character: Character) -> Bool {
    set.contains(where: { $0 == character })
  }

  /// Whether the character whose outer byte is `byte` and outer scalar `scalar` may be in the
  /// set: false only when it cannot be.
  @inline(__always)
  func mayMatch(_ byte: UInt8, _ scalar: Unicode.Scalar?) -> Bool {
    guard isSimple else { return true }
    if byte < 0x80 {
      return byte < 64
        ? ascii.low & (1 << UInt64(byte)) != 0 : ascii.high & (1 << UInt64(byte - 64)) != 0
    }
    guard let value = scalar?.value else { return true }
    return value == 0x37E || value == 0x1FEF || value == 0x212A || others.contains(value)
  }
}
