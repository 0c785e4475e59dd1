import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Corrections read by meaning at another question: the fact they name or resemble changes,
/// and the question in hand stays where it was.
@Suite("Corrections by meaning")
struct CorrectionReadingTests {
  static let today = CivilDate(year: 2026, month: 11, day: 30) ?? Fixture.today

  /// What is held before the correction: Ravi Lee met Mr Tan and Kemi at Acme on the 20th.
  static func conversation(at question: Question) -> Conversation {
    Conversation.holding(
      Facts(
        name: PersonName(given: "Ravi", family: "Lee"),
        interviewers: [PersonName(title: "Mr", family: "Tan"), PersonName(given: "Kemi")],
        company: "Acme", role: "analyst",
        when: InterviewDay(phrase: "the 20th", date: CivilDate(year: 2026, month: 11, day: 20))),
      at: question, today: today)
  }

  @Test(
    "a correction changes the fact it is about, never the answer in hand",
    arguments: [
      // A fuller name of someone already met, with no correction word.
      // Their signature is where the name was found, not the note's sign-off.
      (
        "sorry, I just checked her email signature, it is Kemi Adewale", "interviewers",
        "Mr Tan, Kemi Adewale"
      ),
      ("its kemi adewale if you need the full name", "interviewers", "Mr Tan, Kemi Adewale"),
      // "X's surname": the person named by their first name.
      ("kemis surname is okafor", "interviewers", "Mr Tan, Kemi Okafor"),
      // One's own name made fuller: the note is signed with it.
      ("can you put my full name at the bottom, it's Ravi Shankar Lee", "name", "Ravi Shankar Lee"),
      // A day with its article, and a negation other than "not".
      ("sorry not the 20th, the 19th", "when", "2026-11-19"),
      ("it wasnt the 20th, it was a week ago today", "when", "2026-11-23"),
      // A weekday after the corrected date only agrees with it (the 19th is a Thursday).
      ("i said the 20th but it was actually the 19th sorry, the thursday", "when", "2026-11-19"),
      // "not Y its X": the value after "its", and a spelling remark after it left off.
      ("sorry not Kemi its Kemmy, with two m's", "interviewers", "Mr Tan, Kemmy"),
      ("sorry not Kemi its Kemi, with one m", "interviewers", "Mr Tan, Kemi"),
      ("sorry not Kemi its Kemmi", "interviewers", "Mr Tan, Kemmi"),
      ("sorry not Kemi its Kimmy, with a y", "interviewers", "Mr Tan, Kimmy"),
      // A clause telling of the person ("sorry I forget") holds no value, after the cue too.
      ("sorry I forget, his name is Mr Tan-Lim with hyphen", "interviewers", "Mr Tan-Lim, Kemi"),
      ("oops i forgot, her name is Kemi Adewale", "interviewers", "Mr Tan, Kemi Adewale"),
      ("wait i checked, her name is Kemi Adewale", "interviewers", "Mr Tan, Kemi Adewale"),
    ])
  func corrected(_ text: String, _ fact: String, _ value: String) {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send(text)
    let facts = conversation.facts
    let got: String? =
      switch fact {
      case "interviewers": facts.interviewers?.map(\.full).joined(separator: ", ")
      case "name": facts.name?.full
      case "when": facts.when?.date?.iso
      default: nil
      }
    #expect(got == value)
    #expect(conversation.stage == .outcome)
    #expect(facts.outcome == nil)
  }

  @Test(
    "a correction read past how the person found out and their doubt after the value",
    arguments: [
      // How they found out comes first; the value follows "it's".
      ("hang on, just checked her profile its Kemmi with two m's", "Mr Tan, Kemmi"),
      ("wait, looked at the email again its Kemy", "Mr Tan, Kemy"),
      // Their doubt after the value, and a question after it, are no part of it.
      ("oh kemi is actually kemmi i think, should i use that", "Mr Tan, Kemmi"),
    ])
  func pastTheFindingOut(_ text: String, _ value: String) {
    // Asked for the day, which is not yet known.
    var conversation = Self.conversation(at: .when)
    conversation.answers.facts.when = nil
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full).joined(separator: ", ") == value)
    #expect(conversation.stage == .when)
    #expect(conversation.facts.when == nil)
  }

  @Test("left alone: a verdict hedged at its end is no name, whatever word follows it")
  func hedgedVerdict() {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send("quite good i reckon, went ten minutes over which is a good sign")
    #expect(conversation.facts.name?.full == "Ravi Lee")
    #expect(conversation.facts.signOff == nil)
    #expect(conversation.stage != .outcome)
  }

  @Test(
    "left alone: the person telling of themselves, with no value",
    arguments: ["sorry i forget things when nervous", "oops i was so nervous"])
  func tellingOfThemselves(_ text: String) {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Mr Tan", "Kemi"])
    #expect(conversation.facts.name?.full == "Ravi Lee")
  }
}
