import Foundation
import Testing

@testable import FollowUpKit

/// The note claims nothing the person did not say: no stock sentences, thanks at most twice, no
/// "since" about an interview today, the person's point as its second sentence, and a hard
/// interview's note composed rather than gushing.
@Suite("The note in the person's own voice")
struct NoteVoiceTests {
  /// Sentences that claimed what nobody said, removed from the phrasebook.
  static let stock = [
    "made the work feel very real", "brought the work to life", "enthusiasm for it was infectious",
    "exactly the kind of work", "much clearer picture", "gave me a lot to think about",
    "has stayed with me since", "since we spoke",
  ]

  @Test("every composed note: no stock sentence, thanks at most twice, no 'since'")
  func noStockSentences() {
    var failures: [String] = []
    for (conversation, request) in NoteRulesTests.requests {
      let body = NoteComposer.compose(request).body
      let lower = body.lowercased()
      for phrase in Self.stock where lower.contains(phrase) {
        failures.append("\(conversation): \(phrase)")
      }
      let thanks = lower.components(separatedBy: "thank").count - 1
      if thanks > 2 { failures.append("\(conversation): thanks \(thanks) times\n\(body)") }
      if lower.contains(" since") { failures.append("\(conversation): since\n\(body)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
  }

  static func request(outcome: Outcome? = .well, interest: String? = nil, tone: Tone = .warm)
    -> NoteRequest
  {
    NoteRequest(
      sender: PersonName(given: "Jordan", family: "Lee"),
      recipient: PersonName(given: "Priya", family: "Shah"), company: "Northgate Foods",
      role: "operations coordinator", when: nil, today: NoteRulesTests.today, outcome: outcome,
      topic: Topic(text: "you're opening a second centre in Leeds", score: 0.8, kind: .plan),
      interest: interest, tone: tone)
  }

  @Test("the person's point is the second sentence; without one there is none")
  func point() {
    let given = NoteComposer.compose(
      Self.request(interest: "I'd love to help bring the new site up to speed"))
    let parts = given.lines.map(\.part).filter { $0 != .greeting && $0 != .signOff }
    #expect(parts.prefix(3) == [.thanks, .topic, .interest])
    #expect(given.body.contains("I'd love to help bring the new site up to speed."))
    let skipped = NoteComposer.compose(Self.request())
    #expect(
      skipped.lines.map(\.part).filter { $0 != .greeting && $0 != .signOff } == [
        .thanks, .topic, .close,
      ])
  }

  @Test("a clause topic is framed as a clause")
  func clauseFrame() {
    let note = NoteComposer.compose(Self.request())
    let topic = note.lines.first { $0.part == .topic }?.text ?? ""
    #expect(topic.contains("hearing that you're opening a second centre in Leeds"), "\(topic)")
  }

  @Test("after a hard interview a warm note is composed, not gushing")
  func composedAfterHardInterview() {
    let note = NoteComposer.compose(Self.request(outcome: .badly))
    let text = ((note.subject ?? "") + " " + note.body).lowercased()
    for gushing in ["lovely to meet", "real pleasure", "enjoyable", "exciting", "really enjoyed"] {
      #expect(!text.contains(gushing), "\(gushing): \(note.body)")
    }
  }

  @Test("an email may be as short as 30 words")
  func shortEmail() {
    #expect(ChannelLimits.emailWords == 30...150)
  }
}
