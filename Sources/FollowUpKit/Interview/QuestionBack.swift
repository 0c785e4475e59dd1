/// A common question the person asks back instead of answering: whether the note has to be
/// formal, how long it should be, when to send it, whether to include the other interviewer,
/// whether to mention what went badly, whether to attach anything.
///
/// People ask these at any stage ("wait, should I mention the bad part?"), and a question read
/// as an answer was a miss, or worse, an answer ("The most memorable thing I found: the bad
/// part"). It is read by meaning: a message shaped as a question about what the person should
/// do, holding a cue of one subject, in any of the usual phrasings, not one exact phrase each.
///
/// ```swift
/// QuestionBack(reading: "does it have to be formal?")  // .formality
/// QuestionBack(reading: "how long should I wait before sending?")  // .timing
/// QuestionBack(reading: "can you make it more formal?")  // nil: a change to the draft
/// ```
enum QuestionBack: String, Hashable, Sendable, CaseIterable {
  case formality
  case length
  case timing
  case otherInterviewer
  case badPart
  case attachment

  /// The question a whole message asks, or nil when it is an answer, a request or any other
  /// question.
  init?(reading text: String) {
    let trimmed = text.trimming(" \t\n")
    guard !MessageText.isLong(trimmed) else { return nil }
    var words = Tokenizer.tokens(trimmed).filter(\.isWord).map(\.lower)
    while let first = words.first, QuestionBack.openers.contains(first), words.count > 1 {
      words.removeFirst()
    }
    guard let first = words.first, words.count <= 20 else { return nil }
    // Without a question mark, an auxiliary asks only before its subject ("can I", "should
    // it"): "can la, not bad" is an answer in Singlish, not a question about the bad part.
    let subject = words.dropFirst().first.map(MessageText.subjects.contains) == true
    let asks =
      trimmed.hasSuffix("?")
      || QuestionBack.interrogatives.contains(first)
        && (QuestionBack.whWords.contains(first) || subject)
    // "can you make it more formal?" asks for a change: the draft stage reads it.
    let request =
      ["can", "could", "would", "will"].contains(first) && words.dropFirst().first == "you"
    guard asks, !request, QuestionBack.interrogatives.contains(first) || words.count <= 8 else {
      return nil
    }
    let found = Set(words)
    let phrase = " " + words.joined(separator: " ") + " "
    let revising = !found.isDisjoint(with: QuestionBack.revisionWords)
    if !found.isDisjoint(with: QuestionBack.attachmentCues) {
      self = .attachment
    } else if QuestionBack.asksAboutOthers(found, phrase) {
      self = .otherInterviewer
    } else if !found.isDisjoint(with: QuestionBack.badPartCues) {
      self = .badPart
    } else if QuestionBack.asksWhen(found, phrase) {
      self = .timing
    } else if !revising, QuestionBack.asksLength(found, phrase) {
      self = .length
    } else if !revising, !found.isDisjoint(with: QuestionBack.formalityCues) {
      self = .formality
    } else {
      return nil
    }
  }

  /// Words a question back opens with: "should I ...", "how long ...", "do I ...".
  static let interrogatives: Set<String> = [
    "should", "shall", "do", "does", "must", "is", "are", "am", "can", "could", "would", "will",
    "how", "when", "what", "which", "need", "has", "have", "ought", "may", "might", "whats",
    "what's", "hows", "how's", "is't",
  ]
  /// Question words that ask on their own, with no subject after them.
  static let whWords: Set<String> = [
    "how", "when", "what", "which", "whats", "what's", "hows", "how's", "need",
  ]
  /// Words before the question that change nothing: "so, should I ...", "oh and how long ...".
  static let openers: Set<String> = [
    "so", "and", "also", "oh", "wait", "um", "umm", "hmm", "ok", "okay", "btw", "quick",
    "question", "sorry", "but", "actually", "then", "right", "hey", "one", "more", "thing",
  ]
  /// Asking for a change rather than about the note: "should it be shorter?" is for the draft.
  static let revisionWords: Set<String> = [
    "more", "less", "shorter", "longer", "warmer", "friendlier", "briefer", "make", "change",
    "rewrite", "edit",
  ]
  static let attachmentCues: Set<String> = [
    "attach", "attached", "attaching", "attachment", "attachments", "cv", "resume", "résumé",
    "portfolio", "references", "samples", "transcript", "certificates",
  ]
  static let badPartCues: Set<String> = [
    "bad", "badly", "worst", "mistake", "mistakes", "messed", "mess", "fumbled", "fumble",
    "blanked", "apologise", "apologize", "apologising", "apologizing", "apology",
    "sorry", "weak", "flubbed", "bombed", "stumbled", "screwed", "awkward", "excuse",
  ]
  static let formalityCues: Set<String> = [
    "formal", "formally", "informal", "casual", "casually", "professional", "tone", "relaxed",
    "chatty", "stiff", "friendly", "polite",
  ]
  /// The people besides the one named first.
  static let interviewerWords: Set<String> = [
    "interviewer", "interviewers", "panel", "recruiter", "person", "people", "manager",
    "colleague", "hr", "guy", "woman", "man", "lady",
  ]
  static let otherMarkers: Set<String> = [
    "other", "second", "third", "both", "each", "all", "another", "too", "also", "cc", "separate",
  ]

  static func asksAboutOthers(_ words: Set<String>, _ phrase: String) -> Bool {
    if !words.isDisjoint(with: otherMarkers) && !words.isDisjoint(with: interviewerWords) {
      return true
    }
    return [" both of them ", " each of them ", " all of them ", " everyone ", " everybody "]
      .contains { phrase.contains($0) }
  }

  /// "When should I send it?", "how soon?", "how long should I wait?", "is it too late?".
  static func asksWhen(_ words: Set<String>, _ phrase: String) -> Bool {
    let sends = words.contains("send") || words.contains("sending")
    if phrase.hasPrefix(" when ") && (sends || words.contains("it")) { return true }
    if words.contains("wait") || words.contains("waiting") || words.contains("soon") {
      return true
    }
    if sends, !words.isDisjoint(with: sendingDays) { return true }
    return phrase.contains(" too late ") || phrase.contains(" too early ")
      || phrase.contains(" too soon ") || words.contains("timing")
  }

  /// "Can I send it tomorrow?", "is tonight ok to send?".
  static let sendingDays: Set<String> = [
    "today", "tomorrow", "tonight", "now", "weekend", "morning", "evening", "later", "straight",
  ]

  /// "How long should it be?", "how many words?", "is short ok?".
  static func asksLength(_ words: Set<String>, _ phrase: String) -> Bool {
    if phrase.contains(" how long ") || phrase.contains(" how short ")
      || phrase.contains(" how many words ") || phrase.contains(" how many sentences ")
      || phrase.contains(" how many paragraphs ") || phrase.contains(" how many lines ")
    {
      return true
    }
    return !words.isDisjoint(with: ["length", "long", "short", "brief", "lengthy", "wordy"])
  }
}
