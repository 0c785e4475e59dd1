/// What the person asks for at the draft stage, read from plain words.
///
/// The reading does not look at the note; the engine resolves "the last line" or "the bit about
/// next steps" against the current draft and says so when it cannot.
enum DraftRequest: Hashable, Sendable {
  case shorter
  case longer
  case tone(Tone)
  case topicNumber(Int)
  case otherTopic
  /// "go with the podcast instead": match the words against the topics, or use them as typed.
  case topicWords(String)
  case channel(Channel, freeAccount: Bool)
  case freeAccount
  case correction(Correction)
  case renameCompany(String)
  case renameRole(String)
  case renameInterviewer(String)
  case add(String)
  case removeLast
  case removeOrdinal(Int)
  case removeMatching(String)
  case replace(String, with: String)
  case undo
  case redo
  case why
  case done
  case nextRecipient
  case recipientNamed(String)
  case address(String)
  case save(String?)
  case mailto
  case export
}

/// Reads a `DraftRequest` from a message, in many phrasings.
enum DraftRequestReader {
  /// The request in a message. A message read as nothing is read again without its courtesies
  /// ("could you", "let's", "actually", "please"): "can we use the 2nd topic" is "use the 2nd
  /// topic". Only then, so "actually the company is ..." still reads as the correction it is.
  static func read(_ text: String, reader: FactReader) -> DraftRequest? {
    if let request = readWords(text, reader: reader) { return request }
    let plain = withoutCourtesy(text)
    guard plain != text.squeezed, !plain.isEmpty else { return nil }
    return readWords(plain, reader: reader)
  }

  /// Openings that ask politely or hedge, and add nothing to what is asked.
  static let courtesyOpenings = [
    "please", "pls", "could you please", "can you please", "could you", "can you", "would you",
    "will you", "could we", "can we", "can i", "could i", "i'd like you to", "i would like you to",
    "i'd like to", "i would like to", "i want you to", "i want to", "i'd rather", "i would rather",
    "i'd prefer to", "i would prefer to", "i prefer to", "i think", "let's", "lets", "let us",
    "maybe", "perhaps", "actually", "ok", "okay", "oh", "hmm", "um", "so", "and", "now", "just",
    "yes", "yeah", "no,", "nah,", "hm", "right", "then",
  ]
  static let sortedCourtesyOpenings = courtesyOpenings.sorted { $0.count > $1.count }

  /// Endings that add nothing to what is asked.
  static let courtesyEndings = [
    "please", "thanks", "thank you", "for me", "if you can", "if possible", "if you could",
    "instead please",
  ]

  /// The message without courtesies at either end, and without closing punctuation.
  static func withoutCourtesy(_ text: String) -> String {
    var current = text.squeezed
    var changed = true
    while changed {
      changed = false
      current = current.trimming(" ?!.,")
      let lowered = current.lowercased()
      for opening in sortedCourtesyOpenings
      where lowered.hasPrefix(opening + " ")
        || (opening.hasSuffix(",") && lowered.hasPrefix(opening))
      {
        current = String(current.dropFirst(opening.count)).trimming(" ,")
        changed = true
        break
      }
      let trimmedLower = current.lowercased()
      for ending in courtesyEndings where trimmedLower.hasSuffix(" " + ending) {
        current = String(current.dropLast(ending.count + 1)).trimming(" ,")
        changed = true
        break
      }
    }
    return current
  }

  static func readWords(_ text: String, reader: FactReader) -> DraftRequest? {
    guard let request = readRequest(text, reader: reader) else { return nil }
    // "change her name to 12345" names nobody: leave the draft alone.
    switch request {
    case .correction(.name(let name)): return isName(name.full) ? request : nil
    case .correction(.interviewers(let people)):
      return people.allSatisfy { isName($0.full) } ? request : nil
    case .correction(.interviewerSpelling(let word, _)): return isName(word) ? request : nil
    case .renameInterviewer(let name): return isName(name) ? request : nil
    default: return request
    }
  }

  /// Letters, with the marks names use: "O'Brien", "Jean-Luc", "Dr. Okafor". No digits.
  static func isName(_ text: String) -> Bool {
    text.contains(where: \.isLetter)
      && text.allSatisfy { $0.isLetter || $0.isWhitespace || "'’-.".contains($0) }
  }

