import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// A word typed on one keyboard row is not a mash: "porter" (all top row) was refused at the role
/// question twice and the role left out, though it was the very title the program offered.
@Suite("Keyboard mashes are told from words typed on one row")
struct KeyboardMashTests {
  @Test(
    "mashes: run along a row, no vowel, or a stroke typed twice",
    arguments: ["asdfghjkl", "qwertyuiop", "qwerty", "sdfjkl", "asdasd", "jkljkl", "zxcvbnm"])
  func mash(_ text: String) {
    #expect(MessageText.isKeyboardMash(text))
    #expect(MessageText.isNonAnswer(text))
  }

  @Test(
    "words that happen to lie on one row",
    arguments: ["porter", "reporter", "typewriter", "property", "pottery", "trooper", "sales"])
  func word(_ text: String) {
    #expect(!MessageText.isKeyboardMash(text))
    #expect(!MessageText.isNonAnswer(text))
  }

  @Test("the role offered and typed back as it was is taken at once")
  func porterAtRole() {
    var conversation = Conversation(today: Unseen.today, surface: .remote)
    for turn in [
      "i have interview for porter job", "skip", "Sam Patel", "Gareth Davies",
      "pinderfields hospital",
    ] {
      _ = conversation.send(turn)
    }
    #expect(conversation.stage == .role)
    _ = conversation.send("porter")
    #expect(conversation.facts.role == "porter")
    #expect(conversation.stage == .when)
  }
}
