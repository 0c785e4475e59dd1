import FollowUpKit

/// `state`: the release `followup --jsonl --state-dir` with fsync on, as a bridge drives it (one
/// line, then its reply): turns per second, and the size of a saved session.
enum StateSuite {
  static let sessions = 200

  static func run(followupPath: String?) {
    Report.heading("state: followup --jsonl --state-dir, every turn saved with fsync")
    guard let followup = followupPath ?? StartupSuite.defaultFollowup(), FileText.exists(followup)
    else {
      Report.line("no followup binary next to this one: build it first (swift build -c release)")
      return
    }
    for withIDs in [false, true] {
      let folder = "/tmp/followup-bench-state-\(getpid())-\(withIDs ? "ids" : "plain")"
      guard
        let child = Child(followup, ["--jsonl", "--today", "2026-11-27", "--state-dir", folder])
      else {
        Report.line("could not start \(followup)")
        return
      }
      var latencies = Samples(capacity: sessions * JSONLinesSuite.turnsPerConversation)
      let start = Clock.now()
      for turn in 0..<JSONLinesSuite.turnsPerConversation {
        for session in 0..<sessions {
          var line = JSONLinesSuite.line(session: session, turn: turn)
          if withIDs { line = String(line.dropLast()) + ",\"id\":\(turn * sessions + session)}" }
          let before = Clock.now()
          child.send(line)
          guard child.readLine() != nil else {
            Report.line("the child stopped answering")
            return
          }
          latencies.append(Clock.now() &- before)
        }
      }
      let elapsed = Double(Clock.now() &- start) / 1e9
      child.finish()
      let sizes = savedSizes(folder)
      removeFolder(folder)
      let turns = latencies.count
      Report.line(
        "\(withIDs ? "with ids (the last reply kept for exactly-once resends)" : "without ids"): "
          + "\(sessions) sessions x \(JSONLinesSuite.turnsPerConversation) turns, one line at a time"
      )
      Report.line(
        "  \(Format.grouped(Int(Double(turns) / elapsed))) turns/s; per turn median "
          + "\(Format.micros(latencies.median())) µs, p99 \(Format.micros(latencies.percentile(0.99))) µs"
      )
      if !sizes.isEmpty {
        let sorted = sizes.sorted()
        Report.line(
          "  saved session at the end of a whole conversation: median \(Format.grouped(sorted[sorted.count / 2])) bytes, "
            + "max \(Format.grouped(sorted.last ?? 0)) bytes (target <= 2,048 without ids)")
      }
    }
  }

  private static func savedSizes(_ folder: String) -> [Int] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var sizes: [Int] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard name.hasSuffix(".json") else { continue }
      var status = stat()
      if stat(folder + "/" + name, &status) == 0 { sizes.append(Int(status.st_size)) }
    }
    return sizes
  }

  private static func removeFolder(_ folder: String) {
    guard let directory = opendir(folder) else { return }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { unlink(folder + "/" + name) }
    }
    closedir(directory)
    rmdir(folder)
  }
}

/// A child process spoken to one line at a time over pipes.
final class Child {
  private var pid: pid_t = 0
  private let input: Int32
  private let output: Int32
  private var buffer: [UInt8] = []

  init?(_ path: String, _ arguments: [String]) {
    var inputPipe: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    guard pipe(&inputPipe) == 0, pipe(&outputPipe) == 0 else { return nil }
    for descriptor in inputPipe + outputPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = Platform.spawnFileActions()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, inputPipe[0], STDIN_FILENO)
    posix_spawn_file_actions_adddup2(&actions, outputPipe[1], STDOUT_FILENO)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
    close(inputPipe[0])
    close(outputPipe[1])
    input = inputPipe[1]
    output = outputPipe[0]
  }

  func send(_ line: String) {
    var bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        write(input, $0.baseAddress.map { $0 + offset }, $0.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return }
      offset += written
    }
  }

  func readLine() -> String? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        return line
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { return nil }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  func finish() {
    close(input)
    close(output)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
  }
}
