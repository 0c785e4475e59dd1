/// Splits text into tokens in one pass over its UTF-8 bytes.
enum Tokenizer {
  static func tokens(_ text: String) -> [Token] {
    tokens(bytes: Array(text.utf8))
  }

  static func tokens(bytes: [UInt8]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(bytes.count / 5 + 4)
    let count = bytes.count
    var index = 0
    while index < count {
      let (length, isWordPart) = scalar(bytes, index)
      if isWordPart {
        index = word(bytes, from: index, into: &result)
        continue
      }
      let byte = bytes[index]
      switch byte {
      case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D:  // . ! ? ; \n \r
        // Collapse runs ("!!!", "...", "\r\n") into one stop.
        var end = index + 1
        var question = byte == 0x3F
        while end < count, isStopByte(bytes[end]) {
          question = question || bytes[end] == 0x3F
          end += 1
        }
        let lower = question ? "?" : (byte == 0x21 ? "!" : ".")
        result.append(
          Token(kind: .stop, start: index, end: end, lower: lower, isCapitalized: false))
        index = end
      // , : ( ) " [ ] { } - /
      case 0x2C, 0x3A, 0x28, 0x29, 0x22, 0x5B, 0x5D, 0x7B, 0x7D, 0x2D, 0x2F:
        let lower = byte == 0x2C ? "," : (byte == 0x3A ? ":" : (byte == 0x2F ? "/" : "-"))
        result.append(
          Token(kind: .pause, start: index, end: index + 1, lower: lower, isCapitalized: false))
        index += 1
      case 0xE2 where length == 3 && bytes[index + 1] == 0x80:
        // – — “ ” ‘ ’ pause a sentence; … ends one.
        let third = bytes[index + 2]
        if third == 0xA6 {
          result.append(
            Token(kind: .stop, start: index, end: index + 3, lower: ".", isCapitalized: false))
        } else if third == 0x93 || third == 0x94 || (0x98...0x9D).contains(third) {
          result.append(
            Token(kind: .pause, start: index, end: index + 3, lower: "-", isCapitalized: false))
        }
        index += length
      default:
        index += length
      }
    }
    return result
  }

  /// Reads one word starting at `start`; returns the offset after it.
  private static func word(_ bytes: [UInt8], from start: Int, into result: inout [Token]) -> Int {
    let count = bytes.count
    var end = start
    var allDigits = true
    var ascii = true
    while end < count {
      let byte = bytes[end]
      if byte < 0x80 {
        if isASCIIWordByte(byte) {
          if byte < 0x30 || byte > 0x39 { allDigits = false }
          end += 1
          continue
        }
        // Apostrophes and hyphens join two word parts: "O'Brien", "don't", "day-to-day".
        if byte == 0x27 || byte == 0x2D, end + 1 < count, scalar(bytes, end + 1).isWordPart {
          allDigits = false
          end += 1
          continue
        }
        // A decimal point or thousands separator inside a number: "3.5", "10,000".
        if allDigits, byte == 0x2E || byte == 0x2C, end + 1 < count, bytes[end + 1] >= 0x30,
          bytes[end + 1] <= 0x39
        {
          end += 1
          continue
        }
        break
      }
      let (length, isWordPart) = scalar(bytes, end)
      if isWordPart {
        ascii = false
        allDigits = false
        end += length
        continue
      }
      // A curly apostrophe inside a word: "don’t".
      if length == 3, byte == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99,
        end + 3 < count, scalar(bytes, end + 3).isWordPart
      {
        ascii = false
        allDigits = false
        end += 3
        continue
      }
      break
    }
    let first = bytes[start]
    let capitalized =
      first < 0x80
      ? (first >= 0x41 && first <= 0x5A)
      : (String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first?.properties
        .isUppercase ?? false)
    var (lower, key) = lowered(bytes, start, end, ascii: ascii)
    // Chat shorthand read as the word it stands for; the original text is kept for output. A
    // foreign word (see `Token.isForeign(_:)`) equals no shorthand, all ASCII, and is not looked
    // up: hashing and comparing it goes through Swift's normalising slow path (it was 40% of a
    // turn of 16 KiB of accented words).
    if key.isPacked {
      if let expanded = Tokenizer.expansions[key] { (lower, key) = expanded }
    } else if !Token.isForeign(lower), let expanded = Tokenizer.shorthand[lower] {
      (lower, key) = (expanded, WordKey(expanded))
    }
    result.append(
      Token(
        kind: allDigits ? .number : .word, start: start, end: end, lower: lower,
        isCapitalized: capitalized, key: key))
    return end
  }

  /// Shorthand people type in chats, read as the full word: "we talked abt X".
  static let shorthand: [String: String] = [
    "abt": "about", "bout": "about", "thru": "through", "tho": "though", "cos": "because",
    "coz": "because", "cuz": "because", "bc": "because", "b/c": "because", "wanna": "want",
    "gonna": "going", "convo": "conversation", "ppl": "people", "tbh": "honestly",
  ]

  /// `shorthand` with each expansion's key, looked up by the token's key.
  private static let expansions = WordMap(shorthand.mapValues { ($0, WordKey($0)) })

  @inline(__always)
  static func isStopByte(_ byte: UInt8) -> Bool {
    byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B || byte == 0x0A || byte == 0x0D
  }

  @inline(__always)
  static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x30 && byte <= 0x39)
      || byte == 0x26
  }

  /// The length in bytes of the scalar at `index`, and whether it can be part of a word: letters
  /// in any script and combining marks are; Latin-1 punctuation, general punctuation, symbols,
  /// emoji, invalid bytes and variation selectors are not.
  @inline(__always)
  static func scalar(_ bytes: [UInt8], _ index: Int) -> (length: Int, isWordPart: Bool) {
    let byte = bytes[index]
    if byte < 0x80 { return (1, isASCIIWordByte(byte)) }
    let length: Int
    switch byte {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return (1, false)  // a stray continuation byte or invalid lead
    }
    guard index + length <= bytes.count else { return (1, false) }
    var value = UInt32(byte) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return (1, false) }
      value = value << 6 | UInt32(next & 0x3F)
    }
    switch value {
    case 0x80...0xBF, 0xD7, 0xF7: return (length, false)  // NBSP, « », ¿, ×, ÷ ...
    case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE0F, 0xFEFF, 0xFFF0...0xFFFF:
      return (length, false)
    case 0x1F000...0x1FAFF, 0xE0000...0xE007F: return (length, false)  // emoji, tags
    default: return (length, true)
    }
  }

  /// The word lower-cased, and packed when it is short and ASCII.
  private static func lowered(_ bytes: [UInt8], _ start: Int, _ end: Int, ascii: Bool)
    -> (String, WordKey)
  {
    if ascii {
      var key = WordKey.none
      let packs = end - start <= 16
      let text = String(unsafeUninitializedCapacity: end - start) { buffer in
        for offset in 0..<(end - start) {
          let byte = bytes[start + offset]
          let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
          buffer[offset] = lower
          if packs { key.add(lower, at: offset) }
        }
        return end - start
      }
      return (text, key)
    }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    var lower = text.lowercased()
    // Only a word holding U+2019 (E2 80 99) is walked by `Character`: comparing each
    // `Character` of a word of accents goes through Swift's normalising slow path.
    if lower.utf8.holdsCurlyApostrophe {
      lower = String(lower.map { $0 == "\u{2019}" ? "'" : $0 })
    }
    return (lower, WordKey(lower))
  }

}
