import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 39 (the judged held-out 38) typed them, each read at the
/// question it answers (the thirty-fourth session's rounds).
@Suite("Answers read as tuning 39 typed them")
struct ReadingTuningThirtyNineTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// A conversation at `question` holding a name, the interviewers and, unless it is asked, a
  /// company and a role.
  static func asking(
    _ question: Question, name: String = "Farai Ncube", interviewers: [String] = ["Mr Reeves"],
    company: String? = "Primark"
  ) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(parsing: name),
      interviewers: question == .interviewer
        ? nil : interviewers.compactMap { PersonName(parsing: $0) },
      company: question == .company ? nil : company,
      role: question == .role || question == .company ? nil : "Store Detective")
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "a wish about the sign-off opened by 'also' signs with the name, never 'Also'",
    arguments: [
      (
        Question.interviewer, "Farai Ncube",
        "Also, please sign it as F. Ncube, that is how I sign everything for work", "F. Ncube"
      ),
      (
        Question.company, "Konstantinos Papadopoulos",
        "oh also, sign it Kostas, thats what everyone calls me", "Kostas"
      ),
    ])
  func alsoOpensSignOff(_ question: Question, _ name: String, _ text: String, _ signed: String) {
    var conversation = Self.asking(question, name: name)
    let reply = conversation.send(text).text
    #expect(reply.contains("I'll sign the note as \(signed)."), "\(reply)")
    #expect(conversation.phase.question == question, "\(reply)")
  }

  @Test("a clause of nothing but the words that open speech gives no value")
  func openersAreNoValue() {
    #expect(CorrectionReader.clean("Also") == "")
    #expect(CorrectionReader.clean("oh also") == "")
    // A word typed in capitals is a name's, never "hm".
    #expect(CorrectionReader.clean("HM") == "HM")
  }

  @Test("'I actually care' weighs the verb: the person's line at a later question is no correction")
  func actuallyAsIntensifier() {
    let conversation = Self.asking(.interest, company: "Tayto")
    #expect(
      conversation.readCorrection(
        "Grew up on Tayto cheese & onion, would love to be part of something that big for a brand I actually care about"
      ) == nil)
    // "it's actually" and "i actually meant" still put a value right.
    #expect(conversation.readCorrection("sorry it's actually Tayto Snacks") != nil)
  }

  @Test("'the head gardener' in the opening is a job, not someone called Gardener")
  func modifyingJobWord() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "hi there, wanting to drop a card in to the head gardener after an interview on monday, can you help me word it"
    )
    #expect(conversation.facts.interviewers == nil)
    var chef = Conversation(today: Self.today, surface: .remote)
    _ = chef.send("i met the head chef Tommy Reyes yesterday and want to thank him")
    #expect(chef.facts.interviewers?.map(\.full) == ["Tommy Reyes"])
    var customer = Conversation(today: Self.today, surface: .remote)
    _ = customer.send("i want to send a follow up email to the head of customer success")
    #expect(customer.facts.interviewers == nil)
  }

  @Test(
    "a count said alone before the names ('two person.') names no one",
    arguments: [
      ("two person. Gary he is shift manager, and Claire from HR", ["Gary", "Claire"]),
      ("two person. Gary and Claire", ["Gary", "Claire"]),
      ("3 ppl - Ana, Ben and Cy", ["Ana", "Ben", "Cy"]),
    ])
  func countAlone(_ text: String, _ names: [String]) {
    #expect(PeopleAnswer.read(text).map(\.full) == names)
  }

  @Test("someone forgotten is added, whatever the person goes on to say of them")
  func forgottenInterviewer() {
    var conversation = Self.asking(.outcome, interviewers: ["Mr Harold Kerr"])
    let reply = conversation.send(
      "oh wait I forgot there was a woman from HR too, Deirdre, she asked most of the questions actually"
    ).text
    #expect(
      conversation.facts.interviewers?.map(\.full) == ["Mr Harold Kerr", "Deirdre"], "\(reply)")
    #expect(conversation.phase.question == .outcome, "\(reply)")
  }

  @Test("a remark on the person's own English in the opening says nothing of how it went")
  func ownEnglishIsNoVerdict() {
    #expect(
      Outcome(
        readingIncidental:
          "Hello. I had interview for warehouse job and agency lady say I should send thank you email. Can you help me write it, my english writing is not so good"
      ) == nil)
    #expect(Outcome(readingIncidental: "the pay is good and i had an interview") == nil)
    // A part of the interview, or a pronoun for it, is still judged.
    #expect(
      Outcome(
        readingIncidental:
          "whiteboard challenge went sideways but the convo at the end was great. want to send jake something"
      ) == .mixed)
    #expect(
      Outcome(readingIncidental: "had my interview yesterday, i think it was really good") == .well)
  }

  @Test("one part judged well, then another judged otherwise, is a mixed verdict")
  func partsJudgedApart() {
    #expect(
      Outcome(
        reading:
          "trial was good, he ate my dessert and he nodded. interview part so-so because i could not explain well"
      ) == .mixed)
    #expect(Outcome(reading: "it was good, the last question was bad though") == .well)
  }

  @Test("'the head of post' is whom the note is for; the role is the 'assistant editor interview'")
  func headOfIsNoRole() {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(
      "Hi there, I'd like to follow up with the head of post after an assistant editor interview")
    #expect(conversation.facts.role?.lowercased() != "head of")
    var role = Conversation(today: Self.today, surface: .remote)
    _ = role.send("it was for a head of fundraising role")
    #expect(role.facts.role == "head of fundraising")
  }

  @Test(
    "a channel set aside or denied is not the choice",
    arguments: [
      ("linkedin? no actually email, I don't have Martin on LinkedIn", Channel.email),
      ("i dont have linkedin so email", .email),
      ("not linkedin, email", .email),
      ("no wait, a card", .card),
      ("linkedin, we're connected already", .linkedin),
      ("text, he gave me his work mobile", .text),
    ])
  func channelSetAside(_ text: String, _ channel: Channel) {
    #expect(Channel(reading: text) == channel)
  }

  @Test("a surname given for one of two people, then the greeting asked for, is theirs")
  func surnameThenGreeting() {
    var conversation = Self.asking(
      .outcome, name: "Wenjing Li", interviewers: ["Dr Sarah Okonkwo", "Pete"],
      company: "University of Bristol")
    let reply = conversation.send(
      "sorry Pete surname is Ashworth. should I write Mr Ashworth? yes maybe use Mr Ashworth because I write Dr for her"
    ).text
    let people = conversation.facts.interviewers ?? []
    #expect(people.map(\.full) == ["Dr Sarah Okonkwo", "Pete Ashworth"], "\(reply)")
    #expect(people.last?.greetAs == "Mr Ashworth", "\(reply)")
    #expect(people.first?.greetAs == nil, "\(reply)")
    #expect(
      reply.hasPrefix(
        "Got it: you met Dr Sarah Okonkwo and Pete Ashworth, and the note will greet Pete Ashworth as Mr Ashworth."
      ), "\(reply)")
    // Said alone, the surname is that person's, not the first person's.
    var alone = Self.asking(.outcome, interviewers: ["Dr Sarah Okonkwo", "Pete"])
    _ = alone.send("sorry Pete surname is Ashworth")
    #expect(alone.facts.interviewers?.map(\.full) == ["Dr Sarah Okonkwo", "Pete Ashworth"])
  }
}
