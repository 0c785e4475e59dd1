import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

@Suite("Saved sessions")
struct SavedSessionTests {
  @Test("a conversation round-trips through its saved form at every turn")
  func roundTrip() throws {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    for message in Fixture.conversation {
      _ = conversation.send(message)
      let data = try SavedSession(
        conversation: conversation, session: "a", lastID: try RequestID(json: "3"),
        lastTextSHA256: SavedSession.digest(message), lastReply: "{}"
      ).encoded()
      let restored = try SavedSession.decode(data)
      #expect(restored.conversation == conversation)
      #expect(restored.session == "a")
      #expect(restored.lastID?.json == "3")
      #expect(restored.lastTextSHA256 == SavedSession.digest(message))
    }
  }

  @Test("the library, restored between every turn, reaches the same note as an uninterrupted run")
  func restoredEveryTurn() throws {
    let (uninterrupted, replies) = Fixture.run(Fixture.conversation)
    var data = try SavedSession(conversation: Conversation(today: Fixture.today)).encoded()
    var restoredReplies: [Reply] = []
    for message in Fixture.conversation {
      var conversation = try SavedSession.decode(data).conversation
      restoredReplies.append(conversation.send(message))
      data = try SavedSession(conversation: conversation).encoded()
    }
    let final = try SavedSession.decode(data).conversation
    #expect(final.note == uninterrupted.note)
    #expect(final.note != nil)
    #expect(restoredReplies == replies)
  }

  /// Frozen saved sessions from every format version: they must decode forever. To add a
  /// version, save a new fixture beside these; never edit an old one.
  @Test(
    "every frozen version still decodes",
    arguments: ["session-v1.json", "session-v2.json", "session-v3.json"])
  func frozen(_ name: String) throws {
    let data = try Data(contentsOf: FixtureFiles.directory.appendingPathComponent(name))
    let saved = try SavedSession.decode(data)
    let conversation = saved.conversation
    #expect(saved.session == "fixture")
    #expect(conversation.stage == .draft)
    let note = try #require(conversation.note)
    // Saved at a formal email draft.
    #expect(note.body.hasPrefix("Dear Priya Shah,"))
    #expect(note.body.contains("Kind regards,"))
    #expect(note.body.contains("your switch to electric cargo bikes"))
    #expect(note.body.hasSuffix("Jordan"))
    // And it carries on.
    var resumed = conversation
    #expect(resumed.send("done").stage == .done)
  }

  /// Version 3 keeps the id as the JSON text it arrived as, and a digest of the message text.
  @Test("a version-3 file keeps its id as text, never through a double")
  func versionThreeID() throws {
    let saved = try SavedSession.decode(
      try Data(contentsOf: FixtureFiles.directory.appendingPathComponent("session-v3.json")))
    #expect(saved.lastID?.json == "9007199254740993")
    #expect(saved.lastTextSHA256 == SavedSession.digest("formal"))
  }

  /// Version 1 held the channel beside the draft and the stage beside loose fields; converted on
  /// load, it must be exactly the conversation version 2 saves.
  @Test("a version-1 file converts to the same conversation as its version-2 form")
  func versionOneConverts() throws {
    func load(_ name: String) throws -> SavedSession {
      try SavedSession.decode(
        try Data(contentsOf: FixtureFiles.directory.appendingPathComponent(name)))
    }
    let old = try load("session-v1.json").conversation
    let new = try load("session-v2.json").conversation
    #expect(old == new)
    #expect(old.version == Conversation.formatVersion)
    #expect(old.note == new.note)
  }

  @Test("unreadable and future files are refused with a reason, never misread")
  func refusals() {
    let cases: [(String, String)] = [
      ("", "no format version"),
      ("not json", "no format version"),
      (#"{"state": {}}"#, "no format version"),
      (#"{"v": 0, "state": {}}"#, "format version 0"),
      (#"{"v": 4, "state": {}}"#, "newer than this program"),
      (#"{"v": 1, "state": {"stage": "draft"}}"#, "does not decode"),
      (#"{"v": 1}"#, "does not decode"),
    ]
    for (text, reason) in cases {
      do {
        _ = try SavedSession.decode(Data(text.utf8))
        Issue.record("decoded \(text)")
      } catch {
        #expect(error.description.contains(reason), "\(text): \(error.description)")
      }
    }
  }

  @Test(
    "damaged counters are brought into range, never trusted",
    arguments: [
      (#""cursor":\d+"#, #""cursor":999"#), (#""cursor":\d+"#, #""cursor":-1"#),
      (#""recipient":\d+"#, #""recipient":-1"#), (#""recipient":\d+"#, #""recipient":7"#),
      (#""misses":\d+"#, #""misses":9223372036854775807"#),
    ])
  func damagedCounters(_ pattern: String, _ replacement: String) throws {
    let (conversation, _) = Fixture.run(Array(Fixture.conversation.prefix(7)))
    let text = String(
      decoding: try SavedSession(conversation: conversation).encoded(), as: UTF8.self)
    let damaged = text.replacingOccurrences(
      of: pattern, with: replacement, options: .regularExpression)
    #expect(damaged != text)
    var restored = try SavedSession.decode(Data(damaged.utf8)).conversation
    #expect(restored.note != nil)
    for request in ["undo", "redo", "undo", "shorter", "next", "idk", "idk", "undo"] {
      #expect(!restored.send(request).text.isEmpty)
    }
    #expect(restored.note != nil)
  }

}