  static func readRequest(_ text: String, reader: FactReader) -> DraftRequest? {
    let trimmed = text.squeezed
    let lowered = trimmed.lowercased()
    let words = Command.words(trimmed)
    let phrase = words.joined(separator: " ")
    guard !words.isEmpty else { return nil }
    if let plain = plainRequests[phrase] { return plain }

    // "her email is priya@northgate.example": where the email goes.
    if !lowered.hasPrefix("save"), let address = EmailAddress.find(in: trimmed), words.count <= 10 {
      return .address(address)
    }
    // Exports: "save note.txt", "save", "mailto", "export".
    if words.first == "save" || words.first == "export" && words.count > 1 {
      let rest = String(trimmed.drop(while: { $0 != " " })).trimming(" \t\"'")
      return .save(rest.isEmpty ? nil : rest)
    }
    if [
      "mailto", "mailto link", "link", "email link", "give me a mailto link", "open in my email",
      "open in email",
    ].contains(phrase) {
      return .mailto
    }
    if ["export", "copy", "copy it", "plain text", "give me the text"].contains(phrase) {
      return .export
    }

    if undoPhrases.contains(phrase) { return .undo }
    if redoPhrases.contains(phrase) { return .redo }
    if whyPhrases.contains(phrase) || (words.first == "why" && words.count <= 6) { return .why }
    if donePhrases.contains(phrase) { return .done }

    // Word swaps first: "say 'valuable' instead of 'great'" contains "say".
    if let swap = replacement(trimmed, lowered) { return swap }
    // Additions: "mention that I'd love to help run the workshops".
    if let added = addition(trimmed, words: words) { return .add(added) }
    if let removal = removal(trimmed, words: words) { return removal }

    if let correction = Correction.read(trimmed, reader: reader) { return .correction(correction) }
    if let rename = rename(trimmed, words: words) { return rename }

    if let topic = topicChoice(trimmed, words: words, phrase: phrase) { return topic }
    if let recipient = recipientChoice(trimmed, words: words, phrase: phrase) { return recipient }

    let wordSet = Set(words)
    if wordSet.contains("free") && (wordSet.contains("account") || wordSet.contains("linkedin"))
      || phrase.contains("not premium") || phrase.contains("no premium")
      || phrase.contains("don't have premium")
    {
      return .freeAccount
    }
    if words.count <= 8, let channel = Channel(reading: trimmed), !wordSet.contains("mention"),
      wordSet.isDisjoint(with: ["name", "company"])
    {
      return .channel(channel, freeAccount: channel == .linkedin && wordSet.contains("free"))
    }
    if words.count <= 10 {
      // The longest cue decides: "less casual" is formal though "casual" is warm, and "a bit
      // more personal" is warmer, not longer.
      let readings: [(DraftRequest, [String])] = [
        (.shorter, shorterCues), (.longer, longerCues), (.tone(.neutral), neutralCues),
        (.tone(.warm), warmCues), (.tone(.formal), formalCues),
      ]
      var best: (request: DraftRequest, length: Int)?
      for (request, cues) in readings {
        if let cue = longestCue(lowered, cues), cue.count > best?.length ?? 0 {
          best = (request, cue.count)
        }
      }
      if let best { return best.request }
      // "a bit more", alone, asks for more words.
      if containsAny(lowered, vagueLongerCues) { return .longer }
    }
    return nil
  }

  static func containsAny(_ text: String, _ cues: [String]) -> Bool {
    longestCue(text, cues) != nil
  }

  /// The longest of `cues` that stands as whole words in `text`.
  static func longestCue(_ text: String, _ cues: [String]) -> String? {
    let padded = " " + text.filter { $0.isLetter || $0 == " " || $0 == "'" || $0 == "-" } + " "
    let bytes = Array(padded.utf8)
    return
      cues
      .filter {
        bytes.containsBytes(" " + $0 + " ") || $0.hasSuffix("-") && bytes.containsBytes(" " + $0)
      }
      .max { $0.count < $1.count }
  }

  /// The commonest requests, said plainly ("shorter", "make it more formal"), read by one
  /// lookup before anything else.
  static let plainRequests: [String: DraftRequest] = {
    var table: [String: DraftRequest] = [:]
    let readings: [(DraftRequest, [String])] = [
      (.shorter, shorterCues), (.longer, longerCues), (.tone(.neutral), neutralCues),
      (.tone(.warm), warmCues), (.tone(.formal), formalCues),
    ]
    for (request, cues) in readings {
      for cue in cues where !cue.hasSuffix("-") {
        for lead in ["", "make it ", "make it a bit ", "a bit ", "more ", "make it more ", "bit "] {
          table[lead + cue] = table[lead + cue] ?? request
        }
      }
    }
    return table
  }()

