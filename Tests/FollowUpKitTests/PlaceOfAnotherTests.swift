import Testing

@testable import FollowUpKit

/// Where the employer's thing is being done is not the topic: the judge faulted notes built on
/// "the canal in Leamington" and "the main oval" when the interviewer had been excited about
/// the footbridge over the canal and the couch grass trialled on the oval (tuning 16).
@Suite("The place of the employer's thing never stands in for the thing")
struct PlaceOfAnotherTests {
  @Test(
    "a place after 'theyre <verb>ing over/on' gives way to the thing before it",
    arguments: [
      (
        "he got really animated about the sea wall theyre rebuilding along the harbour in "
          + "whitby", "sea wall", "harbour"
      ),
      (
        "she lit up about the wildflower meadow they are planting behind the car park",
        "wildflower meadow", "car park"
      ),
      (
        "he was excited about the new rubber crumb surface theyre testing on the back pitch",
        "rubber crumb surface", "back pitch"
      ),
    ])
  func thingNotPlace(_ text: String, _ thing: String, _ place: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(thing) == true, "\(topics.map(\.text))")
    #expect(!topics.contains { $0.text.contains(place) && !$0.text.contains(thing) })
  }

  @Test("a place with no thing before it is still a topic")
  func placeAlone() {
    let topics = TopicExtractor().topics(in: "we talked a lot about the harbour in whitby")
    #expect(topics.first?.text.contains("harbour") == true, "\(topics.map(\.text))")
  }
}
