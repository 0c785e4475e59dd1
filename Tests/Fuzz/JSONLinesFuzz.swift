@testable import FollowUpKit

// Fuzz target: the JSON-lines server, one input line at a time, sessions kept across lines.
//
// Inputs of odd length run on a server with a store in memory, at most two sessions held and
// replies split into parts of 120 characters; the others on a plain server. Every input line
// gets exactly one output line: valid JSON (read back with FollowUp's own parser), an object,
// with no raw line break (nor U+2028, U+2029), holding an "error", a "pong", "end" or "rename"
// event, or a "reply" and a known "stage", the reply empty only on a line collected into a
// pasted note ("collecting") or held for its continuation ("continued"); "parts", when present, are at most 120 characters and hold the
// whole reply. Every input line that parses as JSON is written back by `JSONWriter` and parses
// again to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let limited = size % 2 == 1
  var server =
    limited
    ? JSONLinesServer(
      store: MemorySessionStore(),
      options: JSONLinesServer.Options(maximumSessions: 2, maximumReplyCharacters: 120))
    : JSONLinesServer()
  for line in fuzzBytes(data, size).split(separator: 0x0A, omittingEmptySubsequences: false) {
    let input = String(decoding: line, as: UTF8.self)
    checkCodecRoundTrip(input)
    let output = server.handle(input, today: fuzzToday)
    check(!output.utf8.contains(0x0A), "raw line feed in output \(output.debugDescription)")
    check(!output.utf8.contains(0x0D), "raw carriage return in output \(output.debugDescription)")
    check(
      !output.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" },
      "raw U+2028 or U+2029 in output \(output.debugDescription)")
    let value: JSONValue
    do {
      value = try JSONParser.parse(output)
    } catch {
      fatalError("fuzz invariant: output is not valid JSON (\(error)): \(output.debugDescription)")
    }
    guard case .object = value else {
      fatalError("fuzz invariant: output is not an object: \(output.debugDescription)")
    }
    if value["error"] != nil {
      check(value["error"]?.stringValue?.isEmpty == false, "empty error in \(output)")
      continue
    }
    if let event = value["event"]?.stringValue, ["pong", "end", "rename"].contains(event) {
      continue
    }
    guard let reply = value["reply"]?.stringValue, let stage = value["stage"]?.stringValue else {
      fatalError("fuzz invariant: no reply or stage in \(output.debugDescription)")
    }
    let waiting = value["collecting"] == .bool(true) || value["continued"] == .bool(true)
    check(!reply.isEmpty || waiting, "empty reply in \(output.debugDescription)")
    check(Stage(rawValue: stage) != nil, "unknown stage in \(output.debugDescription)")
    if limited {
      guard case .array(let values) = value["parts"] else {
        fatalError("fuzz invariant: no parts in \(output.debugDescription)")
      }
      let parts = values.compactMap(\.stringValue)
      check(parts.count == values.count, "a part that is not a string")
      check(parts.allSatisfy { $0.count <= 120 }, "a part over 120 characters")
      check(
        visible(parts.joined(separator: "\n")) == visible(reply),
        "the parts do not hold the whole reply: \(output.debugDescription)")
    }
  }
  return 0
}

/// The text without the spaces and line breaks a split may move.
private func visible(_ text: String) -> [Unicode.Scalar] {
  text.unicodeScalars.filter { $0 != " " && $0 != "\n" }
}

/// JSON the parser reads, the writer writes back to the same value. The one documented loss: a
/// number too large for a Double is infinity, which JSON cannot carry and is written as null.
private func checkCodecRoundTrip(_ line: String) {
  guard let value = try? JSONParser.parse(line) else { return }
  let written = JSONWriter.string(value)
  let reread: JSONValue
  do {
    reread = try JSONParser.parse(written)
  } catch {
    fatalError("fuzz invariant: written JSON does not parse (\(error)): \(written)")
  }
  check(
    reread == finite(value),
    "JSON changed in a round trip: \(line.debugDescription) became \(written.debugDescription)")
}

/// The value with every non-finite number replaced by null.
private func finite(_ value: JSONValue) -> JSONValue {
  switch value {
  case .number(let number) where !number.isFinite: return .null
  case .array(let values): return .array(values.map(finite))
  case .object(let pairs): return .object(pairs.map { ($0.0, finite($0.1)) })
  default: return value
  }
}