  static let undoPhrases: Set<String> = [
    "undo", "undo that", "undo it", "revert", "revert that", "revert it",
    "go back to the previous version",
    "previous version", "the previous version", "put it back", "change it back",
    "undo the last change",
    "take that back", "back to how it was", "as it was", "undo last change", "go back a version",
    "the old version", "the version before", "back to the previous version",
  ]
  static let redoPhrases: Set<String> = [
    "redo", "redo that", "redo it", "undo the undo", "put that change back", "reapply", "forward",
  ]
  static let whyPhrases: Set<String> = [
    "why", "why this", "why that", "explain", "explain it", "reasons", "why like this",
    "why did you write it like that",
    "why this topic", "why so short", "why is it like this", "what's the reasoning",
    "whats the reasoning", "reasoning",
    "how did you decide", "why did you choose this",
  ]
  static let donePhrases: Set<String> = [
    "done", "i'm done", "im done", "finished", "finish", "that's it", "thats it", "that's great",
    "thats great",
    "looks good", "looks great", "perfect", "i'm happy", "im happy", "happy with it",
    "great thanks", "all good",
    "good to go", "that'll do", "thatll do", "send", "ship it", "it's fine", "its fine", "thanks",
    "thank you",
    "great", "good", "lovely", "brilliant", "nice", "that works", "love it", "that's perfect",
    "thats perfect",
    "great thank you", "perfect thanks", "perfect thank you", "it's good", "its good",
    "it's perfect", "all done",
    "we're done", "good thanks", "awesome", "ok done", "done thanks", "done thank you", "happy",
    "sounds good",
    "that's good", "thats good", "nothing", "no changes", "no change", "no", "nope", "fine",
    "it's great", "i'm happy with that", "im happy with that", "happy with that",
    "i'm happy with it", "im happy with it", "that's fine", "thats fine", "looks fine",
    "it looks good", "it looks great", "that looks good", "that looks great", "good enough",
    "i'm ready", "im ready", "ready", "all set", "that's all", "thats all", "nothing else",
    "no more changes", "leave it as it is", "leave it",
  ]
  static let shorterCues = [
    "shorter", "shorten", "too long", "cut it down", "trim", "more concise", "concise", "briefer",
    "less wordy", "fewer words", "tighten", "condense", "cut down", "make it short", "too wordy",
    "snappier", "less long", "reduce", "brief",
  ]
  static let longerCues = [
    "longer", "too short", "expand", "lengthen", "more detail", "add more", "flesh it out",
    "more words", "fuller", "elaborate", "less short", "more to it", "too brief", "too curt",
  ]
  /// "a bit more" asks for more words only when nothing says more of what.
  static let vagueLongerCues = ["a bit more", "a little more", "bit more", "little more"]
  static let formalCues = [
    "formal", "more formal", "professional", "less casual", "stiffer", "more polite",
    "less chatty", "serious", "businesslike", "business-like", "corporate", "posher",
    "more proper", "less friendly", "less familiar", "less relaxed", "more respectful",
    "formally", "more formally", "professionally", "more professionally",
  ]
  static let warmCues = [
    "warmer", "warm", "friendlier", "friendly", "casual", "less formal", "relaxed", "more personal",
    "chattier", "less stiff", "more human", "softer", "more enthusiastic", "less serious",
    "informal", "warmly", "more warmly", "casually", "more casually", "less formally",
  ]
  static let neutralCues = [
    "neutral", "normal tone", "standard tone", "in between", "less warm", "middle", "default tone",
    "plain", "a normal tone", "the usual tone", "original tone", "regular tone",
  ]

