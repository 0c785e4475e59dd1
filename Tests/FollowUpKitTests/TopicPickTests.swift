import Testing

@testable import FollowUpKit

/// Which thing the note is built on: the employer's news found however long the sentence
/// that tells it, and the person's few words at the topic question resolved to the thing they
/// name rather than to the suggestion they passed over.
@Suite("Topic pick")
struct TopicPickTests {
  /// What the interviewer told the person, found in a long sentence: a relative clause is a
  /// place to cut, a reason for their mood ("because they just won ...") is news, time given
  /// to a talk is emphasis, and "and nobody ..." opens a clause of its own.
  @Test(
    "the employer's news is found in a long sentence",
    arguments: [
      (
        "Sister Rafferty said the ward is starting a virtual ward pilot where COPD patients go "
          + "home with oxygen monitors and the nurses check on them remotely",
        ["Ann Rafferty"], "the ward is starting a virtual ward pilot"
      ),
      (
        "She was happy because they just won the council contract for the whole east side of "
          + "the town from january and need many carers for the new runs.",
        ["Pauline Greaves"], "you just won the council contract"
      ),
      (
        "a debugging exercise. the big thing was tom talking for like half an hour about them "
          + "moving off aws into their own racks",
        ["Tom Barker"], "you're moving off aws into your own racks"
      ),
      (
        "what interested me more was when Debbie said they are changing to a new property "
          + "management system in February with mobile check in and nobody in the team knows "
          + "it yet",
        ["Stéphane Laurent", "Debbie"],
        "you are changing to a new property management system in February"
      ),
    ])
  func employerNews(_ said: String, _ people: [String], _ expected: String) {
    let extractor = TopicExtractor(context: ExtractionContext(interviewers: people))
    #expect(extractor.topics(in: said).first?.text == expected)
  }

  /// "yes the acquisitions" names "the plan to acquire two physician practices": a noun made
  /// from a verb is the verb's family; two words sharing only their opening are not.
  @Test(
    "a word's family names a topic",
    arguments: [
      ("the acquisitions", "the plan to acquire two physician practices in Arizona", true),
      ("the expansion", "you're going to expand the Leeds depot", true),
      ("transfer", "your transport scheme", false),
      ("the car", "your new career fair", false),
    ])
  func wordFamily(_ typed: String, _ topic: String, _ expected: Bool) {
    #expect(TopicChoice.describes(typed, topic) == expected)
  }

  /// "the cork thing" of two topics holding "cork": the one it describes, not the one it is
  /// only the place of.
  @Test("a word only naming where another thing is names that thing less")
  func placeOnly() {
    let wanted = Phrase.stems("cork")
    #expect(
      Conversation.namesOnlyAPlace(wanted, in: "the merger with o'driscoll & partners in cork"))
    #expect(!Conversation.namesOnlyAPlace(wanted, in: "you're opening a cork office in the spring"))
  }

  /// "so its not just rewires anymore": "it" as the subject points back at a thing named
  /// before, so the clause is never a topic of its own, and "its" before "not" is not the
  /// reader's.
  @Test("a clause whose subject is 'it' is no topic")
  func pointingBack() {
    #expect(TopicGate.problem("its not just rewires anymore") != nil)
    #expect(TopicGate.problem("it's really growing") != nil)
    #expect(TopicGate.problem("its new depot in Leeds") == nil)
  }

  /// A joining sign opens no thing: a topic the note cannot read whole is said by its head,
  /// never by "& partners".
  @Test("a noun phrase never opens with an ampersand")
  func ampersand() {
    #expect(
      NoteComposer.spoken("the merger with o'driscoll & partners in cork", interest: nil)
        == "the merger")
  }
}

/// With several interviewers, each note goes on what that person raised; a topic another
/// interviewer raised never stands in for theirs.
@Suite("Topic pick with several interviewers")
struct TopicPickSeveralTests {
  @Test("the chosen topic's note comes first; the other keeps it, credited, over a leftover")
  func chosenOverLeftover() {
    var conversation = Conversation(
      today: CivilDate(year: 2026, month: 12, day: 2) ?? Unseen.today, surface: .remote)
    let answers: [Stage: String] = [
      .name: "Yonas Tesfaye", .interviewer: "trainer Dave and the garage manager Sue Patel",
      .company: "citylink buses acton garage", .role: "trainee bus driver", .when: "tuesday",
      .outcome: "good i passed the driving assessment",
      .discussion:
        "they asked about customer service. Sue said the garage is getting electric buses in "
        + "spring and they put new chargers in the yard",
      .topic: "yes electric", .interest: "skip", .channel: "email",
    ]
    _ = conversation.send("hello i had interview to be bus driver")
    var turns = 0
    while conversation.stage != .draft, conversation.stage != .done, turns < 20 {
      turns += 1
      _ = conversation.send(answers[conversation.stage] ?? "skip")
    }
    // Sue raised the chosen topic: her note is shown first.
    let first = conversation.note?.body ?? ""
    #expect(first.contains("Dear Sue,"), "\(first)")
    #expect(first.contains("the garage is getting electric buses"), "\(first)")
    _ = conversation.send("next")
    let body = conversation.note?.body ?? ""
    #expect(body.contains("I was glad to hear from Sue that the garage is getting electric buses"))
    #expect(!body.contains("chargers"))
  }
}
