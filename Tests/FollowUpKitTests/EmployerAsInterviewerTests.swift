import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// "I had an interview with Deloitte Ghana" names the employer, not who interviewed: when the
/// company answer is the start of the one "interviewer" held, the question who interviewed is
/// asked rather than the note greeting "Dear Deloitte" (tuning 31's bk048, tuning 9's g030).
@Suite("The employer taken for the interviewer")
struct EmployerAsInterviewerTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test("the company answer that opens the interviewer's name asks who interviewed")
  func asksWho() {
    var conversation = Conversation(today: Self.today)
    _ = conversation.receive(.sessionStarted)
    _ = conversation.send("Hello, I had an interview with Deloitte Ghana and I need to send a note")
    let answers: [Stage: String] = [
      .occasion: "1", .name: "Akosua Boateng-Mensah", .company: "Deloitte",
    ]
    var turns = 0
    while let answer = answers[conversation.stage], turns < 5 {
      turns += 1
      _ = conversation.send(answer)
    }
    #expect(conversation.facts.company == "Deloitte")
    #expect(conversation.stage == .interviewer)
    _ = conversation.send("Mr Kwame Asare, senior manager in risk advisory")
    #expect(conversation.stage != .interviewer)
  }

  @Test(
    "only a name made of the company's words and more, with no title or job, was the employer",
    arguments: [
      ("Deloitte Ghana", "Deloitte", true), ("Stripe Dublin", "stripe", true),
      ("Deloitte", "Deloitte", false), ("Mr Patel Sharma", "Patel", false),
      ("Priya Shah", "Deloitte", false),
    ])
  func shapes(_ name: String, _ company: String, _ expected: Bool) throws {
    let person = try #require(PersonName(parsing: name))
    #expect(Conversation.wasTheEmployer([person], company: company) == expected)
  }

  @Test("another owner's possessive is not the employer's when only its last word is shared")
  func otherOwner() {
    let conversation = Conversation.after(
      [
        "Akosua Boateng-Mensah", "Mr Asare", "Deloitte Ghana", "risk advisory associate",
        "tuesday", "it went ok",
        "he talked about Bank of Ghana's new cyber security directive and the work they're "
          + "doing for rural banks on it",
      ], today: Self.today)
    let offered = conversation.topics.map(\.text).joined(separator: " | ")
    #expect(!offered.contains("Bank of your"), "\(offered)")
  }
}
