import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// JSON lines behind a line-based chat (IRC; Slack, Matrix and Telegram users who paste): a
/// note over several messages, messages a client split, bursts joined by time, renames.
@Suite("JSON lines behind a line-based chat")
struct LineBasedChatTests {
  static func object(_ line: String) -> JSONValue { (try? JSONParser.parse(line)) ?? .null }

  static func line(_ session: String, _ text: String, continued: Bool = false, id: Int? = nil)
    -> String
  {
    var pairs: [(String, JSONValue)] = [("session", .string(session)), ("text", .string(text))]
    if continued { pairs.append(("continued", .bool(true))) }
    if let id { pairs.append(("id", .number(Double(id)))) }
    return JSONWriter.string(.object(pairs))
  }

  static let noteLines = PastedNoteTests.note.split(
    separator: "\n", omittingEmptySubsequences: false
  ).map(String.init)

  /// The server after the first two answers: at the interviewer question.
  static func server(store: MemorySessionStore? = nil) -> JSONLinesServer {
    var server = JSONLinesServer(store: store)
    _ = server.handle(line("a", "Jordan"), today: Fixture.today)
    return server
  }

  @Test("review, then the note over several messages, then a dot: collected, then reviewed")
  func reviewOverSeveralMessages() {
    var server = Self.server()
    let start = Self.object(server.handle(Self.line("a", "review"), today: Fixture.today))
    #expect(start["collecting"] == .bool(true))
    #expect(start["stage"] == .string("interviewer"))
    #expect(start["reply"] == .string(SessionInbox.reviewStarted))
    for line in Self.noteLines {
      let output = Self.object(server.handle(Self.line("a", line), today: Fixture.today))
      // Nothing is read as an answer or a command meanwhile: "Thanks," does not end it.
      #expect(output["collecting"] == .bool(true), "\(line)")
      #expect(output["reply"] == .string(""), "\(line)")
    }
    let done = Self.object(server.handle(Self.line("a", "."), today: Fixture.today))
    #expect(done["stage"] == .string("interviewer"))
    #expect(done["collecting"] == nil)
    #expect(done["reply"]?.stringValue?.hasPrefix("I read your draft") == true)
    #expect(done["advice"] != nil)
    #expect(server.conversation("a")?.stage == .interviewer)
  }

