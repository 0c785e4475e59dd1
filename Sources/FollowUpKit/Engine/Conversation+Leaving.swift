/// What a driver shows when the person leaves without typing quit.
extension Conversation {
  /// The draft to leave on screen when the person leaves by Ctrl-C, Ctrl-D or the end of the
  /// input: the same words as `quit`, so nothing is lost; empty before there is a draft.
  ///
  /// Here so that no driver decides for itself what leaving shows. It reads the conversation
  /// and changes nothing, because a driver calls it after the last turn, on the way out.
  ///
  /// ```swift
  /// case .interrupt:
  ///   print(render(conversation.draftOnLeaving()))
  ///   exit(130)
  /// ```
  public func draftOnLeaving() -> [Output] {
    guard let note else { return [] }
    return [.say(InterviewScript.draftKept), .showNote(note)]
  }
}
