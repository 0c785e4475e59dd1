import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 37 (the judged held-out 36) and answers tuning 32 typed
/// them, each read at the question it answers and carried into the note (the thirty-second
/// session's rounds).
@Suite("Answers and points read as tuning 37 typed them")
struct ReadingTuningThirtySevenTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// The person's line at the point's question, read as the note would print it.
  static func point(_ text: String) -> String? {
    InterestReader.point(from: text, context: ExtractionContext())
  }

  @Test(
    "a request to the writer closing the line is no sentence of the note",
    arguments: [
      (
        "I was part of a system migration at KCB so I know what the first month end on a new system is like, I'd like to mention that",
        "I was part of a system migration at KCB so I know what the first month end on a new system is like"
      ),
      (
        "I'm enthusiastic about it but I think human checks on title defects still matter, I'd like to say that tactfully",
        "I'm enthusiastic about it but I think human checks on title defects still matter"
      ),
      (
        "I ran the tills at Asda for six years, can you mention that somehow",
        "I ran the tills at Asda for six years"
      ),
      (
        "I have a forklift licence and I want them to know that",
        "I have a forklift licence"
      ),
    ])
  func closingRequest(_ text: String, _ kept: String) {
    let point = Self.point(text) ?? ""
    #expect(point.hasPrefix(kept), "\(point)")
    #expect(!point.lowercased().contains("mention"), "\(point)")
    #expect(!point.contains("tactfully"), "\(point)")
    #expect(!point.contains("want them"), "\(point)")
  }

  @Test("a request to the writer wrapping a clause gives the clause")
  func wrappingRequest() {
    let point =
      Self.point(
        "I finished a dbt course in the summer and built a small project with it, I want to say I can help with migration"
      )
      ?? ""
    #expect(point.hasSuffix("I can help with migration"), "\(point)")
    #expect(!point.contains("want to say"), "\(point)")
    #expect(
      Self.point("I want to say I can help with the migration") == "I can help with the migration")
    // Saying a thing of their own, not a clause, is the line as typed.
    #expect(
      Self.point("I'd like to mention my ten years on the wards")?.hasPrefix("I'd like to mention")
        == true)
  }

  @Test("a request for a manner is left out, and the reply says the line is printed as typed")
  func mannerReply() {
    let facts = Facts(
      name: PersonName(parsing: "Kadeen Bishop"),
      interviewers: [PersonName(parsing: "Tom Whitfield")].compactMap { $0 },
      company: "Irwin Mitchell", role: "Residential Property Paralegal")
    var conversation = Conversation.holding(facts, at: .interest, today: Self.today)
    conversation.answers.topic = Topic(
      text: "the team is piloting an AI tool for reviewing title documents", score: 1, kind: .plan)
    let reply = conversation.send(
      "I'm enthusiastic about it but I think human checks on title defects still matter, I'd like to say that tactfully"
    ).text
    #expect(reply.contains("left out the request to say it tactfully"), "\(reply)")
    #expect(conversation.answers.interest?.contains("tactfully") == false)
    #expect(conversation.answers.interest?.hasPrefix("I'm enthusiastic about it") == true)
  }

  @Test("a request alone is no line at all")
  func bareRequest() {
    #expect(Self.point("I'd like to mention that") == nil)
    #expect(
      WriterInstruction.mannerAsked(["i'd", "like", "to", "say", "that", "tactfully"])
        == "tactfully")
    #expect(
      WriterInstruction.closingRequest(
        in: "I'd love to help with that".split(separator: " ").map(String.init)) == nil)
    #expect(
      WriterInstruction.closingRequest(
        in: "I want to say thank you".split(separator: " ").map(String.init)) == nil)
  }

  @Test("what a thing meant to someone, or a word after 'his', puts no name right")
  func noCorrectionWithoutMeaning() {
    let facts = Facts(
      name: PersonName(parsing: "Carys Lloyd-Jones"),
      interviewers: [PersonName(parsing: "Gwen")].compactMap { $0 }, company: "Gofal Da Home Care",
      role: "home care assistant")
    let conversation = Conversation.holding(facts, at: .interest, today: Self.today)
    #expect(
      conversation.readCorrection(
        "taid went back to welsh at the end, it meant the world when his carer spoke it") == nil)
    // "i meant" still puts a name right.
    #expect(conversation.readCorrection("sorry i meant Gwyn not Gwen") != nil)
  }

  @Test("the person's fuller name, typed before 'my last name', is theirs, not the interviewer's")
  func fullerOwnName() {
    let conversation = Conversation.after(
      ["oh its liam o'hara if u need my last name"], at: .interviewer,
      holding: Facts(name: PersonName(parsing: "liam")), today: Self.today)
    #expect(conversation.facts.name?.full == "Liam O'Hara")
    #expect(conversation.facts.interviewers == nil)
    #expect(conversation.stage == .interviewer)
  }

  @Test("a title put right goes to the person it names, or whose title it set aside")
  func titleToItsPerson() {
    let facts = Facts(
      name: PersonName(parsing: "Jincy Mathew"),
      interviewers: [
        PersonName(parsing: "Sister Bernadette Fahy"), PersonName(parsing: "Mr Olumide Ajayi"),
      ].compactMap { $0 }, company: "UHCW")
    let conversation = Conversation.after(
      ["Sorry matron is Mrs not Mr, Olumide is lady"], at: .outcome, holding: facts,
      today: Self.today)
    let titles = conversation.facts.interviewers?.map(\.title)
    #expect(titles == ["Sister", "Mrs"], "\(String(describing: titles))")
  }

  @Test("a long message opening with a correction puts the company right at the discussion")
  func longCorrectionAtDiscussion() {
    let facts = Facts(
      name: PersonName(parsing: "Faith Njeri Mwangi"),
      interviewers: [PersonName(parsing: "Mr Roberto Esposito")].compactMap { $0 },
      company: "The Sofitel at Gatwick", role: "housekeeping supervisor")
    let conversation = Conversation.after(
      [
        "oh wait sorry, it was the Hilton at Heathrow Terminal 4 not the Sofitel, I have two interviews this week and I mixed them up"
      ], at: .discussion, holding: facts, today: Self.today)
    #expect(conversation.facts.company?.hasSuffix("Hilton at Heathrow Terminal 4") == true)
    // Read as a correction, not as what was discussed: no topic is offered from it.
    #expect(conversation.answers.discussion == nil)
    #expect(conversation.answers.topics.isEmpty)
  }

  @Test("a 'the' typed before a name with capitals is the name's, not before a kind of body")
  func companyArticle() {
    let reader = FactReader(today: Self.today)
    #expect(reader.answer("the Botanist in Newcastle", to: .company)?.company == "The Botanist")
    #expect(
      reader.answer("the Halden Institute for Plant Science", to: .company)?.company
        == "Halden Institute for Plant Science")
  }

  @Test(
    "a name typed family name first is signed with the name the person goes by",
    arguments: [
      ("Lee Hye-jin", "Hye-jin"), ("Huang Xiaoling", "Xiaoling"), ("Lin Yu-Ting", "Yu-Ting"),
      ("Park Ji-hoon", "Ji-hoon"), ("Lee Evans", "Lee"), ("Kim Jones", "Kim"),
      ("Wei Zhang", "Wei"), ("Ann Lee-Chin", "Ann"),
    ])
  func familyFirstSignOff(_ typed: String, _ signed: String) {
    let facts = Facts(name: PersonName(parsing: typed))
    #expect(SignOffName.signed(facts) == signed)
    // The name itself is held as typed.
    #expect(facts.name?.full == typed)
  }

  @Test("the words of a request to sign are no part of the name signed")
  func signOffRequestWords() {
    var conversation = Conversation.after(
      ["Lin Yu-Ting. but pls sign with my english name, Tiffany Lin"], at: .name,
      holding: Facts(), today: Self.today)
    #expect(SignOffName.signed(conversation.facts) == "Tiffany Lin")
    conversation = Conversation.after(
      ["Mr Đỗ the finance director. pls sign the note just Hương"], at: .interviewer,
      holding: Facts(name: PersonName(parsing: "Trần Thị Hương")), today: Self.today)
    #expect(SignOffName.signed(conversation.facts) == "Hương")
  }

  @Test("a number alone after 'at' is a time, never a company")
  func numberIsNoCompany() {
    let facts = FactReader(today: Self.today).facts(
      in:
        "hi need to send quick thank you to shift manager from warehouse interview this morning, i dont have much time i start work at 2"
    )
    #expect(facts.company == nil)
  }

  @Test("a title's word before a noun for a post names the job, not someone met")
  func titleBeforePost() {
    let facts = FactReader(today: Self.today).facts(
      in:
        "Good day. Please I had a trial shift and interview at a restaurant in Manchester on Wednesday for Chef de Partie position"
    )
    #expect(facts.interviewers == nil)
    #expect(facts.role == "Chef de Partie")
  }

  /// A conversation at the topic question after `discussion`.
  static func atTopic(_ discussion: String) -> Conversation {
    let facts = Facts(
      name: PersonName(parsing: "Delroy Grant"),
      interviewers: [PersonName(parsing: "Mr Sanjay Patel")].compactMap { $0 },
      company: "Midland Heart", role: "maintenance operative")
    var conversation = Conversation.holding(facts, at: .discussion, today: Self.today)
    conversation.facts.when = InterviewDay(reading: "wednesday", today: Self.today)
    conversation.facts.outcome = .mixed
    _ = conversation.send(discussion)
    // Asked once more for what was discussed when nothing in it could be offered, the person
    // sends it again (as bw021's did).
    if conversation.stage == .discussion { _ = conversation.send(discussion) }
    return conversation
  }

  @Test("a typed topic said just so in the discussion is taken in the person's words")
  func typedTopicVerbatim() {
    var conversation = Self.atTopic(
      "He ask me a lot about damp and mould, since Awaab's Law come in they have to fix damp quicker, within set days, and he say it's the biggest thing for them right now. Also about my 20 years as a plasterer and carpenter in Kingston and here in Birmingham"
    )
    _ = conversation.send("the damp and mould")
    #expect(conversation.answers.topic?.text == "the damp and mould")
  }

  @Test("a typed topic naming an offered one by a word its owner's form holds picks that one")
  func typedTopicByOwnerWord() {
    var conversation = Self.atTopic(
      "copy test on a supermarket brief, then we went through my book. she said they just won a pitch for a big bank's youth account campaign, launching spring, can't say which bank yet, and the juniors will get to work on it"
    )
    _ = conversation.send("the youth banking one")
    #expect(conversation.answers.topic?.text.contains("youth account campaign") == true)
    #expect(Phrase.stems("a big bank's campaign").contains("bank"))
  }

  @Test("a numbered thing before 'to' is the head the phrase goes on from")
  func numberedHead() {
    #expect(
      VouchedTopic.reading("the new route 48 to the hospital")
        == .nounPhrase("the new route 48 to the hospital"))
  }

  @Test(
    "the employer said beside who interviewed is heard, to confirm at the company question",
    arguments: [
      ("Ms Clarke the deputy manager. the home is Ashgrove Lodge btw", "Ashgrove Lodge"),
      ("Mark the shift manager at the DPD depot", "DPD"),
      ("dave (transport manager) at stagecoach", "Stagecoach"),
    ])
  func employerBeside(_ text: String, _ company: String) {
    let facts = FactReader(today: Self.today).answer(text, to: .interviewer)
    #expect(facts?.company == company)
    #expect(facts?.interviewers?.isEmpty == false)
  }

  @Test(
    "where a site is, or when someone spoke, is no employer",
    arguments: [
      "Mr Steve Hardcastle, he is Operations Manager at Swindon depot",
      "dana patel and raj mehta, raj didnt really say much at first",
    ])
  func noEmployer(_ text: String) {
    let facts = FactReader(today: Self.today).answer(text, to: .interviewer)
    #expect(facts?.company == nil)
  }
}
