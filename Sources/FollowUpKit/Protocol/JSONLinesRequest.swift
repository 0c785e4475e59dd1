/// One parsed input line of the JSON-lines protocol: a message for a session, or a control
/// event (ping, reset, end), with the bridge's `id` to echo.
///
/// Parsing never throws: a line the protocol cannot use becomes a `Failure` whose message goes
/// back to the bridge as an `{"error": ...}` line, with the session and id when they were read.
struct JSONLinesRequest {
  enum Kind {
    case message(String)
    case ping
    case reset
    case end
  }

  var session: String
  var kind: Kind
  var id: RequestID?

  struct Failure: Error {
    var message: String
    var session: String?
    var id: RequestID?
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
      guard case .string(let string) = field else {
        return .failure(Failure(message: "\"session\" must be a string", id: id))
      }
      guard string.utf8.count <= JSONLinesServer.maximumSessionIDBytes else {
        return .failure(
          Failure(
            message: "\"session\" must be at most \(JSONLinesServer.maximumSessionIDBytes) bytes",
            id: id))
      }
      // Invalid UTF-8 and lone surrogates are read as U+FFFD: distinct ids would become one
      // session, so an id holding it is refused rather than merged.
      guard !string.unicodeScalars.contains("\u{FFFD}") else {
        return .failure(
          Failure(
            message:
              "\"session\" must be valid Unicode: it holds invalid UTF-8, a lone surrogate or U+FFFD",
            id: id))
      }
      session = string
      sessionGiven = true
    }
    if let event = value["event"] {
      guard case .string(let name) = event else {
        return .failure(
          Failure(
            message: "\"event\" must be a string: ping, reset or end",
            session: sessionGiven ? session : nil, id: id))
      }
      switch name {
      case "ping": return .success(JSONLinesRequest(session: session, kind: .ping, id: id))
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
              "unknown event \"\(MessageText.displayable(String(name.prefix(40))))\": use ping, reset or end",
            session: sessionGiven ? session : nil, id: id))
      }
    }
    guard let field = value["text"] else {
      return .failure(
        Failure(
          message: "missing \"text\": the person's message, as a string", session: session, id: id))
    }
    guard case .string(let text) = field else {
      return .failure(Failure(message: "\"text\" must be a string", session: session, id: id))
    }
    return .success(JSONLinesRequest(session: session, kind: .message(text), id: id))
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
