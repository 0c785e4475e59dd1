import Testing

@testable import FollowUpKit

/// A plan said with a bare or perfect verb ("they start doing heat pump installs next year",
/// "theyve just launched a free clinic") is the employer's news as surely as "they are
/// starting": before, such clauses gave no candidate, and the note fell back on the routine
/// ("the housing association", tuning 15 ae039).
@Suite("The employer's plan is found with a bare or perfect verb")
struct EmployerPlainPlanTests {
  @Test(
    "a starting, opening or switching verb after 'they' or 'theyve' makes the plan the topic",
    arguments: [
      (
        "we talk about my tickets and the boilers i done. they start doing solar installs "
          + "next year for the council", "solar installs"
      ),
      (
        "shifts and the uniform mostly. theyve just launched a click and collect counter",
        "click and collect counter"
      ),
      (
        "pay and hours. they've opened a second bakery in the old bank", "second bakery"
      ),
      (
        "the usual questions. they switch to electric vans in march", "electric vans"
      ),
    ])
  func planFound(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
  }

  @Test(
    "a bare verb that is no change is not a plan",
    arguments: ["they like my cv", "they ask about nights"])
  func noPlan(_ text: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(!topics.contains { $0.kind == .news || $0.kind == .plan }, "\(topics.map(\.text))")
  }
}

/// A second clause after "and" that points back with "it" ("and priya runs it") says more of
/// the thing the first clause named: the first stands alone (tuning 16 ag014, where the wills
/// clinic gave no candidate and the note fell back on "the paralegal role").
@Suite("A plan followed by 'and <someone> runs it' is still found")
struct PlanBeforePointingClauseTests {
  @Test(
    "the clause before 'and ... it' is the topic",
    arguments: [
      (
        "my LPC and the hours. theyve just launched a free legal advice clinic for the food "
          + "bank and sam runs it", "free legal advice clinic"
      ),
      (
        "nights and the uniform. they're opening a click and collect counter and dev manages it",
        "click and collect counter"
      ),
    ])
  func planFound(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
  }
}
