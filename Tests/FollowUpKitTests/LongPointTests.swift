import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A point far longer than a note holds is left out whole, with a reply that says why, and it
/// is not read sentence by sentence first: the gate and spelling passes on a 16 KiB line cost
/// 87 ms of one turn (issue 12: no turn over 50 ms).
@Suite("A point longer than a note")
struct LongPointTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func atThePoint() -> Conversation { Conversation.atThePoint(today: today) }

  @Test("a point of a thousand bytes is left out, the note goes on, and the reply says why")
  func leftOut() {
    var conversation = Self.atThePoint()
    #expect(conversation.stage == .interest)
    let long = String(repeating: "I have always loved working with logistics teams ", count: 20)
    let reply = conversation.send(long)
    #expect(reply.text.contains("far longer than a note can hold"), "\(reply.text)")
    #expect(conversation.answers.interest == nil)
    #expect(conversation.stage == .channel)
  }

  @Test("an answer of many short sentences far past a note's length is left out before it is read")
  func longAnswerOfShortSentences() {
    var conversation = Self.atThePoint()
    let long = String(repeating: "I loved it. ", count: 250)
    #expect(long.utf8.count > 4 * Conversation.longestPointBytes)
    let reply = conversation.send(long)
    #expect(reply.text.contains("far longer than a note can hold"), "\(reply.text)")
    #expect(conversation.answers.interest == nil)
    #expect(conversation.stage == .channel)
  }

  @Test("a point of a line is still taken")
  func lineTaken() {
    var conversation = Self.atThePoint()
    let reply = conversation.send("I grew up near Leeds and my dad drove for a depot there")
    #expect(!reply.text.contains("far longer"), "\(reply.text)")
  }
}
