import Testing

@testable import FollowUpKit

/// A topic begins and ends where its constituent does (`TopicPhraseCheck+Constituents`), and
/// one that cannot is completed, said by a whole part, or left for the next candidate: the
/// faults the judge of tuning 17 found most often in the note's topic sentence ("your pilot
/// of having work coaches sit", "how you've won the contract to put EV chargers", "with mobile
/// check", "full of the new 300 home development"), in wordings of our own.
@Suite("Topic cut inside its constituent")
struct TopicCutTests {
  @Test(
    "a topic ended or begun inside its constituent is faulted beside the person's words",
    arguments: [
      // A verb of position before its place.
      (
        "your scheme of having nurses stay",
        "she said they run a scheme of having nurses stay in the care homes overnight"
      ),
      // A verb of placing, its place cut.
      (
        "you've got funding to put defibrillators",
        "he said they've got funding to put defibrillators in every branch, and more"
      ),
      // A particle that makes one word with the noun before it.
      (
        "the new app with online sign",
        "they are launching the new app with online sign up and nobody has tried it"
      ),
      // A hyphenated word cut at its hyphen.
      (
        "the new kiosks with self",
        "she showed me the new kiosks with self-service screens in the lobby"
      ),
      // Begun after "was", inside the clause that says what he was.
      (
        "proud of the new teaching kitchen at the college",
        "he was proud of the new teaching kitchen at the college, and the menu"
      ),
    ])
  func cutFaulted(_ topic: String, _ source: String) {
    #expect(TopicPhraseCheck.problem(topic, source: source) != nil, "\(topic)")
  }

  @Test(
    "a topic that ends where its constituent does is left alone",
    arguments: [
      ("the new bakery counter", "they're opening the new bakery counter in March"),
      ("the drop in sessions", "she runs the drop in sessions on Fridays"),
      ("your new sensory room", "they built your new sensory room, and it is lovely"),
      ("you're moving the team", "you're moving the team in January to the new site"),
      ("the clinic is full", "the clinic is full on Mondays"),
    ])
  func wholeLeftAlone(_ topic: String, _ source: String) {
    #expect(
      TopicPhraseCheck.constituentCut(topic.split(separator: " ").map(String.init), in: source)
        == nil)
  }

  @Test(
    "a cut topic is completed, said by its object or its thing, or another is offered",
    arguments: [
      // Completed through its place within the longest a topic may grow.
      (
        "your scheme of having nurses stay",
        "she said they run a scheme of having nurses stay in the care homes overnight",
        "your scheme of having nurses stay in the care homes overnight"
      ),
      // Too long to complete whole: the verb's object, completed.
      (
        "how you've just won the tender to put new bus shelters",
        "he kept on about how they've just won the tender to put new bus shelters along all the "
          + "main roads, and more",
        "the tender to put new bus shelters along all the main roads"
      ),
      // Begun inside a clause: the thing from its determiner.
      (
        "proud of the new teaching kitchen at the college",
        "he was proud of the new teaching kitchen at the college, and the menu",
        "the new teaching kitchen at the college"
      ),
    ])
  func cutRepaired(_ topic: String, _ source: String, _ expected: String) {
    #expect(TopicCompletion.printable(topic, source: source) == expected)
  }

  @Test("a noun phrase the note could print only cut is not vouched for")
  func vouchedOnlyCut() {
    // "sit" is no verb the reading vouches for, and the noun phrase inside would end on it.
    #expect(TopicGate.problem("your trial of having advisers sit in libraries twice a week") != nil)
  }

  @Test(
    "a plan said as what the plan is, a made thing, a dated change: said whole",
    arguments: [
      // "the plan is to" + verb: the plan, never the verb's place alone.
      (
        "the plan is to expand into Portugal next year",
        "your plans to expand into Portugal next year"
      ),
      // The object of the reader's verb of making is theirs and new.
      ("you start a breakfast club for new pupils", "your new breakfast club for new pupils"),
      // A bare present beside a month is the arranged plan's progressive, its article supplied.
      (
        "you open second branch next door in May",
        "you are opening a second branch next door in May"
      ),
      // An event's noun said last is the thing's head, never a verb.
      ("the Lisbon launch", "the Lisbon launch"),
    ])
  func saidWhole(_ topic: String, _ expected: String) {
    #expect(NoteComposer.spoken(topic, interest: nil) == expected)
  }
}

/// A topic typed at the topic question whose last word the discussion shows ends inside a
/// compound ("mobile check" of "mobile check in"): completed from the discussion (tuning 17,
/// ai059, had printed "the new system and mobile check").
@Suite("Typed topic cut inside its constituent")
struct TypedTopicCutTests {
  @Test("a typed topic that ends before its particle is completed from the discussion")
  func typedParticle() {
    var conversation = TopicReplyTests.atTopic(
      "they asked about my ladder work. Dev talked a lot about the big refurbishment of the "
        + "showroom. But Ana said they are changing to a new booking system in March with online "
        + "check in and nobody in the office knows it yet")
    let said = conversation.send("no not the refurb, the new system and online check in please")
      .text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(!said.hasSuffix("online check."), "\(said)")
    #expect(said.contains("online check-in"), "\(said)")
  }
}
