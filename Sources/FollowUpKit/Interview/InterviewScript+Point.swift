/// What the assistant says when it asks for the person's own point about the topic.
extension InterviewScript {
  /// Asked once, after the topic: the answer becomes the note's second sentence, in the
  /// person's words, so the note says something only they would say.
  static let interestQuestion =
    "What about it interested you, or what would you like to say about it? A line is enough, or skip."

  static let interestHint =
    "A line in your own words about the topic, such as what you'd like to help with, or type skip."

  static let interestExample = "For example: I'd love to help bring the new site up to speed"

  static let interestHelp =
    "Optional: one line of your own about the topic, which becomes the note's second sentence. Without it the note has no second sentence rather than a stock one. For example: I'd love to help bring the new site up to speed."

  /// The point as it will read in the note.
  static func interestTaken(_ sentence: String) -> String {
    "Got it: the note will say \"\(sentence)\""
  }

  /// A point the note cannot vouch for as a sentence: left out, never pasted or rewritten, and
  /// shown with how to add it in the words the person wants.
  static func interestHeldBack(_ words: String) -> String {
    "I've left \"\(words)\" out of the note: I couldn't make it read as a whole sentence without changing your words. To add it, once you see the draft say \"add: \" and the sentence as you'd like it to read."
  }

  /// A point longer than any note holds: left out whole, since cutting it would change what
  /// the person said.
  static let interestTooLong =
    "I've left that out of the note: the note's own point is one line, and that was far longer than a note can hold. To add one, once you see the draft say \"add: \" and the sentence as you'd like it to read."

  /// A point with a word pointing at something the note never names ("that path", "up
  /// there", "she"): left out, saying which word, since the sentence itself may be whole.
  static func interestPointsAtNothing(_ words: String, pointer: String) -> String {
    "I've left \"\(words)\" out of the note: \"\(pointer)\" points at something the note doesn't name, so a reader wouldn't know what you mean. To add it, once you see the draft say \"add: \" and the sentence as you'd like it to read."
  }

  /// A point about another thing than the topic: left out, saying why and how to add it.
  static func interestOffTopic(_ words: String, topic: String) -> String {
    "I've left \"\(words)\" out of the note: it is about something other than \(topic), and a note with one point reads best. To add it anyway, once you see the draft say \"add: \" and the sentence as you'd like it to read."
  }

  /// A short remark that names nothing of the topic and says nothing of the writer ("My
  /// mum's a psychiatric nurse." beside a recruitment drive): left out, saying why, and how to
  /// add it with the link that makes it a point.
  static func interestUnlinked(_ words: String) -> String {
    "I've left \"\(words)\" out of the note: on its own it doesn't say how it links to the topic, so a reader might not see why it's there. To add it, once you see the draft say \"add: \" and the sentence as you'd like it to read, with the link (\"... so I ...\")."
  }

  static let interestSkipped = "No problem: the note will stay with the topic alone."
}

/// `why`: where each sentence of the note came from, so the person can see nothing is invented.
extension InterviewScript {
  static let sourcesHeading = "Where each sentence came from:"

  /// One sentence of the note and what it rests on.
  static func source(of line: Note.Line, topic: Topic) -> String? {
    let origin: String
    switch line.part {
    case .thanks: origin = "thanks, with the role, company and day you gave"
    case .topic:
      origin =
        topic.kind == .typed
        ? "the topic in your own words" : "the topic you chose from what you said came up"
    case .interest: origin = "your own words about the topic"
    case .added: origin = "a sentence you asked to add"
    case .close: origin = "the closing thanks"
    case .greeting, .signOff, .topicDetail, .connection: return nil
    }
    return "- \"\(line.text)\": \(origin)."
  }
}
