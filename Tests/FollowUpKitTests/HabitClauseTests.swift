import Testing

@testable import FollowUpKit

/// Tuning 29's bg015 told of "she said they source coffee from farmers in nyeri", and the note
/// was built on "the manager role": the clause had no verb the reader knew, so nothing in the
/// discussion was printable. After "you" a plain word is the verb, and with no time to come it
/// tells what the reader does as a habit; a verb of a change made once ("start", "open") in the
/// plain present is a plan said by a second-language speaker, and stays unvouched, as do a
/// clause with a time named and one with no object ("you pick, whatever").
@Suite("A habit of the reader's is a clause the note can print")
struct HabitClauseTests {
  @Test(
    "a plain verb after 'you' with its object is vouched",
    arguments: [
      "you source coffee from farmers in nyeri",
      "you install heat pumps with the government grant",
      "you train every new starter on the tills",
    ])
  func habit(_ topic: String) {
    #expect(TopicGate.problem(topic) == nil)
  }

  @Test(
    "a plan, a time, or no object is not",
    arguments: [
      "you start wholesale bread to cafes around the city in the new year",
      "you open a welcome class for new arrivals",
      "you pick, whatever",
      "you pick whatever's best",
      "you deliver to schools in March",
    ])
  func notHabit(_ topic: String) {
    let lower = topic.split(separator: " ").map { VouchedTopic.plain(String($0)) }
    #expect(!VouchedTopic.isHabit(lower[...], verb: 1))
  }

  @Test("bg015: the note is built on the coffee from Nyeri, never on the role")
  func coffee() {
    let conversation = Conversation.after(
      [
        "need a thank you sms for the manager at java house", "Brian Otieno",
        "mrs odhiambo the branch manager", "barista", "tuesday", "badly, i froze",
        "practical making a cappuccino, questions on espresso extraction, she said they source "
          + "coffee from farmers in nyeri, asked about my availability for weekends",
      ], today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today)
    #expect(conversation.topics.first?.text.contains("coffee from farmers") == true)
    #expect(conversation.facts.role == "barista")
  }
}
