import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A day said again after a word that takes back or restates is the day meant: "today... well
/// it was wednesday" (tuning 31's bk005, thanked "for the trial shift today"), "the 23rd...
/// wait no, the tuesday, so the 24th" (tuning 26's bl102).
@Suite("A day restated")
struct RestatedDayTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test(
    "at the day question, the day restated is taken",
    arguments: [
      ("i think it was the 23rd... wait no, the tuesday, so the 24th", 24),
      ("monday, no sorry tuesday", 1), ("the 20th, actually the 21st", 21),
    ])
  func atTheQuestion(_ text: String, _ day: Int) {
    let read = FactReader(today: Self.today).answer(text, to: .when)?.when?.date
    #expect(read?.day == day, "\(String(describing: read))")
  }

  @Test("in an opening, 'well it was' corrects the day just said")
  func inTheOpening() {
    let read = InterviewDay(
      reading:
        "can u help me write a msg to a salon owner after my trial today... well it was wednesday",
      today: Self.today)
    #expect(read?.date == CivilDate(year: 2026, month: 12, day: 2))
  }

  @Test(
    "words that only go on talking leave the day said",
    arguments: [
      ("on monday so i have till friday to hear back", 30),
      ("yesterday, it went well i think", 3),
      ("had it on monday, went well, they said they'd call friday", 30),
    ])
  func notRestated(_ text: String, _ day: Int) {
    #expect(InterviewDay(reading: text, today: Self.today)?.date?.day == day)
  }
}
