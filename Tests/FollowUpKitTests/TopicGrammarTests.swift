import Foundation
import Testing

@testable import FollowUpKit

/// Every sentence a note can carry its topic in is a whole English sentence: a clause never sits
/// in a noun-phrase slot ("our conversation about you're rolling out ..."), no sentence ends on a
/// preposition or auxiliary, and no slot is left empty.
@Suite("The topic sentence is grammatical")
struct TopicGrammarTests {
  @Test(
    "a topic's form is read from its words",
    arguments: [
      ("you're rolling out self-checkout in every store by March", TopicGrammar.Form.clause),
      ("the lab just got funding for a new sodium-ion battery pilot line", .clause),
      ("the council has chosen you to run the new recycling scheme", .clause),
      ("the branch is becoming a community banking hub", .clause),
      ("your plans to open a second centre in Leeds", .nounPhrase),
      ("the new heart failure clinic", .nounPhrase),
      ("how the new analytics team will fit into the finance department", .nounPhrase),
      ("the newly renovated kitchen", .nounPhrase),
      ("bringing in drones for stock counting", .nounPhrase),
      ("the new surgery you've just built upstairs with the 3d scanner", .nounPhrase),
      ("the new automated stacking cranes being installed on berth 9 next year", .nounPhrase),
      ("once a month all the drivers go out to the depot", .clause),
      // A verb after a preposition's phrase still makes a clause; a relative word does not.
      ("the route to Amsterdam will be more often", .clause),
      ("the new wing at the county hospital is opening in the spring", .clause),
      ("the move to bigger premises in Salford has been delayed again", .clause),
      ("the site that is being built next to the ring road", .nounPhrase),
      ("the plans for a second bakery in the old post office", .nounPhrase),
      // A word in -s after the head noun, with its object, is the verb.
      ("the new graduate rotation includes 6 months abroad", .clause),
      ("the community fridge feeds a hundred families a week", .clause),
      ("the pharmacy team runs the flu clinic on Saturdays", .clause),
      ("the new sports hall", .nounPhrase),
      ("the kids books imprint", .nounPhrase),
      // A participle wanting its complement describes the thing: no finite verb.
      ("your new Leeds office next year focused on renewable energy projects", .nounPhrase),
      ("a podcast series aimed at young carers", .nounPhrase),
      // A contracted "is" on the subject's head before a verb with its complement.
      ("the depot's going fully electric by 2028", .clause),
      ("the company's training programme for graduates", .nounPhrase),
    ])
  func form(_ text: String, _ expected: TopicGrammar.Form) {
    #expect(TopicGrammar.form(of: text) == expected, "\(text)")
  }

