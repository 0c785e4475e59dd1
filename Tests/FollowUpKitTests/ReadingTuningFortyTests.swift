import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 40 (the judged held-out 39) typed them, each read at the
/// question it answers, and the topics their notes were built on (the thirty-fifth session's
/// rounds).
@Suite("Answers and topics read as tuning 40 typed them")
struct ReadingTuningFortyTests {
  static let today = CivilDate(year: 2026, month: 12, day: 6) ?? Fixture.today

  /// A conversation at `question` holding a name, the interviewers, a company and a role.
  static func asking(
    _ question: Question, name: String = "Rowena Bautista",
    interviewers: [String] = ["Janet Fairweather"]
  ) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: question == .name ? nil : PersonName(parsing: name),
      interviewers: question == .name || question == .interviewer
        ? nil : interviewers.compactMap { PersonName(parsing: $0) },
      company: "Hallmark Care Homes", role: "senior care assistant")
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "the name the person is called by, inside the name given, signs the note",
    arguments: [
      ("putu ayu lestari - call me Ayu, Putu is only birth order name in Bali", "Ayu"),
      ("peter mwangi njoroge, people call me mwangi", "Mwangi"),
      (
        "Yui Sato (Sato is family name. In Japan we write Sato Yui, but here Yui Sato is fine)",
        "Yui"
      ),
    ])
  func calledByInside(_ text: String, _ signed: String) {
    var conversation = Self.asking(.name)
    let reply = conversation.send(text).text
    #expect(reply.contains("I'll sign the note as \(signed)"), "\(reply)")
  }

  @Test("'everyone calls me Ayu' said later signs with the part of the name it names")
  func calledByLater() {
    var conversation = Self.asking(.company, name: "Putu Ayu Lestari")
    let reply = conversation.send("oh btw everyone calls me Ayu").text
    #expect(conversation.facts.signOff?.full == "Ayu", "\(reply)")
    #expect(conversation.facts.name?.full == "Putu Ayu Lestari", "\(reply)")
  }

  @Test("'put Weng at the end' at a later question is the sign-off, a nickname or not")
  func putAtTheEnd() {
    var conversation = Self.asking(.interest)
    let reply = conversation.send(
      "Oh can you put Weng at the end, that is my nickname and Janet already call me that"
    ).text
    #expect(conversation.facts.signOff?.full == "Weng", "\(reply)")
    #expect(conversation.facts.name?.full == "Rowena Bautista", "\(reply)")
  }

  @Test("a day in a clause about what is still to come is not the interview's")
  func futureDayIsNotTheInterview() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "Hi! I want to give a card to the manager of the care home where I interviewed, I will drop it off on Monday"
    )
    #expect(conversation.facts.when == nil)
    var said = Conversation(today: Self.today, surface: .remote)
    _ = said.send("hi, interview was on thursday and i'll send the note on monday")
    #expect(said.facts.when?.date == CivilDate(year: 2026, month: 12, day: 3))
    // "Will" typed as a name is no future.
    var named = Conversation(today: Self.today, surface: .remote)
    _ = named.send("hi, Will interviewed me on thursday at the leisure centre")
    #expect(named.facts.when?.date == CivilDate(year: 2026, month: 12, day: 3))
  }

  @Test("the person's own line at the interest question renames no one it resembles")
  func countedThingIsNoName() {
    var conversation = Self.asking(
      .interest, name: "Euan Craig", interviewers: ["Fraser Macinnes", "Anne-Marie"])
    let reply = conversation.send(
      "did a win 11 migration at my last job for about 300 machines so i know where it goes wrong"
    ).text
    #expect(conversation.facts.interviewers?.first?.full == "Fraser Macinnes", "\(reply)")
    #expect(!reply.contains("not Macinnes"), "\(reply)")
    // A slip owned up to still puts the name right.
    var slip = Self.asking(.interest, name: "Euan Craig", interviewers: ["Fraser Macinnes"])
    _ = slip.send("sorry i got his name wrong, its Fraser MacInnes")
    #expect(slip.facts.interviewers?.first?.full == "Fraser MacInnes")
  }

  @Test(
    "a topic is printed whole, with no article inside a name or a possessive, and never by a fragment",
    arguments: [
      (
        "your new primary school in Cardiff built in CLT timber",
        "your new primary school in Cardiff built in CLT timber"
      ),
      (
        "the women's lifting community app you're launching in the new year",
        "the women's lifting community app you're launching in the new year"
      ),
      (
        "cutting the number of lines in womenswear by a third",
        "cutting the number of lines in Womenswear by a third"
      ),
      ("the windows 11 rollout", "the Windows 11 rollout"),
      (
        "the new digital driving licence comes out on the phone app",
        "the new digital driving licence"
      ),
      // Objects in "-s" before a particle, and "by" before an agent, are kept.
      (
        "your new scheme to bring empty homes back into use",
        "your new scheme to bring empty homes back into use"
      ),
      ("getting township merchants off cash", "getting township merchants off cash"),
    ])
  func topicsWhole(_ topic: String, _ spoken: String) {
    #expect(NoteComposer.spoken(topic, interest: nil) == spoken)
  }

  @Test("a time or a measure after 'until' or 'by' is never the thing a note is about")
  func noTimeAsThing() {
    let spoken = NoteComposer.spoken(
      "the order an object service is booked until March", interest: nil)
    #expect(!spoken.hasPrefix("until"), "\(spoken)")
    #expect(
      NoteComposer.form(
        of: NoteComposer.spoken(
          "the women's lifting community app you're launching in the new year", interest: nil))
        == .nounPhrase)
    let agent = NoteComposer.spoken(
      "the firm's work for people affected by the infected blood scandal", interest: nil)
    #expect(agent.contains("the infected blood scandal"), "\(agent)")
  }

  /// Answers every question up to the day question, as a person would.
  static func answeredUntilDay(_ conversation: inout Conversation) {
    let answers: [Question: String] = [
      .occasion: "1", .name: "Tanisha Bishop", .interviewer: "Dr Anand Rao",
      .company: "Moorfields Eye Hospital", .role: "medical secretary",
    ]
    for _ in 0..<8 {
      guard let question = conversation.phase.question, question != .when,
        let answer = answers[question]
      else { return }
      _ = conversation.send(answer)
    }
  }

  @Test("a time that names no single day, said early, is kept and the day is still asked for")
  func vagueDayAsksWhichDay() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "Hi there, I need to write a follow up email to a medical director I interviewed with this week"
    )
    Self.answeredUntilDay(&conversation)
    #expect(conversation.phase.question == .when)
    #expect(conversation.currentPrompt().contains("You said this week"))
    let reply = conversation.send("Wednesday").text
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 2), "\(reply)")
    #expect(conversation.phase.question == .outcome, "\(reply)")
    // Skipped, the time said is kept.
    var kept = Conversation(today: Self.today, surface: .remote)
    _ = kept.send("hi, i had an interview this week at a bakery")
    Self.answeredUntilDay(&kept)
    #expect(kept.phase.question == .when)
    _ = kept.send("skip")
    #expect(kept.facts.when?.phrase == "this week")
    #expect(kept.phase.question == .outcome)
    // A time that names one day is not asked about again.
    var named = Conversation(today: Self.today, surface: .remote)
    _ = named.send("hi, i had an interview yesterday at a bakery")
    Self.answeredUntilDay(&named)
    #expect(named.phase.question == .outcome)
  }

  @Test("a verdict on part of it is mixed; a feeling about the person's own English is no verdict")
  func partialAndOwnEnglish() {
    #expect(
      Outcome(
        reading:
          "partly good. the case study i did well i think but i froze on the revenue recognition question"
      ) == .mixed)
    #expect(Outcome(reading: "I am not confident in writing English emails") == nil)
    #expect(Outcome(reading: "i was not good at answering the questions") == .badly)
    #expect(Outcome(reading: "im not confident it went well") == .badly)
  }
}
