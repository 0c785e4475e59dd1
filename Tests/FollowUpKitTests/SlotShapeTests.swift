import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A slot takes a value only when it has the shape of that slot's value and is not already
/// another slot's (issue 10, from the blind judge of tuning set 5): no "Dear Target" from "a
/// note for target interview", no "Hi Jiwoo" to the candidate Jiwoo, no company "Sam Church"
/// from the candidate's own name, no company corrected by a comment that shares a word with it.
@Suite("Slot shapes")
struct SlotShapeTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func conversation(_ turns: [String]) -> Conversation {
    Conversation.after(turns, today: today)
  }

  @Test(
    "a word before 'interview' or after 'a' is no interviewer",
    arguments: [
      "thank you note for target interview",
      "hello i want thank you message for supermarket interview",
      "I need to thank an AD for an interview for a coaching job",
    ])
  func noPersonFromKind(_ opening: String) {
    let conversation = Self.conversation([opening, "Sam Patel"])
    #expect(conversation.facts.interviewers == nil)
    #expect(conversation.stage == .interviewer)
  }

  @Test("a name after a cue is still an interviewer")
  func personAfterCue() {
    let conversation = Self.conversation(["thank you note for Priya", "Sam Patel"])
    #expect(conversation.facts.interviewers?.first?.given == "Priya")
  }

  @Test("the candidate's own name, in any order, is not the interviewer's")
  func ownNameNotInterviewer() {
    let conversation = Self.conversation([
      "hi", "Park Ji-woo (Park is family name, i go by Jiwoo Park at work)",
    ])
    #expect(conversation.facts.interviewers == nil)
    #expect(conversation.stage == .interviewer)
  }

  @Test("the candidate's own name is not the company")
  func ownNameNotCompany() {
    let conversation = Self.conversation([
      "need to email a production company after an interview", "skip", "Sam Church",
    ])
    #expect(conversation.facts.name?.full == "Sam Church")
    #expect(conversation.facts.company == nil)
  }

  @Test("a topic asked for instead is no company correction for sharing a kind of place")
  func noCorrectionByKindWord() {
    let conversation = Self.conversation([
      "Hannah Whitfield", "Mrs Day", "st michael's primary school", "teaching assistant",
      "yesterday", "good",
      "safeguarding questions, Mrs Day told me they're opening a sensory room after Christmas, and they do forest school every Friday afternoon",
      "can we do the forest school instead? the sensory room feels a bit obvious",
    ])
    #expect(conversation.facts.company == "St Michael's Primary School")
  }
}

/// Days said relative to last week, with today an input.
@Suite("Days of last week")
struct LastWeekDayTests {
  @Test(
    "a weekday of last week is that day of the week before this one",
    arguments: [
      ("last week thursday", "2026-11-26"), ("thursday last week", "2026-11-26"),
      ("last week friday", "2026-11-27"), ("last week monday", "2026-11-23"),
    ])
  func lastWeekDay(_ text: String, _ iso: String) throws {
    // Friday 4 December: "last Thursday" would be yesterday, "thursday last week" is not.
    let today = try #require(CivilDate(year: 2026, month: 12, day: 4))
    #expect(InterviewDay(reading: text, today: today)?.date?.iso == iso)
    #expect(InterviewDay(reading: "last week", today: today)?.date == nil)
  }
}
