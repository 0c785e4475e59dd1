@testable import FollowUpKit

extension Conversation {
  /// A conversation on the remote surface after these turns, each sent in order: the one way the
  /// reading tests drive a whole exchange, so each suite states only its turns.
  static func after(_ turns: [String], today: CivilDate) -> Conversation {
    var conversation = Conversation(today: today, surface: .remote)
    for turn in turns { _ = conversation.send(turn) }
    return conversation
  }

  /// A conversation at the point question, on the new depot in Leeds: where the suites on the
  /// person's point (held back, too long) begin.
  static func atThePoint(today: CivilDate) -> Conversation {
    after(
      [
        "Sam Patel", "Priya Shah", "Northgate Foods", "analyst", "yesterday", "good",
        "she told me about the new depot opening in Leeds next spring", "yes",
      ], today: today)
  }
}
