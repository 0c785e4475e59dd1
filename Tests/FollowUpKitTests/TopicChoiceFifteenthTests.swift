import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The fifteenth round's topic mechanisms, each on sentences of its own: the topic the person
/// names at the topic question wins, and an employer's doing outranks a topic noun alone
/// (`TopicChoice`, `EmployerNews`); a topic named in the person's words keeps who raised it
/// (`Conversation.withSpeaker`).
@Suite("Topic choice by what the person named and who raised it, fifteenth round")
struct TopicChoiceFifteenthTests {
  /// A conversation up to the topic question: one interviewer, or two.
  static func atTopic(_ discussion: String, panel: Bool = false) -> Conversation {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    let people = panel ? "with Dana Patel and Raj Mehta" : "with Dana Patel"
    _ = conversation.send(
      "Hi, I'm Alex Morgan. I had an interview at Harbour Works yesterday \(people) for the "
        + "site assistant role. I think it went well.")
    _ = conversation.send(discussion)
    return conversation
  }

  // MARK: - The topic the person names wins

  @Test(
    "a yes with a thing named beside it takes the thing named",
    arguments: [
      (
        "we talked about rates and holidays. they've just won the contract for the new canal "
          + "towpath by the lock, it starts in spring", "yeah the towpath", "towpath"
      ),
      (
        "pay and shifts mostly. they are opening a rooftop garden cafe in June for the staff",
        "sí the rooftop garden", "rooftop garden"
      ),
      (
        "how I'd handle a complaint, the rota. they're launching weekend clinics from March",
        "ok the weekends", "weekend clinics"
      ),
    ])
  func namedBesideYes(_ discussion: String, _ reply: String, _ expected: String) throws {
    var conversation = Self.atTopic(discussion)
    _ = conversation.send(reply)
    let chosen = try #require(conversation.answers.topic?.text)
    #expect(chosen.lowercased().contains(expected), "\(chosen)")
  }

  @Test("a plain yes still takes the suggestion", arguments: ["yeah sure", "yes please"])
  func plainYes(_ reply: String) throws {
    var conversation = Self.atTopic(
      "they're launching weekend clinics from March, and we talked about the rota")
    let offered = try #require(conversation.topics.first?.text)
    _ = conversation.send(reply)
    #expect(conversation.answers.topic?.text == offered)
  }

  @Test(
    "typed words in another form of the topic's own describe it",
    arguments: [
      ("rust migration", "migrating payments service to rust"),
      ("the installation", "installing solar panels on the depot roof"),
      ("the weekends", "weekend opening from March"),
    ])
  func describes(_ typed: String, _ topic: String) {
    #expect(TopicChoice.describes(typed, topic))
  }

  @Test(
    "words that only share letters do not",
    arguments: [
      ("the car", "your new career fair"), ("the parts", "a partnership with the college"),
    ])
  func doesNotDescribe(_ typed: String, _ topic: String) {
    #expect(!TopicChoice.describes(typed, topic))
  }

  @Test(
    "an employer's doing outranks a topic noun alone",
    arguments: [
      (
        ["sales targets", "commission", "you're doing free membership for NHS staff in January"], 2
      ),
      (["rates", "you've won the contract for the canal greenway"], 1),
      (["targets", "kpis", "your pilot with local schools on reading"], 2),
    ])
  func employerFirst(_ texts: [String], _ doing: Int) {
    let topics = texts.map { Topic(text: $0, score: 0.5) }
    #expect(EmployerNews.first(topics).first?.text == texts[doing])
  }

  @Test(
    "names, owned things and a doing already first stay where they are",
    arguments: [
      ["Power BI dashboards", "you're moving to Azure"],
      ["your new depot in Hull", "sales targets", "you're hiring drivers"],
    ])
  func employerFirstLeavesAlone(_ texts: [String]) {
    let topics = texts.map { Topic(text: $0, score: 0.5) }
    #expect(EmployerNews.first(topics).map(\.text) == texts)
  }

  // MARK: - Who raised it

  @Test(
    "a topic named in the person's words keeps who raised it",
    arguments: [
      "Raj was excited about migrating the payroll system to the cloud next year",
      "Raj told me "
        + "they are migrating the payroll system to the cloud next year",
      "we talked about rotas. Raj was excited about migrating the payroll system to the cloud",
    ])
  func keepsSpeaker(_ discussion: String) throws {
    var conversation = Self.atTopic(discussion, panel: true)
    _ = conversation.send("payroll migration")
    let chosen = try #require(conversation.answers.topic)
    #expect(chosen.speaker?.lowercased() == "raj", "\(chosen)")
  }

  @Test("with one interviewer, or a topic nobody raised, no speaker is added")
  func noSpeaker() throws {
    var alone = Self.atTopic(
      "Dana was excited about migrating the payroll system to the cloud next year")
    _ = alone.send("payroll migration")
    #expect(try #require(alone.answers.topic).speaker?.lowercased() != "raj")
    var panel = Self.atTopic(
      "we talked about rotas and they are migrating the payroll system to the cloud next year",
      panel: true)
    _ = panel.send("payroll migration")
    #expect(try #require(panel.answers.topic).speaker == nil)
  }
}
