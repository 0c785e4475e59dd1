import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A day only from a date phrase, never from a word of a person's name: a day's name right
/// after a title, or capitalised before a capitalised family name, is a given name ("Mr Sunday
/// Eze" gave "your time on Sunday", which no one said). Today is Tuesday 1 December 2026.
@Suite("A day's name inside a person's name")
struct DayInNameTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "a day's name that is a given name is no day",
    arguments: [
      ("Mr Sunday Eze the workshop manager", FactReader.Slot.interviewer),
      ("interviewed by dr monday okon from finance", .interviewer),
      ("my interview was with Friday Adeyemi at Zenith Bank", .interviewer),
    ])
  func nameIsNoDay(_ text: String, _ question: FactReader.Slot) {
    let facts = Self.reader.answer(text, to: question) ?? Self.reader.facts(in: text)
    #expect(facts.when == nil, "\(text): \(String(describing: facts.when))")
  }

  @Test(
    "a day said as a day is still read beside a name",
    arguments: [
      ("on Sunday Eze called me back", "2026-11-29"),
      ("last Friday Sarah interviewed me", "2026-11-27"),
    ])
  func dayBesideName(_ text: String, _ iso: String) {
    #expect(Self.reader.facts(in: text).when?.date?.iso == iso, "\(text)")
  }
}
