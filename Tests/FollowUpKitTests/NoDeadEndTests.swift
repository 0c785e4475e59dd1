import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// No dead ends (issue 10): a question the note needs is never asked a third time either. Twice
/// nothing usable, the note goes on without the answer; an answer inside a sentence is taken by
/// its shape; an answer is never read as a question about something else.
@Suite("No dead ends")
struct NoDeadEndTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today

  static func conversation(_ turns: [String]) -> Conversation {
    Conversation.after(turns, today: today)
  }

  @Test("twice no name: the note goes on unsigned, and 'sign it' adds the name at the draft")
  func nameLeftOff() throws {
    var conversation = Self.conversation(["hi", "idk", "no clue sorry"])
    #expect(conversation.stage == .interviewer)
    for turn in [
      "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
      "we talked about the new depot in Leeds", "yes", "skip", "email",
    ] {
      _ = conversation.send(turn)
    }
    let note = try #require(conversation.note)
    #expect(note.body.hasSuffix("Best regards,"), "\(note.body)")
    _ = conversation.send("sign it Sam Patel")
    #expect(conversation.note?.body.hasSuffix("Sam Patel") == true)
  }

  @Test("twice no company: the note says 'the role' with no 'at'")
  func companyLeftOut() throws {
    let conversation = Self.conversation([
      "Sam Patel", "Priya Shah", "no idea", "erm dunno", "analyst", "yesterday", "good",
      "we talked about the new depot in Leeds", "yes", "skip", "email",
    ])
    let note = try #require(conversation.note)
    #expect(note.body.contains("analyst role."), "\(note.body)")
    #expect(!note.body.contains(" at ."))
  }

  @Test(
    "a company said inside a sentence is taken by its shape at the second answer",
    arguments: [
      ("bell & sons? no wait thats wrong, its Reyes Heating & Air", "Reyes Heating & Air"),
      // The remark in brackets is read: it names the "&" the name is written with.
      ("hale and whitcombe (its an & in the name)", "Hale & Whitcombe"),
    ])
  func companyInSentence(_ text: String, _ company: String) {
    let conversation = Self.conversation(["marcus bell", "Ray", "hmm not sure", text])
    #expect(conversation.facts.company == company)
    #expect(conversation.stage == .role)
    // Taken as the company, it is nothing else: no topic read from it.
    #expect(conversation.topics.isEmpty)
  }

  @Test("a discussion given as a list, twice unread, is offered on its last item")
  func discussionList() {
    let conversation = Self.conversation([
      "Cian Byrne", "Seamus", "Kerrigan Electrical", "apprentice electrician", "thursday", "good",
      "the usual stuff",
      "the usual why do you want to be a sparks, my leaving cert results, and he was on about the solar panel contract they won off the county council",
    ])
    #expect(conversation.stage == .topic)
    #expect(
      conversation.topics.first?.text
        == "the solar panel contract you won off the county council")
  }

  @Test("twice nothing at the discussion: the note is about the role itself")
  func discussionNothing() {
    let conversation = Self.conversation([
      "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good", "the usual",
      "nothing really",
    ])
    #expect(conversation.stage == .interest)
    #expect(conversation.topics.first?.text == "the analyst role")
  }

  @Test(
    "an answer holding timing words or an auxiliary is no question about the note",
    arguments: [
      "Rohit sir from HR and one more lady from finance whose name i forgot",
      "the manager and one more person from the warehouse",
    ])
  func notTimingQuestion(_ text: String) {
    #expect(TimingQuestion(reading: text) == nil)
    #expect(TimingQuestion(reading: "should I send another one?") == .another)
    #expect(TimingQuestion(reading: "remind me to check in") == .reminder)
  }

  @Test(
    "the part of a sentence shaped like the answer",
    arguments: [
      (
        "bell & sons? no wait thats my name lol its Reyes Heating & Air", Question.company,
        "Reyes Heating & Air"
      ),
      ("hale and whitcombe (its an & in the name)", .company, "hale and whitcombe"),
      ("its the bank of ireland one, Bank of Ireland", .company, "Bank of Ireland"),
      ("Rohit sir and a lady from finance whose name i forgot", .interviewer, "Rohit"),
    ])
  func answerPart(_ text: String, _ question: Question, _ expected: String) {
    #expect(AnswerPart.likely(in: text, for: question, known: Facts()) == expected)
  }

  @Test("the person's own name is never the company")
  func ownNameIsNotCompany() {
    var facts = Facts()
    facts.name = PersonName(given: "Marcus", family: "Bell")
    #expect(AnswerPart.likely(in: "Bell & Sons i think", for: .company, known: facts) == nil)
  }
}
