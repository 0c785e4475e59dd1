import Testing

@testable import FollowUpKit

/// A topic handed to a frame is a whole noun phrase (`TopicHead`): the short or clipped
/// phrases tuning 22's blind judge faulted are found beside the person's words, and made whole
/// from them.
@Suite("A topic is a whole noun phrase")
struct TopicHeadTests {
  @Test(
    "a short or clipped phrase is found and made whole from the discussion",
    arguments: [
      // An adjective the person said as what the employer is becoming.
      (
        "paperless", "priti showed me round. theyre going paperless next year and she said so",
        "your plans to go paperless next year"
      ),
      // A head cut from its compound.
      (
        "the geothermal heat",
        "theyre converting the whole campus to geothermal heat pumps over like 5 years",
        "the geothermal heat pumps"
      ),
      // Cut inside "together with".
      (
        "the bioplastic from seaweed together",
        "a grant for making bioplastic from seaweed together with one seaweed farmer cooperative",
        "the bioplastic from seaweed"
      ),
      // A quantity is never the head.
      (
        "a whole collection of ranch ledgers",
        "they just got a state grant to digitize a whole collection of ranch ledgers from the 1880s",
        "the ranch ledgers"
      ),
      // The determiner the discussion gave the thing.
      (
        "cafe upstairs", "shes dead excited about the cafe theyre opening upstairs in the spring",
        "the cafe upstairs"
      ),
      // A mass noun said bare takes no article.
      (
        "the rider welfare", "he said rider welfare is the main thing for them not only speed",
        "rider welfare"
      ),
      // Its head, then its determiner.
      (
        "damp and mould", "she talked about the damp and mould taskforce theyve set up",
        "the damp and mould taskforce"
      ),
      // Its head, then on to the phrase's natural end (tuning 34's bq004).
      (
        "the Welsh language rhyme time",
        "the welsh language rhyme time sessions for babies they run on fridays, and the rest",
        "the Welsh language rhyme time sessions for babies"
      ),
    ])
  func repaired(_ topic: String, _ source: String, _ whole: String) {
    #expect(TopicHead.problem(topic, source: source) != nil, "\(topic)")
    #expect(TopicHead.repaired(topic, source: source) == whole)
  }

  @Test(
    "a whole phrase is left as it is",
    arguments: [
      // "changes" before its object is the verb.
      (
        "the battery range",
        "theyre redesigning the rider app because battery range changes which orders they can accept"
      ),
      // A pronoun with its verb opens a clause after the head.
      (
        "the new HS2 viaduct package",
        "fiona was going on about the new HS2 viaduct package theyve won in the midlands"
      ),
      ("the new deck oven", "he show me the new deck oven they buy from Italy, very expensive"),
      ("your plans to go paperless next year", "theyre going paperless next year"),
    ])
  func whole(_ topic: String, _ source: String) {
    #expect(TopicHead.problem(topic, source: source) == nil, "\(topic)")
  }

  @Test("an adjective with nothing to make it a thing is never offered")
  func adjectiveNotOffered() {
    let source = "he show me the new deck oven they buy from Italy, very expensive, he was excited"
    let offered = TopicGate.printable(
      [
        Topic(text: "very expensive", score: 0.9, kind: .typed),
        Topic(text: "the new deck oven", score: 0.5, kind: .typed),
      ], source: source)
    #expect(offered.map(\.text) == ["the new deck oven"])
  }

  @Test("a typed topic that names a verb's object is the object, not the verb")
  func verbAfterTo() {
    let reference = TypedReference(
      discussion: "they just got a state grant to digitize a whole collection of ranch ledgers "
        + "from the 1880s, like account books")
    let resolved = reference?.resolved("the ranch ledgers digitization") ?? ""
    #expect(!resolved.lowercased().contains("digitize"), "\(resolved)")
  }
}
