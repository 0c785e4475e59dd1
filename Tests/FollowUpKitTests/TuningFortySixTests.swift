import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What tuning 46's judged first notes showed, each as the kind it is: the name a person goes
/// by said as a word of their name ("Usman is what I go by"), a word limiting a corrected value
/// ("only TechPoint IT") or the held words it disowns ("not solutions"), and a direct answer to
/// the role question that a remark after it explains ("it's the senior post").
@Suite("Tuning 46: the name gone by, a corrected value's limits, the answer before its remark")
struct TuningFortySixTests {
  static let today = CivilDate(year: 2026, month: 12, day: 6) ?? Fixture.today

  /// A conversation at `question` holding a name, one interviewer, `company` and `role`.
  static func asking(
    _ question: Question, company: String = "Cardiff Council", role: String = "Planning Officer"
  ) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: question == .name ? nil : PersonName(parsing: "Grzegorz Nowak"),
      interviewers: question == .name || question == .interviewer
        ? nil : [PersonName(parsing: "Tomasz Zielinski")].compactMap { $0 },
      company: question == .company ? nil : company,
      role: question == .role ? nil : role)
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "a word of the name the person says they go by is the name they sign with",
    arguments: [
      "Muhammad Usman Tariq - Usman is what I go by", "Muhammad Usman Tariq, I go by Usman",
      "Muhammad Usman Tariq, i go by usman",
    ])
  func goesByPartOfName(_ text: String) {
    var conversation = Self.asking(.name)
    _ = conversation.send(text)
    #expect(conversation.facts.name?.full == "Muhammad Usman Tariq", "\(text)")
    #expect(conversation.facts.signOff?.full == "Usman", "\(text)")
  }

  @Test("a form of the person's own after 'I go by' is still their name")
  func goesByOwnForm() {
    var conversation = Self.asking(.name)
    _ = conversation.send("Chan Ka Yan but I go by Karen Chan")
    #expect(conversation.facts.name?.full == "Karen Chan")
  }

  @Test(
    "a corrected company keeps no word limiting it, and drops the held words it disowns",
    arguments: [
      (
        "sorry company name is only TechPoint IT, not solutions, i check his business card",
        "TechPoint IT"
      ),
      ("sorry company name is just TechPoint IT, not solutions", "TechPoint IT"),
    ])
  func limitedCompany(_ text: String, _ expected: String) {
    var conversation = Self.asking(.outcome, company: "Techpoint IT Solutions Ltd")
    _ = conversation.send(text)
    #expect(conversation.facts.company == expected, "\(text)")
  }

  @Test("a name typed with capitals after a copula keeps its first word")
  func capitalisedAfterCopula() {
    var conversation = Self.asking(.outcome, company: "Deliveroo")
    _ = conversation.send("sorry company name is Just Eat, not Deliveroo")
    #expect(conversation.facts.company == "Just Eat")
  }

  @Test("a held word said again with other marks is still a re-spelling")
  func respellingKept() {
    var conversation = Self.asking(.outcome, company: "Mcdonalds Restaurants")
    _ = conversation.send("sorry the company is McDonald's not Mcdonalds")
    #expect(conversation.facts.company == "McDonald's Restaurants")
  }

  @Test(
    "an answer to the role question is kept when a remark after it explains it",
    arguments: [
      (
        "Senior Planning Officer, actually. I said Planning Officer earlier but it's the senior "
          + "post (grade 7).", "Senior Planning Officer"
      ),
      ("sorry i said senior but its just planning officer", "planning officer"),
    ])
  func answerBeforeRemark(_ text: String, _ expected: String) {
    var conversation = Self.asking(.role)
    conversation.answers.facts.role = "Planning Officer"
    _ = conversation.send(text)
    #expect(conversation.facts.role == expected, "\(text)")
  }
}
