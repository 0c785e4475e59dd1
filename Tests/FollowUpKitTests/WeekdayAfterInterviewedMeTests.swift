import Testing

@testable import FollowUpKit

/// Tuning 28's be018 greeted "Hi Wed,": "the fella who interviewed me wed" named a weekday as
/// the interviewer, and "wed evening" at the day question then read as his fuller name.
@Suite("A weekday after 'interviewed me' is no one's name")
struct WeekdayAfterInterviewedMeTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test("the word straight after 'interviewed me' is the doing's time, and the day is the day")
  func weekdayIsTheDay() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send("howya, looking to text the fella who interviewed me wed")
    #expect(conversation.facts.interviewers == nil)
    for answer in [
      "cian o suilleabhain", "barry who runs the place", "clontarf gaa club",
      "games development officer", "wed evening",
    ] {
      _ = conversation.send(answer)
    }
    #expect(conversation.facts.interviewers?.first?.given == "Barry")
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 2))
  }

  @Test("a name set off after 'interviewed me' is still the interviewer")
  func setOffName() {
    let conversation = Conversation.after(
      ["the guy who interviewed me was Barry Walsh, can you help me thank him"],
      today: Self.today)
    #expect(conversation.facts.interviewers?.first?.full == "Barry Walsh")
  }
}
