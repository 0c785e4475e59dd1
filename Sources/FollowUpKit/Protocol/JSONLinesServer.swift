/// Serves many conversations over JSON lines: one line in, exactly one line out.
///
/// Input lines are `{"session": "<id>", "text": "<message>"}` (`session` defaults to
/// `"default"`). Each gets one output line:
/// `{"session", "reply", "stage", "note", "subject", "topics"}`, plus `"advice"` after a review
/// and `"export"` after an export. A line that is not valid JSON, or has no string `text`, gets
/// `{"error": "..."}` (with `session` when known) and changes no session. Sessions are
/// independent and may interleave in any order.
///
/// The server is pure logic: the driver reads and writes the lines, and passes today's date with
/// each line so a long-running process starts new sessions on the right day.
///
/// ```swift
/// var server = JSONLinesServer()
/// let reply = server.handle(#"{"session": "a", "text": "hi"}"#, today: today)
/// ```
public struct JSONLinesServer {
  /// The longest session id accepted, in UTF-8 bytes.
  public static let maximumSessionIDBytes = 256
  /// The longest input line read, in bytes; the message inside is further cut to 16 KiB.
  public static let maximumLineBytes = 1024 * 1024

  private(set) var sessions: [String: Conversation] = [:]

  public init() {}

  /// The number of sessions held.
  public var sessionCount: Int { sessions.count }

  /// The conversation for a session, if it exists.
  public func conversation(_ id: String) -> Conversation? { sessions[id] }

  /// Handles one input line and returns the output line (without its newline).
  public mutating func handle(_ line: String, today: CivilDate) -> String {
    let request: JSONLinesRequest
    switch JSONLinesRequest.parse(line) {
    case .failure(let failure):
      return JSONLinesRequest.errorLine(failure.message, session: failure.session, id: failure.id)
    case .success(let parsed):
      request = parsed
    }
    var conversation = sessions[request.session] ?? Conversation(today: today, surface: .remote)
    let outputs = conversation.receive(.userReplied(request.text))
    sessions[request.session] = conversation
    return JSONLinesReply(
      session: request.session, id: request.id, outputs: outputs, conversation: conversation
    ).line
  }
}

/// One parsed input line.
struct JSONLinesRequest {
  var session: String
  var text: String
  var id: JSONValue?

  struct Failure: Error {
    var message: String
    var session: String?
    var id: JSONValue?
  }

  static func parse(_ line: String) -> Result<JSONLinesRequest, Failure> {
    guard line.utf8.count <= JSONLinesServer.maximumLineBytes else {
      return .failure(
        Failure(message: "line too long: at most \(JSONLinesServer.maximumLineBytes) bytes"))
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      return .failure(Failure(message: "not valid JSON: \(error.description)"))
    }
    guard case .object = value else {
      return .failure(
        Failure(
          message: "each line must be a JSON object such as {\"session\": \"a\", \"text\": \"hi\"}")
      )
    }
    let id = value["id"]
    var session = "default"
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
      session = string
    }
    guard let field = value["text"] else {
      return .failure(
        Failure(
          message: "missing \"text\": the person's message, as a string", session: session, id: id))
    }
    guard case .string(let text) = field else {
      return .failure(Failure(message: "\"text\" must be a string", session: session, id: id))
    }
    return .success(JSONLinesRequest(session: session, text: text, id: id))
  }

  static func errorLine(_ message: String, session: String?, id: JSONValue?) -> String {
    var pairs: [(String, JSONValue)] = [("error", .string(message))]
    if let session { pairs.append(("session", .string(session))) }
    if let id { pairs.append(("id", id)) }
    return JSONWriter.string(.object(pairs))
  }
}

/// One output line.
struct JSONLinesReply {
  var session: String
  var id: JSONValue?
  var outputs: [Output]
  var conversation: Conversation

  var object: JSONValue {
    let note = conversation.note
    var pairs: [(String, JSONValue)] = [
      ("session", .string(session)),
      ("reply", .string(ReplyText.render(outputs))),
      ("stage", .string(conversation.stage.rawValue)),
      ("note", note.map { .string($0.body) } ?? .null),
      ("subject", note?.subject.map { .string($0) } ?? .null),
      (
        "topics",
        .array(
          conversation.topics.map {
            .object([("text", .string($0.text)), ("score", .number($0.score))])
          })
      ),
    ]
    for output in outputs {
      switch output {
      case .advice(let findings):
        pairs.append(
          (
            "advice",
            .array(
              findings.map {
                .object([("code", .string($0.code.rawValue)), ("message", .string($0.message))])
              })
          ))
      case .export(let export):
        pairs.append(
          (
            "export",
            .object([
              ("text", .string(export.text)),
              ("eml", export.eml.map { .string($0) } ?? .null),
              ("mailto", export.mailto.map { .string($0) } ?? .null),
            ])
          ))
      default:
        continue
      }
    }
    if let id { pairs.append(("id", id)) }
    return .object(pairs)
  }

  var line: String { JSONWriter.string(object) }
}
