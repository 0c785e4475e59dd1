import Testing

@testable import FollowUpKit

/// Tuning 30's judge found four first notes built on a bare keyword the person typed
/// ("brunch", "electric vans", "damp and mould") while the discussion had told of the thing
/// whole: the employer was getting it next year, starting it, or the words were a pair before
/// their head. Each is found whole now, and the typed keyword names it.
@Suite("The employer's thing found whole")
struct EmployerThingNamedTests {
  static let context = Conversation.after(
    ["hi"], today: CivilDate(year: 2026, month: 12, day: 4) ?? Unseen.today
  ).extractionContext

  static func topics(_ discussion: String) -> [String] {
    TopicGate.printable(
      TopicExtractor(context: context).topics(in: discussion), source: discussion
    ).map(\.text)
  }

  @Test("getting a thing with a time ahead is the employer's plan; getting alone is not")
  func gettingAhead() {
    let found = Self.topics(
      "he asked about my licence and points, they are getting electric vans next year at "
        + "this depot, and about working saturdays")
    #expect(found.first?.contains("getting electric vans next year") == true, "\(found)")
    let busy = Self.topics("they are getting busier these days, and about working saturdays")
    #expect(!busy.contains { $0.contains("getting busier") }, "\(busy)")
  }

  @Test("'this' before a noun is its determiner, not a pronoun for a thing named before")
  func thisDepot() {
    let found = Self.topics("they are getting a new ward at this hospital in march")
    #expect(found.first?.contains("at this hospital") == true, "\(found)")
  }

  @Test("a list's item before the employer's 'starting' is the thing, 'thing' left out")
  func listItemStarted() {
    let found = Self.topics(
      "my bar experience, weekend brunch thing theyre starting, cash handling")
    #expect(found.first == "the weekend brunch you're starting", "\(found)")
  }

  @Test("two typed words joined by 'and' take the plural head after them")
  func pairHead() {
    let discussion =
      "damp and mould complaints, they said they're getting lots since the new rules, how i "
      + "talk to elderly tenants"
    #expect(
      TypedReference(discussion: discussion)?.resolved("damp and mould")
        == "damp and mould complaints")
    // Half a pair typed is an item of a list: "availability and shrinkage numbers".
    let list = "he asked about my availability and shrinkage numbers at my current store"
    #expect(TypedReference(discussion: list)?.resolved("shrinkage") != "shrinkage numbers")
  }

  @Test("a typed word said in the head's complement names the phrase that reaches it")
  func wordInComplement() {
    let discussion =
      "pitch exercise, audio editing in hindenburg, she talked about a new partnership with "
      + "local member stations to share stories"
    #expect(
      TypedReference(discussion: discussion)?.resolved("local stations partnership")
        == "the new partnership with local member stations")
  }

  @Test("a clause one time too long drops the time, never the half of 'from X to Y'")
  func closingTime() {
    let found = Self.topics(
      "He explained they are migrating all client dashboards from Tableau to Power BI this quarter")
    #expect(found.first?.hasSuffix("from Tableau to Power BI") == true, "\(found)")
  }
}