  /// "say 'valuable' instead of 'great'", "replace great with valuable", "change great to
  /// valuable", "use valuable instead of great", "swap great for valuable".
  static func replacement(_ text: String, _ lowered: String) -> DraftRequest? {
    let quoted = quotedStrings(text)
    // "say eager rather than keen" is "say eager instead of keen".
    if lowered.contains(" rather than "), !lowered.contains("instead of") {
      let swapped = text.components(separatedByCaseInsensitive: "rather than", padded: true)
        .joined(separator: " instead of ")
      return replacement(swapped, swapped.lowercased())
    }
    // "use eager not keen", "say 'eager', not 'keen'".
    if let verb = ["say ", "use ", "write ", "put "].first(where: { lowered.hasPrefix($0) }) {
      let body = String(text.dropFirst(verb.count))
      let parts = body.components(separatedByCaseInsensitive: "not", padded: true)
      if parts.count == 2 {
        let new = parts[0].trimming(" ,\"'“”‘’")
        let old = parts[1].trimming(" .!,\"'“”‘’")
        if !new.isEmpty, !old.isEmpty, new.split(separator: " ").count <= 4,
          old.split(separator: " ").count <= 4
        {
          return .replace(old, with: new)
        }
      }
    }
    if lowered.contains("instead of") {
      let parts = text.components(separatedByCaseInsensitive: "instead of")
      guard parts.count == 2 else { return nil }
      var new = parts[0].trimming(" ,")
      var old = parts[1].trimming(" .!,")
      if quoted.count == 2 {
        let inNew = quoted.first { new.contains($0) }
        let inOld = quoted.first { old.contains($0) }
        if let inNew, let inOld {
          new = inNew
          old = inOld
        }
      } else {
        // "instead of great say valuable"
        let oldWords = old.split(separator: " ")
        if let say = oldWords.firstIndex(where: {
          ["say", "use", "write", "put"].contains($0.lowercased())
        }), say > 0 {
          new = oldWords[(say + 1)...].joined(separator: " ")
          old = oldWords[..<say].joined(separator: " ")
        } else {
          new = stripLeading(
            new,
            [
              "say", "use", "write", "put", "go with", "can you say", "please say",
              "i'd rather say", "i prefer",
            ])
        }
      }
      new = new.trimming(" \"'“”‘’")
      old = old.trimming(" \"'“”‘’")
      // "talk about the podcast instead of the bikes" is a topic change, not a word swap.
      guard !new.isEmpty, !old.isEmpty, new.split(separator: " ").count <= 6,
        old.split(separator: " ").count <= 6
      else { return nil }
      if ["talk about", "go with", "focus on", "mention"].contains(where: { lowered.hasPrefix($0) })
      {
        return nil
      }
      return .replace(old, with: new)
    }
    let patterns: [(String, String)] = [
      ("replace", " with "), ("change", " to "), ("swap", " for "), ("swap", " with "),
      ("switch", " to "), ("turn", " into "),
    ]
    for (verb, joiner) in patterns where lowered.hasPrefix(verb + " ") && lowered.contains(joiner) {
      if quoted.count == 2 { return .replace(quoted[0], with: quoted[1]) }
      let body = String(text.dropFirst(verb.count + 1))
      let parts = body.components(separatedByCaseInsensitive: joiner.trimming(" "), padded: true)
      guard parts.count == 2 else { continue }
      let old = parts[0].trimming(" \"'“”‘’")
      let new = parts[1].trimming(" .!\"'“”‘’")
      // "change the company to X", "change her name to X", "change the tone to formal": not swaps.
      let lowerOld = old.lowercased()
      if [
        "the company", "company", "her name", "his name", "their name", "my name", "the role",
        "role", "the tone", "tone", "the topic", "topic", "the name", "the interviewer",
        "the channel", "it", "the subject",
      ].contains(lowerOld) {
        return nil
      }
      if lowerOld.hasPrefix("the ") && !text.contains("\"") && !text.contains("'")
        && old.split(separator: " ").count > 2
      {
        return nil
      }
      guard !old.isEmpty, !new.isEmpty, old.split(separator: " ").count <= 6 else { return nil }
      return .replace(old, with: new)
    }
    return nil
  }

  static func quotedStrings(_ text: String) -> [String] {
    var results: [String] = []
    var current: String?
    var previous: Character = " "
    for character in text {
      let isQuote =
        character == "\"" || character == "“" || character == "”" || character == "‘"
        || character == "’" && current != nil
        || (character == "'" && (current != nil || !previous.isLetter))
      if isQuote {
        if let open = current {
          // Trimmed: replace "picture" with "view " put a double space in the note (found by
          // fuzzing), and "with " "" must not swap a word for nothing.
          let inner = open.trimming(" ")
          if !inner.isEmpty { results.append(inner) }
          current = nil
        } else {
          current = ""
        }
      } else if current != nil {
        current?.append(character)
      }
      previous = character
    }
    return results
  }

