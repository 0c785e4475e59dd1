import Testing

@testable import FollowUpKit

/// "Tunde was excited about them migrating the whole ledger": told by the employer's side,
/// "them" doing a thing is the employer doing it. Before, a phrase opening with "them" was
/// always read as people doing things, and the note fell back on the candidate's own
/// exercise ("system design for a wallet service", tuning 16 ag043) or the routine ("client
/// onboarding and KYC", tuning 13 aa042).
@Suite("What the employer's side was excited about 'them' doing is the topic")
struct EmployerThemDoingTests {
  @Test(
    "after an interviewer-side cue, 'them <verb>ing' gives the doing",
    arguments: [
      (
        "the usual questions on stock control. she was excited about them moving the whole "
          + "warehouse to a new site in Daventry", "moving the whole warehouse"
      ),
      (
        "pay, hours and my last job. he talked about them buying a second dairy next spring",
        "buying a second dairy"
      ),
    ])
  func doingFound(_ text: String, _ expected: String) {
    let topics = TopicExtractor().topics(in: text)
    #expect(topics.first?.text.contains(expected) == true, "\(topics.map(\.text))")
  }

  @Test("said by the candidate, 'them <verb>ing' stays about people")
  func candidateSide() {
    let topics = TopicExtractor().topics(in: "i was excited about them going through my cv")
    #expect(!topics.contains { $0.text.hasPrefix("going through") }, "\(topics.map(\.text))")
  }
}
