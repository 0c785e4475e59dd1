import Foundation
import Testing

@testable import FollowUpKit

/// A conversation driven to its draft, for revising.
enum DraftedConversation {
  static let today: CivilDate = {
    guard let date = CivilDate(year: 2026, month: 11, day: 27) else {
      preconditionFailure("27 November 2026 is a date")
    }
    return date
  }()

  static let opening = [
    "I'm Jordan, I met Priya Shah at Northgate Foods yesterday for the operations coordinator job",
    "it went well",
    "she told me about their switch to electric cargo bikes, we talked about the new depot in "
      + "Leeds, and we both love cycling",
    "yes",
    "email",
  ]

  /// The conversation at its draft, or nil if the opening no longer gets there (the opening test
  /// says why).
  static let drafted: Conversation? = {
    var conversation = Conversation(today: today)
    for message in opening { _ = conversation.receive(.userReplied(message)) }
    return conversation.stage == .draft && conversation.note != nil ? conversation : nil
  }()

  /// The topic whose text contains `words`.
  static func topic(_ words: String, in conversation: Conversation) throws -> Topic {
    try #require(conversation.topics.first { $0.text.contains(words) }, "no topic with \(words)")
  }
}

extension Conversation {
  /// Sends one message and returns the reply as a person sees it.
  mutating func typed(_ text: String) -> String {
    ReplyText.render(receive(.userReplied(text)))
  }
}

extension Note {
  /// The lines between greeting and sign-off.
  var bodyTexts: [String] {
    lines.filter { $0.part != .greeting && $0.part != .signOff }.map(\.text)
  }
  var greetingLine: String { lines.first { $0.part == .greeting }?.text ?? "" }
  var signOffTexts: [String] { lines.filter { $0.part == .signOff }.map(\.text) }
}

/// Checks a request that cannot apply: the reply says why and the note is byte for byte as it
/// was.
func expectRefused(
  _ conversation: inout Conversation, _ message: String, saying expected: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let before = conversation.note
  let beforeText = before.map(ReplyText.noteText)
  let reply = conversation.typed(message)
  #expect(reply.contains(expected), "\(message) -> \(reply)", sourceLocation: sourceLocation)
  #expect(
    conversation.note == before, "\(message) changed the note", sourceLocation: sourceLocation)
  #expect(
    conversation.note.map(ReplyText.noteText) == beforeText, sourceLocation: sourceLocation)
  #expect(conversation.stage == .draft, sourceLocation: sourceLocation)
}

@Suite("Revising the draft in plain words")
struct RevisionTests {
  func drafted() throws -> Conversation {
    try #require(DraftedConversation.drafted, "the opening no longer reaches the draft")
  }

  @Test("the opening reaches an email draft on the chosen topic")
  func opening() throws {
    var conversation = Conversation(today: DraftedConversation.today)
    var replies: [String] = []
    for message in DraftedConversation.opening { replies.append(conversation.typed(message)) }
    #expect(conversation.stage == .draft)
    #expect(conversation.topics.count >= 3, "\(conversation.topics.map(\.text))")
    let note = try #require(conversation.note)
    #expect(note.channel == .email)
    #expect(note.greetingLine == "Dear Priya,")
    #expect(note.signOffTexts == ["Best regards,", "Jordan"])
    #expect(note.body.contains(conversation.topics[0].text))
    #expect(replies.last?.contains("Here's your draft, as an email to Priya Shah:") == true)
  }

  // MARK: - Length

  @Test(
    "shorter, in many phrasings",
    arguments: [
      "shorter", "make it shorter", "can you make it a bit shorter please", "it's too long",
      "trim it", "cut it down", "more concise please", "tighten it up", "less wordy",
      "could it be shorter?", "make it more brief",
    ])
  func shorter(_ phrase: String) throws {
    var conversation = try drafted()
    _ = conversation.typed("longer")
    let before = try #require(conversation.note)
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, shorter:"), "\(reply)")
    #expect(after.wordCount < before.wordCount, "\(before.wordCount) -> \(after.wordCount)")
    #expect(after.fits(ChannelLimits.of(.email)))
  }

  @Test("an email at its shortest stays as it is, and says so")
  func shortestEmail() throws {
    var conversation = try drafted()
    // The close goes first; then nothing optional is left.
    _ = conversation.typed("shorter")
    expectRefused(&conversation, "shorter", saying: "That's as short as an email gets")
    _ = conversation.typed("make it a LinkedIn message")
    let linkedin = try #require(conversation.note)
    #expect(linkedin.channel == .linkedin)
    expectRefused(&conversation, "shorter", saying: "That's as short as it gets")
  }

  @Test(
    "longer, in many phrasings",
    arguments: [
      "longer", "make it longer", "a bit longer please", "it's too short", "add more detail",
      "expand it", "flesh it out", "can you make it a little longer", "a bit more please",
    ])
  func longer(_ phrase: String) throws {
    var conversation = try drafted()
    let before = try #require(conversation.note)
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, a little longer:"), "\(reply)")
    #expect(after.wordCount > before.wordCount, "\(before.wordCount) -> \(after.wordCount)")
    #expect(after.fits(ChannelLimits.of(.email)))
    expectRefused(&conversation, phrase, saying: "That's as long as I'd make it")
  }

