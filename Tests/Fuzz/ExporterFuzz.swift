@testable import FollowUpKit

// Fuzz target: the .eml and mailto exports, read back.
//
// The input, split on 0x00, is a subject, the note's lines and (from three pieces on) an address.
// The .eml has only CRLF line breaks, only the headers it means to write (a value can never start
// a header of its own), ASCII throughout, body lines of at most 76 characters and not ending in
// white space; its subject and body decode (RFC 2047, quoted-printable) to the note's own. The
// mailto link holds only unreserved characters and escapes, and its fields decode to the note's
// subject and body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let pieces = fuzzBytes(data, size).split(
    separator: 0, maxSplits: Int.max, omittingEmptySubsequences: false
  ).map { String(decoding: $0, as: UTF8.self) }
  let subject = pieces.first.flatMap { $0.isEmpty ? nil : $0 }
  let address = pieces.count >= 3 ? pieces.last : nil
  let lines = pieces.dropFirst().prefix(max(1, pieces.count - 2)).map {
    Note.Line(part: .topic, text: $0)
  }
  let note = Note(
    channel: .email, subject: subject,
    paragraphs: [[Note.Line(part: .greeting, text: "Dear Sam,")], Array(lines)])
  checkEML(Exporter.eml(note, to: address), note)
  checkMailto(Exporter.mailto(note, to: address), note)
  return 0
}

private func checkEML(_ eml: String, _ note: Note) {
  let scalars = Array(eml.unicodeScalars)
  for (index, scalar) in scalars.enumerated() {
    if scalar == "\r" { check(index + 1 < scalars.count && scalars[index + 1] == "\n", "bare CR") }
    if scalar == "\n" { check(index > 0 && scalars[index - 1] == "\r", "bare LF") }
    check(scalar.isASCII, "non-ASCII in the .eml: \(eml.debugDescription)")
  }
  let lines = eml.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
  guard let blank = lines.firstIndex(of: "") else {
    fatalError("fuzz invariant: no blank line after the headers: \(eml.debugDescription)")
  }
  let names: Set<String> = [
    "To", "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Unsent",
  ]
  var subject: [String] = []
  var current = ""
  for line in lines[..<blank] {
    check(line.utf8.count <= 998, "a header line over 998 bytes")
    if line.hasPrefix(" ") {
      if current == "Subject" { subject.append(String(line.dropFirst())) }
      continue
    }
    guard let colon = line.firstIndex(of: ":"), names.contains(String(line[..<colon])) else {
      fatalError("fuzz invariant: an unexpected header line \(line.debugDescription) in \(eml)")
    }
    current = String(line[..<colon])
    if current == "Subject" { subject.append(String(line[colon...].dropFirst()).trimming(" ")) }
  }
  check(
    decodeHeader(subject) == Exporter.flattened(note.subject ?? "Thank you"),
    "the subject does not decode back: \(subject) for \((note.subject ?? "").debugDescription)")
  let body = lines[(blank + 1)...]
  check(body.allSatisfy { $0.count <= 76 }, "a body line over 76 characters")
  check(
    !body.contains { $0.hasSuffix(" ") || $0.hasSuffix("\t") }, "a body line ends in white space")
  check(
    decodeQuotedPrintable(Array(body)) == Array((note.body + "\n").replacingLineBreaks().utf8),
    "the body does not decode back: \(note.body.debugDescription)")
}

/// RFC 2047: the encoded words' bytes joined; plain values as they are.
private func decodeHeader(_ parts: [String]) -> String {
  guard parts.first?.hasPrefix("=?UTF-8?B?") == true else { return parts.joined(separator: " ") }
  var bytes: [UInt8] = []
  for word in parts.flatMap({ $0.split(separator: " ") }) {
    check(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="), "not an encoded word: \(word)")
    check(word.count <= 75, "an encoded word over 75 characters: \(word)")
    let decoded = decodeBase64(word.dropFirst(10).dropLast(2))
    check(String(validating: decoded, as: UTF8.self) != nil, "an encoded word splits a character")
    bytes += decoded
  }
  return String(decoding: bytes, as: UTF8.self)
}

private func decodeBase64(_ text: Substring) -> [UInt8] {
  let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  var bits = 0
  var count = 0
  var bytes: [UInt8] = []
  for byte in text.utf8 where byte != UInt8(ascii: "=") {
    guard let value = alphabet.firstIndex(of: byte) else {
      fatalError("fuzz invariant: not base64: \(text)")
    }
    bits = bits << 6 | value
    count += 6
    if count >= 8 {
      count -= 8
      bytes.append(UInt8((bits >> count) & 0xFF))
    }
  }
  return bytes
}

/// RFC 2045 quoted-printable: soft breaks dropped, escapes decoded, hard breaks as LF.
private func decodeQuotedPrintable(_ lines: [String]) -> [UInt8] {
  var bytes: [UInt8] = []
  for (index, line) in lines.enumerated() {
    var text = Array(line.utf8)
    let soft = text.last == UInt8(ascii: "=")
    if soft { text.removeLast() }
    var offset = 0
    while offset < text.count {
      if text[offset] == UInt8(ascii: "="), offset + 2 < text.count,
        let value = UInt8(
          String(decoding: text[(offset + 1)..<(offset + 3)], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        offset += 3
      } else {
        bytes.append(text[offset])
        offset += 1
      }
    }
    if !soft, index < lines.count - 1 { bytes.append(0x0A) }
  }
  return bytes
}

private func checkMailto(_ link: String, _ note: Note) {
  let allowed = Set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%:?=&@".unicodeScalars)
  check(link.unicodeScalars.allSatisfy(allowed.contains), "a raw character in \(link)")
  guard let query = link.split(separator: "?", maxSplits: 1).last else { return }
  var fields: [String: String] = [:]
  for field in query.split(separator: "&") {
    let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
    guard pair.count == 2 else { fatalError("fuzz invariant: a bad field \(field) in \(link)") }
    fields[pair[0]] = String(decoding: percentDecoded(pair[1]), as: UTF8.self)
  }
  check(fields["subject"] == note.subject, "the mailto subject does not decode back")
  let body = note.body.replacingLineBreaks()
    .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
  check(fields["body"] == body, "the mailto body does not decode back")
}

private func percentDecoded(_ text: String) -> [UInt8] {
  let bytes = Array(text.utf8)
  var output: [UInt8] = []
  var offset = 0
  while offset < bytes.count {
    if bytes[offset] == UInt8(ascii: "%"), offset + 2 < bytes.count,
      let value = UInt8(
        String(decoding: bytes[(offset + 1)..<(offset + 3)], as: UTF8.self), radix: 16)
    {
      output.append(value)
      offset += 3
    } else {
      output.append(bytes[offset])
      offset += 1
    }
  }
  return output
}
