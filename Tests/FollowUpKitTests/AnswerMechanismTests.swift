import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Mechanisms found by the judge of tuning set 3: an opening's greeting is never a name, a
/// clause is never a corrected company, and the channel question has no dead end.
@Suite("Answers read by mechanism")
struct AnswerMechanismTests {
  static let today = CivilDate(year: 2026, month: 11, day: 30) ?? Fixture.today

  @Test(
    "an opening's greeting, and the words addressing the listener, are never the name",
    arguments: [
      "good afternoon pls can you help me write a thank you for my interview",
      "hello po, can you help me make thank you letter",
      "Good evening sir, I need a thank you note",
      "Howzit! had interview yesterday at Shoprite for cashier, need a thank you msg",
      "howya, i had an interview with Mary at Tesco today",
      "G'Day mate, interview done at Bunnings this arvo",
    ])
  func greetingIsNoName(_ text: String) {
    var conversation = Conversation(today: Self.today, surface: .remote)
    _ = conversation.send(text)
    #expect(conversation.facts.name == nil)
    #expect(conversation.stage == .name)
  }

  @Test(
    "a greeting before a name is taken off, the name kept",
    arguments: [
      ("Good morning, Ama Owusu here", "Ama Owusu"),
      ("hello po, maria cristina dela cruz", "Maria Cristina Dela Cruz"),
      ("good afternoon, its will young", "Will Young"),
      ("Howzit, Thabo Nkosi here", "Thabo Nkosi"),
    ])
  func greetingBeforeName(_ text: String, _ name: String) {
    #expect(DirectAnswer.ownName(text)?.name.full == name)
  }

  /// What is held before the message: Ravi Lee met Kemi at Acme on the 20th; it went well.
  static func conversation(at question: Question) -> Conversation {
    Conversation.holding(
      Facts(
        name: PersonName(given: "Ravi", family: "Lee"), interviewers: [PersonName(given: "Kemi")],
        company: "Acme", role: "analyst",
        when: InterviewDay(phrase: "the 20th", date: CivilDate(year: 2026, month: 11, day: 20)),
        outcome: .well),
      at: question, today: today)
  }

  @Test(
    "a clause told in passing is never the corrected company",
    arguments: [
      "can we do the reading buddies thing with the library instead",
      "oh sorry i forgot, she also said the firm is moving to a new office in march",
    ])
  func clauseIsNoCompany(_ text: String) {
    var conversation = Self.conversation(at: .outcome)
    _ = conversation.send(text)
    #expect(conversation.facts.company == "Acme")
  }

  @Test(
    "a message to a phone or chat app is a text: short, no subject, signed with the first name",
    arguments: ["text, he gave me his number", "whatsapp", "text i guess, she gave me her number"])
  func textMessage(_ text: String) {
    var conversation = Self.conversation(at: .channel)
    _ = conversation.send(text)
    #expect(conversation.answers.channel?.channel == .text)
  }

  @Test(
    "a message whose place is not said takes the short shape of a LinkedIn message, saying so",
    arguments: ["a message", "msg prob"])
  func shortMessage(_ text: String) {
    var conversation = Self.conversation(at: .channel)
    let reply = conversation.send(text)
    #expect(conversation.answers.channel?.channel == .linkedin)
    #expect(reply.text.hasPrefix(InterviewScript.shortMessageChannel))
  }

  @Test("a second channel answer it cannot read leaves email, never a third ask")
  func channelNoDeadEnd() {
    var conversation = Self.conversation(at: .channel)
    _ = conversation.send("carrier pigeon")
    #expect(conversation.answers.channel == nil)
    let reply = conversation.send("carrier pigeon")
    #expect(conversation.answers.channel?.channel == .email)
    #expect(reply.text.hasPrefix(InterviewScript.emailByDefault))
  }

  static let reader = FactReader(today: today)

