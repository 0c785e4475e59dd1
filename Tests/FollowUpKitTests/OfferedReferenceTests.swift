import Testing

@testable import FollowUpKit

/// A short reply at the topic question names what was offered or said, not the person's
/// shorthand: tuning 28's judge faulted "It was really interesting to hear about hospital job",
/// "our conversation about the move", "talking about gallery", and a second interviewer's note
/// built on the second half of the news the person chose for the first.
@Suite("Topics named by a word of what was offered")
struct OfferedReferenceTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  /// The conversation up to the topic question, with one interviewer unless named.
  static func atTopic(_ discussion: String, interviewer: String = "Paul") -> Conversation {
    Conversation.after(
      [
        "hi", "Hamza Qureshi", interviewer, "Pennine Services", "quantity surveyor", "monday",
        "went ok", discussion,
      ], today: today)
  }

  static let hospital =
    "asked about NEC contracts, valuations, my time at the firm in Lahore and my RICS "
    + "progress. salary 45 to 50. Paul told me they've won the M&E package for the new "
    + "hospital in Salford and it starts on site in April, thats why theyre hiring"

  @Test(
    "a word of the offered topic with a label of the person's own names the offered topic",
    arguments: [
      (hospital, "hospital job", "the M&E package for the new hospital in Salford"),
      (
        "portfolio stuff. why agency not in house. tiktok vs reels. salary 26k. they just "
          + "signed a premier league club as a client 👀 first campaign goes live in jan",
        "football club one 100%", "premier league club"
      ),
    ])
  func offeredByItsWord(discussion: String, reply: String, expected: String) {
    var conversation = Self.atTopic(discussion)
    _ = conversation.send(reply)
    let chosen = conversation.answers.topic?.text ?? ""
    #expect(chosen.contains(expected), "\(chosen)")
  }

  @Test("a head of the person's own is their thing, which the shared word only describes")
  func ownHead() {
    var conversation = Self.atTopic(
      "Dr Okafor talked about her research on antibiotic resistance in soil and she was super "
        + "excited about it")
    _ = conversation.send("soil samples")
    #expect(conversation.answers.topic?.text == "soil samples")
  }

  @Test("a word said in two sentences names neither of their topics")
  func sharedWordInTwoSentences() {
    var conversation = Self.atTopic(
      "the usual, SIMS, first aid, dealing with upset parents at the hatch. theyre switching to "
        + "a cashless catering system in january and parents have been ringing up confused")
    _ = conversation.send("the parents app")
    #expect(conversation.answers.topic?.text.contains("hatch") != true)
  }

  @Test("a word said in another form names the offered topic its doing is about")
  func verbFormNamesItsObject() {
    var conversation = Self.atTopic(
      "standard competency qs, a time i handled a complaint, how i prioritise. pay is scale 5. "
        + "mrs khan said the council is moving everyone out of mulberry place into the new town "
        + "hall in whitechapel next year and business support will be organising a lot of it. "
        + "mr reilly asked about teams and sharepoint", interviewer: "mrs khan and mr reilly")
    _ = conversation.send("the move")
    #expect(conversation.answers.topic?.text == "the new town hall")
  }

  @Test("a topic said before the typed word, or past an 'and', is another thing")
  func anotherThingOfTheSentence() {
    var conversation = Self.atTopic(
      "She talked loads about just closing their £2m seed round and launching in ireland in the "
        + "spring, they need someone to build the content side from scratch there.")
    _ = conversation.send("the ireland launch")
    #expect(conversation.answers.topic?.text.contains("seed round") != true)
  }

  @Test("a picture typed beside the words is no word of the thing")
  func pictureBesideTheWords() {
    var conversation = Self.atTopic(
      "school workshops. object handling. dbs. 3 days a week. theyre redoing the whole "
        + "transatlantic slavery gallery with the local community and reopening it in 2027 😮 "
        + "asked me loads about working with kids")
    _ = conversation.send("gallery 🙏")
    #expect(
      conversation.answers.topic?.text
        == "the whole transatlantic slavery gallery with the local community")
  }

  @Test("another interviewer's note is never on the rest of the sentence the chosen news is in")
  func secondNoteNotOnTheSameNews() throws {
    var conversation = Conversation.after(
      [
        "hi", "Thandeka Nkosi", "Ms van Wyk from HR and the director Mr Dlamini",
        "City of Ekurhuleni", "admin clerk", "last Friday", "hard to say",
        "They asked about my N6 in office admin, MS Office, how I handle angry residents. Mr "
          + "Dlamini said the municipality is rolling out a new billing system in February "
          + "because of all the complaints about wrong water bills and the clerks will be the "
          + "first point of contact. The salary is on the notice.",
        "yes", "skip", "email",
      ], today: Self.today)
    let note = try #require(conversation.note)
    #expect(!note.body.contains("first point of contact"), "\(note.body)")
    #expect(note.body.contains("billing system"), "\(note.body)")
    _ = conversation.send("next")
    #expect(conversation.note?.body.contains("billing system") == true)
  }
}
