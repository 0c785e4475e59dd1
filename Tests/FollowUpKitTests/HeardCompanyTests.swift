import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A company held with no evidence that it is the whole name is offered at its question rather
/// than taken: one short word in capitals in the opening is as often a job's initials.
@Suite("Heard company")
struct HeardCompanyTests {
  static func stageAfterPeople(opening: String) -> Stage {
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    _ = conversation.send(opening)
    if conversation.stage == .occasion { _ = conversation.send("1") }
    _ = conversation.send("Sam Lee")
    _ = conversation.send("Priya Shah")
    return conversation.stage
  }

  @Test(
    "initials in the opening are offered at the company question",
    arguments: [
      "need linkedin msg for APM interview",
      "thank you email after my SRE interview pls",
      "help with a note after the HCA interview",
    ])
  func initialsOffered(opening: String) {
    #expect(Self.stageAfterPeople(opening: opening) == .company)
  }

  @Test(
    "a company named with evidence is taken",
    arguments: [
      "Hi, I had an interview at Northgate Foods yesterday and need a thank-you note",
      "I interviewed at Brightwell Partners on Tuesday, can you help with a note?",
    ])
  func namedCompanyTaken(opening: String) {
    #expect(Self.stageAfterPeople(opening: opening) != .company)
  }
}
