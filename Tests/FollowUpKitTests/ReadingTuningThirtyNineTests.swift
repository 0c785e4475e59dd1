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

  // MARK: - Answers tuning 34

  /// A conversation at `question` with one interviewer held with a job.
  static func withJob(
    _ question: Question, _ person: String, job: String, company: String? = nil,
    role: String? = nil
  ) -> Conversation {
    var conversation = Self.asking(question, name: "Emeka Nwachukwu", interviewers: [person])
    var people = conversation.answers.facts.interviewers ?? []
    if !people.isEmpty { people[0].job = job }
    conversation.answers.facts.interviewers = people
    conversation.answers.facts.company = company
    conversation.answers.facts.role = role
    return conversation
  }

  @Test("'sign the note as Lena, not Eleni' signs Lena, never 'Note'")
  func signAsNotOld() {
    let first = CorrectionReader.changes(in: "can you sign the note as Lena, not Eleni").first
    #expect(first?.new == "Lena")
    #expect(first?.old == "Eleni")
    var conversation = Self.asking(.interviewer, name: "Eleni Georgiou")
    let reply = conversation.send(
      "Dimitra Alexiou (features editor) & Nick who's the news desk lead. oh and can you sign the note as Lena, not Eleni"
    ).text
    #expect(reply.contains("I'll sign the note as Lena."), "\(reply)")
    // A form sharing no word with the name is still how to sign, when the note is signed; a
    // signing told of the interview signs nothing.
    var other = Self.asking(.company, name: "Eleni Georgiou")
    let said = other.send("oh and can you sign the note as Lena").text
    #expect(said.hasPrefix("Got it: I'll sign the note as Lena."), "\(said)")
    let wanting = Self.asking(.discussion, name: "Ha-eun Lee")
    #expect(
      wanting.nameWishCorrection(
        "Marcus talked about wanting to sign more artists from Asia for the UK market") == nil)
  }

  @Test("the job held for someone met, set aside, is the job put right; the name stays")
  func jobPutRight() {
    var conversation = Self.withJob(.company, "Mr Idowu", job: "security supervisor")
    let reply = conversation.send(
      "arriva. sorry Mr Idowu is actually the depot manager not security supervisor, got mixed up"
    ).text
    #expect(conversation.facts.interviewers?.first?.full == "Mr Idowu", "\(reply)")
    #expect(conversation.facts.interviewers?.first?.job == "depot manager", "\(reply)")
    #expect(reply.hasPrefix("Got it: Mr Idowu is the depot manager."), "\(reply)")
    #expect(conversation.facts.company == "Arriva", "\(reply)")
    // "the role is ... not store manager" speaks of the role, whatever job someone met holds.
    var role = Self.withJob(
      .when, "Carmen", job: "store manager", company: "Zara", role: "store manager")
    let said = role.send(
      "oh also the role is actually assistant manager not store manager, my bad. interview was friday"
    ).text
    #expect(role.facts.role == "assistant manager", "\(said)")
    #expect(role.facts.interviewers?.first?.job == "store manager", "\(said)")
  }

  @Test("a firm named like a job held ('Partners' beside a partner) is the company")
  func firmLikeJob() {
    var conversation = Self.withJob(.role, "Mr Dunmore", job: "partner", company: "Dunmore Hale")
    let reply = conversation.send(
      "the firm is actually called Dunmore Hale Partners, i had it wrong. role: trainee solicitor"
    ).text
    #expect(conversation.facts.company == "Dunmore Hale Partners", "\(reply)")
    #expect(conversation.facts.interviewers?.first?.full == "Mr Dunmore", "\(reply)")
  }

  @Test("asking what the question means is a question, not a name; an answer after it counts")
  func whatDoYouMean() {
    var conversation = Self.asking(.interviewer)
    _ = conversation.send(
      "wait what do you mean by interviewer, like the recruiter or the actual people?")
    #expect(conversation.facts.interviewers == nil)
    #expect(conversation.phase.question == .interviewer)
    #expect(
      !MessageText.isQuestion("what do you mean, like the job title? it was for care assistant"))
  }

  @Test("'ignore shirin, ... it was Shahrzad' renames Shirin; the company is read beside it")
  func ignoreThenRestate() {
    var conversation = Self.asking(.company, name: "Parisa Ahmadi", interviewers: ["Shirin"])
    let reply = conversation.send(
      "hold on, ignore shirin, i checked the email and it was Shahrzad. company is bristol city council"
    ).text
    #expect(conversation.facts.interviewers?.map(\.full) == ["Shahrzad"], "\(reply)")
    #expect(conversation.facts.company == "Bristol City Council", "\(reply)")
  }

  @Test("a name typed with capitals keeps its last word, even one that is a cue ('Home Instead')")
  func nameRunKept() {
    var conversation = Self.asking(.role, company: "Home Instead")
    let reply = conversation.send(
      "home care assistant. oh and i got the company wrong, it's Helping Hands not Home Instead, been applying to both lol"
    ).text
    #expect(conversation.facts.company == "Helping Hands", "\(reply)")
  }

  @Test("'is it ok if i dont say?' at the company question says nothing of how it went")
  func askingLeaveIsNoVerdict() {
    var conversation = Self.asking(.company)
    _ = conversation.send(
      "is it ok if i dont say? its a small firm and i dont want it to be obvious")
    #expect(conversation.facts.outcome == nil)
    #expect(conversation.facts.company == nil)
  }

  @Test("a remark opened by a denial names no one; a remark on a letter still respells")
  func denialNamesNoOne() {
    #expect(
      PeopleAnswer.read("mr summers and mrs bishop (no relation haha)").map(\.full) == [
        "Mr Summers", "Mrs Bishop",
      ])
    var conversation = Self.asking(.interviewer)
    _ = conversation.send("sarah? or sara. no h maybe. she runs the bakery counter")
    #expect(conversation.facts.interviewers?.first?.given == "Sarah")
  }

  @Test("a day named by its number beats a span counted back near it")
  func numberedDayWins() {
    let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today
    #expect(
      InterviewDay(reading: "about 2 weeks ago, the 19th i think", today: today)?.date
        == CivilDate(year: 2026, month: 11, day: 19))
    #expect(
      InterviewDay(reading: "a week ago today", today: today)?.date
        == CivilDate(year: 2026, month: 11, day: 28))
  }

  @Test("a company named after 'called' is the answer, whatever remark follows")
  func calledNamesIt() {
    var conversation = Self.asking(.company)
    _ = conversation.send(
      "its a startup called nuvaro labs, like 12 people in a shared office in shoreditch, they do software for vets i think"
    )
    #expect(conversation.facts.company == "Nuvaro Labs")
  }

  @Test("'it was her deputy mr seun akande' names Mr Seun Akande, described as the deputy")
  func describedBeforeTitle() {
    var conversation = Self.withJob(
      .role, "Mrs Adebayo-Williams", job: "head teacher", company: "Greensprings School")
    let reply = conversation.send(
      "scratch that, it wasnt mrs adebayo-williams, it was her deputy mr seun akande. role is year 4 class teacher"
    ).text
    #expect(conversation.facts.interviewers?.map(\.full) == ["Mr Seun Akande"], "\(reply)")
    // Two titled people stay two.
    var pair = Self.asking(.role, interviewers: ["Mrs Hassan"])
    _ = pair.send("the interview was with Mr and Mrs Hassan actually, both of them")
    #expect(pair.facts.interviewers?.count == 2)
  }
}
