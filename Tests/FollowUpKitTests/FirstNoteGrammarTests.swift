import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Every first note of every tuning conversation set, read by the grammar checks: its topic
/// sentence by `TopicGrammar.sentenceProblem` (a bare verb after a frame's preposition, a word
/// doubled, a month or quarter in lower case, a capital inside the sentence, the interviewer's
/// "we"), its point by `PointCheck.problem` (including chat spellings the tidying should have
/// written out) and `PointGate` (a fragment, a pointing word with nothing to point at, chat),
/// its opening by `RoleTitle` and `InstitutionName`, its topic by `TopicGate`. The blind judge
/// found each of these kinds in the first notes of tuning sets 6 and 8.
@Suite("First notes of the tuning conversations are grammatical")
struct FirstNoteGrammarTests {
  static let sets: [(file: String, written: Bool)] = [
    ("conversations-tune.jsonl", false), ("conversations-tune2.jsonl", false),
    ("conversations-tune3.jsonl", false), ("conversations-tune4.jsonl", false),
    ("conversations-tune5.jsonl", true), ("conversations-tune6.jsonl", true),
    ("conversations-tune7.jsonl", true), ("conversations-tune8.jsonl", true),
  ]

  @Test("no topic or point sentence with a fault the checks know")
  func firstNotes() throws {
    var problems: [String] = []
    var notes = 0
    for set in Self.sets {
      let today =
        set.written ? (CivilDate(year: 2026, month: 12, day: 1) ?? Unseen.today) : Unseen.today
      let score = try UnseenConversationsTests.run(set.file, today: today)
      notes += score.reachedNote
      problems += score.sentenceProblems.map { "\(set.file): \($0)" }
    }
    print("first notes checked: \(notes), \(problems.count) with a fault")
    #expect(notes >= 440)
    #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
  }

  /// The same checks over tuning set 6's first notes as they stood before this round (kept in
  /// `Data/judged/tune6-notes-before.jsonl`): they find the faults the judge found there, so
  /// the test above would have failed on them.
  @Test("the checks find the faults in tuning set 6's notes before the round")
  func notesBefore() throws {
    var found: [String] = []
    for line in try DataFile.lines("judged/tune6-notes-before.jsonl") {
      guard
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let note = object["note"] as? String
      else { continue }
      let sentences = note.replacingOccurrences(of: "\n", with: " ")
        .components(separatedBy: ". ").map { $0.hasSuffix(".") ? $0 : $0 + "." }
      let faults = sentences.compactMap(TopicGrammar.sentenceProblem)
      if let first = faults.first { found.append("\(id): \(first)") }
    }
    print("tune6 notes before the round with a fault the checks know: \(found.count)")
    // n008 (december), n013 (q1), n014 (win), n020 (The), n021 (open), n042 (that that),
    // n044 (roast), n049 (we).
    #expect(found.count >= 8, "\(found.joined(separator: "\n"))")
  }
}
