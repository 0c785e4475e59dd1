import Testing

@testable import FollowUpKit

/// The topic-sentence faults the judge of tuning 14 found, each met by a mechanism of grammar:
/// determiners where a slot needs one, "-ing" after "be" only where certain, a verb never ended
/// before its complement, and a typed word that names no topic refused. Sentences of our own, in
/// other wordings than the judged notes, and two each mechanism must leave alone.
@Suite("Topic sentences by grammar (tuning 14)")
struct TopicNinthSessionTests {
  @Test(
    "a bare countable compound gets \"the\" where its slot needs a determiner",
    arguments: [
      ("food bank", "the food bank"),
      (
        "you just won NHS contract for the clinics", "you just won the NHS contract for the clinics"
      ),
      (
        "the new lambing shed in Upper Dales valley",
        "the new lambing shed in the Upper Dales valley"
      ),
      ("complete refit of the main kitchen", "the complete refit of the main kitchen"),
      // Left alone: a mass or abstract head, a single word, a plural, a name.
      ("funding for mental health", "funding for mental health"),
      (
        "you are bringing in speech recognition software",
        "you are bringing in speech recognition software"
      ),
      ("staff wellbeing days", "staff wellbeing days"),
      ("the move to Tesco Express", "the move to Tesco Express"),
    ])
  func determiners(_ topic: String, _ expected: String) {
    #expect(TopicArticles.determined(topic) == expected)
  }

  @Test(
    "a bare verb after \"be\" becomes its \"-ing\" form only where certain",
    arguments: [
      ("you are build a new depot in Hull", "you are building a new depot in Hull"),
      ("they're launch a loyalty app", "they're launching a loyalty app"),
      ("the team is expand its Leeds office", "the team is expanding its Leeds office"),
      // Left alone: an adjective after "be", a state, a past with its participle dropped.
      ("you are open to part-time hours", "you are open to part-time hours"),
      ("you are need more drivers", "you are need more drivers"),
      ("the site was build in 2020", "the site was build in 2020"),
    ])
  func progressiveAfterBe(_ topic: String, _ expected: String) {
    #expect(TopicRepair.progressiveAfterBe(topic) == expected)
  }

  @Test(
    "\"bring\" is not an \"-ing\" form: a clause with it after \"be\" is not vouched as it stands",
    arguments: ["bring", "spring", "string"])
  func noStem(_ word: String) {
    #expect(!VouchedTopic.isIngForm(word))
    #expect(VouchedTopic.isIngForm("opening"))
  }

  @Test(
    "a verb's complement is supplied or the phrase that lacks it left out",
    arguments: [
      ("you're putting a new boiler system", "you're putting in a new boiler system"),
      ("you brought two new consultants", "you brought in two new consultants"),
      ("you are putting new lifts in March", "you are putting in new lifts in March"),
      ("the Cork depot opening 2027", "the Cork depot opening in 2027"),
      ("you put new tills in the shop", "you put new tills in the shop"),
      ("the new ward launching April", "the new ward launching in April"),
      // Left alone: a place already said, a month that is a verb, a time with its opener.
      ("you are bringing the teams together", "you are bringing the teams together"),
      ("you may open a second café", "you may open a second café"),
      ("the new site opening in 2027", "the new site opening in 2027"),
    ])
  func complements(_ topic: String, _ expected: String) {
    #expect(TopicRepair.complemented(topic) == expected)
  }

  @Test(
    "an infinitive of purpose with no object the note can name is left out",
    arguments: [
      ("you're hiring two nurses to fix it", "you're hiring two nurses"),
      ("a new rota system to sort it", "a new rota system"),
      ("you are buying a bigger van to replace them", "you are buying a bigger van"),
    ])
  func purpose(_ topic: String, _ expected: String) {
    #expect(TopicRepair.withoutPurpose(topic) == expected)
  }

  @Test(
    "a purpose with its object, or an intransitive one, stays",
    arguments: [
      "a grant to fix the old roof",
      "you are hiring more staff to grow",
      "you're giving staff electric cars to use",
    ])
  func purposeKept(_ topic: String) {
    #expect(TopicRepair.withoutPurpose(topic) == nil)
  }

  @Test(
    "a day, a date or a word of talk is no topic",
    arguments: ["Friday", "mention", "the 14th", "talking"])
  func nonTopic(_ topic: String) {
    #expect(TopicGate.problem(topic) != nil)
  }

  @Test(
    "a thing with a day, or a thing named by a talk-like noun, is still a topic",
    arguments: ["the Friday food market", "your new interview training scheme"])
  func topicWithDay(_ topic: String) {
    #expect(TopicGate.nonTopicWord(topic) == nil)
  }

  @Test(
    "the note says the topic with its determiner, verb form and complement",
    arguments: [
      ("charity shop in Hastings", "the charity shop in Hastings"),
      ("you are bring a new scanner system", "you are bringing in a new scanner system"),
      (
        "you're bringing in a new triage program to fix it",
        "you're bringing in a new triage program"
      ),
    ])
  func spoken(_ topic: String, _ expected: String) {
    #expect(NoteComposer.spoken(topic, interest: nil) == expected)
  }

  @Test(
    "news whose clause cannot be vouched for is said by its thing, not dropped for the next",
    arguments: [
      ("you bring new voice picking system", "new voice picking system")
    ])
  func newsKeptByItsThing(_ topic: String, _ expected: String) {
    let next = Topic(text: "you need people who learn fast", score: 0.5, kind: .conversation)
    let kept = TopicGate.printable([Topic(text: topic, score: 0.9, kind: .news), next])
    let said = kept.first.map { NoteComposer.spoken($0.text, interest: nil) } ?? ""
    #expect(said.hasSuffix(expected))
    #expect(!said.hasPrefix("you bring"))
  }
}
