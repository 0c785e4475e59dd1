import Foundation

/// Set by SIGTERM and SIGINT: the bot says goodbye, lets `followup` finish and exits.
nonisolated(unsafe) var stopRequested: sig_atomic_t = 0

/// The reference bridge: FollowUp behind IRC.
///
/// It connects to a server, answers private messages with one conversation per person, and
/// drives `followup --jsonl` exactly as a bridge in any language would:
/// - one session per person, named by their services account (IRCv3 `account-tag`) when the
///   server gives one, else by `user@host`: stable across nick changes, and never handed to
///   whoever takes a nick later (see README, "Writing a bridge", for what that trusts);
/// - every request line carries an id unique across restarts; a line not yet answered when
///   `followup` ends is sent again, and `followup` answers a resend with the reply it gave;
/// - lines of one person arriving within `--join-ms` are one message (`followup --join-ms`),
///   and a note pasted line by line is collected by `followup` itself;
/// - replies come without blank lines and in parts of at most `textBytes` bytes
///   (`--no-blank-lines --max-reply-bytes`), sent a line at a time, paced (`LinePacer`);
/// - a lost connection is made again with a growing pause (1 s, doubling to 60 s).
struct IRCBot {
  /// The most text one PRIVMSG may carry: 512 bytes a line, less CRLF and what the server puts
  /// before the text when relaying it (`:nick!user@host PRIVMSG target :`, with room for a
  /// 30-byte nick and target and a 63-byte host).
  static let textBytes = 350

  let arguments: BotArguments
  private var pacer: LinePacer
  /// IRC lines waiting for the pacer, oldest first.
  private var queue: [String] = []
  /// The nick each session was last seen under, to address its replies.
  private var nickOf: [String: String] = [:]
  /// Request lines sent to `followup` and not yet answered, by id, in order.
  private var unanswered: [(id: String, line: String)] = []
  private var counter = 0
  /// Makes ids unique across restarts of the bot: a resend is the same id with the same text,
  /// so a new message must never reuse an old id.
  private let runID: String
  private var followup: FollowUpProcess?
  private var ownNick: String

  init(arguments: BotArguments) {
    self.arguments = arguments
    pacer = LinePacer(burst: arguments.burst, interval: Int64(arguments.interval))
    ownNick = arguments.nick
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    runID = "\(now.tv_sec)\(now.tv_nsec / 1_000_000)-\(getpid())"
  }

  /// Runs until SIGTERM or SIGINT; the exit status.
  mutating func run() -> Int32 {
    Platform.handle(SIGTERM) { _ in stopRequested = 1 }
    Platform.handle(SIGINT) { _ in stopRequested = 1 }
    var pause: Int64 = 1000
    while stopRequested == 0 {
      if followup == nil { startFollowUp() }
      guard let connection = IRCConnection(host: arguments.host, port: arguments.port) else {
        Self.sleep(pause)
        pause = min(pause * 2, 60_000)
        continue
      }
      BotLog.write("connected to \(arguments.host):\(arguments.port)")
      let registered = serve(connection)
      connection.close()
      if registered { pause = 1000 }
      if stopRequested != 0 { break }
      BotLog.write("connection lost; connecting again in \(pause / 1000) s")
      Self.sleep(pause)
      pause = min(pause * 2, 60_000)
    }
    followup?.stop()
    return 0
  }

  /// Serves one connection until it is lost or the bot is asked to stop; whether it got as
  /// far as being registered.
  private mutating func serve(_ connection: IRCConnection) -> Bool {
    var registered = false
    var lastHeard = Platform.milliseconds()
    var pinged = false
    queue.removeAll()
    // account-tag asks the server to tag messages with the sender's services account; a server
    // without it refuses, and registration goes on.
    for line in [
      "CAP REQ :account-tag", "NICK \(ownNick)", "USER \(arguments.nick) 0 * :FollowUp", "CAP END",
    ] where !connection.send(line) {
      return false
    }
    while stopRequested == 0 {
      let now = Platform.milliseconds()
      var timeout: Int64 = 1000
      if !queue.isEmpty { timeout = min(timeout, max(0, pacer.nextTime(now: now) - now)) }
      var descriptors = [pollfd(fd: connection.descriptor, events: Int16(POLLIN), revents: 0)]
      if let followup {
        descriptors.append(pollfd(fd: followup.output, events: Int16(POLLIN), revents: 0))
      }
      _ = poll(&descriptors, nfds_t(descriptors.count), Int32(timeout))
      if descriptors[0].revents != 0 {
        guard let lines = connection.receive() else { return registered }
        lastHeard = Platform.milliseconds()
        pinged = false
        for line in lines {
          guard let message = IRCMessage(parsing: line) else { continue }
          if message.command == "001" { registered = true }
          if message.command == "ERROR" { return registered }
          if !handle(message, on: connection) { return registered }
        }
      }
      if descriptors.count > 1, descriptors[1].revents != 0 { readFollowUp() }
      let later = Platform.milliseconds()
      while let line = queue.first, pacer.mayPost(now: later) {
        queue.removeFirst()
        guard connection.send(line) else { return registered }
        pacer.posted(now: later)
      }
      // A connection that went quiet may be dead without saying so: ask, then give up.
      if later - lastHeard > 90_000, !pinged {
        pinged = connection.send("PING :followup")
      } else if later - lastHeard > 180_000 {
        return registered
      }
    }
    _ = connection.send("QUIT :FollowUp is stopping")
    return registered
  }

