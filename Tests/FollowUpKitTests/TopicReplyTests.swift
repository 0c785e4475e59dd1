import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The person's reply at the topic question, read for the choice inside its chat, and the
/// ranking of the candidates offered there by what their clause says.
@Suite("Topic reply and ranking by what the clause says")
struct TopicReplyTests {
  /// A conversation at the topic question, after `discussion`.
  static func atTopic(_ discussion: String) -> Conversation {
    var conversation = Conversation(today: Fixture.today)
    for text in [
      "I had an interview at Marlow Energy on Saturday with the owner Dev. I'm Sam Reid.",
      "installer", "good", discussion,
    ] {
      _ = conversation.send(text)
    }
    return conversation
  }

  static let discussion =
    "they asked about my ladder work and a time I fixed a leak. Dev also talked about the new "
    + "community solar farm they built with the parish, and they just won the contract for the "
    + "school retrofits in Tring"

  @Test(
    "a choice typed with agreement, politeness and pointing words is the person's topic",
    arguments: [
      ("the solar farm one yeah", "the new community solar farm"),
      ("community solar yeah pls", "the new community solar farm"),
      ("ok the ladder work one", "ladder work"),
    ])
  func typedChoice(_ reply: String, _ expected: String) {
    var conversation = Self.atTopic(Self.discussion)
    let said = conversation.send(reply).text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(said.contains(expected), "\(said)")
  }

  /// "yeah the postgres migration sounds right" at the topic question had been taken whole,
  /// and the note said "our conversation about the postgres migration sounds right" (tuning
  /// 17, ai031): the verdict after the choice is no part of it.
  @Test(
    "a verdict on the choice ('sounds right', 'seems best', 'looks good') is not the topic",
    arguments: [
      ("yeah the solar farm sounds right", "solar farm"),
      ("the tring schools seems best to me", "school retrofits in tring"),
      ("school retrofits looks good", "school retrofits"),
      ("i guess the solar farm one feels most like them", "solar farm"),
    ])
  func verdictOnTheChoice(_ reply: String, _ expected: String) {
    var conversation = Self.atTopic(Self.discussion)
    let said = conversation.send(reply).text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(said.lowercased().contains(expected), "\(said)")
    for verdict in ["sounds", "seems", "looks", "feels", "right", "best"] {
      #expect(!said.lowercased().contains(" \(verdict)"), "\(said)")
    }
  }
  /// "the cold stores? no, the blueberries" (tuning 27, bc020) and "the gold award. actually
  /// no the cave, everyones going to mention the award" (bc029) had kept the first choice,
  /// which the person took back: their latest word on it is the choice (round ref27).
  @Test(
    "a choice taken back inside the reply ('X? no, Y', 'X. actually no Y') is the latest one",
    arguments: [
      ("the ladder work? no, the solar farm", "solar farm", "ladder"),
      (
        "the ladder work. actually no the solar farm, everyones going to say ladders", "solar farm",
        "ladder"
      ),
      ("the solar farm, no wait, the school retrofits", "school retrofits", "solar"),
    ])
  func latestChoiceWins(_ reply: String, _ expected: String, _ takenBack: String) {
    var conversation = Self.atTopic(Self.discussion)
    let said = conversation.send(reply).text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(said.lowercased().contains(expected), "\(said)")
    #expect(!said.lowercased().contains(takenBack), "\(said)")
  }

  /// A "no" that takes nothing back is no retraction: the number after an opening "no", or
  /// "no" inside the thing named.
  @Test(
    "a 'no' that opens the reply or is part of its words takes nothing back",
    arguments: [
      ("no 2, the academy part", "no 2, the academy part"),
      ("the app, that no one else has", "the app"),
      ("the cafe. no pressure though", "the cafe"),
    ])
  func noRetraction(_ reply: String, _ kept: String) {
    let words = reply.split(separator: " ").map(String.init)
    #expect(TopicExtractor.lastRetraction(words) == nil, "\(reply)")
  }

  /// "actually the refuge clinic please not cardiff" at the topic question: "clinic ... not"
  /// had read as "the practice is X not Y", the company became "Refuge Clinic" and the
  /// question came a third time (tuning 13, aa024).
  @Test(
    "a choice made over the offered topic with 'not X' is the person's topic, never a correction",
    arguments: [
      ("actually the solar farm please not tring", "solar farm"),
      ("the tring schools not the solar farm", "tring"),
    ])
  func choiceOverTheOffer(_ reply: String, _ expected: String) {
    var conversation = Self.atTopic(Self.discussion)
    let company = conversation.facts.company
    let said = conversation.send(reply).text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(said.lowercased().contains(expected), "\(said)")
    #expect(!said.lowercased().contains("not tring") && !said.contains("please"), "\(said)")
    #expect(conversation.facts.company == company)
  }

  @Test(
    "agreement wrapped in politeness and pointing words is a yes to the suggestion",
    arguments: [
      "yes sir that only", "ok po", "yeah that one mate",
      // One word beside the yes that names nothing offered or said: a remark on the yes.
      "yes obviously", "definitely yes", "appropriate yes",
      // Laughter is chat around the yes (tuning 13: "obviously yes haha" became the topic
      // "obviously").
      "of course yes lol", "sure haha",
    ])
  func politeYes(_ reply: String) {
    var conversation = Self.atTopic(Self.discussion)
    let best = conversation.topics.first?.text ?? ""
    let said = conversation.send(reply).text
    #expect(!best.isEmpty)
    #expect(said.contains("Good choice") && said.contains(best), "\(said)")
  }

  @Test(
    "a refusal or a question at the topic question is not read as a choice",
    arguments: ["no not the solar farm", "yes but which one is better?"])
  func leftAlone(_ reply: String) {
    #expect(!TopicReply(reading: reply).namesSomething)
    #expect(!TopicReply(reading: reply).isYes)
  }

  @Test("asked twice, the words the person typed are the topic, never the refused suggestion")
  func typedAtTheLimit() {
    var conversation = Self.atTopic(Self.discussion)
    let best = conversation.topics.first?.text ?? ""
    _ = conversation.send("hmm the tring schools??")
    let said = conversation.send("the tring schools?? ")
    #expect(!said.text.contains("built on \(best)"), "\(said.text)")
  }

  @Test(
    "what the employer is changing outranks the job's terms, the candidate's skills, a trailing object",
    arguments: [
      (
        "rota questions mostly, its band 5, and the new community diagnostic hub they opened in "
          + "Walsall", "diagnostic hub"
      ),
      ("they've got a new wind tunnel coming, funded by Siemens", "wind tunnel"),
      // A subject typed without its apostrophe ends the thing called new.
      (
        "she asked about my RSA. she's pumped about the new beer garden theyre opening in summer",
        "the new beer garden"
      ),
      (
        "she asked if I speak Welsh because they are launching a bilingual helpline for farmers",
        "bilingual helpline"
      ),
    ])
  func changeFirst(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
    #expect(!topics.contains { $0.text == "Siemens" }, "\(topics.map(\.text))")
    #expect(!topics.contains { $0.text.hasSuffix("you're") }, "\(topics.map(\.text))")
  }

  @Test(
    "a thing the person singled out, and the person's own new things, are left alone",
    arguments: [
      (
        "we chatted about the new canteen, but the best bit was the beekeeping club she runs",
        "beekeeping club"
      ),
      (
        "my new flat is near the depot, and we talked about their apprenticeship scheme",
        "apprenticeship scheme"
      ),
    ])
  func singledOut(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
  }
}
