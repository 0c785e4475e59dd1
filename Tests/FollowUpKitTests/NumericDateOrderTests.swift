import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A date typed in numbers is read by which order gives a past day near today: on 3 December
/// "12/1" is 1 December (US month/day), "3/12" is today (day/month), "11/30" can only be 30
/// November. And a day named anywhere in a message says which day, over "just had" (which said
/// today: "just had my first interview in 15 years (Monday 11/30)" was read as today).
@Suite("Dates in numbers, either order")
struct NumericDateOrderTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  @Test(
    "the order that gives the nearest past day",
    arguments: [
      ("12/1", "2026-12-01"),
      ("3/12", "2026-12-03"),
      ("11/30", "2026-11-30"),
      ("30/11", "2026-11-30"),
      ("monday 11/30", "2026-11-30"),
      ("25/11/2026", "2026-11-25"),
    ])
  func nearestPast(_ text: String, _ iso: String) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.iso == iso)
  }

  @Test("a day named in the message wins over \"just had\"")
  func namedDayOverJustHad() {
    let text = "I'm 58 and just had my first interview in 15 years (Monday 11/30) for an office job"
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.iso == "2026-11-30")
    #expect(
      InterviewDay(reading: "i just had my interview", today: Self.today)?.date?.iso
        == "2026-12-03")
  }
}
