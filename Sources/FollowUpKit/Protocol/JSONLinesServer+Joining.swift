/// `--join-ms N`: lines of one session arriving within N milliseconds of each other become one
/// message, for line-based chats where a paste or a client's split arrives as a burst.
///
/// The time comes in with each line (`now`, in milliseconds on any monotonic clock), so the
/// server stays pure: the driver reads the clock, and asks `due(now:today:)` for the messages
/// whose window has closed when no line came (`nextDeadline` says when). A joined message's
/// reply is written when its window closes, with the last line's id; each earlier line of it
/// gets `{"session": S, "joined": true}` with its own id. So every line still gets exactly one
/// line, but later, and out of order across sessions: the trade-off is N milliseconds more
/// before every reply.
extension JSONLinesServer {
  /// Lines of one session waiting for their window to close.
  struct Joining {
    var requests: [JSONLinesRequest]
    var texts: [String]
    var bytes: Int
    /// When the last line arrived.
    var last: Int64
  }

  /// Handles one input line at time `now` and returns the lines to write now: those of
  /// windows that closed, then this line's own unless it waits to be joined. Without
  /// `joinMilliseconds`, exactly `handle(_:today:)`.
  public mutating func receive(_ line: String, today: CivilDate, now: Int64) -> [String] {
    guard let window = options.joinMilliseconds else { return [handle(line, today: today)] }
    var output = due(now: now, today: today)
    let request: JSONLinesRequest
    switch JSONLinesRequest.parse(line) {
    case .failure(let failure):
      output.append(
        JSONLinesRequest.errorLine(failure.message, session: failure.session, id: failure.id))
      return output
    case .success(let parsed):
      request = parsed
    }
    guard case .message(let text) = request.kind, request.lines == nil, !request.continued
    else {
      // Anything else for a session takes its waiting lines first, so the order holds.
      if case .ping = request.kind {
      } else if let waiting = joining.removeValue(
        forKey: request.session)
      {
        output.append(contentsOf: flush(waiting, today: today))
      }
      output.append(handle(request, today: today))
      return output
    }
    if var waiting = joining[request.session], now &- waiting.last <= Int64(window),
      waiting.bytes + text.utf8.count < Conversation.maximumMessageBytes
    {
      waiting.requests.append(request)
      waiting.texts.append(text)
      waiting.bytes += text.utf8.count + 1
      waiting.last = now
      joining[request.session] = waiting
      return output
    }
    if let waiting = joining.removeValue(forKey: request.session) {
      output.append(contentsOf: flush(waiting, today: today))
    }
    joining[request.session] = Joining(
      requests: [request], texts: [text], bytes: text.utf8.count, last: now)
    return output
  }

  /// The lines of every window closed by `now`, oldest first.
  public mutating func due(now: Int64, today: CivilDate) -> [String] {
    guard let window = options.joinMilliseconds, !joining.isEmpty else { return [] }
    let closed = joining.filter { now &- $0.value.last > Int64(window) }
      .sorted { ($0.value.last, $0.key) < ($1.value.last, $1.key) }
    var output: [String] = []
    for (session, waiting) in closed {
      joining[session] = nil
      output.append(contentsOf: flush(waiting, today: today))
    }
    return output
  }

  /// When the earliest window closes, in the clock `now` is read on; nil when none is open.
  public var nextDeadline: Int64? {
    guard let window = options.joinMilliseconds else { return nil }
    return joining.values.map { $0.last + Int64(window) + 1 }.min()
  }

  /// At the end of input: every waiting message, answered.
  public mutating func finish(today: CivilDate) -> [String] {
    due(now: Int64.max, today: today)
  }

  private mutating func flush(_ waiting: Joining, today: CivilDate) -> [String] {
    guard let last = waiting.requests.last else { return [] }
    var output = waiting.requests.dropLast().map { request in
      JSONLinesRequest.line(
        [("session", .string(request.session)), ("joined", .bool(true))], id: request.id)
    }
    var whole = last
    whole.kind = .message(waiting.texts.joined(separator: "\n"))
    output.append(handle(whole, today: today))
    return output
  }
}
