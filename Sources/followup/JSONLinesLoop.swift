import FollowUpKit

/// `followup --jsonl`: one JSON object per input line, one per output line, flushed at once.
struct JSONLinesLoop {
  var server = JSONLinesServer()
  var fixedToday: CivilDate?

  mutating func run() -> Int32 {
    let reader = LineReader(maximumLineBytes: JSONLinesServer.maximumLineBytes + 1)
    while true {
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
  }
}
