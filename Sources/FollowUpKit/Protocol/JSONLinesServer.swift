/// Serves many conversations over JSON lines: one line in, exactly one line out.
///
/// Input lines are `{"session": "<id>", "text": "<message>"}` (`session` defaults to
/// `"default"`; `"lines": [...]` instead of `text` for a message of several lines;
/// `"continued": true` for a message that goes on in the next), or control events:
/// `{"event": "ping"}`, `{"session": S, "event": "reset"}`, `{"session": S, "event": "end"}`,
/// `{"session": A, "event": "rename", "to": B}`. Each gets one output line:
/// `{"session", "reply", "stage", "note", "subject", "topics", "blocks"}`, plus `"parts"` when
/// replies are split, `"advice"` and `"rewrite"` after a review, `"export"` after an export,
/// `"collecting"` while a pasted note is collected (`SessionInbox`), and the input's `"id"`. A line
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
    /// Replies longer than this many UTF-8 bytes are also given as `"parts"` (IRC counts bytes).
    public var maximumReplyBytes: Int?
    /// No blank lines in replies, for media that cannot send an empty line.
    public var noBlankLines: Bool
    /// Lines of one session arriving within this many milliseconds of each other are joined
    /// into one message (`receive(_:today:now:)`); nil joins nothing.
    public var joinMilliseconds: Int?

    public init(
      maximumSessions: Int? = nil, maximumReplyCharacters: Int? = nil,
      maximumReplyBytes: Int? = nil, noBlankLines: Bool = false, joinMilliseconds: Int? = nil
    ) {
      self.maximumSessions = maximumSessions
      self.maximumReplyCharacters = maximumReplyCharacters
      self.maximumReplyBytes = maximumReplyBytes
      self.noBlankLines = noBlankLines
      self.joinMilliseconds = joinMilliseconds
    }

    /// The replies' shape these options ask for.
    var format: ReplyFormat {
      let limited = maximumReplyCharacters != nil || maximumReplyBytes != nil
      return ReplyFormat(
        limit: limited
          ? ReplySplitter.Limit(characters: maximumReplyCharacters, bytes: maximumReplyBytes)
          : nil,
        noBlankLines: noBlankLines)
    }
  }

  /// One session held in memory.
  struct Entry {
    var conversation: Conversation
    var lastID: RequestID?
    /// The SHA-256 of the last message's text, so that only the same id with the same text is
    /// a resend; nil after an event, and in a state saved in format 2, which kept no text.
    var lastTextSHA256: String?
    var lastReply: String?
    /// A note being collected over several messages, or a message waiting for its rest.
    var inbox = SessionInbox()

    /// Whether a message is a resend of the last one answered: same id, same text.
    func isResend(id: RequestID?, digest: String) -> Bool {
      id != nil && id == lastID && lastTextSHA256 == digest && lastReply != nil
    }
  }

  /// The sessions held in memory, by id (internal so the extensions in other files can move
  /// them between memory and the store).
  var sessions: [String: Entry] = [:]
  /// Session ids from least to most recently used, for eviction.
  var order = LRUOrder<String>()
  /// Sessions evicted without a store: their next line is told the conversation expired.
  var expired = Set<String>()
  /// The expired ids in the order they expired, so the oldest are forgotten first.
  var expiredOrder: [String] = []
  let store: (any SessionStore)?
  public let options: Options
  /// With `joinMilliseconds`: lines waiting to be joined, by session.
  var joining: [String: Joining] = [:]

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
    switch JSONLinesRequest.parse(line) {
    case .failure(let failure):
      return JSONLinesRequest.errorLine(failure.message, session: failure.session, id: failure.id)
    case .success(let request):
      return handle(request, today: today)
    }
  }

  /// Handles one parsed line.
  mutating func handle(_ request: JSONLinesRequest, today: CivilDate) -> String {
    switch request.kind {
    case .ping:
      return pong(request)
    case .end:
      return end(request)
    case .reset:
      return reset(request, today: today)
    case .rename(let target):
      return rename(request, to: target)
    case .start(let occasion, let round):
      return start(request, in: occasion, round: round, today: today)
    case .message(let text):
      return message(text, request, today: today)
    }
  }

  /// A message for a session: the next turn of its conversation, or the reply already given
  /// when a bridge resends a line with the same `id`.
  private mutating func message(
    _ text: String, _ request: JSONLinesRequest, today: CivilDate
  ) -> String {
    var notices: [String] = []
    var conversation: Conversation
    var inbox: SessionInbox
    let digest = SavedSession.digest(text)
    if let entry = sessions[request.session] {
      if entry.isResend(id: request.id, digest: digest), let reply = entry.lastReply {
        return reply
      }
      conversation = entry.conversation
      conversation.advance(to: today)
      inbox = entry.inbox
    } else {
      switch restore(request, digest: digest, today: today) {
      case .resend(let reply):
        return reply
      case .restored(let saved, let savedInbox):
        conversation = saved
        conversation.advance(to: today)
        inbox = savedInbox
      case .fresh(let notice):
        conversation = Conversation(today: today, surface: .remote)
        inbox = SessionInbox()
        if let notice { notices.append(notice) }
      case .failed(let message):
        return JSONLinesRequest.errorLine(message, session: request.session, id: request.id)
      }
    }
    let outputs: [Output]
    var shape = LineShape()
    switch inbox.take(text, lines: request.lines, continued: request.continued) {
    case .turn(let whole):
      outputs = conversation.receive(.userReplied(whole))
    case .waiting(let notice):
      outputs = notice.map { [.say($0)] } ?? []
      shape.continued = inbox.held != nil
    }
    shape.collecting = inbox.isCollecting
    return commit(
      request, conversation: conversation, outputs: outputs, notices: notices, event: nil,
      digest: digest, inbox: inbox, shape: shape)
  }
}

/// What a reply line says beside the conversation's own state.
struct LineShape {
  /// A note is being pasted over several messages: `"collecting": true`. A flag beside the
  /// stage rather than a stage, so a bridge that knows the stages meets no new one.
  var collecting = false
  /// The message was kept for its continuation: no turn was taken.
  var continued = false
}
