/// `startup`: time from spawning the release `followup --jsonl` to its first output line, next to
/// `cat` measured the same way.
enum StartupSuite {
  static let runs = 50
  static let input = #"{"session": "a", "text": "hi"}"# + "\n"

  static func run(followupPath: String?) {
    Report.heading("startup: spawn, write one JSON line, first output line back")
    guard let followup = followupPath ?? defaultFollowup(), FileText.exists(followup) else {
      Report.line(
        "no followup binary next to this one: build it first "
          + "(swift build -c release --product followup), or pass --followup PATH")
      return
    }
    let cat = ["/usr/bin/cat", "/bin/cat"].first(where: FileText.exists)
    var programs: [(name: String, path: String, arguments: [String])] = [
      ("followup --jsonl", followup, ["--jsonl"])
    ]
    if let cat { programs.append(("cat", cat, [])) }
    // Warm the page cache and the dynamic loader's files first.
    for program in programs {
      for _ in 0..<5 { _ = Spawn.timeToFirstLine(program.path, program.arguments, input: input) }
    }
    var samples = [Samples](repeating: Samples(capacity: runs), count: programs.count)
    var failures = 0
    // Alternate the programs so both see the same machine conditions.
    for _ in 0..<runs {
      for (index, program) in programs.enumerated() {
        if let elapsed = Spawn.timeToFirstLine(program.path, program.arguments, input: input) {
          samples[index].append(elapsed)
        } else {
          failures += 1
        }
      }
    }
    Report.line("\(followup)")
    if let own = Spawn.ownPath(), let built = modified(followup), let bench = modified(own),
      built + 60 < bench
    {
      Report.line("  (older than this benchmark: rebuild it with swift build -c release)")
    }
    Report.line(
      "input line: \(input.dropLast()); \(runs) runs each, alternating, after 5 warm-up runs")
    var rows = [["  program", "median ms", "p90 ms", "min ms", "max ms"]]
    for (index, program) in programs.enumerated() {
      rows.append([
        "  " + program.name, Format.millis(samples[index].median(), 2),
        Format.millis(samples[index].percentile(0.9), 2),
        Format.millis(samples[index].percentile(0), 2),
        Format.millis(samples[index].percentile(1), 2),
      ])
    }
    for line in Format.table(rows) { Report.line(line) }
    if programs.count == 2 {
      let difference =
        Double(samples[0].median()) - Double(samples[1].median())
      Report.line(
        "  followup's first reply comes \(Format.fixed(difference / 1e6, 2)) ms after cat's")
    }
    if failures > 0 { Report.line("  \(failures) runs wrote no line") }
  }

  /// When the file at `path` was last modified, in seconds since 1970.
  private static func modified(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Platform.modificationSeconds(info)
  }

  /// The `followup` built next to this benchmark (same build directory and configuration).
  static func defaultFollowup() -> String? {
    guard let own = Spawn.ownPath(), let slash = own.lastIndex(of: "/") else { return nil }
    return String(own[..<slash]) + "/followup"
  }
}
