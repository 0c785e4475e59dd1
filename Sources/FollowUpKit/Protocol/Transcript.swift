/// A recorded conversation: what the person typed and exactly what the assistant replied.
///
/// The format is plain text, readable and diffable in review:
///
/// ```
/// # FollowUp transcript
/// # today: 2026-11-27
/// Hi, I'm FollowUp. ...          <- the greeting, before the first typed line
/// > I'm Jordan
/// Nice to meet you, Jordan. ...  <- the reply, up to the next "> " line
/// ```
///
/// Lines starting with `> ` are the person's; the lines after one, up to the next `> ` line, are
/// the assistant's reply (blank lines at its end are ignored). Lines starting with `#` are
/// comments or settings (`# today: YYYY-MM-DD`, `# surface: remote`). A reply line that would
/// start with `>`, `#` or `\` is written with a `\` in front.
///
/// The text holds only printable characters: a control character (C0 but tab and line feed,
/// and DEL) is written as its Unicode control picture (ESC as `␛`, a carriage return inside a
/// typed line as `␍`) and read back as the character, so that a recording never sends an escape
/// sequence to the terminal that shows it, and a carriage return typed inside a line stays part
/// of that line instead of splitting it.
public struct Transcript: Hashable, Sendable {
  public struct Turn: Hashable, Sendable {
    /// What the person typed on one line.
    public var input: String
    /// The assistant's reply, or empty when the line continued a pasted review.
    public var reply: String

    public init(input: String, reply: String) {
      self.input = input
      self.reply = reply
    }
  }

  public var today: CivilDate
  public var surface: Conversation.Surface
  /// Comment lines, kept when re-recording.
  public var comments: [String]
  /// The reply to the session's start.
  public var greeting: String
  public var turns: [Turn]

  public init(
    today: CivilDate, surface: Conversation.Surface = .terminal, comments: [String] = [],
    greeting: String = "", turns: [Turn] = []
  ) {
    self.today = today
    self.surface = surface
    self.comments = comments
    self.greeting = greeting
    self.turns = turns
  }

  public enum ParseError: Error, Equatable, CustomStringConvertible {
    case missingToday
    case badSetting(line: Int, text: String)

    public var description: String {
      switch self {
      case .missingToday: return "the transcript needs a line \"# today: YYYY-MM-DD\""
      case .badSetting(let line, let text):
        return "line \(line): cannot read the setting \"\(text)\""
      }
    }
  }

  /// Parses transcript text.
  public static func parse(_ text: String) throws(ParseError) -> Transcript {
    var today: CivilDate?
    var surface = Conversation.Surface.terminal
    var comments: [String] = []
    var greeting: [String] = []
    var turns: [Turn] = []
    var reply: [String] = []
    var input: String?
    func flush() {
      while let last = reply.last, last.isEmpty { reply.removeLast() }
      if let line = input {
        turns.append(Turn(input: line, reply: reply.joined(separator: "\n")))
      } else {
        while let first = reply.first, first.isEmpty { reply.removeFirst() }
        greeting = reply
      }
      reply = []
    }
    let lines = text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
    for (number, raw) in lines.enumerated() {
      let line = restored(String(raw))
      if line.hasPrefix("#") {
        let body = String(line.dropFirst()).trimming(" ")
        if body.lowercased().hasPrefix("today:") {
          let value = String(body.dropFirst(6)).trimming(" ")
          guard let date = CivilDate(iso: value) else {
            throw .badSetting(line: number + 1, text: line)
          }
          today = date
        } else if body.lowercased().hasPrefix("surface:") {
          let value = String(body.dropFirst(8)).trimming(" ")
          guard let parsed = Conversation.Surface(rawValue: value) else {
            throw .badSetting(line: number + 1, text: line)
          }
          surface = parsed
        } else {
          comments.append(line)
        }
        continue
      }
      if line.hasPrefix("> ") || line == ">" {
        flush()
        input = line == ">" ? "" : String(line.dropFirst(2))
        continue
      }
      reply.append(line.hasPrefix("\\") ? String(line.dropFirst()) : line)
    }
    flush()
    guard let today else { throw .missingToday }
    return Transcript(
      today: today, surface: surface, comments: comments,
      greeting: greeting.joined(separator: "\n"), turns: turns)
  }

