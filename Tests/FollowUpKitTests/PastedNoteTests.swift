import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A note pasted without `review` is recognised by its shape, at any stage, and reviewed: never
/// read as a name, and its sign-off never ends the conversation.
@Suite("Pasted notes")
struct PastedNoteTests {
  static let note = """
    Dear Sarah,

    Thank you for taking the time to talk with me yesterday about the analyst role. I enjoyed \
    hearing about the new pricing model you are building.

    Thanks,
    Jordan
    """

  @Test(
    "greeting lines",
    arguments: [
      ("Dear Sarah,", true), ("Dear Sarah", true), ("Hi Priya,", true), ("Hello Mr Shah,", true),
      ("Good morning Ms Ruiz,", true), ("Dear Dr. Okafor,", true), ("hi", false),
      ("hi there,", false), ("Hi Priya", false), ("hello again,", false),
      ("hi can you help,", false), ("Dear", false), ("Jordan", false),
    ])
  func greetingLines(_ line: String, _ expected: Bool) {
    #expect(PastedNote.isGreetingLine(line) == expected)
  }

  @Test(
    "sign-off lines",
    arguments: [
      ("Thanks,", true), ("Best regards,", true), ("Kind regards,", true), ("Sincerely,", true),
      ("thanks", false), ("Thanks for the help", false), ("done", false),
    ])
  func signOffLines(_ line: String, _ expected: Bool) {
    #expect(PastedNote.isSignOffLine(line) == expected)
  }

  @Test("a whole note is a note; a greeting, a chat message or a note without a sign-off is not")
  func wholeNotes() {
    #expect(PastedNote.isNote(Self.note))
    #expect(PastedNote.isNote("Subject: Thanks\n" + Self.note))
    #expect(!PastedNote.isNote("Dear Sarah,"))
    #expect(!PastedNote.isNote("hi\nI'm Jordan"))
    #expect(!PastedNote.isNote("Dear Sarah,\nThank you for your time."))
  }

  @Test("a note pasted at the name question is reviewed, not read as a name")
  func atTheName() {
    let (conversation, replies) = Fixture.run([Self.note], surface: .remote)
    #expect(conversation.stage == .name)
    #expect(replies[0].text.contains("I read your draft"))
    #expect(!replies[0].text.contains("Nice to meet you"))
  }

  @Test("a note pasted after done is reviewed; its sign-off does not end the conversation")
  func afterDone() {
    let (conversation, replies) = Fixture.run(Fixture.conversation + [Self.note], surface: .remote)
    #expect(conversation.stage == .done)
    let last = replies[replies.count - 1]
    #expect(last.text.contains("I read your draft"))
    #expect(!last.ended)
    #expect(!last.text.contains("Good luck"))
  }
}

/// The library's `Reply` carries the same pieces as a JSON-lines line.
@Suite("Reply pieces")
struct ReplyPiecesTests {
  @Test("a review's rewrite and the blocks are on the Reply")
  func rewriteAndBlocks() {
    let (_, replies) = Fixture.run(
      Array(Fixture.conversation.prefix(5))
        + ["review\nHi Priya,\nI'm desperate for this job, please.\nJordan"], surface: .remote)
    let review = replies[replies.count - 1]
    #expect(review.rewrite != nil)
    #expect(review.rewrite != review.note)
    #expect(review.blocks.map(\.text).joined(separator: "\n\n") == review.text)
    #expect(review.blocks.first?.kind == .advice)
    #expect(replies[4].rewrite == nil)
  }
}
