import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The topic cases of the tenth voice round: a typed topic completed from the discussion, a
/// dropped topic's news kept over the interview's routine, and a verb that agrees with nothing
/// mended rather than cut.
@Suite("Topic voice, tenth round")
struct TopicVoiceTenthTests {
  /// A conversation at the topic question after `discussion`.
  static func atTopic(_ discussion: String) -> Conversation {
    var conversation = Conversation(today: Fixture.today)
    for text in [
      "I had an interview at Harbour Foods on Monday with the manager Dana Lee. I'm Sam Ortiz.",
      "team leader", "good", discussion,
    ] {
      _ = conversation.send(text)
    }
    return conversation
  }

  @Test(
    "a topic typed in a few words is the discussion's fuller phrase",
    arguments: [
      (
        "talked about my experience in a nursing home, mileage pay, weekend calls. She mentioned "
          + "they're expanding into the villages around Ashbourne and also getting electric cars "
          + "for carers who don't drive",
        "the electric cars one, because I don't drive yet",
        "electric cars for carers who don't drive"
      ),
      (
        "we went over rotas and the uniform. Dana said they're moving to a bigger unit in Hull "
          + "and also buying new ovens for the gluten-free range",
        "the new ovens one", "new ovens for the gluten-free range"
      ),
      (
        "asked about my last job and food hygiene. she told me they're refitting the cafe and "
          + "also adding minibuses for residents who can't walk far",
        "go with the minibuses thing", "minibuses for residents who can't walk far"
      ),
    ])
  func typedFromDiscussion(_ discussion: String, _ typed: String, _ expected: String) {
    var conversation = Self.atTopic(discussion)
    let reply = conversation.send(typed).text
    #expect(reply.contains(expected), "\(conversation.topics.map(\.text)) \(reply)")
  }

  @Test(
    "a typed topic whole as typed, or not the discussion's, is taken as typed",
    arguments: [
      (
        "we talked about stock. she said they're opening the new canteen in May",
        "the new canteen in May", "the new canteen in May"
      ),
      (
        "we talked about stock and rotas, nothing else really", "the coffee machine upgrade",
        "the coffee machine upgrade"
      ),
    ])
  func typedLeftAlone(_ discussion: String, _ typed: String, _ expected: String) {
    var conversation = Self.atTopic(discussion)
    let reply = conversation.send(typed).text
    #expect(reply.contains(expected), "\(conversation.topics.map(\.text)) \(reply)")
  }
}

extension TopicVoiceTenthTests {
  @Test(
    "a bare verb beside a future time is mended to the progressive, keeping who does it",
    arguments: [
      (
        "the site in Coventry get new robots next year",
        "she say the site in Coventry get new robots next year",
        "the site in Coventry is getting new robots next year"
      ),
      (
        "the branch in York open a new café next month",
        "he told me the branch in York open a new café next month",
        "the branch in York is opening a new café next month"
      ),
      (
        "you launch a new loyalty app next spring",
        "she said you launch a new loyalty app next spring",
        "you are launching a new loyalty app next spring"
      ),
    ])
  func mendedTense(_ topic: String, _ source: String, _ expected: String) {
    #expect(TopicCompletion.printable(topic, source: source) == expected)
  }

  @Test(
    "no progressive without a future time, before an \"-ing\" object, or for a verb of state",
    arguments: [
      "the site in Coventry get new robots", "you start roasting your own beans next year",
      "the depot in Hull need more drivers next year",
      "the site in coventry get new robots next year",
    ])
  func tenseLeftAlone(_ topic: String) {
    #expect(TopicCompletion.progressive(topic) == nil)
  }
}

extension TopicVoiceTenthTests {
  @Test(
    "a plural thing after a verb is whole before a time; a singular one takes its article",
    arguments: [
      ("the site in Coventry is getting new robots next year", nil),
      ("you are buying new vans this year", nil),
      ("you are putting in new ovens next month", nil),
      ("you are getting new automatic sorter next month", "the new automatic sorter next month"),
      ("you are opening new café next week", "the new café next week"),
    ] as [(String, String?)])
  func pluralBeforeTime(_ topic: String, _ expected: String?) {
    #expect(TopicRepair.repaired(topic) == (expected ?? topic))
  }
}
