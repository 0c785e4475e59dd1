import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction typed with the answer to the question in hand around it: the answer first and
/// the remark after ("ayesha siddiqui. also sorry the company was ..."), a day said as its
/// number alone, a verdict that names the corrected value, and statements cut where a person
/// ends them.
@Suite("An answer around a correction")
struct AnswerAroundCorrectionTests {
  /// Today is Tuesday 1 December 2026.
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func conversation(at question: Question) -> Conversation {
    var conversation = Conversation.holding(
      Facts(
        name: PersonName(given: "Ravi", family: "Lee"),
        interviewers: [PersonName(given: "Tadek")], company: "Acme", role: "analyst",
        when: InterviewDay(phrase: "the 20th", date: CivilDate(year: 2026, month: 11, day: 20))),
      at: question, today: today)
    switch question {
    case .name: conversation.answers.facts.name = nil
    case .when: conversation.answers.facts.when = nil
    case .role: conversation.answers.facts.role = nil
    default: break
    }
    return conversation
  }

  @Test(
    "the name typed first is the answer, the correction after it is made",
    arguments: [
      ("priya shah. also sorry the company was acme labs not just acme", "Priya Shah"),
      ("tom reed. oh and i put acme earlier but it was actually acme labs", "Tom Reed"),
    ])
  func nameFirst(_ text: String, _ name: String) {
    var conversation = Self.conversation(at: .name)
    _ = conversation.send(text)
    #expect(conversation.facts.company == "Acme Labs")
    #expect(conversation.facts.name?.full == name)
    #expect(conversation.stage != .name)
  }

  /// A remark after the correction that is no name is not taken for one.
  @Test("a remark after a correction is no name")
  func remarkNoName() {
    var conversation = Self.conversation(at: .name)
    _ = conversation.send("sorry the company was acme labs not just acme. long day")
    #expect(conversation.facts.company == "Acme Labs")
    #expect(conversation.facts.name == nil)
    #expect(conversation.stage == .name)
  }

  @Test(
    "at the day question a day number alone beside a correction is the day",
    arguments: [
      "its actually acme labs, thats a different thing from acme. 23rd",
      "23rd. also the company is called acme labs, saw it on the sign",
    ])
  func dayNumber(_ text: String) {
    var conversation = Self.conversation(at: .when)
    _ = conversation.send(text)
    #expect(conversation.facts.company == "Acme Labs")
    #expect(conversation.facts.when?.date?.iso == "2026-11-23")
  }

  @Test("a verdict that names the corrected company says how it went")
  func verdictNamingValue() {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send(
      "wait not acme, it was Brightwell, 2 interviews this week 🤦 brightwell one went well")
    #expect(conversation.facts.company == "Brightwell")
    #expect(conversation.facts.outcome == .well)
  }

  @Test("a greeting cue's name is in its own sentence, not the next one")
  func greetingCueSentence() {
    var conversation = Self.conversation(at: .role)
    _ = conversation.send(
      "his name was actually tadeusz not tadek, tadek is just what the lads call him. job is forklift driver"
    )
    #expect(conversation.facts.role == "forklift driver")
    #expect(conversation.facts.interviewers?.first?.given == "Tadeusz")
    #expect(conversation.facts.interviewers?.first?.greetAs != "Job")
  }

  @Test(
    "statements end where the person ends them",
    arguments: [
      // A whole-word title before a dot ends a sentence; a short one does not.
      ("oh and it was junior sous chef sorry not sous chef. place is the ivy", 2),
      ("the head chef. interview was monday", 2),
      ("it was Dr. Bello", 1),
      // A digit before a dot is no initial.
      ("its nursery practitioner level 3. interview was yesterday", 2),
      // An abbreviation ends its sentence when a statement of its own follows.
      ("argh autocorrect, its Kowalczyk Bros. it was on tuesday", 2),
      ("Crumb & Co. Artisan Bakery", 1),
      ("J. Murphy & Sons", 1),
      // An emoji between words ends a sentence.
      ("had 2 interviews this week 🤦 atkins one went meh", 2),
    ])
  func statements(_ text: String, _ count: Int) {
    #expect(MessageParts.statements(of: text).count == count)
  }
}
