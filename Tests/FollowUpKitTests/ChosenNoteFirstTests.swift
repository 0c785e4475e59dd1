import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// With several interviewers, the note on the topic the person chose is the one shown first:
/// a first note on another interviewer's leftover topic read as if their choice had been set
/// aside (three of tuning 31's judged faults). The notes are numbered and "next" goes round in
/// that order.
@Suite("The chosen topic's note comes first")
struct ChosenNoteFirstTests {
  static func conversation() -> (Conversation, String) {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    var last = ""
    for message in [
      "Hi, I'm Alex Morgan. I had a panel interview at Harbour Housing Association yesterday "
        + "with Dana Patel and Raj Mehta for the tenancy officer role. I think it went well.",
      "Dana asked how I would handle a tenant in arrears, and Raj was excited about the new "
        + "repairs app they're launching in spring",
      "the repairs app", "skip", "email",
    ] {
      last = conversation.send(message).text
    }
    return (conversation, last)
  }

  @Test("the first note shown is to whoever raised the chosen topic, numbered 1 of 2")
  func chosenFirst() throws {
    let (conversation, said) = Self.conversation()
    let body = try #require(conversation.note?.body)
    #expect(body.contains("Dear Raj"), "\(body)")
    #expect(body.contains("repairs app"), "\(body)")
    #expect(said.contains("to Raj Mehta (note 1 of 2)"), "\(said)")
    #expect(said.contains("Say next for Dana's note."), "\(said)")
  }

  @Test("next shows the other note as 2 of 2, then goes round to the first")
  func nextGoesRound() throws {
    var (conversation, _) = Self.conversation()
    let second = conversation.send("next").text
    #expect(second.contains("to Dana Patel (note 2 of 2)"), "\(second)")
    #expect(!second.contains("Say next for"), "\(second)")
    #expect(conversation.note?.body.contains("Dear Dana") == true)
    _ = conversation.send("next")
    #expect(conversation.note?.body.contains("Dear Raj") == true)
  }
}
