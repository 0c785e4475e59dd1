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
}
