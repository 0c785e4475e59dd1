/// One parsed input line of the JSON-lines protocol: a message for a session, or a control
/// event (ping, start, reset, end, rename), with the bridge's `id` to echo.
///
/// Parsing never throws: a line the protocol cannot use becomes a `Failure` whose message goes
/// back to the bridge as an `{"error": ...}` line, with the session and id when they were read.
struct JSONLinesRequest {
  enum Kind {
    case message(String)
    case ping
    case reset
    case end
    /// `{"event": "rename", "session": A, "to": B}`: the session moves to a new id.
    case rename(to: String)
    /// `{"event": "start", "session": S, "occasion": "check-in"}`: S starts afresh in an
    /// occasion (issue 14), with `"round"` for a later round ("offer", "final interview").
    case start(Occasion, round: LaterRound?)
  }

  var session: String
  var kind: Kind
  var id: RequestID?
  /// The message came as a `"lines"` array: a multi-line message complete in itself, which
  /// also ends a note being collected.
  var lines: [String]?
  /// `"continued": true`: the bridge says the message goes on in the next one (a client split
  /// a long line), so it waits for the rest instead of being read on its own.
  var continued = false

  struct Failure: Error {
    var message: String
    var session: String?
    var id: RequestID?

    /// A reason alone, before the line's session and id are known.
    struct Message: Error {
      var text: String
      init(_ text: String) { self.text = text }
    }
  }

  static let example = "{\"session\": \"a\", \"text\": \"hi\"}"

  static func parse(_ line: String) -> Result<JSONLinesRequest, Failure> {
    guard line.utf8.count <= JSONLinesServer.maximumLineBytes else {
      return .failure(
        Failure(message: "line too long: at most \(JSONLinesServer.maximumLineBytes) bytes"))
    }
    // A bridge waiting for one line per line must get one for a blank line too.
    if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
      return .failure(
        Failure(message: "empty line: each line must be a JSON object such as \(example)"))
    }
    let value: JSONValue
    let members: [String: ArraySlice<UInt8>]
    do {
      (value, members) = try JSONParser.parseLine(bytes: Array(line.utf8))
    } catch {
      return .failure(Failure(message: "not valid JSON: \(error.description)"))
    }
    guard case .object = value else {
      return .failure(Failure(message: "each line must be a JSON object such as \(example)"))
    }
    var id: RequestID?
    if let raw = members["id"] {
      do {
        id = try RequestID(raw: raw)
      } catch {
        return .failure(Failure(message: error.description))
      }
    }
    var session = "default"
    var sessionGiven = false
    if let field = value["session"] {
      switch sessionID(field, name: "session") {
      case .failure(let message): return .failure(Failure(message: message.text, id: id))
      case .success(let string):
        session = string
        sessionGiven = true
      }
    }
    if let event = value["event"] {
      guard case .string(let name) = event else {
        return .failure(
          Failure(
            message: "\"event\" must be a string: ping, start, reset, end or rename",
            session: sessionGiven ? session : nil, id: id))
      }
      switch name {
      case "ping": return .success(JSONLinesRequest(session: session, kind: .ping, id: id))
      case "rename":
        guard sessionGiven, let to = value["to"] else {
          return .failure(
            Failure(
              message: "\"rename\" needs a \"session\" and a \"to\"",
              session: sessionGiven ? session : nil, id: id))
        }
        switch sessionID(to, name: "to") {
        case .failure(let message):
          return .failure(Failure(message: message.text, session: session, id: id))
        case .success(let target):
          return .success(JSONLinesRequest(session: session, kind: .rename(to: target), id: id))
        }
      case "start":
        return startEvent(value, session: sessionGiven ? session : nil, id: id)
      case "reset", "end":
        guard sessionGiven else {
          return .failure(Failure(message: "\"\(name)\" needs a \"session\"", id: id))
        }
        return .success(
          JSONLinesRequest(session: session, kind: name == "reset" ? .reset : .end, id: id))
      default:
        return .failure(
          Failure(
            message:
              "unknown event \"\(MessageText.displayable(String(name.prefix(40))))\": use ping, start, reset, end or rename",
            session: sessionGiven ? session : nil, id: id))
      }
    }
    var continued = false
    if let flag = value["continued"] {
      guard case .bool(let value) = flag else {
        return .failure(
          Failure(message: "\"continued\" must be true or false", session: session, id: id))
      }
      continued = value
    }
    if let field = value["lines"] {
      guard case .array(let values) = field, !values.isEmpty else {
        return .failure(
          Failure(
            message: "\"lines\" must be a non-empty array of strings", session: session, id: id))
      }
      var lines: [String] = []
      for value in values {
        guard case .string(let line) = value else {
          return .failure(
            Failure(
              message: "\"lines\" must be a non-empty array of strings", session: session, id: id)
          )
        }
        lines.append(line)
      }
      var request = JSONLinesRequest(
        session: session, kind: .message(lines.joined(separator: "\n")), id: id)
      request.lines = lines
      request.continued = continued
      return .success(request)
    }
    guard let field = value["text"] else {
      return .failure(
        Failure(
          message: "missing \"text\": the person's message, as a string", session: session, id: id))
    }
    guard case .string(let text) = field else {
      return .failure(Failure(message: "\"text\" must be a string", session: session, id: id))
    }
    var request = JSONLinesRequest(session: session, kind: .message(text), id: id)
    request.continued = continued
    return .success(request)
  }

  /// A session id as the protocol accepts it, in `session` or in a rename's `to`.
  static func sessionID(_ field: JSONValue, name: String) -> Result<String, Failure.Message> {
    guard case .string(let string) = field else {
      return .failure(Failure.Message("\"\(name)\" must be a string"))
    }
    guard string.utf8.count <= JSONLinesServer.maximumSessionIDBytes else {
      return .failure(
        Failure.Message(
          "\"\(name)\" must be at most \(JSONLinesServer.maximumSessionIDBytes) bytes"))
    }
    // Invalid UTF-8 and lone surrogates are read as U+FFFD: distinct ids would become one
    // session, so an id holding it is refused rather than merged.
    guard !string.unicodeScalars.contains("\u{FFFD}") else {
      return .failure(
        Failure.Message(
          "\"\(name)\" must be valid Unicode: it holds invalid UTF-8, a lone surrogate or U+FFFD"
        ))
    }
    return .success(string)
  }

  static func errorLine(_ message: String, session: String?, id: RequestID?) -> String {
    var pairs: [(String, JSONValue)] = [("error", .string(message))]
    if let session { pairs.append(("session", .string(session))) }
    return line(pairs, id: id)
  }

  /// An output line: the members, then the id exactly as it arrived.
  static func line(_ pairs: [(String, JSONValue)], id: RequestID?) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    JSONWriter.write(.object(pairs), to: &output)
    if let id {
      output.removeLast()  // the closing brace
      if !pairs.isEmpty { output.append(UInt8(ascii: ",")) }
      output.append(contentsOf: Array("\"id\":".utf8))
      output.append(contentsOf: Array(id.json.utf8))
      output.append(UInt8(ascii: "}"))
    }
    return String(decoding: output, as: UTF8.self)
  }
}
