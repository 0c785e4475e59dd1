/// What the assistant says at the draft: headings, changes made or refused, and the end.
extension InterviewScript {
  static let noDraft = "There's no draft yet."
  static let noDraftAfterQuit = "We hadn't got as far as a draft. Type restart to write one."
  static let anythingElse = "Anything else to change? Say done when you're happy."
  static let keptShortAfterHardInterview =
    "I've kept it short and about the conversation, with no mention of how the interview went: a note that apologises reads as making amends."

  static func oneNoteEach(_ count: Int) -> String {
    "You met \(count) people, so I've written one note each: a separate note per person, each on its own point, reads as meant for them."
  }

  /// "Here's your draft, as an email to Priya Shah (note 1 of 2):"
  static func draftHeading(channel: Channel, person: String, index: Int, of count: Int) -> String {
    var title = "Here's your draft, as \(channel.spoken) to \(person)"
    if count > 1 { title += " (note \(index + 1) of \(count))" }
    return title + ":"
  }

  static func sayNext(for name: String) -> String { "Say next for \(name)'s note." }

  /// `done`: the note is ready, when to send it, and what else can be done with it.
  static func finished(
    timing: String, others: [String], inTerminal: Bool, name: String?
  ) -> String {
    // A terminal shows the note just above; a remote chat gets it again before this text,
    // since "above" there may be a review's rewrite or scrolled away.
    var text = (inTerminal ? "Your note is ready to copy from above. " : "") + timing
    if others.count > 1 {
      text +=
        " There's a note for each of \(Acknowledgement.list(others)): say next to see the other\(others.count > 2 ? "s" : "")."
    }
    if inTerminal {
      text +=
        "\nType save FILE to save it (save note.eml for an email draft), mailto for a link that opens your email, or restart to write another."
    } else {
      text += "\nSay export for the note as a file or a mailto link, or restart to write another."
    }
    if let name { text += "\nGood luck, \(name)!" }
    return text
  }

  // MARK: - Changes

  static let madeShorter = "Here it is, shorter:"
  static let madeLonger = "Here it is, a little longer:"

  static func toneChanged(_ tone: Tone) -> String {
    switch tone {
    case .formal: "Here it is, more formal:"
    case .warm: "Here it is, warmer:"
    case .neutral: "Here it is, in a neutral tone:"
    }
  }

  static func toneAlready(_ tone: Tone) -> String {
    switch tone {
    case .formal: "It's already formal."
    case .warm: "It's already warm."
    case .neutral: "It's already in a neutral tone."
    }
  }

  static func noTopicNumbered(_ number: Int) -> String {
    "There's no topic \(number). The topics I found:"
  }
  static let onlyOneTopicFound =
    "I only found one topic in what you told me. You can type another one in your own words: \"use their new training scheme\"."
  static let notATopic =
    "I couldn't make a topic of that. Try a few words, such as \"use their new training scheme\"."
  static func topicChanged(_ topic: String) -> String {
    "Here it is, built on \(shownTopic(topic)):"
  }
  static func topicAlready(_ topic: String) -> String {
    "The note is already built on \(shownTopic(topic))."
  }

  static func channelChanged(_ channel: Channel) -> String { "Here it is as \(channel.spoken):" }
  static func channelAlready(_ channel: Channel) -> String { "It's already \(channel.spoken)." }
  static func freeAccountChanged(limit: Int) -> String {
    "Here it is as a LinkedIn message for a free account (\(limit) characters at most):"
  }
  static let freeAccountAlready = "It's already short enough for a free account."

  static func companyChanged(_ value: String) -> String { "Changed the company to \(value):" }
  static func companyAlready(_ value: String) -> String { "The company is already \(value)." }
  static func roleChanged(_ value: String) -> String { "Changed the role to \(value):" }
  static func roleAlready(_ value: String) -> String { "The role is already \(value)." }
  static func interviewerChanged(_ name: String) -> String { "Changed the name to \(name):" }
  static func interviewerAlready(_ name: String) -> String { "The note already uses \(name)." }
  static func senderChanged(_ name: String) -> String { "Changed your name to \(name):" }
  static func senderAlready(_ name: String) -> String { "The note is already signed \(name)." }
  static let notAName = "That doesn't look like a name, so I left the draft as it was."
  static func greetingChanged(_ words: String) -> String { "It now greets \(words):" }
  static func greetingAlready(_ words: String) -> String { "The note already greets \(words)." }
  static func closingChanged(_ words: String) -> String { "Changed the closing to \(words):" }
  static func closingAlready(_ words: String) -> String { "The closing is already \(words)." }
  static let noBodyLeft =
    "That would leave nothing between the greeting and the sign-off, so the draft is unchanged."

  static let tooManyChanges =
    "This draft has been through a great many changes, so I'll stop here to keep it safe: say done to keep it as it is, or restart to write a fresh one."
  static let nothingToUndo = "There's nothing to undo: this is the first version."
  static let undone = "Undone. Here's the previous version:"
  static let nothingToRedo = "There's nothing to redo."
  static let redone = "Redone:"

  static let onlyOneNote = "There's only one note: you met one person."
  static let onlyOneNoteKept =
    "There's only one note now: the others are left out. Say undo to bring them back."

  /// Notes left out ("send it to Steve only"): who gets none, who gets one, and the way back.
  static func leftOut(_ people: [String], kept: [String]) -> String {
    let one =
      kept.count == 1
      ? "the note goes to \(kept[0]) only" : "the notes go to " + Acknowledgement.list(kept)
    return "Done: no note for \(Acknowledgement.list(people)); \(one). Say undo to bring it back."
  }
  static func notesBack(_ people: [String]) -> String {
    "Undone: the note for \(Acknowledgement.list(people)) is back."
  }
  static func alreadyOnlyNote(_ person: String) -> String {
    "The note already goes to \(person) only."
  }
  static func alreadyLeftOut(_ person: String) -> String {
    "There's no note for \(person): you asked me to leave them out. Say undo to bring it back."
  }
  static func lastNoteKept(_ person: String) -> String {
    "The note for \(person) is the only one left, so I've kept it. Say done when it's ready."
  }
  static func noNoteFor(_ name: String, notes: String) -> String {
    "I don't have a note for \(name). The notes are for " + notes + "."
  }

  static func addressKept(_ address: String) -> String {
    "Got it: I'll address the email to \(address) when you save it as an .eml file or use mailto."
  }

  static func wouldLeaveOut(_ reason: String) -> String {
    "I'd leave that out: \(reason) The draft is unchanged."
  }
  static let added = "Added it:"
  static let alreadyInNote = "That's already in the note."
  static func notFoundInDraft(_ words: String) -> String {
    "I couldn't find \"\(words)\" in the draft, so nothing changed."
  }
  static func swapped(_ old: String, _ new: String) -> String {
    "Swapped \"\(old)\" for \"\(new)\":"
  }
  static let nothingToSwap = "Nothing to swap."

  // MARK: - Removals

  static let lineNotFound =
    "I couldn't find that line in the draft, so nothing changed. You can say \"drop the last line\" or \"remove the bit about ...\" with a word from the line."
  static let keepTheThanks =
    "I'd keep the thanks: thanking them for their time is the heart of a follow-up. The draft is unchanged."
  static let keepTheTopic =
    "That sentence is what makes the note personal, so I'd keep it. To change it, say \"use another topic\" or type a topic. The draft is unchanged."
  static let keepGreetingAndSignOff = "The greeting and sign-off stay. The draft is unchanged."
  static func removed(_ line: String) -> String { "Removed \"\(line)\":" }
  static let alreadyGone = "That line is already gone."
}
