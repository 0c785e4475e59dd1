@testable import FollowUpKit

// Fuzz target: transcript parsing and replay.
//
// Any text either fails to parse with an error or parses; a parsed transcript replays without
// crashing, and the replay's text parses back to the same inputs, greeting and replies.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let text = fuzzText(data, size)
  guard let transcript = try? Transcript.parse(text) else { return 0 }
  let replay = transcript.replayed()
  check(replay.turns.count == transcript.turns.count, "the replay has a different turn count")
  let written = replay.text
  let reparsed: Transcript
  do {
    reparsed = try Transcript.parse(written)
  } catch {
    fatalError("fuzz invariant: a replay's text does not parse (\(error)): \(written)")
  }
  check(
    reparsed.turns.map(\.input) == transcript.turns.map(\.input),
    "the replay's text gives other inputs: \(transcript.turns.map(\.input)) became "
      + "\(reparsed.turns.map(\.input))")
  // The text format carries every reply exactly, or a recorded dialogue could never replay.
  check(
    reparsed.greeting == replay.greeting,
    "the greeting changed in the text: \(replay.greeting.debugDescription) became "
      + reparsed.greeting.debugDescription)
  for (turn, written) in zip(replay.turns, reparsed.turns) {
    check(
      turn.reply == written.reply,
      "a reply changed in the text: \(turn.reply.debugDescription) became "
        + written.reply.debugDescription)
  }
  check(reparsed.today == transcript.today, "the replay's text has another date")
  check(reparsed.surface == transcript.surface, "the replay's text has another surface")
  return 0
}
