import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Tuning 29's bg006 typed "Mrs Niadoo sorry Naidoo, the F&B manager" at the interviewer
/// question, and the note greeted "Dear Mrs Niadoo,". A word after a correction word that
/// re-spells one just typed takes its place; the title, the job and the rest stand.
@Suite("A name re-spelled inside the answer that gave it")
struct InlineRespellingTests {
  @Test(
    "the re-spelling takes the slipped word's place",
    arguments: [
      ("Mrs Niadoo sorry Naidoo, the F&B manager", "Mrs Naidoo, the F&B manager"),
      ("siobhan oops Siobhán", "Siobhán"),
      ("Dr Okafer - sorry Okafor", "Dr Okafor"),
      (
        "anaya? no sorry Ananya. Ananya Iyer, she's the product manager",
        "Ananya Iyer, she's the product manager"
      ),
    ])
  func mended(_ text: String, _ expected: String) {
    #expect(InlineRespelling.mended(text) == expected)
  }

  @Test(
    "left alone: nothing re-spelled",
    arguments: [
      "Tom sorry, and Jess from HR", "Priya Shah", "Mr Bello sorry i forgot his first name",
    ])
  func alone(_ text: String) {
    #expect(InlineRespelling.mended(text) == nil)
  }

  @Test("at the interviewer question the greeting uses the name as meant")
  func greeting() {
    var conversation = Conversation.holding(Facts(), at: .interviewer, today: Fixture.today)
    _ = conversation.send("Mrs Niadoo sorry Naidoo, the F&B manager")
    #expect(conversation.facts.interviewers?.first?.full == "Mrs Naidoo")
  }
}
