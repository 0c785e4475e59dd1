/// What a session has received but not yet taken as a turn: a note being pasted over several
/// messages, and a message the bridge marked as continued.
///
/// Line-based chats deliver a pasted note one line per message. Read one by one, its greeting
/// became a name and its sign-off ended the conversation; here the lines are collected and the
/// note goes to the conversation whole, as a review. Nothing collected is read as an answer or
/// a command. Saved with the session, so a restart in the middle of a paste loses no line.
///
/// Collecting starts at `review` alone (as in the terminal) and ends at a line holding only
/// `.`, or with a `"lines"` array; or it starts at a letter's greeting line ("Dear Sarah,") and
/// ends also at a sign-off followed by a signature ("Thanks," then "Jordan").
struct SessionInbox: Hashable, Sendable, Codable {
  /// The lines of a note being collected, or nil.
  var collected: [String]?
  /// Collecting started at a greeting line rather than `review`: a sign-off and a signature
  /// end it too.
  var automatic: Bool?
  /// A message marked continued, waiting for the rest.
  var held: String?

  /// A note being pasted is cut here, as the terminal cuts one: a paste without its closing
  /// dot cannot grow without bound.
  static let maximumBytes = Conversation.maximumMessageBytes

  static let reviewStarted = "Paste your note, then a line with only a dot (.) to finish."
  static let noteStarted =
    "That looks like the start of a note you wrote: send the rest, and I'll review it when it's signed off (or send a line with only a dot)."

  var isEmpty: Bool { collected == nil && held == nil }
  var isCollecting: Bool { collected != nil }

  /// What to do with a message.
  enum Step: Equatable {
    /// A whole message for the conversation.
    case turn(String)
    /// Kept for later: no turn, only this notice (or nothing) in reply.
    case waiting(notice: String?)
  }

  mutating func take(_ message: String, lines: [String]?, continued: Bool) -> Step {
    var text = message
    var lines = lines
    if let held {
      text = Self.join(held, text)
      self.held = nil
      // The held start belongs to the first line: read the whole as text, one line a line.
      lines = lines.map { _ in
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
    }
    if continued {
      held = Self.cut(text)
      return .waiting(notice: nil)
    }
    if var collected {
      for line in lines
        ?? text.split(separator: "\n", omittingEmptySubsequences: false).map(
          String.init)
      {
        if line.trimming(" \t\r") == "." { return finish(collected) }
        collected.append(line)
      }
      if lines != nil || collected.reduce(0, { $0 + $1.utf8.count + 1 }) >= Self.maximumBytes
        || (automatic == true && PastedNote.endsWithSignature(collected))
      {
        return finish(collected)
      }
      self.collected = collected
      return .waiting(notice: nil)
    }
    if lines == nil, PastedReview.isReview(text),
      PastedReview.draftText(text).trimming(" \t\n\r").isEmpty
    {
      collected = []
      automatic = nil
      return .waiting(notice: Self.reviewStarted)
    }
    let split = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // A note whose signature has not come yet ("Thanks," is its last line so far) waits for
    // it: the name sent next is the note's, not an answer.
    let unsigned = split.last(where: { !$0.trimming(" \t\r").isEmpty }).map(
      PastedNote.isSignOffLine)
    if lines == nil, let first = split.first, PastedNote.isGreetingLine(first),
      !PastedNote.isNote(text) || unsigned == true
    {
      if split.count >= 3, PastedNote.endsWithSignature(split) { return .turn(text) }
      collected = split
      automatic = true
      return .waiting(notice: Self.noteStarted)
    }
    return .turn(text)
  }

  private mutating func finish(_ lines: [String]) -> Step {
    collected = nil
    automatic = nil
    return .turn("review\n" + lines.joined(separator: "\n"))
  }

  /// A message and its continuation: joined directly when either side has the space the
  /// client cut at, with one space otherwise.
  static func join(_ first: String, _ rest: String) -> String {
    if first.last?.isWhitespace == true || rest.first?.isWhitespace == true {
      return first + rest
    }
    return first + " " + rest
  }

  private static func cut(_ text: String) -> String {
    guard text.utf8.count > maximumBytes else { return text }
    return String(decoding: Array(text.utf8.prefix(maximumBytes)), as: UTF8.self)
  }
}