  static func stripLeading(_ text: String, _ prefixes: [String]) -> String {
    let lowered = text.lowercased()
    for prefix in prefixes.sorted(by: { $0.count > $1.count }) where lowered.hasPrefix(prefix + " ")
    {
      return String(text.dropFirst(prefix.count + 1))
    }
    return text
  }

  /// "mention that X", "add a line saying X", "say that X", "include that X", "also say X".
  static let additionOpeners = [
    "mention that", "please mention that", "can you mention that", "mention", "add that",
    "add a line saying",
    "add a line that says", "add a sentence saying", "add a sentence that says",
    "add a line about",
    "add a sentence about", "add a line:", "add:", "add", "say that", "include that", "include",
    "also say", "also mention", "also mention that", "and say", "put in that", "put in",
    "tell her that",
    "tell him that", "tell them that", "let her know that", "let him know that",
    "let them know that",
    "write that", "add in that", "can you add that", "could you add that", "please add that",
    "please add", "tell her", "tell him", "tell them", "let her know", "let him know",
    "let them know", "say", "add a sentence:", "add a line", "add a sentence", "put in a line",
    "put in a line saying", "put in a line that says", "end with", "finish with", "close with",
  ].sorted { $0.count > $1.count }

  static func addition(_ text: String, words: [String]) -> String? {
    let openers = additionOpeners
    let lowered = text.lowercased()
    for opener in openers
    where lowered.hasPrefix(opener + " ") || (opener.hasSuffix(":") && lowered.hasPrefix(opener)) {
      let rest = String(text.dropFirst(opener.count)).trimming(" :\"'“”")
      guard !rest.isEmpty else { return nil }
      // "add more detail" is "longer"; "add a sign-off"? not a sentence.
      let restWords = rest.lowercased().split(separator: " ")
      if opener == "add"
        && (restWords.first.map { ["more", "a", "some", "detail", "details"].contains(String($0)) }
          ?? false)
        && restWords.count <= 3
      {
        return nil
      }
      if restWords.count < 2 { return nil }
      // A bare "say" adds a sentence only when one follows: "say I'd love to visit", not "say
      // it more warmly".
      if opener == "say", let first = restWords.first, !Self.subjects.contains(String(first)) {
        return nil
      }
      return rest
    }
    return nil
  }

  /// "drop the last line", "remove the bit about next steps", "delete the second sentence".
  static func removal(_ text: String, words: [String]) -> DraftRequest? {
    guard let verb = words.first,
      [
        "drop", "remove", "delete", "cut", "lose", "take", "get", "kill", "scrap", "ditch", "omit",
        "skip", "no", "without",
      ].contains(verb)
    else {
      return nil
    }
    var rest = Array(words.dropFirst())
    if verb == "take", rest.first == "out" { rest.removeFirst() }
    if verb == "get", rest.starts(with: ["rid", "of"]) { rest.removeFirst(2) }
    // "cut it down", "trim it", "take it out": the whole note, not one of its lines.
    if rest.first == "it" || (rest.first == "this" && rest.count <= 2) { return nil }
    if rest.first == "the" { rest.removeFirst() }
    let ordinals = [
      "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2,
      "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
    ]
    let cardinals = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
    if let first = rest.first {
      if ["last", "final", "closing", "end"].contains(first), rest.count <= 3 {
        return .removeLast
      }
      if let number = ordinals[first], rest.count >= 2, Self.units.contains(rest[1]) {
        return .removeOrdinal(number)
      }
      // "remove sentence 3", "delete line two".
      if Self.units.contains(first), rest.count == 2,
        let number = Int(rest[1]) ?? ordinals[rest[1]] ?? cardinals[rest[1]], number > 0
      {
        return .removeOrdinal(number)
      }
    }
    if let about = rest.firstIndex(where: {
      ["about", "mentioning", "on", "saying", "where", "that", "with"].contains($0)
    }), about + 1 < rest.count {
      return .removeMatching(rest[(about + 1)...].joined(separator: " "))
    }
    if !rest.isEmpty, rest.count <= 6, !(rest.count == 1 && Self.units.contains(rest[0])) {
      return .removeMatching(rest.joined(separator: " "))
    }
    return nil
  }

