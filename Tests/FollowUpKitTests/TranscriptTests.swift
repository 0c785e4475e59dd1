import FollowUpTestSupport
import Testing

@testable import FollowUpKit

@Suite("Transcripts")
struct TranscriptTests {
  @Test(
    "control characters are written as pictures and read back as the characters",
    arguments: [
      "I'm Jordan\rLee", "\u{1B}[2J\u{1B}]0;title\u{07}Priya", "nul\u{0}byte", "del\u{7F}",
      "tab\tstays",
    ])
  func printable(_ input: String) throws {
    var transcript = Transcript(today: Fixture.today)
    transcript.turns = [Transcript.Turn(input: input, reply: "ok")]
    let text = transcript.text
    #expect(
      !text.unicodeScalars.contains {
        ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0 == "\u{7F}"
      })
    let parsed = try Transcript.parse(text)
    #expect(parsed.turns.map(\.input) == [input])
  }

  @Test("a carriage return inside a typed line no longer splits it when replayed")
  func carriageReturn() throws {
    var transcript = Transcript(today: Fixture.today)
    transcript.turns = [Transcript.Turn(input: "I'm Jordan\rLee", reply: "")]
    let replayed = try Transcript.parse(transcript.replayed().text)
    #expect(replayed.turns.count == 1)
    #expect(replayed.turns.first?.input == "I'm Jordan\rLee")
  }

  @Test("printable shows what a terminal would act on")
  func printableText() {
    #expect(Transcript.printable("\u{1B}[31mred\r") == "␛[31mred␍")
    #expect(Transcript.printable("plain text") == "plain text")
  }
}