  // MARK: - Tone

  @Test(
    "more formal: title or full name, no contractions, kind regards",
    arguments: [
      "more formal", "make it more formal", "more professional please", "less casual",
      "can you make it sound more businesslike", "formal", "a bit more formal",
      "say it more formally",
    ])
  func formal(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    let note = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, more formal:"), "\(reply)")
    #expect(note.greetingLine == "Dear Priya Shah,")
    #expect(note.signOffTexts.first == "Kind regards,")
    let contractions = ["'ve", "'m", "n't", "'re", "'d", "'ll", "it's"]
    let words = note.body.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
    #expect(!words.contains { word in contractions.contains { word.hasSuffix($0) } })
    expectRefused(&conversation, phrase, saying: "It's already formal.")
  }

  @Test(
    "warmer: first name, hi, best wishes",
    arguments: [
      "warmer", "make it warmer", "friendlier please", "more casual", "less formal",
      "make it sound more relaxed", "can it be a bit more personal", "say it more warmly",
    ])
  func warmer(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    let note = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, warmer:"), "\(reply)")
    #expect(note.greetingLine == "Hi Priya,")
    #expect(note.signOffTexts.first == "Best wishes,")
    expectRefused(&conversation, phrase, saying: "It's already warm.")
  }

  @Test(
    "back to neutral from formal",
    arguments: [
      "neutral", "back to a normal tone", "a neutral tone please", "somewhere in between",
      "make it neutral", "less warm",
    ])
  func neutral(_ phrase: String) throws {
    var conversation = try drafted()
    let original = try #require(conversation.note)
    _ = conversation.typed("more formal")
    let reply = conversation.typed(phrase)
    let note = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, in a neutral tone:"), "\(reply)")
    #expect(note.greetingLine == "Dear Priya,")
    #expect(note.signOffTexts.first == "Best regards,")
    #expect(note == original, "neutral again is the note as first written")
    expectRefused(&conversation, phrase, saying: "It's already in a neutral tone.")
  }

  // MARK: - Topics

  @Test(
    "another topic by its number",
    arguments: [
      ("use topic 2", 2), ("topic 2", 2), ("2", 2), ("go with number 3", 3),
      ("the second one", 2), ("option 2", 2), ("switch to topic two", 2),
      ("use the third topic", 3), ("can we use the 2nd topic", 2), ("let's go with two", 2),
    ])
  func topicByNumber(_ phrase: String, _ number: Int) throws {
    var conversation = try drafted()
    let topic = conversation.topics[number - 1]
    let reply = conversation.typed(phrase)
    let note = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, built on \(topic.text):"), "\(reply)")
    #expect(note.body.components(separatedBy: topic.text).count == 2)
    #expect(!note.body.contains(conversation.topics[0].text))
  }

  @Test(
    "the other topic",
    arguments: [
      "use the other topic", "the other one", "another topic", "try a different topic",
      "pick a different topic please", "use a different one", "something else",
    ])
  func otherTopic(_ phrase: String) throws {
    var conversation = try drafted()
    let first = conversation.topics[0].text
    let reply = conversation.typed(phrase)
    let note = try #require(conversation.note)
    #expect(reply.hasPrefix("Here it is, built on"), "\(reply)")
    #expect(!note.body.contains(first))
    #expect(conversation.topics.dropFirst().contains { note.body.contains($0.text) })
    // Asked again, it goes back to a topic the note is not on.
    let second = try #require(conversation.topics.first { note.body.contains($0.text) })
    _ = conversation.typed(phrase)
    #expect(conversation.note?.body.contains(second.text) == false)
  }

  @Test(
    "a topic named by its words",
    arguments: [
      ("go with the cargo bikes instead", "cargo bikes"),
      ("talk about the electric cargo bikes", "cargo bikes"),
      ("use the one about cycling", "cycling"), ("make it about the bikes", "cargo bikes"),
      ("focus on cycling instead", "cycling"), ("let's go with cycling", "cycling"),
      ("i'd rather talk about the cargo bikes", "cargo bikes"),
      ("actually use the cargo bikes one", "cargo bikes"),
      ("can you write about cycling instead", "cycling"),
    ])
  func topicByWords(_ phrase: String, _ words: String) throws {
    var conversation = try drafted()
    let topic = try DraftedConversation.topic(words, in: conversation)
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Here it is, built on \(topic.text):"), "\(reply)")
    #expect(conversation.note?.body.contains(topic.text) == true)
  }

  @Test(
    "a topic typed in the person's own words",
    arguments: [
      ("talk about their new graduate scheme instead", "your new graduate scheme"),
      ("write about the warehouse robots they're trialling", "warehouse robots"),
      ("make it about their plan to open a store in York", "your plan to open a store in York"),
    ])
  func typedTopic(_ phrase: String, _ expected: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Here it is, built on"), "\(reply)")
    let note = try #require(conversation.note)
    #expect(note.body.contains(expected), "\(note.body)")
    #expect(!note.body.contains(conversation.topics[0].text))
  }

  @Test("a topic that is not there")
  func missingTopic() throws {
    var conversation = try drafted()
    expectRefused(&conversation, "use topic 9", saying: "There's no topic 9.")
    expectRefused(&conversation, "use topic 1", saying: "The note is already built on")
  }
}
