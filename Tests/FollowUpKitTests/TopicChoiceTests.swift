import Testing

@testable import FollowUpKit

/// The three mechanisms of the topic's round, each on sentences of its own: the check reads a
/// topic as the judge does (`TopicPhraseCheck`), a topic it faults is completed or cut to its
/// core (`TopicCompletion`), and who raised a thing decides its rank (`TopicRoutine`,
/// `TopicRejection`).
@Suite("Topic choice and phrasing by grammar and by who raised it")
struct TopicChoiceTests {
  @Test(
    "the check flags a phrase a careful reader would fault",
    arguments: [
      "because of the new ferry route to Cherbourg",
      "their opening a second shop in Derry",
      "you launch the new loyalty app next month",
      "the depot in Hull start new night routes next year",
      "the new clinic focused",
      "a load of new bikes for the hire scheme",
    ])
  func flagged(_ topic: String) {
    #expect(TopicPhraseCheck.problem(topic) != nil, "\(topic)")
  }

  @Test(
    "the check leaves whole phrases alone",
    arguments: [
      "your new mobile library for rural villages",
      "the council has chosen you to run the new recycling scheme",
      "moving to the new surgical block in February with all single rooms",
    ])
  func whole(_ topic: String) {
    #expect(TopicPhraseCheck.problem(topic) == nil, "\(topic)")
  }

  @Test(
    "a phrase cut short is completed or cut to its core",
    arguments: [
      (
        "opening above the cafe in spring",
        "he's so excited about the new roof terrace they're opening above the cafe in spring",
        "the new roof terrace"
      ),
      (
        "videos of the new climbing wall",
        "she showed me videos of the new climbing wall they built last year",
        "the new climbing wall"
      ),
      (
        "the studio is launching a podcast series aimed",
        "she said the studio is launching a podcast series aimed at young carers, it starts soon",
        "the studio is launching a podcast series aimed at young carers"
      ),
      (
        "you are moving the whole archive",
        "he said they are moving the whole archive from paper to a cloud system and that is why",
        "you are moving the whole archive from paper to a cloud system"
      ),
      (
        "a new climbing wall", "she mentioned a new climbing wall theyre building in the old gym",
        "your new climbing wall"
      ),
      (
        "due to the new tram line to the airport", "busier due to the new tram line to the airport",
        "the new tram line to the airport"
      ),
    ])
  func completed(_ topic: String, _ source: String, _ expected: String) {
    #expect(TopicCompletion.printable(topic, source: source) == expected)
  }

  @Test(
    "a whole phrase is printed as found",
    arguments: [
      (
        "your new mobile library for rural villages",
        "she told me about their new mobile library for rural villages, it goes out weekly"
      ),
      (
        "you're opening a second site in Galway in the spring",
        "they're opening a second site in Galway in the spring with a bakery"
      ),
    ])
  func unchanged(_ topic: String, _ source: String) {
    #expect(TopicCompletion.printable(topic, source: source) == topic)
  }

  @Test(
    "what the employer told outranks what the candidate was asked or the job requires",
    arguments: [
      (
        "they asked me about stock rotation and till training. she said they are opening a click "
          + "and collect hub in March", "click and collect"
      ),
      (
        "He asked me how I would handle a complaint and about food safety. He told me the club "
          + "just won funding for a new 3G pitch", "3G pitch"
      ),
      (
        "He mentioned the Leeds depot is switching to electric vans next year and said they need "
          + "drivers willing to work weekends", "electric vans"
      ),
      (
        "asked about customer service and my taxi experience. Steve said the garage's going "
          + "fully electric by 2028", "fully electric"
      ),
    ])
  func employerFirst(_ text: String, _ expected: String) {
    let first = TopicExtractor().topics(in: text).first?.text ?? ""
    #expect(first.contains(expected), "\(first)")
  }

  @Test("routine stays when nothing else was said, and a need for things is no requirement")
  func routineAlone() {
    let topics = TopicExtractor().topics(in: "they asked me about the new sorting robots")
    #expect(topics.first?.text.contains("sorting robots") == true)
    #expect(!TopicRoutine.isRequirement("you need a bigger warehouse for the new contract"))
    #expect(TopicRoutine.isRequirement("you need engineers willing to stay on site"))
  }

  @Test(
    "a topic refused at the topic question is dropped and the one named instead taken",
    arguments: [
      (
        "no not the merger, the new call-back phone system", "the merger",
        "the new call-back phone system"
      ),
      ("nah not the rebrand. the podcast instead?", "the rebrand", "the podcast"),
      (
        "hmm maybe not the pay review, she seemed tired of it. the new app launch",
        "the pay review", "the new app launch"
      ),
    ])
  func refused(_ text: String, _ refused: String, _ chosen: String) {
    let rejection = TopicRejection(reading: text)
    #expect(rejection?.refused == refused)
    #expect(rejection?.chosen == chosen)
  }

  @Test(
    "no refusal is read where none opens the reply",
    arguments: ["not sure, maybe the new app", "I'd prefer the collaboration, not the move"])
  func notRefused(_ text: String) {
    #expect(TopicRejection(reading: text) == nil)
  }
}

extension TopicChoiceTests {
  @Test("at the topic question, a refused topic is never the note's, even with a question mark")
  func refusedInConversation() {
    var conversation = NoteVoiceTests.atTopic()
    let reply = conversation.send(
      "hmm maybe not the story hour, he seemed stressed about it. what I'm reading instead?"
    ).text
    #expect(reply.contains("built on what I'm reading"), "\(reply)")
    var other = NoteVoiceTests.atTopic()
    let second = other.send("no not the story hour").text
    #expect(!other.topics.contains { $0.text.contains("story hour") }, "\(second)")
  }
}

extension TopicChoiceTests {
  @Test(
    "a clause cut from its thing, or joined to a requirement, is cut to what it is about",
    arguments: [
      (
        "you're building in the basement with the council grant",
        "femi was hyped about the music studio theyre building in the basement with the council grant",
        "the music studio"
      ),
      (
        "moving all clients to Intune next quarter and looking for someone who knows it",
        "he said they are moving all clients to Intune next quarter and looking for someone who knows it",
        // The core, an "-ing" phrase with a time to come, is the plan whose subject was cut
        // (`TopicReshaping`): said as the clause it was.
        "you are moving all clients to Intune next quarter"
      ),
      (
        "moving all clients to Intune from next quarter and looking",
        "moving all clients to Intune from next quarter and looking for someone who knows it",
        "you are moving all clients to Intune from next quarter"
      ),
      (
        "a scheme to clear",
        "She's keen on a scheme to clear and reopen the old Mill Lane footpath",
        "a scheme to clear and reopen the old Mill Lane footpath"
      ),
    ])
  func cutToCore(_ topic: String, _ source: String, _ expected: String) {
    #expect(TopicCompletion.printable(topic, source: source) == expected)
  }

  @Test("a plan joined by \"and\" and a verb with its particle are whole")
  func wholeJoined() {
    #expect(TopicPhraseCheck.problem("opening a shop in Cork and want to expand into Wales") == nil)
    #expect(
      TopicPhraseCheck.problem(
        "you're putting in a new solar bore pump system",
        source: "my chainsaw ticket. theyre putting in a new solar bore pump system") == nil)
  }
}
