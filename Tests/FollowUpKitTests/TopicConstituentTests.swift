import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// The topic sentence said from the person's words as a whole constituent, with the articles
/// English requires and capitals only where the person's words show a name: the faults the
/// judge of tuning 15 found in first notes ("the new freezer section open in February", "the
/// new automated racking going", "passivhaus school" without "the first", "won competition",
/// "for pharmacy client", "a Blood test"), in wordings of our own, and what each repair must
/// leave alone.
@Suite("Topic said as a whole constituent")
struct TopicConstituentTests {
  // MARK: A whole constituent

  @Test(
    "a bare verb after a thing is said as the thing doing it",
    arguments: [
      ("the new bakery counter open in March", "the new bakery counter opening in March"),
      ("the old depot move to Leeds in June", "the old depot moving to Leeds in June"),
      ("their second clinic launch next spring", "their second clinic launching next spring"),
    ])
  func bareVerbAfterThing(_ topic: String, _ expected: String) {
    #expect(TopicReshaping.reshaped(topic) == expected)
  }

  @Test(
    "a word after a determiner, or a verb of state, is no verb cut from its ending",
    arguments: [
      "the open day in March",
      "the team need more nurses for the winter",
    ])
  func notBareVerbAfterThing(_ topic: String) {
    #expect(TopicReshaping.bareVerbAfterThing(topic.split(separator: " ").map(String.init)) == nil)
  }

  @Test(
    "a verb's particle closing the clause stays with the verb",
    arguments: [
      ("new solar panels going up.", "going up"),
      ("a new loading bay coming in.", "coming in"),
      ("the new ward system rolling out.", "rolling out"),
    ])
  func particleKept(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: "pay and shifts. " + text).map(\.text)
    #expect(topics.contains { $0.hasSuffix(expected) }, "\(topics)")
  }

  @Test("a particle opening a phrase the range cut still goes")
  func particleOfAPhraseCut() {
    let range = TopicExtractor().topics(in: "the new staff working in the lab").map(\.text)
    #expect(!range.contains { $0.hasSuffix(" in") }, "\(range)")
  }

  @Test("a quantity asked with no clause after its noun is no whole phrase")
  func quantityWithoutClause() {
    #expect(
      VouchedTopic.reading("how many first time buyers")
        != .nounPhrase("how many first time buyers"))
  }

  @Test(
    "a verb after a subject and an adverb is never read as a thing",
    arguments: [
      ("the evenings, I actually want late shifts", "want"),
      ("the library, we really need more volunteers", "need"),
      ("the garden, I just love growing herbs", "love"),
    ])
  func verbAfterAdverb(_ topic: String, _ verb: String) {
    let said = VouchedTopic.reading(topic)?.text ?? ""
    #expect(!said.split(separator: " ").contains { $0 == verb }, "\(said)")
  }

  static let discussion =
    "they asked about revit and detailing. Femi said theyre doing the first passivhaus school "
    + "in the county, and in march they open rooftop terrace restaurant for the staff canteen"

  @Test(
    "a typed topic is the whole phrase of the discussion it names: modifiers and head",
    arguments: [
      ("passivhaus school", "the first passivhaus school"),
      ("sí the rooftop", "rooftop terrace restaurant"),
      ("ja the first passivhaus", "the first passivhaus school"),
    ])
  func typedTopicCompleted(_ reply: String, _ expected: String) {
    var conversation = TopicReplyTests.atTopic(Self.discussion)
    let said = conversation.send(reply).text
    #expect(said.lowercased().contains(expected), "\(said)")
  }

  // MARK: Articles by grammar

  @Test(
    "a countable noun bare after a verb takes 'a'; one the program cannot vouch is not a clause",
    arguments: [
      ("you opened café in Leeds", VouchedTopic.clause("you opened a café in Leeds")),
      (
        "you just bought van for the deliveries",
        .clause("you just bought a van for the deliveries")
      ),
      // "competition" is counted (`TopicArticles.countedInIon`, the forty-sixth session), so
      // it takes its article; before, the program could not vouch for it bare.
      (
        "you just won competition for the library extension",
        .clause("you just won a competition for the library extension")
      ),
      // A range of numbers is one quantity (tuning 34's bq054 printed "24 year olds").
      (
        "the youth hub for 18 to 24 year olds",
        .nounPhrase("the youth hub for 18 to 24 year olds")
      ),
      // A quantity asked of a thing, with its clause (tuning 34's bq034).
      (
        "how many people listen on smart speakers now instead of FM",
        .nounPhrase("how many people listen on smart speakers now instead of FM")
      ),
      // A determiner before a name in capitals opens no clause (tuning 34's bq049).
      (
        "your Get Started with Music programme",
        .nounPhrase("your Get Started with Music programme")
      ),
      // Left alone: a noun that stands bare, an object with its article.
      ("you are hiring staff for the new ward", .clause("you are hiring staff for the new ward")),
      ("you won a grant for the soil project", .clause("you won a grant for the soil project")),
    ])
  func bareObject(_ topic: String, _ expected: VouchedTopic) {
    #expect(VouchedTopic.reading(topic) == expected)
  }

  @Test(
    "a compound bare after 'for' or 'with' takes 'a'; a place after 'in' is left as typed",
    arguments: [
      ("a new contract for pharmacy client", "a new contract for a pharmacy client"),
      ("a trial with partner school", "a trial with a partner school"),
      ("funding for youth club", "funding for a youth club"),
      // Left alone.
      ("the new clinic in borough market", "the new clinic in borough market"),
      ("a contract for NHS trust", "a contract for the NHS trust"),
    ])
  func compoundAfterPreposition(_ topic: String, _ expected: String) {
    #expect(TopicArticles.determined(topic) == expected)
  }

  // MARK: Capitals

  @Test(
    "a mass noun bare after 'in' is a common word, never made a place's name",
    arguments: [
      "my thesis was on biomarkers in blood so",
      "we cast the frames in steel for the bridge",
      "the jars are stored in glass so",
    ])
  func massNounKept(_ text: String) {
    #expect(ProperSpelling.placesCapitalised(text) == text)
  }

  @Test(
    "a place after 'in' or 'from' is still written as a name",
    arguments: [
      ("I trained in kumasi so", "I trained in Kumasi so"),
      ("I'm from derry too", "I'm from Derry too"),
    ])
  func placeStillNamed(_ text: String, _ expected: String) {
    #expect(ProperSpelling.placesCapitalised(text) == expected)
  }
}
