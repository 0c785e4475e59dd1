@testable import FollowUpKit

extension TopicGate {
  /// The topics a discussion offers, as the note would print them, read with the context of a
  /// conversation just begun on 4 December 2026: what every test of finding a topic in a
  /// sentence starts from.
  static func offered(in discussion: String) -> [String] {
    let context = Conversation.after(
      ["hi"], today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
    ).extractionContext
    return printable(
      TopicExtractor(context: context).topics(in: discussion), source: discussion
    ).map(\.text)
  }
}
