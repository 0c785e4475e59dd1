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
  private func drafted() throws -> Conversation {
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

  // MARK: - Names

  @Test(
    "the interviewer's name",
    arguments: [
      "change her name to Priyanka Shah", "her name is Priyanka",
      "actually she's called Priyanka Shah", "address it to Priyanka Shah",
    ])
  func interviewerName(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the name to Priyanka Shah:"), "\(reply)")
    #expect(conversation.note?.greetingLine == "Dear Priyanka,")
  }

  @Test(
    "the interviewer's spelling, in a formal note that shows the surname",
    arguments: ["her name is spelled Shaw", "it's Shaw not Shah", "Shaw, not Shah"])
  func interviewerSpelling(_ phrase: String) throws {
    var conversation = try drafted()
    _ = conversation.typed("more formal")
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the name to Priya Shaw:"), "\(reply)")
    #expect(conversation.note?.greetingLine == "Dear Priya Shaw,")
  }

  @Test("a spelling fix the greeting does not show is kept for when it does")
  func spellingKept() throws {
    var conversation = try drafted()
    _ = conversation.typed("her name is spelled Shaw")
    _ = conversation.typed("more formal")
    #expect(conversation.note?.greetingLine == "Dear Priya Shaw,")
  }

  @Test("after a rename, the draft's heading names the new person")
  func headingAfterRename() throws {
    var conversation = try drafted()
    _ = conversation.typed("change her name to Priyanka Shah")
    let shown = conversation.typed("show")
    #expect(shown.hasPrefix("Here's your draft, as an email to Priyanka Shah:"), "\(shown)")
  }

  @Test(
    "the company",
    arguments: [
      ("change the company to Northgate Foods Ltd", "Northgate Foods Ltd"),
      ("actually the company is Northgate Fresh Foods", "Northgate Fresh Foods"),
      ("the company is called Northgate Group", "Northgate Group"),
      ("it was Northgate Group, not Northgate Foods", "Northgate Group"),
      ("change the company name to Northgate Group", "Northgate Group"),
    ])
  func company(_ phrase: String, _ company: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the company to \(company):"), "\(reply)")
    let body = try #require(conversation.note?.body)
    #expect(body.contains(" at \(company)."), "\(body)")
  }

  @Test(
    "the sender's name",
    arguments: [
      "sign it as Jordan Lee", "change my name to Jordan Lee", "my name is Jordan Lee",
      "sign off as Jordan Lee", "sign it Jordan Lee",
    ])
  func sender(_ phrase: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed your name to Jordan Lee:"), "\(reply)")
    #expect(conversation.note?.signOffTexts.last == "Jordan Lee")
    expectRefused(&conversation, phrase, saying: "The note is already signed Jordan Lee.")
  }

  @Test(
    "the role",
    arguments: [
      ("the role was senior analyst", "senior analyst"),
      ("change the role to logistics coordinator", "logistics coordinator"),
      ("actually the job was logistics coordinator", "logistics coordinator"),
    ])
  func role(_ phrase: String, _ role: String) throws {
    var conversation = try drafted()
    let reply = conversation.typed(phrase)
    #expect(reply.hasPrefix("Changed the role to \(role):"), "\(reply)")
    #expect(conversation.note?.body.contains("the \(role) role") == true)
  }

  @Test(
    "a name that is not a name is refused",
    arguments: ["change her name to 12345", "her name is spelled Sh4h", "address it to 42"])
  func notAName(_ phrase: String) throws {
    var conversation = try drafted()
    expectRefused(&conversation, phrase, saying: "I didn't understand that change.")
  }

  // MARK: - Adding and removing sentences

  @Test(
    "add a sentence",
    arguments: [
      (
        "mention that I'd love to help plan the new routes", "I'd love to help plan the new routes."
      ),
      ("add that I'd love to visit the Leeds site", "I'd love to visit the Leeds site."),
      (
        "say that I'd be glad to share my route-planning spreadsheet",
        "I'd be glad to share my route-planning spreadsheet."
      ),
      ("can you add that I enjoyed meeting the drivers", "I enjoyed meeting the drivers."),
      ("please mention I'm keen to see the depot open", "I'm keen to see the depot open."),
      ("could you mention that I cycle to work every day", "I cycle to work every day."),
      ("tell her I'd love to see the depot", "I'd love to see the depot."),
      ("say I'd love to visit the depot", "I'd love to visit the depot."),
      ("add: I'm happy to send the routing example", "I'm happy to send the routing example."),
    ])
  func add(_ phrase: String, _ sentence: String) throws {
    var conversation = try drafted()
    let before = try #require(conversation.note)
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Added it:"), "\(reply)")
    #expect(after.bodyTexts.contains(sentence), "\(after.bodyTexts)")
    #expect(after.bodyTexts.count == before.bodyTexts.count + 1)
    // Added before the closing thanks, which stays last.
    #expect(after.bodyTexts.last == before.bodyTexts.last)
  }

  @Test(
    "an added sentence that breaks the advice is refused",
    arguments: [
      "mention that I'm sorry I was so nervous", "add that I'm the perfect fit for this role",
      "say that I really need this job", "add that I need an answer by Friday",
      "mention that I have ten years of experience in logistics",
    ])
  func addRefused(_ phrase: String) throws {
    var conversation = try drafted()
    expectRefused(&conversation, phrase, saying: "I'd leave that out:")
  }

  /// A draft with more lines to remove: longer, with an added sentence.
  private func fuller() throws -> Conversation {
    var conversation = try drafted()
    _ = conversation.typed("longer")
    _ = conversation.typed("mention that I enjoyed meeting the drivers")
    return conversation
  }

  @Test(
    "remove the last line",
    arguments: [
      "drop the last line", "remove the last sentence", "delete the final line",
      "cut the closing line", "get rid of the last line", "lose the last sentence",
      "take out the last line", "remove the final sentence please",
      "can you drop the last line",
    ])
  func removeLast(_ phrase: String) throws {
    var conversation = try fuller()
    let before = try #require(conversation.note)
    let last = try #require(before.bodyTexts.last)
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Removed \"\(last)\":"), "\(reply)")
    #expect(after.bodyTexts == Array(before.bodyTexts.dropLast()))
  }

  @Test(
    "remove a line by its words",
    arguments: [
      ("remove the bit about the drivers", "I enjoyed meeting the drivers."),
      ("take out the line about meeting the drivers", "I enjoyed meeting the drivers."),
      ("delete the sentence about the drivers", "I enjoyed meeting the drivers."),
    ])
  func removeByWords(_ phrase: String, _ line: String) throws {
    var conversation = try fuller()
    let before = try #require(conversation.note)
    #expect(before.bodyTexts.contains(line))
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Removed \"\(line)\":"), "\(reply)")
    #expect(after.bodyTexts == before.bodyTexts.filter { $0 != line })
  }

  @Test(
    "remove a line by its place",
    arguments: [
      ("remove the third sentence", 3), ("delete the 3rd line", 3), ("drop the fourth sentence", 4),
      ("remove sentence 3", 3), ("delete line four", 4),
    ])
  func removeByOrdinal(_ phrase: String, _ number: Int) throws {
    var conversation = try fuller()
    let before = try #require(conversation.note)
    let line = before.bodyTexts[number - 1]
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Removed \"\(line)\":"), "\(reply)")
    var expected = before.bodyTexts
    expected.remove(at: number - 1)
    #expect(after.bodyTexts == expected)
  }

  @Test("lines that stay: the thanks, the topic, greeting and sign-off, lines not there")
  func removeRefused() throws {
    var conversation = try fuller()
    expectRefused(&conversation, "remove the first sentence", saying: "I'd keep the thanks")
    expectRefused(
      &conversation, "remove the second sentence", saying: "what makes the note personal")
    expectRefused(
      &conversation, "remove the line about the depot", saying: "what makes the note personal")
    expectRefused(&conversation, "drop the greeting", saying: "The greeting and sign-off stay.")
    expectRefused(&conversation, "remove the ninth sentence", saying: "I couldn't find that line")
    expectRefused(
      &conversation, "remove the bit about giraffes", saying: "I couldn't find that line")
    // A removal that would leave the email under its minimum of words: a short note (no role,
    // no day, short names) whose close is all that keeps it there.
    var short = Conversation(today: DraftedConversation.today)
    for message in [
      "I'm Jo", "Ann Lee", "Kora", "skip", "skip", "good", "we talked about Leeds",
      "yes", "skip", "email",
    ] {
      _ = short.typed(message)
    }
    let minimum = ChannelLimits.emailWords.lowerBound
    #expect(try #require(short.note).wordCount >= minimum)
    expectRefused(
      &short, "remove the third sentence", saying: "under \(minimum), which reads as curt")
  }

  @Test("lines removed give way when a shorter topic would leave the email under its minimum")
  func removalGivesWayToMinimum() throws {
    // Found by fuzzing: two lines dropped at 59 and 52 words, then a two-word topic typed at
    // the topic question gave a 37-word email.
    var conversation = Conversation(today: DraftedConversation.today)
    for message in [
      "Sam Patel", "Dr Okafor", "Castlegate University", "lab technician", "yesterday", "good",
      "Dr Okafor talked about her research on antibiotic resistance in soil and she was super "
        + "excited about it",
      "yes", "email", "drop the last line", "drop the last line",
    ] {
      _ = conversation.typed(message)
    }
    let trimmed = try #require(conversation.note)
    #expect(trimmed.wordCount >= ChannelLimits.emailWords.lowerBound)
    #expect(!trimmed.bodyTexts.contains("Thank you again for your time."))
    for _ in 0..<4 where conversation.stage != .topic { _ = conversation.typed("back") }
    #expect(conversation.stage == .topic)
    _ = conversation.typed("soil samples")
    let note = try #require(conversation.note)
    #expect(note.bodyTexts.contains { $0.contains("soil samples") })
    #expect(note.fits(ChannelLimits.of(.email, freeAccount: false)), "\(note.wordCount) words")
  }

  // MARK: - Word swaps

  @Test(
    "replace words",
    arguments: [
      ("say 'especially' instead of 'particularly'", "particularly", "especially"),
      ("replace particularly with especially", "particularly", "especially"),
      ("change 'meeting with' to 'speaking with'", "meeting with", "speaking with"),
      ("use 'liked' instead of 'enjoyed'", "enjoyed", "liked"),
      ("swap enjoyed for liked", "enjoyed", "liked"),
      ("instead of enjoyed say liked", "enjoyed", "liked"),
      ("replace \"enjoyed\" with \"liked\"", "enjoyed", "liked"),
      ("change enjoyed to liked", "enjoyed", "liked"),
      ("can you replace enjoyed with liked", "enjoyed", "liked"),
      ("say liked rather than enjoyed", "enjoyed", "liked"),
      ("use liked not enjoyed", "enjoyed", "liked"),
    ])
  func replace(_ phrase: String, _ old: String, _ new: String) throws {
    var conversation = try drafted()
    let before = try #require(conversation.note)
    #expect(before.body.contains(" \(old) "))
    let reply = conversation.typed(phrase)
    let after = try #require(conversation.note)
    #expect(reply.hasPrefix("Swapped \"\(old)\" for \"\(new)\":"), "\(reply)")
    #expect(after.body == before.body.replacingOccurrences(of: " \(old) ", with: " \(new) "))
  }

  @Test("a swap that cannot apply")
  func replaceRefused() throws {
    var conversation = try drafted()
    expectRefused(
      &conversation, "say 'wonderful' instead of 'brilliant'",
      saying: "I couldn't find \"brilliant\" in the draft")
    expectRefused(
      &conversation, "replace enjoyed with desperate", saying: "I'd leave that out:")
  }

  // MARK: - History

  @Test("undo and redo walk a history of more than twenty changes")
  func history() throws {
    var conversation = try drafted()
    let changes = [
      "longer", "more formal", "use topic 2", "mention that I enjoyed meeting the drivers",
      "warmer", "replace enjoyed with liked", "sign it as Jordan Lee", "use topic 3", "shorter",
      "drop the last line", "more formal", "change the company to Northgate Foods Ltd",
      "the role was logistics coordinator", "use the other topic", "neutral",
      "add that I'd love to visit the Leeds site", "remove the bit about the drivers",
      "more formal",
      "change her name to Priyanka Shah", "warmer", "make it a LinkedIn message",
      "make it an email", "use topic 2",
    ]
    var versions = [try #require(conversation.note)]
    for change in changes {
      let reply = conversation.typed(change)
      let note = try #require(conversation.note)
      #expect(note != versions.last, "\(change) changed nothing: \(reply)")
      versions.append(note)
    }
    #expect(versions.count == changes.count + 1)
    for index in stride(from: versions.count - 2, through: 0, by: -1) {
      let reply = conversation.typed(index % 2 == 0 ? "undo" : "undo that")
      #expect(reply.hasPrefix("Undone. Here's the previous version:"), "\(reply)")
      #expect(conversation.note == versions[index], "undo to version \(index)")
    }
    expectRefused(&conversation, "undo", saying: "There's nothing to undo")
    for index in 1..<versions.count {
      let reply = conversation.typed("redo")
      #expect(reply.hasPrefix("Redone:"), "\(reply)")
      #expect(conversation.note == versions[index], "redo to version \(index)")
    }
    expectRefused(&conversation, "redo", saying: "There's nothing to redo.")
    // A new change after an undo starts a new branch: what was undone cannot be redone.
    _ = conversation.typed("undo")
    _ = conversation.typed("undo")
    #expect(conversation.note == versions[versions.count - 3])
    _ = conversation.typed("more formal")
    expectRefused(&conversation, "redo", saying: "There's nothing to redo.")
    _ = conversation.typed("undo")
    #expect(conversation.note == versions[versions.count - 3])
  }

  // MARK: - Why, show, done

  @Test(
    "why: the reasons, and the note untouched",
    arguments: ["why", "why this topic", "explain", "why did you write it like that"])
  func why(_ phrase: String) throws {
    var conversation = try drafted()
    let topic = conversation.topics[0].text
    expectRefused(&conversation, phrase, saying: "Why the draft reads as it does:")
    let reply = conversation.typed(phrase)
    #expect(reply.contains(topic))
    #expect(reply.contains("As an email it has a short subject line"))
  }

  @Test("show: the current draft, as it is", arguments: ["show", "show me", "show the draft"])
  func show(_ phrase: String) throws {
    var conversation = try drafted()
    _ = conversation.typed("more formal")
    let note = try #require(conversation.note)
    expectRefused(&conversation, phrase, saying: ReplyText.noteText(note))
  }

  @Test(
    "done, in many phrasings",
    arguments: [
      "done", "looks good", "perfect thanks", "that's great", "i'm happy with that",
      "all good thanks", "great, thanks!",
    ])
  func done(_ phrase: String) throws {
    var conversation = try drafted()
    _ = conversation.typed("warmer")
    let note = conversation.note
    let reply = conversation.typed(phrase)
    #expect(conversation.stage == .done)
    #expect(reply.hasPrefix("Your note is ready to copy from above."), "\(reply)")
    #expect(reply.contains("Good luck, Jordan!"))
    #expect(conversation.note == note)
    // A change after done reopens the draft.
    let reopened = conversation.typed("more formal")
    #expect(conversation.stage == .draft)
    #expect(reopened.hasPrefix("Here it is, more formal:"))
  }

  @Test("a message that is no change leaves the draft and says what it can do")
  func notUnderstood() throws {
    var conversation = try drafted()
    expectRefused(
      &conversation, "the weather is nice today", saying: "I didn't understand that change.")
  }
}
