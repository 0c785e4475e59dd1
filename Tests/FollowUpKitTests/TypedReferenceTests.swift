import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A topic typed as a short reference ("the rooftop place", "the T+1 one, the one you
/// suggested", "the airport one if thats what youd pick") names a thing the discussion said in
/// full; the note uses the discussion's phrase, and an offered phrase never keeps chat's
/// "these" or ends on a quantifier whose restriction was cut. From the blind verdicts on tuning
/// 20 (ao014, ao022, ao027, ao055, ao056, ao058, ao059).
@Suite("A typed reference resolves to the phrase it names")
struct TypedReferenceTests {
  @Test(
    "a part that hands the choice back, a condition on it, a general noun are not the thing",
    arguments: [
      ("whichever you think, the analytics thing probably", "the analytics"),
      ("i think the T+1 one, the one you suggested", "the T+1"),
      ("the airport one if thats what youd pick", "the airport"),
      ("the rooftop place", "the rooftop"),
      ("the training side", "the training"),
    ])
  func typedChoice(_ reply: String, _ words: String) {
    #expect(TopicExtractor.typedChoice(reply)?.words == words)
  }

  @Test("a number between a determiner and a noun is the noun's, not a topic's number")
  func numberModifier() {
    #expect(Conversation.topicNumber("the 24 hour thing") == nil)
    #expect(Conversation.topicNumber("the 2 please") == 2)
    #expect(Conversation.topicNumber("no 2") == 2)
  }

  @Test("a unit glued to its number and written without vowels is the word typed in full")
  func abbreviations() {
    #expect(TopicChoice.describes("the 24 hour", "you'll have 24hr reception from February"))
    #expect(TopicChoice.abbreviates("wk", "week"))
    #expect(!TopicChoice.abbreviates("care", "career"))
    #expect(!TopicChoice.describes("the car", "your new career fair"))
  }

  @Test(
    "an offered phrase opens with no chat demonstrative and ends on no floated quantifier",
    arguments: [
      ("these late opening museum nights", "the late opening museum nights"),
      (
        "you are moving advisors into small energy squads each",
        "you are moving advisors into small energy squads"
      ),
      ("this year's budget", "this year's budget"),
      ("this spring", "this spring"),
      ("these are new", "these are new"),
    ])
  func edges(_ topic: String, _ expected: String) {
    #expect(TopicGate.edged(topic) == expected)
  }

  @Test("the words typed for a topic's cut tail take the offered topic on to them")
  func continued() {
    var conversation = TopicReplyTests.atTopic(
      "asked about my city & guilds and what tools ive got. he was buzzing about a contract to "
        + "fit out the new departures lounge shops at east midlands airport, airside passes, "
        + "security vetting, starts april")
    let said = conversation.send("the airport one if thats what youd pick").text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(
      conversation.answers.topic?.text
        == "a contract to fit out the new departures lounge shops at East Midlands Airport")
  }

  @Test("a general noun with the words of an offered topic chooses that topic")
  func generalNoun() {
    var conversation = TopicReplyTests.atTopic(
      "we talked food cost and the rota. marco was buzzing about the new rooftop restaurant "
        + "theyre opening in the spring with a scottish tasting menu")
    _ = conversation.send("the rooftop place")
    #expect(conversation.answers.topic?.text.contains("rooftop restaurant") == true)
  }
}

@Suite("A plus glued into a name is kept")
struct GluedPlusTests {
  @Test("\"T+1\" stays one name in a found topic")
  func tPlusOne() {
    let topics = TopicExtractor().topics(
      in: "Vikram spent a good 10 mins on how UK and EU are moving to T+1 settlement in October")
    #expect(topics.contains { $0.text.contains("T+1 settlement") }, "\(topics.map(\.text))")
  }
}
