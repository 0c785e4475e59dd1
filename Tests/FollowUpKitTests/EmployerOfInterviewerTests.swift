import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Where the interviewer is from, when it is no team, is the employer: ten answers of the
/// tuning sets ("jen from costa", "amaka from paystack and one of the engineers") had left the
/// company unread, while "Carl from finance" must stay a team (issue 10).
@Suite("The employer named with who interviewed")
struct EmployerOfInterviewerTests {
  @Test(
    "a name after 'from' is the employer; a team, a place or a determiner is not",
    arguments: [
      ("jen from pret, shes the area manager i think", "Pret"),
      ("tolu from flutterwave and one of the engineers", "Flutterwave"),
      ("Ngozi from GTBank", "GTBank"),
      ("carl from finance", nil),
      ("someone from the people team", nil),
      ("priya from product team and dev from ops", nil),
      ("a guy from the warehouse", nil),
      ("mo from HR", nil),
      ("jen from costa and raj from nando's", nil),
    ] as [(String, String?)])
  func company(_ text: String, _ expected: String?) {
    #expect(EmployerOfInterviewer.company(in: text) == expected)
  }

  @Test("the company question offers the employer named, to confirm")
  func offered() {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    _ = conversation.send("Sam Reid")
    let reply = conversation.send("jen from pret, shes the area manager i think").text
    #expect(reply.contains("You mentioned Pret"), "\(reply)")
  }
}
