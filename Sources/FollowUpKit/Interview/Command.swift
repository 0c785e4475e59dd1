/// A command the person can give at any stage, recognised in a few common phrasings.
enum Command: Hashable, Sendable {
  case help
  case back
  case skip
  case restart
  case show
  case quit

  /// The command a whole message asks for, or nil when the message is an answer.
  init?(reading text: String) {
    let words = MessageText.isLong(text) ? [] : WordSplitter.words(text)
    guard !words.isEmpty, words.count <= 5 else {
      if text.trimming(" \t?").isEmpty, text.contains("?") {
        self = .help
        return
      }
      return nil
    }
    let phrase = words.joined(separator: " ")
    for (command, phrasings) in Command.phrasings where phrasings.contains(phrase) {
      self = command
      return
    }
    return nil
  }

  static let phrasings: [(Command, Set<String>)] = [
    (
      .help,
      [
        "help", "h", "what do you need", "what should i say", "what do i say", "what do i do",
        "how does this work", "i'm confused", "im confused", "confused", "what", "huh", "help me",
        "options", "commands",
      ]
    ),
    (
      .back,
      [
        "back", "go back", "previous", "previous question", "last question", "go back one",
        "back one", "undo answer",
      ]
    ),
    (
      .skip,
      [
        "skip", "skip it", "skip this", "skip this one", "skip that", "pass", "next question",
        "leave it out", "leave it blank", "no idea skip", "rather not say", "i'd rather not say",
        "prefer not to say",
      ]
    ),
    (
      .restart,
      [
        "restart", "start over", "start again", "reset", "begin again", "new note",
        "start from scratch", "from the top",
      ]
    ),
    (
      .show,
      [
        "show", "show draft", "show the draft", "show note", "show the note", "show me", "show it",
        "show me the draft", "show me the note", "see draft", "see the draft", "see the note",
        "view draft", "draft", "current draft", "where are we", "summary", "status",
        "show it again", "let me see it", "let me see", "see it", "show again", "again",
      ]
    ),
    (
      .quit,
      ["quit", "exit", "bye", "goodbye", "stop", "end", "q", "close", "i'm done here", "cancel"]
    ),
  ]
}

/// Yes or no, in the ways people say them.
enum Confirmation {
  case yes
  case no

  init?(reading text: String) {
    guard !MessageText.isLong(text) else { return nil }
    let words = WordSplitter.words(text)
    let phrase = words.joined(separator: " ")
    // "yesss", "yeah yeah", "ye", "yh", "aye", "yup!": yes however it is typed.
    if let first = words.first, words.count <= 3, Self.isYesWord(first) {
      self = .yes
      return
    }
    if Confirmation.yesPhrases.contains(phrase)
      || (words.first.map { ["yes", "yeah", "yep", "sure", "ok", "okay", "y"].contains($0) }
        ?? false && words.count <= 3)
    {
      self = .yes
    } else if Confirmation.noPhrases.contains(phrase) || words.first == "no" && words.count <= 3 {
      self = .no
    } else {
      return nil
    }
  }

  /// A word that says yes: the usual ones with their letters typed once or many times, and
  /// the chat spellings.
  static func isYesWord(_ word: String) -> Bool {
    let squeezed = String(word.reduce(into: [Character]()) { if $0.last != $1 { $0.append($1) } })
    return [
      "yes", "ye", "yeah", "yea", "yep", "yup", "yh", "ya", "yas", "aye", "ys", "sure", "ok",
      "okay", "oki", "okie", "kk", "k", "si", "oui", "ja", "haan", "ha", "yess", "yeh",
    ].contains(squeezed)
  }

  static let yesPhrases: Set<String> = [
    "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "sounds good", "go ahead", "do it",
    "confirm", "that one", "use that", "use it", "perfect", "great", "good", "fine", "correct",
    "right", "that's right", "thats right", "yes please", "please do", "go for it", "absolutely",
    "definitely", "of course", "why not", "alright", "all right", "that works", "works for me",
    "love it", "spot on", "exactly", "that's it", "thats it", "that's the one", "thats the one",
    "the first one", "first one", "the first", "overwrite", "replace it", "yes overwrite",
  ]
  static let noPhrases: Set<String> = [
    "no", "n", "nope", "nah", "no thanks", "not that", "not that one", "something else",
    "another", "a different one", "different one", "neither", "none", "none of them",
    "none of those", "keep it", "don't", "dont", "cancel", "never mind", "nevermind",
  ]
}
