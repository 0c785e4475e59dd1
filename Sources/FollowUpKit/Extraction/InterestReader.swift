/// Finds the person's own interest in what they said about the interview.
///
/// "i said id love to be involved in that kind of thing": one short sentence of the person's own
/// interest may follow the topic in the note. Only a first-person wish counts ("I'd love to",
/// "I'd like to"), never a CV fact, and it is turned to speak to the interviewer like a topic.
enum InterestReader {
  static func interest(in text: String, context: ExtractionContext = ExtractionContext()) -> String?
  {
    let document = Document(text)
    let tokens = document.tokens
    let openers: [[String]] = [
      ["i'd", "love", "to"], ["id", "love", "to"], ["i", "would", "love", "to"],
      ["i'd", "really", "love", "to"],
      ["i'd", "like", "to"], ["id", "like", "to"], ["i", "would", "like", "to"],
      ["i'd", "be", "keen", "to"],
      ["i'd", "enjoy"], ["i", "would", "enjoy"],
    ]
    for index in tokens.indices {
      for opener in openers where document.matches(opener, at: index) {
        let start = index + opener.count
        var end = start
        while end < tokens.count, tokens[end].isWord, end - start < 14 {
          if ["but", "because", "so", "which", "lol", "haha"].contains(tokens[end].lower),
            end > start + 1
          {
            break
          }
          if tokens[end].lower == "and", end + 1 < tokens.count,
            Lexicon.clauseSubjects.contains(tokens[end + 1].lower)
          {
            break
          }
          end += 1
        }
        guard end - start >= 2 else { continue }
        let finder = CandidateFinder(document: document, context: context)
        let phrase = finder.render(start..<end, prefix: [], replacesDeterminer: false)
        let lead =
          opener.contains("like")
          ? "I'd like to " : (opener.last == "enjoy" ? "I'd enjoy " : "I'd love to ")
        return lead + phrase
      }
    }
    return nil
  }
}

extension InterestReader {
  /// A sentence the person typed, turned to speak to the interviewer like a topic: "mention that
  /// I'd love to help with their workshops" -> "I'd love to help with your workshops".
  static func secondPerson(_ text: String, context: ExtractionContext) -> String {
    let document = Document(text)
    guard let first = document.tokens.firstIndex(where: \.isWord) else { return text.squeezed }
    let finder = CandidateFinder(document: document, context: context)
    // "40%", "data + hydraulics": the person's symbols are kept, as they typed them.
    var rendered = finder.render(
      first..<document.tokens.count, prefix: [], replacesDeterminer: false, keepsSymbols: true)
    // Keep the person's closing punctuation.
    if let last = text.trimming(" \t\n").last, "!?".contains(last),
      !rendered.hasSuffix(String(last))
    {
      rendered += String(last)
    }
    return rendered.isEmpty ? text.squeezed : rendered
  }
}

