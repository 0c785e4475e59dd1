/// The library's simplest entry points: one message in, one gathered `Reply` out.
///
/// Here rather than in Engine/ because a `Reply` renders its text through `ReplyText`, the
/// wire-facing side of a turn; the engine itself only produces `Output`s.
extension Conversation {
  /// Sends one message and returns the reply: the library's simplest entry point.
  public mutating func send(_ text: String) -> Reply {
    let outputs = receive(.userReplied(text))
    return Reply(outputs: outputs, conversation: self)
  }

  /// Starts the conversation without a message (a terminal greets first) and returns the
  /// greeting.
  public mutating func start() -> Reply {
    let outputs = receive(.sessionStarted)
    return Reply(outputs: outputs, conversation: self)
  }
}
