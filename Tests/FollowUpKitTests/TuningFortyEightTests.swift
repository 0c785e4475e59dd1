import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// What tuning 48's judged first notes showed, each as the kind it is. Again most faulted
/// notes (13 of 46) had left out the person's own line, held back whole for an afterthought
/// ("..., already paid for it"), for a count read across a full stop ("for 5 years. I know
/// how ..."), or read as a thing ("wanna move up ..." became "interested in want to move up").
/// Topics were split by a relative clause inside their thing ("the new you're launching over
/// 60s ..."), cut inside a clause of their own ("... next year pairing apprentices"), said by
/// where a process stands ("the middle of airspace modernisation"), or by a bare "one" ("one
/// for the firefighters"). And a line with names in their capitals had a small word made a name.
@Suite("Tuning 48: the person's line kept with its afterthought dropped, topics kept whole")
struct TuningFortyEightTests {
  static let today = CivilDate(year: 2026, month: 12, day: 6) ?? Fixture.today

  /// A conversation at the question about the person's own point, with `topic` chosen.
  static func askingPoint(topic: String, discussion: String? = nil) -> Conversation {
    var conversation = TuningFortySevenTests.askingPoint(topic: topic)
    conversation.answers.discussion = discussion
    return conversation
  }

  @Test(
    "an afterthought the note cannot vouch for is dropped and the sentence before it kept",
    arguments: [
      (
        "I am doing the heat pump installation course in January at the college, already paid for it",
        "I am doing the heat pump installation course in January at the college."
      ),
      (
        "wanna move up to line leader eventually",
        "I want to move up to line leader eventually."
      ),
    ])
  func afterthoughtDropped(_ typed: String, _ expected: String) {
    var conversation = Self.askingPoint(topic: "the new heat pump contract")
    let reply = conversation.send(typed)
    #expect(conversation.answers.interest == expected, "\(typed)")
    #expect(reply.text.contains(expected), "the reply shows the line as the note prints it")
  }

  @Test("a line whose first part is itself faulty is still held back whole")
  func faultyStartHeld() {
    var conversation = Self.askingPoint(topic: "the new heat pump contract")
    _ = conversation.send("done heaps of retaining walls on my uncles farm, love that work")
    #expect(conversation.answers.interest == nil)
    #expect(conversation.answers.heldPoint != nil)
  }

