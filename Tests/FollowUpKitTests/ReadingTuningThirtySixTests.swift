import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 36 (the judged held-out 35) and answers tuning 31 typed
/// them, each read at the question it answers and carried into the note (the thirty-first
/// session's rounds).
@Suite("Answers and topics read as tuning 36 typed them")
struct ReadingTuningThirtySixTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// A conversation at `question`, holding `facts`, after `texts` in turn.
  static func answered(_ texts: [String], at question: Question, facts: Facts = Facts())
    -> Conversation
  {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = facts
    conversation.phase = .asking(question)
    for text in texts { _ = conversation.send(text) }
    return conversation
  }

  static let held = Facts(
    name: PersonName(parsing: "Wiktoria Lis"),
    interviewers: [PersonName(parsing: "Catriona Bell")].compactMap { $0 },
    company: "Balfour Beatty", role: "project coordinator")

  @Test("a day said with how the interview was held is the day, not a channel for the note")
  func dayWithMedium() {
    var conversation = Self.answered(["friday, on Teams"], at: .when, facts: Self.held)
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 4))
    #expect(conversation.answers.channel == nil)
    #expect(conversation.stage == .outcome)
    // A channel alone at the same question is still kept for later.
    conversation = Self.answered(["card"], at: .when, facts: Self.held)
    #expect(conversation.answers.channel?.channel == .card)
    #expect(conversation.stage == .when)
  }

  @Test(
    "one way of sending set against another is no silence from the employer",
    arguments: [
      "need a text for a head chef after a trial shift, not email, he aint an email guy",
      "a card not email please, she's old school",
    ])
  func channelContrast(_ text: String) {
    #expect(!OccasionCues(text).silence, "\(text)")
    #expect(OccasionReader.read(text)?.occasion != .checkIn, "\(text)")
  }

  @Test("haven't had an email is still silence")
  func silenceStands() {
    #expect(OccasionCues("its been two weeks and not one email from them").silence)
  }

  @Test("a name written family name first with a remark after it is the whole name")
  func familyFirstWithRemark() {
    let conversation = Self.answered(
      ["CRUZ, Angelica Mae (Cruz is my surname, sorry I'm used to forms back home)"], at: .name)
    #expect(conversation.facts.name?.given == "Angelica Mae")
    #expect(conversation.facts.name?.family?.lowercased() == "cruz")
    #expect(SignOffName.signed(conversation.facts) == "Angelica Mae")
  }

  @Test(
    "a feeling about a clause keeps the clause's subject and cuts it where it reads whole",
    arguments: [
      (
        "Rochelle was really excited that the stratford store is getting a full refit in "
          + "february with a bigger home section and a new beauty area at the front",
        "the stratford store is getting a full refit in February"
      ),
      (
        "he was excited that the store is expanding Pharmacy First and putting in a second "
          + "consultation room in january so the pharmacists can see more patients",
        "the store is expanding Pharmacy First"
      ),
    ])
  func feelingThat(_ text: String, _ topic: String) {
    let found = TopicExtractor().topics(in: text).first?.text
    #expect(found == topic, "\(found ?? "nil")")
  }

  @Test("nouns joined by 'and' after a preposition are no second verb to keep whole")
  func nounsAfterPreposition() {
    let text =
      "she said theyre launching a weekly call-in show about local food and farming in the "
      + "spring and the AP would help build it from scratch"
    let found = TopicExtractor().topics(in: text).first?.text ?? ""
    #expect(found.hasSuffix("about local food and farming"), "\(found)")
  }

  @Test("'their own' after the employer's 'they' is the reader's, whatever plural came between")
  func theirOwn() {
    let text =
      "kev said they recycle old fridges at their own plant in telford, he was proud of it"
    let found = TopicExtractor().topics(in: text).first?.text ?? ""
    #expect(found.contains("at your own plant"), "\(found)")
    // Without "own", a plural named before still owns the "their".
    let other = TopicExtractor().topics(in: "she said they help farmers manage their water")
    #expect(other.first?.text.contains("their water") == true, "\(other)")
  }

  @Test("a typed topic opening with a capital determiner is printed with a small one")
  func typedDeterminer() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    for text in [
      "hi", "Javier Morales", "Lucy Fairweather", "Santander", "analyst", "yesterday", "good",
      "Lucy was most excited about rebuilding the whole forecasting model in Python instead of "
        + "the huge Excel file they use now",
      "The forecasting model in Python",
    ] {
      _ = conversation.send(text)
    }
    #expect(conversation.answers.topic?.text == "the whole forecasting model in Python")
  }
}
