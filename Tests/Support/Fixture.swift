import FollowUpKit

/// Shared values for the test targets.
public enum Fixture {
  /// The date every test takes as today: Friday 27 November 2026.
  public static let today = CivilDate(dayNumber: 20_784)

  /// A whole conversation, one message per turn, that ends at a finished email draft.
  public static let conversation = [
    "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the operations coordinator job",
    "it went well I think",
    "she told me about their switch to electric cargo bikes and she was really excited about it, and we talked about the new depot in Leeds",
    "yes",
    "email",
    "shorter",
    "more formal",
    "use topic 2",
    "undo",
    "mention that I'd love to help plan the new routes",
    "done",
  ]

  /// Runs messages through a new conversation and returns it with every reply.
  public static func run(
    _ messages: [String], surface: Conversation.Surface = .terminal
  ) -> (Conversation, [Reply]) {
    var conversation = Conversation(today: today, surface: surface)
    var replies: [Reply] = []
    for message in messages { replies.append(conversation.send(message)) }
    return (conversation, replies)
  }
}
