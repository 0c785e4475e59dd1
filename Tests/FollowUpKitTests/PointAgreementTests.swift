import Testing

@testable import FollowUpKit

/// The readings of round 10, each in sentences of our own wording: three the gate must hold
/// back and two it must leave alone per mechanism.
@Suite("Point agreement, pointing words and tense read by grammar")
struct PointAgreementTests {
  @Test(
    "a point whose subject and verb disagree, or whose article is missing, is held back",
    arguments: [
      // A singular noun phrase with the plain form of the verb.
      "Her youngest son make model trains.",
      "My older sister have three kids under five.",
      "The van is old but it run well every day.",
      // A plural subject with the "-s" form.
      "My parents owns a bakery in Leeds.",
      "They has a farm near the coast.",
      "I has two kids at the local school.",
      // A singular count noun with no article after "be", "have" and verbs that take one.
      "They were good neighbour to my gran.",
      "I am big fan of the new scheme.",
      "My uncle runs small garage in Kano.",
    ])
  func heldBack(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: "your new depot") != nil, "\(sentence)")
  }

  @Test(
    "agreement and articles in written English pass",
    arguments: [
      "My dad and I make furniture together.",
      "My morning run keeps me sane.",
      "My family have farmed there for years.",
      "The drivers I trained still use the routes we planned.",
      "I was a team leader for two years.",
      "We are a small team and we own a van.",
      // A verb's form as the head of a noun phrase.
      "I sent a small fix, a short test run and a note.",
    ])
  func passes(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: "your new depot") == nil, "\(sentence)")
  }

  @Test(
    "a pointing word with nothing to point at is held back",
    arguments: [
      // "the others" with no group named before it.
      "We used it in my last hospital so I can help the others.",
      "I trained on it in Leeds and showed the rest.",
      // A direction to a place ("up there") the topic sentence never names.
      "My gran lived alone up there till she was 94.",
      "I spent every summer out there as a boy.",
    ])
  func pointsAtNothing(_ sentence: String) {
    let topic =
      "Thank you for meeting me about the retained firefighter role at Scottish Fire and Rescue."
      + " It was good to hear that you are running a new home fire safety visit programme."
    #expect(PointGate.problem(in: sentence, topic: topic) != nil, "\(sentence)")
  }

  @Test(
    "a pointing word whose thing is named passes",
    arguments: [
      "I trained three new nurses and helped the others settle in.",
      "My gran lived alone in Skye and I visited her up there every summer.",
    ])
  func pointsAtSomething(_ sentence: String) {
    let topic =
      "Thank you for meeting me about the retained firefighter role at Scottish Fire and Rescue."
      + " It was good to hear that you are running a new home fire safety visit programme."
    #expect(PointGate.problem(in: sentence, topic: topic) == nil, "\(sentence)")
  }

  @Test(
    "a present verb beside a past time is held back",
    arguments: [
      "At my old job I manage the rota for twenty staff.",
      "In my last role I run the night shift.",
      "Back then I cook for the whole family every night.",
    ])
  func presentForPast(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: "your new depot") != nil, "\(sentence)")
  }

  @Test(
    "a present verb about now passes",
    arguments: [
      "In my current job I manage the rota for twenty staff.",
      "At my old job I managed the rota, and now I run the night shift.",
    ])
  func presentForNow(_ sentence: String) {
    #expect(PointGate.problem(in: sentence, topic: "your new depot") == nil, "\(sentence)")
  }

  @Test(
    "a point that names its reader in the third person is held back",
    arguments: [
      "It was Paul and Mary, but Paul did most of it.",
      "Paul's plan for the hubs sounds great.",
      "I think Mr Byrne would like my portfolio.",
    ])
  func namesReader(_ sentence: String) {
    let readers = ["Paul", "Byrne"]
    #expect(
      PointGate.problem(in: sentence, topic: "your new hubs", readers: readers) != nil,
      "\(sentence)")
  }

  @Test(
    "a point naming someone else, or no reader given, passes",
    arguments: [
      "My cousin Paul works at a family hub in Cork.",
      "I worked with Mary Byrne at a family hub in Cork.",
    ])
  func namesSomeoneElse(_ sentence: String) {
    #expect(
      PointGate.problem(in: sentence, topic: "your new hubs", readers: ["Siobhan", "Walsh"])
        == nil, "\(sentence)")
  }
}
