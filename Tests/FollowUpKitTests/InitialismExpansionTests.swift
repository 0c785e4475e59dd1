import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// An abbreviation written out where the conversation vouches for its full form, and a filler
/// dropped from a point: words a careful writer would not leave for the interviewer to decode.
@Suite("Abbreviations written out from the conversation")
struct InitialismExpansionTests {
  @Test(
    "the full form beside the same word, or typed as a name, replaces the abbreviation",
    arguments: [
      (
        "5G expansion to ibadan and PH", ["they want to cover ibadan and port harcourt fully"],
        "5G expansion to ibadan and Port Harcourt"
      ),
      (
        "Teaching FM was the best part of my week", ["starting Further Maths in the sixth form"],
        "Teaching Further Maths was the best part of my week"
      ),
    ])
  func expanded(text: String, sources: [String], expected: String) {
    #expect(ProperSpelling.initialismsExpanded(text, sources: sources) == expected)
  }

  @Test(
    "a chance match of initials, or a phrase with a function word, is left",
    arguments: [
      ("the AI tool for agents", ["it answers instantly on every call"]),
      ("the new PH unit", ["moving to port harcourt next year"]),
      ("the TL role", ["she said the team is large"]),
      ("the MTD rollout", ["making the difference for sole traders"]),
    ])
  func left(text: String, sources: [String]) {
    #expect(ProperSpelling.initialismsExpanded(text, sources: sources) == text)
  }

  @Test("\"honestly\" is dropped from a point where the sentence stays whole")
  func honestlyDropped() {
    #expect(
      InterestReader.withoutHedges(
        "Teaching it was honestly the best part of my week".split(separator: " ").map(String.init)
      ).joined(separator: " ") == "Teaching it was the best part of my week")
  }
}
