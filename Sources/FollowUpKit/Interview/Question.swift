/// A question of the interview script: the stages that wait for an answer.
enum Question: String, Hashable, Sendable, Codable, CaseIterable {
  case name
  case interviewer
  case company
  case role
  case when
  case outcome
  case discussion
  case topic
  /// The person's own point about the topic: optional, asked once.
  case interest
  case channel
  /// The questions of the occasions after the first note (issue 14); `Conversation+Occasion`
  /// says which occasion asks which, in what order.
  case occasion
  case heard
  case development
  case feedback

  /// The fact this question asks for, if it is one of the interview's facts.
  var slot: FactReader.Slot? {
    switch self {
    case .name: .name
    case .interviewer: .interviewer
    case .company: .company
    case .role: .role
    case .when: .when
    case .outcome: .outcome
    case .discussion, .topic, .interest, .channel: nil
    case .occasion, .heard, .development, .feedback: nil
    }
  }

  /// Questions the person may skip: the note reads well without them.
  var isOptional: Bool { Stage(self).isOptional }

  /// The question asked before this one, if any.
  var previous: Question? {
    guard let index = Self.allCases.firstIndex(of: self), index > 0 else { return nil }
    return Self.allCases[index - 1]
  }
}

extension Stage {
  init(_ question: Question) {
    switch question {
    case .name: self = .name
    case .interviewer: self = .interviewer
    case .company: self = .company
    case .role: self = .role
    case .when: self = .when
    case .outcome: self = .outcome
    case .discussion: self = .discussion
    case .topic: self = .topic
    case .interest: self = .interest
    case .channel: self = .channel
    case .occasion: self = .occasion
    case .heard: self = .heard
    case .development: self = .development
    case .feedback: self = .feedback
    }
  }
}
