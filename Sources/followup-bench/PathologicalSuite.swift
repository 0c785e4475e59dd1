import FollowUpKit

/// `pathological`: the slowest inputs a chat user or a bridge can send, one turn each, against
/// the promise that no turn takes over 50 ms.
///
/// Every message is as long as the protocol takes (16 KiB; a JSON line up to 4 MiB) and built to
/// defeat a reader that looks ahead or back: repeated labels with no full stop, commas,
/// capitalised words, "and", combining marks, emoji sequences, one long word, long reviews and
/// revisions, and JSON lines with tens of thousands of keys. Each message is sent at every stage
/// of a conversation (each stage reads it differently), on a fresh copy of the conversation each
/// run; a row shows the stage where it was slowest.
enum PathologicalSuite {
  static let turnTarget = 50.0  // milliseconds for any one turn
  static let messageBytes = 16 * 1024
  static let runs = 5

  /// A message of `unit` repeated to about 16 KiB.
  static func repeated(_ unit: String) -> String {
    String(repeating: unit, count: max(1, messageBytes / unit.utf8.count))
  }

  /// The stages a message is read at, reached by sending the first `count` messages of the
  /// sample conversation.
  struct Stage {
    var name: String
    var count: Int
  }

  static let stages = [
    Stage(name: "the opening", count: 0),
    Stage(name: "the outcome", count: 1),
    Stage(name: "the discussion", count: 2),
    Stage(name: "the topic check", count: 3),
    Stage(name: "the interest question", count: 4),
    Stage(name: "the draft", count: 5),
    Stage(name: "finished", count: 10),
  ]

  struct Case {
    var name: String
    var text: String
    /// Only at the draft (a command that means something there), or at every stage.
    var draftOnly = false
  }

  static let cases: [Case] = [
    Case(name: "\"company: x, \" repeated", text: repeated("company: x, ")),
    Case(
      name: "\"label: value, \" pairs, four labels",
      text: repeated("name: Jo, company: Acme, role: analyst, interviewer: Sam, ")),
    Case(name: "commas", text: repeated("x, ")),
    Case(name: "capitalised words", text: repeated("Priya Shah Northgate ")),
    Case(name: "\"and\" repeated", text: repeated("and ")),
    Case(name: "names joined by \"and\"", text: repeated("Priya and Sam and ")),
    Case(name: "combining marks on letters", text: repeated("e\u{301}\u{308} ")),
    Case(name: "\"e\" + U+0301, no spaces", text: repeated("e\u{301}")),
    Case(
      name: "one letter with 8,000 combining marks",
      text: "e" + String(repeating: "\u{301}", count: 8_000)),
    Case(name: "emoji ZWJ sequences", text: repeated("👩‍👩‍👧‍👦 ")),
    Case(name: "one 16 KiB word", text: repeated("x")),
    Case(name: "full stops", text: repeated(". ")),
    Case(name: "prose of 16 KiB", text: SampleTexts.document(bytes: messageBytes - 64)),
    Case(
      name: "a review of 16 KiB (\"review\" + draft)",
      text: "review\nDear Priya,\n"
        + repeated("I'm so sorry I was nervous, thank you. ") + "\n.", draftOnly: true),
    Case(
      name: "a review of 16 KiB of prose",
      text: "review\n" + SampleTexts.document(bytes: messageBytes - 64), draftOnly: true),
    Case(
      name: "\"mention that ...\" of 16 KiB",
      text: "mention that " + repeated("I'd love to help plan the routes and "), draftOnly: true),
    Case(
      name: "\"mention that\" + prose of 16 KiB",
      text: "mention that " + SampleTexts.document(bytes: messageBytes - 64), draftOnly: true),
    Case(
      name: "\"say '...' instead of 'great'\" of 16 KiB",
      text: "say '" + repeated("valuable ") + "' instead of 'great'", draftOnly: true),
  ]

