/// Something that happened, for the conversation to respond to.
public enum Input: Hashable, Sendable {
  /// A terminal session opened: greet and ask the first question.
  case sessionStarted
  /// The person sent a message.
  case userReplied(String)
  /// The driver wrote a file the conversation asked for.
  case fileSaved(path: String)
  /// The driver did not write a file because one is already there.
  case fileExists(path: String)
  /// The driver could not write a file.
  case fileFailed(path: String, reason: String)
}
