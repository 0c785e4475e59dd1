import Foundation

/// Serves many conversations over JSON lines: one line in, exactly one line out.
///
/// Input lines are `{"session": "<id>", "text": "<message>"}` (`session` defaults to
/// `"default"`), or control events: `{"event": "ping"}`, `{"session": S, "event": "reset"}`,
/// `{"session": S, "event": "end"}`. Each gets one output line:
/// `{"session", "reply", "stage", "note", "subject", "topics"}`, plus `"advice"` after a review,
/// `"export"` after an export, `"parts"` when replies are split, and the input's `"id"`. A line
/// that is not valid JSON, or has no string `text`, gets `{"error": "..."}` (with `session` when
/// known) and changes no session.
///
/// With a `SessionStore`, every session is saved after every turn, before its reply is returned,
/// so a restarted process resumes each one where its last answered turn left it; a line resent
/// with the same `id` after a crash gets the same reply instead of a second turn.
///
/// The server is pure logic: the driver reads and writes the lines, and passes today's date with
/// each line so a long-running process starts new sessions on the right day.
///
/// ```swift
/// var server = JSONLinesServer()
/// let line = server.handle(#"{"session": "a", "text": "hi"}"#, today: today)
/// ```
public struct JSONLinesServer {
  /// The longest session id accepted, in UTF-8 bytes.
  public static let maximumSessionIDBytes = 256
  /// The longest input line read, in bytes; the message inside is further cut to 16 KiB.
  public static let maximumLineBytes = 4 * 1024 * 1024

  public struct Options: Sendable {
    /// At most this many sessions in memory; the least recently used leave first.
    public var maximumSessions: Int?
    /// Replies longer than this many characters are also given as `"parts"`.
    public var maximumReplyCharacters: Int?

    public init(maximumSessions: Int? = nil, maximumReplyCharacters: Int? = nil) {
      self.maximumSessions = maximumSessions
      self.maximumReplyCharacters = maximumReplyCharacters
    }
  }

  /// One session held in memory.
  struct Entry {
    var conversation: Conversation
    var lastID: JSONValue?
    var lastReply: String?
  }

  private(set) var sessions: [String: Entry] = [:]
  private var order = LRUOrder<String>()
  /// Sessions evicted without a store: their next line is told the conversation expired.
  private var expired = Set<String>()
  private var expiredOrder: [String] = []
  private let store: (any SessionStore)?
  public let options: Options

  public init(store: (any SessionStore)? = nil, options: Options = Options()) {
    self.store = store
    self.options = options
  }

  /// The number of sessions held in memory.
  public var sessionCount: Int { sessions.count }

  /// The conversation for a session held in memory.
  public func conversation(_ id: String) -> Conversation? { sessions[id]?.conversation }

  /// Handles one input line and returns the output line (without its newline).
  public mutating func handle(_ line: String, today: CivilDate) -> String {
    let request: JSONLinesRequest
    switch JSONLinesRequest.parse(line) {
    case .failure(let failure):
      return JSONLinesRequest.errorLine(failure.message, session: failure.session, id: failure.id)
    case .success(let parsed):
      request = parsed
    }
    switch request.kind {
    case .ping:
      var pairs: [(String, JSONValue)] = [("event", .string("pong"))]
      if let id = request.id { pairs.append(("id", id)) }
      return JSONWriter.string(.object(pairs))
    case .end:
      sessions[request.session] = nil
      order.remove(request.session)
      do {
        try store?.delete(request.session)
      } catch {
        return JSONLinesRequest.errorLine(
          "could not delete the saved session: \(error.message)", session: request.session,
          id: request.id)
      }
      var pairs: [(String, JSONValue)] = [
        ("session", .string(request.session)), ("event", .string("end")),
      ]
      if let id = request.id { pairs.append(("id", id)) }
      return JSONWriter.string(.object(pairs))
    case .reset:
      var conversation = Conversation(today: today, surface: .remote)
      let outputs = conversation.receive(.sessionStarted)
      return commit(
        request, conversation: conversation, outputs: outputs, notices: [], event: "reset")
    case .message(let text):
      var notices: [String] = []
      var conversation: Conversation
      if let entry = sessions[request.session] {
        if let id = request.id, entry.lastID == id, let reply = entry.lastReply { return reply }
        conversation = entry.conversation
      } else {
        switch restore(request, today: today) {
        case .resend(let reply):
          return reply
        case .restored(let saved):
          conversation = saved
        case .fresh(let notice):
          conversation = Conversation(today: today, surface: .remote)
          if let notice { notices.append(notice) }
        case .failed(let message):
          return JSONLinesRequest.errorLine(message, session: request.session, id: request.id)
        }
      }
      let outputs = conversation.receive(.userReplied(text))
      return commit(
        request, conversation: conversation, outputs: outputs, notices: notices, event: nil)
    }
  }

