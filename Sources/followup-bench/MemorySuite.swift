import FollowUpKit

/// `memory`: resident bytes per idle session, with 100,000 sessions held.
enum MemorySuite {
  static let target = 4_096.0  // bytes per idle session
  static func run(today: CivilDate, sessions: Int, turnsIn: Int = 4) {
    Report.heading("memory: resident bytes per idle session")
    // Load the lexicons and tables first, so they are not counted as the sessions' memory.
    var warm = JSONLinesServer()
    for session in 0..<50 {
      for turn in 0..<turnsIn {
        Sink.consume(
          warm.handle(JSONLinesSuite.line(session: session, turn: turn), today: today).utf8.count)
      }
    }
    warm = JSONLinesServer()
    guard let before = Machine.residentBytes() else {
      Report.line("VmRSS is not readable in /proc/self/status: skipped")
      return
    }
    var server = JSONLinesServer()
    for turn in 0..<turnsIn {
      for session in 0..<sessions {
        Sink.consume(
          server.handle(JSONLinesSuite.line(session: session, turn: turn), today: today).utf8.count)
      }
    }
    guard let after = Machine.residentBytes() else { return }
    var stages: [Stage: Int] = [:]
    for session in 0..<sessions {
      if let stage = server.conversation("s\(session)")?.stage { stages[stage, default: 0] += 1 }
    }
    let perSession = Double(after - before) / Double(sessions)
    Report.line(
      "\(Format.grouped(server.sessionCount)) sessions, each \(turnsIn) turns in; now at "
        + Stage.allCases.compactMap { stage in stages[stage].map { "\(stage.rawValue) \($0)" } }
        .joined(separator: ", "))
    Report.line(
      "  VmRSS before \(Format.bytes(Double(before))), after \(Format.bytes(Double(after))): "
        + "\(Format.grouped(Int(perSession))) bytes per session (target <= "
        + "\(Format.grouped(Int(target))): " + Verdict.check(perSession <= target) + ")")
    Report.line(
      "  MemoryLayout<Conversation>.stride = \(MemoryLayout<Conversation>.stride) bytes inline; "
        + "the rest is heap: strings, arrays, the dictionary's storage")
    Sink.consume(server.sessionCount + warm.sessionCount)
  }
}