  /// "the company is X" without a marker is handled by `Correction`; these are the verbs.
  static func rename(_ text: String, words: [String]) -> DraftRequest? {
    let lowered = text.lowercased()
    let forms: [(String, (String) -> DraftRequest)] = [
      ("change the company to ", { .renameCompany($0) }),
      ("change company to ", { .renameCompany($0) }),
      ("change the role to ", { .renameRole($0) }),
      ("change the job title to ", { .renameRole($0) }),
      ("change her name to ", { .renameInterviewer($0) }),
      ("change his name to ", { .renameInterviewer($0) }),
      ("change their name to ", { .renameInterviewer($0) }),
      ("change the interviewer to ", { .renameInterviewer($0) }),
      ("change the name to ", { .renameInterviewer($0) }),
      ("address it to ", { .renameInterviewer($0) }),
      ("call her ", { .renameInterviewer($0) }), ("call him ", { .renameInterviewer($0) }),
      ("she's called ", { .renameInterviewer($0) }), ("he's called ", { .renameInterviewer($0) }),
      ("she is called ", { .renameInterviewer($0) }), ("he is called ", { .renameInterviewer($0) }),
      ("they're called ", { .renameInterviewer($0) }), ("her name's ", { .renameInterviewer($0) }),
      ("his name's ", { .renameInterviewer($0) }),
      ("her full name is ", { .renameInterviewer($0) }),
      ("his full name is ", { .renameInterviewer($0) }),
      ("change the company name to ", { .renameCompany($0) }),
      ("the company's name is ", { .renameCompany($0) }),
      ("change the position to ", { .renameRole($0) }),
      ("change the job to ", { .renameRole($0) }),
      ("call them ", { .renameInterviewer($0) }), ("it's to ", { .renameInterviewer($0) }),
      (
        "change my name to ",
        { .correction(.name(PersonName(parsing: $0) ?? PersonName(given: $0))) }
      ),
    ]
    for (prefix, make) in forms where lowered.hasPrefix(prefix) {
      let value = String(text.dropFirst(prefix.count)).trimming(" .!\"'")
      guard !value.isEmpty, value.count <= 100 else { return nil }
      return make(value)
    }
    return nil
  }

