import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Messages as the writers of tuning 37 (the judged held-out 36) and answers tuning 32 typed
/// them, each read at the question it answers and carried into the note (the thirty-second
/// session's rounds).
@Suite("Answers and points read as tuning 37 typed them")
struct ReadingTuningThirtySevenTests {
  static let today = CivilDate(year: 2026, month: 12, day: 5) ?? Fixture.today

  /// The person's line at the point's question, read as the note would print it.
  static func point(_ text: String) -> String? {
    InterestReader.point(from: text, context: ExtractionContext())
  }

  @Test(
    "a request to the writer closing the line is no sentence of the note",
    arguments: [
      (
        "I was part of a system migration at KCB so I know what the first month end on a new system is like, I'd like to mention that",
        "I was part of a system migration at KCB so I know what the first month end on a new system is like"
      ),
      (
        "I'm enthusiastic about it but I think human checks on title defects still matter, I'd like to say that tactfully",
        "I'm enthusiastic about it but I think human checks on title defects still matter"
      ),
      (
        "I ran the tills at Asda for six years, can you mention that somehow",
        "I ran the tills at Asda for six years"
      ),
      (
        "I have a forklift licence and I want them to know that",
        "I have a forklift licence"
      ),
    ])
  func closingRequest(_ text: String, _ kept: String) {
    let point = Self.point(text) ?? ""
    #expect(point.hasPrefix(kept), "\(point)")
    #expect(!point.lowercased().contains("mention"), "\(point)")
    #expect(!point.contains("tactfully"), "\(point)")
    #expect(!point.contains("want them"), "\(point)")
  }

  @Test("a request to the writer wrapping a clause gives the clause")
  func wrappingRequest() {
    let point =
      Self.point(
        "I finished a dbt course in the summer and built a small project with it, I want to say I can help with migration"
      )
      ?? ""
    #expect(point.hasSuffix("I can help with migration"), "\(point)")
    #expect(!point.contains("want to say"), "\(point)")
    #expect(
      Self.point("I want to say I can help with the migration") == "I can help with the migration")
    // Saying a thing of their own, not a clause, is the line as typed.
    #expect(
      Self.point("I'd like to mention my ten years on the wards")?.hasPrefix("I'd like to mention")
        == true)
  }

  @Test("a request for a manner is left out, and the reply says the line is printed as typed")
  func mannerReply() {
    let facts = Facts(
      name: PersonName(parsing: "Kadeen Bishop"),
      interviewers: [PersonName(parsing: "Tom Whitfield")].compactMap { $0 },
      company: "Irwin Mitchell", role: "Residential Property Paralegal")
    var conversation = Conversation.holding(facts, at: .interest, today: Self.today)
    conversation.answers.topic = Topic(
      text: "the team is piloting an AI tool for reviewing title documents", score: 1, kind: .plan)
    let reply = conversation.send(
      "I'm enthusiastic about it but I think human checks on title defects still matter, I'd like to say that tactfully"
    ).text
    #expect(reply.contains("left out the request to say it tactfully"), "\(reply)")
    #expect(conversation.answers.interest?.contains("tactfully") == false)
    #expect(conversation.answers.interest?.hasPrefix("I'm enthusiastic about it") == true)
  }

  @Test("a request alone is no line at all")
  func bareRequest() {
    #expect(Self.point("I'd like to mention that") == nil)
    #expect(
      WriterInstruction.mannerAsked(["i'd", "like", "to", "say", "that", "tactfully"])
        == "tactfully")
    #expect(
      WriterInstruction.closingRequest(
        in: "I'd love to help with that".split(separator: " ").map(String.init)) == nil)
    #expect(
      WriterInstruction.closingRequest(
        in: "I want to say thank you".split(separator: " ").map(String.init)) == nil)
  }
}
