import Foundation
import Testing

@testable import FollowUpKit

/// An .eml file read back the way a mail client reads it.
struct ParsedMessage {
  /// Header names and decoded values, in order.
  var headers: [(name: String, value: String)]
  /// The raw header block and body, as written.
  var rawHeaders: String
  var rawBody: String
  /// The body after quoted-printable decoding, with CRLF line breaks.
  var body: String

  func value(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// Splits at the first blank line, unfolds and decodes the headers, decodes the body.
  init?(_ eml: String) {
    guard let split = eml.range(of: "\r\n\r\n") else { return nil }
    rawHeaders = String(eml[..<split.lowerBound])
    rawBody = String(eml[split.upperBound...])
    // Unfolding: a CRLF followed by a space or tab continues the line.
    let unfolded = rawHeaders.replacingOccurrences(of: "\r\n ", with: " ")
      .replacingOccurrences(of: "\r\n\t", with: "\t")
    var headers: [(name: String, value: String)] = []
    for line in unfolded.components(separatedBy: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let name = String(line[..<colon])
      let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
      guard let decoded = ParsedMessage.decodeWords(value) else { return nil }
      headers.append((name, decoded))
    }
    self.headers = headers
    guard let body = ParsedMessage.decodeQuotedPrintable(rawBody) else { return nil }
    self.body = body
  }

  /// RFC 2047: `=?UTF-8?B?...?=` words, with the white space between two words dropped.
  static func decodeWords(_ value: String) -> String? {
    guard value.contains("=?") else { return value }
    var bytes: [UInt8] = []
    var rest = Substring(value)
    var previousWasWord = false
    while !rest.isEmpty {
      if rest.hasPrefix("=?") {
        guard let end = rest.dropFirst(2).range(of: "?=") else { return nil }
        let word = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
        let parts = word.split(separator: "?", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].uppercased() == "UTF-8", parts[1].uppercased() == "B",
          let data = Data(base64Encoded: String(parts[2]))
        else { return nil }
        bytes.append(contentsOf: data)
        rest = rest[end.upperBound...]
        previousWasWord = true
      } else {
        let spaces = rest.prefix { $0 == " " || $0 == "\t" }
        let afterSpaces = rest.dropFirst(spaces.count)
        if !spaces.isEmpty, previousWasWord, afterSpaces.hasPrefix("=?") {
          rest = afterSpaces
          continue
        }
        let character = rest.removeFirst()
        bytes.append(contentsOf: Array(String(character).utf8))
        previousWasWord = false
      }
    }
    return String(bytes: bytes, encoding: .utf8)
  }

  /// RFC 2045 quoted-printable: `=XX` bytes and `=` soft line breaks.
  static func decodeQuotedPrintable(_ text: String) -> String? {
    var bytes: [UInt8] = []
    let lines = text.components(separatedBy: "\r\n")
    for (index, line) in lines.enumerated() {
      var characters = Array(line.utf8)
      var soft = false
      if characters.last == UInt8(ascii: "=") {
        soft = true
        characters.removeLast()
      }
      var position = 0
      while position < characters.count {
        if characters[position] == UInt8(ascii: "=") {
          guard position + 2 < characters.count,
            let byte = UInt8(
              String(decoding: characters[(position + 1)...(position + 2)], as: UTF8.self),
              radix: 16)
          else { return nil }
          bytes.append(byte)
          position += 3
        } else {
          bytes.append(characters[position])
          position += 1
        }
      }
      if !soft, index < lines.count - 1 { bytes.append(contentsOf: [13, 10]) }
    }
    return String(bytes: bytes, encoding: .utf8)
  }
}

/// Decodes `%XX` escapes; nil for a malformed escape or bytes that are not UTF-8.
func percentDecoded(_ text: Substring) -> String? {
  var bytes: [UInt8] = []
  var index = text.startIndex
  while index < text.endIndex {
    if text[index] == "%" {
      guard let end = text.index(index, offsetBy: 3, limitedBy: text.endIndex),
        let byte = UInt8(text[text.index(after: index)..<end], radix: 16)
      else { return nil }
      bytes.append(byte)
      index = end
    } else {
      bytes.append(contentsOf: Array(String(text[index]).utf8))
      index = text.index(after: index)
    }
  }
  return String(bytes: bytes, encoding: .utf8)
}

@Suite("Exports: .eml drafts, mailto links and addresses")
struct ExporterTests {
  static func note(subject: String?, body: [String], channel: Channel = .email) -> Note {
    Note(
      channel: channel, subject: subject,
      paragraphs: [
        [Note.Line(part: .greeting, text: "Dear Priya,")],
        body.map { Note.Line(part: .topic, text: $0) },
        [
          Note.Line(part: .signOff, text: "Best regards,"),
          Note.Line(part: .signOff, text: "Jordan"),
        ],
      ])
  }

