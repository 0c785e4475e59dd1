/// What the conversation is waiting for. The raw values are part of the JSON-lines protocol.
public enum Stage: String, Hashable, Sendable, Codable, CaseIterable {
  case name
  case interviewer
  case company
  case role
  case when
  case outcome
  case discussion
  case topic
  /// What about the topic interested the person: the note's second sentence, optional.
  case interest
  case channel
  /// Which note to write, from a short menu, when the first words do not say (issue 14).
  case occasion
  /// For a check-in: what they said about when the person would hear back.
  case heard
  /// For a check-in: something new since the interview, on what was discussed (optional).
  case development
  /// For a rejection reply: whether to ask for feedback (optional).
  case feedback
  case draft
  case done

  /// Stages the person may skip: the note reads well without them.
  public var isOptional: Bool {
    switch self {
    case .role, .when, .outcome, .interest, .channel: true
    case .occasion, .heard, .development, .feedback: true
    case .name, .interviewer, .company, .discussion, .topic, .draft, .done: false
    }
  }
}