  /// The transcript as text, in the format `parse` reads.
  public var text: String {
    var lines: [String] = []
    lines.append(contentsOf: comments.isEmpty ? ["# FollowUp transcript"] : comments)
    lines.append("# today: \(today.iso)")
    if surface != .terminal { lines.append("# surface: \(surface.rawValue)") }
    func escaped(_ reply: String) -> [String] {
      reply.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        line.hasPrefix(">") || line.hasPrefix("#") || line.hasPrefix("\\")
          ? "\\" + line : String(line)
      }
    }
    if !greeting.isEmpty { lines.append(contentsOf: escaped(greeting)) }
    for turn in turns {
      if !lines.isEmpty, lines.last != "", !(lines.last ?? "").hasPrefix("#"),
        !(lines.last ?? "").hasPrefix("> ")
      {
        lines.append("")
      }
      lines.append(turn.input.isEmpty ? ">" : "> " + turn.input)
      if !turn.reply.isEmpty { lines.append(contentsOf: escaped(turn.reply)) }
    }
    return lines.map(Self.printable).joined(separator: "\n") + "\n"
  }

  /// The text with every control character but tab and line feed shown as its control picture
  /// (U+2400 to U+241F, and U+2421 for DEL): safe to print to a terminal, and read back exactly.
  ///
  /// ```swift
  /// Transcript.printable("\u{1B}[31mred\r")  // "␛[31mred␍"
  /// ```
  public static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isPictured) else { return text }
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isPictured(scalar) else {
        output.append(scalar)
        continue
      }
      let picture = scalar.value == 0x7F ? 0x2421 : 0x2400 + scalar.value
      output.append(Unicode.Scalar(picture) ?? "\u{FFFD}")
    }
    return String(output)
  }

  /// The inverse of `printable` for one line.
  static func restored(_ line: String) -> String {
    guard line.unicodeScalars.contains(where: { picturedValue($0) != nil }) else { return line }
    var output = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      output.append(picturedValue(scalar).flatMap(Unicode.Scalar.init) ?? scalar)
    }
    return String(output)
  }

  /// The control characters written as pictures: C0 but tab and line feed, and DEL.
  private static func isPictured(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0x7F
  }

  /// The control character a picture stands for, or nil.
  private static func picturedValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar.value {
    case 0x2421: return 0x7F
    case 0x2409, 0x240A: return nil
    case 0x2400...0x241F: return scalar.value - 0x2400
    default: return nil
    }
  }

  /// Plays the transcript's inputs through a new conversation and returns the transcript of
  /// what the engine replies now, for comparison with this one. A remote transcript groups its
  /// lines as the JSON-lines server does for a line-based chat (`SessionInbox`: a note pasted
  /// line by line is collected), a terminal one as the terminal does (`MessageAssembler`).
  public func replayed() -> Transcript {
    var conversation = Conversation(today: today, surface: surface)
    var assembler = MessageAssembler()
    var inbox = SessionInbox()
    var written = Set<String>()
    var result = Transcript(today: today, surface: surface, comments: comments)
    result.greeting = ReplyText.render(conversation.receive(.sessionStarted))
    for turn in turns {
      var reply = ""
      let grouped: MessageAssembler.Result
      switch surface {
      case .terminal:
        grouped = assembler.feed(turn.input)
      case .remote:
        switch inbox.take(turn.input, lines: nil, continued: false) {
        case .turn(let message): grouped = .message(message)
        case .waiting(let notice): grouped = .continuing(notice: notice)
        }
      }
      switch grouped {
      case .continuing(let notice):
        reply = notice ?? ""
      case .message(let message):
        var outputs = conversation.receive(.userReplied(message))
        // Files are not written during a replay. Saves act on a folder that starts empty, as
        // when the dialogue was recorded in a fresh folder: a name used twice already exists.
        for case .saveFile(let request) in outputs {
          if !request.overwrite, written.contains(request.path) {
            outputs.append(contentsOf: conversation.receive(.fileExists(path: request.path)))
          } else {
            written.insert(request.path)
            outputs.append(contentsOf: conversation.receive(.fileSaved(path: request.path)))
          }
        }
        reply = ReplyText.render(outputs)
      }
      result.turns.append(Turn(input: turn.input, reply: reply))
    }
    return result
  }
}
