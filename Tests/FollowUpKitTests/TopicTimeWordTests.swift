import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A time word is its verb's: it never ends a noun-phrase topic whose verb was cut, a time
/// alone is no topic, a thin phrase is the offered topic that holds it, and a reply that hands
/// the choice back takes the suggestion (tuning 18's judge: "the Manchester office next",
/// "argo and helm for ages", "the new year", "whatever you think").
@Suite("Topic time words and choices handed back")
struct TopicTimeWordTests {
  @Test(
    "a reply that hands the choice back, and one that names a thing",
    arguments: [
      ("whatever you think", true), ("i dunno you pick", true), ("up to you", true),
      ("the one you said", true), ("your call", true), ("whichever", true),
      ("whatever you think about the scanners", false), ("which would you pick?", false),
      ("the scanners", false), ("yes the Leeds hotels", false),
    ])
  func handedBack(_ text: String, _ expected: Bool) {
    #expect(HandedBackChoice.handsBack(text) == expected)
  }

  @Test("a choice handed back at the topic question takes the suggestion, never its words")
  func handedBackTakesSuggestion() {
    var conversation = TopicReplyTests.atTopic(TopicReplyTests.discussion)
    let offered = conversation.topics.first?.text
    let said = conversation.send("whatever you think").text
    #expect(offered != nil)
    #expect(conversation.answers.topic?.text == offered, "\(said)")
    #expect(!said.contains("whatever"), "\(said)")
  }

  @Test(
    "a time only a verb takes is set aside at a topic's end",
    arguments: [
      ("argo and helm for ages", "argo and helm"), ("the rewires anymore", "the rewires"),
      ("the new trains next year", "the new trains next year"),
    ])
  func verbTimes(_ topic: String, _ expected: String) {
    #expect(TopicGate.tidied(topic) == expected)
  }

  @Test(
    "a time with its own modifier is no topic",
    arguments: [("the new year", "year"), ("next quarter", "quarter")])
  func timeAlone(_ topic: String, _ word: String) {
    #expect(TopicGate.nonTopicWord(topic) == word)
    #expect(TopicGate.nonTopicWord("the new year plan") == nil)
  }

  @Test("a phrase's head ends before the 'next' that opens its verb's time")
  func headBeforeNext() {
    // "manchester office" typed: the phrase said ends at "office", never at "next".
    let said = ["opening", "a", "manchester", "office", "next", "year"]
    #expect(Conversation.phraseHead(said, said.map { _ in false }, after: 4) == 4)
  }

  @Test("a few words naming part of an offered topic choose that topic, with what was told")
  func thinPhraseIsOfferedTopic() {
    var conversation = TopicReplyTests.atTopic(
      "they asked a lot about my dissertation and then teamwork. oh and helen mentioned theyre "
        + "opening a manchester office next year and some of the trainees will do rotations "
        + "there")
    let said = conversation.send("hmm you think the manchester office? ok yes").text
    let topic = conversation.answers.topic?.text ?? ""
    #expect(topic.contains("opening"), "\(said)")
    #expect(!topic.hasSuffix("next"), "\(said)")
  }

  static let trays =
    "He asked about my experience at a trading company in Osaka, and about supplier "
    + "negotiation. He explained they will change all ready meal trays to recyclable material "
    + "by 2027 because of the supermarket customers request, and the procurement team must find "
    + "new packaging suppliers."

  @Test("one bare common word beside a yes takes the suggestion; with its article it is named")
  func thinWordBesideYes() {
    var conversation = TopicReplyTests.atTopic(Self.trays)
    let offered = conversation.topics.first?.text
    _ = conversation.send("yes, packaging")
    #expect(offered?.contains("trays") == true)
    #expect(conversation.answers.topic?.text == offered)
    var pointed = TopicReplyTests.atTopic(Self.trays)
    _ = pointed.send("the packaging suppliers yeah")
    #expect(pointed.answers.topic?.text.contains("packaging") == true)
  }

  @Test("a place named after the thing stays with it when the verb is cut")
  func placeAfterThing() {
    #expect(VouchedTopic.reading("bought two hotels in Leeds")?.text == "two hotels in Leeds")
  }
}
