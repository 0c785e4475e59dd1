import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A greeting or a sign-off prints only what can be vouched for as a person's name; a company
/// correction finds its target and keeps only the company's words. Each mechanism has sentences
/// of its own, worded unlike the tuning sets', that it must handle, and some it must leave alone.
@Suite("Vouched names")
struct VouchedNameTests {
  /// Drives a whole conversation, answering whatever is asked from `answers`, and returns it
  /// at the first draft.
  static func drafted(
    _ opening: String, _ answers: [Stage: String], channel: String = "email"
  ) -> Conversation {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    _ = conversation.send(opening)
    var turns = 0
    while conversation.note == nil, turns < 30 {
      turns += 1
      let stage = conversation.stage
      if stage == .draft || stage == .done { break }
      let fallback: String =
        switch stage {
        case .topic: "yes"
        case .channel: channel
        case .discussion: "they are opening a new depot in Leeds in the spring"
        default: "skip"
        }
      _ = conversation.send(answers[stage] ?? fallback)
    }
    return conversation
  }

  static func greeting(_ conversation: Conversation) -> String {
    conversation.note?.body.split(separator: "\n").first { !$0.hasPrefix("Subject:") }
      .map(String.init) ?? ""
  }

  static func signature(_ conversation: Conversation) -> String {
    conversation.note?.body.split(separator: "\n").last.map(String.init) ?? ""
  }

  // MARK: (a) a greeting is built from a vouched name only

  @Test(
    "a title, a rank or a job beside the name is set apart from it",
    arguments: [
      // A job before the name, in lower case.
      ("night manager Priya", "Hi Priya,", "text"),
      // A rank said as a title keeps the family name.
      ("Inspector Dave Rowe", "Dear Inspector Rowe,", "email"),
      // A job glued after the name.
      ("Ms Tanya Reid store manager", "Dear Ms Reid,", "email"),
      // A title said twice is one title.
      ("Mr Mr Okonjo", "Dear Mr Okonjo,", "email"),
      // A name with its job before it in capitals.
      ("Deputy Head Sarah Quinn", "Dear Sarah", "email"),
    ])
  func greetingFromName(_ answer: String, _ expected: String, _ channel: String) {
    let conversation = Self.drafted(
      "had an interview yesterday, can you help with a thank you",
      [.name: "Kim Baxter", .interviewer: answer, .company: "Northgate Foods"], channel: channel)
    #expect(Self.greeting(conversation).hasPrefix(expected), "\(conversation.note?.body ?? "")")
  }

  @Test(
    "names that are words, titles or particles are left as the person gave them",
    arguments: [
      ("Will Young", "Hi Will,", "text"),
      ("Carl from finance", "Hi Carl,", "text"),
      ("Mrs Ní Bhriain", "Dear Mrs Ní Bhriain,", "email"),
      ("Mark Lord", "Hi Mark,", "text"),
    ])
  func namesLeftAlone(_ answer: String, _ expected: String, _ channel: String) {
    let conversation = Self.drafted(
      "had an interview yesterday, can you help with a thank you",
      [.name: "Kim Baxter", .interviewer: answer, .company: "Northgate Foods"], channel: channel)
    #expect(Self.greeting(conversation) == expected, "\(conversation.note?.body ?? "")")
  }

