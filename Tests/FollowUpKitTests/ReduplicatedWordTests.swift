import Testing

@testable import FollowUpKit

/// Tuning 29's bg004 told of "a mobile loan product for boda boda riders", and the gate held
/// it back as a word typed twice, so the note was built on the role. A short word said twice
/// that is no grammar word nor a describing one is a word of its own ("boda boda", "tuk tuk");
/// a grammar word, a describing word or a longer word twice is still a slip.
@Suite("A word made by saying one twice is no slip")
struct ReduplicatedWordTests {
  @Test(
    "reduplicated words pass",
    arguments: [
      "you are piloting a mobile loan product for boda boda riders",
      "your new tuk tuk tours of the old town",
    ])
  func reduplicated(_ topic: String) {
    #expect(TopicShape.problem(topic) == nil)
    #expect(TopicGrammar.sentenceProblem("I was glad to hear that \(topic).") == nil)
  }

  @Test(
    "slips are still found",
    arguments: ["says your your first van", "the new new office", "the project project in Leeds"])
  func slips(_ topic: String) {
    #expect(TopicShape.problem(topic)?.hasPrefix("a word doubled") == true)
  }
}
