import Foundation
import Testing

@testable import FollowUpKit

/// Replays every recorded dialogue through the engine and requires the exact same replies.
@Suite("Recorded dialogues")
struct DialogueReplayTests {
  @Test("every dialogue replays exactly", arguments: Dialogues.names)
  func replay(_ name: String) throws {
    let url = Dialogues.url(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    let transcript = try Transcript.parse(text)
    let replayed = transcript.replayed()
    if Dialogues.isRecording {
      if replayed.text != text {
        try replayed.text.write(to: url, atomically: true, encoding: .utf8)
      }
      return
    }
    #expect(
      replayed.text == text,
      "\(name) no longer replays as recorded (re-record with RECORD_DIALOGUES=1 swift test and review the diff):\n\(LineDiff.diff(expected: text, actual: replayed.text))"
    )
  }

  @Test("there are dialogues for every flow the issue lists")
  func coverage() {
    #expect(Dialogues.names.count >= 12)
  }
}
