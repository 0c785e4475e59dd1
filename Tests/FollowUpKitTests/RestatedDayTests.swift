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

/// A month written as a person whose first language is French, Spanish, Portuguese or Italian
/// writes it: "it was the 25 novembre, a wednesday" had read only the weekday, Wednesday
/// 2 December (tuning 32's bm040), and the note thanked them "for your time on Wednesday".
@Suite("A month in another language")
struct ForeignMonthTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test(
    "the day and month are read",
    arguments: [
      ("it was the 25 novembre, a wednesday", 11, 25), ("el 27 de noviembre", 11, 27),
      ("dia 2 de dezembro", 12, 2), ("le 1er décembre", 12, 1),
    ])
  func read(_ text: String, _ month: Int, _ day: Int) {
    let read = FactReader(today: Self.today).answer(text, to: .when)?.when?.date
    #expect(read == CivilDate(year: 2026, month: month, day: day), "\(String(describing: read))")
  }

  @Test("a name that is a month elsewhere stays a name")
  func nameKept() {
    #expect(PersonName(parsing: "Abril Castro")?.given == "Abril")
  }
}
