import FollowUpKit
import FollowUpTestSupport
import Foundation
import Testing

/// `followup --jsonl` with the options for line-based chats, as a bridge runs it.
@Suite("The executable behind a line-based chat")
struct LineBasedExecutableTests {
  static func objects(_ output: String) -> [JSONValue] {
    output.split(separator: "\n").map { (try? JSONParser.parse(String($0))) ?? .null }
  }

  @Test("--join-ms joins a burst into one message, answered when its window closes")
  func joinWindow() throws {
    // Two lines arrive together and the input stays open past the window: the loop must
    // answer on its own when the window closes, not only at the next line or the end.
    let process = try LiveProcess(["--jsonl", "--today", "2026-11-27", "--join-ms", "300"])
    defer { process.kill() }
    // Every wait bounded: a loop that never answers is killed, and readLine returns nil.
    let pid = process.process.processIdentifier
    let watchdog = DispatchWorkItem { _ = Foundation.kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: watchdog)
    defer { watchdog.cancel() }
    process.send(#"{"session": "a", "text": "I'm Jordan", "id": 1}"#)
    process.send(#"{"session": "a", "text": "I met Priya Shah at Northgate Foods", "id": 2}"#)
    let joined = try #require(process.readLine())
    let reply = try #require(process.readLine())
    let objects = Self.objects(joined + "\n" + reply)
    #expect(objects[0]["joined"] == .bool(true))
    #expect(objects[0]["id"] == .number(1))
    #expect(objects[1]["id"] == .number(2))
    #expect(objects[1]["reply"]?.stringValue?.contains("Northgate Foods") == true)
    try process.closeInput()
    #expect(process.wait() == 0)
  }

  @Test("--no-blank-lines and --max-reply-bytes shape every reply; they need --jsonl")
  func shapes() throws {
    let input = Fixture.conversationLines(session: "a")
    let result = try Executable.run(
      ["--jsonl", "--today", "2026-11-27", "--no-blank-lines", "--max-reply-bytes", "120"],
      input: input)
    #expect(result.status == 0)
    for object in Self.objects(result.output) {
      let reply = object["reply"]?.stringValue ?? ""
      #expect(!reply.contains("\n\n"))
      guard case .array(let parts)? = object["parts"] else {
        Issue.record("no parts")
        continue
      }
      #expect(parts.compactMap(\.stringValue).joined() == reply)
      #expect(parts.compactMap(\.stringValue).allSatisfy { $0.utf8.count <= 120 })
    }
    let refused = try Executable.run(["--join-ms", "100"])
    #expect(refused.status == 2)
    #expect(refused.error.contains("work with --jsonl only"))
  }
}

extension Fixture {
  /// The fixture conversation as JSON lines for one session.
  static func conversationLines(session: String) -> String {
    conversation.map {
      JSONWriter.string(.object([("session", .string(session)), ("text", .string($0))])) + "\n"
    }.joined()
  }
}