  @Test("the check finds a clause in a noun-phrase slot, a dangling word and an empty slot")
  func check() {
    let clause = "you're rolling out self-checkout in every store by March"
    #expect(
      TopicGrammar.problem(
        in: "Our conversation about \(clause) has stayed with me.", topic: clause)
        != nil)
    #expect(
      TopicGrammar.problem(in: "I enjoyed hearing that \(clause).", topic: clause) == nil)
    let cut = "how the new analytics team will fit into the finance department next"
    #expect(TopicGrammar.problem(in: "I enjoyed talking about \(cut).", topic: cut) != nil)
    #expect(TopicGrammar.problem(in: "I enjoyed talking about {topic}.", topic: "x") != nil)
  }

  @Test(
    "the check finds the faults of tuning set 6's topic sentences",
    arguments: [
      "I especially enjoyed our conversation about win the rebrand for a big museum in Bristol.",
      "I particularly enjoyed talking about roast your own beans in the unit next door.",
      "I especially enjoyed hearing that that the team is about to start consulting.",
      "I especially enjoyed hearing that we finally got the county to fund the mobile unit.",
      "I was glad to hear that you're getting a robot dispensing machine in The back room.",
      "It was great to hear that you will open the rooftop restaurant on december 15.",
      "It was good to hear that you're migrating off Redshift in q1.",
    ])
  func sixthSetFaults(_ sentence: String) {
    #expect(TopicGrammar.sentenceProblem(sentence) != nil, "\(sentence)")
  }

  @Test(
    "and passes their mended sentences",
    arguments: [
      "I especially enjoyed our conversation about winning the rebrand for a big museum in Bristol.",
      "I particularly enjoyed talking about roasting your own beans in the unit next door.",
      "I especially enjoyed hearing that the team is about to start consulting.",
      "I especially enjoyed hearing that you finally got the county to fund the mobile unit.",
      "I was glad to hear that you're getting a robot dispensing machine in the back room.",
      "It was great to hear that you will open the rooftop restaurant on December 15.",
      "I really enjoyed hearing about the new contract. Thank you again for your time.",
      "I was glad to hear about all the new sites. The new ones open in May.",
    ])
  func sixthSetMended(_ sentence: String) {
    #expect(TopicGrammar.sentenceProblem(sentence) == nil, "\(sentence)")
  }

  /// Every frame, tone and outcome wording the composer can choose, filled with `topic`.
  /// The topic is checked as the note says it (`NoteComposer.spoken`), the words a reader sees.
  static func problems(for topic: Topic) -> [String] {
    let text = NoteComposer.spoken(topic.text, interest: nil)
    let form = TopicGrammar.form(of: text)
    var frames = [Phrasebook.briefTopic(topic.kind, form: form)]
    for composed in [false, true] {
      frames += Phrasebook.topic(topic.kind, form: form, composed: composed)
    }
    return frames.compactMap { frame in
      let sentence = frame.replacingOccurrences(of: "{topic}", with: text)
      return TopicGrammar.problem(in: sentence, topic: text).map { "\($0): \(sentence)" }
    }
  }

  @Test("every topic of the labelled sets, in every frame it can get")
  func labelledSets() throws {
    var failures: [String] = []
    var checked = 0
    for file in ["topic-cases.txt", "heldout-topic-cases.txt"] {
      for item in try TopicCase.load(file) {
        for topic in TopicExtractor().topics(in: item.text) {
          checked += 1
          failures += Self.problems(for: topic)
        }
      }
    }
    print("topic sentences checked: \(checked) topics, \(failures.count) problems")
    #expect(checked >= 150)
    #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
  }

  @Test(
    "what the interviewer said is a clause topic, whole and turned to them",
    arguments: [
      (
        "She said the lab just won a big EU grant for the soil project.",
        "the lab just won a big EU grant for the soil project"
      ),
      (
        "she mentioned they're rolling out self-checkout in every store by March",
        "you're rolling out self-checkout in every store by March"
      ),
      (
        "mei said theyre about to release an AI assistant that writes SQL and shes the one pushing it",
        "you're about to release an AI assistant that writes SQL"
      ),
      (
        "He asked about cycle counts. He said they are bringing in drones for stock counting",
        "you are bringing in drones for stock counting"
      ),
      (
        "she told me they're opening a stall in borough market in march and want a seasonal menu",
        "you're opening a stall in borough market in March"
      ),
    ])
  func reported(_ text: String, _ expected: String) {
    let top = TopicExtractor().topics(in: text).first
    #expect(top?.text == expected, "\(top?.text ?? "none")")
    #expect(top.map { TopicGrammar.form(of: $0.text) } == .clause)
  }

  @Test(
    "chat around a typed topic is not the topic",
    arguments: [
      ("go with the ledger thing instead, thats what we spent the most time on", nil, "the ledger"),
      ("no 2, the academy part pls", 2, "the academy"),
      ("yes the girls academy", nil, "the girls academy"),
      ("the one about the fraud model", nil, "the fraud model"),
      // A general noun after a word that only describes is the head: "the new" names nothing.
      ("the new place", nil, "the new place"),
      ("the big one", nil, "the big one"),
      ("the new rooftop place", nil, "the new rooftop"),
      ("3", 3, nil),
    ] as [(String, Int?, String?)])
  func typedChoice(_ text: String, _ number: Int?, _ words: String?) {
    let choice = TopicExtractor.typedChoice(text)
    #expect(choice?.number == number && choice?.words == words, "\(String(describing: choice))")
  }

  @Test(
    "the person's point is tidied into their own first-person sentence",
    arguments: [
      (
        "i'd love to help bring the new site up to speed",
        "I'd love to help bring the new site up to speed"
      ),
      (
        "just say im really keen on their greenway work lol",
        "I'm really keen on your greenway work"
      ),
      ("teaching the new carers", "I was particularly interested in teaching the new carers"),
      // A comma splice is two sentences; an exclamation keeps its mark.
      (
        "i love systems that change the level layout, my grad project had a tide mechanic",
        "I love systems that change the level layout. My grad project had a tide mechanic"
      ),
      (
        "What a wonderful idea, I'd love to help set it up",
        "what a wonderful idea! I'd love to help set it up"
      ),
      // A clause is never "interested in"; chat emphasis goes; names are written as names.
      (
        "Many of my family live in cold flats so this matters",
        "many of my family live in cold flats so this matters"
      ),
      (
        "i thrift literally everything so resale is my thing",
        "I thrift everything so resale is my thing"
      ),
      (
        "i speak some portuguese from living in lisbon",
        "I speak some Portuguese from living in Lisbon"
      ),
    ])
  func point(_ text: String, _ expected: String) {
    #expect(InterestReader.point(from: text, context: ExtractionContext()) == expected)
  }

  @Test("words the person capitalised elsewhere are spelled that way in their point")
  func spelling() {
    #expect(
      ProperSpelling.restored("I did intune enrolment", from: ["moving to Microsoft Intune"])
        == "I did Intune enrolment")
    #expect(
      ProperSpelling.restored("I wrote sql for everyone", from: []) == "I wrote SQL for everyone")
    // A sentence's first word says nothing about how a word is spelled.
    #expect(ProperSpelling.restored("the hotel", from: ["Hotel rooms were new"]) == "the hotel")
  }

  @Test(
    "a topic is found past a compound noun and a reflexive",
    arguments: [
      (
        "at the end Ciarán said the planning section is moving all applications online next year",
        "the planning section is moving all applications online next year"
      ),
      (
        "she was delighted with herself about them signing the whole Supermac's chain for their till software",
        "signing the whole Supermac's chain"
      ),
    ])
  func found(_ text: String, _ expected: String) {
    let top = TopicExtractor().topics(in: text).first?.text ?? ""
    #expect(top.hasPrefix(expected), "\(top)")
  }
}
