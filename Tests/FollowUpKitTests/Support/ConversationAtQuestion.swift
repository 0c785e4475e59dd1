@testable import FollowUpKit

extension Conversation {
  /// A conversation already under way, holding `facts` and asking `question`, with no turns
  /// typed: the start every test of reading at one question needs, without replaying the
  /// answers before it (whose own reading is tested elsewhere).
  static func holding(_ facts: Facts, at question: Question, today: CivilDate) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    conversation.started = true
    conversation.answers.facts = facts
    conversation.phase = .asking(question)
    return conversation
  }

  /// The conversation `holding(_:at:today:)` gives, after `texts` are sent in turn: what a
  /// person meant at that question, read as they typed it.
  static func after(
    _ texts: [String], at question: Question, holding facts: Facts, today: CivilDate
  ) -> Conversation {
    var conversation = holding(facts, at: question, today: today)
    for text in texts { _ = conversation.send(text) }
    return conversation
  }
}
