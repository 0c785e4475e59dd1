import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Later-note conversations (a check-in after silence, a reply to a rejection, thanks after a
/// later round) written by a helper that never read the sources, before the occasions existed.
/// A simulated person answers whatever FollowUp asks in their own words; the score says whether
/// the right occasion was chosen, whether the conversation reached a note without asking a
/// question a third time, and whether the note keeps the advice: the right people and company,
/// the fresh development or topic mentioned where there is one, feedback asked only when wanted,
/// and none of the words a careful reader forbids (reproach, pleading, arguing).
/// Aggregate figures only: nobody tunes on these, so their misses are never printed.
@Suite("Unseen occasions")
struct UnseenOccasionsTests {
  struct Score: CustomStringConvertible {
    var conversations = 0
    var reachedNote = 0
    var askedThirdTime = 0
    var fields: [String: (passed: Int, total: Int)] = [:]

    mutating func check(_ field: String, _ ok: Bool) {
      var entry = fields[field, default: (0, 0)]
      entry.total += 1
      if ok { entry.passed += 1 }
      fields[field] = entry
    }

    func passed(_ field: String) -> Int { fields[field]?.passed ?? 0 }

    var description: String {
      "reached a note \(reachedNote)/\(conversations), a question asked a third time in "
        + "\(askedThirdTime); "
        + fields.keys.sorted().map { "\($0) \(fields[$0]?.passed ?? 0)/\(fields[$0]?.total ?? 0)" }
        .joined(separator: ", ")
    }
  }

  static let occasions: [String: Occasion] = [
    "check-in": .checkIn, "rejection": .rejectionReply, "later-round": .laterRound,
  ]

  static func run(_ file: String) throws -> Score {
    var score = Score()
    for item in try Unseen.objects(file) {
      guard let opening = item["opening"] as? String,
        let answers = item["answers"] as? [String: Any],
        let expect = item["expect"] as? [String: Any]
      else { continue }
      score.conversations += 1
      var conversation = Conversation(today: Unseen.today, surface: .remote)
      _ = conversation.send(opening)
      var asked: [Stage: Int] = [:]
      var turns = 0
      while conversation.stage != .draft, conversation.stage != .done, turns < 40 {
        turns += 1
        let stage = conversation.stage
        asked[stage, default: 0] += 1
        var text = answers[stage.rawValue] as? String
        if stage == .topic { text = text ?? "yes" }
        if stage == .channel { text = text ?? "email" }
        if stage == .discussion { text = text ?? (answers["topic"] as? String) }
        _ = conversation.send(text ?? "skip")
      }
      if asked.values.contains(where: { $0 >= 3 }) { score.askedThirdTime += 1 }
      if let wanted = (expect["occasion"] as? String).flatMap({ occasions[$0] }) {
        score.check("occasion", conversation.occasion == wanted)
      }
      guard let note = conversation.note else { continue }
      score.reachedNote += 1
      let body = note.body
      let lower = body.lowercased()
      let lines = body.split(separator: "\n").map(String.init)
      if let greeting = expect["greeting"] as? String {
        score.check(
          "greeting",
          UnseenConversationsTests.greets(
            lines.first(where: { !$0.hasPrefix("Subject:") }) ?? "", greeting))
      }
      if let signOff = expect["signoff"] as? String {
        score.check("signoff", lines.last == signOff)
      }
      if let company = expect["company"] as? String {
        score.check("company", body.contains(company))
      }
      if let words = expect["mention_words"] as? [String], !words.isEmpty {
        score.check("mention", words.contains { lower.contains($0.lowercased()) })
      }
      if let forbidden = expect["forbidden"] as? [String] {
        score.check("nothing forbidden", !forbidden.contains { lower.contains($0.lowercased()) })
      }
      if let feedback = expect["asks_feedback"] as? Bool {
        score.check("feedback as wanted", lower.contains("feedback") == feedback)
      }
      let words = body.split(whereSeparator: \.isWhitespace).count
      score.check("short", words <= 150)
    }
    return score
  }

  @Test("held-out later notes: aggregate figures only")
  func heldOut() throws {
    let score = try Self.run("occasions-heldout.jsonl")
    print("unseen occasions (held-out): \(score)")
    #expect(score.conversations >= 36)
  }
}
