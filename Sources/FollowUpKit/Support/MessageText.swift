/// Makes what a person typed safe to read, store and show.
///
/// Everything the person types may end up in a note, a saved file or a terminal. Control
/// characters (terminal escape sequences among them), bidirectional overrides and invisible
/// characters are removed once, on the way in, so nothing downstream has to think about them.
enum MessageText {
  struct Cleaned {
    var text: String
    var wasTruncated: Bool
    var hadInvalidText: Bool
  }

  /// Cleans a message: control and invisible characters removed (line breaks kept), invalid
  /// text (already replaced by U+FFFD when decoded) dropped, runs of combining marks cut to
  /// `maxCombiningRun`, cut to `limit` bytes.
  static func clean(_ raw: String, limit: Int) -> Cleaned {
    var output = String.UnicodeScalarView()
    var bytes = 0
    var truncated = false
    var invalid = false
    var previousWasSpace = false
    // Combining marks in a row on one letter (see `maxCombiningRun`).
    var marks = 0
    // Inside a terminal escape sequence ("\u{1B}[31m", "\u{1B}]0;title\u{7}"): the whole
    // sequence goes, not just its ESC, so no "[31m" is left behind.
    var escape = EscapeState.none
    for scalar in raw.unicodeScalars {
      switch escape {
      case .none:
        break
      case .start:
        escape =
          scalar == "["
          ? .control : (scalar == "]" || scalar == "P" || scalar == "_" ? .string : .none)
        continue
      case .control:
        // Parameters and intermediates, then one final character from @ to ~.
        if (0x40...0x7E).contains(scalar.value) || !(0x20...0x3F).contains(scalar.value) {
          escape = .none
        }
        continue
      case .string:
        // Ends at BEL or at ESC (the first half of ESC \).
        if scalar == "\u{7}" { escape = .none } else if scalar == "\u{1B}" { escape = .start }
        continue
      }
      if scalar == "\u{1B}" {
        escape = .start
        continue
      }
      if scalar == "\u{9B}" {
        escape = .control
        continue
      }
      if scalar == "\u{FFFD}" {
        invalid = true
        continue
      }
      var keep = scalar
      if scalar == "\t" || scalar == "\r" { keep = " " }
      if scalar != "\n", !isSafe(keep) { continue }
      if keep.value >= 0x300, keep.properties.canonicalCombiningClass != .notReordered {
        marks += 1
        if marks > maxCombiningRun { continue }
      } else {
        marks = 0
      }
      let length = UTF8.width(keep)
      if bytes + length > limit {
        truncated = true
        break
      }
      // Collapse runs of spaces so padding cannot stretch a note.
      if keep == " " {
        if previousWasSpace { continue }
        previousWasSpace = true
      } else {
        previousWasSpace = false
      }
      output.append(keep)
      bytes += length
    }
    // Composed (NFC) once here: "e" + U+0301 becomes "é", the same text to every comparison,
    // so no later comparison or hash of a word has to compose its letters again (a 16 KiB
    // word of decomposed letters cost 52 ms a turn at the opening, most of it in composing).
    let text = String(output)
    let composed =
      text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    return Cleaned(text: composed, wasTruncated: truncated, hadInvalidText: invalid)
  }

  /// The most combining marks kept in a row: Unicode's stream-safe limit (UAX #15), which no
  /// text in any language needs. A longer run ("Zalgo" text, or one letter with 8,000 accents)
  /// is cut to it, since every comparison of such a word normalises all its marks.
  static let maxCombiningRun = 30

  private enum EscapeState {
    case none
    /// After ESC.
    case start
    /// In a control sequence: ESC [ ... final.
    case control
    /// In a string sequence: ESC ] ... BEL, and the like.
    case string
  }