  private enum Restored {
    case resend(String)
    case restored(Conversation)
    case fresh(notice: String?)
    case failed(String)
  }

  /// A session not in memory: from the store, or new.
  private mutating func restore(_ request: JSONLinesRequest, today: CivilDate) -> Restored {
    if expired.remove(request.session) != nil {
      return .fresh(notice: "This conversation had expired, so we're starting afresh.")
    }
    guard let store else { return .fresh(notice: nil) }
    let bytes: [UInt8]?
    do {
      bytes = try store.load(request.session)
    } catch {
      return .failed("could not read the saved session: \(error.message)")
    }
    guard let bytes else { return .fresh(notice: nil) }
    do {
      let saved = try SavedSession.decode(Data(bytes))
      // Only a reply as the server wrote it is resent: a damaged file's reply with a line break
      // would answer one line with two and mix up a bridge's sessions (found by fuzzing).
      if let id = request.id, saved.lastID == id, let reply = saved.lastReply,
        Self.isOneObjectLine(reply)
      {
        sessions[request.session] = Entry(
          conversation: saved.conversation, lastID: saved.lastID, lastReply: reply)
        order.touch(request.session)
        evict()
        return .resend(reply)
      }
      return .restored(saved.conversation)
    } catch {
      // Keep the bad file for inspection; only this session starts again.
      try? store.quarantine(request.session)
      return .fresh(
        notice:
          "I couldn't read our earlier conversation (\(error.description)), so we're starting afresh."
      )
    }
  }

  /// One JSON object on one line.
  private static func isOneObjectLine(_ line: String) -> Bool {
    guard !line.contains(where: \.isNewline), case .object = try? JSONParser.parse(line) else {
      return false
    }
    return true
  }

  /// Saves the new state (when there is a store), then returns the reply line; a session whose
  /// state cannot be saved is not advanced.
  private mutating func commit(
    _ request: JSONLinesRequest, conversation: Conversation, outputs: [Output], notices: [String],
    event: String?
  ) -> String {
    var reply = JSONLinesReply(
      session: request.session, id: request.id, outputs: outputs, conversation: conversation)
    reply.notices = notices
    reply.event = event
    reply.maximumReplyCharacters = options.maximumReplyCharacters
    let line = reply.line
    if let store {
      let saved = SavedSession(
        conversation: conversation, session: request.session, lastID: request.id,
        lastReply: request.id == nil ? nil : line)
      do {
        let data = try saved.encoded()
        try store.save(Array(data), for: request.session)
      } catch let error as SessionStoreError {
        return JSONLinesRequest.errorLine(
          "could not save the session, so that message was not taken: \(error.message)",
          session: request.session, id: request.id)
      } catch {
        return JSONLinesRequest.errorLine(
          "could not save the session, so that message was not taken", session: request.session,
          id: request.id)
      }
    }
    // Parked without its cached note: about 1.5 KB less per idle session with a draft, for one
    // more composition on its next revision.
    var parked = conversation
    parked.dropCache()
    sessions[request.session] = Entry(
      conversation: parked, lastID: request.id, lastReply: request.id == nil ? nil : line)
    order.touch(request.session)
    evict()
    return line
  }

  /// Drops the least recently used sessions beyond the limit. With a store they reload on their
  /// next line; without one, their next line is told they expired.
  private mutating func evict() {
    guard let maximum = options.maximumSessions else { return }
    while sessions.count > maximum, let oldest = order.oldest {
      order.remove(oldest)
      sessions[oldest] = nil
      if store == nil {
        expired.insert(oldest)
        expiredOrder.append(oldest)
        // Remember a bounded number of expired ids.
        if expiredOrder.count > max(10_000, maximum * 4) {
          let dropped = expiredOrder.prefix(expiredOrder.count / 2)
          expiredOrder.removeFirst(dropped.count)
          for id in dropped { expired.remove(id) }
        }
      }
    }
  }
}

/// One parsed input line.
struct JSONLinesRequest {
  enum Kind {
    case message(String)
    case ping
    case reset
    case end
  }

  var session: String
  var kind: Kind
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
  var notices: [String] = []
  var event: String?
  var maximumReplyCharacters: Int?

  init(session: String, id: JSONValue?, outputs: [Output], conversation: Conversation) {
    self.session = session
    self.id = id
    self.outputs = outputs
    self.conversation = conversation
  }

  var object: JSONValue {
    let note = conversation.note
    var text = ReplyText.render(outputs)
    if !notices.isEmpty { text = notices.joined(separator: " ") + "\n\n" + text }
    var pairs: [(String, JSONValue)] = [("session", .string(session))]
    if let event { pairs.append(("event", .string(event))) }
    pairs.append(contentsOf: [
      ("reply", .string(text)),
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
    ])
    if let limit = maximumReplyCharacters {
      pairs.append(("parts", .array(ReplySplitter.split(text, limit: limit).map { .string($0) })))
    }
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
