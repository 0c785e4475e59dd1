/// Parses JSON text (RFC 8259) from UTF-8 bytes into a `JSONValue`.
///
/// Strict where it matters for safety: nesting is capped (a line of ten thousand `[` is an error,
/// not a stack overflow), invalid UTF-8 in strings is replaced with U+FFFD rather than trusted,
/// and anything after the value other than whitespace is an error. A leading byte-order mark is
/// skipped, as some Windows tools write one.
public struct JSONParser {
  /// Deeper nesting than this is refused. FollowUp's own messages are two levels deep.
  public static let maximumDepth = 64

  public enum Failure: Error, Equatable, CustomStringConvertible {
    case unexpectedEnd
    case unexpectedCharacter(offset: Int)
    case tooDeep
    case invalidNumber(offset: Int)
    case invalidEscape(offset: Int)
    case trailingCharacters(offset: Int)

    public var description: String {
      switch self {
      case .unexpectedEnd: return "the line ends in the middle of a value"
      case .unexpectedCharacter(let offset): return "unexpected character at byte \(offset + 1)"
      case .tooDeep: return "nested more than \(JSONParser.maximumDepth) levels deep"
      case .invalidNumber(let offset): return "malformed number at byte \(offset + 1)"
      case .invalidEscape(let offset): return "malformed escape at byte \(offset + 1)"
      case .trailingCharacters(let offset):
        return "extra characters after the value at byte \(offset + 1)"
      }
    }
  }

  private let bytes: [UInt8]
  private var index = 0
  /// The raw bytes of the outermost object's `id` member, from the value's first byte to its
  /// last, nothing around it (only `id`: a line of 80,000 keys keeps no second table).
  private var members: [String: ArraySlice<UInt8>] = [:]

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Parses a whole document.
  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    try parse(bytes: Array(text.utf8))
  }

  public static func parse(bytes: [UInt8]) throws(Failure) -> JSONValue {
    try parseLine(bytes: bytes).value
  }

  /// Parses a whole document and also returns the bytes the `id` member of its outermost object
  /// arrived as, so that a bridge's id can be echoed byte for byte (a number is never rewritten
  /// through a `Double`).
  static func parseLine(bytes: [UInt8]) throws(Failure) -> (
    value: JSONValue, members: [String: ArraySlice<UInt8>]
  ) {
    var parser = JSONParser(bytes: bytes)
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { parser.index = 3 }
    parser.skipWhitespace()
    let value = try parser.value(depth: 0)
    parser.skipWhitespace()
    guard parser.index == bytes.count else { throw .trailingCharacters(offset: parser.index) }
    return (value, parser.members)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D
    {
      index += 1
    }
  }

  private mutating func value(depth: Int) throws(Failure) -> JSONValue {
    guard depth <= Self.maximumDepth else { throw .tooDeep }
    guard index < bytes.count else { throw .unexpectedEnd }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw .unexpectedCharacter(offset: index)
    }
  }

  private mutating func literal(_ word: String, _ result: JSONValue) throws(Failure) -> JSONValue {
    let expected = Array(word.utf8)
    for offset in 0..<expected.count {
      guard index + offset < bytes.count else { throw .unexpectedEnd }
      guard bytes[index + offset] == expected[offset] else {
        throw .unexpectedCharacter(offset: index + offset)
      }
    }
    let count = expected.count
    index += count
    return result
  }

  /// Objects up to this many members (holes included) find a duplicate key by scanning; larger
  /// ones through a dictionary, so that a line of 80,000 keys, distinct or repeated, is read in
  /// linear time.
  private static let scannedMembers = 16

  private mutating func object(depth: Int) throws(Failure) -> JSONValue {
    index += 1
    // Duplicate keys: the last one wins, as in most parsers, and only one copy is kept, in the
    // last one's place. An earlier copy is left as a hole and the holes dropped at the end, so
    // that many duplicates cost no more than many distinct keys.
    var slots: [(String, JSONValue)?] = []
    var positions: [String: Int]?
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object([])
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw .unexpectedEnd }
      guard bytes[index] == UInt8(ascii: "\"") else { throw .unexpectedCharacter(offset: index) }
      let key = try string()
      skipWhitespace()
      guard index < bytes.count else { throw .unexpectedEnd }
      guard bytes[index] == UInt8(ascii: ":") else { throw .unexpectedCharacter(offset: index) }
      index += 1
      skipWhitespace()
      let valueStart = index
      let member = try value(depth: depth + 1)
      if depth == 0, key == "id" { members[key] = bytes[valueStart..<index] }
      let existing: Int?
      if let positions {
        existing = positions[key]
      } else {
        existing = slots.firstIndex(where: { $0?.0 == key })
      }
      if let existing { slots[existing] = nil }
      slots.append((key, member))
      if positions != nil {
        positions?[key] = slots.count - 1
      } else if slots.count > Self.scannedMembers {
        var table: [String: Int] = [:]
        for (offset, slot) in slots.enumerated() {
          if let slot { table[slot.0] = offset }
        }
        positions = table
      }
      skipWhitespace()
      guard index < bytes.count else { throw .unexpectedEnd }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { throw .unexpectedCharacter(offset: index) }
      index += 1
      return .object(slots.compactMap { $0 })
    }
  }

  private mutating func array(depth: Int) throws(Failure) -> JSONValue {
    index += 1
    var values: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(values)
    }
    while true {
      skipWhitespace()
      values.append(try value(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw .unexpectedEnd }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { throw .unexpectedCharacter(offset: index) }
      index += 1
      return .array(values)
    }
  }

  private mutating func number() throws(Failure) -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits() -> Int {
      let begin = index
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
      return index - begin
    }
    guard index < bytes.count else { throw .unexpectedEnd }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      throw .invalidNumber(offset: start)
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw .invalidNumber(offset: start) }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits() > 0 else { throw .invalidNumber(offset: start) }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    // Huge numbers become infinity in Double; they are still numbers, never a crash.
    guard let value = Double(text) else { throw .invalidNumber(offset: start) }
    return .number(value)
  }

  private mutating func string() throws(Failure) -> String {
    index += 1  // opening quote
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw .unexpectedCharacter(offset: index) }
      index += 1
    }
    var buffer = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw .unexpectedEnd }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try hex4()
          if (0xD800...0xDBFF).contains(scalar) {
            // A surrogate pair; a lone half becomes U+FFFD.
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
              bytes[index + 1] == UInt8(ascii: "u")
            {
              index += 2
              let low = try hex4()
              if (0xDC00...0xDFFF).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
              } else {
                appendScalar(0xFFFD, to: &buffer)
                scalar = (0xD800...0xDFFF).contains(low) ? 0xFFFD : low
              }
            } else {
              scalar = 0xFFFD
            }
          } else if (0xDC00...0xDFFF).contains(scalar) {
            scalar = 0xFFFD
          }
          appendScalar(scalar, to: &buffer)
        default:
          throw .invalidEscape(offset: index - 2)
        }
      default:
        if byte < 0x20 { throw .unexpectedCharacter(offset: index) }
        buffer.append(byte)
        index += 1
      }
    }
    throw .unexpectedEnd
  }

  private mutating func hex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw .unexpectedEnd }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
      default: throw .invalidEscape(offset: index)
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private func appendScalar(_ value: UInt32, to buffer: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
  }
}
