import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// When the person never had the interviewer's name, the note greets the hiring manager: a
/// role, greeted whole in every tone and channel, never as if "Hiring" were a first name.
@Suite("Greeting the hiring manager")
struct HiringManagerGreetingTests {
  @Test("the hiring manager is greeted by the whole role", arguments: ["email", "linkedin"])
  func wholeRole(_ channel: String) throws {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    for message in [
      "I'm Sam Lee, interviewed at Tesco yesterday for the cashier job", "idk", "no idea",
      "went ok", "they are opening a new store in Leeds in March", "yes", "skip", channel,
    ] {
      _ = conversation.send(message)
    }
    let body = try #require(conversation.note?.body)
    #expect(body.contains("Hiring Manager,"), "\(body)")
    #expect(!body.contains("Hiring,"), "\(body)")
    _ = conversation.send("make it warmer")
    let warmer = try #require(conversation.note?.body)
    #expect(warmer.contains("Hi Hiring Manager,"), "\(warmer)")
  }
}
