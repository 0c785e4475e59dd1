import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// The draft's history stays bounded however many changes are asked for, and folding its oldest
/// steps never changes the note.
@Suite("Draft history bound")
struct DraftCompactionTests {
  static func drafted() throws -> (Conversation, Draft) {
    let (conversation, _) = Fixture.run(Fixture.conversation)
    let draft = try #require(conversation.draft)
    return (conversation, draft)
  }

  /// A mix of every kind of revision, chosen by a seeded generator, as a person at the draft
  /// asks for them: a sentence added is later removed (the note's limits refuse endless
  /// additions), names and topics change back and forth.
  static func revision(
    _ generator: inout SeededGenerator, _ index: Int, adds: inout [Int], total: inout Int
  ) -> Revision {
    let topic = Topic(text: "the new depot in Leeds \(index % 3)", score: 0.5)
    let pool: [Revision] = [
      .shorter, .longer, .tone(.formal), .tone(.warm), .tone(.neutral),
      .channel(.linkedin, freeAccount: false), .channel(.email, freeAccount: false),
      .channel(.card, freeAccount: false), .rename(.company, "Acme \(index % 3)", recipient: 0),
      .rename(.interviewer, "Dr Priya Shah", recipient: 0), .remove(.close, recipient: 0),
      .topic(topic, recipient: 0),
    ]
    switch generator.next() % 4 {
    case 0 where adds.count < 3:
      adds.append(total)
      total += 1
      return .add("I'd love to help with the rollout \(index % 5).", recipient: 0)
    case 1 where !adds.isEmpty:
      // The index is set per draft by the caller: the oldest sentence still in that draft.
      adds.removeFirst()
      return .removeAdded(-1, recipient: 0)
    default:
      return pool[Int(generator.next() % UInt64(pool.count))]
    }
  }

  @Test("3,000 changes keep the history bounded and the note what the changes make")
  func bounded() throws {
    let (conversation, draft) = try Self.drafted()
    var compacted = draft
    var plain = draft
    var generator = SeededGenerator(seed: 20_261_130)
    var adds: [Int] = []
    // Sentences the draft already had are numbered first.
    var total =
      conversation.request(for: 0, in: draft, revisions: draft.applied)?.added.count ?? 0
    for index in 0..<3_000 {
      let revision = Self.revision(&generator, index, adds: &adds, total: &total)
      // As the engine does, a removal names the line by its number in that draft's note.
      func numbered(_ draft: Draft) -> Revision {
        guard case .removeAdded = revision,
          let request = conversation.request(for: 0, in: draft, revisions: draft.applied),
          let live = request.added.indices.first(where: { !request.removedAdded.contains($0) })
        else { return revision }
        return .removeAdded(live, recipient: 0)
      }
      compacted.append(numbered(compacted))
      plain.revisions.append(numbered(plain))
      plain.cursor += 1
      if index % 97 == 0 || index == 2_999 {
        #expect(compacted.revisions.count <= Draft.maximumSteps + Draft.foldSlack)
        let folded = conversation.request(for: 0, in: compacted, revisions: compacted.applied)
        let full = conversation.request(for: 0, in: plain, revisions: plain.applied)
        // The same note, word for word (its lines' numbering of added sentences may differ).
        let a = folded.map(NoteComposer.compose)?.body ?? ""
        let b = full.map(NoteComposer.compose)?.body ?? ""
        #expect(a == b, "after \(index + 1) changes:\n\(a)\n---\n\(b)")
      }
    }
    let saved = try JSONEncoder().encode(compacted)
    #expect(saved.count < 16 * 1024, "\(saved.count) bytes")
  }

  @Test("word swaps, which cannot be folded, stop at a documented limit with a reason")
  func swapLimit() throws {
    var (conversation, _) = try Self.drafted()
    // A word of the note, swapped for another and back again.
    let body = try #require(conversation.note?.body)
    let words: [String] = body.split(whereSeparator: { !$0.isLetter }).map { String($0) }
    let long: [String] = words.filter { $0.count >= 7 && $0 == $0.lowercased() }
    let word = try #require(long.first)
    var replies: [String] = []
    for index in 0..<(Draft.maximumRevisions + 5) {
      replies.append(
        conversation.send(
          index % 2 == 0 ? "say zeppelin instead of \(word)" : "say \(word) instead of zeppelin"
        ).text)
    }
    #expect(replies.suffix(5).contains(InterviewScript.tooManyChanges))
    #expect((conversation.draft?.revisions.count ?? 0) <= Draft.maximumRevisions)
  }

  @Test("undo goes back the kept steps, then says there is nothing more to undo")
  func undoStopsAtTheFold() throws {
    var (conversation, _) = try Self.drafted()
    for index in 0..<(Draft.maximumSteps + Draft.foldSlack + 5) {
      _ = conversation.send(index % 2 == 0 ? "make it more formal" : "make it warmer")
    }
    var undone = 0
    while conversation.send("undo").text.hasPrefix("Undone") { undone += 1 }
    #expect(undone >= Draft.maximumSteps - 1 && undone <= Draft.maximumSteps + Draft.foldSlack)
    #expect(conversation.send("undo").text == InterviewScript.nothingToUndo)
  }
}
