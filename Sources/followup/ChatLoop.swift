import FollowUpKit

/// The chat over standard input and output: a terminal, or a pipe with one line per turn.
struct ChatLoop {
  var conversation: Conversation
  var style: TerminalStyle
  var interactive: Bool
  var recordPath: String?
  var transcript: Transcript
  /// `copy` is mentioned once, with the first note the terminal shows.
  private var copyMentioned = false

  init(today: CivilDate, style: TerminalStyle, interactive: Bool, recordPath: String?) {
    conversation = Conversation(today: today, surface: .terminal)
    self.style = style
    self.interactive = interactive
    self.recordPath = recordPath
    transcript = Transcript(
      today: today, comments: ["# FollowUp transcript, recorded with --record"])
  }

  /// Runs until the person quits or the input ends. Returns the exit status.
  mutating func run() -> Int32 {
    var assembler = MessageAssembler()
    let greeting = conversation.receive(.sessionStarted)
    transcript.greeting = ReplyText.render(greeting)
    guard show(greeting) else { return 0 }
    if interactive, let editor = LineEditor() {
      defer { editor.restore() }
      return runEditor(editor, &assembler)
    }
    let reader = LineReader()
    while true {
      switch reader.next() {
      case .interrupted:
        continue
      case .end:
        if let message = assembler.finish() { _ = turn(message, typed: nil) }
        saveRecording()
        return 0
      case .line(let line):
        if let status = feed(line, &assembler) { return status }
      }
    }
  }

  /// The terminal: Ctrl-C clears the line; a second Ctrl-C, or one at an empty prompt, leaves
  /// with the draft on screen (exit 130, as for an interrupted program); Ctrl-D leaves the same
  /// way with status 0.
  private mutating func runEditor(_ editor: LineEditor, _ assembler: inout MessageAssembler)
    -> Int32
  {
    var clearedOnce = false
    while true {
      let prompt = style.prompt(collecting: assembler.isCollecting)
      switch editor.readLine(prompt: prompt, promptWidth: 2) {
      case .line(let line):
        clearedOnce = false
        if !assembler.isCollecting, Clipboard.isCopyCommand(line) {
          if !copy() { return 0 }
          continue
        }
        if let status = feed(line, &assembler) { return status }
      case .interrupt(let hadText):
        if hadText && !clearedOnce {
          clearedOnce = true
          continue
        }
        leaveWithDraft()
        return 130
      case .end:
        if let message = assembler.finish() { _ = turn(message, typed: nil) }
        leaveWithDraft()
        return 0
      }
    }
  }

  /// `copy`: the exact note, paragraphs unwrapped, to the clipboard through the terminal, and a
  /// word on whether the terminal is known to take it. Terminal only, so FollowUpKit never sees
  /// it. Returns false when standard output has gone away.
  private mutating func copy() -> Bool {
    guard let note = conversation.note else {
      return show([.say("There's no note to copy yet: it comes once I know what to build it on.")])
    }
    Console.write(Clipboard.sequence(for: note.body))
    let support = Clipboard.support(environment: ProcessInfoLite.environment)
    return show([.say(Clipboard.reply(support: support, hasSubject: note.subject != nil))])
  }

  /// One typed line: part of a pasted review, or a message. Returns an exit status when the
  /// conversation ended.
  private mutating func feed(_ line: String, _ assembler: inout MessageAssembler) -> Int32? {
    switch assembler.feed(line) {
    case .continuing(let notice):
      transcript.turns.append(Transcript.Turn(input: Self.recorded(line), reply: notice ?? ""))
      if let notice, !show([.say(notice)]) { return 0 }
      return nil
    case .message(let message):
      let ended = turn(message, typed: line)
      saveRecording()
      return ended ? 0 : nil
    }
  }

  /// Leaving the terminal early: the draft stays on screen, as FollowUpKit words it for quit.
  private mutating func leaveWithDraft() {
    if style.width != nil { style.width = Console.width }
    let outputs = conversation.draftOnLeaving()
    if !outputs.isEmpty { Console.write(style.render(outputs) + "\n") }
    saveRecording()
  }

  /// One message through the conversation, with any file writes it asks for. Returns true when
  /// the conversation ended.
  private mutating func turn(_ message: String, typed: String?) -> Bool {
    var outputs = conversation.receive(.userReplied(message))
    var extra: [Output] = []
    for case .saveFile(let request) in outputs {
      extra.append(contentsOf: performSave(request))
    }
    outputs.append(contentsOf: extra)
    if let typed {
      transcript.turns.append(
        Transcript.Turn(input: Self.recorded(typed), reply: ReplyText.render(outputs)))
    }
    if interactive, !copyMentioned, !outputs.contains(.endSession),
      outputs.contains(where: { if case .showNote = $0 { true } else { false } })
    {
      copyMentioned = true
      outputs.append(.say("(Type copy to put the note on your clipboard, paragraphs whole.)"))
    }
    let shown = show(outputs)
    return !shown || outputs.contains(.endSession)
  }

  private mutating func performSave(_ request: SaveRequest) -> [Output] {
    switch FileWriter.write(request.contents, to: request.path, overwrite: request.overwrite) {
    case .success:
      return conversation.receive(.fileSaved(path: request.path))
    case .failure(.exists):
      return conversation.receive(.fileExists(path: request.path))
    case .failure(let failure):
      return conversation.receive(.fileFailed(path: request.path, reason: failure.reason))
    }
  }

  /// A transcript holds one line per turn: a pasted message's line breaks are kept as spaces.
  private static func recorded(_ line: String) -> String {
    line.replacing("\n", with: " ")
  }

  /// Shows a reply, wrapped to the terminal's width as it is now. Returns false when standard
  /// output has gone away.
  private mutating func show(_ outputs: [Output]) -> Bool {
    if style.width != nil { style.width = Console.width }
    let text = style.render(outputs)
    guard !text.isEmpty else { return true }
    return Console.write(text + "\n\n")
  }

  private func saveRecording() {
    guard let recordPath else { return }
    if case .failure(let failure) = FileWriter.write(
      transcript.text, to: recordPath, overwrite: true)
    {
      Console.error("followup: could not write the recording to \(recordPath): \(failure.reason)")
    }
  }
}
