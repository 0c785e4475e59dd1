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

  /// Tuning 29's bg031 and bg049: "Dana Whitfield (eng manager)" and "Mr. Jung, who I think is
  /// a team manager" at the interviewer question became the person's role, and the role
  /// question was skipped. A bare title, or one said of a person with "is", is theirs.
  @Test(
    "a title said beside who interviewed them is theirs",
    arguments: [
      "Dana Whitfield (eng manager) and Priya Raman, she's a staff engineer i think",
      "Director Lee, and one more younger man, Mr. Jung, who I think is a team manager",
      "mel, area manager, and tom",
    ])
  func interviewersTitle(_ text: String) {
    var conversation = Conversation.holding(Facts(), at: .interviewer, today: Fixture.today)
    _ = conversation.send(text)
    #expect(conversation.facts.role == nil)
    #expect(conversation.facts.interviewers?.isEmpty == false)
  }

  @Test(
    "left alone: 'is' said of the post names the role",
    arguments: [
      ("the job is a care assistant, nights", "care assistant"),
      ("it is a warehouse supervisor role", "warehouse supervisor"),
    ])
  func postIs(_ opening: String, _ want: String) {
    #expect(Self.roleAfter(opening: opening)?.lowercased() == want)
  }

  @Test("a greeting in another language before a comma never signs the note")
  func greetingFirst() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    _ = conversation.send("sasa, need a thank you sms for the manager at java house")
    #expect(conversation.facts.name == nil)
    #expect(conversation.facts.role == nil)
  }

  @Test("left alone: two titles typed as a pair stay a pair")
  func pair() {
    #expect(FactScan.glossed("barista", "baker") == nil)
    #expect(FactScan.glossed("cook", "kitchen porter") == nil)
  }
}
