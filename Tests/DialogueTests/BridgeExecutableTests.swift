import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The executable as a bridge operator runs it: one line out for every line in, a state folder
/// it can always read back and only one process uses, streams and signals that end it cleanly,
/// recordings and replays that never write or read what they should not. Every wait is bounded.
@Suite("The executable behind a bridge")
struct BridgeExecutableTests {
  static let today = "2026-11-27"

  static func temporaryFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "followup-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test("--jsonl answers every line, blank lines and lines of spaces included")
  func blankLines() throws {
    let input = "\n   \n" + #"{"session": "a", "text": "I'm Jordan"}"# + "\n\t\n"
    let result = try Executable.run(["--jsonl", "--today", Self.today], input: input)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 4)
    #expect(lines[0].contains(#""error":"empty line"#))
    #expect(lines[1].contains(#""error":"empty line"#))
    #expect(lines[2].contains("Nice to meet you, Jordan."))
    #expect(lines[3].contains(#""error":"empty line"#))
    let topics = try Executable.run(["topics", "--jsonl"], input: "\n" + #"{"text": "hi"}"# + "\n")
    #expect(topics.output.split(separator: "\n").count == 2)
  }

  @Test("a second process on the same state folder refuses to start, with a clear message")
  func lockedFolder() throws {
    let folder = try Self.temporaryFolder("lock")
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try LiveProcess(["--jsonl", "--today", Self.today, "--state-dir", folder.path])
    defer { first.kill() }
    first.send(#"{"event": "ping"}"#)
    #expect(first.readLine()?.contains("pong") == true)
    let second = try Executable.run(
      ["--jsonl", "--today", Self.today, "--state-dir", folder.path],
      input: #"{"session": "a", "text": "hi"}"# + "\n", timeout: 20)
    #expect(second.status == 1)
    #expect(second.error.contains("another followup process is using the state folder"))
    #expect(second.output.isEmpty)
  }

  @Test("a FIFO or a folder where a session file should be is set aside, never waited on")
  func unusableStateFiles() throws {
    let folder = try Self.temporaryFolder("fifo")
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent(SessionFileName.name(for: "a")).path
    #expect(mkfifo(fifo, 0o600) == 0)
    let directory = folder.appendingPathComponent(SessionFileName.name(for: "b"))
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    let input = [
      #"{"session": "a", "text": "I'm Jordan"}"#, #"{"session": "b", "text": "I'm Sam"}"#,
      #"{"session": "a", "text": "Priya Shah"}"#,
    ].joined(separator: "\n")
    let result = try Executable.run(
      ["--jsonl", "--today", Self.today, "--state-dir", folder.path], input: input + "\n",
      timeout: 20)
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines[0].contains("I couldn't read our earlier conversation (it is a FIFO, not a file)"))
    #expect(lines[1].contains("(it is a folder, not a file)"))
    #expect(lines[2].contains(#""stage":"company""#))
    #expect(!lines[2].contains("couldn't read"))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.contains(SessionFileName.name(for: "a") + ".corrupt-1"))
    #expect(names.contains(SessionFileName.name(for: "b") + ".corrupt-1"))
  }

  @Test("a failed write to standard output exits 1 with the reason on standard error")
  func failedWrite() throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    let jsonl = try Executable.run(
      ["--jsonl", "--today", Self.today], input: #"{"text": "hi"}"# + "\n", output: full,
      timeout: 20)
    #expect(jsonl.status == 1)
    #expect(jsonl.error.contains("cannot write to standard output: no space left on device"))
    let help = try Executable.run(["--help"], output: full, timeout: 20)
    #expect(help.status == 1)
    let topics = try Executable.run(["topics"], input: "some text", output: full, timeout: 20)
    #expect(topics.status == 1)
  }

  @Test("SIGTERM ends the program within a second even while its reader is not reading")
  func terminateWhileBlocked() throws {
    let process = try LiveProcess(["--jsonl", "--today", Self.today])
    // Replies of about 700 bytes each, never read: the output pipe (64 KiB) fills.
    for index in 0..<300 { process.send(#"{"session": "s\#(index)", "text": "hi"}"#) }
    Thread.sleep(forTimeInterval: 1)
    #expect(process.process.isRunning)
    let start = Date()
    kill(process.process.processIdentifier, SIGTERM)
    while process.process.isRunning, Date().timeIntervalSince(start) < 5 {
      Thread.sleep(forTimeInterval: 0.02)
    }
    let elapsed = Date().timeIntervalSince(start)
    if process.process.isRunning { process.kill() }
    #expect(elapsed < 1.5, "took \(elapsed) s")
    #expect(process.process.terminationReason == .exit)
  }

  @Test("--record refuses an existing file without --force, and any file that is not regular")
  func recordTargets() throws {
    let folder = try Self.temporaryFolder("record")
    defer { try? FileManager.default.removeItem(at: folder) }
    let existing = folder.appendingPathComponent("old.txt")
    try "keep me".write(to: existing, atomically: true, encoding: .utf8)
    let refused = try Executable.run(
      ["--today", Self.today, "--record", existing.path], input: "I'm Jordan\n", timeout: 20)
    #expect(refused.status == 1)
    #expect(refused.error.contains("already exists; add --force to replace it"))
    #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
    let forced = try Executable.run(
      ["--today", Self.today, "--record", existing.path, "--force"], input: "I'm Jordan\n",
      timeout: 20)
    #expect(forced.status == 0)
    #expect(try String(contentsOf: existing, encoding: .utf8).contains("> I'm Jordan"))
    let fifo = folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for target in [fifo, "/dev/null", folder.path] {
      let result = try Executable.run(
        ["--today", Self.today, "--record", target, "--force"], input: "hi\n", timeout: 20)
      #expect(result.status == 1, "\(target)")
      #expect(result.error.contains("is not a regular file"), "\(target): \(result.error)")
    }
    let nowhere = try Executable.run(
      ["--today", Self.today, "--record", "/nonexistent-folder/x.txt"], input: "hi\n", timeout: 20)
    #expect(nowhere.status == 1)
    #expect(nowhere.error.contains("cannot write the recording"))
  }

  @Test("a recording holds only printable text, keeps a carriage return in its line, and replays")
  func recordingReplays() throws {
    let folder = try Self.temporaryFolder("recording")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("chat.txt")
    let input = "I'm Jordan\rLee\n\u{1B}[2J\u{1B}]0;title\u{07}Priya Shah\nNorthgate Foods\n"
    let result = try Executable.run(
      ["--today", Self.today, "--record", path.path], input: input, timeout: 20)
    #expect(result.status == 0)
    let bytes = try Data(contentsOf: path)
    #expect(!bytes.contains(where: { $0 < 0x20 && $0 != 0x0A }), "a control byte in the recording")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("> I'm Jordan␍Lee"))
    #expect(text.contains("> ␛[2J␛]0;title␇Priya Shah"))
    let replay = try Executable.run(["replay", path.path], timeout: 30)
    #expect(replay.status == 0, "\(replay.output)")
  }

  @Test("replay reads regular files only: a device or a FIFO is refused at once")
  func replayRefusesDevices() throws {
    let folder = try Self.temporaryFolder("replay")
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for target in ["/dev/zero", fifo, folder.path] {
      let result = try Executable.run(["replay", target], timeout: 20)
      #expect(result.status == 1)
      #expect(result.error.contains("not a regular file"), "\(target): \(result.error)")
    }
  }
}
