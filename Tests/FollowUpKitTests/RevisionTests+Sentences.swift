import Foundation
import Testing

@testable import FollowUpKit

extension RevisionTests {
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

  @Test(
    "a sentence longer than the whole note is refused before composing, saying why",
    arguments: [
      ("", 151, "(an email is at most 150 words)"),
      ("as a card", 81, "(a card is at most 80 words)"),
      ("make it a linkedin message", 40, "(a LinkedIn message is at most 300 characters)"),
      ("", 2_000, "(an email is at most 150 words)"),
    ])
  func addLongerThanNote(_ channel: String, _ words: Int, _ bound: String) throws {
    var conversation = try drafted()
    if !channel.isEmpty { _ = conversation.typed(channel) }
    // "routes" and "planning" alternate: eight characters a word with its space.
    let sentence = (0..<words).map { $0.isMultiple(of: 2) ? "routes" : "planning" }
    expectRefused(
      &conversation, "mention that " + sentence.joined(separator: " "),
      saying: "That's longer than the whole note can be \(bound), so I left the draft as it was."
        + " Give me a line or two and I'll add it.")
  }

  @Test("a sentence at the note's limit is not refused as longer than the note")
  func addAtLimit() throws {
    var conversation = try drafted()
    let reply = conversation.typed(
      "mention that " + Array(repeating: "routes", count: 150).joined(separator: " "))
    #expect(!reply.contains("longer than the whole note"), "\(reply)")
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
}
