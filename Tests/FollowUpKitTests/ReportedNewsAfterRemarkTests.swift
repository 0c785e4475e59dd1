import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Asked again for what came up, a person who repeats a list of the usual questions with the
/// employer's news reported inside it and a remark at its end ("... she said the firm just set
/// up a pro bono clinic in logan ... salary wasnt mentioned") has named the news: the remark
/// the note cannot print leaves the reported news to be the topic, never the role (tuning 25's
/// ay053 had been built on "the graduate lawyer role").
@Suite("Reported news after a closing remark")
struct ReportedNewsAfterRemarkTests {
  @Test("the news reported before a closing remark is the topic, asked a second time")
  func newsBeforeRemark() {
    let discussion =
      "pretty standard, why law, why this firm, a time i made a mistake. talked about my uni "
      + "moots and volunteering at the caxton community legal centre. she said the firm just set "
      + "up a pro bono clinic in logan for people dealing with domestic violence and grads get "
      + "rotated through it. salary wasnt mentioned"
    let conversation = Conversation.after(
      [
        "Lachlan Reid", "Priti", "Marsh Keane Lawyers", "graduate lawyer", "yesterday", "good",
        discussion, discussion,
      ], today: Fixture.today)
    let topic = conversation.topics.first?.text ?? ""
    #expect(topic.contains("pro bono clinic"), "\(conversation.topics)")
  }
}
