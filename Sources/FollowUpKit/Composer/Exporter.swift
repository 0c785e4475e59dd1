/// Turns a note into the forms it leaves FollowUp in: plain text, an .eml draft, a mailto link.
///
/// The .eml file follows RFC 5322 with MIME (RFC 2045): CRLF line endings, a UTF-8 body in
/// quoted-printable (so no line exceeds 76 characters and any mail client reads it), non-ASCII
/// headers encoded as RFC 2047 words, and `X-Unsent: 1` so mail clients open it as a draft.
/// Header values never contain CR or LF: a name cannot inject a header. The mailto link follows
/// RFC 6068 and percent-encodes everything but unreserved characters.
public enum Exporter {
  /// Everything at once, for drivers that return exports rather than write files.
  public static func export(_ note: Note, to address: String? = nil) -> Export {
    Export(
      text: text(note),
      eml: note.channel == .email ? eml(note, to: address) : nil,
      mailto: note.channel == .email ? mailto(note, to: address) : nil)
  }

  /// Subject line (for email), a blank line, the body, and a final newline.
  public static func text(_ note: Note) -> String {
    var text = ""
    if let subject = note.subject { text += "Subject: \(subject)\n\n" }
    return text + note.body + "\n"
  }

  /// The file contents for a `save` to `path`: an .eml message for `.eml`, plain text otherwise.
  static func contents(for path: String, note: Note, request: NoteRequest?, address: String? = nil)
    -> String
  {
    path.lowercased().hasSuffix(".eml") ? eml(note, to: address) : text(note)
  }

  // MARK: - RFC 5322

  public static func eml(_ note: Note, to address: String? = nil) -> String {
    var headers: [String] = []
    if let address, EmailAddress.isValid(address) { headers.append("To: " + address) }
    headers.append(header("Subject", note.subject ?? "Thank you"))
    headers.append("MIME-Version: 1.0")
    headers.append("Content-Type: text/plain; charset=UTF-8")
    headers.append("Content-Transfer-Encoding: quoted-printable")
    headers.append("X-Unsent: 1")
    let body = quotedPrintable(note.body + "\n")
    return headers.joined(separator: "\r\n") + "\r\n\r\n" + body
  }

  /// A header line, its value made safe: line breaks become spaces, non-ASCII becomes RFC 2047
  /// encoded words, long values fold onto continuation lines.
  static func header(_ name: String, _ value: String) -> String {
    let flat = flattened(value)
    if flat.isEmpty { return "\(name):" }
    if flat.unicodeScalars.allSatisfy({ $0.isASCII }) && flat.count + name.count + 2 <= 78
      && !flat.contains("=?")
    {
      return "\(name): \(flat)"
    }
    // Encoded words of at most 75 characters: chunks of whole characters, each base64'd. A
    // character too big for one word (a letter with dozens of combining marks) is split between
    // its scalars, so every word is still whole UTF-8.
    let capacity = (75 - 12) / 4 * 3
    var words: [String] = []
    var chunk: [UInt8] = []
    func add(_ bytes: [UInt8]) {
      if chunk.count + bytes.count > capacity, !chunk.isEmpty {
        words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=")
        chunk = []
      }
      chunk.append(contentsOf: bytes)
    }
    for character in flat {
      let bytes = Array(String(character).utf8)
      if bytes.count <= capacity {
        add(bytes)
      } else {
        for scalar in character.unicodeScalars { add(Array(String(scalar).utf8)) }
      }
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=") }
    return "\(name): " + words.joined(separator: "\r\n ")
  }

  /// A header value on one line: every control character, and the Unicode line and paragraph
  /// separators, become spaces, and none is left at either end (where a reader would drop it).
  static func flattened(_ value: String) -> String {
    String(
      String.UnicodeScalarView(
        value.unicodeScalars.map { scalar in
          let breaks =
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029
          return breaks ? " " : scalar
        })
    ).trimming(" ")
  }

  /// Quoted-printable (RFC 2045 section 6.7) with CRLF line breaks and soft breaks at 76.
  static func quotedPrintable(_ text: String) -> String {
    var output = ""
    let lines = text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      var current = ""
      let bytes = Array(line.utf8)
      for (offset, byte) in bytes.enumerated() {
        var piece: String
        let isLast = offset == bytes.count - 1
        if (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !isLast) {
          piece = String(UnicodeScalar(byte))
        } else {
          piece = "=" + hex(byte)
        }
        if current.count + piece.count > 75 {
          output += current + "=\r\n"
          current = ""
        }
        current += piece
      }
      output += current
      if index < lines.count - 1 { output += "\r\n" }
    }
    return output
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }

  // MARK: - RFC 6068

  public static func mailto(_ note: Note, to address: String? = nil) -> String {
    var link = "mailto:"
    if let address, EmailAddress.isValid(address) { link += percentEncoded(address, keeping: "@") }
    var fields: [String] = []
    if let subject = note.subject { fields.append("subject=" + percentEncoded(subject)) }
    fields.append(
      "body="
        + percentEncoded(
          note.body.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\r\n")))
    return link + "?" + fields.joined(separator: "&")
  }

  /// Percent-encodes every byte except RFC 3986's unreserved characters (and `keeping`).
  static func percentEncoded(_ text: String, keeping: String = "") -> String {
    let kept = Set(keeping.utf8)
    var output = ""
    for byte in text.utf8 {
      let unreserved =
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39)
        || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
      if unreserved || kept.contains(byte) {
        output.append(Character(UnicodeScalar(byte)))
      } else {
        output += "%" + hex(byte)
      }
    }
    return output
  }
}

/// Checks an email address's shape: enough to refuse header injection and obvious typos, not a
/// full RFC 5321 parser.
public enum EmailAddress {
  public static func isValid(_ text: String) -> Bool {
    guard text.utf8.count <= 254, !text.isEmpty else { return false }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
      local.utf8.count <= 64, !domain.isEmpty, domain.contains(".")
    else { return false }
    // A dot-atom: no dot at either end of the local part, and none doubled.
    guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
    // Labels of letters, digits and inner hyphens, each 1 to 63 long.
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard
      labels.allSatisfy({
        !$0.isEmpty && $0.utf8.count <= 63 && !$0.hasPrefix("-") && !$0.hasSuffix("-")
      })
    else { return false }
    let allowedLocal = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
    let allowedDomain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
    return local.allSatisfy(allowedLocal.contains) && domain.allSatisfy(allowedDomain.contains)
  }

  /// The first email address in a message, if any.
  static func find(in text: String) -> String? {
    // An address holds "@": without its byte the words are not split and compared at all.
    guard text.utf8.contains(0x40) else { return nil }
    for word in text.split(whereSeparator: {
      $0 == " " || $0 == "\n" || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">"
    }) {
      let candidate = String(word).trimming(".:()[]\"'")
      if candidate.contains("@"), isValid(candidate) { return candidate }
    }
    return nil
  }
}

/// Base64 (RFC 4648), for RFC 2047 encoded words.
enum Base64 {
  static func encode(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var output = ""
    var index = 0
    while index < bytes.count {
      let b0 = bytes[index]
      let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
      let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
      output.append(alphabet[Int(b0 >> 2)])
      output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
      output.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : "=")
      output.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : "=")
      index += 3
    }
    return output
  }
}

extension String {
  /// CRLF and CR become LF.
  func replacingLineBreaks() -> String {
    var output = ""
    var previousCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        output.append("\n")
        previousCR = true
        continue
      }
      if scalar == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      output.unicodeScalars.append(scalar)
    }
    return output
  }
}
