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
    Conversation.after(texts, at: question, holding: facts, today: today)
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

  static let femke = Facts(
    name: PersonName(parsing: "Daan Bakker"),
    interviewers: [PersonName(parsing: "Femke")].compactMap { $0 })

  @Test(
    "an interviewer's name denied and another stated is corrected beside the answer",
    arguments: [
      "abn amro. and it wasnt Femke it was Fenna, my bad",
      "abn amro. also the interviewer was Fenna not Femke",
    ])
  func deniedName(_ text: String) {
    let conversation = Self.answered([text], at: .company, facts: Self.femke)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Fenna"])
    #expect(conversation.facts.company?.lowercased() == "abn amro")
  }

  @Test("'i told you X but it was Y' quotes the slip")
  func toldYou() {
    var facts = Self.held
    facts.interviewers = [PersonName(parsing: "Mr Tanaka")].compactMap { $0 }
    let conversation = Self.answered(
      ["before i answer, i told you Mr Tanaka but it was Mr Tanabe"], at: .when, facts: facts)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Mr Tanabe"])
  }

  @Test("a verdict on a name's spelling is no name; the name given after it is")
  func spelledWrong() {
    var facts = Self.held
    facts.name = PersonName(parsing: "Xu Jiaqui")
    let conversation = Self.answered(
      ["the 20th. my name is spelled wrong btw, its Xu Jiaqi not Jiaqui"], at: .when, facts: facts)
    #expect(conversation.facts.name?.fullWords.contains("Jiaqi") == true)
    #expect(SignOffName.signed(conversation.facts) != "Wrong")
  }

  @Test("calling someone a name is no call from the employer")
  func callsMe() {
    let text = "Maria da Conceição Ferreira but sign it just Conceição pls, nobody calls me maria"
    #expect(!OccasionCues(text).silence)
    #expect(OccasionCues("nobody called me back after the interview").silence)
  }

  @Test("'i only put X before but its Y' corrects the person's own name beside the answer")
  func onlyPut() {
    var facts = Facts()
    facts.name = PersonName(parsing: "Marisol Vega")
    let conversation = Self.answered(
      [
        "Hana (one n), head of comms. and i only put Marisol Vega before but its Marisol Vega Ortiz"
      ],
      at: .interviewer, facts: facts)
    #expect(conversation.facts.name?.full == "Marisol Vega Ortiz")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Hana"])
  }

  @Test("a hedge before a company's name is no word of it")
  func hedgedCompany() {
    var facts = Self.held
    facts.company = "The Guardian"
    let conversation = Self.answered(
      ["junior video editor. also it was technically Guardian Media Group not the guardian"],
      at: .role, facts: facts)
    #expect(conversation.facts.company == "Guardian Media Group")
  }

  @Test("'the one in dublin, penneys': which branch, then the name")
  func whichBranch() {
    let conversation = Self.answered(["the one in dublin, penneys"], at: .company)
    #expect(conversation.facts.company == "Penneys")
  }

  @Test(
    "a level closing a title is part of it",
    arguments: [("data analyst ii", "data analyst II"), ("data analyst 2", "data analyst 2")])
  func titleLevel(_ text: String, _ role: String) {
    let conversation = Self.answered([text], at: .role, facts: Self.held)
    #expect(conversation.facts.role == role)
  }

  @Test("an ordinal opening a topic takes 'the' in any place")
  func ordinalArticle() {
    #expect(TopicArticles.supplied("first electric trucks") == "the first electric trucks")
    #expect(
      TopicArticles.supplied("you get first electric truck next year")
        == "you get the first electric truck next year")
    #expect(
      TopicArticles.supplied("you are opening second salon in Didsbury")
        == "you are opening a second salon in Didsbury")
  }

  @Test("the interviewer named as a clause's subject opens a thing worth a note, theirs")
  func namedInterviewerSubject() {
    let context = ExtractionContext(company: "London Central", interviewers: ["Mr Clarke", "Bev"])
    let text =
      "they pay for your PCV licence, training is 6 weeks. asked why i want to drive buses, "
      + "about customer service, my time driving for Addison Lee. Bev runs a mentoring scheme, "
      + "every new driver gets paired with an experienced driver for their first 3 months, she "
      + "set it up herself and she's proud of it. route 12 and 36 out of camberwell"
    let found = TopicExtractor(context: context).topics(in: text).map(\.text)
    #expect(found.first == "your mentoring scheme", "\(found)")
  }

  @Test("an owner named in the reply points at the thing as 'the' does")
  func ownerPoints() {
    #expect(
      TopicReferenceForm.pointed("a mentoring scheme", typed: "bev's mentoring thing")
        == "the mentoring scheme")
    #expect(
      TopicReferenceForm.pointed("a mentoring scheme", typed: "it's the scheme")
        == "the mentoring scheme")
    #expect(
      TopicReferenceForm.pointed("a mentoring scheme", typed: "mentoring")
        == "a mentoring scheme")
  }

  @Test("in a message typed with capitals, the interviewer's new name is the one with them")
  func nameInCapitals() {
    var facts = Self.held
    facts.interviewers = [PersonName(parsing: "Dr Niamh O'Connell")].compactMap { $0 }
    let conversation = Self.answered(
      [
        "Sorry, small thing, she spells her name the Irish way, Dr Niamh Ó Conaill, I saw it on "
          + "her email"
      ], at: .outcome, facts: facts)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Dr Niamh Ó Conaill"])
  }

  @Test("a name typed small is still read when no other reading is shaped as a name")
  func nameInSmall() {
    var facts = Self.held
    facts.interviewers = [PersonName(parsing: "Dr Asante")].compactMap { $0 }
    facts.company = nil
    let conversation = Self.answered(
      ["Komfo Anokye Teaching Hospital in Kumasi. not dr asante btw, dr asamoah, i mixed them up"],
      at: .company, facts: facts)
    #expect(conversation.facts.interviewers?.first?.family == "Asamoah")
  }

  @Test("the whole name but its article said to be wrong is replaced whole")
  func articleOnly() {
    var facts = Self.held
    facts.company = "The Co-op"
    let conversation = Self.answered(
      ["och wait its Scotmid not the Co-op, they're different apparently lol"], at: .role,
      facts: facts)
    #expect(conversation.facts.company == "Scotmid")
  }

  @Test("the employer doing a thing, told as 'them' doing it, is said to the reader as a clause")
  func themDoing() {
    let text =
      "portfolio walk through. she talked about them redesigning the penguin classics covers "
      + "for a relaunch in 2027"
    let found = TopicExtractor().topics(in: text).first?.text ?? ""
    #expect(found.hasPrefix("you're redesigning the penguin classics covers"), "\(found)")
  }

  @Test("the topic's frame never says again a word the person's own point says")
  func noEcho() {
    let frames = [
      "It was really interesting to hear about {topic}.",
      "I especially enjoyed hearing about {topic}.",
    ]
    #expect(
      NoteComposer.withoutEcho(frames, of: "I studied furoshiki, so I find it very interesting.")
        == ["I especially enjoyed hearing about {topic}."])
    #expect(
      NoteComposer.withoutEcho(frames, of: "I did event sourcing for a side project.") == frames)
    #expect(NoteComposer.withoutEcho(frames, of: nil) == frames)
  }

  @Test("an adverb in -ly between the auxiliary and the participle leaves the clause whole")
  func adverbInClause() {
    #expect(
      VouchedTopic.reading("the hotel is fully booked for Hogmanay")
        == .clause("the hotel is fully booked for Hogmanay"))
    #expect(
      VouchedTopic.reading("you are finally opening the new wing")
        == .clause("you are finally opening the new wing"))
  }
}
