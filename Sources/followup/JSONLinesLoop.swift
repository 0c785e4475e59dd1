import FollowUpKit

/// `followup --jsonl`: one JSON object per input line, one per output line, flushed at once.
struct JSONLinesLoop {
  var server: JSONLinesServer
  var fixedToday: CivilDate?

  init(store: (any SessionStore)?, options: JSONLinesServer.Options, fixedToday: CivilDate?) {
    server = JSONLinesServer(store: store, options: options)
    self.fixedToday = fixedToday
  }

  /// Serves until the input ends (0), SIGTERM (0), the reader goes away (0, quietly), or
  /// standard output fails (1, with the reason on standard error).
  mutating func run() -> Int32 {
    Self.handleTermination()
    let reader = LineReader(maximumLineBytes: JSONLinesServer.maximumLineBytes + 1)
    while terminationRequested == 0 {
      switch reader.next() {
      case .end:
        return 0
      case .interrupted:
        continue
      case .line(let line):
        // Blank lines too: the server answers them with an error, one line for every line.
        let output = server.handle(line, today: fixedToday ?? LocalDate.today())
        if let status = StandardOutput.write(output + "\n").exitStatus { return status }
      }
    }
    return 0
  }

  /// SIGTERM interrupts a waiting read or write (no SA_RESTART) and lets a line in hand finish:
  /// every answered turn is saved before its reply, so exiting between lines loses nothing.
  static func handleTermination() {
    // A parent may start us with signals blocked (some process launchers do): unblock the ones
    // this program handles.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGTERM)
    sigaddset(&set, SIGINT)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    Platform.handle(SIGTERM) { _ in terminationRequested = 1 }
  }
}
