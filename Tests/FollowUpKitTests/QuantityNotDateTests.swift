import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A number is a date only where it reads as one: a decimal, or a number counting something,
/// is a quantity ("18.5 hours"), never a day and month.
@Suite("Quantities are not dates")
struct QuantityNotDateTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  @Test(
    "a decimal or a counted amount is no day",
    arguments: [
      "receptionist, 22.5 hours a week",
      "they wanted 2.5 years of experience",
      "its 37.5 hrs, term time only",
    ])
  func quantity(_ text: String) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date == nil)
  }

  @Test(
    "left alone: a date typed with dots",
    arguments: [("it was on 25.11", "2026-11-25"), ("25.11.26 at 10am", "2026-11-25")])
  func dotted(_ text: String, _ iso: String) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.iso == iso)
  }

  @Test("the role with its hours gives the role, and the day is still asked")
  func roleWithHours() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    conversation.started = true
    conversation.phase = .asking(.role)
    _ = conversation.send("library assistant (part time, 18.5 hours)")
    #expect(conversation.facts.role == "library assistant")
    #expect(conversation.facts.when == nil)
  }
}
