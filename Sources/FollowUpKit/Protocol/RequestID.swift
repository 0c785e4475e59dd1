/// A bridge's `id`, kept as the JSON text it arrived as and echoed byte for byte.
///
/// A bridge matches replies to requests by their id, so an id must come back exactly as it was
/// sent. Read into a `Double`, 9007199254740993 would come back as 9007199254740992 (and collide
/// with it), 1234567890123456789 as 1.2345678901234568e+18 and 1e999999 as null; kept as text,
/// each comes back as written. Two ids are the same only when their text is the same: `1` and
/// `1.0` are different ids.
///
/// ```swift
/// let id = try RequestID(json: "9007199254740993")
/// id.json  // "9007199254740993"
/// ```
public struct RequestID: Hashable, Sendable {
  /// The longest id accepted, in bytes of JSON text: long enough for any UUID, timestamp or
  /// chat message reference, short enough that a saved session stays small.
  public static let maximumBytes = 256

  /// The id's JSON text, exactly as it arrived.
  public let json: String

  /// Why an id cannot be used.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case tooLong
    /// A raw carriage return, U+2028 or U+2029, which would break the output line for some
    /// readers if echoed.
    case lineBreak
    case notJSON

    public var description: String {
      switch self {
      case .tooLong: return "\"id\" must be at most \(RequestID.maximumBytes) bytes of JSON"
      case .lineBreak:
        return "\"id\" must not hold a raw carriage return, U+2028 or U+2029"
      case .notJSON: return "\"id\" must be one JSON value"
      }
    }
  }

  /// An id from the raw bytes of a JSON value, as a line's parser found them.
  init(raw: ArraySlice<UInt8>) throws(Failure) {
    guard raw.count <= Self.maximumBytes else { throw .tooLong }
    if raw.contains(0x0D) { throw .lineBreak }
    let text = String(decoding: raw, as: UTF8.self)
    if text.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) {
      throw .lineBreak
    }
    json = text
  }

  /// An id from JSON text, checked as a bridge's would be.
  public init(json: String) throws(Failure) {
    let bytes = Array(json.utf8)
    guard (try? JSONParser.parse(bytes: bytes)) != nil else { throw .notJSON }
    var start = 0
    var end = bytes.count
    while start < end, Self.isSpace(bytes[start]) { start += 1 }
    while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
    try self.init(raw: bytes[start..<end])
  }

  /// An id built from a value (saved sessions of format 2 kept ids as values, not text), or nil
  /// when its JSON is too long.
  public init?(_ value: JSONValue) {
    let text = JSONWriter.string(value)
    guard text.utf8.count <= Self.maximumBytes else { return nil }
    json = text
  }

  /// The id as a value, for reading it rather than echoing it.
  public var value: JSONValue? { try? JSONParser.parse(json) }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