  @Test("only a clause with no subject is an afterthought, and what is left must be a sentence")
  func afterthoughtNeedsAWholeSentence() {
    #expect(
      VouchedPoint.withoutAfterthought("I did the first aid course in March, loved it.")
        == "I did the first aid course in March.")
    #expect(VouchedPoint.withoutAfterthought("I did it, loved it and went home to see mum.") == nil)
    #expect(
      VouchedPoint.withoutAfterthought("I worked in catering for 5 years. I know orders.") == nil)
    #expect(
      VouchedPoint.withoutAfterthought("I ran the Christmas rush at my depot, 200 an hour.") == nil)
    #expect(VouchedPoint.withoutAfterthought("I worked in catering for years") == nil)
  }

  @Test("a count ends at a full stop")
  func countEndsAtMark() {
    #expect(
      PointCheck.problem(
        in: "In São Paulo I worked in event catering for 5 years. I know how to plan orders.")
        == nil)
    #expect(PointCheck.problem(in: "I teach 30 student every day.") != nil)
  }

  @Test("a line that gives names their capitals keeps its small words small")
  func casedLineKeepsCommonWords() {
    var conversation = Self.askingPoint(topic: "the catering for local offices")
    _ = conversation.send("In São Paulo I worked in event catering for 5 years")
    #expect(conversation.answers.interest == "In São Paulo I worked in event catering for 5 years.")
    #expect(
      ProperSpelling.placesCapitalised("i grew up in kumasi", typed: "i grew up in kumasi")
        == "i grew up in Kumasi")
    #expect(ProperSpelling.casesNames("I worked at Tesco in leeds"))
    #expect(!ProperSpelling.casesNames("I worked for the NHS. Loved it"))
  }

  @Test(
    "a relative clause never splits a thing before its noun",
    arguments: [
      (
        "she did say theyre launching a new over 60s strength class programme in january and want PTs to run it",
        "new over 60s strength class programme"
      ),
      (
        "Carl told me they're setting up a women in trades mentoring scheme next year pairing apprentices with senior female engineers",
        "women in trades mentoring scheme next year"
      ),
    ])
  func relativeKeepsThingWhole(_ discussion: String, _ expected: String) {
    let topics = TopicExtractor(context: ExtractionContext(company: "PureGym")).topics(
      in: discussion)
    #expect(topics.contains { $0.text.contains(expected) }, "\(topics.map(\.text))")
    #expect(!topics.contains { $0.text.contains("new you're") || $0.text.contains("women you're") })
    #expect(!topics.contains { $0.text.hasSuffix("pairing apprentices") })
  }

  @Test("a season that names a thing is no time: 'the new winter tasting menu' stays whole")
  func seasonNamesAThing() {
    let topics = TopicExtractor(context: ExtractionContext(company: "The Harbour")).topics(
      in:
        "then chef talked to me about the new winter tasting menu they start in december with local oysters and game"
    )
    #expect(topics.first?.text == "the new winter tasting menu")
  }

  @Test("chat's 'n that' closes no topic")
  func chatTailDropped() {
    let topics = TopicExtractor(context: ExtractionContext(company: "Whipps Cross")).topics(
      in:
        "john said portering is gonna get electric tugs to move the beds n that, they want people who can train on them"
    )
    #expect(topics.contains { $0.text.hasSuffix("move the beds") }, "\(topics.map(\.text))")
  }

  @Test("where a process stands is not the thing: the thing comes after 'of'")
  func partOfAProcess() {
    #expect(
      NoteComposer.spoken(
        "you're in the middle of airspace modernisation in the south", interest: nil)
        == "airspace modernisation")
  }

  @Test("'the X one' takes the noun the discussion gave X")
  func oneNamed() {
    let reference = TypedReference(
      discussion: "Dev talked about a wellbeing programme they're starting for the crews")
    #expect(
      reference?.resolved("the wellbeing one for the firefighters")
        == "the wellbeing programme for the firefighters")
    #expect(reference?.namingProForm("the second one") == nil)
  }

  @Test(
    "removal requests name the line by a word's form, a kind of word, or what not to mention",
    arguments: [
      ("remove the bit about swimming, feels too personal", "I swim in the Thames at Port Meadow."),
      (
        "Please remove the year; it makes me sound ancient.",
        "I wrote the old mortgage system in 1989."
      ),
      (
        "i dont want to mention my brother actually, take that out",
        "My brother takes the train to work every day and he is always asking about delays."
      ),
    ])
  func removalFindsLine(_ request: String, _ point: String) {
    var conversation = Self.askingPoint(topic: "the new customer information screens")
    _ = conversation.send(point)
    _ = conversation.send("email")
    #expect(Self.body(conversation).contains(point))
    _ = conversation.send(request)
    #expect(!Self.body(conversation).contains(point), "\(request)")
    #expect(Self.body(conversation).contains("customer information screens"))
  }

  /// The lines of the note in view, as one text.
  static func body(_ conversation: Conversation) -> String {
    conversation.note.map { $0.lines.map(\.text).joined(separator: " ") } ?? ""
  }

  @Test("a removal that points back is the removal before it, not a second one")
  func removalPointingBack() {
    let reader = FactReader(today: Self.today)
    #expect(
      DraftRequestReader.readSeveral(
        "shorter, and remove the last line, take that out", reader: reader)
        == [.shorter, .removeLast])
    #expect(
      DraftRequestReader.read(
        "i dont want to mention my brother actually, take that out", reader: reader)
        == .removeMatching("my brother"))
    #expect(DraftRequestReader.removesWhatWasSaid("take that out"))
    #expect(!DraftRequestReader.removesWhatWasSaid("take out the bit about my dad"))
  }
}
