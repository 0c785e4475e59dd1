import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// At the question for the day, a person who changes their mind inside the answer means the
/// day they say last, past any remark on the one they set aside.
@Suite("A day said again inside one answer")
struct ChangedMindDayTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today)

  @Test(
    "the day said last is meant",
    arguments: [
      ("the 15th of November, no wait that was a sunday. it was 17th", "2026-11-17"),
      ("friday, oh wait no, thursday", "2026-11-26"),
      ("monday i mean tuesday", "2026-12-01"),
      // Left alone: one day, and a day with no change of mind.
      ("last thursday", "2026-11-26"),
      ("on the 17th", "2026-11-17"),
    ])
  func lastDay(_ text: String, _ iso: String) {
    #expect(Self.reader.answer(text, to: .when)?.when?.date?.iso == iso)
  }
}
