import Testing

@testable import FollowUpKit

/// The readings of round 11, prompted by the blind judge of tuning 12, each in sentences of our
/// own wording: three the gate must hold back and two it must leave alone per mechanism.
@Suite("Point word order, lone clauses, vague pointers, non sequiturs and place names")
struct PointTwelfthReadingsTests {
  static let topic = "your new depot"

  @Test(
    "a second-language shape is held back",
    arguments: [
      // An adverb of frequency between a lexical verb and what follows it.
      "At home we cook always with fresh herbs.",
      "I speak also a bit of Polish.",
      "They visit often the old town with school groups.",
      // "not" after a verb that takes an infinitive, with no "to".
      "We try not waste any food at home.",
      "I decided not take the bus that year.",
      "My team tried not use plastic bags.",
      // A subordinate clause with no main clause.
      "Because my brother is deaf and signing is a big part of our house.",
      "When I was a volunteer at the hospice.",
      "If I ever get the chance to help with the garden.",
      // A singular count noun with no article after an "-ing" verb.
      "I was running small food bank in Leeds.",
      "We are opening new branch in March.",
      "I was managing busy coffee shop for two years.",
      // A degree with no "'s".
      "My master was on coastal flooding.",
      "During my bachelor I worked nights.",
      "I did a master in data science.",
      // A plural owner with no apostrophe before a name of two words.
      "I helped at my aunts flower shop every summer.",
      "I fixed my friends gaming laptops for cash.",
      "We cooked at my grandparents corner shop.",
    ])
  func heldBack(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: Self.topic) != nil, "\(sentence)")
  }

  @Test(
    "the written forms pass",
    arguments: [
      "I always cook with fresh herbs.",
      "I travel often.",
      "We try not to waste any food.",
      "I tried not to panic on my first shift.",
      "When we moved here my dad opened a shop.",
      "Because my gran had dementia, I know how hard mornings are.",
      "I was running a small food bank in Leeds.",
      "I was running community events for the council.",
      "My master's was on coastal flooding.",
      "I did a Master of Science in Leeds.",
      "My parents run a corner shop.",
      "My friends love the new park.",
    ])
  func passes(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: Self.topic) == nil, "\(sentence)")
  }

  @Test(
    "a vague pointer or a chat filler is held back",
    arguments: [
      // "the others" after things, not people.
      "I set up the new laptops so I can show the others.",
      "We bought new tills and I helped the others with them.",
      // "these things", "that stuff".
      "I did a coding course so I enjoy these things.",
      "My dad loves all that stuff.",
      // "like this" after a verb: a manner the note cannot show.
      "At home we always cook like this.",
      "I did it like that for years.",
      // "thing" after a name of two words.
      "I went to a coding club thing at the library.",
      "We had a street food thing every Friday.",
      "My cousin runs some youth mentoring thing in Hull.",
    ])
  func vague(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: Self.topic) != nil, "\(sentence)")
  }

  @Test(
    "a pointer with a referent and a describing word before \"thing\" pass",
    arguments: [
      "I trained new carers and helped the others settle in.",
      "I did a similar project like this at college.",
      "It was a good thing for the town.",
      "The most important thing is the drivers.",
    ])
  func named(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: Self.topic) == nil, "\(sentence)")
  }

  static let cycleTopic =
    "Thank you for meeting me about the planner role at Leeds City Council."
    + " I especially enjoyed hearing about the new cycle lanes on the high street."

  @Test(
    "a short remark with no link to the topic is held back as a non sequitur",
    arguments: [
      "My aunt breeds horses.",
      "My degree was mostly statistics.",
      "Our house has solar panels.",
    ])
  func nonSequitur(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: Self.cycleTopic) == nil, "\(sentence)")
    #expect(PointGate.unrelated(sentence, topic: Self.cycleTopic) != nil, "\(sentence)")
  }

  @Test(
    "a remark that names the topic or says what it means to the writer passes",
    arguments: [
      "My daughter cycles to school.",
      "I'd love to help plan more of them.",
    ])
  func related(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: Self.cycleTopic) == nil, "\(sentence)")
    #expect(PointGate.unrelated(sentence, topic: Self.cycleTopic) == nil, "\(sentence)")
  }

  @Test(
    "a place typed in lower case before a new phrase is written as a name",
    arguments: [
      (
        "I did my placement in galway on a dairy farm.",
        "I did my placement in Galway on a dairy farm."
      ),
      ("I grew up in kumasi helping my aunt.", "I grew up in Kumasi helping my aunt."),
      ("I worked in tralee with my cousin.", "I worked in Tralee with my cousin."),
      ("I was interested in people with big ideas.", "I was interested in people with big ideas."),
      ("I work in retail with my sister.", "I work in retail with my sister."),
    ])
  func place(_ typed: String, _ expected: String) {
    #expect(ProperSpelling.placesCapitalised(typed) == expected)
  }
}

extension PointTwelfthReadingsTests {
  @Test(
    "a word of the topic's root links the remark to it, and a mass noun after an -ing verb passes")
  func roots() {
    let topic = "It was great to hear that you're opening a new autism class."
    #expect(PointGate.unrelated("My little brother is autistic.", topic: topic) == nil)
    #expect(
      PointGate.problem(
        in: "I've been buying secondhand outdoor gear for years.", topic: Self.topic) == nil)
  }
}

/// The person is told, once, why a remark with no link to the topic was left out.
@Suite("A non sequitur in a conversation")
struct NonSequiturConversationTests {
  @Test("a bare remark beside the topic is held back and the person told how to add it")
  func heldBackAndTold() {
    var conversation = Conversation.after(
      NoteGatesConversationTests.turns + ["yes"], today: NoteGatesConversationTests.today)
    #expect(conversation.stage == .interest)
    let answer = conversation.send("My aunt breeds horses").text
    #expect(answer.contains("out of the note"), "\(answer)")
    #expect(answer.contains("doesn't say how it links to the topic"), "\(answer)")
    let next = conversation.send("email").text
    #expect(!next.contains("out of the note"), "\(next)")
    let body = conversation.note?.body ?? ""
    #expect(!body.contains("horses"), "\(body)")
    #expect(body.contains("hydrotherapy pool"), "\(body)")
  }
}
