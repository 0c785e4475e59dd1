import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// At the question for the day, a person who changes their mind inside the answer means the
/// day they say last, past any remark on the one they set aside.
@Suite("A day or a value said again inside one answer")
struct ChangedMindDayTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today)

  @Test(
    "the day said last is meant",
    arguments: [
      ("the 15th of November, no wait that was a sunday. it was 17th", "2026-11-17"),
      ("friday, oh wait no, thursday", "2026-11-26"),
      ("monday i mean tuesday", "2026-12-01"),
      // Tuning 29's bg028: a remark after the new day names the one set aside again.
      ("the 17th. wait no the 19th, the 17th was when they phoned me", "2026-11-19"),
      // Tuning 29's bg048: a weekday before the month and day, American order, agrees with
      // the date rather than naming the weekday just gone.
      ("monday nov 23", "2026-11-23"),
      ("Monday, Nov 23", "2026-11-23"),
      // Left alone: one day, and a day with no change of mind.
      ("last thursday", "2026-11-26"),
      ("on the 17th", "2026-11-17"),
    ])
  func lastDay(_ text: String, _ iso: String) {
    #expect(Self.reader.answer(text, to: .when)?.when?.date?.iso == iso)
  }

  /// Tuning 29's bg023 and bg025 changed their minds with one word ("department manager -
  /// sorry, section manager is the actual title", "brightfields solar - not brightfields,
  /// Brightfield Solar no s"), and the note kept the value taken back. A remark on the new
  /// value (what it is called, how it is spelled) is no word of it; an apology or a remark
  /// after "sorry" leaves the value before it standing.
  @Test(
    "a value changed with one word is the one meant",
    arguments: [
      ("department manager - sorry, section manager is the actual title", "section manager"),
      ("brightfields solar - not brightfields, Brightfield Solar no s", "Brightfield Solar"),
      (
        "encargada de tienda.. i mean assistant store manager sorry english is my second "
          + "language", "assistant store manager"
      ),
      // Left alone.
      ("osteria bellini sorry autocorrect added the s", nil),
      ("Tesco sorry for the wait", nil),
      ("the regional office not a store", nil),
    ] as [(String, String?)])
  func changedValue(_ text: String, _ expected: String?) {
    #expect(ChangedMind.lastSaid(text) == expected)
  }
}
