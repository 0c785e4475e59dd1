import Testing

@testable import FollowUpKit

/// Tuning 29's bg052 typed "penrith" for "the new store opening in Penrith in feb", and the note
/// talked "about penrith in February"; bg050 typed "multi region" for the offered "your move to
/// multi-region for rakuten mobile", and the note talked "about multi region". A place names
/// where the thing told of is, so the thing is what was meant; a hyphenated word typed in
/// pieces names the offered topic that holds it.
@Suite("A typed place or hyphenated word names the thing")
struct TypedPlaceTests {
  static let today = CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today

  @Test("a place typed alone names the thing in it")
  func place() {
    var conversation = Conversation.after(["hi"], today: Self.today)
    conversation.answers.discussion =
      "she asked about kpis, the black friday setup, the new store opening in Penrith in feb, "
      + "and rostering around uni students"
    #expect(
      conversation.phraseInDiscussion("penrith")?.text == "the new store opening in Penrith in feb")
  }

  @Test("left alone: a place with no thing before it in its clause")
  func placeAlone() {
    #expect(
      Conversation.placedThing(
        ["we", "talked", "about", "Penrith"], [false, false, false, false], place: 3, typed: 1)
        == nil)
    #expect(
      Conversation.placedThing(
        ["they", "are", "opening", "in", "Penrith"], [false, false, false, false, false],
        place: 4, typed: 1) == nil)
  }

  @Test("a hyphenated word typed in pieces names the offered topic holding it")
  func hyphenated() {
    let conversation = Conversation.after(
      [
        "Kenji Watanabe", "Mr Ito", "rakuten", "site reliability engineer", "dec 1", "good",
        "on-call, kubernetes, their move to multi-region for rakuten mobile",
      ], today: Self.today)
    #expect(conversation.topicNamed("multi region")?.text.contains("multi-region") == true)
  }

  @Test("'went off on one about X' offers X")
  func rant() {
    #expect(
      TopicGate.withoutTalkFrame("one about whole-life carbon costing")
        == "whole-life carbon costing")
  }
}
