import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A message at a question that corrects an earlier slip is read in three parts: the correction
/// (a sign such as "i said" or "was wrong", and a value restated with "it's"), remarks about it
/// (a sentence that only repeats the old or new value), and the answer to the question in hand,
/// if any. Before, at the company question "oh no i said karen, its sharon" made the company
/// "Sharon", a remark sentence beside a correction was read as the answer, "karen was wrong, its
/// sharon" gave "Karen Sharon", and the reply said "sharon, not karen" in lower case.
@Suite("A correction, its remarks and the answer beside it")
struct SlipRemarkTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today

  /// At the company question, having met Karen.
  static func metKaren() -> Conversation {
    Conversation.after(["I want to write a thank-you note", "Jo Bloggs", "Karen"], today: today)
  }

  @Test(
    "the slip quoted by its held words is corrected, the remark beside it is no answer",
    arguments: [
      "oh no i said karen, its sharon",
      "oh no i said karen, its sharon. ive been calling her karen all day",
      "i said karen but its sharon, been calling her karen all week",
      "karen was wrong, its sharon",
    ])
  func remarkIsNoAnswer(_ text: String) {
    var conversation = Self.metKaren()
    #expect(conversation.phase == .asking(.company))
    let reply = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Sharon"], "\(reply.text)")
    #expect(conversation.facts.company == nil, "\(reply.text)")
    #expect(conversation.phase == .asking(.company), "\(reply.text)")
    // The reply names what changed as the note writes it.
    #expect(reply.text.hasPrefix("Got it: Sharon, not Karen."), "\(reply.text)")
  }

  @Test("the answer beside a quoted slip is taken, the slip's sentence is not")
  func answerBeside() {
    var conversation = Self.metKaren()
    let reply = conversation.send("oops i said karen, its sharon lol. the company is harbour foods")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Sharon"], "\(reply.text)")
    #expect(conversation.facts.company == "Harbour Foods", "\(reply.text)")
  }

  @Test("a remark that repeats the old name is no role")
  func remarkIsNoRole() {
    var conversation = Self.metKaren()
    _ = conversation.send("Harbour Foods")
    #expect(conversation.phase == .asking(.role))
    let reply = conversation.send("its sharon not karen sorry. been calling her karen all day lol")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Sharon"], "\(reply.text)")
    #expect(conversation.facts.role == nil, "\(reply.text)")
    #expect(conversation.phase == .asking(.role), "\(reply.text)")
  }

  @Test("words restated beside the quoted slip are not added again")
  func restatedWordsKept() {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Ben Smyth"], today: Self.today)
    #expect(conversation.phase == .asking(.interviewer))
    let reply = conversation.send("mrs campbell. and its ben smith, i typed smyth by mistake")
    #expect(conversation.facts.name?.full == "Ben Smith", "\(reply.text)")
  }

  @Test("a slip quoted with a word the name shares with a title replaces the whole value")
  func wholeValueQuoted() throws {
    var conversation = Self.metKaren()
    _ = conversation.send("Zizzi")
    _ = conversation.send("commis chef")
    let reply = conversation.send("i put commis chef but its chef de partie sorry")
    #expect(conversation.facts.role == "chef de partie", "\(reply.text)")
  }

  @Test("an answer labelled as such is taken though it shares a word with the corrected value")
  func labelledAnswerSharesAWord() {
    var conversation = Self.metKaren()
    _ = conversation.send("Parkside Dental")
    #expect(conversation.phase == .asking(.role))
    let reply = conversation.send(
      "the practice is actually Parkside Dental Care, forgot the care bit. role was trainee dental nurse"
    )
    #expect(conversation.facts.company == "Parkside Dental Care", "\(reply.text)")
    #expect(conversation.facts.role == "trainee dental nurse", "\(reply.text)")
  }

  @Test("people said to be who it was, beside a correction of one's own name")
  func peopleBeside() {
    var conversation = Conversation.after(
      ["I want to write a thank-you note", "Hope"], today: Self.today)
    let reply = conversation.send(
      "Hope Castle actually, i only put hope before. it was sarah and liam from customer success")
    #expect(conversation.facts.name?.full == "Hope Castle", "\(reply.text)")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Sarah", "Liam"], "\(reply.text)")
  }
}

extension SlipRemarkTests {
  @Test("a slip corrected again confirms the name, never 'Sharon, not Sharon'")
  func correctedAgain() {
    var conversation = Self.metKaren()
    _ = conversation.send("oh no i said karen, its sharon")
    let reply = conversation.send("karen was wrong, its sharon lol")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Sharon"], "\(reply.text)")
    #expect(!reply.text.contains("Sharon, not Sharon"), "\(reply.text)")
  }
}

extension SlipRemarkTests {
  @Test("a remark on a slip already corrected is no role either")
  func remarkAfterCorrected() {
    var conversation = Self.metKaren()
    _ = conversation.send("oh no i said karen, its sharon")
    _ = conversation.send("Harbour Foods")
    let reply = conversation.send("its sharon not karen sorry. been calling her karen all week lol")
    #expect(conversation.facts.role == nil, "\(reply.text)")
    #expect(conversation.phase == .asking(.role), "\(reply.text)")
  }
}
