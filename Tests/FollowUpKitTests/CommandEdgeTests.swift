import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Commands and answers at the edges of a conversation (after it ended, with nothing to pick
/// from, a name where a topic belongs): each gets a useful answer and leaves a conversation
/// that can still reach a note.
@Suite("Commands and answers at the edges of a conversation")
struct CommandEdgeTests {
  @Test("back after quitting before a draft asks the first open question, and the chat goes on")
  func backAfterEarlyQuit() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    _ = conversation.send(
      "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the analyst job")
    let quit = conversation.send("quit")
    #expect(quit.stage == .done)
    #expect(conversation.note == nil)

    let back = conversation.send("back")
    #expect(back.stage == .outcome)
    #expect(back.text.contains("How do you feel it went"))

    _ = conversation.send("it went well")
    _ = conversation.send("we talked about the new depot in Leeds")
    _ = conversation.send("yes")
    let draft = conversation.send("email")
    #expect(draft.stage == .draft)
    #expect(conversation.note?.body.contains("depot in Leeds") == true)
  }

  /// A remote conversation at its email draft, built on the depot in Leeds.
  static func drafted() -> Conversation {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    for turn in [
      "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the analyst job",
      "it went well", "we talked about the new depot in Leeds", "yes", "email",
    ] {
      _ = conversation.send(turn)
    }
    return conversation
  }

  @Test("back after finishing a draft returns to the draft, which is kept")
  func backAfterDone() {
    var conversation = Self.drafted()
    let body = conversation.note?.body
    #expect(body != nil)
    #expect(conversation.send("done").stage == .done)
    let back = conversation.send("back")
    #expect(back.stage == .draft)
    #expect(conversation.note?.body == body)
  }

  @Test("a topic number with no topics found says so, rather than heading an empty list")
  func topicNumberWithoutTopics() {
    var conversation = Self.drafted()
    let body = conversation.note?.body
    // A draft on a topic the person typed, with nothing found in the discussion to offer.
    conversation.answers.topics = []
    let reply = conversation.send("use topic 1")
    #expect(reply.text.contains("I didn't find any topics"))
    #expect(!reply.text.contains("The topics I found"))
    #expect(conversation.note?.body == body)
  }

  @Test("a person's name given as the topic is asked about again, at the question and the draft")
  func nameAsTopic() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    for turn in [
      "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
      "we talked about the new depot in Leeds",
    ] {
      _ = conversation.send(turn)
    }
    #expect(conversation.stage == .topic)
    for name in ["Priya Shah"] {
      let reply = conversation.send(name)
      #expect(reply.stage == .topic, "\(name)")
      #expect(reply.text.hasPrefix("That's a name."), "\(name): \(reply.text)")
      #expect(reply.text.contains("1. the new depot in Leeds"))
    }
    // Never a third time: the topic found is used, and the reply says how to change it.
    let third = conversation.send("priya")
    #expect(third.stage == .interest)
    #expect(third.text.hasPrefix("I'll build the note on the new depot in Leeds"), "\(third.text)")
    _ = conversation.send("email")
    let body = conversation.note?.body
    #expect(body?.contains("depot in Leeds") == true)
    let reply = conversation.send("use Priya Shah instead")
    #expect(reply.text.hasPrefix("That's a name."), "\(reply.text)")
    #expect(conversation.note?.body == body)
    // A topic that holds a name is a topic.
    let other = conversation.send("use Priya's cold-store audit instead")
    #expect(!other.text.hasPrefix("That's a name."))
  }
}
