import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Properties that hold for any sequence of turns, checked over seeded random conversations.
@Suite("Invariants over random conversations")
struct InvariantTests {
  /// Messages drawn from every kind of turn: answers, commands, revisions, corrections, reviews,
  /// nonsense and hostile text.
  static let vocabulary = [
    "hi", "I'm Jordan", "Priya Shah", "Sam and Ola", "Dr Okafor", "Northgate Foods",
    "operations coordinator",
    "yesterday", "on Tuesday", "12 March", "it went well", "badly", "not great", "hard to tell",
    "we talked about their switch to electric cargo bikes",
    "the usual questions about my experience",
    "she was excited about the new depot in Leeds and we both love cycling", "yes", "no", "2", "7",
    "email", "linkedin", "card", "linkedin with a free account", "shorter", "longer", "more formal",
    "warmer", "neutral", "use topic 2", "use the other topic", "go with the depot instead",
    "her name is spelled Shah", "actually the company is Brightwell Partners", "sign it as Jo Lee",
    "mention that I'd love to help", "drop the last line", "remove the bit about cycling",
    "say 'great' instead of 'good'", "replace the with a", "undo", "redo", "why", "show", "done",
    "help", "back", "skip", "restart", "quit", "next", "note for Ola", "save note.txt", "mailto",
    "export", "her email is priya@example.com",
    "review\nDear Priya, sorry I was nervous. I need this job.",
    "review", "", "   ", "?", "idk", "\u{1B}[31mred\u{1B}[0m", "\u{202E}evil", "a\u{0}b",
    "Zoë Ó Briain",
    "王芳", "Nguyễn", "🎉🎉", "e\u{301}", String(repeating: "x", count: 500),
    "I went to the interview and it was long and boring and I do not remember much at all",
    "{\"json\": true}", "../../etc/passwd", "Robert'); DROP TABLE students;--",
  ]

  /// 250 seeded conversations of 40 turns in the plain run; a tenth of them under a sanitizer
  /// (`FOLLOWUP_SANITIZER_RUN`, set by `.ci/run`), where each turn costs 5 to 15 times as much
  /// and the property is the same: the sanitizer looks for memory and thread faults, which a
  /// few thousand turns reach as well as ten thousand.
  static var seedCount: UInt64 {
    ProcessInfo.processInfo.environment["FOLLOWUP_SANITIZER_RUN"] == nil ? 250 : 25
  }

  static func conversationTurns(seed: UInt64, count: Int) -> [String] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
  }

  @Test(
    "every turn: a non-empty reply, a valid stage, a note within its limits, a state that round-trips"
  )
  func invariants() throws {
    for seed in 1...Self.seedCount as ClosedRange<UInt64> {
      let turns = Self.conversationTurns(seed: seed, count: 40)
      var conversation = Conversation(
        today: Fixture.today, surface: seed.isMultiple(of: 2) ? .remote : .terminal)
      for turn in turns {
        let reply = conversation.send(turn)
        #expect(
          !reply.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || reply.ended
            || !reply.saves.isEmpty, "seed \(seed): empty reply to \(turn.debugDescription)")
        #expect(Stage.allCases.contains(reply.stage))
        #expect(
          !reply.text.unicodeScalars.contains {
            $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F
              || (0x202A...0x202E).contains($0.value)
          }, "seed \(seed): control character in reply")
        if let note = conversation.note, let request = conversation.currentRequest() {
          #expect(
            note.fits(request.limits),
            "seed \(seed): note breaks its limits after \(turn.debugDescription)")
          #expect(note.body.lowercased().contains("thank"), "seed \(seed): no thanks")
          // One topic: exactly one topic sentence, whatever revisions did to its words; none
          // when the topic is only the role the thanks already names (`NoteComposer.isTheRole`).
          let topicLines = note.lines.filter { $0.part == .topic }.count
          let expected = request.topicIsOnlyTheRole ? 0 : 1
          #expect(topicLines == expected, "seed \(seed): \(topicLines) topic sentences")
          #expect(
            !note.body.unicodeScalars.contains {
              $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F
            }, "seed \(seed): control character in note")
          if let subject = note.subject {
            #expect(!subject.contains("\n") && !subject.contains("\r"))
          }
        }
        let data = try SavedSession(conversation: conversation).encoded()
        #expect(
          try SavedSession.decode(data).conversation == conversation,
          "seed \(seed): state does not round-trip")
      }
    }
  }

  @Test("replaying the same turns always gives the same replies")
  func determinism() {
    for seed in 300...340 as ClosedRange<UInt64> {
      let turns = Self.conversationTurns(seed: seed, count: 40)
      var first = Conversation(today: Fixture.today)
      var second = Conversation(today: Fixture.today)
      for turn in turns {
        #expect(first.send(turn) == second.send(turn), "seed \(seed)")
      }
      #expect(first == second)
    }
  }
}
