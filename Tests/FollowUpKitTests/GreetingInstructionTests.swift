import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A greeting is only a name the person gave (read11, from a blind judge's faults on tuning
/// conversations 12): an instruction about the greeting ("greet her as Helen", "goes by gaz")
/// is taken for the greeting wherever it is said and is never the value of the question in
/// hand; an office in capitals beside a name ("CA Rohit Malhotra", "HOD maths Mr Joseph") is
/// the interviewer's job, and the name beside it the person, as is a name after a job ("area
/// manager gary"); "two r's" after a corrected name is a remark on its spelling. Each mechanism has three sentences
/// of its own it must read and two it must leave alone.
@Suite("Greeting instructions and offices")
struct GreetingInstructionTests {
  static let today = CivilDate(year: 2026, month: 12, day: 1) ?? Fixture.today
  static let reader = FactReader(today: today)

  static func people(_ text: String) -> [PersonName] {
    reader.answer(text, to: .interviewer)?.interviewers ?? []
  }

  @Test(
    "a name the interviewer goes by, in the answer about who interviewed, is the greeting",
    arguments: [
      ("sean o'leary, the owner, goes by seano", "Sean O'Leary", "Seano"),
      ("Marguerite Dubois (HR). she told me to call her Maggie", "Marguerite Dubois", "Maggie"),
      ("tobias lindqvist head of sales, he said call me toby", "Tobias Lindqvist", "Toby"),
    ])
  func goesBy(_ text: String, _ name: String, _ greeting: String) throws {
    let person = try #require(Self.people(text).first, "\(text)")
    #expect(Self.people(text).count == 1, "\(Self.people(text))")
    #expect(person.full == name)
    #expect(person.informal == greeting)
    #expect(person.formal == greeting)
  }

  @Test(
    "words after a cue that are no name leave the greeting alone",
    arguments: [
      ("Nadia Rahman, said she'd call me back friday", "Nadia"),
      ("Ken Obi, the owner, everyone calls him by his surname", "Ken"),
    ])
  func notAGreeting(_ text: String, _ greeting: String) throws {
    let person = try #require(Self.people(text).first, "\(text)")
    #expect(person.greetAs == nil)
    #expect(person.informal == greeting)
  }

  @Test(
    "an instruction about the greeting at another question is no answer to it",
    arguments: [
      ("actually please greet her as Helen, she signed her email Helen", "Helen"),
      ("oh and call him Ted, everyone does", "Ted"),
      ("can you address her as Dr Mensah", "Dr Mensah"),
    ])
  func instructionElsewhere(_ text: String, _ greeting: String) throws {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Rosa Lind", "Karen Holt"], today: Self.today)
    #expect(conversation.stage == .company)
    let reply = conversation.send(text)
    #expect(conversation.stage == .company, "\(reply.text)")
    #expect(conversation.facts.company == nil)
    #expect(reply.text.contains(greeting), "\(reply.text)")
    #expect(conversation.facts.interviewers?.first?.informal == greeting)
    _ = conversation.send("Holt & Dunn")
    #expect(conversation.facts.company == "Holt & Dunn")
  }

  @Test(
    "a name that holds 'call her', or an offer turned down, sets no greeting",
    arguments: [
      ("Call Her Daddy Media", Question.company),
      ("btw she said i can call her Kaz but i'd rather keep it Ms Holt", Question.company),
    ])
  func callInAnAnswer(_ text: String, _ question: Question) {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Rosa Lind", "Karen Holt"], today: Self.today)
    _ = conversation.send(text)
    #expect(conversation.facts.interviewers?.first?.greetAs == nil)
    #expect(conversation.facts.company?.contains("Kaz") != true)
  }

  @Test(
    "an office in capitals beside a name is the interviewer's job, the name the person",
    arguments: [
      ("CA Rohit Malhotra sir, senior manager in audit", ["Rohit Malhotra"], "CA"),
      ("Mrs Lakshmi Iyer and HOD maths Mr Joseph", ["Mrs Lakshmi Iyer", "Mr Joseph"], "HOD"),
      ("GM Tomasz Nowak", ["Tomasz Nowak"], "GM"),
    ])
  func office(_ text: String, _ names: [String], _ office: String) {
    let people = Self.people(text)
    #expect(people.map(\.full) == names, "\(people)")
    #expect(people.last?.job?.hasPrefix(office) == true, "\(people)")
  }

  @Test(
    "a job named first, then the name, is the person with their job",
    arguments: [
      ("area manager gary", "Gary", "area manager"),
      ("panel, chair was helen marsh (mrs)", "Mrs Helen Marsh", "chair"),
      ("the site supervisor is kwame", "Kwame", "site supervisor"),
    ])
  func jobThenName(_ text: String, _ name: String, _ job: String) {
    let people = Self.people(text)
    #expect(people.map(\.full) == [name], "\(people)")
    #expect(people.first?.job == job, "\(people)")
  }

  @Test(
    "a job with no name after it, or a remark, names no one",
    arguments: ["the manager was nice", "store manager"])
  func jobAlone(_ text: String) {
    #expect(Self.people(text).allSatisfy { $0.fullWords.isEmpty }, "\(Self.people(text))")
  }

  @Test(
    "a letter counted after a corrected name is a remark on its spelling",
    arguments: [
      ("gary", "sorry his name is Garry two r's", "Garry"),
      ("Phil", "sorry its Phill, two l's", "Phill"),
      ("Anna Cole", "oops her name is Ana one n", "Ana Cole"),
    ])
  func countedLetters(_ held: String, _ correction: String, _ want: String) {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Kirsty Macleod", held, "Greggs"], today: Self.today)
    _ = conversation.send(correction)
    #expect(conversation.facts.interviewers?.map(\.full) == [want])
    #expect(conversation.stage == .role)
  }

  @Test(
    "a count of other things after a value is part of it",
    arguments: [
      ("sorry the role is team leader two shifts", "team leader two shifts"),
      ("actually the job was crew member 2 days", "crew member 2 days"),
    ])
  func countedThings(_ correction: String, _ want: String) {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Kirsty Macleod", "Gary", "Greggs", "team member"],
      today: Self.today)
    _ = conversation.send(correction)
    #expect(conversation.facts.role == want)
  }

  @Test(
    "initials before a single name, and a name typed in capitals, stay the name",
    // people27: a name typed in capitals is shouted, not spelt so, and is written in name case.
    arguments: [("JJ Abrams", "JJ Abrams"), ("it was SARAH JONES", "Sarah Jones")])
  func initialsStay(_ text: String, _ name: String) {
    #expect(Self.people(text).map(\.full) == [name])
  }

  @Test(
    "with no name known the note says Hello, in every channel",
    arguments: [
      ("the supervisor, didnt catch her name", "email"),
      ("no idea, the hiring panel", "linkedin"),
      ("the practice manager, can't remember her name", "text"),
    ])
  func nameless(_ interviewer: String, _ channel: String) throws {
    let conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Sam Lee", interviewer, "Tesco", "cashier",
        "yesterday", "went ok", "they are opening a new store in Leeds in March", "yes", "skip",
        channel,
      ], today: Self.today)
    let body = try #require(conversation.note?.body)
    let first = body.split(separator: "\n").first { !$0.hasPrefix("Subject:") && !$0.isEmpty }
    #expect(first == "Hello,", "\(body)")
  }

  @Test(
    "a particle corrected into a name stays with the family name in the greeting",
    arguments: [
      (
        "Mr. Hendrik van de Merwe", "sorry his name is van der Merwe not van de Merwe",
        "Mr van der Merwe"
      ),
      ("Ms Ana da Silva", "oops its de Silva not da Silva", "Ms de Silva"),
      ("Dr Ahmad bin Yusof", "sorry, Dr bin Yusuf, with a u", "Dr bin Yusuf"),
    ])
  func particleKept(_ interviewer: String, _ correction: String, _ want: String) throws {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Sam Lee", interviewer], today: Self.today)
    _ = conversation.send(correction)
    let person = try #require(conversation.facts.interviewers?.first)
    #expect(person.formal == want, "\(person)")
    #expect(PersonName(title: "Mr", given: "van", family: "der Merwe").formal == "Mr van der Merwe")
  }

  @Test(
    "a name given keeps its greeting",
    arguments: [
      ("Mrs Helen Marsh", "Dear Mrs Marsh,"), ("Dr Peter van der Merwe", "Dear Dr van der Merwe,"),
    ])
  func named(_ interviewer: String, _ want: String) throws {
    let conversation = Conversation.after(
      [
        "I want to write a thank-you note", "Sam Lee", interviewer, "Tesco", "cashier",
        "yesterday", "went ok", "they are opening a new store in Leeds in March", "yes", "skip",
        "email",
      ], today: Self.today)
    let body = try #require(conversation.note?.body)
    let first = body.split(separator: "\n").first { !$0.hasPrefix("Subject:") && !$0.isEmpty }
    #expect(first.map(String.init) == want, "\(body)")
  }
}
