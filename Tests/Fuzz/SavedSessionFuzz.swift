import Foundation

@testable import FollowUpKit

// Fuzz target: saved sessions, as a bridge's --state-dir reads them back after a restart.
//
// The bytes are a saved session file. `SavedSession.decode` either throws or gives a session
// that encodes and decodes to itself. A JSON-lines server whose store holds these bytes for a
// session never crashes on that session's next messages: it restores the conversation or starts
// afresh, and every output line is a JSON object. A damaged or hand-edited file must cost at
// most its own session, never the process that serves every other chat.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let bytes = Array(fuzzBytes(data, size))
  if let saved = try? SavedSession.decode(Data(bytes)) {
    let again: SavedSession
    do {
      again = try SavedSession.decode(try saved.encoded())
    } catch {
      fatalError("fuzz invariant: a decoded session does not round-trip: \(error)")
    }
    check(again == saved, "a decoded session changed in a round trip")
  }
  let store = MemorySessionStore()
  store.corrupt("s", with: bytes)
  var server = JSONLinesServer(
    store: store, options: JSONLinesServer.Options(maximumSessions: 1, maximumReplyCharacters: 120))
  for (index, text) in probes.enumerated() {
    let input = JSONWriter.string(
      .object([("session", .string("s")), ("text", .string(text)), ("id", .number(Double(index)))]))
    let output = server.handle(input, today: fuzzToday)
    guard case .object = try? JSONParser.parse(output) else {
      fatalError("fuzz invariant: output is not a JSON object: \(output.debugDescription)")
    }
  }
  return 0
}

/// Messages that read the restored state in different ways: the draft and its history, the
/// topics, the facts, each stage's question.
private let probes = [
  "show", "next", "why", "undo", "redo", "use topic 2", "shorter", "warmer", "back", "help",
  "skip", "note for Sam", "drop the last line", "say 'glad' instead of 'great'", "done",
  "mailto", "review\nDear Sam,\nI'm so sorry I was nervous.\nJordan", "restart", "yes",
]