  /// One line from the server; false when the connection must be dropped.
  private mutating func handle(_ message: IRCMessage, on connection: IRCConnection) -> Bool {
    switch message.command {
    case "PING":
      // Answered at once, ahead of the queue: a server drops a client that is slow to pong.
      return connection.send("PONG :" + (message.parameters.last ?? ""))
    case "001":
      if let nick = message.parameters.first { ownNick = nick }
      BotLog.write("registered as \(ownNick)")
    case "433":
      // The nick is taken (a previous run not yet timed out): try another.
      ownNick += "_"
      return connection.send("NICK \(ownNick)")
    case "NICK":
      guard let old = message.nick, let new = message.parameters.first else { break }
      if old == ownNick { ownNick = new }
      // The conversation stays with the person: only where replies go changes.
      for (session, nick) in nickOf where nick == old { nickOf[session] = new }
    case "PRIVMSG":
      guard message.parameters.count == 2, let target = message.parameters.first,
        target.caseInsensitiveCompare(ownNick) == .orderedSame, let nick = message.nick,
        let session = message.account
      else { break }
      let text = message.parameters[1]
      // CTCP (ACTION, VERSION): not something said to FollowUp.
      if text.hasPrefix("\u{1}") { break }
      nickOf[session] = nick
      request(session: session, text: text)
    default:
      break
    }
    return true
  }

  /// Sends a person's message to `followup`, with an id, and remembers it until answered.
  private mutating func request(session: String, text: String) {
    counter += 1
    let id = "\(runID)-\(counter)"
    let object: [String: Any] = ["session": session, "text": text, "id": id]
    guard let data = try? JSONSerialization.data(withJSONObject: object),
      let line = String(data: data, encoding: .utf8)
    else { return }
    unanswered.append((id, line))
    if let followup, !followup.send(line) { restartFollowUp() }
  }

  private mutating func readFollowUp() {
    guard let followup else { return }
    guard let lines = followup.receive() else {
      restartFollowUp()
      return
    }
    for line in lines { reply(line) }
  }

  /// One output line of `followup`: its reply, sent to the person a line at a time.
  private mutating func reply(_ line: String) {
    guard let data = line.data(using: .utf8),
      let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    else {
      BotLog.write("not a JSON object from followup: \(line.prefix(200))")
      return
    }
    if let id = object["id"] as? String { unanswered.removeAll { $0.id == id } }
    guard let session = object["session"] as? String, let nick = nickOf[session] else { return }
    if let error = object["error"] as? String {
      BotLog.write("\(session): \(error)")
      enqueue("Sorry, something went wrong on my side, so that message was not taken.", to: nick)
      return
    }
    // A line collected into a pasted note, or joined into the next: nothing to say yet.
    guard let reply = object["reply"] as? String, !reply.isEmpty else { return }
    for part in (object["parts"] as? [String]) ?? [reply] {
      for text in part.split(separator: "\n") {
        enqueue(String(text), to: nick)
      }
    }
  }

  /// Queues one line of text as PRIVMSGs, cut at character boundaries when a line is still
  /// over `textBytes` (a parts limit keeps that rare: a single word of 350 bytes).
  private mutating func enqueue(_ text: String, to nick: String) {
    var line = ""
    for character in text where character != "\r" {
      if line.utf8.count + character.utf8.count > Self.textBytes {
        queue.append("PRIVMSG \(nick) :\(line)")
        line = ""
      }
      line.append(character)
    }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty { queue.append("PRIVMSG \(nick) :\(line)") }
  }

  private mutating func startFollowUp() {
    followup = FollowUpProcess(
      executable: Self.followupPath(arguments.followup), arguments: arguments.followupArguments)
  }

  /// `followup` ended (a crash, or a previous one still holding the state folder): started
  /// again after a short pause, and every line it had not answered sent again. A line it had
  /// answered and saved, but whose reply was lost, gets the same reply: it is a resend.
  private mutating func restartFollowUp() {
    followup?.reap()
    followup = nil
    Self.sleep(200)
    startFollowUp()
    guard let followup else { return }
    for (_, line) in unanswered where !followup.send(line) { break }
  }

  /// The `followup` beside this executable when there is one, else the name for the PATH.
  static func followupPath(_ given: String?) -> String {
    if let given { return given }
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let own =
      count > 0
      ? String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : CommandLine.arguments[0]
    if let slash = own.lastIndex(of: "/") {
      let beside = String(own[...slash]) + "followup"
      if access(beside, X_OK) == 0 { return beside }
    }
    return "followup"
  }

  /// Sleeps up to `milliseconds`, waking for SIGTERM.
  static func sleep(_ milliseconds: Int64) {
    var left = milliseconds
    while left > 0, stopRequested == 0 {
      usleep(UInt32(min(left, 100) * 1000))
      left -= 100
    }
  }
}
