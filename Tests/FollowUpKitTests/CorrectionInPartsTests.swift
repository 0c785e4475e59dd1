import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Corrections read statement by statement, the day "last" sets against the one said to be
/// wrong, a run of a held name re-spelled, and the question in hand shown at most twice.
@Suite("Corrections read in the statements of a message")
struct CorrectionInPartsTests {
  /// Today is Tuesday 1 December 2026; the interview was held to be yesterday, Monday.
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func conversation(at question: Question, company: String = "Acme") -> Conversation {
    var conversation = Conversation.holding(
      Facts(
        name: PersonName(given: "Ravi", family: "Lee"),
        interviewers: [PersonName(title: "Mr", family: "Tan")],
        company: company, role: "analyst",
        when: InterviewDay(phrase: "yesterday", date: CivilDate(year: 2026, month: 11, day: 30)),
        outcome: .well),
      at: question, today: today)
    switch question {
    case .company: conversation.answers.facts.company = nil
    case .role: conversation.answers.facts.role = nil
    case .interviewer: conversation.answers.facts.interviewers = nil
    default: break
    }
    return conversation
  }

  static func value(_ fact: String, _ facts: Facts) -> String? {
    switch fact {
    case "company": facts.company
    case "role": facts.role
    case "when": facts.when?.date?.iso
    case "interviewers": facts.interviewers?.map(\.full).joined(separator: ", ")
    default: nil
    }
  }

  @Test(
    "a correction in one statement, the answer to the question in hand in another",
    arguments: [
      (
        Question.company, "whoops the role was senior analyst not analyst. company is Brightwell",
        "role", "senior analyst", "Brightwell"
      ),
      (
        .role, "it was sunday not yesterday, and the role is data engineer", "when", "2026-11-29",
        "data engineer"
      ),
      (
        .company, "sorry i put yesterday but it was friday. the firm is Northgate Foods", "when",
        "2026-11-27", "Northgate Foods"
      ),
    ])
  func bothTaken(
    _ question: Question, _ text: String, _ fact: String, _ value: String, _ answer: String
  ) {
    var conversation = Self.conversation(at: question)
    _ = conversation.send(text)
    let facts = conversation.facts
    #expect(Self.value(fact, facts) == value)
    let asked = question == .company ? facts.company : facts.role
    #expect(asked == answer)
    #expect(conversation.stage.rawValue != question.rawValue)
  }

