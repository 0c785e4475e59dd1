import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A topic the person types is taken the first time when the discussion holds every word of
/// it, past a hedge ("i spose") or a word they left out ("the electric tugs" for "the electric
/// baggage tugs"): asking again only made them type it twice, and the suggestion they had
/// passed over was used in the end (tuning 22's as048, tuning 31's bk001 and bk048).
@Suite("A typed topic the discussion holds")
struct TypedTopicHeldTests {
  static let today = CivilDate(year: 2026, month: 12, day: 3) ?? Unseen.today
  static let turns = [
    "lachlan reid", "bec tait", "tasman link airlines", "ramp agent", "tuesday", "went alright",
    "did the manual handling test, asked about 4am starts and the roster, then darren was "
      + "rabbiting on about the electric baggage tugs coming to hobart in march, first regional "
      + "airport in tassie to get them apparently",
  ]

  @Test("a hedged, shortened name of the thing is taken at once, whole")
  func hedgedTaken() {
    var conversation = Conversation.after(Self.turns, today: Self.today)
    #expect(conversation.stage == .topic)
    let reply = conversation.send("the electric tugs i spose").text
    #expect(reply.contains("the electric baggage tugs"), "\(reply)")
    #expect(conversation.stage != .topic)
  }

  @Test("a word the discussion writes otherwise keeps the person's words whole")
  func otherFormKept() {
    var conversation = Conversation.after(
      Array(Self.turns.dropLast()) + [
        "pretty standard. then kiri was going on about their new build in fairfield, 24 flats "
          + "designed for kaumātua, heat pumps, wider doors, and tenants are moving in march"
      ], today: Self.today)
    #expect(conversation.stage == .topic)
    let reply = conversation.send("the kaumatua flats").text
    #expect(!reply.contains("built on the flats"), "\(reply)")
  }

  @Test("a hedge at the end of a typed topic is no word of it")
  func hedgeTidied() {
    #expect(TopicGate.tidied("the electric tugs i spose") == "the electric tugs")
  }
}
