/// What `followup-irc`'s command line asks for.
struct BotArguments {
  var host = "127.0.0.1"
  var port = 6667
  var nick = "followup"
  var stateDirectory: String?
  /// The `followup` executable; by default the one beside this program, else on the PATH.
  var followup: String?
  /// Lines of one person within this many milliseconds are one message (a paste arrives as a
  /// burst of lines, paced by the server).
  var joinMilliseconds = 1500
  var today: String?
  /// Lines sent at once after a quiet spell, then one every `interval` milliseconds.
  var burst = 5
  var interval = 500
  var help = false

  static let usage = """
    followup-irc: FollowUp as an IRC bot. It answers private messages, one conversation per
    person (their services account when the server tags messages with one, else their
    user@host, never their nick).

    Usage: followup-irc --host HOST --port PORT --nick NICK [--state-dir DIR]

    Options:
      --host HOST          the IRC server (default 127.0.0.1)
      --port PORT          its port (default 6667; plain TCP, no TLS)
      --nick NICK          the bot's nick (default followup; "_" is added while it is taken)
      --state-dir DIR      keep every conversation in DIR, so a restart resumes them
      --followup PATH      the followup executable (default: beside this one, else PATH)
      --join-ms N          join one person's lines arriving within N ms (default 1500)
      --burst N            lines sent at once before pacing starts (default 5)
      --interval-ms N      then one line every N ms (default 500: two a second)
      --today YYYY-MM-DD   the date taken as today (default: the local date)
      -h, --help           show this help
    """

  static func parse(_ arguments: [String]) -> Result<BotArguments, BotFailure> {
    var result = BotArguments()
    var index = 0
    while index < arguments.count {
      let flag = arguments[index]
      if flag == "-h" || flag == "--help" {
        result.help = true
        index += 1
        continue
      }
      guard index + 1 < arguments.count else {
        return .failure(BotFailure("\(flag) needs a value; try --help"))
      }
      let value = arguments[index + 1]
      func number() -> Int? { Int(value).flatMap { $0 >= 0 ? $0 : nil } }
      switch flag {
      case "--host": result.host = value
      case "--nick": result.nick = value
      case "--state-dir": result.stateDirectory = value
      case "--followup": result.followup = value
      case "--today": result.today = value
      case "--port", "--join-ms", "--burst", "--interval-ms":
        guard let number = number() else {
          return .failure(BotFailure("\(flag) needs a whole number, not \(value)"))
        }
        switch flag {
        case "--port": result.port = number
        case "--join-ms": result.joinMilliseconds = number
        case "--burst": result.burst = number
        default: result.interval = number
        }
      default:
        return .failure(BotFailure("unknown option \(flag); try --help"))
      }
      index += 2
    }
    guard !result.nick.isEmpty, !result.nick.contains(where: { " \r\n:!@".contains($0) }) else {
      return .failure(BotFailure("--nick must be one word without : ! or @"))
    }
    return .success(result)
  }

  /// The arguments `followup` is started with: JSON lines shaped for IRC.
  var followupArguments: [String] {
    var arguments = [
      "--jsonl", "--no-blank-lines", "--max-reply-bytes", String(IRCBot.textBytes),
    ]
    if joinMilliseconds > 0 { arguments += ["--join-ms", String(joinMilliseconds)] }
    if let stateDirectory { arguments += ["--state-dir", stateDirectory] }
    if let today { arguments += ["--today", today] }
    return arguments
  }
}

/// A reason the bot cannot start.
struct BotFailure: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
