import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 38 (the judged held-out 37) and answers tuning 33 typed
/// them, each read at the question it answers and carried into the note (the thirty-third
/// session's rounds).
@Suite("Answers and notes read as tuning 38 typed them")
struct ReadingTuningThirtyEightTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// A conversation at `question` holding a name, an interviewer and, unless it is asked, a
  /// company and a role.
  static func asking(
    _ question: Question, company: String? = "Acme", role: String? = "Cook",
    interviewer: String = "Jade"
  ) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = Facts(
      name: PersonName(parsing: "Inês Sousa"),
      interviewers: [PersonName(parsing: interviewer)].compactMap { $0 },
      company: question == .company ? nil : company, role: question == .role ? nil : role)
    conversation.phase = .asking(question)
    return conversation
  }

  @Test(
    "a channel's word inside a name answers the company question",
    arguments: [("royal mail", "Royal Mail"), ("card factory", "Card Factory")])
  func channelWordInName(_ text: String, _ company: String) {
    var conversation = Self.asking(.company)
    let reply = conversation.send(text).text
    #expect(conversation.facts.company == company, "\(reply)")
    #expect(conversation.answers.channel == nil)
  }

  @Test("a channel said alone at the company question is still kept for later")
  func channelAlone() {
    var conversation = Self.asking(.company)
    let reply = conversation.send("by email pls").text
    #expect(reply.hasPrefix("Got it: an email."), "\(reply)")
    #expect(conversation.facts.company == nil)
    #expect(conversation.answers.channel?.channel == .email)
  }

  @Test(
    "the answer typed before a remark on a slip is taken beside the correction",
    arguments: [
      (
        "retail assistant but i wrote the company wrong its TK Maxx not TJ Maxx, thats the american one",
        "TJ Maxx", "retail assistant", "TK Maxx"
      ),
      (
        "improver plasterer, not fully qualified yet. also i wrote acme for the firm but its Acme Plastering",
        "Acme", "improver plasterer", "Acme Plastering"
      ),
    ])
  func answerBeforeRemark(_ text: String, _ held: String, _ role: String, _ company: String) {
    var conversation = Self.asking(.role, company: held)
    let reply = conversation.send(text).text
    #expect(conversation.facts.role?.lowercased() == role, "\(reply)")
    #expect(conversation.facts.company == company, "\(reply)")
    #expect(conversation.phase.question != .role, "\(reply)")
  }

  @Test("the day typed before 'and i spelt ...' is the day, and the name is respelled")
  func dayBeforeRemark() {
    var conversation = Self.asking(.when, interviewer: "Ms Turcanu")
    let reply = conversation.send(
      "3/12 and i spelt the interviewer wrong its Ms Țurcanu with the romanian t"
    ).text
    #expect(conversation.facts.when?.date == CivilDate(year: 2026, month: 12, day: 3), "\(reply)")
    #expect(conversation.facts.interviewers?.first?.full.contains("Țurcanu") == true, "\(reply)")
  }

  @Test("'not sure how it went' is no swap of one value for another")
  func notSureIsNoSwap() {
    #expect(
      !CorrectionReader.changes(in: "honestly not sure how it went").contains {
        $0.old?.contains("how it went") == true
      })
    var conversation = Self.asking(.outcome)
    let reply = conversation.send(
      "honestly not sure how it went. the role was actually relief cook not cook"
    ).text
    #expect(conversation.facts.role?.lowercased() == "relief cook", "\(reply)")
    // A swap whose old value is a name with a remark after it is still one.
    #expect(
      CorrectionReader.changes(in: "its PwC not kpmg sorry i meant pwc").contains {
        $0.new.lowercased() == "pwc"
      })
  }
}
