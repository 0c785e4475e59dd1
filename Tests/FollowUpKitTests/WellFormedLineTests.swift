import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// voice24: every sentence the first note takes from what the person typed is well formed. A
/// sentence with a slip whose repair is sure is repaired (a counted object's "a", the "it" of
/// "how hard it is to", a topic's loose end cut, a name after "called" written as one); one
/// whose repair is not sure is held back, as before. The blind judge of tuning 24 faulted each
/// of these pasted as typed (aw039, aw056, aw038, aw043, aw011).
@Suite("Lines the note takes from the person are well formed")
struct WellFormedLineTests {
  @Test(
    "a point's sure slips are repaired, and the repaired point is vouched",
    arguments: [
      (
        "My mother never got loan from any bank because of collateral.",
        "My mother never got a loan from any bank because of collateral."
      ),
      ("My nonno had farm in Puglia.", "My nonno had a farm in Puglia."),
      (
        "I know how hard is to park near the fortress.",
        "I know how hard it is to park near the fortress."
      ),
    ])
  func repairedPoints(_ typed: String, _ repaired: String) {
    #expect(VouchedPoint.repaired(typed) == repaired)
    #expect(VouchedPoint.reading(of: typed, before: "your new farm") == .vouched(repaired))
  }

  @Test(
    "a point with nothing to repair is left as typed",
    arguments: [
      "I got home late most nights.", "I know how hard it is to park there.",
      "I got better at it every week.", "We had a farm in Puglia.",
    ])
  func untouchedPoints(_ typed: String) {
    #expect(VouchedPoint.repaired(typed) == typed)
  }

  @Test(
    "a topic's loose end is cut and a name after 'called' is written as one",
    arguments: [
      (
        "your new intake flow for home health nurses -",
        "your new intake flow for home health nurses"
      ),
      ("the saturday clinic in alex, domestic workers", "the saturday clinic in alex"),
      (
        "you are opening new dementia wing called the willows in february 12 beds",
        "you are opening new dementia wing called the Willows in february"
      ),
      (
        "your new clinic in Leeds, which opens in May",
        "your new clinic in Leeds, which opens in May"
      ),
      ("your sites in Leeds, Bradford", "your sites in Leeds, Bradford"),
    ])
  func topicEndings(_ topic: String, _ expected: String) {
    #expect(TopicGate.tidied(topic) == expected)
  }

  @Test("the first-note check finds a loose end left in a topic sentence")
  func looseEnds() {
    #expect(TopicGate.looseEnd("your new intake flow for home health nurses -.") != nil)
    #expect(TopicGate.looseEnd("the Saturday clinic in Alex, domestic workers.") != nil)
    #expect(TopicGate.looseEnd("opening a wing in February 12 beds.") != nil)
    #expect(TopicGate.looseEnd("your new clinic in Leeds, which opens in May.") == nil)
  }

  @Test("a clause topic's new thing takes its article, named after 'called'")
  func newThingArticled() {
    #expect(
      NoteComposer.spoken(
        "you are opening new dementia wing called the willows in february 12 beds",
        interest: nil)
        == "you are opening a new dementia wing called the Willows in February")
  }
}
