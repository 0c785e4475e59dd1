import FollowUpTestSupport
import Testing

@testable import FollowUpKit

@Suite("Civil dates")
struct CivilDateTests {
  @Test("the fixture date is Friday 27 November 2026")
  func fixture() {
    #expect(Fixture.today.iso == "2026-11-27")
    #expect(Fixture.today.weekday == .friday)
  }

  @Test("day numbers round-trip across centuries, leap years and month ends")
  func roundTrip() {
    for number in stride(from: -719_000, through: 2_900_000, by: 997) {
      let date = CivilDate(dayNumber: number)
      #expect(date.dayNumber == number)
      #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
    }
    #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
    #expect(CivilDate(iso: "2026-11-27")?.adding(days: -1).iso == "2026-11-26")
    #expect(CivilDate(iso: "2027-01-01")?.adding(days: -1).iso == "2026-12-31")
    #expect(CivilDate(iso: "26-11-27") == nil)
  }
}