  /// A scalar that may be shown and stored: not a control, format or bidi-override character.
  static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return false  // C0 and C1 controls, ESC among them
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0x061C:
      return false
    case 0xFFF9...0xFFFB, 0xE0000...0xE007F: return false
    case 0xD800...0xDFFF: return false
    default: return true
    }
  }

  /// Text safe to put in a reply on one line: controls and line breaks removed.
  static func displayable(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { isSafe($0) }.prefix(300)))
  }

  /// Longer than this, a message is never a command, a yes or no, a greeting or a non-answer:
  /// the longest of those phrasings is 18 bytes, and politeness around one ("please could you
  /// just ...") adds a few short words. Checked first, so that a long answer (most openings)
  /// is not tokenized again for each of them.
  static let longestShortReply = 160

  /// Whether a message is too long to be a short reply (see `longestShortReply`).
  static func isLong(_ text: String) -> Bool { text.utf8.count > longestShortReply }

  /// "idk", "?", "not sure": a reply that carries no answer.
  static func isNonAnswer(_ text: String) -> Bool {
    if isLong(text) { return isKeyboardMash(text) }
    let words = WordSplitter.words(text)
    if words.isEmpty { return true }
    let phrase = words.joined(separator: " ")
    // "erm dunno", "hmm idk lol": non-answers said together are one.
    let together =
      words.count > 1
      && words.allSatisfy {
        nonAnswers.contains($0) || DiscourseOpener.kind(of: $0) == .interjection
      }
    return nonAnswers.contains(phrase) || DiscourseOpener.kind(of: phrase) == .interjection
      || together
      || isKeyboardMash(text)
  }

  /// The reply without the interjections it opens with ("oh wait its warehouse operative",
  /// "Sorry, night shift supervisor"): they say how it was typed, not what it answers. Only
  /// one typed in lower case or closed by a comma or "!" is set aside, so a name that is also
  /// such a word ("Ah Young Kim") stays whole.
  static func withoutLeadingInterjections(_ text: String) -> String {
    var rest = Substring(text.trimming(" \t\n"))
    while true {
      let word = rest.prefix { !" ,!".contains($0) }
      guard !word.isEmpty, word.count < rest.count else { break }
      let after = rest.dropFirst(word.count)
      let closed = after.first == "," || after.first == "!"
      guard DiscourseOpener.kind(of: String(word)) == .interjection,
        closed || word.allSatisfy({ !$0.isUppercase })
      else { break }
      rest = after.drop { " ,!".contains($0) }
    }
    // "its warehouse operative", "it's Priya": "it is" before the answer, in lower case.
    for opening in ["its ", "it's ", "it’s ", "it is ", "it was "] where rest.hasPrefix(opening) {
      let answer = rest.dropFirst(opening.count)
      if answer.contains(where: \.isLetter) { rest = answer }
      break
    }
    return rest.isEmpty ? text : String(rest)
  }

  /// Replies that answer nothing, as `WordSplitter.words` leaves them.
  static let nonAnswers: Set<String> = [
    "idk", "i dont know", "i don't know", "dont know", "don't know", "dunno", "no idea",
    "not sure",
    "no clue", "n/a", "na", "none", "nothing", "whatever", "hmm", "hm", "um", "uh", "er", "erm",
    "i forget", "i forgot", "forgot", "can't remember", "cant remember", "i can't remember",
    "no", "nope", "nah", "unknown", "?", "...", "idc", "not really", "no one", "nobody", "meh",
    "i'm not sure", "im not sure", "not sure tbh", "idk tbh", "lol", "haha", "ok", "okay", "k",
    "asdf", "test", "testing", "blah", "x", "xx", "xxx", "-", "nothing really", "not much",
  ]

  /// "hi", "hello there": a greeting and nothing else.
  static func isGreeting(_ text: String) -> Bool {
    guard !isLong(text) else { return false }
    return greetings.contains(WordSplitter.words(text).joined(separator: " "))
  }

  /// Greetings on their own, as `WordSplitter.words` leaves them, in the Englishes and the
  /// languages people greet in before they switch to English ("sasa, need a thank you sms",
  /// "kumusta po"): a first word before a comma that is one of these greets, never signs.
  static let greetings: Set<String> = [
    "hi", "hello", "hey", "hiya", "heya", "yo", "hi there", "hello there", "hey there",
    "good morning", "good afternoon", "good evening", "morning", "howdy", "greetings", "hallo",
    "hola", "sup", "wassup", "whats up", "salam", "salaam", "assalam o alaikum",
    "assalamu alaikum", "as salaam alaikum", "salam alaikum", "bonjour", "namaste", "hej", "hallo",
    "dzien dobry", "dzień dobry", "g'day", "gday", "alright", "evening", "afternoon", "good day",
    "hii", "helo", "heyy", "morning all", "hi all", "hello all", "howzit", "howya", "hey mate",
    "hi mate", "sasa", "mambo", "habari", "jambo", "niaje", "sawubona", "dumela", "molo",
    "kumusta", "kamusta", "mabuhay", "ciao", "salut", "merhaba", "marhaba", "ahlan", "oi",
    "howfar", "how far", "kia ora", "ni hao", "xin chao", "annyeong", "namaskar", "sat sri akal",
  ]

  /// The one-word greetings, apostrophes left out ("g'day" is "gday"): what a first clause of a
  /// single word must be to be read as a greeting rather than a name.
  static let greetingWords: Set<String> = Set(
    greetings.filter { !$0.contains(" ") }.map { String($0.filter { $0 != "'" }) })

  /// Keys mashed along one row of a keyboard: "asdfghjkl", "qwerty", "sdfsdf".
  ///
  /// Lying on one row is not enough: "porter", "reporter", "typewriter", "property" and "pottery"
  /// are typed on the top row alone, and "porter" was refused at the role question as a mash. A
  /// mash is also run along the row (five neighbouring keys in order, "qwert", "sdfgh"), or has
  /// no vowel ("sdfjkl"), or repeats a stroke of three ("asdasd"): what fingers do on a keyboard,
  /// not what words do.
  static func isKeyboardMash(_ text: String) -> Bool {
    // A mash is one word: a long message with a space in it is not one.
    if isLong(text), text.utf8.contains(UInt8(ascii: " ")) { return false }
    let words = WordSplitter.words(text)
    guard words.count == 1, let word = words.first, word.count >= 5 else { return false }
    let letters = Array(word)
    guard
      let row = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map(Array.init).first(where: { row in
        letters.allSatisfy(row.contains)
      })
    else { return false }
    if !letters.contains(where: { "aeiou".contains($0) }) { return true }
    // Runs of neighbouring keys, either way along the row.
    var run = 1
    for index in letters.indices.dropFirst() {
      let step =
        (row.firstIndex(of: letters[index]) ?? 0) - (row.firstIndex(of: letters[index - 1]) ?? 0)
      run = abs(step) == 1 ? run + 1 : 1
      if run >= 5 { return true }
    }
    // A stroke of three typed again at once: "asdasd", "jkljkl".
    return letters.indices.dropLast(5).contains { start in
      letters[start..<(start + 3)] == letters[(start + 3)..<(start + 6)]
    }
  }

  /// First words that make a short message a question even without a question mark.
  static let questionOpeners: Set<String> = [
    "why", "what's", "whats", "how", "does", "do", "can", "should", "is", "are", "will", "would",
    "could", "must",
  ]

  /// Words that follow an auxiliary in a question: "can you", "should i", "is it".
  static let subjects: Set<String> = [
    "i", "you", "it", "we", "they", "he", "she", "this", "that", "there", "my", "the", "a", "an",
    "me", "u", "ya", "your", "one", "anyone", "someone", "anything", "these", "those",
  ]

  /// The message asks something rather than answering.
  static func isQuestion(_ text: String) -> Bool {
    let trimmed = text.trimming(" \t\n")
    if trimmed.hasSuffix("?") { return true }
    let words = WordSplitter.words(trimmed)
    // "wait what do you mean by interviewer, like the recruiter or ...", "what does that
    // mean": asking what a word means is a question however long it runs, after the words
    // that open speech (answers tuning 34's cb175 met "Like").
    let asked = words.drop { DiscourseOpener.kind(of: $0) == .interjection }
    // "what do you mean, like the job title? it was for care assistant": answered after it.
    if asked.count > 3, asked.first == "what", !trimmed.dropLast().contains("?"),
      ["do", "does", "did"].contains(asked.dropFirst().first ?? ""),
      asked.dropFirst(2).prefix(3).contains("mean")
    {
      return true
    }
    guard let first = words.first else { return false }
    // "do you need the exact job title from the ad or just roughly", "is it ok if i dont
    // say, ...": a reply opening by asking the listener, or asking leave, is a question
    // however long it runs, typed without its mark (tuning 29's br194, br169). A question
    // marked inside a message may be answered after it ("do you want my full name? its ...").
    if words.count > 2, !trimmed.contains("?"), !trimmed.contains(". "),
      questionOpeners.contains(first),
      ["you", "u", "ya"].contains(words[1])
        || first == "is" && words[1] == "it"
          && ["ok", "okay", "alright", "fine"].contains(words[2])
    {
      return true
    }
    guard words.count <= 10 else { return false }
    // "why", "how": a question at once. "will", "can", "do" ask only before a subject ("will it
    // matter", "can you"): "Will Young" and "Do Van An" are names.
    if ["why", "what's", "whats", "how"].contains(first) { return true }
    if questionOpeners.contains(first), words.count > 1, subjects.contains(words[1]) {
      return true
    }
    return first == "what" && words.count > 1
      && ["do", "does", "is", "should", "if", "for"].contains(words[1])
  }
}