  @Test(
    "at the people question, 'it was' before a name says it is the answer",
    arguments: [
      ("sorry it was sunday not yesterday. it was tom okafor", "Tom Okafor"),
      ("oops the role was senior analyst. anyway it was Grace Obi", "Grace Obi"),
      ("my bad the company is Acme Labs. interviewer - grace obi", "Grace Obi"),
    ])
  func nameBeside(_ text: String, _ met: String) {
    var conversation = Self.conversation(at: .interviewer)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full).joined(separator: ", ") == met)
    #expect(conversation.stage != .interviewer)
  }

  @Test(
    "a day quoted as typed, then said again with 'it was', is the day corrected",
    arguments: [
      ("i put yesterday it was thursday", "2026-11-26"),
      ("oh i wrote yesterday it was the 27th sorry", "2026-11-27"),
      ("i typed yesterday its wednesday", "2026-11-25"),
    ])
  func quotedDay(_ text: String, _ date: String) {
    var conversation = Self.conversation(at: .discussion)
    _ = conversation.send(text)
    #expect(conversation.facts.when?.date?.iso == date)
    #expect(conversation.stage == .discussion)
  }

  @Test(
    "'last monday' set against yesterday, a Monday, is the Monday before",
    arguments: [
      "it was last monday not yesterday",
      "sorry the interview was last monday, not yesterday",
      "i said yesterday but it was last monday",
    ])
  func lastWeekday(_ text: String) {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send(text)
    #expect(conversation.facts.when?.date?.iso == "2026-11-23")
  }

  @Test(
    "a run of a held company's words said to be wrong is replaced, the rest kept",
    arguments: [
      ("Bright Start Nursery", "sorry its Brightstart not bright start", "Brightstart Nursery"),
      ("Pen Y Bryn Stores", "autocorrect again, its Penybryn not pen y bryn", "Penybryn Stores"),
      ("Mc Graths Garage", "typo, McGraths not mc graths", "McGraths Garage"),
    ])
  func runReplaced(_ held: String, _ text: String, _ fixed: String) {
    var conversation = Self.conversation(at: .outcome, company: held)
    _ = conversation.send(text)
    #expect(conversation.facts.company == fixed)
  }

  @Test(
    "a correction read whole as nothing is read from its statement, never taken as the answer",
    arguments: [
      ("Brook Hart Ltd", "sorry autocorrect, its Harte with an e. Brook Harte", "Brook Harte Ltd"),
      (
        "Bright Start Nursery", "oops, its Starts with an s. Bright Starts", "Bright Starts Nursery"
      ),
      ("Mill Rd Cafe", "sorry typo, its Road not Rd. Mill Road", "Mill Road Cafe"),
    ])
  func readFromStatement(_ held: String, _ text: String, _ fixed: String) {
    var conversation = Self.conversation(at: .role, company: held)
    _ = conversation.send(text)
    #expect(conversation.facts.company == fixed)
    #expect(conversation.facts.role == nil)
    #expect(conversation.stage == .role)
  }

  @Test(
    "a plain answer with 'sorry' or 'actually' in it corrects nothing",
    arguments: [
      (Question.company, "sorry its Northgate Foods", "Northgate Foods"),
      (.company, "actually a small one, Northgate Foods", "Northgate Foods"),
    ])
  func plainAnswer(_ question: Question, _ text: String, _ company: String) {
    var conversation = Self.conversation(at: question)
    _ = conversation.send(text)
    #expect(conversation.facts.company == company)
    #expect(conversation.facts.role == "analyst")
    #expect(conversation.facts.when?.date?.iso == "2026-11-30")
  }

  @Test("an outcome answered with 'actually' is how it went, no correction")
  func plainOutcome() {
    var conversation = Self.conversation(at: .outcome)
    conversation.answers.facts.outcome = nil
    _ = conversation.send("actually it went really well")
    #expect(conversation.facts.outcome == .well)
    #expect(conversation.stage != .outcome)
    #expect(conversation.facts.company == "Acme")
    #expect(conversation.facts.when?.date?.iso == "2026-11-30")
  }

  @Test(
    "a question asked back at the same question twice settles it at the second",
    arguments: [
      "is that one a good one to pick?", "which would you pick?", "does it matter which?",
    ])
  func askedBackTwice(_ text: String) {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send("hi")
    for answer in [
      "Ravi Lee", "Sam Tan", "Acme", "analyst", "yesterday", "well",
      "they are opening a new depot in Leeds next spring, and moving to electric vans",
    ] {
      _ = conversation.send(answer)
    }
    #expect(conversation.stage == .topic)
    _ = conversation.send(text)
    #expect(conversation.stage == .topic)
    _ = conversation.send(text)
    #expect(conversation.stage != .topic)
  }

  /// A title's full stop ends no statement: "it's Sra. López, not Sr." had been cut after
  /// "Sra." and read as a respelling of "López" alone, the title left as it was (tuning 3, a274).
  @Test("a title's full stop ends no statement")
  func titleDot() {
    var conversation = Self.conversation(at: .role)
    conversation.answers.facts.interviewers = [PersonName(title: "Sr", family: "López")]
    _ = conversation.send("no sorry it's Sra. López, not Sr.")
    #expect(conversation.facts.interviewers?.first?.title == "Sra")
    #expect(conversation.facts.interviewers?.first?.family == "López")
  }
}