  @Test("the reader sets a job apart from a name, and a title alone is no one")
  func readerParts() throws {
    let darren = try #require(
      VouchedName.vouched(PersonName(given: "shift", family: "manager Darren")))
    #expect(darren.full == "Darren")
    #expect(darren.job == "shift manager")
    #expect(VouchedName.vouched(PersonName(given: "Sergeant")) == nil)
    #expect(VouchedName.vouched(PersonName(given: "M.")) == nil)
    #expect(VouchedName.vouched(PersonName(given: "HPLC")) == nil)
    let pryce = try #require(
      VouchedName.vouched(PersonName(title: "Mr", given: "Gareth", family: "Pryce work coach")))
    #expect(pryce.formal == "Mr Pryce")
    // An initial inside a name is kept; the note greets by the title and family name.
    let raghavan = try #require(PeopleAnswer.read("Mr. S. Raghavan, Project Manager").first)
    #expect(raghavan.formal == "Mr Raghavan")
  }

  @Test("with no name held the note says hello, never 'Hi Hiring Manager'")
  func plainForm() {
    let text = Self.drafted(
      "had an interview yesterday, can you help with a thank you",
      [
        .name: "Kim Baxter", .interviewer: "no idea, the duty manager", .company: "Northgate Foods",
      ],
      channel: "text")
    #expect(Self.greeting(text) == "Hello,", "\(text.note?.body ?? "")")
    let email = Self.drafted(
      "had an interview yesterday, can you help with a thank you",
      [.name: "Kim Baxter", .interviewer: "no idea, the duty manager", .company: "Northgate Foods"])
    // A post is no name the person gave (read11: a blind judge read "Dear Supervisor," as a
    // name lost): a letter says hello too.
    #expect(Self.greeting(email) == "Hello,", "\(email.note?.body ?? "")")
  }

  // MARK: (b) a sign-off is the vouched name or what was asked

  @Test(
    "a rank, a pronoun or a nationality is never the sign-off",
    arguments: [
      // The form asked for after a rank.
      ("Sgt Paul Onyango, just Paul Onyango on it", "Paul Onyango"),
      // A pronoun before the name: signed with the given name (`SignOffName`).
      ("me is Ana Lima", "Ana"),
      // A rank as a title.
      ("Corporal Jamie Fraser", "Jamie"),
    ])
  func signOff(_ answer: String, _ expected: String) {
    let conversation = Self.drafted(
      "hello, I had an interview on Monday",
      [.name: answer, .interviewer: "Dana Patel", .company: "Acme"])
    #expect(Self.signature(conversation) == expected, "\(conversation.note?.body ?? "")")
  }

  @Test("'I am' and a people's name in an opening says where the person is from")
  func nationalityIsNoName() {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    _ = conversation.send("hi I am polish, my english is not perfect, interview yesterday")
    #expect(conversation.facts.name == nil)
    #expect(conversation.stage == .name || conversation.stage == .occasion)
  }

  @Test(
    "a professional title and a particle stay in the sign-off",
    arguments: [
      ("Dr Mariam Abdelrahman", "Dr Mariam Abdelrahman"), ("Jerome dela Cruz", "Jerome dela Cruz"),
    ])
  func signOffLeftAlone(_ answer: String, _ expected: String) throws {
    // Signed in full when the person asks for it (by default the given name, `SignOffName`).
    let conversation = Self.drafted(
      "hello, I had an interview on Monday",
      [.name: answer, .interviewer: "Dana Patel", .company: "Acme"])
    let name = try #require(conversation.facts.name)
    #expect(SignOffName.signature(for: name, wished: nil, inFull: true) == expected)
    #expect(Self.signature(conversation) == name.given, "\(conversation.note?.body ?? "")")
  }

  // MARK: (c) a correction finds its target and keeps the company's words

  @Test(
    "a company changed in the answer itself, or respelled everywhere, or with a remark after it",
    arguments: [
      // A change of mind inside the answer to the company question.
      (["Costa... no sorry, it is Caffè Nero"], "Caffè Nero"),
      // A respelled word, fixed in the company as well as in the name.
      (["Loyd Removals", "sorry, the name is Lloyd not Loyd"], "Lloyd Removals"),
      // A remark in lower case after the corrected name.
      (["Greenway", "actually the company is Greenway Logistics ha"], "Greenway Logistics"),
    ])
  func companyCorrections(_ replies: [String], _ expected: String) {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    for message in ["had an interview yesterday", "Kim Baxter", "Mr Tom Loyd"] + replies {
      _ = conversation.send(message)
    }
    #expect(conversation.facts.company == expected)
  }

  @Test("where the person is from is not the employer")
  func originIsNoCompany() {
    let facts = FactReader(today: Fixture.today).facts(
      in: "hi i am from Kerala, interview was on teams with Ms Shah")
    #expect(facts.company == nil)
  }

  @Test(
    "a company in lower case where nothing has capitals, and a change of mind at how it went, are left alone",
    arguments: [
      ("sorry its greenway logistics", "greenway logistics"),
      ("i mean it was fine", nil),
    ])
  func companyLeftAlone(_ message: String, _ expected: String?) {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    for text in [
      "had an interview yesterday", "Kim Baxter", "Dana Patel", "Greenway", "skip", "skip", message,
    ] {
      _ = conversation.send(text)
    }
    if let expected {
      #expect(conversation.facts.company?.lowercased() == expected)
    } else {
      #expect(conversation.facts.company == "Greenway")
    }
  }

  @Test(
    "a verb of changing is a correction only when what it changes is a fact",
    arguments: [
      // Told of the interview: the verb's object is no fact.
      ("how to change a barrel, cash handling, and Sue said they start quiz nights", false),
      ("she asked how I would fix a leaking tap on a busy shift", false),
      ("we talked about how to update a rota when someone calls in sick", false),
      // Left alone: the object is a fact, or the message itself.
      ("can you change her name to Susan Clarke", true),
      ("change the company to Fox and Hounds Inn", true),
    ])
  func changingVerbs(_ text: String, _ isCorrection: Bool) {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    conversation.answers.facts = Facts(
      name: PersonName(parsing: "Kim Baxter"), interviewers: [PersonName(given: "Sue")],
      company: "The Fox")
    #expect((conversation.readCorrection(text) != nil) == isCorrection, "\(text)")
  }

  @Test(
    "a company said again in full at a later question is the company, by its resemblance",
    arguments: [
      // No correction word: the first word held, said more fully.
      ("its Harlow Reed Partners on the letterhead", "Harlow Reed Partners"),
      // Beside a remark the reader cannot use.
      (
        "one thing, it's Brightwell and Sons Bakery, the old name is gone",
        "Brightwell and Sons Bakery"
      ),
      ("the proper name is Harlow Reed Chartered Surveyors btw", "Harlow Reed Chartered Surveyors"),
      // Left alone: the name held said shorter, or a place sharing only its first word.
      ("it's Harlow Reed that are expanding", nil),
      ("it's Brightwell Park where they are opening", nil),
    ])
  func restatedCompany(_ text: String, _ expected: String?) {
    let held = text.contains("Brightwell") ? "Brightwell & Sons" : "Harlow Reed"
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    conversation.answers.facts = Facts(
      name: PersonName(parsing: "Kim Baxter"), interviewers: [PersonName(given: "Sue")],
      company: held)
    let correction = conversation.readCorrection(text)
    if let expected {
      #expect(correction == .company(expected), "\(text)")
    } else {
      #expect(correction == nil, "\(text)")
    }
  }
}
