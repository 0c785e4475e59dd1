import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// No revision empties a note: after any change request, in any order, the note still thanks
/// them and says its topic between the greeting and the sign-off. A sign-off asked for once left
/// "Hi Big,\n\n\nJose only" (the body gone); these hold the property over many requests.
@Suite("A revision never empties the note")
struct RevisionBodyTests {
  /// Requests people make at the draft: every change request in the tuning conversations, and
  /// removals and swaps aimed at every line.
  static let requests: [String] = {
    var texts: [String] = []
    for file in [
      "conversations-tune.jsonl", "conversations-tune2.jsonl", "conversations-tune3.jsonl",
      "conversations-tune4.jsonl", "conversations-tune5.jsonl", "conversations-tune6.jsonl",
    ] {
      for item in (try? Unseen.objects(file)) ?? [] {
        for revision in (item["revisions"] as? [[String: Any]]) ?? [] {
          if let text = revision["text"] as? String { texts.append(text) }
        }
      }
    }
    return texts + [
      "drop the last line", "drop the last line", "remove the first sentence",
      "delete the second sentence", "remove the thanks", "remove the topic", "shorter",
      "shorter", "make it a text", "as a card", "linkedin", "remove line 2",
      "get rid of the thanks again bit", "sign Jose only", "sign it Kirsty x", "undo", "redo",
    ]
  }()

  /// Conversations at their drafts, from the tuning sets written on 1 December.
  static func drafts() throws -> [Conversation] {
    let today = try #require(CivilDate(year: 2026, month: 12, day: 1))
    var drafts: [Conversation] = []
    for file in ["conversations-tune5.jsonl", "conversations-tune6.jsonl"] {
      for item in try Unseen.objects(file) {
        guard let opening = item["opening"] as? String,
          let answers = item["answers"] as? [String: Any]
        else { continue }
        var conversation = Conversation(today: today, surface: .remote)
        _ = conversation.send(opening)
        var turns = 0
        while conversation.stage != .draft, conversation.stage != .done, turns < 30 {
          turns += 1
          let stage = conversation.stage
          let text =
            answers[stage.rawValue] as? String
            ?? (stage == .topic ? "yes" : stage == .channel ? "email" : "skip")
          _ = conversation.send(text)
        }
        if conversation.note != nil { drafts.append(conversation) }
      }
    }
    return drafts
  }

  @Test("every note keeps its thanks and its topic after every request")
  func bodyKept() throws {
    let requests = Self.requests
    let drafts = try Self.drafts()
    #expect(requests.count >= 190)
    #expect(drafts.count >= 100)
    for (index, start) in drafts.enumerated() {
      var conversation = start
      var asked: [String] = []
      // Each draft gets its own run of requests, so the set covers many orders.
      for step in 0..<16 {
        let text = requests[(index * 7 + step * 13) % requests.count]
        asked.append(text)
        _ = conversation.send(text)
        guard let note = conversation.note else { continue }
        let parts = Set(note.lines.filter { !$0.text.isEmpty }.map(\.part))
        #expect(note.hasBody, "\(asked) -> \(note.body)")
        // A first note thanks them and says its topic; a later occasion has its own point.
        if conversation.occasion == .firstNote {
          #expect(parts.contains(.thanks) && parts.contains(.topic), "\(asked) -> \(note.body)")
        }
        if !note.hasBody { break }
      }
    }
  }

  @Test("the thanks and the topic are never removed, whatever a request or history holds")
  func essentialPartsStay() throws {
    let today = try #require(CivilDate(year: 2026, month: 12, day: 1))
    for channel in Channel.allCases {
      let request = NoteRequest(
        sender: PersonName(given: "Jose"), recipient: PersonName(given: "Mike"),
        company: "KCB Builders", today: today,
        topic: Topic(text: "the big apartment job by the river", score: 1), channel: channel,
        removed: Set(Note.Part.allCases))
      let note = NoteComposer.compose(request)
      #expect(note.hasBody, "\(channel): \(note.body)")
      var settings = DraftSettings(channel: channel, topic: request.topic)
      for part in Note.Part.allCases { settings.apply(.remove(part, recipient: 0), recipient: 0) }
      #expect(settings.removed.isDisjoint(with: [.thanks, .topic, .greeting, .signOff]))
    }
  }
}
