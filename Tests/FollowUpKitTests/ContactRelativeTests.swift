import Testing

@testable import FollowUpKit

/// Tuning 29's bg016 told of "the nurture room they're setting up" among the interview's
/// questions, and the note was built on "the teaching assistant role": the thing was named
/// before the verb that makes it, with nothing after the verb, so the plan's cue found no
/// object. A noun phrase straight before the employer's contracted subject and such a verb is
/// the thing, printed with its verb ("the nurture room you're setting up"); the verb's particle
/// closing that clause is no preposition left without its object.
@Suite("A thing named before the verb that makes it")
struct ContactRelativeTests {
  @Test(
    "the thing and its verb are one topic",
    arguments: [
      (
        "a scenario about a child having a meltdown in assembly, my welsh (im fluent), the "
          + "nurture room they're setting up, and they asked if i know makaton",
        "the nurture room you're setting up"
      ),
      ("we talked about shifts and the new stablecoin payouts theyre launching", "launching"),
    ])
  func contact(_ discussion: String, _ expected: String) {
    let topics = TopicGate.offered(in: discussion)
    #expect(topics.first?.contains(expected) == true, "\(topics)")
  }

  @Test("a particle closing the relative clause is whole; one before nothing is not")
  func particle() {
    #expect(TopicShape.problem("the nurture room you're setting up") == nil)
    #expect(TopicShape.problem("you were very excited about") != nil)
  }
}
