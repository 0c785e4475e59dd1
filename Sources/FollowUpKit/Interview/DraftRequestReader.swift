/// Reads a `DraftRequest` from a message, in many phrasings.
///
/// This file holds the order in which the readings are tried, the courtesies set aside and the
/// one-word commands; the readings themselves are split by concern: length and tone
/// (`+Style`), edits to the sentences (`+Edits`), and what the note is about or who it is for
/// (`+Choices`).
enum DraftRequestReader {
  /// The request in a message. A message read as nothing is read again without its courtesies
  /// ("could you", "let's", "actually", "please"): "can we use the 2nd topic" is "use the 2nd
  /// topic". Only then, so "actually the company is ..." still reads as the correction it is.
  static func read(_ text: String, reader: FactReader) -> DraftRequest? {
    if let people = GreetingAddition.read(text) { return .greetAlso(people) }
    if let request = readWords(text, reader: reader) { return request }
    let plain = withoutCourtesy(text)
    guard plain != text.squeezed, !plain.isEmpty else { return nil }
    return readWords(plain, reader: reader)
  }

  /// Openings that ask politely or hedge, and add nothing to what is asked.
  static let courtesyOpenings = [
    "please", "pls", "plz", "kindly", "could you please", "can you please", "could you", "can you",
    "would you", "can u", "could u", "can u pls", "can you pls", "pls can you", "pls can u",
    "will you", "could we", "can we", "can i", "could i", "i'd like you to", "i would like you to",
    "i'd like to", "i would like to", "i want you to", "i want to", "i'd rather", "i would rather",
    "i'd prefer to", "i would prefer to", "i prefer to", "i think", "let's", "lets", "let us",
    "maybe", "mibbe", "mebbe", "perhaps", "actually", "ok", "okay", "oh", "hmm", "um", "so", "and",
    "now", "just",
    "yes", "yeah", "no,", "nah,", "hm", "right", "then", "also", "but",
  ]
  static let sortedCourtesyOpenings = courtesyOpenings.sorted { $0.count > $1.count }

  /// Words that open a remark on how the note reads: "feels too personal", "sounds a bit stiff".
  static let remarkOpeners: Set<String> = [
    "feels", "feel", "seems", "sounds", "looks", "reads", "it's", "its", "that's", "thats", "too",
    // "I find it on LinkedIn": a statement of the person's, not a channel asked for.
    "i", "she", "he", "they", "we",
  ]

  /// Endings that add nothing to what is asked.
  static let courtesyEndings = [
    "please", "thanks", "thank you", "for me", "if you can", "if possible", "if you could",
    "instead please", "pls", "plz", "actually",
  ]

  /// The message without courtesies at either end, and without closing punctuation.
  static func withoutCourtesy(_ text: String) -> String {
    // A courtesy is at most a few words, so only the ends are lowered, and the text is cut as a
    // Substring: lowering and copying all of it for each courtesy dropped made 16 KiB of
    // "and and ..." quadratic. Lowering maps each scalar on its own, so the ends lowered are
    // the ends of the whole text lowered.
    let window = 64
    var current = Substring(text.squeezed)
    var changed = true
    while changed {
      changed = false
      current = current.trimming(" ?!.,")
      let lowered = current.prefix(window).lowercased()
      for opening in sortedCourtesyOpenings
      where lowered.hasPrefix(opening + " ")
        || (opening.hasSuffix(",") && lowered.hasPrefix(opening))
      {
        current = current.dropFirst(opening.count).trimming(" ,")
        changed = true
        break
      }
      let trimmedLower = current.suffix(window).lowercased()
      for ending in courtesyEndings where trimmedLower.hasSuffix(" " + ending) {
        current = current.dropLast(ending.count + 1).trimming(" ,")
        changed = true
        break
      }
    }
    return String(current)
  }

  static func readWords(_ text: String, reader: FactReader) -> DraftRequest? {
    guard let request = readRequest(text, reader: reader) else { return nil }
    // "change her name to 12345" names nobody: leave the draft alone.
    switch request {
    case .correction(.name(let name)):
      // "sign it just Sam", "sign with Fatima only": "just" and "only" are how they asked, not
      // part of the name.
      let plain = SignOffRemark.plain(name)
      if plain != name { return .correction(.name(plain)) }
      return isName(name.full) && !holdsSentenceWords(name) ? request : nil
    case .correction(.signOff(let name)):
      return holdsSentenceWords(name) ? nil : request
    case .correction(.interviewers(let people)):
      return people.allSatisfy { isName($0.full) } ? request : nil
    case .correction(.interviewerSpelling(let word, _)): return isName(word) ? request : nil
    // "address it to the hiring manager" names a job, not a person ("Dear The," before).
    case .renameInterviewer(let name):
      let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
      return isName(name) && !DirectAnswer.sentenceWords.contains(first) ? request : nil
    default: return request
    }
  }

