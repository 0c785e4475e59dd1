import Testing

@testable import FollowUpKit

/// A point is one sentence in one time (`VouchedPoint+RunOn`): clauses strung on "and", a
/// remark spliced between clauses, or a shift of tense inside the sentence are held back.
@Suite("The person's point is one sentence, in one time")
struct PointRunOnTests {
  // MARK: - One sentence, in one time

  static func words(_ sentence: String) -> ([String], [String]) {
    let original = sentence.split(separator: " ").map(String.init)
    return (original.map { $0.lowercased().trimming(",.!?;:()\"") }, original)
  }

  @Test(
    "clauses strung on and, a remark spliced in, or two times in a sentence are held back",
    arguments: [
      "At the garage we had no computer and the parts got lost and I had to phone every supplier.",
      "We moved the whole archive in one weekend, two days of boxes but I enjoyed it.",
      "It was hard at first but I learn a lot from the older drivers.",
      "I've worked with forklifts a lot after I passed my licence.",
    ])
  func heldBack(_ sentence: String) {
    let (words, original) = Self.words(sentence)
    #expect(VouchedPoint.runOn(words, original) ?? VouchedPoint.timeShift(words) != nil)
    #expect(VouchedPoint.doubt(in: sentence) != nil)
  }

  @Test(
    "one clause, two joined once, a list, or a present of feeling pass",
    arguments: [
      "I worked at a garden centre for two years and I love being outdoors.",
      "I speak Polish, Russian and some German so I can help those customers.",
      "When I moved here last year, I joined a running club.",
    ])
  func leftAlone(_ sentence: String) {
    let (words, original) = Self.words(sentence)
    #expect(VouchedPoint.runOn(words, original) == nil)
    #expect(VouchedPoint.timeShift(words) == nil)
  }
}
