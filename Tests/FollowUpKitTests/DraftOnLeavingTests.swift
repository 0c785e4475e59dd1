import FollowUpKit
import FollowUpTestSupport
import Testing

/// What a driver shows when the person leaves by Ctrl-C or Ctrl-D: the words quit uses.
@Suite("Leaving without quit")
struct DraftOnLeavingTests {
  @Test("before there is a draft, leaving shows nothing")
  func noDraft() {
    let (conversation, _) = Fixture.run(Array(Fixture.conversation.prefix(2)))
    #expect(conversation.draftOnLeaving() == [])
  }

  @Test("with a draft, leaving shows the draft as quit does, before quit's goodbye")
  func sameAsQuit() throws {
    let (conversation, _) = Fixture.run(Array(Fixture.conversation.prefix(5)))
    let note = try #require(conversation.note)
    #expect(
      conversation.draftOnLeaving() == [
        .say("Here's your draft, so nothing is lost:"), .showNote(note),
      ])
    var quitting = conversation
    let outputs = quitting.send("quit").outputs
    #expect(Array(outputs.prefix(2)) == conversation.draftOnLeaving())
    #expect(outputs.last == .endSession)
  }
}
