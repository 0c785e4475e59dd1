import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A topic the person types in a few words reaches the note as a whole English phrase. The
/// blind judge of tuning 23 faulted the topic in about 16 of 60 first notes: shorthand pasted
/// with its article missing ("hearing about merger"), a phrase cut at the longest topic ("the
/// wood bison from elk island next spring for a conservation breeding"), a phrase left headless
/// when "stuff" was stripped ("the new menu with the local"), and a slash typed as shorthand
/// ("the cloud / paperless change").
@Suite("A typed topic is a whole phrase")
struct TypedTopicWholeTests {
  /// A conversation at the topic question, after `discussion`.
  static func atTopic(_ discussion: String) -> Conversation {
    var conversation = Conversation(today: Fixture.today)
    for text in [
      "I had an interview at Hearth Housing Trust on Friday with Fiona Kerr. I'm Arjun Mehta.",
      "fundraising officer", "fine", discussion,
    ] {
      _ = conversation.send(text)
    }
    return conversation
  }

  @Test(
    "a noun typed for the event an offered clause tells names that clause",
    arguments: [
      (
        "Fiona said they're merging with Stepping Stones (a youth homelessness charity) from "
          + "April, so the team will have two sets of funders to manage",
        "merger", "merging with Stepping Stones"
      ),
      (
        "asked about my last job on the touring show. tom got going about swapping the whole "
          + "rig to LED over the summer shutdown, getting rid of the old tungsten",
        "LED rig swap", "swapping the whole rig to LED"
      ),
    ])
  func eventNoun(_ discussion: String, _ typed: String, _ expected: String) {
    let conversation = Self.atTopic(discussion)
    let named = conversation.topicNamed(typed)?.text ?? ""
    #expect(named.contains(expected), "\(named)")
  }

  @Test("forms of one word: a noun of a verb's event, a consonant doubled before -ing")
  func sameWord() {
    #expect(TopicChoice.sameWord("merger", "merging"))
    #expect(TopicChoice.sameWord("closure", "closing"))
    #expect(TopicChoice.sameWord("swap", "swapping"))
    #expect(TopicChoice.stem("planned") == "plan")
    #expect(TopicChoice.stem("filling") == "fill")
    #expect(!TopicChoice.sameWord("merger", "margin"))
  }

  @Test("a phrase cut at the longest topic goes back to its last whole phrase")
  func cutAtLength() {
    #expect(
      Conversation.wholeComplement([
        "from", "elk", "island", "next", "spring", "for", "a", "conservation",
      ]) == 3)
    #expect(Conversation.wholeComplement(["for", "a", "conservation"]) == 0)
    // Tuning 23's au033.
    let conversation = Self.atTopic(
      "usual stuff like can you work weekends and stat holidays, shovelling snow at minus 40 "
        + "lol, the union wage thing which is like 22 an hour to start. they asked about my old "
        + "job at the feedlot near swift current and how i handled sick animals. then dr "
        + "kowalchuk got really into it about bringing in a pair of wood bison from elk island "
        + "next spring for a conservation breeding thing, theyre building a new barn and "
        + "paddock for them")
    #expect(
      conversation.topicNamed("the wood bison thing")?.text == "the wood bison from elk island")
  }

  @Test(
    "a general noun stripped from a typed topic takes its headless phrase with it; a spaced slash is 'and'",
    arguments: [
      ("new menu with the local stuff", "new menu"),
      ("the cloud / paperless change", "the cloud and paperless change"),
      ("the SAP S/4HANA move", "the SAP S/4HANA move"),
      ("the school garden thing", "the school garden"),
    ])
  func typedWords(_ reply: String, _ expected: String) {
    #expect(TopicExtractor.typedChoice(reply)?.words == expected)
  }

  @Test(
    "the grammar check finds a bare count noun after a frame, a slash and a headless phrase",
    arguments: [
      ("I appreciated hearing about merger.", true),
      ("I appreciated hearing about the merger.", false),
      ("I particularly enjoyed talking about recruitment.", false),
      ("I particularly enjoyed talking about teamwork.", false),
      ("It was really interesting to hear about the cloud / paperless change.", true),
      ("It was really interesting to learn about the new menu with the local.", true),
      ("It was really interesting to learn about the new menu.", false),
    ])
  func grammarCheck(_ sentence: String, _ faulted: Bool) {
    let problem = TopicGrammar.sentenceProblem(sentence) ?? TopicGrammar.bareNounProblem(sentence)
    #expect((problem != nil) == faulted, "\(sentence)")
  }
}
