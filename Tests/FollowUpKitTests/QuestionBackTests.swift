import Testing

@testable import FollowUpKit

/// Questions asked back are read by meaning, and requests or answers are never taken for one.
@Suite("Questions asked back")
struct QuestionBackTests {
  @Test(
    "the common questions, in several phrasings",
    arguments: [
      ("does it have to be formal?", QuestionBack.formality),
      ("how formal should it be", .formality),
      ("is casual ok?", .formality),
      ("what tone should I use?", .formality),
      ("how long should it be?", .length),
      ("how many words?", .length),
      ("so how long should the note be", .length),
      ("when should I send it?", .timing),
      ("how soon should I send it", .timing),
      ("how long should I wait before sending?", .timing),
      ("is it too late to send one?", .timing),
      ("can I send it tomorrow?", .timing),
      ("should I include the second interviewer?", .otherInterviewer),
      ("what about the other interviewer?", .otherInterviewer),
      ("do I write to both of them?", .otherInterviewer),
      ("should I mention the bad part?", .badPart),
      ("wait, should I apologise for blanking?", .badPart),
      ("do I explain the question I fumbled?", .badPart),
      ("should I attach anything?", .attachment),
      ("should I attach my CV", .attachment),
      ("do I send my portfolio too?", .attachment),
    ])
  func reads(_ text: String, _ expected: QuestionBack) {
    #expect(QuestionBack(reading: text) == expected)
  }

  @Test(
    "requests, answers and other questions are not questions back",
    arguments: [
      "can you make it more formal?", "make it shorter", "should it be shorter?",
      "could you make it less formal", "it went badly", "she was really formal",
      "we talked about how long the project would take", "use the other topic",
      "I blanked on a couple of questions, but mostly fine", "yesterday", "Priya Shah",
      "more formal", "what should I say?", "is this the one?", "can la, not bad",
      "should be fine",
    ])
  func ignores(_ text: String) {
    #expect(QuestionBack(reading: text) == nil)
  }

  @Test("a question back is answered and the stage's question asked again, nothing else changes")
  func answered() throws {
    var conversation = Conversation(
      today: try #require(CivilDate(year: 2026, month: 11, day: 27)))
    _ = conversation.receive(.sessionStarted)
    _ = conversation.receive(.userReplied("I'm Jordan"))
    let before = conversation
    let outputs = conversation.receive(.userReplied("does it have to be formal?"))
    #expect(
      outputs == [
        .say(
          InterviewScript.answer(.formality, stage: .interviewer) + "\n\n"
            + InterviewScript.question(.interviewer, facts: before.facts))
      ])
    // Nothing the person told changes; the question back is only counted, so that a person who
    // never answers is not shown the same question for ever (RepeatedAnswerTests).
    #expect(conversation.asks.asides == 1)
    var counted = before
    counted.asks.asides = 1
    #expect(conversation == counted)
  }
}
