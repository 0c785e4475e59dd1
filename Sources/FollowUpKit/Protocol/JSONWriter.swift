/// Writes a `JSONValue` as compact JSON text on one line.
///
/// Non-ASCII text is written as UTF-8, not escaped; control characters, and U+2028 and U+2029
/// (which break JavaScript readers), are escaped. Numbers that are whole are written without a
/// fraction; non-finite numbers, which JSON cannot carry, are written as `null`.
public enum JSONWriter {
  public static func string(_ value: JSONValue) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    write(value, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  public static func write(_ value: JSONValue, to output: inout [UInt8]) {
    switch value {
    case .null:
      output.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    case .bool(let flag):
      output.append(contentsOf: flag ? Array("true".utf8) : Array("false".utf8))
    case .number(let number):
      writeNumber(number, to: &output)
    case .string(let text):
      writeString(text, to: &output)
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (offset, element) in values.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        write(element, to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let pairs):
      output.append(UInt8(ascii: "{"))
      for (offset, pair) in pairs.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        writeString(pair.0, to: &output)
        output.append(UInt8(ascii: ":"))
        write(pair.1, to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  static func writeNumber(_ number: Double, to output: inout [UInt8]) {
    guard number.isFinite else {
      output.append(contentsOf: Array("null".utf8))
      return
    }
    if number == number.rounded(.towardZero), abs(number) < 1e15 {
      output.append(contentsOf: Array(String(Int64(number)).utf8))
    } else {
      output.append(contentsOf: Array(String(number).utf8))
    }
  }

  static func writeString(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var utf8 = text.utf8.makeIterator()
    var pending: [UInt8] = []
    while let byte = utf8.next() {
      switch byte {
      case 0x22: output.append(contentsOf: [0x5C, 0x22])
      case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: output.append(contentsOf: [0x5C, 0x72])
      case 0x09: output.append(contentsOf: [0x5C, 0x74])
      case 0x00..<0x20, 0x7F:
        output.append(contentsOf: Array("\\u00".utf8))
        output.append(hexDigit(byte >> 4))
        output.append(hexDigit(byte & 0x0F))
      case 0xE2:
        // U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
        pending = [byte]
        if let second = utf8.next() {
          pending.append(second)
          if let third = utf8.next() {
            pending.append(third)
          }
        }
        if pending.count == 3, pending[1] == 0x80, pending[2] == 0xA8 || pending[2] == 0xA9 {
          output.append(contentsOf: Array((pending[2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
        } else {
          output.append(contentsOf: pending)
        }
      default:
        output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x61 + value - 10
  }
}
