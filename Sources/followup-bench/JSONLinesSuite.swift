import FollowUpKit

/// `jsonl`: whole conversations through `JSONLinesServer.handle(_:today:)`, against the cost of
/// the JSON code alone.
enum JSONLinesSuite {
  static let throughputTarget = 50_000.0  // turns per second on one core
  static let floorRatioTarget = 1.5

  static let turnsPerConversation = SampleTexts.conversation(0).count

  /// The input line for turn `turn` of session `session`.
  static func line(session: Int, turn: Int) -> String {
    JSONWriter.string(
      .object([
        ("session", .string("s\(session)")),
        ("text", .string(SampleTexts.conversation(session)[turn])),
      ]))
  }

  /// Every turn of `sessions` conversations, interleaved round-robin: turn 1 of every session,
  /// then turn 2 of every session, and so on.
  static func interleaved(sessions: Range<Int>) -> [String] {
    var lines: [String] = []
    lines.reserveCapacity(sessions.count * turnsPerConversation)
    for turn in 0..<turnsPerConversation {
      for session in sessions { lines.append(line(session: session, turn: turn)) }
    }
    return lines
  }

  static func run(today: CivilDate, sessions: Int) {
    Report.heading("jsonl: JSONLinesServer.handle(_:today:)")
    warmUp(today: today)
    throughput(today: today, sessions: sessions)
    flatness(today: today)
  }

  private static func warmUp(today: CivilDate) {
    var server = JSONLinesServer()
    for line in interleaved(sessions: 0..<500) {
      Sink.consume(server.handle(line, today: today).utf8.count)
    }
  }

