import Testing

@testable import FollowUpKit

/// How it went, read as what the person meant: not knowing is its own answer, a part weighed
/// against another is mixed, and a mild word reported as how it went is a good verdict.
@Suite("Outcome: the person's stance")
struct OutcomeStanceTests {
  @Test(
    "saying they cannot tell is unsure, whatever else the answer holds",
    arguments: [
      "not sure", "no clue honestly", "hard to say, the panel gave nothing away",
      "ok i think? couldnt tell over zoom", "seemed friendly enough but who knows",
      "i genuinely cannot tell", "not sure if i said enough about the rota",
    ])
  func notKnowing(_ text: String) {
    #expect(Outcome(reading: text) == .unsure)
  }

  @Test(
    "a doubt about one part, or about the timing, is not the verdict",
    arguments: [
      ("went well, not sure when they'll decide", Outcome.well),
      ("good overall, not sure about the maths question though", .mixed),
    ])
  func partDoubt(_ text: String, _ expected: Outcome) {
    #expect(Outcome(reading: text) == expected)
  }

  @Test(
    "a verdict set against a reservation is mixed",
    arguments: [
      "it was good but the hours they offered are fewer than i wanted",
      "went well mostly, except i turned up soaked from the rain",
      "fluffed the till test but we had a real laugh after",
      "the tasting went great, the sit-down bit less so",
      "pretty good apart from the forklift question",
    ])
  func reservation(_ text: String) {
    #expect(Outcome(reading: text) == .mixed)
  }

  @Test(
    "a clear opening verdict wins over a reservation told later; agreeing sides stay",
    arguments: [
      ("bad honestly. the tour was fine but the manager walked out halfway", Outcome.badly),
      ("went really well and they were lovely, even though it ran long", .well),
      ("nothing went wrong as far as i can see", .well),
      ("it went good, she showed me the cold store", .well),
    ])
  func leadWins(_ text: String, _ expected: Outcome) {
    #expect(Outcome(reading: text) == expected)
  }

  @Test(
    "a mild word the person stands behind is good; alone or hedged down it stays between",
    arguments: [
      ("went ok i think", Outcome.well), ("it went fine i think, they showed me round", .well),
      ("went ok", .mixed),
      ("alright yeah", .well), ("ok i guess", .mixed), ("fine?", .mixed), ("meh", .mixed),
      ("grand, he said he'd ring me", .well),
    ])
  func mild(_ text: String, _ expected: Outcome) {
    #expect(Outcome(reading: text) == expected)
  }
}
