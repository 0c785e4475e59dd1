import Testing

@testable import FollowUpKit

extension RevisionTests {
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
