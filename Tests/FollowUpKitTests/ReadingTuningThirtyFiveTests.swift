import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 35 (the judged held-out 34) and answers tuning 30 typed
/// them, each read at the question it answers: what the person meant there, not the words a
/// template expects (the thirtieth session's reading rounds).
@Suite("Answers read as tuning 35 typed them")
struct ReadingTuningThirtyFiveTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// A conversation at `question`, holding `facts`, after `texts` in turn.
  static func answered(_ texts: [String], at question: Question, facts: Facts = Facts())
    -> Conversation
  {
    Conversation.after(texts, at: question, holding: facts, today: today)
  }

  static let held = Facts(
    name: PersonName(parsing: "Blessing Chiwenga"),
    interviewers: [PersonName(parsing: "Mr Richard Bishop")].compactMap { $0 },
    company: "First Kernow", role: "PCV bus driver")

  @Test("a remark on the old value after 'i wrote' names no new one; the sentence after does")
  func remarkOnOld() {
    let conversation = Self.answered(
      [
        "Sorry I wrote First Kernow, that was my interview last year. This one is Go Cornwall Bus"
      ], at: .when, facts: Self.held)
    #expect(conversation.facts.company == "Go Cornwall Bus")
    #expect(conversation.facts.role == "PCV bus driver")
  }

  @Test(
    "words that only take part of a held value, marked by nothing but 'not', put nothing right",
    arguments: [
      (
        "asked why credit union not bank. she talked about the payday loan problem in the area. "
          + "asked about cash handling", Question.discussion
      )
    ])
  func partOfHeld(_ text: String, _ question: Question) {
    var facts = Self.held
    facts.company = "Lewisham Plus Credit Union"
    let conversation = Self.answered([text], at: question, facts: facts)
    #expect(conversation.facts.company == "Lewisham Plus Credit Union")
    #expect(conversation.stage != .discussion)
  }

  @Test("a verb of change after a modal with another subject asks nothing to be changed")
  func modalChange() {
    var facts = Self.held
    facts.company = "Theatr Clwyd"
    let conversation = Self.answered(
      [
        "my little cousins only ever see welsh in school, never online, and i think thats why "
          + "they think its uncool. theatre could change that"
      ], at: .interest, facts: facts)
    #expect(conversation.facts.company == "Theatr Clwyd")
    #expect(
      CorrectionReader.isCue(
        CorrectionReader.words("can you change the company"), at: 2))
  }

  @Test(
    "a word re-spelled inside the answer mends that word; a value said again whole stands once",
    arguments: [
      ("theatre clwyd, i mean Theatr, autocorrect", Question.company, "Theatr Clwyd"),
      ("Cafe Nero. no wait Caffè Nero, they spell it with two fs", .company, "Caffè Nero"),
      ("letting negotiator sorry, lettings negotiator", .role, "lettings negotiator"),
    ])
  func respelled(_ text: String, _ question: Question, _ value: String) {
    let conversation = Self.answered([text], at: question, facts: Self.held)
    let read = question == .company ? conversation.facts.company : conversation.facts.role
    #expect(read == value, "\(text)")
  }

  @Test("'sorry' before a family name re-spelled keeps the person and their title")
  func sorryRespelling() {
    let people = PeopleAnswer.read("mrs adeyemi, sorry adeyemi-cole")
    #expect(people.map(\.full) == ["Mrs Adeyemi-Cole"])
    // Someone else after "sorry" is not a re-spelling.
    #expect(PeopleAnswer.selfCorrectionLength("sorry kemi", after: people.first) == nil)
  }

  @Test("a name and a job word typed twice at the interviewer question are the name and the job")
  func nameAndJobTwice() {
    let conversation = Self.answered(
      ["Tony supervisor", "Tony supervisor"], at: .interviewer,
      facts: Facts(name: PersonName(parsing: "Shahid")))
    #expect(conversation.facts.interviewers?.map(\.full) == ["Tony"])
    #expect(conversation.facts.interviewers?.first?.job == "supervisor")
  }

  @Test("a word before a function's name after 'from' is a team, not the employer")
  func teamAfterFrom() {
    #expect(
      EmployerOfInterviewer.company(
        in: "gethin (head of comms) and anwen price from audience development") == nil)
    #expect(EmployerOfInterviewer.company(in: "jen from costa") == "Costa")
  }

  @Test("someone else's email signature is where a name was found, not a sign-off")
  func foundInSignature() {
    let facts = Facts(
      name: PersonName(parsing: "Dragana Petrović"),
      interviewers: [PersonName(parsing: "Dr Nowak")].compactMap { $0 }, company: "Mydentist")
    let conversation = Self.answered(
      [
        "Small thing, I just checked her email signature and it's Dr Nowak-Ellis, double "
          + "barrelled. Please use that"
      ], at: .discussion, facts: facts)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Dr Nowak-Ellis"])
    // Not taken for what came up in the interview.
    #expect(conversation.topics.isEmpty)
  }

  @Test("a name made longer is the person's; the firm named after them keeps its name")
  func firmKeepsName() {
    let facts = Facts(
      name: PersonName(parsing: "Ifeoluwa Ogunleye"),
      interviewers: [PersonName(parsing: "Mrs Funmilayo Adebayo")].compactMap { $0 },
      company: "Adebayo+Partners Architects")
    let conversation = Self.answered(
      ["Sorry, I just checked her email signature, it is Mrs Funmilayo Adebayo-Ogun"],
      at: .channel, facts: facts)
    #expect(conversation.facts.interviewers?.first?.family == "Adebayo-Ogun")
    #expect(conversation.facts.company == "Adebayo+Partners Architects")
  }

  @Test(
    "at the name question a reply that opens with a name is the name, whatever it asks after it",
    arguments: [
      (
        "seán ó briain. can you sign it Sean without the accent tho, some email systems mess it up",
        "Seán Ó Briain"
      ),
      ("Władysław Kowalczyk-Nowak, but the note can just say Władek", "Władysław Kowalczyk-Nowak"),
      (
        "Sure - its Wanjiru Kamau-Otieno. Mrs if that matters but just wanjiru on the note is fine",
        "Wanjiru Kamau-Otieno"
      ),
    ])
  func nameFirst(_ text: String, _ name: String) {
    let conversation = Self.answered([text], at: .name)
    #expect(conversation.facts.name?.full == name, "\(text)")
    #expect(conversation.stage == .interviewer, "\(text)")
    // A verdict on the note is none on the interview.
    #expect(conversation.facts.outcome == nil, "\(text)")
  }

  @Test(
    "'change the role to X' and 'scratch the junior in the role, its just X' set the role to X",
    arguments: [
      (
        "tuesday morning. also can u change the role to Trainee Solicitor, i put paralegal by "
          + "mistake", "Paralegal", "Trainee Solicitor"
      ),
      (
        "thursday just gone. and scratch the junior in the role, its just data analyst",
        "Junior Data Analyst", "data analyst"
      ),
    ])
  func roleChanged(_ text: String, _ held: String, _ role: String) {
    var facts = Self.held
    facts.role = held
    let conversation = Self.answered([text], at: .when, facts: facts)
    #expect(conversation.facts.role == role, "\(text)")
    #expect(conversation.facts.when != nil, "\(text)")
  }

  @Test(
    "how it went, said beside a correction, is taken with it",
    arguments: [
      (
        "meh. some bits good some bits bad. also typo in my name, its Petrović with the ć",
        Outcome.mixed
      ),
      (
        "not great, i was 15 min late cos of the trains and flustered the whole time. also the "
          + "date was wrong, it was thursday not wednesday", .badly
      ),
      (
        "quite well actually, the panel seemed happy with my answers. sorry just noticed, its "
          + "band 6 not band 5", .well
      ),
    ])
  func verdictBeside(_ text: String, _ outcome: Outcome) {
    var facts = Self.held
    facts.name = PersonName(parsing: "Dragana Petrovic")
    facts.role = "Band 5 Staff Nurse"
    facts.when = InterviewDay(reading: "wednesday", today: Self.today)
    let conversation = Self.answered([text], at: .outcome, facts: facts)
    #expect(conversation.facts.outcome == outcome, "\(text)")
    // Owning up to a slip is no verdict.
    let slip = Self.answered(["my bad, the date was the 19th"], at: .outcome, facts: facts)
    #expect(slip.facts.outcome == nil)
  }

  @Test("a role beside a correction set off by a dash; a day phrase opening on 'day' is the day")
  func dashAndDay() {
    var facts = Self.held
    facts.name = PersonName(parsing: "Sian Hughes")
    facts.role = nil
    let role = Self.answered(
      [
        "trainee solicitor — and scratch what i put before, my first name is spelled Siân not "
          + "Sian"
      ], at: .role, facts: facts)
    #expect(role.facts.role == "trainee solicitor")
    #expect(role.facts.name?.full == "Siân Hughes")
    var named = Self.held
    named.name = PersonName(parsing: "Zoe Hartmann")
    let day = Self.answered(
      ["day before yesterday. and my name should have the dots, Zoë"], at: .when, facts: named)
    #expect(day.facts.when?.date?.iso == "2026-12-03")
  }

  @Test(
    "a pause that asks something back, or only goes to look something up, is no answer",
    arguments: [
      ("hang on which one? i had two this week", Question.company),
      ("hmm let me check the job ad, one sec", .role),
    ])
  func pauses(_ text: String, _ question: Question) {
    #expect(AwayAside.answer(in: text) == "", "\(text)")
    var facts = Self.held
    facts.company = nil
    facts.role = nil
    let conversation = Self.answered([text], at: question, facts: facts)
    #expect(conversation.facts == facts, "\(text)")
    #expect(conversation.phase == .asking(question), "\(text)")
  }

  @Test("the Filipino 'dela' opens a family name, which the greeting keeps whole")
  func dela() {
    #expect(PersonName(parsing: "mr dela cruz")?.formal == "Mr Dela Cruz")
    #expect(PersonName(parsing: "Cristina dela Cruz")?.informal == "Cristina")
  }

  @Test(
    "at the role question a title is read past a hedge and a workplace word before its noun",
    arguments: [
      ("something like operations coordinator i think", "operations coordinator"),
      (
        "call centre agent, but they said i could move up to team lead after probation",
        "call centre agent"
      ),
      ("call centre advisor", "call centre advisor"),
    ])
  func roleAnswers(_ text: String, _ role: String) {
    var facts = Self.held
    facts.role = nil
    let conversation = Self.answered([text], at: .role, facts: facts)
    #expect(conversation.facts.role == role, "\(text)")
  }

  @Test("the way in to an employer is no part of its name")
  func throughCompany() {
    var facts = Self.held
    facts.company = nil
    let conversation = Self.answered(
      [
        "glasgow city council - ach no scratch that, it was through glasgow life, the councils "
          + "arms length thing"
      ], at: .company, facts: facts)
    #expect(conversation.facts.company == "Glasgow Life")
  }

  @Test(
    "a value of several words set against an old one is read whole, past its source",
    arguments: [
      (
        "sorry the job title is Route Planning Analyst not route planner", "route planner",
        "Route Planning Analyst"
      ),
      (
        "Sorry, before I answer, I realised the job title is wrong, the advert says Research "
          + "Associate not Assistant. Please use that.", "Research Assistant",
        "Research Associate"
      ),
    ])
  func wholeValue(_ text: String, _ held: String, _ role: String) {
    var facts = Self.held
    facts.role = held
    let conversation = Self.answered([text], at: .discussion, facts: facts)
    #expect(conversation.facts.role == role, "\(text)")
  }

  @Test("a verdict cut in two halves is mixed", arguments: ["half good half not", "half half"])
  func halves(_ text: String) {
    #expect(Outcome(reading: text) == .mixed, "\(text)")
  }
}
