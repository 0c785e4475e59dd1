import Testing

@testable import FollowUpKit

/// Tuning 30's bi001 was told "they are building sensory garden for the residents in spring",
/// and the note kept the missing article ("that you are building sensory garden"): "building"
/// is also a noun, so it was not read as the verb, and "garden" ends as "chosen" does, so it
/// was read as a participle. After "are" a word in "-ing" is the verb, and only a participle
/// beyond doubt stands bare after it.
@Suite("A countable object of a progressive verb takes its article")
struct ProgressiveObjectArticleTests {
  @Test(
    "the object gets 'a'; a participle or a mass noun stays bare",
    arguments: [
      (
        "you are building sensory garden for the residents in spring",
        "you are building a sensory garden for the residents in spring"
      ),
      ("you got chosen", "you got chosen"),
    ])
  func article(_ topic: String, _ expected: String) {
    #expect(NoteComposer.spoken(topic, interest: nil) == expected)
  }

  @Test("only English's own participles in '-en' are participles beyond doubt")
  func participles() {
    #expect(VouchedTopic.isClearParticiple("chosen"))
    #expect(!VouchedTopic.isClearParticiple("garden"))
    #expect(!VouchedTopic.isClearParticiple("kitchen"))
  }
}
