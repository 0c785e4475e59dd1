import Testing

@testable import FollowUpKit

/// Tuning 30's judge found four first notes built on a bare keyword the person typed
/// ("brunch", "electric vans", "damp and mould") while the discussion had told of the thing
/// whole: the employer was getting it next year, starting it, or the words were a pair before
/// their head. Each is found whole now, and the typed keyword names it.
@Suite("The employer's thing found whole")
struct EmployerThingNamedTests {
  @Test("getting a thing with a time ahead is the employer's plan; getting alone is not")
  func gettingAhead() {
    let found = TopicGate.offered(
      in:
        "he asked about my licence and points, they are getting electric vans next year at "
        + "this depot, and about working saturdays")
    #expect(found.first?.contains("getting electric vans next year") == true, "\(found)")
    let busy = TopicGate.offered(
      in: "they are getting busier these days, and about working saturdays")
    #expect(!busy.contains { $0.contains("getting busier") }, "\(busy)")
  }

  @Test("'this' before a noun is its determiner, not a pronoun for a thing named before")
  func thisDepot() {
    let found = TopicGate.offered(in: "they are getting a new ward at this hospital in march")
    #expect(found.first?.contains("at this hospital") == true, "\(found)")
  }

  @Test("a list's item before the employer's 'starting' is the thing, 'thing' left out")
  func listItemStarted() {
    let found = TopicGate.offered(
      in:
        "my bar experience, weekend brunch thing theyre starting, cash handling")
    #expect(found.first == "the weekend brunch you're starting", "\(found)")
  }

  @Test(
    "a typed pair takes its plural head; a typed word in a complement names its phrase",
    arguments: [
      (
        "damp and mould complaints, they said they're getting lots since the new rules, how i "
          + "talk to elderly tenants",
        "damp and mould", "damp and mould complaints"
      ),
      (
        "pitch exercise, audio editing in hindenburg, she talked about a new partnership with "
          + "local member stations to share stories",
        "local stations partnership", "the new partnership with local member stations"
      ),
    ])
  func typedReference(_ discussion: String, _ typed: String, _ expected: String) {
    #expect(TypedReference(discussion: discussion)?.resolved(typed) == expected)
  }

  @Test("half a typed pair is an item of a list, with no head of the pair's")
  func halfPair() {
    let list = "he asked about my availability and shrinkage numbers at my current store"
    #expect(TypedReference(discussion: list)?.resolved("shrinkage") != "shrinkage numbers")
  }

  @Test("a clause one time too long drops the time, never the half of 'from X to Y'")
  func closingTime() {
    let found = TopicGate.offered(
      in:
        "He explained they are migrating all client dashboards from Tableau to Power BI this quarter"
    )
    #expect(found.first?.hasSuffix("from Tableau to Power BI") == true, "\(found)")
  }
}
