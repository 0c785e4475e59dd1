import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A correction that says one word of a held value again, spelled otherwise, with no old word
/// and no fact named: the resemblance is the target, and only that word changes. The question
/// in hand is asked again.
@Suite("Respelled word")
struct RespelledWordTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  /// Shirin Tehrany met Mr Kowalczyk at Oxford Biomedical; nothing later is held yet.
  static func conversation(at question: Question) -> Conversation {
    Conversation.holding(
      Facts(
        name: PersonName(given: "Shirin", family: "Tehrany"),
        interviewers: [PersonName(title: "Mr", family: "Kowalczyk")],
        company: "Oxford Biomedical"),
      at: question, today: today)
  }

  @Test(
    "one word of what is held, re-spelled",
    arguments: [
      ("sorry autocorrect, its Tehrani with an i", Question.outcome, "Shirin Tehrani"),
      ("tehrani with an i at the end sorry", .role, "Shirin Tehrani"),
      ("oops its tehrany with a y not an i", .when, "Shirin Tehrany"),
      ("wait sorry its shireen not shirin", .outcome, "Shireen Tehrany"),
      ("my surname is tehrani no y at the end", .when, "Shirin Tehrani"),
      ("it's Tehrani not Tehrany my bad", .outcome, "Shirin Tehrani"),
    ])
  func ownName(_ text: String, _ question: Question, _ expected: String) {
    var conversation = Self.conversation(at: question)
    _ = conversation.send(text)
    #expect(conversation.facts.name?.full == expected)
    #expect(conversation.phase.question == question)
  }

  @Test("an interviewer's word and a company's word, re-spelled")
  func othersWords() {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send("sorry its kowalczik, autocorrect")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Mr Kowalczik"])
    var company = Self.conversation(at: .when)
    _ = company.send("oops its Biomedica, no l")
    #expect(company.facts.company == "Oxford Biomedica")
    var run = Self.conversation(at: .role)
    _ = run.send("its oxford biomedica no l at the end")
    #expect(run.facts.company == "Oxford Biomedica")
    #expect(run.phase.question == .role)
  }

  @Test(
    "a letter for a letter in one's own name, in the word the message spells again",
    arguments: [
      ("oops typo in my surname its o'brien e not a", "Liam O'Brien"),
      ("sorry its liem, e not a", "Liem O'Brian"),
      ("its o'brien with an e not an a", "Liam O'Brien"),
      // Left alone: a letter in no word held, and two words holding it with neither spelled.
      ("sorry its z not x", "Liam O'Brian"),
      ("sorry e not a", "Liam O'Brian"),
    ])
  func letterInOwnName(_ text: String, _ expected: String) {
    var conversation = Conversation(today: Self.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(name: PersonName(given: "Liam", family: "O'Brian"))
    conversation.phase = .asking(.interviewer)
    _ = conversation.send(text)
    #expect(conversation.facts.name?.full == expected)
  }

  @Test(
    "left alone: a word like none held, or one with no sign of a correction",
    arguments: [
      // Like no word held: nothing re-spelled.
      ("sorry its Jenkins", Question.outcome),
      // No correction marker: the answer to the question in hand.
      ("Tehran", .role),
      // "no i ..." is a word, not a letter remark.
      ("no i think it went ok", .outcome),
    ])
  func leftAlone(_ text: String, _ question: Question) {
    var conversation = Self.conversation(at: question)
    _ = conversation.send(text)
    #expect(conversation.facts.name?.full == "Shirin Tehrany")
    #expect(conversation.facts.company == "Oxford Biomedical")
  }
}

/// A title written short before a name ("En. Faizal") is a title, not a second person; "madam"
/// before a family name is kept as the person said it; a company named after an interviewer is
/// no fuller name of them.
@Suite("Titles in greetings")
struct TitleGreetingTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today)

  @Test(
    "an interviewer answer read with its title",
    arguments: [
      ("En. Faizal, the finance manager", "En. Faizal"),
      ("Hj. Rahman and Pn. Siti", "Hj. Rahman, Pn. Siti"),
      ("Tn. Aziz", "Tn. Aziz"),
      ("the area manager, i think madam Eze", "Madam Eze"),
      ("madam Okafor from HR", "Madam Okafor"),
      // Left alone: an initial, and a full stop that ends a sentence.
      ("J. Smith", "J. Smith"),
      ("Sam. Ola was there too", "Sam, Ola"),
    ])
  func greeted(_ text: String, _ expected: String) {
    let people = Self.reader.answer(text, to: .interviewer)?.interviewers
    #expect(people?.map(\.informal).joined(separator: ", ") == expected)
  }

  @Test(
    "a company named after an interviewer is the company",
    arguments: [
      ("Oyelaran Castellanos LLP", "Mr Oyelaran", "Oyelaran Castellanos LLP"),
      ("Brennan Electrical Contractors Ltd", "Mr Brennan", "Brennan Electrical Contractors Ltd"),
      ("Patel Dental Clinic", "Dr Patel", "Patel Dental Clinic"),
    ])
  func companyAfterPerson(_ text: String, _ person: String, _ company: String) {
    var conversation = Conversation(today: Self.reader.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(given: "Ann", family: "Lee"),
      interviewers: [PersonName(parsing: person)].compactMap { $0 })
    conversation.phase = .asking(.company)
    _ = conversation.send(text)
    #expect(conversation.facts.company == company)
    #expect(conversation.facts.interviewers?.map(\.full) == [person])
  }

  @Test(
    "left alone: a fuller name, and how it went with a name in it",
    arguments: [
      ("its kemi adewale if you need the full name", Question.company, "Kemi Adewale"),
      ("grand, kemi seemed happy", .outcome, "Kemi"),
    ])
  func fullerName(_ text: String, _ question: Question, _ expected: String) {
    var conversation = Conversation(today: Self.reader.today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(given: "Ann", family: "Lee"), interviewers: [PersonName(given: "Kemi")],
      company: question == .company ? nil : "Acme")
    conversation.phase = .asking(question)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == [expected])
  }
}
