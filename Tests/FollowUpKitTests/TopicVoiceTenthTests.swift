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
      // The time stays with its verb (the thirty-third session: "the new automatic sorter next
      // month" hung the time off the thing, a fault a blind judge named in tuning 38).
      (
        "you are getting new automatic sorter next month",
        "the new automatic sorter you are getting next month"
      ),
      ("you are opening new café next week", "the new café you are opening next week"),
    ] as [(String, String?)])
  func pluralBeforeTime(_ topic: String, _ expected: String?) {
    #expect(TopicRepair.repaired(topic) == (expected ?? topic))
  }
}

extension TopicVoiceTenthTests {
  @Test(
    "a dropped news topic falls to the thing it is about, never to the interview's routine",
    arguments: [
      (
        "you're installing a new cryo-EM facility focused", "PCR and cell culture",
        "she asked about PCR and cell culture. they're installing a new cryo-EM facility focused",
        "the new cryo-EM facility"
      ),
      (
        "you're launching a new graduate scheme focused", "Excel and pivot tables",
        "asked me about Excel and pivot tables, then said they're launching a new graduate "
          + "scheme focused", "the new graduate scheme"
      ),
      (
        "the trust is opening their new recycling centre focused", "my last placement",
        "she asked about my last placement. the trust is opening their new recycling centre focused",
        "your new recycling centre"
      ),
    ])
  func newsOverRoutine(_ news: String, _ routine: String, _ source: String, _ expected: String) {
    let topics = [
      Topic(text: news, score: 0.8, kind: .plan), Topic(text: routine, score: 0.5, asked: true),
    ]
    let kept = TopicGate.printable(topics, source: source)
    #expect(kept.first?.text == expected, "\(kept.map(\.text))")
    #expect(kept.contains { $0.text == routine })
  }

  @Test("a drop falls to the next topic when it is the employer's, or when the drop was routine")
  func dropLeftAlone() {
    let source =
      "they're installing a new cryo-EM facility focused, and the lab is moving to the new "
      + "science park in May"
    let employer = TopicGate.printable(
      [
        Topic(text: "you're installing a new cryo-EM facility focused", score: 0.8),
        Topic(text: "the lab is moving to the new science park in May", score: 0.6),
      ], source: source)
    #expect(employer.map(\.text) == ["the lab is moving to the new science park in May"])
    let routine = TopicGate.printable(
      [
        Topic(text: "your questions on a new pipetting method focused", score: 0.8, asked: true),
        Topic(text: "PCR and cell culture", score: 0.5, asked: true),
      ], source: "asked about a new pipetting method focused. Also PCR and cell culture")
    #expect(routine.map(\.text) == ["PCR and cell culture"])
  }
}
