import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The built executable, end to end: over a pipe, over JSON lines, in a real terminal, and
/// through kills and restarts.
@Suite("The followup executable")
struct ExecutableTests {
  static let today = "2026-11-27"

  @Test("a recorded dialogue piped through the executable gives the recorded replies")
  func pipe() throws {
    for name in ["well-email.txt", "review.txt", "export.txt"] {
      let transcript = try Transcript.parse(
        String(contentsOf: Dialogues.url(name), encoding: .utf8))
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "followup-pipe-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      // Saves write into a fresh folder, as when the dialogue was recorded.
      let input = transcript.turns.map(\.input).joined(separator: "\n") + "\n"
      let result = try Executable.run(
        ["--today", transcript.today.iso], input: input, directory: folder)
      var expected = transcript.greeting + "\n\n"
      for turn in transcript.turns where !turn.reply.isEmpty { expected += turn.reply + "\n\n" }
      #expect(result.status == 0)
      #expect(result.error.isEmpty, "\(result.error)")
      #expect(
        result.output == expected,
        "\(name):\n\(LineDiff.diff(expected: expected, actual: result.output))")
    }
  }

  @Test("hostile bytes over the pipe: every line answered, nothing raw written back")
  func hostileBytes() throws {
    var bytes = Data([0xFF, 0xFE, 0x0A])
    bytes.append(Data("I'm \u{1B}[2J\u{1B}[31mJordan\u{0}\u{7}\n".utf8))
    bytes.append(Data((String(repeating: "x", count: 1_048_576) + "\n").utf8))
    bytes.append(Data("Priya Shah".utf8))
    let result = try Executable.run(["--today", Self.today], bytes: bytes)
    #expect(result.status == 0)
    let output = Data(result.output.utf8)
    #expect(!output.contains(0x1B) && !output.contains(0x00) && !output.contains(0x07))
    #expect(result.output.contains("Some characters in that message couldn't be read"))
    #expect(result.output.contains("Nice to meet you, Jordan."))
    #expect(result.output.contains("That message was very long, so I read only its first 16 KB."))
    #expect(result.output.contains("Got it: you met Priya Shah."))
  }

  @Test("JSON lines arriving in odd chunks, the last without a newline, each answered once")
  func chunks() throws {
    let process = try LiveProcess(["--jsonl", "--today", Self.today])
    let pieces = [
      #"{"session": "a", "te"#, #"xt": "I'm Jordan"}"# + "\n" + #"{"ses"#, #"sion": "b", "text": "#,
      #""hi"}"#,
    ]
    for piece in pieces {
      process.write(piece)
      usleep(50_000)
    }
    try process.closeInput()
    let first = process.readLine() ?? ""
    let second = process.readLine() ?? ""
    #expect(first.contains("Nice to meet you, Jordan."))
    #expect(second.hasPrefix(#"{"session":"b","reply":"Hi, I'm FollowUp."#))
    #expect(process.readLine() == nil)
    #expect(process.wait() == 0)
  }

  @Test("in JSON-lines mode no input writes a file: exports come back in the reply")
  func noFilesFromChat() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "followup-nofiles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("escape.txt").path
    var lines = Fixture.conversation.prefix(5).map {
      JSONWriter.string(.object([("text", .string($0))]))
    }
    for message in [
      "save note.txt", "save \(target)", "save ../../tmp/x.eml", "export", "mailto",
      "review\nDear Priya, thanks.",
    ] {
      lines.append(JSONWriter.string(.object([("text", .string(message))])))
    }
    let result = try Executable.run(
      ["--jsonl", "--today", Self.today], input: lines.joined(separator: "\n") + "\n",
      directory: folder)
    #expect(result.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: target))
    let outputs = result.output.split(separator: "\n").compactMap {
      try? JSONParser.parse(String($0))
    }
    #expect(outputs.count == lines.count)
    #expect(outputs.dropFirst(5).prefix(5).allSatisfy { $0["export"] != nil })
  }

  @Test("the last line is answered even without a newline; blank input ends cleanly")
  func lastLine() throws {
    let result = try Executable.run(["--today", Self.today], input: "I'm Jordan")
    #expect(result.status == 0)
    #expect(result.output.contains("Nice to meet you, Jordan."))
    let empty = try Executable.run(["--today", Self.today], input: "")
    #expect(empty.status == 0)
    #expect(empty.output.hasPrefix("Hi, I'm FollowUp."))
  }

  @Test("JSON lines: two interleaved sessions, each line answered at once and in order")
  func jsonl() throws {
    let a = Fixture.conversation
    let b = [
      "Sam Patel", "Dr Okafor", "Castlegate University", "skip", "on Tuesday", "badly",
      "Dr Okafor talked about her research on antibiotic resistance in soil", "yes", "card", "done",
    ]
    var lines: [String] = []
    for index in 0..<max(a.count, b.count) {
      if index < a.count {
        lines.append(
          JSONWriter.string(
            .object([
              ("session", .string("a")), ("text", .string(a[index])),
              ("id", .number(Double(index))),
            ])))
      }
      if index < b.count {
        lines.append(
          JSONWriter.string(.object([("session", .string("b")), ("text", .string(b[index]))])))
      }
    }
    let result = try Executable.run(
      ["--jsonl", "--today", Self.today], input: lines.joined(separator: "\n") + "\n")
    let outputs = result.output.split(separator: "\n").map(String.init)
    #expect(outputs.count == lines.count)
    var server = JSONLinesServer()
    let expected = lines.map { server.handle($0, today: Fixture.today) }
    #expect(outputs == expected)
    let last = outputs.compactMap { try? JSONParser.parse($0) }
    #expect(last.filter { $0["session"] == .string("a") }.last?["stage"] == .string("done"))
    #expect(last.filter { $0["session"] == .string("b") }.last?["stage"] == .string("done"))
  }

  @Test("--help, --version and bad arguments")
  func arguments() throws {
    let help = try Executable.run(["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("followup --jsonl"))
    let version = try Executable.run(["--version"])
    #expect(version.output == "followup \(FollowUp.version)\n")
    for bad in [
      ["--frobnicate"], ["--today", "yesterday"], ["replay"], ["--max-sessions", "0", "--jsonl"],
      ["--state-dir", "x"],
    ] {
      let result = try Executable.run(bad)
      #expect(result.status == 2, "\(bad)")
      #expect(result.error.hasPrefix("followup: "), "\(bad)")
    }
  }

  @Test("replay: exit 0 when a dialogue matches, 1 with a line diff when it does not")
  func replay() throws {
    let good = try Executable.run(["replay", Dialogues.url("help.txt").path])
    #expect(good.status == 0)
    let text = try String(contentsOf: Dialogues.url("help.txt"), encoding: .utf8)
    let broken = text.replacingOccurrences(of: "Nice to meet you, Jordan.", with: "Hello, Jordan.")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "broken-\(UUID().uuidString).txt")
    try broken.write(to: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: path) }
    let bad = try Executable.run(["replay", path.path])
    #expect(bad.status == 1)
    #expect(bad.output.contains("- Hello, Jordan."))
    #expect(bad.output.contains("+ Nice to meet you, Jordan."))
  }

  @Test("kill -9 at any point and restart: nothing answered is lost, nothing answered twice")
  func killAndRestart() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "followup-state-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let sessions = ["alpha", "Beta", "../../escape", "zoë"]
    var lines: [(String, String)] = []  // (session, line)
    for (turn, message) in Fixture.conversation.enumerated() {
      for session in sessions {
        let id = "\(session)-\(turn)"
        lines.append(
          (
            session,
            JSONWriter.string(
              .object([
                ("session", .string(session)), ("text", .string(message)), ("id", .string(id)),
              ]))
          ))
      }
    }
    var reference = JSONLinesServer()
    let expected = lines.map { reference.handle($0.1, today: Fixture.today) }
    // Kill points: after writing a line and before reading its reply, chosen by a fixed
    // generator so the test is repeatable.
    var generator = SeededGenerator(seed: 42)
    var replies: [String] = []
    var index = 0
    var kills = 0
    while index < lines.count {
      let process = try LiveProcess(["--jsonl", "--today", Self.today, "--state-dir", folder.path])
      let stop = min(lines.count, index + 1 + Int(generator.next() % 9))
      while index < stop {
        process.send(lines[index].1)
        if index == stop - 1, stop < lines.count, generator.next() % 2 == 0 {
          // Kill with the line in flight: its reply may or may not have been saved.
          process.kill()
          kills += 1
          break
        }
        guard let reply = process.readLine() else { break }
        replies.append(reply)
        index += 1
      }
      if process.process.isRunning {
        process.kill()
        kills += 1
      }
    }
    #expect(kills >= 5)
    #expect(replies == expected)
    // Every file in the state folder is a session file or the folder's lock: no escape, no
    // leftovers.
    let all = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(all.contains(".lock"))
    let files = all.filter { $0 != ".lock" }
    #expect(files.count == sessions.count)
    #expect(files.allSatisfy { $0.hasPrefix("s-") && $0.hasSuffix(".json") })
  }

  @Test("SIGTERM finishes the line in hand and exits 0 with the session saved")
  func terminate() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "followup-term-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = try LiveProcess(["--jsonl", "--today", Self.today, "--state-dir", folder.path])
    process.send(#"{"session": "a", "text": "I'm Jordan"}"#)
    let reply = process.readLine()
    #expect(reply?.contains("Nice to meet you, Jordan.") == true)
    process.kill(SIGTERM)
    #expect(process.process.terminationStatus == 0)
    #expect(process.process.terminationReason == .exit)
    let again = try Executable.run(
      ["--jsonl", "--today", Self.today, "--state-dir", folder.path],
      input: #"{"session": "a", "text": "Priya Shah"}"# + "\n")
    #expect(again.output.contains("\"stage\":\"company\""))
  }

  /// A SIGTERM that lands just after a reply, as the loop goes back to wait for input, was now
  /// and then missed: the signal came between the loop's check and a blocking read, and the
  /// program waited for input forever. The wait is now cut into slices that look again.
  @Test("SIGTERM right after a reply always ends the program, however the timing falls")
  func terminateAfterReply() throws {
    for round in 0..<20 {
      let process = try LiveProcess(["--jsonl", "--today", Self.today])
      process.send(#"{"session": "a", "text": "I'm Jordan"}"#)
      _ = process.readLine()
      Foundation.kill(process.process.processIdentifier, SIGTERM)
      #expect(process.waitBounded(5), "round \(round): still running 5 s after SIGTERM")
      #expect(process.process.terminationStatus == 0, "round \(round)")
    }
  }

  @Test("a reader that goes away ends the program quietly")
  func closedReader() throws {
    let process = try LiveProcess(["--jsonl", "--today", Self.today])
    process.process.standardOutput.map { ($0 as? Pipe)?.fileHandleForReading.closeFile() }
    for _ in 0..<50 { process.send(#"{"text": "hi"}"#) }
    try process.closeInput()
    let status = process.wait()
    #expect(status == 0)
    #expect(process.process.terminationReason == .exit)
  }
}
