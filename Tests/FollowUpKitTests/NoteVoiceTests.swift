import FollowUpTestSupport
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

  /// A conversation taken to the topic question, with two topics offered.
  static func atTopic() -> Conversation {
    var conversation = Conversation(today: Fixture.today)
    for text in [
      "I had an interview at Chapter & Verse bookshop on Saturday with the owner Hugh. I'm Ruth Bell.",
      "bookseller", "good",
      "We talked about what I'm reading. He's also starting a children's story hour on Saturday mornings which he was terribly excited about.",
    ] {
      _ = conversation.send(text)
    }
    return conversation
  }

  @Test("the words of a typed choice outrank a miscounted number")
  func wordsOverNumber() {
    var conversation = Self.atTopic()
    #expect(conversation.topics.count == 2)
    #expect(conversation.topics.last?.text == "what I'm reading")
    let reply = conversation.send("2 - the story hour please").text
    // Said with no reporting verb, what the employer is doing is still kept with its verb:
    // since "starting" makes a thing as "opening" does, the thing leads and its verb follows
    // (it read "you're also starting a children's story hour ..." before).
    #expect(
      reply.contains("built on the children's story hour you're starting on Saturday mornings"),
      "\(reply)")
  }

  @Test("an aside or a question at the topic question is not taken as the topic")
  func asideAtTopic() {
    for text in [
      "sorry, Hugh's surname is Lyall I think, not that it matters",
      "oh should i mention i know his brother? probably not lol",
    ] {
      var conversation = Self.atTopic()
      let reply = conversation.send(text).text
      #expect(!reply.contains("Good choice"), "\(reply)")
      #expect(conversation.stage == .topic)
    }
  }
}
