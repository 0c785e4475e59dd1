import FollowUpKit

/// Set by SIGTERM: finish the line in hand, then exit.
nonisolated(unsafe) private var terminationRequested: sig_atomic_t = 0

/// `followup --jsonl`: one JSON object per input line, one per output line, flushed at once.
struct JSONLinesLoop {
  var server: JSONLinesServer
  var fixedToday: CivilDate?

  init(store: (any SessionStore)?, options: JSONLinesServer.Options, fixedToday: CivilDate?) {
    server = JSONLinesServer(store: store, options: options)
    self.fixedToday = fixedToday
  }

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
        if line.isBlank { continue }
        let output = server.handle(line, today: fixedToday ?? LocalDate.today())
        guard Console.write(output + "\n") else { return 0 }
      }
    }
    return 0
  }

  /// SIGTERM interrupts a waiting read (no SA_RESTART) and lets a line in hand finish: every
  /// answered turn is saved before its reply, so exiting between lines loses nothing.
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