  static func topicChoice(_ text: String, words: [String], phrase: String) -> DraftRequest? {
    let numbers = [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "first": 1, "second": 2, "third": 3,
      "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    ]
    func number(_ word: String) -> Int? { Int(word) ?? numbers[word] }
    if words.count == 1, let value = Int(words[0]) { return .topicNumber(value) }
    // "pick a different topic", "use a different one", "something else": a short request for
    // another topic that names none. Before the numbers, so "a different one" is not topic 1.
    let wordSet = Set(words)
    if words.count <= 6, !wordSet.isDisjoint(with: ["other", "another", "different", "else"]),
      !wordSet.isDisjoint(with: ["topic", "one", "subject", "thing", "something"]),
      wordSet.isDisjoint(with: ["note", "person", "interviewer", "tone", "word", "name", "line"])
    {
      return .otherTopic
    }
    if words.count <= 5,
      let index = words.firstIndex(where: { Self.topicWords.contains($0) || $0 == "use" }),
      index + 1 < words.count, let value = number(words[index + 1])
    {
      return .topicNumber(value)
    }
    // "let's go with two", "use 3": the number ends the request. Not "the cargo bikes one",
    // where "one" stands for a topic named by its words.
    if words.count <= 5, let last = words.last, let value = number(last),
      words.contains(where: {
        ["topic", "use", "option", "number", "go", "try", "switch"].contains($0)
      }),
      Int(last) != nil || words.count < 2
        || ["topic", "option", "number", "use", "with", "to", "try", "no"].contains(
          words[words.count - 2])
    {
      return .topicNumber(value)
    }
    if words.count <= 5,
      words.contains(where: {
        ["second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th"].contains($0)
      }),
      words.contains(where: { ["one", "topic", "option"].contains($0) })
    {
      if let value = words.compactMap({ numbers[$0] }).first(where: { $0 > 1 }) {
        return .topicNumber(value)
      }
    }
    if Self.otherPhrases.contains(phrase) { return .otherTopic }
    let lowered = text.lowercased()
    let openers = [
      "go with ", "use ", "talk about ", "mention ", "make it about ", "focus on ", "build it on ",
      "base it on ", "write about ", "switch to ", "instead talk about ", "can you use ",
      "how about ", "what about ", "try ",
    ]
    for opener in openers where lowered.hasPrefix(opener) {
      var rest = String(text.dropFirst(opener.count))
      for suffix in [" instead", " instead please", " please", " as the topic", " for the topic"]
      where rest.lowercased().hasSuffix(suffix) {
        rest = String(rest.dropLast(suffix.count))
      }
      rest = rest.trimming(" .!\"'")
      let restWords = rest.split(separator: " ")
      guard !rest.isEmpty, restWords.count <= 12 else { return nil }
      // "use valuable" is too thin to be a topic; "use a more formal tone" is a tone.
      if restWords.count == 1, lowered.hasPrefix("use ") { return nil }
      if containsAny(rest.lowercased(), formalCues + warmCues + shorterCues + longerCues) {
        return nil
      }
      if Channel(reading: rest) != nil, restWords.count <= 3 { return nil }
      return .topicWords(rest)
    }
    return nil
  }

  static func recipientChoice(_ text: String, words: [String], phrase: String) -> DraftRequest? {
    if [
      "next", "next note", "next one", "the next one", "next person", "next interviewer",
      "the other note", "other note", "the next note", "now the next one", "write the next one",
    ].contains(phrase) {
      return .nextRecipient
    }
    let lowered = text.lowercased()
    for opener in [
      "the note for ", "note for ", "now for ", "switch to ", "what about ", "write to ", "now ",
      "show ",
    ] where lowered.hasPrefix(opener) {
      let rest = String(text.dropFirst(opener.count)).trimming(" .!?'s")
      // "show it again", "show me": the draft, not a person's note.
      let first = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
      if ["it", "me", "the", "this", "that", "again", "my", "a", "an", "your", "us"].contains(first)
      {
        continue
      }
      if !rest.isEmpty, rest.split(separator: " ").count <= 3 { return .recipientNamed(rest) }
    }
    if lowered.hasSuffix("'s note") || lowered.hasSuffix("’s note") {
      return .recipientNamed(String(text.dropLast(7)))
    }
    return nil
  }

  // Word sets the readers above look words up in, built once rather than on every call.
  /// Words that open a sentence to add after a bare "say": "say I'd love to visit".
  static let subjects: Set<String> = [
    "i", "i'd", "i'm", "i've", "i'll", "we", "we're", "we'd", "you", "you're", "you've",
    "how", "what", "thanks", "thank", "it's", "that's",
  ]
  /// What a removal names: "the second line", "that bit".
  static let units: Set<String> = [
    "line", "sentence", "bit", "part", "paragraph", "sentences", "lines",
  ]
  /// Words before a topic's number: "topic 2", "option two".
  static let topicWords: Set<String> = [
    "topic", "option", "number", "no", "one", "idea", "suggestion",
  ]
  /// The ways people ask for the other topic.
  static let otherPhrases: Set<String> = [
    "use the other topic", "the other topic", "other topic", "another topic", "different topic",
    "switch topic", "switch topics", "change the topic", "change topic", "use the other one",
    "the other one", "other one", "use another topic", "try another topic",
    "try a different topic",
    "a different topic", "next topic", "use a different topic", "pick another topic",
    "another one",
  ]
}

extension String {
  /// Splits at each occurrence of `separator`, ignoring case. With `padded`, the separator
  /// must stand as a whole word.
  func components(separatedByCaseInsensitive separator: String, padded: Bool = false) -> [String] {
    let target = padded ? " " + separator.lowercased() + " " : separator.lowercased()
    var parts: [String] = []
    var remaining = Substring(self)
    while let range = remaining.lowercased().range(of: target) {
      let offset = remaining.lowercased().distance(
        from: remaining.lowercased().startIndex, to: range.lowerBound)
      let length = target.count
      let start = remaining.index(remaining.startIndex, offsetBy: offset)
      let end = remaining.index(start, offsetBy: length)
      parts.append(String(remaining[..<start]))
      remaining = remaining[end...]
    }
    parts.append(String(remaining))
    return parts
  }
}

extension Array where Element == UInt8 {
  /// The bytes of `needle` occur somewhere in these bytes.
  func containsBytes(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first, count >= pattern.count else { return pattern.isEmpty }
    for start in 0...(count - pattern.count) where self[start] == first {
      if self[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
    }
    return false
  }
}
