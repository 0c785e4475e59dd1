import Testing

@testable import FollowUpKit

/// One reader of the words that open a reply, used at every stage: an interjection answers
/// nothing alone, a connective can; either, opening a longer reply, is set aside.
@Suite("Discourse openers")
struct DiscourseOpenerTests {
  @Test("an interjection alone is no answer; a connective alone can be one")
  func kinds() {
    #expect(MessageText.isNonAnswer("oops"))
    #expect(MessageText.isNonAnswer("hmmm"))
    #expect(!MessageText.isNonAnswer("yes"))
  }

  @Test(
    "every stage sets aside the same openers",
    arguments: [
      // How it went: an apology or a connective opens it, the verdict follows.
      ("anyway, it went badly", " it went badly"),
      ("sorry, it went badly", " it went badly"),
    ])
  func outcome(_ text: String, _ expected: String) {
    #expect(OutcomeReader.withoutOpening(text) == expected)
  }

  @Test(
    "an answer beside a correction loses an opener typed in lower case or closed by a comma",
    arguments: [
      ("well, greene king", "greene king"),
      ("honestly mrs achterberg", "mrs achterberg"),
      // Left alone: a company whose first word is also a connective, typed with its capital.
      ("Well Pharmacy", "Well Pharmacy"),
      ("Right Move Lettings", "Right Move Lettings"),
    ])
  func answerBeside(_ part: String, _ expected: String) {
    #expect(Conversation.withoutLead(part) == expected)
  }
}
