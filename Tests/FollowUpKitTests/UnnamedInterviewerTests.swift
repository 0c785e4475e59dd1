import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The answer to "Who interviewed you?" read by its structure: a person described and said to
/// be unnamed is an interviewer all the same, a name stated inside a remark is the name, and
/// acronyms ("HR", "IT") say nothing about how the person types names. Each mechanism has three
/// sentences of its own it must read and two it must leave alone.
@Suite("Unnamed interviewers and the structure of the answer")
struct UnnamedInterviewerTests {
  /// The people read, as "name|job" each ("|HR" for someone from HR not named).
  static func read(_ text: String) -> [String] {
    PeopleAnswer.read(text).map { "\($0.full)|\($0.job ?? "")" }
  }

  @Test(
    "a person described, whose name was not caught, is kept with their job or team",
    arguments: [
      ("a bloke from payroll, never got his name", ["|payroll"]),
      (
        "somebody from the estates team i didnt catch, and Priya Nair",
        ["|estates team", "Priya Nair|"]
      ),
      ("the site manager, cant remember what she was called", ["|site manager"]),
    ])
  func unnamedKept(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test(
    "a description with no remark that the name was missed is no one yet",
    arguments: ["the ops manager", "a guy from finance"])
  func describedOnlyIsNoOne(_ text: String) {
    #expect(Self.read(text).isEmpty, "\(text)")
  }

  @Test(
    "a description before a name is theirs; a stated name is the name",
    arguments: [
      ("the recruiter, i think her name was leanne", ["Leanne|recruiter"]),
      ("not sure of the surname but first name is tariq", ["Tariq|"]),
      ("the fella from HR, ollie", ["Ollie|HR"]),
    ])
  func statedName(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test(
    "a remark about a name that states none names no one",
    arguments: ["her name was on the email", "no name given"])
  func remarkWithoutName(_ text: String) {
    #expect(Self.read(text).isEmpty, "\(text)")
  }

  @Test(
    "an acronym is no evidence of typing names with capitals",
    arguments: [
      ("dev patel head of IT", ["Dev Patel|head of IT"]),
      ("the lady from HR, grace obi", ["Grace Obi|HR"]),
      ("omar shah (CFO) and liz from QA", ["Omar Shah|CFO", "Liz|QA"]),
    ])
  func acronyms(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test(
    "in a reply typed with capitals, lower-case words after a name still describe them",
    arguments: [
      ("Aisha Bello (ops lead)", ["Aisha Bello|ops lead"]),
      ("Dr Amina Yusuf, Mr Chris Hall and a student rep", ["Dr Amina Yusuf|", "Mr Chris Hall|"]),
    ])
  func capitalsStillCount(_ text: String, _ want: [String]) {
    #expect(Self.read(text).prefix(want.count) == want[...], "\(text)")
    #expect(!Self.read(text).contains { $0.hasPrefix("Rep") }, "\(text)")
  }

  @Test(
    "an unnamed interviewer is greeted Hello: a post is no name the person gave",
    arguments: [
      ("the practice manager, can't remember her name", "email", "Hello,"),
      ("some guy from HR didnt get his name", "email", "Hello,"),
      ("the store manager, didnt catch her name", "text", "Hello,"),
    ])
  func greeting(_ interviewer: String, _ channel: String, _ want: String) throws {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    for message in [
      "Sam Lee", interviewer, "Tesco", "cashier", "yesterday", "went ok",
      "they are opening a new store in Leeds in March", "yes", "skip", channel,
    ] {
      _ = conversation.send(message)
    }
    let body = try #require(conversation.note?.body)
    let first = body.split(separator: "\n").first { !$0.hasPrefix("Subject:") && !$0.isEmpty }
    #expect(first.map(String.init) == want, "\(body)")
    #expect(!body.contains("Hiring Manager"), "\(body)")
  }

  @Test("the draft's heading and reasons name an unnamed interviewer by their post")
  func draftHeading() {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    var last = ""
    for message in [
      "Sam Lee", "the practice manager, can't remember her name", "Tesco", "cashier",
      "yesterday", "went ok", "they are opening a new store in Leeds in March", "yes", "skip",
      "email",
    ] {
      last = conversation.send(message).text
    }
    #expect(last.contains("as an email to the practice manager"), "\(last)")
    #expect(!last.contains(" to :"), "\(last)")
    let why = conversation.send("why").text
    #expect(!why.contains("thanks  for"), "\(why)")
  }

  @Test("the reply says who was met without a name")
  func replySaysSomeone() {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    _ = conversation.send("Sam Lee")
    let reply = conversation.send(
      "a man from finance and one from operations, didnt catch either name")
    #expect(reply.text.contains("someone (finance) and someone (operations)"), "\(reply.text)")
  }
}