  @Test("a lines array is one message; after review it ends the collection")
  func linesArray() {
    var server = Self.server()
    let lines = JSONValue.array((["review"] + Self.noteLines).map { .string($0) })
    let output = Self.object(
      server.handle(
        JSONWriter.string(.object([("session", .string("a")), ("lines", lines)])),
        today: Fixture.today))
    #expect(output["reply"]?.stringValue?.hasPrefix("I read your draft") == true)
    _ = server.handle(Self.line("a", "review"), today: Fixture.today)
    let rest = JSONValue.array(Self.noteLines.map { .string($0) })
    let ended = Self.object(
      server.handle(
        JSONWriter.string(.object([("session", .string("a")), ("lines", rest)])),
        today: Fixture.today))
    #expect(ended["reply"]?.stringValue?.hasPrefix("I read your draft") == true)
    #expect(ended["stage"] == .string("interviewer"))
    let bad = Self.object(
      server.handle(#"{"session": "a", "lines": ["x", 1]}"#, today: Fixture.today))
    #expect(bad["error"] == .string("\"lines\" must be a non-empty array of strings"))
  }

  @Test("a note pasted line by line without review: its greeting starts it, its signature ends it")
  func pastedLineByLine() {
    var server = JSONLinesServer()
    var outputs: [JSONValue] = []
    for line in Self.noteLines {
      outputs.append(Self.object(server.handle(Self.line("a", line), today: Fixture.today)))
    }
    #expect(outputs[0]["reply"] == .string(SessionInbox.noteStarted))
    #expect(outputs[0]["collecting"] == .bool(true))
    #expect(outputs[0]["stage"] == .string("name"))
    for output in outputs.dropFirst().dropLast() {
      #expect(output["collecting"] == .bool(true))
    }
    let last = outputs[outputs.count - 1]
    let reply = last["reply"]?.stringValue ?? ""
    #expect(reply.contains("I read your draft"))
    #expect(!reply.contains("Nice to meet you"))
    #expect(last["stage"] == .string("name"))
  }

  @Test("a note whose signature comes in the next message waits for it")
  func signatureLater() {
    var server = JSONLinesServer()
    let unsigned = Self.noteLines.dropLast().joined(separator: "\n")
    let first = Self.object(server.handle(Self.line("a", unsigned), today: Fixture.today))
    #expect(first["collecting"] == .bool(true))
    let signed = Self.object(server.handle(Self.line("a", "Jordan"), today: Fixture.today))
    #expect(signed["reply"]?.stringValue?.hasPrefix("Hi, I'm FollowUp.") == true)
    #expect(signed["reply"]?.stringValue?.contains("I read your draft") == true)
    #expect(signed["stage"] == .string("name"))
  }

  @Test("a note being collected survives a restart")
  func collectingIsSaved() {
    let store = MemorySessionStore()
    var server = Self.server(store: store)
    _ = server.handle(Self.line("a", "review"), today: Fixture.today)
    for line in Self.noteLines.prefix(3) {
      _ = server.handle(Self.line("a", line), today: Fixture.today)
    }
    var restarted = JSONLinesServer(store: store)
    for line in Self.noteLines.dropFirst(3) {
      let output = Self.object(restarted.handle(Self.line("a", line), today: Fixture.today))
      #expect(output["collecting"] == .bool(true))
    }
    let done = Self.object(restarted.handle(Self.line("a", "."), today: Fixture.today))
    #expect(done["reply"]?.stringValue?.hasPrefix("I read your draft") == true)
  }

  @Test("a message marked continued waits for its rest, and the two are read as one answer")
  func continued() {
    var server = JSONLinesServer()
    let first = Self.object(
      server.handle(
        Self.line("a", "I'm Jordan, I met Priya Shah at Northgate", continued: true),
        today: Fixture.today))
    #expect(first["continued"] == .bool(true))
    #expect(first["reply"] == .string(""))
    let rest = Self.object(
      server.handle(Self.line("a", "Foods yesterday for the analyst job"), today: Fixture.today))
    #expect(rest["continued"] == nil)
    let reply = rest["reply"]?.stringValue ?? ""
    #expect(reply.contains("Northgate Foods"), "\(reply)")
    #expect(rest["stage"] == .string("outcome"))
  }

  @Test("a held start joins a lines array that follows it")
  func continuedThenLines() {
    var server = Self.server()
    _ = server.handle(Self.line("a", "review"), today: Fixture.today)
    _ = server.handle(Self.line("a", "Dear Sa", continued: true), today: Fixture.today)
    let rest = JSONValue.array(["rah,", "Thank you for your time.", "Jordan"].map { .string($0) })
    _ = server.handle(
      JSONWriter.string(.object([("session", .string("a")), ("lines", rest)])),
      today: Fixture.today)
    let history = server.conversation("a")
    #expect(history?.stage == .interviewer)
    var inbox = SessionInbox()
    inbox.collected = []
    _ = inbox.take("Dear Sa", lines: nil, continued: true)
    #expect(
      inbox.take("rah,\nThanks.", lines: ["rah,", "Thanks."], continued: false)
        == .turn("review\nDear Sa rah,\nThanks."))
  }

  @Test("--join-ms: lines of one session within the window are one message, answered later")
  func joining() {
    var server = JSONLinesServer(options: .init(joinMilliseconds: 500))
    let today = Fixture.today
    #expect(server.receive(Self.line("a", "I'm Jordan", id: 1), today: today, now: 1000).isEmpty)
    // Another session's line is not joined to it, and does not close its window.
    #expect(server.receive(Self.line("b", "Sam", id: 2), today: today, now: 1100).isEmpty)
    #expect(
      server.receive(Self.line("a", "I met Priya Shah", id: 3), today: today, now: 1400).isEmpty)
    #expect(server.nextDeadline == 1601)
    #expect(server.due(now: 1500, today: today).isEmpty)
    // Windows close oldest first: b's (its last line at 1100), then a's.
    let closed = server.due(now: 1901, today: today).map(Self.object)
    #expect(closed.count == 3)
    #expect(closed[0]["session"] == .string("b"))
    #expect(closed[0]["id"] == .number(2))
    #expect(closed[1]["session"] == .string("a"))
    #expect(closed[1]["joined"] == .bool(true))
    #expect(closed[1]["id"] == .number(1))
    #expect(closed[2]["id"] == .number(3))
    #expect(closed[2]["reply"]?.stringValue?.contains("Priya Shah") == true)
    #expect(closed[2]["stage"] == .string("company"))
    #expect(server.nextDeadline == nil)
    // An event takes the session's waiting lines first, so the order holds.
    _ = server.receive(Self.line("a", "Northgate Foods"), today: today, now: 3000)
    let reset = server.receive(#"{"session": "a", "event": "reset"}"#, today: today, now: 3001)
    #expect(reset.count == 2)
    #expect(Self.object(reset[1])["event"] == .string("reset"))
    // Without the option, every line is answered at once.
    var plain = JSONLinesServer()
    #expect(plain.receive(Self.line("a", "hi"), today: today, now: 0).count == 1)
  }

  @Test("rename moves a session, with its saved state; it never overwrites another")
  func rename() {
    let store = MemorySessionStore()
    var server = Self.server(store: store)
    _ = server.handle(Self.line("b", "hi"), today: Fixture.today)
    let moved = Self.object(
      server.handle(#"{"event": "rename", "session": "a", "to": "c"}"#, today: Fixture.today))
    #expect(moved["session"] == .string("c"))
    #expect(moved["event"] == .string("rename"))
    #expect(moved["from"] == .string("a"))
    #expect(store.files["a"] == nil)
    #expect(store.files["c"] != nil)
    #expect(server.conversation("c")?.stage == .interviewer)
    var restarted = JSONLinesServer(store: store)
    let next = Self.object(restarted.handle(Self.line("c", "Priya Shah"), today: Fixture.today))
    #expect(next["stage"] == .string("company"))
    let taken = Self.object(
      server.handle(#"{"event": "rename", "session": "c", "to": "b"}"#, today: Fixture.today))
    #expect(taken["error"] == .string("cannot rename to a session that already exists"))
    let missing = Self.object(
      server.handle(#"{"event": "rename", "session": "x", "to": "y"}"#, today: Fixture.today))
    #expect(missing["error"] == .string("there is no session to rename"))
    let noTarget = Self.object(
      server.handle(#"{"event": "rename", "session": "c"}"#, today: Fixture.today))
    #expect(noTarget["error"] == .string("\"rename\" needs a \"session\" and a \"to\""))
  }

  @Test("blocks say what each piece is; a review's rewrite is a field of its own")
  func blocks() {
    var server = JSONLinesServer()
    var last = JSONValue.null
    for message in Fixture.conversation.prefix(5) {
      last = Self.object(server.handle(Self.line("a", message), today: Fixture.today))
    }
    guard case .array(let blocks)? = last["blocks"] else {
      Issue.record("no blocks")
      return
    }
    #expect(blocks.map { $0["type"]?.stringValue ?? "" } == ["text", "subject", "note", "text"])
    #expect(blocks[2]["text"] == last["note"])
    let texts = blocks.compactMap { $0["text"]?.stringValue }
    #expect(texts.joined(separator: "\n\n") == last["reply"]?.stringValue)
    let review = Self.object(
      server.handle(
        Self.line("a", "review\nHi Priya,\nI'm desperate for this job, please.\nJordan"),
        today: Fixture.today))
    guard case .array(let reviewBlocks)? = review["blocks"] else {
      Issue.record("no blocks")
      return
    }
    let kinds = reviewBlocks.map { $0["type"]?.stringValue ?? "" }
    #expect(kinds.first == "advice")
    #expect(kinds.contains("rewrite"))
    let rewrite = reviewBlocks.first { $0["type"] == .string("rewrite") }?["text"]
    #expect(review["rewrite"]?["note"] == rewrite)
    // The draft is still the person's own: the rewrite is beside it, not in "note".
    #expect(review["note"] == last["note"])
  }

  @Test("--no-blank-lines: no empty line anywhere; --max-reply-bytes counts bytes")
  func mediaLimits() {
    var server = JSONLinesServer(options: .init(maximumReplyBytes: 120, noBlankLines: true))
    for message in Fixture.conversation {
      let output = Self.object(server.handle(Self.line("a", message), today: Fixture.today))
      let reply = output["reply"]?.stringValue ?? ""
      #expect(!reply.contains("\n\n"), "\(reply)")
      guard case .array(let parts)? = output["parts"] else {
        Issue.record("no parts")
        continue
      }
      let texts = parts.compactMap(\.stringValue)
      #expect(texts.joined() == reply)
      #expect(texts.allSatisfy { $0.utf8.count <= 120 })
    }
    // Curly quotes are three bytes each: a byte limit splits where a character limit would not.
    let quoted = String(repeating: "\u{201C}word\u{201D} ", count: 10)
    #expect(ReplySplitter.split(quoted, limit: .init(characters: 100)) == [quoted])
    let byBytes = ReplySplitter.split(quoted, limit: .init(bytes: 50))
    #expect(byBytes.count > 1)
    #expect(byBytes.joined() == quoted)
    #expect(byBytes.allSatisfy { $0.utf8.count <= 50 })
  }

  @Test("parts break between blocks, then paragraphs, then sentences, then words")
  func partBoundaries() {
    let text = "One. Two.\n\nThree four five.\nSix."
    #expect(
      ReplySplitter.split(text, limit: 20) == ["One. Two.\n\n", "Three four five.\n", "Six."])
    #expect(
      ReplySplitter.split("Alpha beta. Gamma delta.", limit: 14) == [
        "Alpha beta. ", "Gamma delta.",
      ])
    #expect(ReplySplitter.split("abc defgh", limit: 4) == ["abc ", "defg", "h"])
    // A block boundary is preferred to a paragraph inside the next block.
    let blocks = ReplyFormat(limit: .init(characters: 30)).render([
      ReplyBlock(kind: .text, text: "Here it is:"),
      ReplyBlock(kind: .note, text: "Dear Sam,\n\nThanks.\n\nJo"),
    ])
    #expect(blocks.parts == ["Here it is:\n\n", "Dear Sam,\n\nThanks.\n\nJo"])
  }
}