  @Test(
    "a company answer keeps its own punctuation and abbreviations",
    arguments: [
      ("Infogain Solutions Pvt. Ltd.", "Infogain Solutions Pvt. Ltd."),
      ("Scoil Mhuire N.S.", "Scoil Mhuire N.S."),
      ("Grind & Co.", "Grind & Co."),
      ("Caring Hands (Fife)", "Caring Hands (Fife)"),
      ("Ledgerly (fintech startup)", "Ledgerly"),
      ("The Grange at Tower Hill", "The Grange at Tower Hill"),
      ("it was Francis Crick Institute.", "Francis Crick Institute"),
    ])
  func companyAsTyped(_ text: String, _ company: String) {
    #expect(Self.reader.answer(text, to: .company)?.company == company)
  }

  @Test(
    "what sort of place it was, or a job's first word, is no company in passing",
    arguments: [
      "Hello I need to write thank you email for game company interview",
      "Hi, I need a thank-you email for an interview at the library",
      "I had a panel interview with the council today",
      "Interview for finance officer at a food bank charity",
    ])
  func descriptionIsNoCompany(_ text: String) {
    #expect(Self.reader.facts(in: text).company == nil)
  }

  @Test("a hyphenated word with a part that never names anyone is no name")
  func thankYouIsNoName() {
    let facts = Self.reader.facts(in: "Hi, could you help with a thank-you note?")
    #expect(facts.interviewers == nil)
    #expect(facts.name == nil)
    #expect(
      Self.reader.facts(in: "I met Yusuf Abu-Zahra today").interviewers?.first?.full
        == "Yusuf Abu-Zahra")
  }

  @Test(
    "a job in the answer about who interviewed is theirs, never the person's role",
    arguments: [
      "one oga like that, mr bello, head of operations",
      "Agnes, she's the manager at the care at home place",
    ])
  func interviewerJobIsNoRole(_ text: String) {
    let facts = Self.reader.answer(text, to: .interviewer)
    #expect(facts?.interviewers?.isEmpty == false)
    #expect(facts?.role == nil)
  }

  @Test(
    "days: a weekday with its date, a short form at the question, a day corrected in passing",
    arguments: [
      ("Thursday 26th", "2026-11-26"),
      ("sat", "2026-11-28"),
      ("thu evening", "2026-11-26"),
      ("i had a interview yesterday, no wait it was friday", "2026-11-27"),
    ])
  func day(_ text: String, _ iso: String) {
    #expect(Self.reader.answer(text, to: .when)?.when?.date?.iso == iso)
  }

  @Test(
    "a correction's 'not X' naming a held value says which fact; a title replaces only a title",
    arguments: [
      (
        "sorry, Fiona surname is Graunt not Grant, i checked her email signature", "Ms Fiona Graunt"
      ),
      ("my mistake, it's Miss Grant not Ms, she corrected the receptionist", "Miss Fiona Grant"),
    ])
  func correctionByHeldValue(_ text: String, _ interviewer: String) {
    var conversation = Self.conversation(at: .discussion)
    conversation.answers.facts.interviewers = [
      PersonName(title: "Ms", given: "Fiona", family: "Grant")
    ]
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == [interviewer])
    #expect(conversation.facts.signOff == nil)
    #expect(conversation.stage == .discussion)
  }

  @Test("'just put my first name at the end' signs with the given name held")
  func firstNameAtTheEnd() {
    var conversation = Self.conversation(at: .discussion)
    _ = conversation.send("actually just put my first name at the end")
    #expect(conversation.facts.signOff?.full == "Ravi")
    #expect(conversation.facts.name?.full == "Ravi Lee")
  }

  @Test("a word in capitals keeps its case in a job title; a family name in capitals is a name")
  func capitals() {
    #expect(Self.reader.answer("IT support analyst", to: .role)?.role == "IT support analyst")
    #expect(Self.reader.answer("Warehouse supervisor", to: .role)?.role == "warehouse supervisor")
    #expect(DirectAnswer.ownName("LIU Yang (Liu is family name)")?.name.full == "Liu Yang")
  }
}
