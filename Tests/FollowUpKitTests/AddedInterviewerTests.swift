import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Someone more than the people held, said at any question: another one, one forgotten, or a
/// count above the people held. The one added is the person a clause names who is not held.
@Suite("An interviewer added by a later message")
struct AddedInterviewerTests {
  typealias Held = AnswerAroundCorrectionTests

  @Test(
    "a person added beside the answer to the question in hand",
    arguments: [
      // One forgotten.
      ("no wait it was tadek AND his boss ronan, forgot him completely", Question.outcome, "Ronan"),
      // A count above the people held.
      ("just realised there were 2, also obinna from the tech team", .outcome, "Obinna"),
      ("2 of them not 1, also Precious Dube from hr", .outcome, "Precious Dube"),
      // "another person", its name in a clause before the last.
      (
        "there was a second person as well, Dominik Szymański the warehouse lead, forgot him",
        .outcome, "Dominik Szymański"
      ),
    ])
  func added(_ text: String, _ question: Question, _ name: String) {
    var conversation = Held.conversation(at: question)
    _ = conversation.send(text)
    let people = conversation.facts.interviewers ?? []
    #expect(people.map(\.full).first == "Tadek")
    #expect(people.count == 2)
    #expect(people.last?.full == name)
  }

  @Test("the count, the person and the role in one message are each taken")
  func countAndRole() {
    var conversation = Held.conversation(at: .role)
    _ = conversation.send("2 of them not 1, also Precious Dube from hr. role is support worker")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Tadek", "Precious Dube"])
    #expect(conversation.facts.role == "support worker")
  }

  @Test(
    "no one is added without a sign of someone more",
    arguments: [
      "tadek told me there were 2 new sites opening",
      "there were 2 rounds before this one, it went well",
      "it went well, tadek was nice",
      // A fuller name of someone held is that person.
      "oops i forgot, his name is tadek nowak",
    ])
  func nobodyAdded(_ text: String) {
    var conversation = Held.conversation(at: .outcome)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.count == 1)
  }
}