  private static func throughput(today: CivilDate, sessions: Int) {
    let lines = interleaved(sessions: 0..<sessions)
    var server = JSONLinesServer()
    var outputs: [String] = []
    outputs.reserveCapacity(lines.count)
    var samples = Samples(capacity: lines.count)
    var byTurn = [Samples](
      repeating: Samples(capacity: sessions), count: turnsPerConversation)
    let wallStart = Clock.now()
    for (index, line) in lines.enumerated() {
      let start = Clock.now()
      let output = server.handle(line, today: today)
      let elapsed = Clock.now() &- start
      samples.append(elapsed)
      byTurn[index / sessions].append(elapsed)
      outputs.append(output)
    }
    let wall = Clock.now() &- wallStart
    let engine = samples.total

    // The floor: the JSON work alone, on the same lines.
    let parseInput = Clock.time {
      for line in lines { Sink.consume((try? JSONParser.parse(line)) == nil ? 0 : 1) }
    }
    var parsedOutputs: [JSONValue] = []
    parsedOutputs.reserveCapacity(outputs.count)
    let parseOutput = Clock.time {
      for output in outputs {
        if let value = try? JSONParser.parse(output) { parsedOutputs.append(value) }
      }
    }
    var identical = 0
    var rewritten: [String] = []
    rewritten.reserveCapacity(parsedOutputs.count)
    let writeOutput = Clock.time {
      for value in parsedOutputs { rewritten.append(JSONWriter.string(value)) }
    }
    for (output, again) in zip(outputs, rewritten) where output == again { identical += 1 }
    let floor = parseInput + writeOutput
    let floorWithReparse = floor + parseOutput

    var stages: [Stage: Int] = [:]
    for session in 0..<sessions {
      if let stage = server.conversation("s\(session)")?.stage { stages[stage, default: 0] += 1 }
    }
    let inputBytes = lines.reduce(0) { $0 + $1.utf8.count }
    let outputBytes = outputs.reduce(0) { $0 + $1.utf8.count }
    let turnsPerSecond = Double(lines.count) / (Double(engine) / 1e9)
    let ratio = Double(engine) / Double(max(floor, 1))

    Report.line(
      "\(Format.grouped(sessions)) sessions x \(turnsPerConversation) turns = "
        + "\(Format.grouped(lines.count)) turns, interleaved round-robin, one process, one core")
    Report.line(
      "  input \(Format.bytes(Double(inputBytes))), output \(Format.bytes(Double(outputBytes))) "
        + "(mean \(Format.grouped(outputBytes / max(outputs.count, 1))) bytes per reply line)")
    Report.line(
      "  sessions by final stage: "
        + Stage.allCases.compactMap { stage in stages[stage].map { "\(stage.rawValue) \($0)" } }
        .joined(separator: ", "))
    Report.line(
      "  engine: \(Format.millis(engine, 1)) ms in handle() (\(Format.millis(wall, 1)) ms wall) = "
        + "\(Format.grouped(Int(turnsPerSecond))) turns/s   (target >= "
        + "\(Format.grouped(Int(throughputTarget))): "
        + Verdict.check(turnsPerSecond >= throughputTarget)
        + ")")
    Report.line(
      "  per-turn latency: median \(Format.micros(samples.median())) µs, "
        + "p99 \(Format.micros(samples.percentile(0.99))) µs, "
        + "max \(Format.micros(samples.percentile(1)))  µs")
    Report.line("  floor (the JSON code alone on the same lines):")
    Report.line(
      "    JSONParser.parse of the \(Format.grouped(lines.count)) input lines   "
        + Format.millis(parseInput, 1) + " ms")
    Report.line(
      "    JSONWriter.string of the re-parsed output lines  " + Format.millis(writeOutput, 1)
        + " ms  (\(Format.grouped(identical))/\(Format.grouped(outputs.count)) byte-identical)")
    Report.line(
      "    floor = parse input + write output                " + Format.millis(floor, 1) + " ms")
    Report.line(
      "    (re-parsing the output lines, not part of the engine's work: "
        + Format.millis(parseOutput, 1) + " ms)")
    Report.line(
      "  engine / floor = \(Format.fixed(ratio, 2)) (target <= \(Format.fixed(floorRatioTarget, 1)): "
        + Verdict.check(ratio <= floorRatioTarget) + "); against parse in + parse out + write out: "
        + Format.fixed(Double(engine) / Double(max(floorWithReparse, 1)), 2))
    var rows = [["  turn", "text (session 0)", "median µs", "p99 µs", "share of time"]]
    let conversation = SampleTexts.conversation(0)
    for (turn, var turnSamples) in byTurn.enumerated() {
      let text = conversation[turn]
      let shown = text.count > 34 ? String(text.prefix(31)) + "..." : text
      rows.append([
        "  \(turn + 1)", shown, Format.micros(turnSamples.median()),
        Format.micros(turnSamples.percentile(0.99)),
        Format.fixed(100 * Double(turnSamples.total) / Double(max(engine, 1)), 1) + " %",
      ])
    }
    Report.line("  per turn of the conversation:")
    for line in Format.table(rows) { Report.line(line) }
  }

  /// Turn cost with 1,000, 10,000 and 100,000 idle sessions held.
  private static func flatness(today: CivilDate) {
    Report.line(
      "turn cost with N idle sessions held (each 2 turns in), timing 1,000 more sessions' "
        + "whole conversations:")
    var rows = [["  idle sessions", "sessions held", "median µs", "p99 µs", "mean µs", "turns/s"]]
    let active = 1_000
    for idle in [1_000, 10_000, 100_000] {
      var server = JSONLinesServer()
      for turn in 0..<2 {
        for session in 0..<idle {
          Sink.consume(server.handle(line(session: session, turn: turn), today: today).utf8.count)
        }
      }
      let lines = interleaved(sessions: idle..<(idle + active))
      var samples = Samples(capacity: lines.count)
      for line in lines {
        let start = Clock.now()
        let output = server.handle(line, today: today)
        samples.append(Clock.now() &- start)
        Sink.consume(output.utf8.count)
      }
      rows.append([
        "  " + Format.grouped(idle), Format.grouped(server.sessionCount),
        Format.micros(samples.median()), Format.micros(samples.percentile(0.99)),
        Format.fixed(samples.mean / 1_000, 2),
        Format.grouped(Int(Double(samples.count) / (Double(samples.total) / 1e9))),
      ])
    }
    for line in Format.table(rows) { Report.line(line) }
  }
}
