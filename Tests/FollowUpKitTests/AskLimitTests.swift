import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// No question is asked a third time, whatever the answers (issue 10); a role heard in passing
/// as a kind of job, or a company heard in the answer about the interviewer (their title or
/// team), is offered at its question rather than taken.
@Suite("Ask limit and heard role")
struct AskLimitTests {
  static let today = CivilDate(year: 2026, month: 11, day: 30) ?? Fixture.today

  /// Answers a person might type at any question, usable or not.
  static let replies = [
    "hmm", "idk", "erm", "?", "yes", "no", "ok can", "Yes that is fine", "nothing really",
    "the usual stuff", "sorry the company is Harlow Reed", "email", "card", "Priya Shah",
    "asdfghjkl", "it was fine i guess", "does it have to be formal?", "see above", "lol",
    "i already said", "we talked about their new depot in Leeds", "help", "🎉", "...",
  ]

  /// A seeded walk: every conversation of random replies never answers the same question a
  /// third time. The count is the test harness's own: replies sent while at a stage.
  @Test("random replies never meet the same question a third time", arguments: 0..<120)
  func randomReplies(_ seed: Int) {
    var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    var conversation = Conversation(today: Self.today, surface: .remote)
    var answered: [Stage: Int] = [:]
    var last = conversation.stage
    for turn in 0..<40 {
      let stage = conversation.stage
      if stage == .draft || stage == .done { break }
      if stage != last { answered = [:] }
      last = stage
      let reply = Self.replies[next() % Self.replies.count]
      // Commands and questions asked back are the person's own choice, not a reply refused;
      // the opening comes before any question is asked.
      let counted =
        turn > 0 && Command(reading: reply) == nil && QuestionBack(reading: reply) == nil
        && !MessageText.isQuestion(reply) && reply.contains(where: { $0.isLetter })
        && Correction.read(reply, reader: FactReader(today: Self.today)) == nil
      if counted { answered[stage, default: 0] += 1 }
      _ = conversation.send(reply)
      // Every question, the ones the note needs included: with nothing usable twice the note
      // goes on without the answer.
      if conversation.stage == stage {
        #expect((answered[stage] ?? 0) < 3, "seed \(seed): \(stage) after \(reply)")
      }
    }
  }

  @Test("the topic question, answered vaguely twice, takes the topic found and says so")
  func topicSettled() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    for turn in [
      "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
      "we talked about the new depot in Leeds", "my experience",
    ] {
      _ = conversation.send(turn)
    }
    #expect(conversation.stage == .topic)
    let reply = conversation.send("my skills")
    #expect(conversation.stage == .interest)
    #expect(reply.text.hasPrefix("I'll build the note on the new depot in Leeds"), "\(reply.text)")
  }

  @Test(
    "agreement with nothing specific after it is a yes to the topic offered",
    arguments: ["Yes that is fine", "ok can", "sure that works", "yeah that one is good"])
  func agreementIsYes(_ text: String) {
    var conversation = Conversation(today: Self.today, surface: .remote)
    for turn in [
      "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
      "we talked about the new depot in Leeds",
    ] {
      _ = conversation.send(turn)
    }
    let reply = conversation.send(text)
    #expect(conversation.stage == .interest, "\(text): \(reply.text)")
  }

  @Test(
    "a role said as a kind of job is offered at the role question; the title typed replaces it",
    arguments: [
      ("can u help me write a thank u note for a cafe job lol", "barista", "barista"),
      (
        "need to write a thank you after my physio interview", "band 5 physiotherapist",
        "band 5 physiotherapist"
      ),
      ("need to write a thank you after my physio interview", "yes", "physio"),
    ])
  func heardRole(_ opening: String, _ answer: String, _ role: String) {
    var conversation = Conversation(today: Self.today, surface: .remote)
    for turn in [opening, "Sam Patel", "Priya Shah", "Northgate Foods"] {
      _ = conversation.send(turn)
    }
    #expect(conversation.stage == .role)
    #expect(conversation.currentPrompt().hasPrefix("What's the job title? You mentioned"))
    _ = conversation.send(answer)
    #expect(conversation.facts.role?.lowercased() == role)
    #expect(conversation.stage == .when)
  }

  @Test("a role named as the post is taken, and the role question is not asked")
  func namedRole() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    for turn in [
      "I had an interview for the assistant store manager job", "Sam Patel", "Priya Shah",
      "Northgate Foods",
    ] {
      _ = conversation.send(turn)
    }
    #expect(conversation.facts.role == "assistant store manager")
    #expect(conversation.stage == .when)
  }

  @Test(
    "an interviewer's title or team is offered at the company question, never taken for it",
    arguments: [
      "Lena Hoffmann, Engineering Manager", "Ngozi from the engineering side",
      "Ms. Fiona Grant, Head of Primary",
    ])
  func teamIsNoCompany(_ interviewer: String) {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send("Sam Patel")
    _ = conversation.send(interviewer)
    #expect(conversation.stage == .company, "\(interviewer): \(conversation.facts)")
    _ = conversation.send("Kontor.io")
    #expect(conversation.facts.company == "Kontor.io")
  }

  @Test("a company placed with 'at' in the answer about the interviewer is taken")
  func companyAtIsTaken() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send("Sam Patel")
    _ = conversation.send("Sarah Kim at Brightwell Partners")
    #expect(conversation.facts.company == "Brightwell Partners")
    #expect(conversation.stage == .role)
  }
}