  /// Every email the rules table composes, and notes written to stress the encoders.
  static var notes: [Note] {
    let composed = NoteRulesTests.requests.map { NoteComposer.compose($0.request) }.filter {
      $0.channel == .email
    }
    let long = String(repeating: "A sentence with plain words that runs on and on. ", count: 12)
    return composed + [
      note(subject: "Thank you, Zoë", body: ["Merci pour le café à Lumière — à bientôt."]),
      note(subject: "Café Lumière: merci", body: ["Thank you, Zoë."]),
      note(subject: "王芳，谢谢您的时间", body: ["谢谢您昨天抽出时间和我交流。"]),
      note(subject: "Thanks 🎉👩🏽‍💻 for the tour", body: ["Tabs\tand = signs = and trailing space "]),
      note(subject: "=?UTF-8?B?SGk=?= is not a word I wrote", body: ["=41 stays =41."]),
      note(
        subject: Array(repeating: "Long subject", count: 12).joined(separator: " "), body: [long]),
      note(
        subject: Array(repeating: "Überlänge", count: 20).joined(separator: " "), body: [long + "é"]
      ),
      note(subject: "e" + String(repeating: "\u{301}", count: 40), body: ["Zalgo."]),
    ]
  }

  @Test("an .eml parses back to the note: subject, To, MIME headers, body")
  func roundTrip() throws {
    for note in Self.notes {
      let eml = Exporter.eml(note, to: "priya.shah+jobs@northgate-foods.example")
      let message = try #require(ParsedMessage(eml), "unparseable:\n\(eml)")
      #expect(message.value("Subject") == note.subject, "\(message.rawHeaders)")
      #expect(message.value("To") == "priya.shah+jobs@northgate-foods.example")
      #expect(message.value("MIME-Version") == "1.0")
      #expect(message.value("Content-Type") == "text/plain; charset=UTF-8")
      #expect(message.value("Content-Transfer-Encoding") == "quoted-printable")
      #expect(message.value("X-Unsent") == "1")
      #expect(
        message.headers.map(\.name)
          == [
            "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
            "X-Unsent",
          ])
      let body = message.body.replacingOccurrences(of: "\r\n", with: "\n")
      #expect(body == note.body + "\n", "\(message.rawBody)")
    }
  }

  @Test("CRLF everywhere, no line over 998 octets, QP lines at most 76, encoded words at most 75")
  func lineRules() throws {
    for note in Self.notes {
      let eml = Exporter.eml(note)
      let scalars = Array(eml.unicodeScalars)
      for (index, scalar) in scalars.enumerated() {
        if scalar == "\n" { #expect(index > 0 && scalars[index - 1] == "\r", "bare LF") }
        if scalar == "\r" { #expect(index + 1 < scalars.count && scalars[index + 1] == "\n") }
      }
      #expect(eml.unicodeScalars.allSatisfy { $0.isASCII }, "an .eml is 7-bit")
      let message = try #require(ParsedMessage(eml))
      for line in eml.components(separatedBy: "\r\n") {
        #expect(line.utf8.count <= 998)
      }
      for line in message.rawBody.components(separatedBy: "\r\n") {
        #expect(line.utf8.count <= 76, "\(line)")
        #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"), "trailing white space: \(line)")
      }
      for word in message.rawHeaders.split(whereSeparator: { $0 == " " || $0 == "\r\n" })
      where word.hasPrefix("=?") {
        #expect(word.count <= 75, "\(word)")
      }
      #expect(message.rawBody.hasSuffix("\r\n"))
    }
  }

  static let hostile = [
    "Thanks\r\nBcc: everyone@example.com", "Thanks\nX-Injected: 1", "Thanks\rBcc: a@b.c",
    "Thanks\r\n\r\nA body of my own", "Null\u{0}byte", "Escape \u{1B}[31mred", "Delete\u{7F}",
    "Next line\u{85}Bcc: a@b.c", "Line\u{2028}Bcc: a@b.c", "Para\u{2029}X-Injected: 1",
    "Zoë\r\nBcc: everyone@example.com", "Tab\tand vertical\u{0B}tab\u{0C}",
  ]

  @Test("a subject with line breaks or control characters never adds a header", arguments: hostile)
  func hostileSubject(_ subject: String) throws {
    let note = Self.note(subject: subject, body: ["Thank you for your time."])
    let eml = Exporter.eml(note, to: "priya@example.com")
    let message = try #require(ParsedMessage(eml))
    #expect(
      message.headers.map(\.name)
        == [
          "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
          "X-Unsent",
        ])
    let decoded = try #require(message.value("Subject"))
    #expect(
      !decoded.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(!decoded.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
    #expect(decoded == Exporter.flattened(subject))
    #expect(message.body.replacingOccurrences(of: "\r\n", with: "\n") == note.body + "\n")
  }

  @Test("an address that is not one is left out of the headers and the link", arguments: hostile)
  func hostileAddress(_ junk: String) throws {
    let address = "priya@example.com" + junk
    let note = Self.note(subject: "Thank you", body: ["Thank you for your time."])
    let message = try #require(ParsedMessage(Exporter.eml(note, to: address)))
    #expect(message.value("To") == nil)
    #expect(message.headers.count == 5)
    #expect(Exporter.mailto(note, to: address).hasPrefix("mailto:?"))
  }

  @Test(
    "non-ASCII subjects round-trip",
    arguments: ["Thank you, Zoë", "Café Lumière", "王芳", "Merci, Élodie — à bientôt 🎉"])
  func nonASCII(_ subject: String) throws {
    let note = Self.note(subject: subject, body: ["Merci, Zoë, pour le café."])
    let message = try #require(ParsedMessage(Exporter.eml(note)))
    #expect(message.value("Subject") == subject)
    #expect(message.rawHeaders.contains("=?UTF-8?B?"))
    let link = Exporter.mailto(note)
    let fields = try Self.mailtoFields(link)
    #expect(fields["subject"] == subject)
  }

  /// The query fields of a mailto link, percent-decoded.
  static func mailtoFields(_ link: String) throws -> [String: String] {
    let query = try #require(link.split(separator: "?", maxSplits: 1).last)
    var fields: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      try #require(parts.count == 2, "\(pair)")
      let value = try #require(percentDecoded(parts[1]), "\(pair)")
      fields[String(parts[0])] = value
    }
    return fields
  }

  @Test("a mailto link decodes to the subject and body, with CRLF line breaks")
  func mailto() throws {
    for note in Self.notes {
      let link = Exporter.mailto(note, to: "priya.shah+jobs@northgate-foods.example")
      #expect(link.hasPrefix("mailto:priya.shah%2Bjobs@northgate-foods.example?"))
      let fields = try Self.mailtoFields(link)
      #expect(Set(fields.keys) == ["subject", "body"])
      #expect(fields["subject"] == note.subject)
      let body = try #require(fields["body"])
      #expect(body == note.body.replacingOccurrences(of: "\n", with: "\r\n"))
      #expect(!body.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
      // Only unreserved characters, percent escapes, and the delimiters of the link.
      let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
      let delimiters = Set("@:?=&")
      var index = link.startIndex
      while index < link.endIndex {
        let character = link[index]
        if character == "%" {
          let end = link.index(index, offsetBy: 3, limitedBy: link.endIndex) ?? link.endIndex
          let hex = link[link.index(after: index)..<end]
          #expect(hex.count == 2 && hex.allSatisfy(\.isHexDigit), "bad escape in \(link)")
          index = end
          continue
        }
        #expect(
          unreserved.contains(character) || delimiters.contains(character),
          "\(character) in \(link)")
        index = link.index(after: index)
      }
      // The delimiters appear only as delimiters: one "?", one "=" per field, one "&".
      #expect(link.filter { $0 == "?" }.count == 1)
      #expect(link.filter { $0 == "&" }.count == 1)
      #expect(link.filter { $0 == "=" }.count == 2)
    }
  }

