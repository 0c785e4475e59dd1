import Foundation

/// The file name for a session's saved state, derived so that no session id can escape the
/// state folder or collide with another.
///
/// Ids are any string up to 256 bytes, typed by strangers: "../../etc/passwd", "CON", "A" and
/// "a". The name is the id's UTF-8 bytes in lower-case hexadecimal (only `0-9a-f`, so no
/// separator, no dot-dot, and case-sensitive ids stay distinct on case-insensitive file systems).
/// Ids over 100 bytes would make names too long for some file systems, so they are named by their
/// SHA-256 instead, and the id inside the file confirms the match.
public enum SessionFileName {
  public static let suffix = ".json"

  public static func name(for session: String) -> String {
    // Swift compares strings by canonical equivalence ("Zoë" typed either way is one id), so
    // the name is made from the canonical composed form, to match.
    let bytes = Array(session.precomposedStringWithCanonicalMapping.utf8)
    if bytes.count <= 100 { return "s-" + hex(bytes) + suffix }
    return "h-" + hex(SHA256.hash(bytes)) + suffix
  }

  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var output = [UInt8]()
    output.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      output.append(digits[Int(byte >> 4)])
      output.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: output, as: UTF8.self)
  }
}
