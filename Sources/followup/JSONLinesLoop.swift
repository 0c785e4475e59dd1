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
      // With --join-ms, wait for input only until the next joined message is due.
      if let deadline = server.nextDeadline, !reader.hasBufferedLine {
        let wait = deadline - Self.milliseconds()
        if wait <= 0 || !Self.inputReady(within: wait) {
          let lines = server.due(now: Self.milliseconds(), today: today)
          if let status = write(lines) { return status }
          continue
        }
      }
      // Wait for input in slices, checking for SIGTERM between them: a signal that lands after
      // the loop's check but before a blocking read would not interrupt that read, and the
      // program would wait for input that may never come (a test caught it, now and then).
      if !reader.hasBufferedLine {
        while terminationRequested == 0, !Self.inputReady(within: Self.signalCheckMilliseconds) {}
        if terminationRequested != 0 { break }
      }
      switch reader.next() {
      case .end:
        return write(server.finish(today: today)) ?? 0
      case .interrupted:
        continue
      case .line(let line):
        // Blank lines too: the server answers them with an error, one line for every line.
        let lines = server.receive(line, today: today, now: Self.milliseconds())
        if let status = write(lines) { return status }
      }
    }
    return 0
  }

  private var today: CivilDate { fixedToday ?? LocalDate.today() }

  /// Writes the lines, each flushed; an exit status when standard output failed.
  private func write(_ lines: [String]) -> Int32? {
    for line in lines {
      if let status = StandardOutput.write(line + "\n").exitStatus { return status }
    }
    return nil
  }

  /// A monotonic clock in milliseconds: the time the server joins lines by.
  static func milliseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
  }

  /// How long one wait for input lasts before the loop looks at SIGTERM again: well within the
  /// second in which SIGTERM is promised to end the program.
  static let signalCheckMilliseconds: Int64 = 200

  /// Whether standard input is ready to read (a line, its end, or an error) within
  /// `milliseconds`; false on a timeout or when a signal interrupted the wait.
  static func inputReady(within milliseconds: Int64) -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, Int32(max(0, min(milliseconds, 60_000)))) > 0
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