  /// "sign it that way", "sign it off with my nickname Jay": words of a sentence or of asking,
  /// which no name is made of.
  static func holdsSentenceWords(_ name: PersonName) -> Bool {
    name.full.split(separator: " ").contains { word in
      let lower = word.lowercased()
      return DirectAnswer.sentenceWords.contains(lower) || NameRequest.notNames.contains(lower)
        || NameRequest.fillers.contains(lower)
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
    let words = WordSplitter.words(trimmed)
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

    // Which notes there are ("send it to Steve only"): before the greeting's words, which would
    // read "address it to fiona only" as how to greet the one note in view.
    if let change = recipientsChange(trimmed) { return change }
    // How the note names someone ("sign Jose only", "can we say Dear Kavitha, she said to call
    // her that"): before additions, which would read "say Dear Kavitha" as a sentence to add.
    switch NameRequest.read(trimmed) {
    case .signOff(let name, nil): return .correction(.signOff(name))
    case .signOff(let name, .some(let closing)): return .signedWith(name, closing: closing)
    case .greeting(let words): return .greet(words)
    case .closing(let words): return .closing(words)
    case .ownName(let form): return .signOwnName(form)
    case .greetingForm(let form): return .greetForm(form)
    case nil: break
    }
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
    // "feels too personal for a first card": a remark on the note names a channel it asks for
    // nothing of; it opens on how the note seems.
    if words.count <= 8, let channel = Channel(reading: trimmed), !wordSet.contains("mention"),
      wordSet.isDisjoint(with: ["name", "company"]), !Self.remarkOpeners.contains(words[0])
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
}

extension DraftRequestReader {
  /// Several changes in one message ("make it a bit warmer and sign it just Sam"), or nil when
  /// the message holds fewer than two: split at "and", "then", commas and semicolons, each part
  /// must read as a change of its own.
  static func readSeveral(_ text: String, reader: FactReader) -> [DraftRequest]? {
    // "omg i love it. can you take out the part about my dad tho, idk if its too personal. and
    // make it ...": read again with each sentence's end parting what is asked from what is
    // felt, only when the message read as nothing without (a full stop inside a request, as
    // in "Tomas J.", or a reason's sentence joined to a name, must keep reading as before).
    readSeveral(text, reader: reader, sentences: false)
      ?? readSeveral(text, reader: reader, sentences: true)
  }

  private static func readSeveral(_ text: String, reader: FactReader, sentences: Bool)
    -> [DraftRequest]?
  {
    // Each part with the separator typed before it, so parts can be joined back as typed.
    var parts: [(separator: String, text: String)] = [("", text.squeezed)]
    let ends = sentences ? [". ", "? ", "! "] : []
    for separator in ends + [
      ";", ", and then ", " and then ", ", then ", " then ", ", and ", " and ", ", ",
    ] {
      parts = parts.flatMap { part in
        part.text.components(separatedByCaseInsensitive: separator).enumerated().map {
          (offset, piece) in (offset == 0 ? part.separator : separator, piece)
        }
      }
    }
    parts = parts.map { ($0.separator, Self.trimmedPart($0.text)) }.filter { !$0.text.isEmpty }
    guard parts.count >= 2, parts.count <= 6 else { return nil }
    var requests: [DraftRequest] = []
    // The words each request was read from, so a part that reads as nothing alone can be read
    // again joined to the one before as typed: "sign with my full name, João Pedro Almeida",
    // "please write Dear Ms Pemberton and Mr Sharma".
    var read: [String] = []
    for (separator, part) in parts {
      // A part that reads as nothing alone, or is a name alone ("Mr Sharma", "João Pedro
      // Almeida"), belongs to the request before it when the two read together as one.
      let alone = Self.read(part, reader: reader)
      // "i dont want to mention my last job, take that out": a removal that points back
      // ("take that out", "remove it") is the removal before it said again, not a second
      // one (it had read as removing a line with "out").
      if let last = requests.last, last.removesALine, Self.removesWhatWasSaid(part) { continue }
      let nameAlone = part.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
      if alone == nil || nameAlone, !Self.asksForChange(part), let last = read.last,
        case let joined = last + separator + part,
        let request = Self.read(joined, reader: reader)
          ?? Self.readAmongReasons(joined, reader: reader)
      {
        requests[requests.count - 1] = request
        read[read.count - 1] = joined
        continue
      }
      if let request = alone {
        // "call her Eva, can you greet her as Eva": one change said twice is made once.
        if requests.last != request {
          requests.append(request)
          read.append(part)
        }
        continue
      }
      // "my English is good but this doesn't sound like me", "that's how people call me": a
      // reason beside the changes asks for nothing; a part with a verb of changing that reads
      // as nothing is a change not understood, so the message is not read as several.
      guard !Self.asksForChange(part) else { return nil }
    }
    // "love it! could you make it a bit shorter and ...": praise read as done asks nothing
    // beside the changes.
    if requests.contains(where: { $0 != .done }) { requests.removeAll { $0 == .done } }
    return requests.count >= 2 ? requests : nil
  }

  /// Whether a part asks to remove only what was just said: a verb of removing and a word
  /// that points back, nothing else ("take that out", "remove it pls", "cut that bit").
  static func removesWhatWasSaid(_ part: String) -> Bool {
    let words = WordSplitter.words(part)
    let pointing: Set<String> = ["that", "it", "this", "them", "those"]
    let removing: Set<String> = ["take", "remove", "delete", "cut", "drop", "lose", "out"]
    let asking: Set<String> = ["please", "pls", "can", "could", "you", "just", "bit", "line", "so"]
    return words.contains(where: pointing.contains) && words.contains(where: removing.contains)
      && words.allSatisfy { pointing.contains($0) || removing.contains($0) || asking.contains($0) }
  }

  /// A part without the marks around it, keeping the full stop of an initial ("sign Achieng
  /// O.").
  static func trimmedPart(_ part: String) -> String {
    let trimmed = part.trimming(" ,.;!?")
    let words = trimmed.split(separator: " ")
    if part.trimming(" ,;!?").hasSuffix("."), let last = words.last, words.count >= 2,
      last.count == 1, last.first?.isUppercase == true
    {
      return trimmed + "."
    }
    return trimmed
  }

  /// Whether a part holds a verb that asks for a change to the note: a closed class.
  static func asksForChange(_ part: String) -> Bool {
    let verbs: Set<String> = [
      "make", "change", "add", "remove", "put", "use", "sign", "say", "take", "cut", "drop",
      "swap", "replace", "write", "mention", "delete", "shorten", "include", "leave", "switch",
      "fix", "greet", "address", "call",
    ]
    let words = WordSplitter.words(part)
    // "that's how people call me": "call" after a subject of its own tells, it asks nothing.
    return words.indices.contains { index in
      verbs.contains(words[index])
        && !(index > 0
          && ["people", "they", "everyone", "friends", "she", "he", "we"].contains(
            words[index - 1]))
    }
  }

  /// The one change in a message that also gives its reasons: "take out the ELL bit, not sure
  /// it fits", "Shaun is the general manager, can you put Dear Mr Hollis", "can u make it a
  /// little warmer, it reads kind of stiff". Split into clauses; when one change is read (once,
  /// or the same change twice) and the others read as nothing, that one is what is asked.
  static func readAmongReasons(_ text: String, reader: FactReader) -> DraftRequest? {
    var parts = [text.squeezed]
    // "thats lovely. maybe take out the gran bit actually, feels too personal", "this is good
    // but dont mention my brother": praise or a reason in a sentence of its own, or before
    // "but", beside the one change asked. "take out the GP surgery bit actually theyve got my
    // cv": "actually" inside a message, with no comma, opens the afterthought just the same.
    for separator in [
      ". ", "? ", "! ", ";", ", ", " but ", " since ", " because ", " cos ", " as it ", " as its ",
      " actually ",
    ] {
      parts = parts.flatMap { $0.components(separatedByCaseInsensitive: separator) }
    }
    parts = parts.map { $0.trimming(" ,.;!?") }.filter { !$0.isEmpty }
    guard parts.count >= 2, parts.count <= 5 else { return nil }
    var readable = parts.compactMap { Self.read($0, reader: reader) }
    // "thats lovely", "this is good": praise read as done asks nothing beside a change.
    if readable.contains(where: { $0 != .done }) { readable.removeAll { $0 == .done } }
    // "it reads kind of stiff, can u make it a little warmer": a complaint and its request
    // ask for the same change.
    guard let first = readable.first, readable.allSatisfy({ $0 == first }) else { return nil }
    return first
  }
}