extension InterestReader {
  /// The person's own point, typed at its question, as a first-person sentence for the note:
  /// chat wrappers dropped ("just say", "maybe something like"), "i" and "im" written properly,
  /// their things turned to the interviewer's ("their new site" -> "your new site"), its first
  /// sentence only. A bare phrase ("teaching the new carers") is framed as what interested them.
  /// Nil when nothing is left.
  static func point(from text: String, context: ExtractionContext) -> String? {
    var words = text.squeezed.split(separator: " ").map(String.init)
    // The first sentence only: a point is one line.
    if let end = words.firstIndex(where: {
      mayEndInMark($0) && ($0.hasSuffix(".") || $0.hasSuffix("!"))
    }),
      end + 1 < words.count
    {
      words = Array(words.prefix(end + 1))
    }
    func lowerWords() -> [String] {
      words.map { $0.lowercased().trimming(",.!?;:") }
    }
    // The words lowered once and kept in step with `words`: lowering them all again for each
    // wrapper dropped made "x, x, x, ..." at this question take 11 s for 16 KiB.
    var lower = lowerWords()
    var head = 0
    var changed = true
    while changed, head < lower.count {
      changed = false
      for wrapper in leadingWrappers
      where lower.count - head > wrapper.count
        && lower[head..<(head + wrapper.count)].elementsEqual(wrapper)
        // "that gap at 18 is what ...": "that" before a thing is its determiner, kept; only
        // before a clause's subject ("that I love their bread") is it a wrapper.
        && (wrapper != ["that"] || thatOpensClause.contains(lower[head + 1]))
      {
        head += wrapper.count
        changed = true
        break
      }
      // "I want to say I can help with the migration": a request to the writer wrapping a
      // clause of its own; the clause is the line (`WriterInstruction`).
      if !changed, let wrapper = WriterInstruction.wrapper(in: lower, at: head),
        head + wrapper < lower.count - 1, thatOpensClause.contains(lower[head + wrapper]),
        Self.hasVerb(Array(lower[(head + wrapper)...]))
      {
        head += wrapper
        changed = true
      }
    }
    words.removeFirst(head)
    // "..., I'd like to mention that", "..., I'd like to say that tactfully": a request to the
    // writer about the words before it is no sentence of the note (`WriterInstruction`).
    if let request = WriterInstruction.closingRequest(in: words) {
      words.removeLast(words.count - request)
      if let last = words.last { words[words.count - 1] = last.trimming(",;:-") }
    }
    words = Self.unwrapped(words)
    // "tbh", "lol", "honestly" closing a clause: gone before the tails are read, so a line's
    // tail is found under them.
    words = Self.withoutFillers(words)
    guard !words.isEmpty else { return nil }
    // "so yes", "so that was cool", "back in the day": chat tails that add nothing, and
    // trailing fillers, until neither is left.
    var trimming = true
    while trimming, words.count > 1 {
      trimming = false
      // Only the last few words can hold a tail: each pass stays short however long the line.
      let lower = words.suffix(8).map { $0.lowercased().trimming(",.!?;:") }
      if let last = lower.last, trailingWrappers.contains(last) {
        words.removeLast()
        trimming = true
        continue
      }
      for tail in chatTails where words.count > tail.count + 1 {
        let end = Array(lower.suffix(tail.count))
        let matches = zip(tail, end).allSatisfy { $0 == "*" || $0 == $1 }
        if matches {
          words.removeLast(tail.count)
          if let last = words.last { words[words.count - 1] = last.trimming(",;:") }
          trimming = true
          break
        }
      }
    }
    // "..., less waste": a few words after the last comma with no verb of their own trail off.
    // "..., and less diesel", "..., small company 50 users but same idea": a tail of up to
    // eight words with no verb and no subject of its own trails off too.
    if let comma = words.lastIndex(where: { $0.hasSuffix(",") }), comma >= 2,
      words.count - comma - 1 <= 8
    {
      let tail = lowerWords().suffix(from: comma + 1)
      // "and" may open the tail only when no comma came before: after one it ends a list.
      let listed = words.prefix(comma).contains { $0.hasSuffix(",") }
      let trails =
        !(listed ? tail[...] : tail.dropFirst()).contains { ["and", "or"].contains($0) }
        && !tail.contains { ["i", "it", "we", "they", "he", "she", "you"].contains($0) }
      // A tail that is a clause of its own ("thats half the reason im a physio", "my mum
      // dragged us to everything") is the sentence going on, not trailing off: never cut, so
      // a sentence is printed to its end or read whole by the gate.
      if trails, !hasVerb(Array(tail)), !Self.holdsClause(Array(tail)),
        hasVerb(Array(lowerWords().prefix(comma + 1)))
      {
        words = Array(words.prefix(comma + 1))
        words[comma] = words[comma].trimming(",")
      }
    }
    words = Self.withoutHedges(words)
    words = Self.slipsMended(words)
    words = Self.withoutAsides(words, hasVerb: Self.hasVerb)
    words = Self.withSubjects(Self.hedgedNumbers(words))
    // "loads of local acts": a chat quantity written "a lot of", as in a topic ("I drive
    // loads", with no "of", is left as typed).
    words = TopicRepair.writtenChat(words.joined(separator: " ")).split(separator: " ").map(
      String.init)
    words = Self.withAgreement(words)
    guard !words.isEmpty else { return nil }
    words = words.enumerated().map { index, word in
      let lower = word.lowercased()
      let core = lower.trimming(",.!?;:")
      guard let proper = firstPersonSpellings[core] else { return word }
      // "when she was ill": "ill" is "I'll" only where a subject stands, opening a clause.
      if core == "ill", index > 0, !Self.opensClause(after: words[index - 1]) { return word }
      return word.count == core.count ? proper : proper + lower.dropFirst(core.count)
    }
    var sentence = secondPerson(words.joined(separator: " "), context: context)
    sentence = sentence.trimming(" ,;:")
    guard sentence.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
      return nil
    }
    sentence = Self.withoutCheers(Self.splittingAndRuns(Self.splittingSplices(sentence)))
    lower = lowerWords()
    let first = lower.first ?? ""
    // "keen to be on one job for 2 years": a feeling of the person's own, said with no
    // subject in answer to what interested them, is theirs ("I'm keen to ..."), never a thing
    // that interested them (tuning 44's ck020 read "interested in keen to be ...").
    if dispositions.contains(first), lower.count > 2, ["to", "about", "on"].contains(lower[1]) {
      return "I'm " + sentence.lowercasedFirst()
    }
    // Only words that can follow "in": a thing or an act in "-ing", never a verb ("been
    // doing a course" would read "interested in been doing"), which is left unframed.
    if !sentenceOpeners.contains(first), !Self.hasVerb(lower), !Self.hasSubject(lower),
      !Self.verbOpeners.contains(first), !VouchedTopic.auxiliaries.contains(first)
    {
      // "teaching the new carers": the person's words, said as what interested them.
      sentence = framing + sentence.lowercasedFirst()
    }
    return sentence
  }

  /// Adjectives of the person's own disposition, which take "to", "about" or "on" after them:
  /// "keen to learn", "excited about the pilot". Not those that judge a thing ("good to
  /// see", "nice to hear"), whose subject is not the person.
  static let dispositions: Set<String> = [
    "keen", "eager", "excited", "happy", "glad", "ready", "willing", "curious", "passionate",
    "proud",
  ]

  /// The frame a thing said alone is printed in: "teaching the new carers" is what interested
  /// the person.
  static let framing = "I was particularly interested in "

  /// "..., I want to say I can help with the migration": a request to the writer after a
  /// comma, wrapping a clause of its own, gives way to the clause (`WriterInstruction`); a
  /// "that" after the request goes with it.
  static func unwrapped(_ words: [String]) -> [String] {
    var words = words
    var index = 1
    while index < words.count {
      let lower = words[index...].prefix(8).map { $0.lowercased().trimming(",.!?;:") }
      if words[index - 1].hasSuffix(","), var length = WriterInstruction.wrapper(in: lower, at: 0),
        length < lower.count - 1, thatOpensClause.contains(lower[length]),
        hasVerb(Array(lower[length...]))
      {
        if lower[length] == "that" { length += 1 }
        words.removeSubrange(index..<(index + length))
      }
      index += 1
    }
    return words
  }

  /// Whether a few words after a comma hold a clause the verb list cannot see: a subject typed
  /// as a contraction ("im", "thats", "id"), a past in "-ed" after a word that is no
  /// determiner ("my mum dragged us"), a verb after "to", or a common verb after its subject
  /// ("children play outside").
  static func holdsClause(_ tail: [String]) -> Bool {
    if tail.contains(where: contractedSubjects.contains) { return true }
    if VouchedPoint.hasCommonVerb(tail) { return true }
    for index in tail.indices.dropFirst() {
      let word = tail[index]
      let previous = tail[index - 1]
      if previous == "to", word.count >= 2, !TopicGrammar.determiners.contains(word),
        !Lexicon.stopwords.contains(word)
      {
        return true
      }
      if word.hasSuffix("ed"), word.count > 4, !TopicGrammar.determiners.contains(previous),
        !TopicRepair.prepositions.contains(previous), !Lexicon.stopwords.contains(previous)
      {
        return true
      }
    }
    return false
  }

  /// Subjects typed with their verb: "im", "thats", "id", with or without the apostrophe.
  private static let contractedSubjects: WordSet = [
    "im", "i'm", "id", "i'd", "ive", "i've", "ill", "i'll", "thats", "that's", "its", "it's",
    "theyre", "they're", "were", "we're", "weve", "we've", "hes", "he's", "shes", "she's",
    "theres", "there's", "youre", "you're",
  ]

  /// Verb forms that cannot follow "interested in": a participle of "be" and plain verbs.
  static let verbOpeners: Set<String> = ["been", "be", "got", "gotten", "done", "went", "gone"]

  /// Chat words with a plain written form: "uni" is "university" in a note, "reckon" "think".
  static let writtenForms: WordMap<String> = [
    "uni": "university", "reckon": "think", "tho": "though", "cuz": "because", "coz": "because",
    "bc": "because", "gonna": "going to", "wanna": "want to", "yrs": "years", "yr": "year",
    "hrs": "hours", "mins": "minutes", "everyones": "everyone's", "someones": "someone's",
    "womens": "women's", "mens": "men's", "childrens": "children's", "thru": "through",
    "whats": "what's", "theres": "there's", "hes": "he's", "shes": "she's", "cos": "because",
  ]

  /// "like learn", "enjoy work": after these verbs a bare verb reads as a slip, the "-ing" form
  /// as meant.
  static let gerunds: WordMap<String> = [
    "learn": "learning", "work": "working", "help": "helping", "teach": "teaching",
    "build": "building", "fix": "fixing", "meet": "meeting", "try": "trying", "solve": "solving",
    "make": "making", "use": "using", "do": "doing", "drive": "driving", "cook": "cooking",
  ]

  /// The person's words with the subject chat drops put back: "did one for my uni society" ->
  /// "I did one ...", "so would love to help" -> "so I would love to help", and with their chat
  /// words in written form. Only at the start of a clause (the line's start, after a comma or a
  /// "so"), and only before a verb people use of themselves.
  static func withSubjects(_ words: [String]) -> [String] {
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let lower = word.lowercased().trimming(",.!?;:")
      let previous = index > 0 ? words[index - 1].lowercased() : ""
      let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
      // The word is tested before the clause's start: comparing a foreign word with "so" or
      // "like" goes through Swift's normalising slow path, and few words are such verbs.
      // "been a season ticket holder since i was 8": a perfect typed without its subject
      // and auxiliary, which only the person's own "I've" completes.
      if lower == "been", index == 0 || previous.hasSuffix(",") || previous == "so",
        !next.isEmpty
      {
        result += ["I've", word.lowercased()]
        continue
      }
      if subjectlessVerbs.contains(lower) || isSubjectlessPast(lower, next: next),
        index == 0 || previous.hasSuffix(",") || previous == "so"
      {
        result.append("I")
        let verb = writtenForms[lower].map { $0 + word.dropFirst(lower.count) } ?? word
        result.append(index == 0 ? verb.lowercased() : verb)
        continue
      }
      if let written = writtenForms[lower] {
        result.append(written + word.dropFirst(lower.count))
        continue
      }
      if let gerund = gerunds[lower],
        ["like", "love", "enjoy"].contains(previous.trimming(",.!?;:"))
      {
        result.append(gerund + word.dropFirst(lower.count))
        continue
      }
      result.append(word)
    }
    return result
  }

  /// Verbs a chatting person uses of themselves with no "I": "did a course", "would love to".
  private static let subjectlessVerbs: WordSet = [
    "did", "would", "love", "loved", "reckon", "ran", "worked", "studied", "spent", "used",
    "grew", "went", "enjoyed", "liked", "wanted", "hope", "volunteered", "taught", "managed",
    // "wanna move up to line leader eventually" (tuning 48's cs025) had read as a thing:
    // "I was particularly interested in want to move up ...".
    "want", "wanna",
  ]

  /// Chat tails at the end of a point, word by word ("*" any one word): they add nothing, and
  /// in a note they read as pasted.
  private static let chatTails: [[String]] = [
    ["so", "yes"], ["so", "yeah"], ["so", "that", "was", "cool"], ["so", "that's", "cool"],
    ["so", "thats", "cool"], ["so", "that's", "my", "thing"], ["so", "thats", "my", "thing"],
    ["so", "there", "you", "go"], ["so", "that's", "relevant"],
    ["so", "thats", "relevant"], ["back", "in", "the", "day"], ["and", "stuff"],
    ["and", "all", "that"], ["actually"], ["to", "be", "honest"], ["i", "guess"],
    // "so I was happy to hear it": the topic's sentence already says so.
    ["so", "i", "was", "*", "to", "hear", "it"], ["so", "i", "was", "*", "to", "hear", "that"],
    // "so I like that": the topic's sentence already says they liked it.
    ["so", "i", "like", "that"], ["so", "i", "love", "that"], ["so", "i", "like", "it"],
    ["so", "i", "love", "it"],
    // "so I think it's brilliant": the topic's sentence already says they thought well of it.
    ["so", "i", "think", "it's", "*"], ["so", "i", "think", "its", "*"],
    ["so", "i", "think", "it", "is", "*"],
    // "... my favourite part of the job by a mile": emphasis as people talk, not as they write.
    ["by", "a", "mile"], ["by", "miles"],
  ]

  /// Whether a few words hold a finite verb, so they already make a sentence.
  static func hasVerb(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let word = words[index]
      // "voices from backgrounds like mine": "like" that compares is no verb.
      if ComparingLike.compares(words, at: index) { return false }
      return finiteVerbs.contains(word) || word.hasSuffix("'s") || word.hasSuffix("'re")
    }
  }

  /// Whether a subject appears after the first word ("many of my family live ... so this
  /// matters"): the line is a clause of its own, never a thing to be "interested in".
  private static func hasSubject(_ words: [String]) -> Bool {
    // A foreign word (`Token.isForeign`) is none of these, and comparing it is slow.
    for (index, word) in words.enumerated().dropFirst() where !Token.isForeign(word) {
      if ["i", "we", "they", "he", "she", "i'm", "we're", "they're"].contains(word) { return true }
      // "At my current job at the council I've seen ...": a subject typed with its verb.
      if contractedSubjects.contains(word), !["its", "were", "ill"].contains(word) { return true }
      if ["it", "this", "that", "there"].contains(word),
        ["so", "because", "and", "but", "as"].contains(words[index - 1])
      {
        return true
      }
    }
    return false
  }

  /// Two sentences joined by a comma ("I love systems that change the level layout, my grad
  /// project had a tide mechanic"), as people chat, written as two sentences: a comma splice
  /// reads as careless in a note. A comma before a new subject, with a clause on each side.
  static func splittingSplices(_ sentence: String) -> String {
    var words = sentence.split(separator: " ").map(String.init)
    // Every other subject first, then a pronoun for everyone or no one, while the line stays
    // within two sentences (`indefiniteSubjects`).
    for indefinite in [false, true] {
      var index = 2
      while index + 2 < words.count {
        let next = words[index + 1].lowercased()
        let splits =
          indefinite
          ? indefiniteSubjects.contains(next)
            && !words.dropLast().contains { $0.last.map { ".!?".contains($0) } == true }
          : spliceSubjects.contains(next) || opensClause(Array(words[(index + 1)...].prefix(6)))
            || opensWithSubjectAndVerb(Array(words[(index + 1)...].prefix(6)))
            || opensWithDeterminedSubject(Array(words[(index + 1)...].prefix(6)))
        if mayEndInMark(words[index]), words[index].hasSuffix(","),
          !closesOpening(Array(words[...index])), splits
        {
          let opening = words.prefix(2).map { $0.lowercased() }
          let exclaims =
            opening.first == "what" || opening.first == "wow" || opening == ["how", "cool"]
          words[index] = String(words[index].dropLast()) + (exclaims ? "!" : ".")
          words[index + 1] = words[index + 1].capitalisedFirst()
          index += 3
        } else {
          index += 1
        }
      }
    }
    return words.joined(separator: " ")
  }

  /// Whether the comma ending `words` closes what opens their sentence rather than a clause of
  /// its own: a subordinate clause ("Because my dissertation was on translation, building the
  /// corpus ...") or a phrase with no subject ("After thirty years of explaining loans to
  /// people, explaining finance ..."). Split there, the note printed the opening as a sentence
  /// with no main clause (tuning 47's cq045, and cq037 held back for it). A first comma only.
  static func closesOpening(_ words: [String]) -> Bool {
    let start =
      (words.dropLast().lastIndex { $0.last.map { ".!?".contains($0) } == true })
      .map { $0 + 1 } ?? 0
    let sentence = words[start...].map { $0.lowercased().trimming(",.!?;:()\"") }
    let commaBefore = words[start..<(words.count - 1)].contains { $0.hasSuffix(",") }
    guard let first = sentence.first, !commaBefore else { return false }
    // "Because I was a nurse, ...": the subordinate clause's own subject stands right after
    // its word. A subject further on opens the main clause, so the comma ends that one: "As a
    // practice nurse I gave flu jabs to many patients, I know ..." is a splice.
    if openingSubordinators.contains(first) {
      return !sentence.dropFirst(2).contains(where: openingPronouns.contains)
    }
    // "After thirty years ...", "In my last job ...": a phrase, unless a subject and its
    // verb follow inside it ("In my last job we had no camera, ...").
    guard TopicRepair.prepositions.contains(first) else { return false }
    return !sentence.dropFirst().contains(where: openingPronouns.contains)
  }

  /// Subjects that make a clause of a phrase's words: "In my last job we had ...".
  private static let openingPronouns: WordSet = [
    "i", "i'm", "i'd", "i've", "i'll", "we", "we're", "they", "they're", "he", "she", "he's",
    "she's", "it's", "you",
  ]

  /// Words that open a subordinate clause before the main one.
  private static let openingSubordinators: WordSet = [
    "because", "since", "although", "though", "while", "whilst", "if", "unless", "once",
    "whereas", "when", "as",
  ]

  /// "I did the vaccination training last year and ran the flu clinic in my old branch and it
  /// was my favourite part of the job": clauses strung on "and", as people talk, written as two
  /// sentences. Where a sentence already joins two parts with "and", a later "and" before a
  /// subject pronoun and its verb opens a sentence of its own: "... in my old branch. It was my
  /// favourite part of the job". A single "and" between two clauses ("I ran it and I loved
  /// it") is one sentence as written, and stays.
  static func splittingAndRuns(_ sentence: String) -> String {
    var words = sentence.split(separator: " ").map(String.init)
    let subjects: Set<String> = ["i", "it", "we", "they", "he", "she", "that", "this"]
    var andsBefore = 0
    var index = 0
    while index + 2 < words.count {
      let lower = words[index].lowercased()
      if lower.last.map({ ".!?".contains($0) }) == true { andsBefore = 0 }
      guard lower == "and" else {
        index += 1
        continue
      }
      let subject = words[index + 1].lowercased().trimming(",.!?;:")
      let verb = words[index + 2].lowercased().trimming(",.!?;:")
      // "I helped my dad use the NHS app and I know how confusing it is, so I'd like to be
      // the one who helps": a third clause joined after this one makes the "and" the place
      // to split as surely as an "and" before it; each sentence then holds two clauses.
      let stringsOn = andsBefore >= 1 || Self.joinsLaterClause(words, after: index + 2)
      if stringsOn, index >= 3, subjects.contains(subject),
        finiteVerbs.contains(verb) || Self.isPast(verb),
        words[index - 1].last?.isLetter == true || words[index - 1].last?.isNumber == true
      {
        words[index - 1] += "."
        words.remove(at: index)
        words[index] = subject == "i" ? "I" : words[index].capitalisedFirst()
        andsBefore = 0
        continue
      }
      andsBefore += 1
      index += 1
    }
    return words.joined(separator: " ")
  }

  /// Whether, after `index` and within its sentence, "so", "but" or "and" opens a clause of
  /// its own: a subject pronoun, typed with its verb or not, straight after it.
  static func joinsLaterClause(_ words: [String], after index: Int) -> Bool {
    var cursor = index + 1
    while cursor + 1 < words.count {
      if words[cursor - 1].last.map({ ".!?".contains($0) }) == true { return false }
      let word = words[cursor].lowercased()
      if ["so", "but", "and"].contains(word),
        laterSubjects.contains(words[cursor + 1].lowercased().trimming(",.!?;:"))
      {
        return true
      }
      cursor += 1
    }
    return false
  }

  /// Subjects that open a later clause: "so I'd like to", "but it was".
  private static let laterSubjects: WordSet = [
    "i", "i'd", "i'm", "i've", "id", "im", "ive", "it", "it's", "we", "they", "he", "she",
  ]

  /// A past in "-ed" of a word of letters: "helped", "enjoyed".
  private static func isPast(_ word: String) -> Bool {
    word.count >= 4 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter)
  }

  /// "aligning Arabic and Latin is hard": after a comma, a short subject of up to five words
  /// with no verb of its own, then "is" or "are", is a clause of its own. A joining word or a
  /// relative first ("and", "which") makes it part of the sentence before. Only the first six
  /// words are read, so a caller passes no more (a copy of the rest, for each comma of a long
  /// line, was quadratic).
  private static func opensClause(_ words: [String]) -> Bool {
    let lower = words.map { $0.lowercased().trimming(",.!?;:") }
    guard let first = lower.first, !clauseContinuers.contains(first),
      !words.prefix(1).contains(where: { $0.hasSuffix(",") })
    else { return false }
    guard
      // "..., peer mentors would have helped so much": a modal opens a clause as a copula
      // does (tuning 35's bs045 printed the comma splice).
      let verb = lower.prefix(6).firstIndex(where: {
        ["is", "are", "was", "were"].contains($0) || Lexicon.modals.contains($0)
      }),
      verb >= 1
    else { return false }
    let subject = lower[..<verb]
    // "Arabic and Latin": a subject may join two things, never two clauses.
    let breakers: Set<String> = ["which", "who", "that", "because", "so", "but", "if", "when"]
    return !subject.contains { finiteVerbs.contains($0) || breakers.contains($0) }
      && !words[..<verb].contains { $0.hasSuffix(",") }
  }

  /// "that is what clients complain about", "in Japan it is not so common": after a comma, a
  /// pronoun subject and a finite verb, perhaps after a short phrase of place or time, open a
  /// sentence of their own. "that" counts only straight before its verb, where it cannot be a
  /// relative joining the clause before.
  private static func opensWithSubjectAndVerb(_ words: [String]) -> Bool {
    let lower = words.prefix(6).map { $0.lowercased().trimming(",.!?;:") }
    guard lower.count >= 3 else { return false }
    let verbs: Set<String> = [
      "is", "was", "are", "were", "will", "would", "has", "had", "can", "could", "makes", "made",
      "means", "meant",
    ]
    if ["that", "this", "it", "there"].contains(lower[0]), verbs.contains(lower[1]) { return true }
    // A phrase of place or time first: a preposition and up to two words, no comma inside.
    guard ["in", "at", "on", "for", "back"].contains(lower[0]) else { return false }
    for start in 2...4 where start + 1 < lower.count {
      if words[..<(start - 1)].contains(where: { $0.hasSuffix(",") }) { return false }
      if ["it", "they", "we", "he", "she", "i", "there", "people"].contains(lower[start]),
        verbs.contains(lower[start + 1]) || finiteVerbs.contains(lower[start + 1])
      {
        return true
      }
    }
    return false
  }

  /// "the roof has been leaking for years", "the kids know more about flavours than I do":
  /// after a comma, a subject opened by a determiner, of up to three words with no mark inside,
  /// then an auxiliary, a verb that is never a noun, or a plural and a verb's bare form ("the
  /// repairs take months"), opens a sentence of its own. A verb that
  /// may be a noun ("the team work") is left: the words may be a list's next item.
  private static func opensWithDeterminedSubject(_ words: [String]) -> Bool {
    let lower = words.prefix(5).map { $0.lowercased().trimming(",.!?;:") }
    guard let first = lower.first, subjectDeterminers.contains(first) else { return false }
    for verb in 2..<min(lower.count, 5) {
      if words[verb - 1].last.map({ !$0.isLetter && !$0.isNumber }) == true { return false }
      // "the repairs take months": a plural subject and a verb's bare form after it.
      let plural = lower[verb - 1].hasSuffix("s") && !lower[verb - 1].hasSuffix("ss")
      if VouchedTopic.auxiliaries.contains(lower[verb]) || clauseVerbs.contains(lower[verb])
        || plural && TopicPhraseCheck.bareVerbs.contains(lower[verb])
      {
        return !lower[1..<verb].contains {
          finiteVerbs.contains($0) || clauseContinuers.contains($0)
        }
      }
    }
    return false
  }

  /// Determiners that open a clause's subject after a comma: "the roof", "my team".
  private static let subjectDeterminers: WordSet = [
    "the", "my", "our", "their", "his", "her", "every", "most", "some", "each",
  ]

  /// Verbs after a subject that are never read as nouns of a list ("the kids know").
  private static let clauseVerbs: WordSet = [
    "know", "knew", "love", "loved", "think", "thought", "feel", "felt", "want", "wanted",
    "hope", "believe", "enjoyed", "liked", "seem", "seemed", "said", "told", "kept", "keeps",
  ]

  /// Words that continue the sentence before a comma rather than start one.
  private static let clauseContinuers: WordSet = [
    "and", "but", "so", "or", "which", "who", "where", "when", "because", "as", "while", "if",
    "though", "although", "than", "that", "not", "especially", "even", "just", "like", "such",
    "with", "without", "from", "in", "on", "at", "for", "to", "of", "by", "what", "how",
  ]

  /// Words that open a new sentence after a comma in a chatty line.
  private static let spliceSubjects: WordSet = [
    "i", "i'm", "i'd", "i've", "i'll", "my", "it's", "they", "they're", "we", "we're", "kids",
    "people", "that's", "there's", "she", "he", "she's", "he's", "this",
  ]

  /// Pronouns for everyone, no one or someone: "..., nobody wants to call anymore" opens a
  /// sentence of its own. A splice is split on one only while the line stays within two
  /// sentences: a third, made by the split, reads as chat ("I started as an apprentice in
  /// Utrecht. Somebody mentored me. I'd like to give that back.").
  static let indefiniteSubjects: WordSet = [
    "nobody", "everyone", "everybody", "someone", "somebody", "no-one",
  ]

  /// Wrappers people put around what they want said.
  private static let leadingWrappers: [[String]] = [
    ["maybe", "something", "like"], ["something", "like"], ["just", "say"], ["say", "that"],
    ["say"], ["mention", "that"], ["mention"], ["i", "guess"], ["i", "suppose"], ["maybe"],
    ["um"], ["umm"], ["uh"], ["well"], ["honestly"], ["tbh"], ["ok"], ["okay"], ["oh"],
    ["hmm"], ["that"], ["probably"], ["i'd", "say"], ["id", "say"], ["i", "would", "say"],
    ["yes"], ["yeah"], ["yep"], ["hard", "to", "say", "really"], ["hard", "to", "say"],
    ["not", "sure"],
  ]

  /// Words after which a leading "that" wraps a clause: its subject or the subject's
  /// determiner.
  private static let thatOpensClause: WordSet = [
    "i", "i'm", "im", "i'd", "id", "i've", "ive", "we", "they", "it", "its", "it's", "you", "my",
    "our", "the", "their", "this", "there", "he", "she", "your", "a", "an",
  ]

  private static let trailingWrappers: WordSet = [
    "lol", "haha", "tbh", "i", "guess", "really", "honestly", "maybe", "pls", "please", "x",
  ]

  /// Whether a word after `previous` opens a clause: after a mark that ends one, or a
  /// conjunction.
  static func opensClause(after previous: String) -> Bool {
    if let last = previous.last, ",.;:!?".contains(last) { return true }
    return ["and", "so", "but", "then", "because", "cos", "if", "when", "or"].contains(
      previous.lowercased())
  }

  /// Words typed in lower case or without their apostrophe, as the note writes them.
  private static let firstPersonSpellings: WordMap<String> = [
    "i": "I", "im": "I'm", "i'm": "I'm", "id": "I'd", "i'd": "I'd", "ive": "I've", "i've": "I've",
    "ill": "I'll", "i'll": "I'll", "dont": "don't", "cant": "can't", "wasnt": "wasn't",
    "didnt": "didn't", "isnt": "isn't", "thats": "that's", "its": "it's", "wouldnt": "wouldn't",
    "itd": "it'd", "theyre": "they're", "youre": "you're", "doesnt": "doesn't", "arent": "aren't",
  ]

  /// First words that open a sentence of their own.
  private static let sentenceOpeners: WordSet = [
    "i", "i'm", "im", "i'd", "id", "i've", "ive", "i'll", "my", "it", "it's", "its", "that",
    "that's", "thats", "the", "this", "you", "your", "we", "our", "seasonal", "having",
  ]

  static let finiteVerbs: WordSet = [
    "is", "are", "was", "were", "am", "have", "has", "had", "do", "does", "did", "will", "would",
    "could", "can", "love", "like", "want", "think", "feel", "felt", "enjoy", "enjoyed", "loved",
    "liked", "hope", "believe", "know", "worked", "work", "spent", "used", "ran", "run", "led",
    "lead", "built", "taught", "teach", "make", "made",
  ]
}
