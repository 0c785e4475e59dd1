import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A day corrected at a later question: the day held, or the one said to be wrong, is never
/// the new one, and a day said with its number settles the words around it.
@Suite("Day corrections")
struct DayCorrectionTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  /// The interview held as yesterday, Monday 30 November; the outcome question in hand.
  static func conversation() -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(given: "Ann", family: "Lee"), interviewers: [PersonName(given: "Tom")],
      company: "Acme", role: "analyst",
      when: InterviewDay(phrase: "yesterday", date: CivilDate(year: 2026, month: 11, day: 30)))
    conversation.phase = .asking(.outcome)
    return conversation
  }

  @Test(
    "the new day, not the old one",
    arguments: [
      ("hold on it wasnt yesterday it was friday", "2026-11-27"),
      ("actually it was thursday last week not this week, so the 19th", "2026-11-19"),
      ("my bad, the date was the 19th", "2026-11-19"),
      ("sorry it isnt yesterday, it was the 26th", "2026-11-26"),
    ])
  func corrected(_ text: String, _ iso: String) {
    var conversation = Self.conversation()
    _ = conversation.send(text)
    #expect(conversation.facts.when?.date?.iso == iso)
    #expect(conversation.phase.question == .outcome)
  }

  @Test("a slip owned up to before another fact names that fact")
  func slipBeforeRole() {
    var conversation = Self.conversation()
    _ = conversation.send("my bad the role is senior analyst")
    #expect(conversation.facts.role == "senior analyst")
  }

  @Test(
    "left alone: how it went, with a day or a slip word in it",
    arguments: [
      "it went bad, yesterday was rough",
      "not bad at all",
    ])
  func leftAlone(_ text: String) {
    var conversation = Self.conversation()
    _ = conversation.send(text)
    #expect(conversation.facts.when?.date?.iso == "2026-11-30")
    #expect(conversation.facts.outcome != nil)
  }
}

/// The value set aside names the fact: "not yesterday" is the day held.
@Suite("A day put right by the day set aside")
struct DaySetAsideTests {
  @Test("'it was tuesday not yesterday' puts the day right, whatever an aside says")
  func daySetAside() {
    let today = CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today
    var facts = Facts(
      name: PersonName(parsing: "Paddy Walsh"), interviewers: [PersonName(given: "Aoife")],
      company: "Inishowen Home Care")
    facts.when = InterviewDay(reading: "yesterday", today: today)
    var conversation = Conversation.holding(facts, at: .outcome, today: today)
    _ = conversation.send(
      "wait no it was tuesday not yesterday, sorry im all over the place this week")
    #expect(conversation.facts.company == "Inishowen Home Care")
    #expect(conversation.facts.when?.date?.iso == "2026-12-01")
    #expect(conversation.stage == .outcome)
  }
}

/// voice24 (aw054): "sorry one thing, it was monday not tuesday" typed at the question about
/// the conversation corrects the day, and is never taken as what was talked about.
@Suite("A weekday swapped at a later question")
struct WeekdaySwapTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  @Test("the day is corrected and the question is asked again")
  func swapAtDiscussion() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(given: "Oisin"), interviewers: [PersonName(given: "Aisling")],
      company: "Tidewell", role: "graduate software engineer",
      when: InterviewDay(phrase: "tuesday", date: CivilDate(year: 2026, month: 12, day: 1)),
      outcome: .well)
    conversation.phase = .asking(.discussion)
    _ = conversation.send(
      "sorry one thing, it was monday not tuesday, tuesday was the follow up from the recruiter")
    #expect(conversation.facts.when?.date?.iso == "2026-11-30")
    #expect(conversation.phase.question == .discussion)
    #expect(conversation.answers.topic == nil)
  }
}

/// voice24 (aw060): a question asking advice ("should i tell him ...") beside a day that is no
/// interview's ("booked it for saturday") corrects nothing.
@Suite("A day told of something else")
struct DayOfSomethingElseTests {
  @Test("the interview day stays")
  func adviceBesideAPlan() {
    let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(given: "Sandeep"), interviewers: [PersonName(given: "Kev")],
      company: "Crust and Crumb Bakery", role: "night production operative",
      when: InterviewDay(phrase: "on thursday", date: CivilDate(year: 2026, month: 11, day: 26)),
      outcome: .badly)
    conversation.phase = .asking(.interest)
    _ = conversation.send("should i tell him im redoing the hygiene cert? booked it for saturday")
    #expect(conversation.facts.when?.date?.iso == "2026-11-26")
  }
}
