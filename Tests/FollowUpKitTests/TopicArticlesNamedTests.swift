import Testing

@testable import FollowUpKit

/// The judge of tuning 26 faulted topics with a singular thing and no article: "starting a new
/// process for UK energy client", "you are starting Korean-English bilingual program", "to hear
/// about Abu Dhabi Al Ain line tender", "hearing about liver on chip". A name before words in
/// lower case is one modifier of the head, so the phrase is vouched as a compound is; a name of
/// a people or language names a kind, which takes "a"; a hyphenated word typed in pieces is
/// found whatever its number of pieces. Sentences of our own, and those the rules leave alone.
@Suite("A named thing with its article (tuning 26)")
struct TopicArticlesNamedTests {
  @Test(
    "a name then words in lower case before a countable head take their article",
    arguments: [
      (
        "you won a contract for EU rail operator in Spain",
        "you won a contract for the EU rail operator in Spain"
      ),
      (
        "you are launching Anglo-Korean exchange scheme next spring",
        "you are launching an Anglo-Korean exchange scheme next spring"
      ),
      ("Leeds Bradford tram bid", "the Leeds Bradford tram bid"),
      ("Cape Town Durban rail freight tender", "the Cape Town Durban rail freight tender"),
      // Left alone: a kind at the topic's start, a mass head, a plural, a place in lower case.
      ("Korean style perm", "Korean style perm"),
      ("funding for NHS mental health", "funding for NHS mental health"),
      ("you are hiring UK graduate engineers", "you are hiring UK graduate engineers"),
      ("the new clinic in borough market", "the new clinic in borough market"),
    ])
  func namedCompound(_ topic: String, _ expected: String) {
    #expect(TopicArticles.determined(topic) == expected)
  }

  @Test("a hyphenated word typed in three pieces finds its phrase")
  func hyphenatedInPieces() {
    let discussion =
      "she said the team just won a grant to build a lab-on-chip platform for blood tests."
    #expect(
      TypedReference(discussion: discussion)?.resolved("lab on chip")
        == "the lab-on-chip platform for blood tests")
  }

  @Test("a typed phrase thin beside the offered news that holds it names that news")
  func thinReference() {
    var conversation = TopicReplyTests.atTopic(
      "they asked about my thesis on sensors. she explained the team just won a grant to build "
        + "a lab-on-chip platform and the postdoc will run the pilot.")
    let said = conversation.send("lab on chip").text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(said.contains("the team just won a grant to build a lab-on-chip platform"), "\(said)")
  }
}
