import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction and the answer to the question in hand in one message: the part the person
/// labels as the answer ("company is ...", "role = ...") is taken before any other part, an
/// opening verdict before the correction is how it went, and a role meant "earlier" ends before
/// that word. Sentences of my own, not from any tuning set.
@Suite("The answer beside a correction, by its label")
struct LabelledAnswerBesideTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  static func holding(_ facts: Facts, at question: Question) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = facts
    conversation.phase = .asking(question)
    return conversation
  }

  static let twoPeople = Facts(
    name: PersonName(parsing: "Sam Lee"),
    interviewers: [PersonName(given: "Tomas"), PersonName(given: "Ines")])

  @Test(
    "a part labelled with the fact asked is the answer, not an aside before it",
    arguments: [
      ("sorry i meant Tobias not Tomas!! the head chef. company is Harbour Grill", "Harbour Grill"),
      ("oops Tobias not Tomas. the head chef. firm is Harbour Grill", "Harbour Grill"),
    ])
  func labelledFirst(_ text: String, _ company: String) {
    var conversation = Self.holding(Self.twoPeople, at: .company)
    _ = conversation.send(text)
    #expect(conversation.facts.company == company, "\(text)")
    #expect(conversation.facts.interviewers?.first?.full == "Tobias", "\(text)")
  }

  @Test("the label is read only for the question asked")
  func labelOfQuestion() {
    #expect(Conversation.labels("company is Harbour Grill", .company))
    #expect(Conversation.labels("role = line cook", .role))
    #expect(!Conversation.labels("company is Harbour Grill", .role))
    #expect(!Conversation.labels("the head chef", .company))
  }

  @Test("an opening verdict before a spelling correction is how it went")
  func openingVerdict() {
    var facts = Facts(
      name: PersonName(parsing: "Sam Lee"),
      interviewers: [PersonName(given: "Ruth", family: "Ker")],
      company: "Harbour Grill", role: "line cook")
    facts.when = InterviewDay(reading: "yesterday", today: Self.today)
    var conversation = Self.holding(facts, at: .outcome)
    _ = conversation.send(
      "pretty badly if im honest. ruth (kerr btw, with an r) wanted more experience")
    #expect(conversation.facts.interviewers?.first?.full == "Ruth Kerr")
    #expect(conversation.facts.outcome != nil)
    #expect(conversation.facts.outcome != .well)
  }

  @Test("a role meant earlier ends before \"earlier\"")
  func roleMeantEarlier() {
    #expect(CorrectionReader.withoutClosingAdverb("audit associate earlier") == "audit associate")
    #expect(CorrectionReader.withoutClosingAdverb("line cook before") == "line cook")
    #expect(CorrectionReader.withoutClosingAdverb("line cook") == "line cook")
  }
  @Test("a label typed without a copula is no part of the answer beside a correction")
  func labelWithoutCopula() {
    var conversation = Self.holding(
      Facts(name: PersonName(parsing: "Nadia Al-Mansoori")), at: .interviewer)
    _ = conversation.send("oops its Al-Mansouri with a u not oo. interviewer dr layla haddad")
    #expect(conversation.facts.name?.full == "Nadia Al-Mansouri")
    #expect(conversation.facts.interviewers?.first?.full == "Dr Layla Haddad")
    #expect(
      Conversation.withoutLead("interviewer dr layla haddad", labelled: true) == "dr layla haddad")
    // Only the label goes: "lab" names the kind of employer elsewhere, here the job.
    #expect(Conversation.withoutLead("role: lab technician", labelled: true) == "lab technician")
    #expect(
      Conversation.withoutLead("the company Harbour Grill", labelled: true) == "Harbour Grill")
  }

  static func dated(_ day: String) -> Facts {
    var facts = Facts(
      name: PersonName(parsing: "Sam Lee"), interviewers: [PersonName(given: "Ruth")],
      company: "Harbour Grill", role: "line cook")
    facts.when = InterviewDay(reading: day, today: today)
    return facts
  }

  /// Each message, and the readings of how it went a careful reader would allow.
  static let besideDay: [(String, [Outcome])] = [
    (
      "oh it was yesterday not today, i wrote it wrong. dunno how it went really",
      [.mixed, .unsure]
    ),
    ("its the 2nd not the 3rd, my mistake. fine i think?", [.mixed, .unsure]),
    (
      "sorry it was yesterday not today. the cooking test was good but the chat after was awkward",
      [.mixed]
    ),
  ]

  @Test(
    "how it went, in a statement of its own beside a day's correction, is the answer",
    arguments: besideDay)
  func outcomeBesideDay(_ text: String, _ outcomes: [Outcome]) {
    var conversation = Self.holding(Self.dated("today"), at: .outcome)
    _ = conversation.send(text)
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 2), "\(text)")
    #expect(conversation.facts.outcome != nil, "\(text)")
    #expect(conversation.facts.outcome.map(outcomes.contains) == true, "\(text)")
  }
}
