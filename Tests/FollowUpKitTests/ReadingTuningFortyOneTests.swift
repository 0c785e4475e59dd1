import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 41 (the judged held-out 40) typed them, each read at the
/// question it answers (the thirty-sixth session's round voice41): the channel beside a card
/// someone gave, a topic typed with an ordinal in its name, chat's "n" for "and", and a line
/// that apologises.
@Suite("Answers and topics read as tuning 41 typed them")
struct ReadingTuningFortyOneTests {
  @Test(
    "a card someone has is where the address came from; the channel is the one said",
    arguments: [
      ("email, bev gave me her card with email, send it to both", Channel.email),
      ("email, he gave me his business card", .email),
      ("as a card", .card),
      ("card pls, she said they pin them up", .card),
    ])
  func ownedCardIsNoChannel(_ text: String, _ channel: Channel) {
    #expect(Channel(reading: text) == channel)
  }

  @Test(
    "an ordinal picks from the list only among words that point",
    arguments: [
      ("pharmacy first", Int?.none), ("the LDP3 one", nil), ("first time buyers", nil),
      ("the first one", 1), ("first", 1), ("second", 2), ("the 2 one", 2),
    ])
  func ordinalPicks(_ text: String, _ number: Int?) {
    #expect(Conversation.topicNumber(text) == number)
  }

  @Test("an ordinal before a word of its own is no pick of a typed topic")
  func ordinalInTypedTopic() {
    #expect(TopicExtractor.typedChoice("first aid training")?.number == nil)
    #expect(TopicExtractor.typedChoice("first aid training")?.words == "first aid training")
    #expect(TopicExtractor.typedChoice("first one")?.number == 1)
    #expect(TopicExtractor.typedChoice("2, the academy part")?.number == 2)
  }

  @Test("chat's 'n' before a clause ends the topic before it")
  func chatAnd() {
    let topics = TopicExtractor().topics(
      in:
        "he said every last sunday of the month hes doing free cuts for homeless people n hes gonna do one before xmas, he was well proud of it",
      limit: 3)
    #expect(topics.first?.text == "you're doing free cuts for homeless people")
    // A name with "n" in it runs on.
    let shop = TopicExtractor().topics(
      in: "she said they just opened a new Pick n Pay store in the mall", limit: 3)
    #expect(shop.contains { $0.text.contains("Pick n Pay") })
  }

  @Test("a line that says sorry for the interview is kept out, with the reason")
  func apologyKeptOut() {
    var conversation = ReadingTuningFortyTests.asking(.interest)
    let reply = conversation.send(
      "I want to apologise again for being late but say that I am very reliable"
    ).text
    #expect(conversation.answers.interest == nil, "\(reply)")
    #expect(reply.contains("apologises for the interview"), "\(reply)")
    // Sympathy says sorry and apologises for nothing.
    var sympathy = ReadingTuningFortyTests.asking(.interest)
    let said = sympathy.send("I was sorry to hear about the flood at the Leeds home.").text
    #expect(!said.contains("apologises"), "\(said)")
  }

  /// The last line of the note in view: its sign-off.
  static func signed(_ conversation: Conversation) -> String? {
    conversation.note?.body.split(separator: "\n").last.map(String.init)
  }

  @Test("after the draft, the form of the person's own name to sign with is a change of the note")
  func signOffFormAfterDraft() {
    var conversation = VouchedNameTests.drafted(
      "hi", [.name: "Tomas Jankauskas", .interviewer: "Fiona Grant", .company: "Lloyds"])
    #expect(Self.signed(conversation) == "Tomas")
    let full = conversation.send("put my surname too at end").text
    #expect(Self.signed(conversation) == "Tomas Jankauskas", "\(full)")
    let given = conversation.send("just my first name at the bottom").text
    #expect(Self.signed(conversation) == "Tomas", "\(given)")
    // The facts held are not changed: undo takes the note back.
    _ = conversation.send("undo")
    #expect(Self.signed(conversation) == "Tomas Jankauskas")
    #expect(conversation.facts.name?.full == "Tomas Jankauskas")
  }

  @Test("after the draft, the name held typed in lower case where the note signs is the sign-off")
  func heldNameTypedSmall() {
    var conversation = VouchedNameTests.drafted(
      "hi", [.name: "jamie-lee fitzsimmons", .interviewer: "Fiona Grant", .company: "Lloyds"])
    let reply = conversation.send("put jamie-lee fitzsimmons at the bottom").text
    #expect(Self.signed(conversation) == "Jamie-Lee Fitzsimmons", "\(reply)")
  }

  @Test(
    "several changes in one message, with reasons and names said beside them",
    arguments: [
      (
        "Can you make it simpler, my English is good but this doesn't sound like me. And put João Pedro at the end, that's how people call me",
        2
      ),
      ("love it! could you make it a bit shorter and sign with my full name, Hope MacLeod", 2),
      (
        "Raj surname is Sharma, I find it on LinkedIn. please write Dear Ms Pemberton and Mr Sharma, more proper",
        2
      ),
      ("make it shorter and something about the weather", 0),
    ])
  func severalChanges(_ text: String, _ count: Int) {
    let read = DraftRequestReader.readSeveral(text, reader: FactReader(today: Fixture.today))
    #expect((read?.count ?? 0) == count, "\(String(describing: read))")
  }

  @Test("an initial's full stop stays with a part read for several changes")
  func initialKept() {
    #expect(DraftRequestReader.trimmedPart("sign Achieng O.") == "sign Achieng O.")
    #expect(DraftRequestReader.trimmedPart("make it shorter.") == "make it shorter")
  }

  @Test("a given name said again after the full name, with 'is fine', is the same person")
  func givenNameSaidAgain() {
    let people = PeopleAnswer.read(
      "Dr Fiona Grant and Callum Reid from the international office. Everyone was on first names so Fiona and Callum is fine"
    )
    #expect(people.map(\.full) == ["Dr Fiona Grant", "Callum Reid"])
    #expect(people.last?.job == "international office")
  }

  @Test("'May' before a year is the month: kept capitalised, read as a noun, given its article")
  func mayBeforeAYear() {
    let typed = TopicExtractor().typedTopic("May 2027 timetable change on Midland Main Line")
    #expect(typed?.text.hasPrefix("May 2027") == true, "\(String(describing: typed))")
    #expect(
      VouchedTopic.reading("May 2027 timetable change on Midland Main Line")
        == .nounPhrase("May 2027 timetable change on Midland Main Line"))
    #expect(
      TopicArticles.supplied("May 2027 timetable change on Midland Main Line")
        == "the May 2027 timetable change on Midland Main Line")
    // A plural after a date takes no article.
    #expect(TopicArticles.supplied("March 2027 pay rises") == "March 2027 pay rises")
  }

  @Test(
    "'X role' in passing names the post only when X ends on a job's noun; else its title is asked",
    arguments: [
      ("a pretty rough second round at a startup. backend role.", true),
      ("I had an interview for a buying role", true),
      ("interviewed for a data analyst role", false),
    ])
  func roleInPassing(_ text: String, _ kind: Bool) {
    let facts = FactReader(today: Fixture.today).facts(in: text)
    #expect(facts.role != nil, "\(facts)")
    #expect(facts.roleIsKind == kind, "\(facts)")
  }
}