  @Test("a note without a subject links with a body alone, and is not an email draft")
  func linkedInExport() throws {
    let note = Self.note(subject: nil, body: ["Thank you for your time."], channel: .linkedin)
    let export = Exporter.export(note, to: "priya@example.com")
    #expect(export.eml == nil && export.mailto == nil)
    #expect(export.text == note.body + "\n")
    let fields = try Self.mailtoFields(Exporter.mailto(note))
    #expect(Set(fields.keys) == ["body"])
    let email = Self.note(subject: "Thank you", body: ["Thanks."])
    #expect(Exporter.text(email) == "Subject: Thank you\n\n" + email.body + "\n")
  }

  @Test(
    "EmailAddress.isValid refuses injection and malformed addresses",
    arguments: [
      "priya@example.com\r\nBcc: evil@example.com", "priya@example.com\nBcc: evil@example.com",
      "priya@example.com\r", "priya@example.com, evil@example.com", "<priya@example.com>",
      "Priya Shah <priya@example.com>", "priya@exa mple.com", "pri ya@example.com",
      "priya@@example.com", "priya@example", "priya@.example.com", "priya@example.com.",
      "priya@example..com", ".priya@example.com", "priya.@example.com", "pri..ya@example.com",
      "priya@-example.com", "priya@example-.com", "priya\u{0}@example.com",
      "priya@example.com\u{0}", "\"priya\"@example.com", "priyа@example.com", "prîya@example.com",
      "priya@exämple.com", "priya@example.com%0D%0ABcc:evil@example.com", "@example.com",
      "priya@", "", "priya", String(repeating: "a", count: 65) + "@example.com",
      "priya@" + String(repeating: "a", count: 64) + ".com",
      "a@" + String(repeating: "b", count: 250) + ".com",
    ])
  func invalidAddress(_ address: String) {
    #expect(!EmailAddress.isValid(address))
  }

  @Test(
    "EmailAddress.isValid accepts ordinary addresses",
    arguments: [
      "priya@example.com", "priya.shah@northgate-foods.co.uk", "priya.shah+jobs@example.com",
      "o'brien@example.ie", "p_shah-99@mail.example.org", "x@y.io",
    ])
  func validAddress(_ address: String) {
    #expect(EmailAddress.isValid(address))
  }
}