  struct Timing {
    /// CPU time of the thread, median of the runs: what the turn costs.
    var median: Double
    /// Wall time of the slowest run: what a user waited, other processes' share included.
    var worst: Double
  }

  static func run(today: CivilDate, only filter: String?, stage stageFilter: String? = nil) {
    Report.heading(
      "pathological: one turn of the slowest inputs, 16 KiB messages at every stage, "
        + "median and worst of \(runs) runs")
    var rows: [[String]] = [
      ["input", "slowest at", "median CPU ms", "worst wall ms", "target"]
    ]
    var slowest = 0.0
    let starts = stages.filter { stage in stageFilter.map { stage.name.contains($0) } ?? true }.map
    {
      (stage: $0, conversation: conversation(after: $0.count, today: today))
    }
    for item in cases where filter.map({ item.name.contains($0) }) ?? true {
      var worstStage = ""
      var worst = Timing(median: 0, worst: 0)
      for (stage, start) in starts where !item.draftOnly || stage.count == 5 {
        let timing = measure {
          var copy = start
          Sink.consume(copy.send(item.text).text.utf8.count)
        }
        if timing.median > worst.median {
          worst = timing
          worstStage = stage.name
        }
      }
      slowest = max(slowest, worst.median)
      rows.append(row(item.name, worstStage, worst))
    }
    for (name, line) in jsonLines() where filter.map({ name.contains($0) }) ?? true {
      let timing = measure {
        var server = JSONLinesServer()
        Sink.consume(server.handle(line, today: today).utf8.count)
      }
      slowest = max(slowest, timing.median)
      rows.append(row(name, "a JSON line", timing))
    }
    for line in Format.table(rows) { Report.line("  " + line) }
    Report.line(
      "slowest median \(Format.fixed(slowest, 2)) ms; target: none over "
        + "\(Format.fixed(turnTarget, 0)) ms: " + Verdict.check(slowest <= turnTarget))
    Report.line(
      "(judged on the median CPU time of the thread: the wall time of the worst run also counts "
        + "the time the shared cores gave to other processes)")
  }

  static func row(_ name: String, _ stage: String, _ timing: Timing) -> [String] {
    [
      name, stage, Format.fixed(timing.median, 2), Format.fixed(timing.worst, 2),
      Verdict.check(timing.median <= turnTarget),
    ]
  }

  /// JSON lines a bridge could pass on: many keys, distinct or repeated, near the 4 MiB limit.
  static func jsonLines() -> [(String, String)] {
    let distinct = (0..<80_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
    let repeatedKeys = Array(repeating: "\"k\":1", count: 80_000).joined(separator: ",")
    let text = #""text":"hi""#
    return [
      ("80,000 distinct keys", "{" + distinct + "," + text + "}"),
      ("80,000 copies of one key", "{" + repeatedKeys + "," + text + "}"),
      ("a 256-byte id", "{\(text),\"id\":\"" + String(repeating: "x", count: 254) + "\"}"),
      (
        "a 16 KiB text of combining marks",
        "{\"text\":\"" + repeated("e\u{301}\u{308} ") + "\"}"
      ),
    ]
  }

  /// A conversation after the first `count` messages of the sample conversation.
  static func conversation(after count: Int, today: CivilDate) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    let messages = SampleTexts.conversation(0)
    for message in messages.prefix(count) { Sink.consume(conversation.send(message).text.count) }
    return conversation
  }

  /// The median CPU time and the slowest wall time of `runs` runs, in milliseconds, after one
  /// run to warm up.
  static func measure(_ body: () -> Void) -> Timing {
    body()
    var cpu = Samples(capacity: runs)
    var wall = Samples(capacity: runs)
    for _ in 0..<runs {
      let start = (cpu: Clock.threadCPU(), wall: Clock.now())
      body()
      cpu.append(Clock.threadCPU() &- start.cpu)
      wall.append(Clock.now() &- start.wall)
    }
    return Timing(
      median: Double(cpu.median()) / 1_000_000, worst: Double(wall.percentile(1)) / 1_000_000)
  }
}
