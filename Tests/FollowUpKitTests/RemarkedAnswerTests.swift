import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Answers typed with a remark beside them are read clause by clause, "meh" and an offer are
/// verdicts on how it went, and a question back or a refusal is never a name.
@Suite("Answers with remarks, verdicts and questions back")
struct RemarkedAnswerTests {
  static let reader = FactReader(today: CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today)

  @Test(
    "a company named in one clause of a reply with a remark",
    arguments: [
      ("the council. lambeth council", "Lambeth Council"),
      ("its a tiny agency you wont have heard of, fern and finch", "Fern and Finch"),
      ("ryanair (the airline obviously lol)", "Ryanair"),
      ("okafor brothers haulage ltd (okafor-brothers is one word with a dash)", nil),
      ("adeyemi taylor logistics (adeyemi-taylor, with a hyphen)", "Adeyemi-Taylor Logistics"),
    ] as [(String, String?)])
  func company(_ text: String, _ expected: String?) {
    let company = Self.reader.answer(text, to: .company)?.company
    if let expected { #expect(company == expected) } else { #expect(company != nil) }
  }

  @Test(
    "a place or comment in brackets is set aside",
    arguments: [
      ("north bristol nhs trust (at southmead)", "North Bristol NHS Trust"),
      ("greggs (the one on the high st)", "Greggs"),
    ])
  func bracketed(_ text: String, _ expected: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == expected)
  }

  @Test(
    "a one-word name keeps its 'the', a joining 'by' stays lower case",
    arguments: [
      ("the hunterian", "The Hunterian"), ("the ivy", "The Ivy"),
      ("cakes by carmen", "Cakes by Carmen"),
    ])
  func capitals(_ text: String, _ expected: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == expected)
  }

  @Test(
    "a company found in a sentence keeps the symbols typed on it",
    arguments: [
      ("had a product interview at Loop+ this morning", "Loop+"),
      ("interview at Kora & Finch yesterday", "Kora & Finch"),
    ])
  func symbolsInSentence(_ text: String, _ expected: String) {
    #expect(Self.reader.facts(in: text).company == expected)
  }

  @Test(
    "a reply the reader takes whole is not cut at its comma",
    arguments: [
      ("Harlow, Reed & Co", "Harlow, Reed & Co"), ("tesco", "Tesco"),
    ])
  func wholeCompany(_ text: String, _ expected: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == expected)
  }

  @Test(
    "a role, then a comment on it",
    arguments: [
      ("deputy manager but covering the kitchen too til they find a chef", "deputy manager"),
      ("shift lead though honestly its mostly tills and stock counts", "shift lead"),
      ("receptionist, which is basically answering phones all day and booking", "receptionist"),
    ])
  func role(_ text: String, _ expected: String) {
    #expect(Self.reader.answer(text, to: .role)?.role == expected)
  }

  @Test(
    "a respelling in a remark replaces the words it respells, nothing else",
    arguments: [
      ("mensah darko logistics", ["mensah-darko has a dash"], "mensah-darko logistics"),
      ("st james cafe", ["no apostrophe"], "st james cafe"),
    ])
  func respelled(_ clause: String, _ remarks: [String], _ expected: String) {
    #expect(RemarkedAnswer.respelled(clause, by: remarks) == expected)
  }

  @Test(
    "so-so words and an offer are verdicts; not knowing with both sides told is mixed",
    arguments: [
      ("meh", Outcome.mixed), ("ok", .mixed), ("they offered me the job there and then!!", .well),
      ("i got it, start in january", .well),
      ("hard to say, the tasting went great but the interview part not so good", .mixed),
      ("no idea honestly", .unsure), ("not sure, she was hard to read", .unsure),
    ])
  func verdict(_ text: String, _ expected: Outcome) {
    var conversation = AnswerMechanismTests.conversation(at: .outcome)
    conversation.answers.facts.outcome = nil
    _ = conversation.send(text)
    #expect(conversation.facts.outcome == expected)
    #expect(conversation.phase.question != .outcome)
  }

  @Test(
    "a verdict hedged as mostly true, then a slip, is mixed; a slip is not mixed feelings",
    arguments: [
      ("good mostly, blanked on one of the safeguarding questions", Outcome.mixed),
      ("decent overall, fluffed the maths bit", .mixed),
      ("i mixed up the two care plans and she noticed", .badly),
      ("bit of a car crash if im honest", .badly),
    ])
  func hedgedVerdict(_ text: String, _ expected: Outcome) {
    #expect(Outcome(reading: text) == expected)
  }

  @Test(
    "a greeting opening a message is no verdict on how it went",
    arguments: [
      "alright. need to send a msg to a bloke i had an interview with",
      "Alright, can you help with a thank you email",
    ])
  func greetingIsNoVerdict(_ text: String) {
    #expect(Outcome(readingIncidental: text) == nil)
  }

  @Test(
    "a job's word before a word for a workplace names the place, not the role",
    arguments: [
      ("can u help me write a thank u email for a vet clinic", nil),
      ("need a note for a nanny agency i had a chat with", nil),
      ("i had an interview for a nurse job at the clinic", "nurse"),
    ] as [(String, String?)])
  func placeIsNoRole(_ text: String, _ role: String?) {
    #expect(Self.reader.facts(in: text).role == role)
  }

  @Test(
    "a question back or a refusal at a name question is asked about, never taken as the name",
    arguments: [
      (Question.interviewer, "why does it matter who"),
      (.interviewer, "nah id rather not say"),
      (.name, "why do you need my name"),
      (.role, "whats the difference between role and job title here"),
    ])
  func questionBack(_ question: Question, _ text: String) {
    var conversation = AnswerMechanismTests.conversation(at: question)
    let before = conversation.facts
    _ = conversation.send(text)
    #expect(conversation.facts == before)
    #expect(conversation.phase.question == question)
  }
}
