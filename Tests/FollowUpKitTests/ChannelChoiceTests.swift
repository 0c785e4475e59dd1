import Testing

@testable import FollowUpKit

/// A channel asked about and then settled on after the question mark: the choice made last is
/// the channel.
@Suite("Channel choice")
struct ChannelChoiceTests {
  @Test(
    "the channel settled on after a question",
    arguments: [
      ("instagram dm? or email idk, email i guess", Channel.email),
      ("linkedin? actually a text is better", .text),
      ("whatsapp? no, a card", .card),
      // Left alone: a channel alone, and a question with nothing settled after it.
      ("email", .email),
      ("linkedin or email?", .linkedin),
    ])
  func settled(_ text: String, _ channel: Channel) {
    #expect(Channel(reading: text) == channel)
  }
}
