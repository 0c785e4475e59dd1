import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A topic typed in a few words is a reference to what the person told FollowUp, and the note
/// names the thing as the discussion said it. The blind judge of tuning 21 faulted notes that
/// pasted the shorthand ("talking about solar on the school", "our conversation about cryo em",
/// "hear about millets").
@Suite("A typed topic names a phrase of the discussion")
struct TypedReferenceTests {
  static func resolved(_ typed: String, in discussion: String) -> String? {
    TypedReference(discussion: discussion)?.resolved(typed)
  }

  @Test(
    "the typed words find the discussion's whole noun phrase, in any order",
    arguments: [
      // A modifier the discussion puts after the head, in the thing's complement.
      (
        "the stadium contract",
        "they asked about my forklift ticket. they won a catering contract for the riverside "
          + "stadium starting in may",
        "the catering contract for the riverside stadium"
      ),
      // A modifier named alone is taken on to the head it modifies.
      (
        "oats", "then she said they are testing an oat based granola next month",
        "the oat-based granola"
      ),
      // A hyphenated word typed as two.
      (
        "self checkout", "he said they are putting a self-checkout lane in every branch, by march",
        "the self-checkout lane in every branch"
      ),
      // An initial glued to the word it opens.
      (
        "vWard for older patients",
        "they are opening a virtual ward service for older patients in the spring",
        "the virtual ward service for older patients"
      ),
      // The fullest saying of the same words, not the first.
      (
        "solar panels",
        "she talked about solar panels a lot, they are fitting community solar panels on "
          + "every school roof.",
        "community solar panels on every school roof"
      ),
    ])
  func wholePhrase(_ typed: String, _ discussion: String, _ expected: String) {
    #expect(Self.resolved(typed, in: discussion) == expected)
  }

