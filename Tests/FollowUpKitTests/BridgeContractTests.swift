import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// What a bridge relies on, line by line: one output line for every input line, ids echoed as
/// sent, a resend recognised only when it is one, session ids never merged, and saved state that
/// can always be read back. Each case here failed before the fix it names.
@Suite("Bridge contract")
struct BridgeContractTests {
  static func object(_ line: String) -> JSONValue {
    (try? JSONParser.parse(line)) ?? .null
  }

  /// The raw text after `"id":` in an output line, up to its closing brace.
  static func rawID(_ line: String) -> String? {
    guard let range = line.range(of: "\"id\":", options: .backwards) else { return nil }
    return String(line[range.upperBound...].dropLast())
  }

  static let opening =
    "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the analyst job"

  @Test("blank lines and lines of spaces each get one error line saying the line was empty")
  func blankLines() {
    var server = JSONLinesServer()
    for line in ["", " ", "\t", "   \t  ", "\r"] {
      let output = server.handle(line, today: Fixture.today)
      #expect(
        Self.object(output)["error"]?.stringValue?.hasPrefix("empty line") == true, "\(output)")
    }
    #expect(server.sessionCount == 0)
  }

  @Test(
    "any id comes back byte for byte as it was sent, never through a double",
    arguments: [
      "9007199254740993", "1234567890123456789", "1e999999", "-0", "1.0", "1E+2", "0.1",
      "\"abc\"", "\"\\u00e9\"", "\"é\"", "[1, 2,\t3]", "{\"b\": 1, \"a\": [true, null]}", "null",
      "false",
    ])
  func idEchoedRaw(_ id: String) {
    var server = JSONLinesServer()
    let message = Self.rawID(
      server.handle(#"{"session": "a", "text": "hi", "id": \#(id)}"#, today: Fixture.today))
    #expect(message == id)
    let error = Self.rawID(server.handle(#"{"session": "a", "id": \#(id)}"#, today: Fixture.today))
    #expect(error == id)
    let pong = Self.rawID(server.handle(#"{"event": "ping", "id":\#(id) }"#, today: Fixture.today))
    #expect(pong == id)
  }

  @Test("ids that differ only past a double's precision are different messages")
  func largeIDsDoNotCollide() {
    var server = JSONLinesServer()
    _ = server.handle(
      #"{"session": "a", "text": "\#(Self.opening)", "id": 9007199254740992}"#,
      today: Fixture.today)
    let second = Self.object(
      server.handle(
        #"{"session": "a", "text": "it went well", "id": 9007199254740993}"#, today: Fixture.today))
    #expect(second["stage"] == .string("discussion"))
  }

  @Test("an id over 256 bytes, or holding a raw carriage return, gets a clear error")
  func idBounds() {
    var server = JSONLinesServer()
    let long = "\"" + String(repeating: "x", count: 300) + "\""
    let tooLong = server.handle(
      #"{"session": "a", "text": "hi", "id": \#(long)}"#, today: Fixture.today)
    #expect(Self.object(tooLong)["error"]?.stringValue?.contains("at most 256 bytes") == true)
    let withReturn = server.handle(
      "{\"session\": \"a\", \"text\": \"hi\", \"id\": [1,\r2]}", today: Fixture.today)
    #expect(Self.object(withReturn)["error"]?.stringValue?.contains("carriage return") == true)
    #expect(!withReturn.utf8.contains(0x0D))
    #expect(server.sessionCount == 0)
  }

  @Test("the same id with a different text is a new message, never answered with the old reply")
  func resendNeedsSameText() {
    let store = MemorySessionStore()
    var server = JSONLinesServer(store: store)
    _ = server.handle(
      #"{"session": "a", "text": "\#(Self.opening)", "id": 1}"#, today: Fixture.today)
    let first = server.handle(
      #"{"session": "a", "text": "it went well", "id": 7}"#, today: Fixture.today)
    // Same id, same text, same session: the resend gets the same reply.
    #expect(
      server.handle(#"{"session": "a", "text": "it went well", "id": 7}"#, today: Fixture.today)
        == first)
    // After a restart too.
    var restarted = JSONLinesServer(store: store)
    #expect(
      restarted.handle(#"{"session": "a", "text": "it went well", "id": 7}"#, today: Fixture.today)
        == first)
    // Same id, new text: a new turn.
    let next = Self.object(
      restarted.handle(
        #"{"session": "a", "text": "we talked about their new depot in Leeds", "id": 7}"#,
        today: Fixture.today))
    #expect(next["stage"] == .string("topic"))
    // The same id in another session is that session's own message.
    let other = Self.object(
      restarted.handle(#"{"session": "b", "text": "it went well", "id": 7}"#, today: Fixture.today))
    #expect(other["session"] == .string("b"))
    #expect(other["reply"] != Self.object(first)["reply"])
  }

  @Test("an id given with a reset is not taken as a resend of a message with that id")
  func resetIsNotAMessage() {
    var server = JSONLinesServer()
    _ = server.handle(#"{"session": "a", "event": "reset", "id": 5}"#, today: Fixture.today)
    let output = Self.object(
      server.handle(#"{"session": "a", "text": "I'm Jordan", "id": 5}"#, today: Fixture.today))
    #expect(output["stage"] == .string("interviewer"))
  }

  @Test("session ids with invalid UTF-8 or lone surrogates are refused, not merged into one")
  func invalidSessionIDs() {
    var server = JSONLinesServer()
    for session in [#""\ud800""#, #""\udc00x""#, #""a\ud83dz""#, "\"\u{FFFD}\""] {
      let output = server.handle(#"{"session": \#(session), "text": "hi"}"#, today: Fixture.today)
      #expect(
        Self.object(output)["error"]?.stringValue?.contains("must be valid Unicode") == true,
        "\(session) -> \(output)")
    }
    // Invalid bytes reach the server already replaced with U+FFFD by the line reader.
    let bytes: [UInt8] = Array(#"{"session": "a"#.utf8) + [0xFF] + Array(#"", "text": "x"}"#.utf8)
    let output = server.handle(String(decoding: bytes, as: UTF8.self), today: Fixture.today)
    #expect(Self.object(output)["error"] != nil)
    #expect(server.sessionCount == 0)
  }

  @Test("a JSON line with 80,000 keys, distinct or repeated, is read in linear time")
  func manyKeys() throws {
    func distinct(_ count: Int) -> String {
      "{" + (0..<count).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
    }
    func repeated(_ count: Int) -> String {
      "{" + Array(repeating: "\"k\":1", count: count).joined(separator: ",") + "}"
    }
    // Quadratic, 80,000 distinct keys took 11 s in a release build. Eight times the keys take
    // about eight times as long when linear, 64 times when quadratic.
    for (large, small) in [
      (distinct(80_000), distinct(10_000)), (repeated(80_000), repeated(10_000)),
    ] {
      let ratio = try Timing.ratio(
        large: { _ = try JSONParser.parse(large) }, small: { _ = try JSONParser.parse(small) })
      #expect(ratio < 24, "80,000 keys took \(ratio) times as long as 10,000")
    }
    // The last duplicate wins, in its own place.
    let value = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
    #expect(value == .object([("b", .number(2)), ("a", .number(3))]))
    let many =
      "{" + (0..<40).map { "\"k\($0 % 20)\":\($0)" }.joined(separator: ",") + "}"
    guard case .object(let pairs) = try JSONParser.parse(many) else {
      Issue.record("not an object")
      return
    }
    #expect(pairs.map(\.0) == (0..<20).map { "k\($0)" })
    #expect(pairs.map(\.1) == (20..<40).map { .number(Double($0)) })
  }

  @Test("save and load share one size limit: nothing is saved that could not be loaded")
  func oneSizeLimit() throws {
    let conversation = Conversation(today: Fixture.today, surface: .remote)
    let huge = String(repeating: "x", count: SavedSession.maximumBytes)
    #expect(throws: SavedSession.Failure.self) {
      try SavedSession(conversation: conversation, lastReply: huge).encoded()
    }
    let fits = try SavedSession(conversation: conversation, lastReply: "{}").encoded()
    #expect(fits.count < SavedSession.maximumBytes)
    var padded = fits
    padded.append(contentsOf: Array(repeating: UInt8(ascii: " "), count: SavedSession.maximumBytes))
    #expect(throws: SavedSession.Failure.self) { try SavedSession.decode(padded) }
  }

  @Test("a stored entry that is not a session file is set aside once; the session starts afresh")
  func unusableEntry() {
    let store = MemorySessionStore()
    var server = JSONLinesServer(store: store)
    _ = server.handle(#"{"session": "a", "text": "I'm Jordan"}"#, today: Fixture.today)
    store.makeUnusable("a", reason: "it is a folder, not a file")
    var restarted = JSONLinesServer(store: store)
    let first = Self.object(
      restarted.handle(#"{"session": "a", "text": "I'm Sam"}"#, today: Fixture.today))
    #expect(
      first["reply"]?.stringValue?.hasPrefix(
        "I couldn't read our earlier conversation (it is a folder, not a file)") == true)
    #expect(first["stage"] == .string("interviewer"))
    #expect(store.quarantined["a"] != nil)
    // Reported once: the next line carries on without the notice.
    var again = JSONLinesServer(store: store)
    let second = Self.object(
      again.handle(#"{"session": "a", "text": "Priya Shah"}"#, today: Fixture.today))
    #expect(second["stage"] == .string("company"))
    #expect(second["reply"]?.stringValue?.contains("couldn't read") == false)
  }

  @Test("a passing store failure refuses the line and leaves the saved state alone")
  func passingFailure() {
    final class FailingStore: SessionStore {
      func load(_ session: String) throws(SessionStoreError) -> [UInt8]? {
        throw SessionStoreError("input/output error")
      }
      func save(_ bytes: [UInt8], for session: String) throws(SessionStoreError) {}
      func delete(_ session: String) throws(SessionStoreError) {}
      func quarantine(_ session: String) throws(SessionStoreError) {
        Issue.record("a passing failure must not set the state aside")
      }
    }
    var server = JSONLinesServer(store: FailingStore())
    let output = Self.object(
      server.handle(#"{"session": "a", "text": "hi"}"#, today: Fixture.today))
    #expect(output["error"]?.stringValue?.contains("input/output error") == true)
  }

  /// The fuzz target's regression corpus, also run here so that `swift test` catches what
  /// `.ci/fuzz --regress` would, sooner: one JSON object line out for every line in.
  @Test("every line of the committed JSON-lines fuzz corpus gets exactly one object line")
  func committedCorpus() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus/jsonl")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names.count >= 7)
    for name in names {
      let bytes = try Data(contentsOf: folder.appendingPathComponent(name))
      var server = JSONLinesServer(
        store: MemorySessionStore(),
        options: JSONLinesServer.Options(maximumSessions: 2, maximumReplyCharacters: 120))
      for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        let output = server.handle(String(decoding: line, as: UTF8.self), today: Fixture.today)
        #expect(!output.utf8.contains(0x0A) && !output.utf8.contains(0x0D), "\(name)")
        guard case .object = Self.object(output) else {
          Issue.record("\(name): not an object: \(output)")
          continue
        }
      }
    }
  }
}
