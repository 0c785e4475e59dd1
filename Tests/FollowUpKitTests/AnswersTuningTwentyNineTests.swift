import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Answers as the writers of answers tuning 29 typed them, each read at the question it
/// answers: what the person meant there, not the words a template expects (the twenty-ninth
/// session's reading rounds).
@Suite("Answers read as tuning 29 typed them")
struct AnswersTuningTwentyNineTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// A conversation at `question`, holding `facts`, after `text`.
  static func answered(_ text: String, at question: Question, facts: Facts = Facts())
    -> Conversation
  {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = facts
    conversation.phase = .asking(question)
    _ = conversation.send(text)
    return conversation
  }

  static let named = Facts(name: PersonName(parsing: "Sam Lee"))

  @Test(
    "a kiss or a word of respect closing the reply is no part of the name; nor chat before 'its'",
    arguments: [
      ("summer bishop x", "Summer Bishop"),
      ("mark anthony dela cruz po", "Mark Anthony Dela Cruz"),
      ("ayo its precious owusu-ansah", "Precious Owusu-Ansah"),
      // An adverb before "its" qualifies the name after it.
      (
        "Hamza Al-Rashid. technically its Dr Hamza Al-Rashid since i finished my phd but i "
          + "dont use the dr", "Hamza Al-Rashid"
      ),
      // A name that is also a word of greeting stays a name.
      ("Ayo Balogun", "Ayo Balogun"),
    ])
  func nameEdges(_ text: String, _ name: String) {
    #expect(Self.answered(text, at: .name).facts.name?.full == name, "\(text)")
  }

  @Test("what is signed stands between 'sign' and 'as'; the form follows 'as'")
  func signAs() {
    let conversation = Self.answered(
      "Sterling Mason-Baptiste, though I usually sign formal stuff as S. Mason-Baptiste so do "
        + "that please", at: .name)
    #expect(conversation.facts.signOff?.full == "S. Mason-Baptiste")
  }

  @Test(
    "a repair that takes back a name replaces it; remembering completes it; chat names no one",
    arguments: [
      ("mrs okonjo, no wait okafor. mrs okafor", ["Mrs Okafor"]),
      ("mrs okonjo, no wait okafor", ["Mrs Okafor"]),
      ("Mr Pryce. didnt get his first name. oh wait it was Gareth", ["Mr Gareth Pryce"]),
      ("Mr. Wood. btw he was lovely", ["Mr Wood"]),
    ])
  func repairs(_ text: String, _ people: [String]) {
    let conversation = Self.answered(text, at: .interviewer, facts: Self.named)
    #expect(conversation.facts.interviewers?.map(\.full) == people, "\(text)")
  }

  @Test(
    "a firm's own spelling of its name, typed in lower case",
    arguments: [
      ("easyjet", "easyJet"), ("its pwc, the assurance side", "PwC"), ("7-eleven", "7-Eleven"),
      ("ebay", "eBay"), ("ikea", "IKEA"),
    ])
  func stylings(_ text: String, _ company: String) {
    var facts = Self.named
    facts.interviewers = [PersonName(given: "Jo")]
    #expect(Self.answered(text, at: .company, facts: facts).facts.company == company, "\(text)")
  }

  @Test(
    "a day counted back from yesterday; an ordinal before a noun counts no days",
    arguments: [
      ("a week ago yesterday", "2026-11-27"), ("the 26th i think", "2026-11-26"),
      ("it was on 19th itself", "2026-11-19"),
    ])
  func days(_ text: String, _ iso: String) {
    var facts = Self.named
    facts.company = "Acme"
    #expect(Self.answered(text, at: .when, facts: facts).facts.when?.date?.iso == iso, "\(text)")
  }

  @Test("'joined for the 2nd half' names no day")
  func secondHalf() {
    let conversation = Self.answered(
      "Ms. Dubois-Lambert (HR) then the hiring manager Pieter Janssen joined for the 2nd half",
      at: .interviewer, facts: Self.named)
    #expect(conversation.facts.when == nil)
  }

  @Test(
    "a question typed without its mark is a question, however long it runs",
    arguments: [
      "do you need the exact job title from the ad or just roughly",
      "is it ok if i dont say, its a bit confidential while im still employed",
    ])
  func unmarkedQuestion(_ text: String) {
    #expect(MessageText.isQuestion(text), "\(text)")
  }

  @Test("a word of the speaker's stance names no one; owning up to a slip is no value")
  func stanceAndSlip() {
    let conversation = Self.answered(
      "honestly cant remember her name, it was a quick phone screen", at: .interviewer,
      facts: Self.named)
    #expect(conversation.facts.interviewers?.contains { $0.full == "Honestly" } != true)
    var facts = Self.named
    facts.company = "Acme"
    facts.role = "analyst"
    let slip = Self.answered(
      "tues. my bad, earlier i just put analyst but its Risk Analyst", at: .when, facts: facts)
    #expect(slip.facts.role != "bad")
  }

  @Test("a name corrected in lower case is written with its capitals")
  func lowerCaseCorrection() {
    let facts = Facts(name: PersonName(parsing: "Katarzyna Wisniewska"))
    let conversation = Self.answered(
      "my bad, surname is wiśniewska, with the accent on the s. interviewer was anna nowak, "
        + "office manager", at: .interviewer, facts: facts)
    #expect(conversation.facts.name?.full == "Katarzyna Wiśniewska")
  }

  @Test("the person's own word for a place between two verdicts is mixed")
  func inBetween() {
    #expect(Outcome(reading: "not great. not awful. somewhere in between") == .mixed)
    #expect(Outcome(reading: "not great") == .badly)
  }
}
