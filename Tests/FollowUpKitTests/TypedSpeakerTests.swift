import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A typed topic that closes by saying who brought it up ("the utility AI rebuild Mei talked
/// about", "the co-dev stuff Ben mentioned") points at the thing with that clause; tuning 33's
/// judge faulted notes that printed it ("our conversation about the utility AI rebuild Mei
/// talked." in the note to Mei).
@Suite("Who said it, typed after the topic, is no part of it")
struct TypedSpeakerTests {
  @Test(
    "the closing clause is split from the thing, and a named speaker kept",
    arguments: [
      ("the co-dev stuff Ben mentioned", ["ben"], "the co-dev stuff", "Ben"),
      ("the garden thing she showed me", [], "the garden thing", nil),
      ("the repairs app raj was talking about", ["raj"], "the repairs app", "raj"),
      (
        "the hedging for exporters, what Director Lee talked about", ["lee"],
        "the hedging for exporters", "Lee"
      ),
      ("the new NHS Trust app Sarah mentioned", [], "the new NHS Trust app", "Sarah"),
    ] as [(String, [String], String, String?)])
  func split(_ text: String, _ names: [String], _ thing: String, _ speaker: String?) throws {
    let split = try #require(TypedSpeaker.split(text, names: Set(names)))
    #expect(split.thing == thing)
    #expect(split.speaker == speaker)
  }

  @Test(
    "no clause of telling, or nothing before it, is no split",
    arguments: ["the new depot", "what Mei talked about", "the depot they opened", "the bit about"])
  func noSplit(_ text: String) {
    #expect(TypedSpeaker.split(text, names: ["mei"]) == nil)
  }

  @Test("the note names the thing, to the interviewer who said it, without the clause")
  func noteWithoutClause() throws {
    var conversation = Conversation(today: Fixture.today)
    _ = conversation.receive(.sessionStarted)
    for message in [
      "Hi, I'm Alex Morgan. I had a panel interview at Harbour Housing Association yesterday "
        + "with Dana Patel and Raj Mehta for the tenancy officer role. I think it went well.",
      "Dana asked how I would handle a tenant in arrears, and Raj was excited about the new "
        + "repairs app they're launching in spring",
      "the repairs app raj talked about", "skip", "email",
    ] {
      _ = conversation.send(message)
    }
    let body = try #require(conversation.note?.body)
    #expect(body.contains("Dear Raj"), "\(body)")
    #expect(body.contains("repairs app"), "\(body)")
    #expect(!body.lowercased().contains("talked"), "\(body)")
  }
}
