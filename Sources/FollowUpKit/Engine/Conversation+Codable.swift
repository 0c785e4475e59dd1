/// The saved form of a conversation.
///
/// Version 2 stores the phase (with the draft inside it) and the answers. Version 1, a stage
/// beside loose fields, is still read: it is converted to phases on load, and a frozen file of
/// each version is decoded by the tests forever.
extension Conversation: Codable {
  private enum CodingKeys: String, CodingKey {
    case version, today, surface, started, phase, answers, misses, asks, pending, shouts
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let version = try container.decode(Int.self, forKey: .version)
    guard version >= 2 else {
      self = try ConversationV1(from: decoder).converted()
      return
    }
    self.version = version
    today = try container.decode(CivilDate.self, forKey: .today)
    surface = try container.decode(Surface.self, forKey: .surface)
    started = try container.decode(Bool.self, forKey: .started)
    phase = try container.decode(Phase.self, forKey: .phase)
    answers = try container.decode(Answers.self, forKey: .answers)
    misses = try container.decode(Int.self, forKey: .misses)
    // Absent from sessions saved before the count was kept: counting starts afresh.
    asks = try container.decodeIfPresent(QuestionAsks.self, forKey: .asks) ?? QuestionAsks()
    pending = try container.decodeIfPresent(Pending.self, forKey: .pending)
    // Absent from sessions saved before shouting was read, and whenever false.
    shouts = try container.decodeIfPresent(Bool.self, forKey: .shouts) ?? false
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(today, forKey: .today)
    try container.encode(surface, forKey: .surface)
    try container.encode(started, forKey: .started)
    try container.encode(phase, forKey: .phase)
    try container.encode(answers, forKey: .answers)
    try container.encode(misses, forKey: .misses)
    try container.encode(asks, forKey: .asks)
    try container.encodeIfPresent(pending, forKey: .pending)
    if shouts { try container.encode(shouts, forKey: .shouts) }
  }

  /// Brings counters and indexes from a damaged or hand-edited file into range, as the history
  /// cursor is: trusted, a note index of -1 read out of bounds and a miss count near `Int.max`
  /// overflowed on the next message, crashing the process (found by fuzzing).
  mutating func clampCounters() {
    misses = max(0, min(misses, 1000))
    asks.answers = max(0, min(asks.answers, 1000))
    if var draft {
      draft.recipient = max(0, min(draft.recipient, recipients.count - 1))
      update(draft)
    }
  }
}

/// The saved form of version 1: a stage next to loose fields. Read only, to convert.
private struct ConversationV1: Decodable {
  /// The old draft: its history, without the channel (a field of the conversation then).
  struct History: Decodable {
    var revisions: [Revision]
    var cursor: Int
    var recipient: Int
    var baseTopics: [Topic]
    var variant: UInt64
  }

  var today: CivilDate
  var surface: Conversation.Surface
  var stage: Stage
  var started: Bool
  var facts: Facts
  var skipped: Set<Stage>
  var misses: Int
  var askedFollowUp: Bool
  var topics: [Topic]
  var topic: Topic?
  var channel: Channel?
  var freeAccount: Bool
  var interest: String?
  var draft: History?
  var address: String?
  var pending: Conversation.Pending?
  var explainedOutcome: Bool

  func converted() -> Conversation {
    var conversation = Conversation(today: today, surface: surface)
    conversation.version = Conversation.formatVersion
    conversation.started = started
    conversation.misses = misses
    conversation.pending = pending
    var answers = Answers(
      facts: facts, skipped: Set(skipped.compactMap(Question.init(stage:))), topics: topics,
      topic: topic, interest: interest, address: address)
    if askedFollowUp { answers.remarks.insert(.discussionFollowUp) }
    if explainedOutcome { answers.remarks.insert(.hardInterview) }
    let draft = self.draft.map { history in
      Draft(
        channel: channel ?? .email, freeAccount: freeAccount, baseTopics: history.baseTopics,
        variant: history.variant, revisions: history.revisions, cursor: history.cursor,
        recipient: history.recipient)
    }
    if draft == nil, let channel {
      answers.channel = ChannelChoice(channel: channel, freeAccount: freeAccount)
    }
    if draft != nil { answers.topic = nil }
    conversation.answers = answers
    switch (Question(stage: stage), draft) {
    case (.some(let question), .some(let draft)): conversation.phase = .revisiting(question, draft)
    case (.some(let question), .none): conversation.phase = .asking(question)
    case (.none, let draft):
      if stage == .draft, let draft {
        conversation.phase = .drafting(draft)
      } else {
        conversation.phase = .finished(draft)
      }
    }
    return conversation
  }
}

extension Question {
  /// The question a stage asks, if it asks one.
  init?(stage: Stage) {
    switch stage {
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
    case .draft, .done: return nil
    }
  }
}
