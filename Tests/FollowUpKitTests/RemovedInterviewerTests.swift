import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Fewer people than held: one said to be the only one there, or said not to have been there.
@Suite("An interviewer left out by a later message")
struct RemovedInterviewerTests {
  static func conversation() -> Conversation {
    var conversation = AnswerAroundCorrectionTests.conversation(at: .outcome)
    conversation.answers.facts.interviewers = [
      PersonName(given: "Imran", family: "Qureshi"), PersonName(given: "Beth"),
    ]
    return conversation
  }

  @Test(
    "the one there is kept, the one not there left out",
    arguments: [
      "sorry it was only imran in the end, beth had to leave before it started",
      "actually beth wasnt there in the end, it was just imran",
      "oops beth didnt make it in the end",
    ])
  func leftOut(_ text: String) {
    var conversation = Self.conversation()
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Imran Qureshi"])
  }

  @Test(
    "without a sign of a slip, or of someone not there, no one is left out",
    arguments: [
      "it went well, imran just asked about rotas",
      "sorry, beth asked the hardest questions",
    ])
  func nobodyLeftOut(_ text: String) {
    var conversation = Self.conversation()
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.count == 2)
  }
}
