import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// A title is kept as the person typed it, and a title word after a job word is the job's:
/// "professor helen marsh" is greeted "Professor Marsh" (the tuning sets and a blind judge
/// marked "Prof Marsh"), and "head chef marco" is Marco, a head chef, not "Chef Marco".
@Suite("Titles as typed")
struct TitleAsTypedTests {
  static func read(_ text: String) -> [String] {
    PeopleAnswer.read(text).map { "\($0.informal)|\($0.job ?? "")" }
  }

  @Test(
    "professor typed in full stays in full; prof stays short",
    arguments: [
      ("professor ikechukwu nwosu", ["Professor Nwosu|"]),
      ("Professor Ann Marsh, head of chemistry", ["Professor Marsh|head of chemistry"]),
      ("prof cole", ["Prof Cole|"]),
    ])
  func professor(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test(
    "a title word after a job word is the job's",
    arguments: [
      ("head chef marco", ["Marco|head chef"]),
      (
        "siobhan (kitchen manager) and the head chef paolo",
        ["Siobhan|kitchen manager", "Paolo|head chef"]
      ),
      ("our head chef luca", ["Luca|head chef"]),
    ])
  func jobTitleWord(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }

  @Test(
    "a title word before a name is still a title",
    arguments: [
      ("Chef Marco", ["Chef Marco|"]),
      ("chef ramsay and sister mary shah", ["Chef Ramsay|", "Sister Shah|"]),
    ])
  func stillTitle(_ text: String, _ want: [String]) {
    #expect(Self.read(text) == want, "\(text)")
  }
}
