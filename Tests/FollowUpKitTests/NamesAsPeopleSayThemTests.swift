import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A name is read as the person's culture writes it and apart from the job said beside it:
/// "sister bernadette o'neill ward manager" is Sister O'Neill, a ward manager; "Ms Tan Siew
/// Lan" is Ms Tan; "ong mei ling" signs Mei Ling (people24, from a blind judge's faults on
/// the first notes of tuning 24).
@Suite("Names as people say them")
struct NamesAsPeopleSayThemTests {
  static func read(_ text: String) -> [String] {
    PeopleAnswer.read(text).map { "\($0.formal)|\($0.job ?? "")" }
  }

  @Test(
    "the word before a job word after a titled name is the job's",
    arguments: [
      ("sister bernadette o'neill ward manager", ["Sister O'Neill|ward manager"]),
      ("Dr Hamid Qureshi GP partner", ["Dr Qureshi|GP partner"]),
      // Left alone: a name of two words, or a third word typed as the name is.
      ("Ms Adaeze Nwosu HR manager", ["Ms Nwosu|HR manager"]),
      ("Mr John Smith manager", ["Mr Smith|manager"]),
      ("ms tan siew lan manager", ["Ms Tan|manager"]),
    ])
  func jobModifier(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test("a family name said again in full takes the job's word off the name before it")
  func restatedFamily() {
    #expect(
      Self.read("mr wilson traffic office manager, stephen wilson") == [
        "Mr Wilson|traffic office manager"
      ])
  }

  @Test(
    "a Chinese name typed family name first is greeted by its family name",
    arguments: [
      ("Ms Tan Siew Lan", "Ms Tan", "Siew Lan"),
      ("dr lim wei ling", "Dr Lim", "Wei Ling"),
    ])
  func chineseOrder(_ text: String, _ formal: String, _ given: String) {
    let name = PersonName(parsing: text)
    #expect(name?.formal == formal)
    #expect(name?.given == given)
  }

  @Test(
    "a name in English order, or of another culture, is read as typed",
    arguments: [
      ("Mei Ling Tan", "Mei", "Ling Tan"),
      ("Tan Christopher Lee", "Tan", "Christopher Lee"),
      ("Nguyen Thi Lan", "Nguyen", "Thi Lan"),
    ])
  func typedOrder(_ text: String, _ given: String, _ family: String) {
    let name = PersonName(parsing: text)
    #expect(name?.given == given)
    #expect(name?.family == family)
    #expect(name?.familyFirst == nil)
  }

  @Test("a Chinese name family name first signs its given name")
  func chineseSignOff() {
    let interview = [
      "ong mei ling", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
      "she told me about the new depot opening in Leeds next spring", "yes", "skip", "email",
    ]
    #expect(SignOffNameTests.signature(after: interview) == "Mei Ling")
  }

  @Test(
    "the name after a form's family name and comma is the given name in full",
    arguments: [
      ("reyes, angelica mae", "Angelica Mae"),
      ("almeida, maria do céu", "Maria do Céu"),
      ("kowalczyk, marta", "Marta"),
      // "though just Imran is fine": the short form asked for, never a fuller name.
      ("Dr Imran Qureshi, though just Imran is fine in the message", "Imran"),
    ])
  func formOrder(_ typed: String, _ signed: String) {
    let interview = [
      typed, "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
      "she told me about the new depot opening in Leeds next spring", "yes", "skip", "email",
    ]
    #expect(SignOffNameTests.signature(after: interview) == signed)
  }

  @Test("a short form asked for after a titled name leaves the name and the interviewer alone")
  func shortFormAfterTitle() {
    var conversation = Conversation(today: SignOffNameTests.today, surface: .remote)
    _ = conversation.start()
    _ = conversation.send("Dr Imran Qureshi, though just Imran is fine in the message")
    #expect(conversation.facts.name?.full == "Dr Imran Qureshi")
    #expect(conversation.facts.interviewers == nil)
  }

  @Test("a name restated with she's after the words telling of the slip is the name")
  func restatedWithShes() {
    var conversation = Conversation(today: SignOffNameTests.today, surface: .remote)
    _ = conversation.start()
    _ = conversation.send("bilal chaudhry")
    _ = conversation.send("janet moss library services manager, she said to call her janet")
    _ = conversation.send("oh sorry just realised shes jeanette not janet, it was on her badge")
    #expect(conversation.facts.interviewers?.map(\.informal) == ["Jeanette"])
  }
}
