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

  /// A line closed by a request for a manner ("..., I'd like to say that tactfully"): the
  /// request was for the writer and is left out, and the line is printed as typed, so the
  /// reply says so and how to change its words.
  static func mannerLeftOut(_ manner: String) -> String {
    "I've left out the request to say it \(manner): your line is printed as you wrote it, so to change its words, say which (say this instead of that)."
  }

  /// How every reply that keeps a line out of the note ends: the person may add a sentence of
  /// their own at any time, in the words they want.
  static let interestAddLater =
    "You can add a sentence any time: once you see the draft, say add, then the sentence as you'd like it to read."

  /// A point the note cannot vouch for as a sentence the person would send (`VouchedPoint`):
  /// kept out, never pasted or rewritten, said plainly and kindly, with how to add one.
  static let interestHeldBack =
    "I've kept that line out of the note: as written, it might not read the way you mean. "
    + interestAddLater

  /// A line typed as a chat message (`PointRegister`): kept out, since the note puts the
  /// person's words in as they are written, with the sign that shows it and both ways in.
  static func interestReadsAsChat(sign: String) -> String {
    "I've kept that line out of the note: it reads as a chat message rather than a sentence written to your interviewer (\(sign)), and the note uses your words just as you write them. Once you see the draft, say add it to use your line as typed, or add: and the sentence in your own words."
  }

  /// A point longer than any note holds: left out whole, since cutting it would change what
  /// the person said.
  static let interestTooLong =
    "I've kept that out of the note: the note's own point is one line, and that was far longer than a note can hold. "
    + interestAddLater

  /// A point with a word pointing at something the note never names ("that path", "up
  /// there", "she"): kept out, saying which word, since the sentence itself may be whole.
  static func interestPointsAtNothing(pointer: String) -> String {
    "I've kept that line out of the note: \"\(pointer)\" points at something the note doesn't name, so a reader wouldn't know what you mean. "
      + interestAddLater
  }

  /// A point whose "it" the topic gives two things to ("the grant and the new lab"): kept
  /// out, saying why and how to add it with the thing named.
  static let interestUnclearIt =
    "I've kept that line out of the note: the topic names two things, so a reader wouldn't know which one \"it\" means. "
    + interestAddLater

  /// A point about another thing than the topic: kept out, saying why and how to add it.
  /// A line that apologises for the interview (`ApologyRule`): kept out, as the advice says.
  static func interestApologises(_ quote: String) -> String {
    "I've kept that line out of the note: it apologises for the interview (\"\(quote)\"), and a note that tries to make amends draws attention to what you'd rather they forgot. "
      + interestAddLater
  }

  static func interestOffTopic(topic: String) -> String {
    "I've kept that line out of the note: it is about something other than \(topic), and a note with one point reads best. "
      + interestAddLater
  }

  /// A short remark that names nothing of the topic and says nothing of the writer ("My
  /// mum's a psychiatric nurse." beside a recruitment drive): kept out, saying why, and how to
  /// add it with the link that makes it a point.
  static let interestUnlinked =
    "I've kept that line out of the note: on its own it doesn't say how it links to the topic, so a reader might not see why it's there. "
    + interestAddLater

  /// The sign of a line typed in capitals throughout (`Shouting`).
  static let typedInCapitals = "it's typed in capitals, so I can't tell which words are names"

  /// Why a line typed in small letters is kept out for a word that may be a name.
  static func uncasedName(_ word: String) -> String {
    "\"\(word)\" may be a name, and in small letters I can't tell"
  }

  /// Under the first draft, when the person's line was kept out: said plainly, with both ways
  /// to put a line in (in their own words, or as typed). A line too long to quote is named
  /// without its words.
  /// A line kept out because it reads as chat (`PointRegister`) says so, and how it shows;
  /// a line of one or two words ("pigeon") was kept out for being no point at all, before its
  /// register was read, so it is not told it reads as chat.
  /// A line from a person who types in capitals (`Shouting`) was read in lower case: its sign
  /// is its capitals.
  static func heldLineReminder(_ words: String, typedInCapitals: Bool = false) -> String {
    let line =
      words.count <= 120 ? "Your line \"\(MessageText.displayable(words))\"" : "Your own line"
    if WordSplitter.words(words).count >= 3, var sign = PointRegister.chatSign(in: words) {
      if typedInCapitals { sign = Self.typedInCapitals }
      return line
        + " isn't in this note: it reads as a chat message (\(sign)), and the note uses your words just as you write them. To put it in, say add it to use your line as typed, or add: and then the sentence as you'd like it to read."
    }
    return line
      + " isn't in this note. To put it in, say add: and then the sentence as you'd like it to read, or say add it to use your words as you typed them."
  }

  /// "add it" when no line was kept out of the note: nothing to put back.
  static let noHeldLine =
    "There's no line of yours kept out of this note. To add a sentence, say add, then the sentence as you'd like it to read."

  /// `why`, when a line was kept out: shown as typed, so nothing the person said is lost.
  static func heldPointReason(_ words: String) -> String {
    "- Your line \"\(words)\" is kept out of the note, as written it might not read the way you mean. Say add, then the sentence as you'd like it to read, or add it to put it in as you typed it."
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
