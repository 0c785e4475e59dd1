import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The interview day as people give it, read against today (Tuesday 1 December 2026); and a
/// number in a company's name, which is no day.
@Suite("Interview days")
struct InterviewDayReadingTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "a day given at the question",
    arguments: [
      // An ordinal with no "the".
      ("It was on 24th", "2026-11-24"),
      ("24th", "2026-11-24"),
      ("on 24th November", "2026-11-24"),
      // A second number that can be no month: the US order.
      ("11/25", "2026-11-25"),
      ("25/11", "2026-11-25"),
      // Australian for this afternoon.
      ("this arvo", "2026-12-01"),
      ("last week Tuesday", "2026-11-24"),
      ("a week ago", "2026-11-24"),
      // A comma between the weekday and its date; a time after the comma is no date
      // (tuning 34's bq030).
      ("Monday, 23/11", "2026-11-23"),
      ("monday, 23rd", "2026-11-23"),
      ("Monday, 10 o clock", "2026-11-30"),
    ])
  func day(_ text: String, _ iso: String) {
    #expect(Self.reader.answer(text, to: .when)?.when?.date?.iso == iso)
  }

  @Test("a number in a company's name is part of it, and no day")
  func numberInCompany() {
    let facts = Self.reader.answer("pulse 24/7 gyms", to: .company)
    #expect(facts?.company == "Pulse 24/7 Gyms")
    #expect(facts?.when == nil)
  }

  @Test("a number of hours is no day")
  func hours() {
    #expect(Self.reader.facts(in: "we work on 24 hour shifts").when == nil)
  }

  /// A short day form between capitalised words is part of a name: no day is printed that the
  /// person never gave.
  @Test(
    "a short day form inside a name is no day",
    arguments: [
      "Nguyen Thi Thu Ha, but I go by Ha",
      "Tran Thu Trang",
      "Li Sun Mei",
    ])
  func dayInsideName(_ text: String) {
    #expect(Self.reader.answer(text, to: .name)?.when == nil)
  }

  @Test(
    "a short day form with no name around it is still a day",
    arguments: [
      ("met them Thu morning", "2026-11-26"),
      ("Interview Thu, with Sam", "2026-11-26"),
    ])
  func shortDay(_ text: String, _ iso: String) {
    #expect(InterviewDay(reading: text, today: Self.reader.today)?.date?.iso == iso)
  }

  /// Said on Thursday 3 December 2026: people say "yesterday" for yesterday, so "last
  /// wednesday" is the Wednesday before (tuning 22 as011, as039, as051).
  @Test(
    "\"last <day>\" for the day just gone is the week before; other days as before",
    arguments: [
      ("it was last wednesday", "2026-11-25"),
      ("last tuesday", "2026-12-01"),
      ("on wednesday", "2026-12-02"),
    ])
  func lastDay(text: String, iso: String) {
    #expect(
      InterviewDay(reading: text, today: CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today)?
        .date?.iso == iso)
  }
}
