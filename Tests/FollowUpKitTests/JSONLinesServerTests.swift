import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

@Suite("JSON-lines server")
struct JSONLinesServerTests {
  static func object(_ line: String) -> JSONValue {
    (try? JSONParser.parse(line)) ?? .null
  }

  static func line(_ session: String, _ text: String, id: Int? = nil) -> String {
    var pairs: [(String, JSONValue)] = [("session", .string(session)), ("text", .string(text))]
    if let id { pairs.append(("id", .number(Double(id)))) }
    return JSONWriter.string(.object(pairs))
  }

  @Test("every line gets one line with the protocol's fields, in order")
  func fields() {
    var server = JSONLinesServer()
    let output = server.handle(Self.line("a", "hi"), today: Fixture.today)
    #expect(!output.contains("\n"))
    let value = Self.object(output)
    guard case .object(let pairs) = value else {
      Issue.record("not an object: \(output)")
      return
    }
    #expect(
      pairs.map(\.0) == [
        "session", "reply", "stage", "occasion", "note", "subject", "topics", "blocks",
      ])
    #expect(value["session"] == .string("a"))
    #expect(value["stage"] == .string("name"))
    #expect(value["note"] == .null)
    #expect(value["topics"] == .array([]))
    #expect(value["reply"]?.stringValue?.hasPrefix("Hi, I'm FollowUp.") == true)
  }

  @Test("interleaved sessions never mix, and each matches its own run alone")
  func interleaving() {
    let first = Fixture.conversation
    let second = [
      "Sam Patel", "Dr Okafor", "Castlegate University", "lab technician", "on Tuesday", "badly",
      "Dr Okafor talked about her research on antibiotic resistance in soil", "yes", "card",
      "warmer", "done",
    ]
    var alone = JSONLinesServer()
    let firstAlone = first.map { alone.handle(Self.line("a", $0), today: Fixture.today) }
    var aloneB = JSONLinesServer()
    let secondAlone = second.map { aloneB.handle(Self.line("b", $0), today: Fixture.today) }
    var server = JSONLinesServer()
    var firstMixed: [String] = []
    var secondMixed: [String] = []
    for index in 0..<max(first.count, second.count) {
      if index < second.count {
        secondMixed.append(server.handle(Self.line("b", second[index]), today: Fixture.today))
      }
      if index < first.count {
        firstMixed.append(server.handle(Self.line("a", first[index]), today: Fixture.today))
      }
    }
    #expect(firstMixed == firstAlone)
    #expect(secondMixed == secondAlone)
    #expect(Self.object(firstMixed.last ?? "")["stage"] == .string("done"))
    #expect(Self.object(secondMixed.last ?? "")["stage"] == .string("done"))
  }

  @Test("malformed lines get an error and change no session")
  func errors() {
    var server = JSONLinesServer()
    _ = server.handle(Self.line("a", "I'm Jordan"), today: Fixture.today)
    let before = server.conversation("a")
    let cases: [(String, String)] = [
      ("not json", "not valid JSON"),
      ("", "empty line"),
      ("  \t ", "empty line"),
      ("null", "must be a JSON object"),
      ("[1,2]", "must be a JSON object"),
      (#"{"session": "a"}"#, "missing \"text\""),
      (#"{"session": "a", "text": 5}"#, "\"text\" must be a string"),
      (#"{"session": 5, "text": "x"}"#, "\"session\" must be a string"),
      (#"{"session": "a", "text": "x"} trailing"#, "not valid JSON"),
      (#"{"session": "a", "event": "explode"}"#, "unknown event"),
      (#"{"session": "a", "event": "explode"}"#, "ping, start, reset, end or rename"),
      (#"{"session": "a", "event": 7}"#, "ping, start, reset, end or rename"),
      (#"{"event": "reset"}"#, "needs a \"session\""),
      ("\u{FEFF}{\"session\": \"a\", \"text\": {\"nested\": true}}", "\"text\" must be a string"),
      (String(repeating: "[", count: 10_000), "nested more than"),
      (
        #"{"session": "\#(String(repeating: "x", count: 257))", "text": "hi"}"#, "at most 256 bytes"
      ),
    ]
    for (input, expected) in cases {
      let output = server.handle(input, today: Fixture.today)
      let message = Self.object(output)["error"]?.stringValue ?? ""
      #expect(message.contains(expected), "\(input.prefix(40)) -> \(output)")
    }
    #expect(server.conversation("a") == before)
    // The session is still there and carries on.
    let next = Self.object(server.handle(Self.line("a", "Priya Shah"), today: Fixture.today))
    #expect(next["stage"] == .string("company"))
  }

  @Test("an error names the session when it is known, and echoes the id")
  func errorContext() {
    var server = JSONLinesServer()
    let output = Self.object(
      server.handle(#"{"session": "s1", "id": "m-7"}"#, today: Fixture.today))
    #expect(output["session"] == .string("s1"))
    #expect(output["id"] == .string("m-7"))
  }

  @Test("control events: ping, reset, end")
  func events() {
    let store = MemorySessionStore()
    var server = JSONLinesServer(store: store)
    #expect(
      server.handle(#"{"event": "ping", "id": 1}"#, today: Fixture.today)
        == #"{"event":"pong","id":1}"#)
    _ = server.handle(Self.line("a", "I'm Jordan"), today: Fixture.today)
    #expect(server.conversation("a")?.stage == .interviewer)
    let reset = Self.object(
      server.handle(#"{"session": "a", "event": "reset", "id": 2}"#, today: Fixture.today))
    #expect(reset["event"] == .string("reset"))
    #expect(reset["stage"] == .string("name"))
    #expect(reset["id"] == .number(2))
    #expect(reset["reply"]?.stringValue?.hasPrefix("Hi, I'm FollowUp.") == true)
    #expect(server.conversation("a")?.stage == .name)
    #expect(store.files["a"] != nil)
    let end = server.handle(#"{"session": "a", "event": "end"}"#, today: Fixture.today)
    #expect(end == #"{"session":"a","event":"end"}"#)
    #expect(server.conversation("a") == nil)
    #expect(store.files["a"] == nil)
  }

  @Test("the id of any input line is echoed on its output line")
  func idEcho() {
    var server = JSONLinesServer()
    for id in [#""abc""#, "42", "1.5", "null", #"{"k": [1, 2]}"#, "true"] {
      let output = Self.object(
        server.handle(#"{"session": "a", "text": "hi", "id": \#(id)}"#, today: Fixture.today))
      #expect(output["id"] == (try? JSONParser.parse(id)), "\(id)")
    }
  }

  @Test("with a store, every turn is saved before its reply and a restart resumes")
  func durability() {
    let store = MemorySessionStore()
    var first = JSONLinesServer(store: store)
    var uninterrupted = JSONLinesServer()
    for (index, message) in Fixture.conversation.enumerated() {
      // A new server (a restarted process) for every turn: only the store carries state.
      var restarted = index.isMultiple(of: 2) ? JSONLinesServer(store: store) : first
      let output = restarted.handle(Self.line("a", message), today: Fixture.today)
      let expected = uninterrupted.handle(Self.line("a", message), today: Fixture.today)
      #expect(output == expected, "turn \(index)")
      #expect(store.files["a"] != nil)
      first = restarted
    }
  }

  @Test("a line resent with the same id after a restart gets the same reply, not a second turn")
  func exactlyOnce() {
    let store = MemorySessionStore()
    var server = JSONLinesServer(store: store)
    _ = server.handle(
      Self.line(
        "a", "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the analyst job", id: 1),
      today: Fixture.today)
    let reply = server.handle(Self.line("a", "it went well", id: 2), today: Fixture.today)
    // The process dies before the bridge reads the reply; the bridge resends.
    var restarted = JSONLinesServer(store: store)
    #expect(restarted.handle(Self.line("a", "it went well", id: 2), today: Fixture.today) == reply)
    // And in the same process, a retry is answered the same way too.
    #expect(restarted.handle(Self.line("a", "it went well", id: 2), today: Fixture.today) == reply)
    let next = Self.object(
      restarted.handle(
        Self.line("a", "we talked about their new depot in Leeds", id: 3), today: Fixture.today))
    #expect(next["stage"] == .string("topic"))
  }

  @Test("a corrupt saved session restarts only that session, with a notice, and is kept aside")
  func corruption() {
    let store = MemorySessionStore()
    var server = JSONLinesServer(store: store)
    _ = server.handle(Self.line("good", "I'm Jordan"), today: Fixture.today)
    _ = server.handle(Self.line("bad", "I'm Sam"), today: Fixture.today)
    let garbage = Array("{\"v\": 1, \"state\": {\"stage\": \"nowhere\"".utf8)
    store.corrupt("bad", with: garbage)
    var restarted = JSONLinesServer(store: store)
    let bad = Self.object(restarted.handle(Self.line("bad", "Priya Shah"), today: Fixture.today))
    #expect(
      bad["reply"]?.stringValue?.hasPrefix("I couldn't read our earlier conversation") == true)
    #expect(bad["stage"] == .string("name") || bad["stage"] == .string("interviewer"))
    #expect(store.quarantined["bad"] == garbage)
    let good = Self.object(restarted.handle(Self.line("good", "Priya Shah"), today: Fixture.today))
    #expect(good["stage"] == .string("company"))
    // A format from the future is refused the same way, never misread.
    store.corrupt("good", with: Array(#"{"v": 99, "state": {}}"#.utf8))
    var again = JSONLinesServer(store: store)
    let future = Self.object(again.handle(Self.line("good", "hello"), today: Fixture.today))
    #expect(future["reply"]?.stringValue?.contains("newer than this program") == true)
  }

  @Test("eviction: with a store a session reloads transparently; without one it expires")
  func eviction() {
    let store = MemorySessionStore()
    var stored = JSONLinesServer(store: store, options: .init(maximumSessions: 2))
    var unbounded = JSONLinesServer()
    for session in ["a", "b", "c", "a", "b", "c"] {
      let output = stored.handle(Self.line(session, "Priya Shah"), today: Fixture.today)
      let expected = unbounded.handle(Self.line(session, "Priya Shah"), today: Fixture.today)
      #expect(output == expected)
      #expect(stored.sessionCount <= 2)
    }
    var forgetful = JSONLinesServer(options: .init(maximumSessions: 1))
    _ = forgetful.handle(Self.line("a", "I'm Jordan"), today: Fixture.today)
    _ = forgetful.handle(Self.line("b", "I'm Sam"), today: Fixture.today)
    let expired = Self.object(forgetful.handle(Self.line("a", "Priya Shah"), today: Fixture.today))
    #expect(
      expired["reply"]?.stringValue?.hasPrefix(
        "This conversation had expired, so we're starting afresh.") == true)
    #expect(forgetful.sessionCount == 1)
  }

  @Test("long replies are also given as parts no longer than the limit")
  func parts() {
    for limit in [40, 100, 300, 4096] {
      var server = JSONLinesServer(options: .init(maximumReplyCharacters: limit))
      var outputs: [JSONValue] = []
      for message in Fixture.conversation {
        outputs.append(Self.object(server.handle(Self.line("a", message), today: Fixture.today)))
      }
      for output in outputs {
        guard case .array(let parts)? = output["parts"], let reply = output["reply"]?.stringValue
        else {
          Issue.record("no parts")
          continue
        }
        let texts = parts.compactMap(\.stringValue)
        #expect(texts.allSatisfy { !$0.isEmpty && $0.count <= limit }, "limit \(limit)")
        // No word is lost: the parts hold the reply's words in order.
        let words = reply.split(whereSeparator: { $0 == " " || $0 == "\n" })
        let partWords = texts.joined(separator: " ").split(whereSeparator: {
          $0 == " " || $0 == "\n"
        })
        if limit >= 40 { #expect(words.joined() == partWords.joined(), "limit \(limit)") }
      }
    }
    #expect(ReplySplitter.split("one two three", limit: 100) == ["one two three"])
    #expect(
      ReplySplitter.split("First line.\nSecond line.", limit: 12) == [
        "First line.\n", "Second line.",
      ])
  }

  @Test("a session whose state cannot be saved does not advance")
  func saveFailure() {
    final class FailingStore: SessionStore {
      var failing = false
      var saved: [String: [UInt8]] = [:]
      func load(_ session: String) throws(SessionStoreError) -> [UInt8]? { saved[session] }
      func save(_ bytes: [UInt8], for session: String) throws(SessionStoreError) {
        if failing { throw SessionStoreError("no space left on device") }
        saved[session] = bytes
      }
      func delete(_ session: String) throws(SessionStoreError) { saved[session] = nil }
      func quarantine(_ session: String) throws(SessionStoreError) {}
    }
    let store = FailingStore()
    var server = JSONLinesServer(store: store)
    _ = server.handle(Self.line("a", "I'm Jordan"), today: Fixture.today)
    store.failing = true
    let output = Self.object(server.handle(Self.line("a", "Priya Shah"), today: Fixture.today))
    #expect(output["error"]?.stringValue?.contains("no space left on device") == true)
    #expect(server.conversation("a")?.stage == .interviewer)
    store.failing = false
    #expect(
      Self.object(server.handle(Self.line("a", "Priya Shah"), today: Fixture.today))["stage"]
        == .string("company"))
  }

  @Test("exports and advice ride along on the line; the server never asks for a file")
  func exportsAndAdvice() {
    var server = JSONLinesServer()
    var last = JSONValue.null
    for message in Fixture.conversation.prefix(5) + ["save note.txt"] {
      last = Self.object(server.handle(Self.line("a", message), today: Fixture.today))
    }
    guard case .object(let export)? = last["export"] else {
      Issue.record("no export: \(last)")
      return
    }
    #expect(export.map(\.0) == ["text", "eml", "mailto"])
    #expect(last["export"]?["mailto"]?.stringValue?.hasPrefix("mailto:?subject=") == true)
    let review = Self.object(
      server.handle(
        Self.line(
          "a", "review\nDear Priya,\nSorry I was so nervous. I really need this job.\nJordan"),
        today: Fixture.today))
    guard case .array(let advice)? = review["advice"] else {
      Issue.record("no advice")
      return
    }
    let codes = advice.compactMap { $0["code"]?.stringValue }
    #expect(codes.contains("apology"))
    #expect(codes.contains("desperation"))
  }
}
