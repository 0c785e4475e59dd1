import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// An interviewer's title or job is never the person's role: "an email for the practice
/// manager" names who the note is for. A title typed beside its abbreviation is one title.
@Suite("The interviewer's job is not the role")
struct InterviewerJobNotRoleTests {
  static func roleAfter(opening: String) -> String? {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    _ = conversation.send(opening)
    return conversation.facts.role
  }

  @Test(
    "after the word for the message, 'for' names its reader",
    arguments: [
      "hi i need an email for the practice manager after my interview",
      "can you write a thank-you note for the head chef, interview was yesterday",
      "need a message for store manager after interview today",
    ])
  func reader(_ opening: String) {
    #expect(Self.roleAfter(opening: opening) == nil)
  }

  @Test(
    "left alone: 'for' after the interview names the role",
    arguments: [
      ("had an interview for the assistant practice manager job", "assistant practice manager"),
      ("want to send a note after my interview for a sous chef role", "sous chef"),
    ])
  func role(_ opening: String, _ want: String) {
    #expect(Self.roleAfter(opening: opening)?.lowercased() == want)
  }

  @Test(
    "an abbreviation and its gloss are one title",
    arguments: [
      ("2IC / assistant store manager", "assistant store manager"),
      ("HCA / healthcare assistant", "healthcare assistant"),
      ("ASM / assistant shop manager", "assistant shop manager"),
    ])
  func gloss(_ text: String, _ want: String) {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    conversation.started = true
    conversation.phase = .asking(.role)
    _ = conversation.send(text)
    #expect(conversation.facts.role == want)
  }

  @Test("left alone: two titles typed as a pair stay a pair")
  func pair() {
    #expect(FactScan.glossed("barista", "baker") == nil)
    #expect(FactScan.glossed("cook", "kitchen porter") == nil)
  }
}
