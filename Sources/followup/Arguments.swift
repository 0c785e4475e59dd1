import FollowUpKit

/// What the command line asks for.
struct Arguments {
  enum Mode: Equatable {
    case chat
    case jsonl
    case topics(jsonl: Bool)
    case replay([String])
    case help
    case version
  }

  var mode = Mode.chat
  var today: CivilDate?
  var record: String?
  /// With `--record`: replace an existing file.
  var force = false
  var noColor = false
  var stateDirectory: String?
  var maximumSessions: Int?
  var maximumReplyCharacters: Int?
  var maximumReplyBytes: Int?
  var joinMilliseconds: Int?
  var noBlankLines = false

  struct Failure: Error {
    var message: String
  }

  static let usage = """
    FollowUp writes the short, personal note to send after a job interview.

    Usage:
      followup                       chat in the terminal (over a pipe: one line per turn)
      followup --jsonl               serve JSON lines, for chat bots and bridges
      followup topics [--jsonl]      print the topics found in text on stdin, as JSON
      followup replay FILE...        replay recorded dialogues; exit 1 on any difference
      followup --record FILE         chat, and record the conversation as a transcript
                                     (a new file; --force replaces an existing one)

    Options:
      --today YYYY-MM-DD       the date taken as today (default: the local date)
      --force                  with --record: replace an existing recording
      --no-color               never colour the output (NO_COLOR in the environment does too)
      --state-dir DIR          with --jsonl: save every session in DIR after every turn
      --max-sessions N         with --jsonl: hold at most N sessions in memory, the least
                               recently used leaving first (README: the memory each takes)
      --max-reply-chars N      with --jsonl: split replies into parts of at most N characters
      --max-reply-bytes N      with --jsonl: split replies into parts of at most N UTF-8 bytes
      --no-blank-lines         with --jsonl: replies without blank lines (IRC cannot send them)
      --join-ms N              with --jsonl: join lines of one session arriving within N ms
                               into one message (each reply comes N ms later)
      -h, --help               show this help
      --version                show the version

    In the chat: help, back, skip, restart, show and quit work at any point. At the draft,
    ask for changes in plain words; "review" lets you paste a note of your own for advice.
    """

  static func parse(_ arguments: [String]) -> Result<Arguments, Failure> {
    var result = Arguments()
    var index = 0
    var positional: [String] = []
    func value(_ flag: String) -> Result<String, Failure> {
      guard index + 1 < arguments.count else {
        return .failure(Failure(message: "\(flag) needs a value"))
      }
      index += 1
      return .success(arguments[index])
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "-h", "--help", "help":
        if index == 0 || argument != "help" {
          result.mode = .help
        } else {
          positional.append(argument)
        }
      case "--version", "-V":
        result.mode = .version
      case "--jsonl":
        if case .topics = result.mode {
          result.mode = .topics(jsonl: true)
        } else {
          result.mode = .jsonl
        }
      case "--no-color", "--no-colour":
        result.noColor = true
      case "--force":
        result.force = true
      case "--today":
        switch value(argument) {
        case .failure(let failure): return .failure(failure)
        case .success(let text):
          guard let date = CivilDate(iso: text) else {
            return .failure(Failure(message: "--today needs a date as YYYY-MM-DD, not \(text)"))
          }
          result.today = date
        }
      case "--record":
        switch value(argument) {
        case .failure(let failure): return .failure(failure)
        case .success(let path): result.record = path
        }
      case "--state-dir":
        switch value(argument) {
        case .failure(let failure): return .failure(failure)
        case .success(let path): result.stateDirectory = path
        }
      case "--no-blank-lines":
        result.noBlankLines = true
      case "--max-sessions", "--max-reply-chars", "--max-reply-bytes", "--join-ms":
        switch value(argument) {
        case .failure(let failure): return .failure(failure)
        case .success(let text):
          guard let number = Int(text), number > 0 else {
            return .failure(
              Failure(message: "\(argument) needs a positive whole number, not \(text)"))
          }
          switch argument {
          case "--max-sessions": result.maximumSessions = number
          case "--max-reply-chars": result.maximumReplyCharacters = number
          case "--max-reply-bytes": result.maximumReplyBytes = number
          default: result.joinMilliseconds = number
          }
        }
      default:
        if argument.hasPrefix("-") {
          return .failure(Failure(message: "unknown option \(argument); try --help"))
        }
        positional.append(argument)
      }
      index += 1
    }
    if result.mode == .help || result.mode == .version { return .success(result) }
    if let command = positional.first {
      switch command {
      case "topics":
        guard positional.count == 1 else {
          return .failure(Failure(message: "topics reads its text from stdin and takes no files"))
        }
        result.mode = .topics(jsonl: result.mode == .jsonl)
      case "replay":
        guard positional.count > 1 else {
          return .failure(Failure(message: "replay needs at least one transcript file"))
        }
        result.mode = .replay(Array(positional.dropFirst()))
      case "chat":
        result.mode = .chat
      default:
        return .failure(Failure(message: "unknown command \(command); try --help"))
      }
    }
    if result.record != nil, result.mode != .chat {
      return .failure(Failure(message: "--record works with the chat only"))
    }
    if result.force, result.record == nil {
      return .failure(Failure(message: "--force works with --record only"))
    }
    if result.mode != .jsonl,
      result.stateDirectory != nil || result.maximumSessions != nil
        || result.maximumReplyCharacters != nil || result.maximumReplyBytes != nil
        || result.joinMilliseconds != nil || result.noBlankLines
    {
      return .failure(
        Failure(
          message:
            "--state-dir, --max-sessions, --max-reply-chars, --max-reply-bytes, --no-blank-lines and --join-ms work with --jsonl only"
        ))
    }
    return .success(result)
  }
}
