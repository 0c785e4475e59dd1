import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A thing the person pointed at is written as they pointed at it: the blind judge of tuning 24
/// faulted "hear about a new Krios microscope" (the person typed "the new microscope"), "a new
/// 200 home development" ("the durham development") and "talking about the new goods" (the new
/// goods-to-person robots, cut at "to").
@Suite("A typed topic takes the form the person pointed at it with")
struct TopicReferenceFormTests {
  @Test(
    "an indefinite phrase takes the reply's definite determiner",
    arguments: [
      ("a new Krios microscope", "the new microscope", "the new Krios microscope"),
      ("a new 200 home development", "the durham development", "the new 200 home development"),
      ("a pro bono project", "their pro bono project", "your pro bono project"),
      ("a new crew base", "you choose, maybe the base", "the new crew base"),
      // No determiner typed, or a phrase that opens otherwise: unchanged.
      ("a new crew base", "crew base", "a new crew base"),
      ("you are opening a new wing", "the wing", "you are opening a new wing"),
    ])
  func pointed(_ text: String, _ typed: String, _ expected: String) {
    #expect(TopicReferenceForm.pointed(text, typed: typed) == expected)
  }

  @Test(
    "a noun, 'to' and a bare noun before a plural head are one modifier",
    arguments: [
      ("the new goods to person robots", "the new goods-to-person robots"),
      ("the door to door sales", "the door-to-door sales"),
      // In a clause "to" opens the verb's phrase (tuning 7's p046, tuning 3's h030).
      (
        "you're converting the garage to hydrogen buses",
        "you're converting the garage to hydrogen buses"
      ),
      ("you're trialling drones to find leaks", "you're trialling drones to find leaks"),
      ("half the fleet to electric vans", "half the fleet to electric vans"),
      // A destination, not a modifier: the head after it is singular.
      ("moving the staff to head office", "moving the staff to head office"),
      // A plural after "to" is a phrase of its own.
      ("the move to new offices", "the move to new offices"),
    ])
  func compounded(_ text: String, _ expected: String) {
    #expect(TopicReferenceForm.compounded(text) == expected)
  }

  @Test("the note names the offered thing as the person pointed at it")
  func notePointed() {
    var conversation = TopicReplyTests.atTopic(
      "he asked about supervising students. he told me they just got a big wellcome grant and "
        + "a new Krios microscope is arriving in spring and he needs someone to help get it "
        + "running")
    let said = conversation.send("the new microscope").text
    #expect(said.contains("the new Krios microscope"), "\(said)")
  }

  @Test("a compound with 'to' inside is never cut at it")
  func noteCompound() {
    var conversation = TopicReplyTests.atTopic(
      "asked about my flt licence. then he took me round and showed me the new goods to person "
        + "robots they put in in october, the shelves come to you basically")
    let said = conversation.send("the robots").text
    #expect(said.contains("goods-to-person robots"), "\(said)")
    for reply in ["skip", "email", "email"] where conversation.note == nil {
      _ = conversation.send(reply)
    }
    let body = conversation.note?.body ?? ""
    #expect(body.contains("the new goods-to-person robots"), "\(body)")
  }
}
