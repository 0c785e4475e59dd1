import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// With several interviewers, the person's own point was said about the topic they chose, so it
/// belongs in the note on that topic: the note to whoever brought it up, not always the first.
@Suite("The person's point goes in the note on its topic")
struct PointRecipientTests {
  static func conversation() -> Conversation {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    for message in [
      "Hi, I'm Alex Morgan. I had a panel interview at Harbour Housing Association yesterday "
        + "with Dana Patel and Raj Mehta for the tenancy officer role. I think it went well.",
      "Dana told me about how they help tenants manage their rent arrears, which felt really "
        + "humane, and Raj was excited about the new repairs app they're launching in spring",
      "yes",
      "I'd love to help test it with older tenants who don't use apps much",
      "email",
    ] {
      _ = conversation.send(message)
    }
    return conversation
  }

  @Test("the point is in the note to the interviewer whose topic was chosen, and only there")
  func pointFollowsTopic() throws {
    var conversation = Self.conversation()
    // The note on the chosen topic is shown first: Raj's, with the point.
    let first = try #require(conversation.note?.body)
    #expect(first.contains("Dear Raj"))
    #expect(first.contains("repairs app"))
    #expect(first.contains("older tenants"))
    _ = conversation.send("next")
    let second = try #require(conversation.note?.body)
    #expect(second.contains("Dear Dana"))
    #expect(!second.contains("older tenants"))
    // "next" goes round to the first again.
    _ = conversation.send("next")
    #expect(conversation.note?.body.contains("Dear Raj") == true)
  }

  @Test("a session saved before the point's note was kept still loads, the point in note 1")
  func savedBefore() throws {
    var draft = Draft(channel: .email, freeAccount: false, baseTopics: [])
    draft.pointRecipient = nil
    let data = try JSONEncoder().encode(draft)
    #expect(!String(decoding: data, as: UTF8.self).contains("pointRecipient"))
    #expect(try JSONDecoder().decode(Draft.self, from: data) == draft)
  }
}
