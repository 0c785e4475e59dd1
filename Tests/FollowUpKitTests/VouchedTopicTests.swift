import Testing

@testable import FollowUpKit

/// The topic is printed only as what the program can positively read (`VouchedTopic`): a
/// whole clause in a clause frame, a noun phrase that parses in a noun-phrase frame, and
/// otherwise the most specific noun phrase inside the words.
@Suite("Vouched topic")
struct VouchedTopicTests {
  /// A subject that stands alone and a finite, whole verb group: left as it is.
  @Test(
    "a whole clause stays a clause",
    arguments: [
      "you're opening a new memory support wing after Christmas",
      "the council has chosen you to run the new recycling scheme",
      "the lab just won a big EU grant for the soil project",
      "the trust has just opened a new eye hospital in Bradford",
      "you will be moving the call centre to a four day week",
      // A noun and a participle made one adjective after "be" (tuning 13, aa023, had become
      // "hearing Priya talk about plant").
      "you will be fully plant based",
      "the new wing will be solar powered",
    ])
  func clauses(_ topic: String) {
    #expect(VouchedTopic.reading(topic) == .clause(topic))
  }

  /// (a) A present simple is no verb group the reader can vouch for (beside a time to come it
  /// is a second-language future), and a subject such as "they" points at nothing: the clause
  /// is not printed as one.
  @Test(
    "a present for the future or a pasted second clause is said by its noun phrase",
    arguments: [
      ("the depot gets 40 new electric double deckers", "40 new electric double deckers"),
      ("the school gets a new science block next year", "a new science block next year"),
      ("you go to the new voice picking system with headset", "the new voice picking system"),
      (
        "you explain from April they start weekly food waste collection for flats",
        "weekly food waste collection for flats from April"
      ),
      (
        "they dey open their new clinic for children in June",
        "your new clinic for children in June"
      ),
    ])
  func unvouchedClauses(_ topic: String, _ expected: String) {
    #expect(VouchedTopic.reading(topic) == .nounPhrase(expected))
  }

  /// (b) and (c): "the X to Y" with no noun that takes "to" is no noun phrase; the most
  /// specific phrase inside is said, with "new" or a number first, else the object.
  @Test(
    "a thing and a stray \"to\" is said by the phrase that holds the news",
    arguments: [
      ("the menu to more middle eastern small plates", "more middle eastern small plates"),
      ("the fleet to electric vans", "electric vans"),
      ("the warehouse to a fully automated picking line", "a fully automated picking line"),
      ("the kitchen to a plant based menu for the winter", "a plant based menu for the winter"),
      ("the office to a bigger floor in town", "a bigger floor"),
    ])
  func strayTo(_ topic: String, _ expected: String) {
    #expect(VouchedTopic.reading(topic) == .nounPhrase(expected))
  }

  /// Noun phrases that parse, with a preposition's phrase, a noun that takes "to", a time at
  /// the end, an "-ing" phrase, an embedded question: left as they are.
  @Test(
    "a noun phrase that parses stays as it is",
    arguments: [
      "the new heart failure clinic", "your plans for the new wing in January",
      "how the team will grow", "a new respiratory support unit for NIV patients",
      "the switch to electric vans", "your plans for a second bakery in Leeds",
      "the firm opening a new office in Leeds next year",
      "the regenerative grazing you're trialling on the back paddocks",
      // A participle that wants its complement describes the thing before it (tuning 26,
      // ba042, had been "I was glad to hear that the new sustainability practice focused on
      // supply chain decarbonisation for retail clients.").
      "the new sustainability practice focused on supply chain decarbonisation for retail clients",
      "the new training centre based in Leeds",
    ])
  func parsed(_ topic: String) {
    #expect(VouchedTopic.reading(topic) == .nounPhrase(topic))
  }

  /// The reader's own clause after the talk that reported it.
  @Test("the reader's clause after reported talk is the clause")
  func reported() {
    #expect(
      VouchedTopic.reading("says you'll be slammed with installs")
        == .clause("you'll be slammed with installs"))
  }

  /// Reading the printed words again gives the same reading, so the frame the composer
  /// chooses for them is the one they were vouched for.
  @Test(
    "a reading read again is the same",
    arguments: [
      "you go to new voice picking system with headset",
      "the menu to more middle eastern small plates",
      "you explain from April they start weekly food waste collection for flats",
      "you're opening a new memory support wing after Christmas",
    ])
  func stable(_ topic: String) {
    let first = VouchedTopic.reading(topic)
    #expect(first != nil)
    #expect(first.flatMap { VouchedTopic.reading($0.text) } == first)
  }

  /// The composer prints the vouched reading in the frame it fits.
  @Test("the composer says an unvouched clause by its noun phrase, in a noun-phrase frame")
  func composed() {
    let spoken = NoteComposer.spoken(
      "you go to new voice picking system with headset", interest: nil)
    #expect(spoken == "the new voice picking system")
    #expect(NoteComposer.form(of: spoken) == .nounPhrase)
    let kept = NoteComposer.spoken(
      "you're opening a new memory support wing after Christmas", interest: nil)
    #expect(kept == "you're opening a new memory support wing after Christmas")
    #expect(NoteComposer.form(of: kept) == .clause)
  }

  /// A topic in which nothing can be vouched for is never offered.
  @Test("a topic with no clause and no noun phrase is not offered")
  func gate() {
    #expect(VouchedTopic.reading("they said so") == nil)
    #expect(TopicGate.problem("you go to it with them") != nil)
  }

  /// A single common word cut from a clause says too little to stand for it: the topic is not
  /// offered rather than printed as "hearing about plant". A name or an acronym may stand.
  @Test(
    "a noun phrase of one common word is no reading of a clause",
    arguments: ["they say very busy always", "we go mostly remote"])
  func thinCore(_ topic: String) {
    if case .nounPhrase(let phrase) = VouchedTopic.reading(topic) {
      #expect(phrase.contains(" ") || phrase.contains(where: \.isUppercase), "\(phrase)")
    }
  }

  @Test("a participle after a noun phrase still wants its complement")
  func cutParticiple() {
    #expect(TopicPhraseCheck.problem("a new graduate scheme focused") != nil)
    #expect(TopicPhraseCheck.problem("you will be fully plant based") == nil)
  }
}
