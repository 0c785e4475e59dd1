import FollowUpKit

/// `pathological`: the slowest inputs a chat user or a bridge can send, one turn each, against
/// the promise that no turn takes over 50 ms.
///
/// Every message is as long as the protocol takes (16 KiB; a JSON line up to 4 MiB) and built to
/// defeat a reader that looks ahead or back: repeated labels with no full stop, commas,
/// capitalised words, "and", combining marks, long reviews and revisions, and JSON lines with
/// tens of thousands of keys. Each case is timed on a fresh copy of the conversation at the stage
/// that reads it, as the median of a few runs.
enum PathologicalSuite {
  static let turnTarget = 50.0  // milliseconds for any one turn
  static let messageBytes = 16 * 1024

  /// A message of `unit` repeated to about 16 KiB.
  static func repeated(_ unit: String) -> String {
    String(repeating: unit, count: max(1, messageBytes / unit.utf8.count))
  }

  /// The stages a case is read at, reached by the opening messages of a sample conversation.
  enum Stage: String {
    case opening = "the opening"
    case discussion = "the discussion"
    case draft = "the draft"
  }

  struct Case {
    var name: String
    var stage: Stage
    var text: String
  }

  static let cases: [Case] = [
    Case(name: "\"company: x, \" repeated", stage: .opening, text: repeated("company: x, ")),
    Case(
      name: "\"label: value, \" pairs, four labels", stage: .opening,
      text: repeated("name: Jo, company: Acme, role: analyst, interviewer: Sam, ")),
    Case(name: "commas", stage: .opening, text: repeated("x, ")),
    Case(name: "capitalised words", stage: .opening, text: repeated("Priya Shah Northgate ")),
    Case(name: "\"and\" repeated", stage: .opening, text: repeated("and ")),
    Case(name: "names joined by \"and\"", stage: .opening, text: repeated("Priya and Sam and ")),
    Case(name: "combining marks on letters", stage: .opening, text: repeated("e\u{301}\u{308} ")),
    Case(
      name: "one letter with 8,000 combining marks", stage: .opening,
      text: "e" + String(repeating: "\u{301}", count: 8_000)),
    Case(
      name: "a discussion of 16 KiB", stage: .discussion,
      text: repeated("we talked about the new depot in Leeds, and ")),
    Case(
      name: "\"label: value, \" in the discussion", stage: .discussion,
      text: repeated("company: x, ")),
    Case(
      name: "a review of 16 KiB", stage: .draft,
      text: "review\nDear Priya,\n" + repeated("I'm so sorry I was nervous, thank you. ") + "\n."),
    Case(
      name: "a revision of 16 KiB", stage: .draft,
      text: "mention that " + repeated("I'd love to help plan the routes and ")),
    Case(
      name: "a replacement of 16 KiB", stage: .draft,
      text: "say '" + repeated("valuable ") + "' instead of 'great'"),
  ]

  static func run(today: CivilDate) {
    Report.heading("pathological: one turn of the slowest inputs, 16 KiB messages")
    var rows: [[String]] = [["input", "read at", "median ms", "target"]]
    var worst = 0.0
    for item in cases {
      let start = conversation(at: item.stage, today: today)
      let millis = median {
        var copy = start
        Sink.consume(copy.send(item.text).text.utf8.count)
      }
      worst = max(worst, millis)
      rows.append([
        item.name, item.stage.rawValue, Format.fixed(millis, 2),
        Verdict.check(millis <= turnTarget),
      ])
    }
    for (name, line) in jsonLines() {
      let millis = median {
        var server = JSONLinesServer()
        Sink.consume(server.handle(line, today: today).utf8.count)
      }
      worst = max(worst, millis)
      rows.append([
        name, "a JSON line", Format.fixed(millis, 2), Verdict.check(millis <= turnTarget),
      ])
    }
    for line in Format.table(rows) { Report.line("  " + line) }
    Report.line(
      "slowest turn \(Format.fixed(worst, 2)) ms; target: none over \(Format.fixed(turnTarget, 0)) ms: "
        + Verdict.check(worst <= turnTarget))
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
    ]
  }

  /// A conversation at a stage, by the sample conversation's own messages.
  static func conversation(at stage: Stage, today: CivilDate) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    let messages = SampleTexts.conversation(0)
    let count: Int
    switch stage {
    case .opening: count = 0
    case .discussion: count = 2
    case .draft: count = 5
    }
    for message in messages.prefix(count) { Sink.consume(conversation.send(message).text.count) }
    return conversation
  }

  /// The median of five runs, in milliseconds, after one run to warm up.
  static func median(_ body: () -> Void) -> Double {
    body()
    var samples = Samples(capacity: 5)
    for _ in 0..<5 { samples.append(Clock.time(body)) }
    return Double(samples.median()) / 1_000_000
  }
}
