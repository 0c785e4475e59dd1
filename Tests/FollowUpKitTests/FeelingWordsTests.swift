import Testing

@testable import FollowUpKit

/// Feelings said in other words ("delighted with", "mad into", "chuffed with") mark the thing
/// as "excited about" does (tuning 14 ac047, tuning 16 ag045, where the routine won).
@Suite("The interviewer's delight, in any common words, marks the thing")
struct FeelingWordsTests {
  @Test(
    "a feeling cue makes its thing the topic over a routine list",
    arguments: [
      (
        "lesson planning, behaviour, safeguarding. she was delighted with the new sensory "
          + "garden", "sensory garden"
      ),
      ("shifts, pay, the uniform. he's mad into the new espresso machine", "espresso machine"),
      ("targets and the rota. she was chuffed with the refurbished showroom", "showroom"),
    ])
  func feelingMarks(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
  }
}
