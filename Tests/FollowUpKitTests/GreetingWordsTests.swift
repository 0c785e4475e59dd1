import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// No greeting holds a word that is not the interviewer's name or title: a remark of not
/// knowing, a job said with an article, a nickname restated in full, an abbreviation in a job.
@Suite("Greeting words")
struct GreetingWordsTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  static func people(_ text: String) -> [String]? {
    reader.answer(text, to: .interviewer)?.interviewers?.map(\.full)
  }

  @Test(
    "the interviewers read from an answer",
    arguments: [
      // A name said again more fully is one person, the fuller name kept.
      ("Big Mike the superintendent, mike kowalski", ["Mike Kowalski"]),
      ("Ma'am Carla (Carla Jensen), operations manager", ["Carla Jensen"]),
      // Two people who share a family name, or a given name, stay two.
      ("Mr and Mrs Byrne", ["Mr Byrne", "Mrs Byrne"]),
      ("Sarah Smith and Sarah Jones", ["Sarah Smith", "Sarah Jones"]),
      // A capital after an article is a job's.
      ("The Headmistress, Mrs Ofori-Atta", ["Mrs Ofori-Atta"]),
      // "&" inside a word is no list.
      // "Sir" said to a first name is the person's courtesy, no knighthood (greet20).
      ("Sir Jomar, the F&B manager", ["Jomar"]),
      ("Sam & Ola", ["Sam", "Ola"]),
    ])
  func read(_ text: String, _ expected: [String]) {
    #expect(Self.people(text) == expected)
  }

  @Test("a reply that says the name is not known names no one", arguments: ["idk some lady"])
  func notKnown(_ text: String) {
    #expect(Self.people(text) == nil)
    let conversation = Conversation.after(
      ["I want to write a thank-you note", "Fatima Bashir", text, text],
      today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)
    #expect(conversation.facts.interviewers == [.hiringManager])
    #expect(conversation.stage == .company)
  }

  /// Since read9 a person described and said to be unnamed is an interviewer with no name (the
  /// answer's structure says someone was there), kept with their post: the greeting is the post
  /// in a letter ("Dear Area Manager,") or "Hello,", never a name, and the question is not
  /// asked again.
  @Test(
    "a person described whose name was not caught is met, unnamed",
    arguments: [
      ("there was 2 of them, area manager and the PT lead, forgot both names tbh", 2),
      ("The hiring manager only, he did not tell his name. It was video call.", 1),
    ])
  func notKnownDescribed(_ text: String, _ count: Int) {
    let people = Self.reader.answer(text, to: .interviewer)?.interviewers ?? []
    #expect(people.count == count, "\(people)")
    #expect(people.allSatisfy { $0.isUnnamed }, "\(people)")
    let conversation = Conversation.after(
      ["I want to write a thank-you note", "Fatima Bashir", text],
      today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)
    #expect(conversation.stage == .company)
  }

  @Test("a remark at a later question on which part of the interviewer's name is the family name")
  func nameOrderLater() {
    let conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Aditya Narayanan", "Dr. Li Na",
        "just to be clear Li is her family name, Na is first",
      ], today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)
    #expect(conversation.facts.interviewers?.first?.family == "Li")
    #expect(conversation.stage == .company)
  }
}
