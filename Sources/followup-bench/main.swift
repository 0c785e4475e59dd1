import FollowUpKit

// FollowUp's benchmarks, run on demand (never as a timed unit test):
//
//   swift build -c release    # startup times the followup binary built next to this one
//   swift run -c release followup-bench [extraction] [facts] [jsonl] [memory] [startup] [state]
//
// With no suite named, all run. Everything runs on one thread, pinned to one core.

let usage = """
  usage: followup-bench [suite...] [options]

  suites (default: all, in this order):
    extraction   TopicExtractor().topics(in:) on 100-word texts, then 1 KiB to 1 MiB
    facts        FactReader(today:).facts(in:) on opening messages
    jsonl        whole conversations through JSONLinesServer.handle(_:today:), against the
                 JSON code alone; turn cost with 1,000 to 100,000 sessions held
    memory       resident bytes per idle session with 100,000 sessions held (own process)
    startup      time to the first reply of the release followup binary, next to cat
    state        followup --jsonl --state-dir with fsync: turns per second, saved session size
    pathological one turn of the slowest inputs (16 KiB messages, JSON lines with many keys)

  options:
    --corpus PATH     real accounts (JSON lines with "text") read in place for extraction
                      (default: ../shared/corpus/interview-reviews.jsonl when it exists)
    --no-corpus       inline texts only
    --followup PATH   the followup binary for startup (default: next to this binary)
    --sessions N      sessions in the jsonl suite (default 10,000) and memory (100,000)
    --turns N         turns into each conversation for memory (default 4: at the channel
                      question; 10: finished, with a draft and its history)
    --in-process      run memory in this process instead of a fresh one
    --calls N         extraction: only the 100-word texts, N calls (to profile them under
                      valgrind --tool=callgrind, which counts instructions, not seconds)
    --case TEXT       pathological: only the cases whose name contains TEXT (to profile one)
    --stage TEXT      pathological: only the stages whose name contains TEXT ("opening")
  """

enum Suite: String, CaseIterable {
  case extraction, facts, jsonl, memory, startup, state, pathological
}

struct Options {
  var suites: [Suite] = []
  var corpus: String?
  var noCorpus = false
  var followup: String?
  var sessions: Int?
  var turns: Int?
  var inProcess = false
  var quietHeader = false
  var caseFilter: String?
  var stageFilter: String?
  var calls: Int?
}

func parseOptions(_ arguments: [String]) -> Options? {
  var options = Options()
  var index = 0
  while index < arguments.count {
    let argument = arguments[index]
    index += 1
    switch argument {
    case "--corpus", "--followup", "--sessions", "--turns", "--case", "--stage", "--calls":
      guard index < arguments.count else { return nil }
      let value = arguments[index]
      index += 1
      if argument == "--corpus" { options.corpus = value }
      if argument == "--followup" { options.followup = value }
      if argument == "--case" { options.caseFilter = value }
      if argument == "--stage" { options.stageFilter = value }
      if argument == "--calls" {
        guard let count = Int(value), count > 0 else { return nil }
        options.calls = count
      }
      if argument == "--sessions" {
        guard let count = Int(value), count > 0 else { return nil }
        options.sessions = count
      }
      if argument == "--turns" {
        guard let count = Int(value), (1...JSONLinesSuite.turnsPerConversation).contains(count)
        else { return nil }
        options.turns = count
      }
    case "--no-corpus":
      options.noCorpus = true
    case "--in-process":
      options.inProcess = true
    case "--child":
      // Started by this benchmark to run one suite in a fresh process: no second header.
      options.inProcess = true
      options.quietHeader = true
    case "all":
      options.suites = Suite.allCases
    default:
      guard let suite = Suite(rawValue: argument) else { return nil }
      if !options.suites.contains(suite) { options.suites.append(suite) }
    }
  }
  if options.suites.isEmpty { options.suites = Suite.allCases }
  return options
}

signal(SIGPIPE, SIG_IGN)
if CommandLine.arguments.contains("--help") || CommandLine.arguments.contains("-h") {
  Report.line(usage)
  exit(0)
}
guard let options = parseOptions(Array(CommandLine.arguments.dropFirst())) else {
  Report.line(usage)
  exit(2)
}
guard let today = CivilDate(year: 2026, month: 11, day: 27) else {
  preconditionFailure("a valid fixed date")
}
let pinned = Machine.pinToOneCore()
if !options.quietHeader {
  Report.line("FollowUp benchmarks")
  Report.line("machine: \(Machine.description()), Linux \(Machine.kernel())")
  Report.line("load:    \(Machine.loadAverage()) (1, 5, 15 min; other processes share the cores)")
  Report.line(
    (["command: swift run -c release followup-bench"] + CommandLine.arguments.dropFirst())
      .joined(separator: " "))
  Report.line("binary:  " + (Spawn.ownPath() ?? CommandLine.arguments[0]))
  Report.line(
    "suites:  " + options.suites.map(\.rawValue).joined(separator: " ")
      + "; one thread, " + (pinned.map { "pinned to CPU \($0)" } ?? "not pinned"))
  #if DEBUG
    Report.line("WARNING: a debug build; the figures mean little. Use swift run -c release.")
  #endif
}

for suite in options.suites {
  switch suite {
  case .extraction:
    let path = options.noCorpus ? nil : options.corpus ?? Corpus.defaultPath
    ExtractionSuite.run(
      corpusPath: path.flatMap { FileText.exists($0) ? $0 : nil }, calls: options.calls)
  case .facts:
    FactsSuite.run(today: today)
  case .jsonl:
    JSONLinesSuite.run(today: today, sessions: options.sessions ?? 10_000)
  case .memory:
    let sessions = options.sessions ?? 100_000
    let turns = options.turns ?? 4
    if options.inProcess {
      MemorySuite.run(today: today, sessions: sessions, turnsIn: turns)
    } else if let own = Spawn.ownPath(),
      Spawn.run(
        own, ["memory", "--child", "--sessions", String(sessions), "--turns", String(turns)])
        != nil
    {
      // The child wrote its section to the shared standard output.
    } else {
      MemorySuite.run(today: today, sessions: sessions, turnsIn: turns)
    }
  case .startup:
    StartupSuite.run(followupPath: options.followup)
  case .state:
    StateSuite.run(followupPath: options.followup)
  case .pathological:
    PathologicalSuite.run(today: today, only: options.caseFilter, stage: options.stageFilter)
  }
}
if !options.quietHeader { Report.line() }
