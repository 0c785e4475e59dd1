import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// "i said karen, its sharon": the word the person says was wrong is the part of the name the
/// new word replaces. Before, a one-word correction of someone held by one name was taken as
/// their surname ("Got it: Karen Sharon."), so the note greeted a person who does not exist.
@Suite("A name said to be wrong is the part replaced")
struct ReplacedNamePartTests {
  static let today = CivilDate(year: 2026, month: 12, day: 2) ?? Fixture.today

  static func met(_ interviewer: String) -> Conversation {
    Conversation.after(
      ["I want to write a thank-you note", "Rosa Lind", interviewer], today: today)
  }

  @Test(
    "the quoted old name is replaced, whatever the wording",
    arguments: [
      "i said karen, its sharon",
      "sorry i said karen, its sharon",
      "i said karen but its sharon",
      "not karen, sharon",
    ])
  func givenReplaced(_ text: String) {
    var conversation = Self.met("Karen, the deputy manager")
    let reply = conversation.send(text)
    #expect(conversation.facts.interviewers?.map(\.full) == ["Sharon"], "\(reply.text)")
    #expect(conversation.phase == .asking(.company), "\(reply.text)")
  }

  @Test("a surname said to be wrong is the surname replaced, the first name kept")
  func familyReplaced() {
    var conversation = Self.met("Karen Hale, the deputy manager")
    let reply = conversation.send("i said hale but its hall")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Karen Hall"], "\(reply.text)")
  }

  @Test("a surname given for someone held by one name is still added")
  func surnameAdded() {
    var conversation = Self.met("Karen, the deputy manager")
    let reply = conversation.send("her surname is hale")
    #expect(conversation.facts.interviewers?.map(\.full) == ["Karen Hale"], "\(reply.text)")
  }
}