  @Test("phrases joined by a preposition or 'and' are resolved one by one and joined as typed")
  func joinedPhrases() {
    let discussion =
      "the library is moving into the old fire station and they are adding a big maker space, "
      + "also a covered bike shed for staff."
    #expect(
      Self.resolved("maker space in the fire station", in: discussion)
        == "the big maker space in the old fire station")
    #expect(
      Self.resolved("the maker space and bike shed", in: discussion)
        == "the big maker space and the covered bike shed for staff")
    // Joined by a preposition, the phrases are one thing: found whole, or left as typed.
    #expect(Self.resolved("maker space in the basement", in: discussion) == nil)
  }

  @Test("a particle of another language or of chat never reaches the phrase")
  func particles() {
    let discussion = "they just opened a second depot in cebu city and a new cold store"
    let said = Self.resolved("yung second depot and cold store", in: discussion)
    #expect(said == "the second depot in Cebu City and the new cold store", "\(said ?? "nil")")
    #expect(
      TypedReference.withoutParticles(["the", "depot", "bit,", "and", "ang", "store"])
        == ["the", "depot,", "and", "store"])
  }

  @Test(
    "the person's words stay when the discussion holds no phrase of them all",
    arguments: [
      // Only the head found: another menu, not the one named.
      ("vegetarian menu", "she said they change the winter menu next week"),
      // A noun typed for a verb said names what was done, not a phrase.
      ("the office move", "he said they are moving the whole office to leeds"),
      // The discussion's phrase is the reply's, with only a determiner more.
      ("damp", "she mentioned the damp, it is everywhere"),
      // A comma with no "and" may end the choice; the reply is not read as a list.
      ("the roof garden, the cafe", "they built a roof garden and a new cafe"),
    ])
  func kept(_ typed: String, _ discussion: String) {
    #expect(Self.resolved(typed, in: discussion) == nil)
  }

  @Test("a bare noun after a typed preposition is the person's idiom, not a thing said")
  func bareAfterPreposition() {
    let said = Self.resolved(
      "the care at home", in: "they run the care service from a nursing home in the town")
    #expect(said.map { !$0.contains("nursing") } ?? true, "\(said ?? "nil")")
  }

  @Test("a head said once is named by what its sentence told of it (tuning 24's 'the storm team')")
  func namedByItsSentence() {
    let discussion =
      "she said after the storms last month they're setting up a new dedicated weather claims "
      + "team and this role might end up on that"
    let said = Self.resolved("the storm team", in: discussion)
    #expect(said == "the weather claims team", "\(said ?? "nil")")
    // Told of in another sentence, the word is another thing's.
    #expect(
      Self.resolved(
        "the storm team", in: "the storms were bad. they are setting up a new weather claims team")
        == nil)
  }

  @Test("a typed word said after the head is the thing's own modifier, never dropped")
  func modifierAfterHead() {
    // Tuning 21's aq004 and tuning 23's au030: "the new wing" and "the big contract" had lost
    // what the person typed.
    let wing = Self.resolved(
      "the dementia wing",
      in: "then she show me the new wing they are building for dementia, 12 rooms")
    #expect(wing.map { $0.contains("dementia") } ?? true, "\(wing ?? "nil")")
    let contract = Self.resolved(
      "the nurseries contract",
      in: "she said they just won a big contract to do payroll for a chain of 40 nurseries")
    #expect(contract.map { $0.contains("nurseries") } ?? true, "\(contract ?? "nil")")
  }

  @Test("a noun after 'and' shares the modifier of the one before (tuning 24's 'the robots')")
  func sharedModifier() {
    let said = Self.resolved(
      "the robots",
      in: "he said they just won contract for big online shop and they put new mezzanine and "
        + "robots in january so team leaders must learn the new system")
    #expect(said?.hasPrefix("the new mezzanine and robots") == true, "\(said ?? "nil")")
  }

  @Test("a clause between the typed words is not one phrase")
  func clauseBetween() {
    #expect(
      Self.resolved(
        "robots on farms", in: "she said robots can now work on farms without a driver") == nil)
  }

  @Test("a phrase never takes an aside in brackets or ends on a grammar word")
  func phraseEdges() {
    #expect(
      Self.resolved(
        "the bakery deal", in: "they signed a two year deal with a big bakery (greggs maybe)")
        == "the two year deal with a big bakery")
  }

  @Test(
    "a time said of the doing is no part of the thing (tuning 33's 'cranes over the next 2 years')",
    arguments: [
      (
        "the new quay and the cranes",
        "he told me they are adding a new quay and electric gantry cranes over the next 3 years "
          + "so the team is growing",
        "the new quay and electric gantry cranes"
      ),
      (
        "the salad line for tesco",
        "she said they are putting in a new salad packing line next spring for the tesco contract",
        "the new salad packing line for the tesco contract"
      ),
    ])
  func timeOfTheDoing(_ typed: String, _ discussion: String, _ expected: String) {
    #expect(Self.resolved(typed, in: discussion) == expected)
  }

  @Test("a word of quantity closing the reply is the thing's head (tuning 33's 'the chilled')")
  func quantityHead() {
    #expect(
      Self.resolved(
        "frozen loads", in: "how I'd handle a late driver with a frozen load, and the new depot")
        == "the frozen load")
  }

  @Test("the word after 'everyone' is its verb, never a modifier of the thing (tuning 33)")
  func verbAfterEveryone() {
    let said = Self.resolved(
      "sourdough loaves",
      in: "we talked about the weekend rush cos everyone orders sourdough loaves and they cant "
        + "keep up")
    #expect(said?.contains("orders") != true, "\(said ?? "nil")")
  }

  @Test("a time is a preposition or 'next' before a placed unit, a season, a month or a year")
  func timeLength() {
    func length(_ text: String) -> Int? {
      TypedReference.timeLength(text.split(separator: " ").map(String.init)[...])
    }
    #expect(length("over the next 2 years so") == 5)
    #expect(length("for two years") == 3)
    #expect(length("next spring for the contract") == 2)
    #expect(length("by 2027") == 2)
    #expect(length("in march") == 2)
    #expect(length("this christmas") == 2)
    #expect(length("in the kitchen") == nil)
    #expect(length("for a week") == nil)
    #expect(length("two year deal") == nil)
    #expect(length("christmas rush") == nil)
  }

  @Test("an offered topic typed back is the discussion's fuller saying of it")
  func fullerThanOffered() {
    var conversation = TopicReplyTests.atTopic(
      "they asked about my tickets. he was going on about solar panels, they are fitting "
        + "community solar panels on every school roof next year.")
    let said = conversation.send("solar panels").text
    #expect(said.contains("Good choice"), "\(said)")
    #expect(said.contains("community solar panels"), "\(said)")
  }
}
