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
  case channel
  case draft
  case done

  /// The stages the script asks, in order.
  static let asked: [Stage] = [
    .name, .interviewer, .company, .role, .when, .outcome, .discussion, .topic, .channel,
  ]

  /// Stages the person may skip: the note reads well without them.
  public var isOptional: Bool {
    switch self {
    case .role, .when, .outcome, .channel: true
    case .name, .interviewer, .company, .discussion, .topic, .draft, .done: false
    }
  }

  /// The fact this stage asks for, if it is one of the interview's facts.
  var slot: FactReader.Slot? {
    switch self {
    case .name: .name
    case .interviewer: .interviewer
    case .company: .company
    case .role: .role
    case .when: .when
    case .outcome: .outcome
    case .discussion, .topic, .channel, .draft, .done: nil
    }
  }
}
