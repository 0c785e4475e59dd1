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
/// The held-out set gives aggregate figures only: nobody tunes on it, so its misses are never
/// printed. The tuning set (`occasions-tune.jsonl`, written the same way by the same kind of
/// helper) is for tuning: `SHOW_MISSES=1` prints each of its misses with the conversation's tail.
@Suite("Unseen occasions")
struct UnseenOccasionsTests {
  struct Score: CustomStringConvertible {
    var conversations = 0
    var reachedNote = 0
    var askedThirdTime = 0
    var fields: [String: (passed: Int, total: Int)] = [:]
    /// Each miss with the conversation's tail; kept only for the tuning set.
    var misses: [String] = []
    var keepsMisses = false

    mutating func check(_ field: String, _ ok: Bool, _ why: @autoclosure () -> String = "") {
      var entry = fields[field, default: (0, 0)]
      entry.total += 1
      if ok { entry.passed += 1 } else if keepsMisses { misses.append(field + ": " + why()) }
      fields[field] = entry
    }

    mutating func miss(_ text: @autoclosure () -> String) {
      if keepsMisses { misses.append(text()) }
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

  static func run(_ file: String, keepingMisses: Bool = false) throws -> Score {
    var score = Score()
    score.keepsMisses = keepingMisses
    for item in try Unseen.objects(file) {
      let id = item["id"] as? String ?? "?"
      guard let opening = item["opening"] as? String,
        let answers = item["answers"] as? [String: Any],
        let expect = item["expect"] as? [String: Any]
      else { continue }
      score.conversations += 1
      var conversation = Conversation(today: Unseen.today, surface: .remote)
      var transcript: [String] = []
      func send(_ text: String) {
        let reply = conversation.send(text)
        if keepingMisses { transcript += ["> " + text, reply.text] }
      }
      send(opening)
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
        send(text ?? "skip")
      }
      func tail(_ count: Int = 6) -> String {
        transcript.suffix(count).joined(separator: "\n")
      }
      if asked.values.contains(where: { $0 >= 3 }) {
        score.askedThirdTime += 1
        let stages = asked.filter { $0.value >= 3 }.keys.map(\.rawValue)
        score.miss("\(id): asked a third time: \(stages)\n" + tail())
      }
      if let wanted = (expect["occasion"] as? String).flatMap({ occasions[$0] }) {
        score.check(
          "occasion", conversation.occasion == wanted,
          "\(id): \(conversation.occasion) for \(wanted)\n"
            + transcript.prefix(4).joined(separator: "\n"))
      }
      guard let note = conversation.note else {
        score.miss("\(id): no note\n" + tail())
        continue
      }
      score.reachedNote += 1
      let body = note.body
      let lower = body.lowercased()
      let lines = body.split(separator: "\n").map(String.init)
      if let greeting = expect["greeting"] as? String {
        score.check(
          "greeting",
          UnseenConversationsTests.greets(
            lines.first(where: { !$0.hasPrefix("Subject:") }) ?? "", greeting),
          "\(id): wanted \(greeting)\n\(body)")
      }
      if let signOff = expect["signoff"] as? String {
        score.check("signoff", lines.last == signOff, "\(id): wanted \(signOff)\n\(body)")
      }
      if let company = expect["company"] as? String {
        score.check("company", body.contains(company), "\(id): wanted \(company)\n\(body)")
      }
      if let words = expect["mention_words"] as? [String], !words.isEmpty {
        score.check(
          "mention", words.contains { lower.contains($0.lowercased()) },
          "\(id): wanted \(words)\n" + tail(10))
      }
      if let forbidden = expect["forbidden"] as? [String] {
        score.check(
          "nothing forbidden", !forbidden.contains { lower.contains($0.lowercased()) },
          "\(id): \(forbidden.filter { lower.contains($0.lowercased()) })\n\(body)")
      }
      if let feedback = expect["asks_feedback"] as? Bool {
        score.check(
          "feedback as wanted", lower.contains("feedback") == feedback,
          "\(id): wanted \(feedback)\n" + tail(10))
      }
      let words = body.split(whereSeparator: \.isWhitespace).count
      score.check("short", words <= 150, "\(id): \(words) words\n\(body)")
    }
    return score
  }

  @Test("held-out later notes: aggregate figures only")
  func heldOut() throws {
    let score = try Self.run("occasions-heldout.jsonl")
    print("unseen occasions (held-out): \(score)")
    #expect(score.conversations >= 36)
    // As first built: occasion 13, a note 31, a third ask in 5. After reading by what happened:
    // 25, 33 and 3. Held so that no change makes them worse.
    #expect(score.passed("occasion") >= 25)
    #expect(score.reachedNote >= 33)
    #expect(score.askedThirdTime <= 3)
  }

  @Test("tuning later notes: occasion, note and advice per conversation")
  func tuning() throws {
    let show = ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil
    let score = try Self.run("occasions-tune.jsonl", keepingMisses: show)
    print("unseen occasions (tuning): \(score)")
    if show { print(score.misses.joined(separator: "\n\n")) }
    #expect(score.conversations >= 45)
  }
}
