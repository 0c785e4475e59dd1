import Testing

@testable import FollowUpKit

/// The person's point as a sentence that stands on its own beside the topic sentence
/// (tuning 18's faults): a subject with its verb, a verb's "-ing" after a preposition, a count
/// joined to its sentence, a close that tells rather than cheers or points at nothing, a kind
/// shown "like that" only of a thing the note names, and a past place told in the past.
/// Sentences of our own wording, three per mechanism, and neighbours that must pass.
@Suite("A point stands on its own beside the topic sentence")
struct PointStandsAloneTests {
  static let before =
    "Thank you for meeting me about the role. I enjoyed hearing about your new depot."

  static func isHeld(_ sentence: String) -> Bool {
    if case .held = VouchedPoint.reading(of: sentence, before: Self.before) { return true }
    return false
  }

  @Test(
    "a point that does not stand on its own is held back",
    arguments: [
      // A subject straight before a determiner: the verb is missing.
      "I no problem with night shifts.",
      "We the best team in the region.",
      "I like the routes but I no licence yet.",
      // A verb of liking ending its sentence after its subject.
      "I am happy with early starts. I like.",
      "We did this at my last job and we loved.",
      "Night work suits me. I enjoy.",
      // A plain verb after a preposition.
      "I was interested in set up the new rota for the drivers.",
      "I am good at cut our fuel costs with better routes.",
      "I learned a lot about run my own depot.",
      // A count tacked on after a comma.
      "I ran the Christmas rush at my last depot, 200 parcels an hour.",
      "I organised the staff summer party, 80 people.",
      "I led the move to the new warehouse, 3 weeks and a tiny budget.",
      // A closing clause that points at nothing the note names.
      "My dissertation was on route planning so this is very close.",
      "My thesis was on fleet telematics so it is very relevant.",
      "My uncle drove for a courier for years so I get why it's hard.",
      // A closing clause that cheers.
      "I grew up near the depot so a job there would be amazing.",
      "I love early mornings so this would be perfect.",
      "My brother works nights so the shift pattern sounds great.",
      // A kind shown "like that" of a thing the note never names.
      "I worked on an estate like that and the vans were always late.",
      "My dad ran a yard like this, so I know the work.",
      "I grew up above a shop like that.",
      // "that ... thing": pointing at a thing the note never names.
      "I know how much that scanner thing slows people down.",
      "I remember how that barcode thing confused new starters.",
      "So I know what that rota thing is like.",
      // A present verb after a place the person has left.
      "In my old care home residents love gardening.",
      "At my old warehouse drivers use their own vans.",
      "In my old job customers like the early slots.",
    ])
  func held(_ sentence: String) {
    #expect(Self.isHeld(sentence), "\(VouchedPoint.reading(of: sentence, before: Self.before))")
  }

  @Test(
    "their neighbours stand on their own and pass",
    arguments: [
      "I have no problem with night shifts.",
      "Cardiac patients are what I enjoy.",
      "I was interested in setting up the new rota for the drivers.",
      "I am good at routes in our area.",
      "I ran the Christmas rush at my last depot, with 200 drivers on shift.",
      "I organised the staff summer party for 80 people.",
      "My dissertation was on route planning so it matters to me.",
      "My little brother is blind so this is kind of personal.",
      "I drive vans myself so I know how important a good depot is.",
      "I would love to work on a depot like this.",
      "My grandad worked in that depot for twenty years.",
      "In my old care home residents loved gardening.",
      "I moved closer to the depot so that I could walk to work.",
      "I grew up near the depot so I'd be happy to work nights there.",
    ])
  func passes(_ sentence: String) {
    #expect(!Self.isHeld(sentence), "\(VouchedPoint.reading(of: sentence, before: Self.before))")
  }
}
