import FollowUpKit

// The driver: arguments, then one of the loops. All conversation logic is in FollowUpKit.
signal(SIGPIPE, SIG_IGN)
let status: Int32
switch Arguments.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let failure):
  Console.error("followup: \(failure.message)")
  status = 2
case .success(let arguments):
  switch arguments.mode {
  case .help:
    status = StandardOutput.emit(Arguments.usage + "\n") ?? 0
  case .version:
    status = StandardOutput.emit("followup \(FollowUp.version)\n") ?? 0
  case .topics(let jsonl):
    status = TopicsCommand.run(jsonl: jsonl)
  case .replay(let paths):
    status = ReplayCommand.run(paths)
  case .jsonl:
    var store: FileSessionStore?
    var failed = false
    if let directory = arguments.stateDirectory {
      do {
        store = try FileSessionStore(directory: directory)
      } catch {
        Console.error("followup: \(error.message)")
        failed = true
      }
    }
    if failed {
      status = 1
    } else {
      let options = JSONLinesServer.Options(
        maximumSessions: arguments.maximumSessions,
        maximumReplyCharacters: arguments.maximumReplyCharacters,
        maximumReplyBytes: arguments.maximumReplyBytes, noBlankLines: arguments.noBlankLines,
        joinMilliseconds: arguments.joinMilliseconds)
      var loop = JSONLinesLoop(store: store, options: options, fixedToday: arguments.today)
      status = loop.run()
    }
  case .chat:
    var target: RecordingTarget?
    if let path = arguments.record {
      do {
        target = try RecordingTarget(path: path, force: arguments.force)
      } catch {
        Console.error("followup: \(error.message)")
        exit(1)
      }
    }
    let interactive = Console.isInputTerminal
    let environment = ProcessInfoLite.environment
    let colour =
      Console.isOutputTerminal && !arguments.noColor && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
    let style = TerminalStyle(width: Console.isOutputTerminal ? Console.width : nil, color: colour)
    var loop = ChatLoop(
      today: arguments.today ?? LocalDate.today(), style: style, interactive: interactive,
      recordPath: arguments.record)
    let chatStatus = loop.run()
    if let target, !target.wasWritten {
      // The chat loop said why on standard error; a recording that was asked for and not
      // written is a failure, whatever the chat's own status.
      let shown = Transcript.printable(target.path)
      Console.error("followup: the recording was not written to \(shown)")
      status = 1
    } else {
      status = chatStatus
    }
  }
}
exit(status)
