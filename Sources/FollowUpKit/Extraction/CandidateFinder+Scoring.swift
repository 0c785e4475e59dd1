/// Scoring a cued phrase: the cue's weight, who said it, the emphasis around it and how
/// specific it is (names, numbers, concrete words).
extension CandidateFinder {
  /// Adds the phrase a cue pointed at, scored by the cue, its subject, the emphasis around it
  /// and its specificity; a phrase about the candidate's own things, a time or a place is left out.
  mutating func add(
    _ range: Range<Int>, cue: Cue, cueStart: Int, sentenceStart: Int, sentenceEnd: Int,
    bonus: Double
  ) {
    var range = withoutReflexive(range)
    // "Tunde was excited about them migrating the whole ledger", "he talked about them buying a
    // smaller firm": told by the employer's side, "them" doing a thing is the employer doing
    // it, and said so to the reader: "you're migrating the whole ledger", a clause the note
    // frames as one (tuning 36's bu046 printed "hearing about redesigning the penguin classics
    // covers"). Said by the candidate it stays a clause about people.
    var employerDoing = false
    if range.count > 2, tokens[range.lowerBound].lower == "them",
      tokens[range.lowerBound + 1].lowerHasSuffix("ing"),
      let teller = subjectToken(before: cueStart, limit: sentenceStart), isCompanySide(teller),
      !Self.firstPerson.contains(teller)
    {
      range = (range.lowerBound + 1)..<range.upperBound
      employerDoing = true
    }
    guard let (specificity, nonGeneric) = specificity(range, sentenceStart: sentenceStart),
      nonGeneric > 0
    else { return }
    // The candidate's own things ("my dissertation", "my old job") are not the interviewer's topic.
    if Self.ownWords.contains(tokens[range.lowerBound]) { return }
    // "in spring", "by 2028": a time or place on its own is not a thing.
    if Self.timeOrPlaceOpeners.contains(tokens[range.lowerBound]) { return }
    // "them going through my cv": a clause about people doing things, not a thing.
    if Self.peopleOpeners.contains(tokens[range.lowerBound]) { return }
    var kind = cue.kind
    var weight = cue.weight
    let subject = subjectToken(before: cueStart, limit: sentenceStart)
    let companySide = subject.map(isCompanySide) ?? false
    if kind == .enthusiasm, let subject, Self.firstPerson.contains(subject) {
      // The candidate's own excitement is still a good topic, but not the interviewer's.
      kind = .conversation
      weight -= 0.1
    }
    var prefix: [String] = []
    var replacesDeterminer = false
    // "the travel vaccine clinic you're launching in January": the thing keeps its verb
    // (`CandidateFinder+Relative`).
    var relative: RelativeShape?
    if cue.replacesDeterminer, companySide, cueStart + cue.words.count == range.lowerBound {
      relative = planRelative(range, verbWords: cue.words)
    }
    if let relative {
      range = relative.range
    } else if !cue.prefix.isEmpty, !cue.needsCompanySubject || companySide {
      prefix = cue.prefix
      replacesDeterminer = cue.replacesDeterminer
      // The prefix's words count toward the topic's 12: "the announcement about" + a 12-word
      // phrase made a 15-word topic (found by fuzzing).
      let room = TopicExtractor.maximumWords - prefix.count + (replacesDeterminer ? 1 : 0)
      guard let shorter = trimmed(range, maximum: room) else { return }
      range = shorter
    } else if cue.needsCompanySubject {
      kind = .conversation
      weight -= 0.05
      // "... and opening a new Indian restaurant": without the employer as subject the verb
      // cue has no "your" to stand in for it, and the thing alone loses what is being done to
      // it; with its verb the phrase is a gerund, a thing any frame takes.
      if cue.replacesDeterminer, cueStart + cue.words.count == range.lowerBound,
        tokens[cueStart].lowerHasSuffix("ing"),
        range.upperBound - cueStart <= TopicExtractor.maximumWords
      {
        range = cueStart..<range.upperBound
      }
    }
    if kind == .conversation, isProductPhrase(range) { kind = .product }
    let emphasis = emphasisAround(
      cueStart: min(cueStart, range.lowerBound),
      phraseEnd: max(range.upperBound, cueStart + cue.words.count), sentenceStart: sentenceStart,
      sentenceEnd: sentenceEnd)
    let score = max(weight, bonus + 0.4) + (bonus > 0 ? 0.05 : 0) + emphasis + specificity
    let speaker = speaker(at: subjectIndex(before: cueStart, limit: sentenceStart))
    if employerDoing, prefix.isEmpty, relative == nil { prefix = ["you're"] }
    // Rendered only if it ranks high enough to be shown (`TopicExtractor.topics`).
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: kind, score: min(1, max(0, score)),
        prefix: prefix, replacesDeterminer: replacesDeterminer,
        relativeAt: relative?.at, relativeWords: relative?.words ?? [], speaker: speaker,
        asked: cue.kind == .conversation && cue.weight < Self.askedWeight,
        marked: emphasis > 0 || kind == .enthusiasm || kind == .sharedInterest
          || cue.direction == .backward && cue.weight >= Self.markingWeight))
  }

  /// Cues of what the interviewer asked the person ("asked me about", "quizzed me on") weigh
  /// less than this, and only they do among the conversation's cues.
  static let askedWeight = 0.4

  /// A cue after its thing this strong ("stuck with me", "stood out") says the person singled
  /// the thing out.
  static let markingWeight = 0.55

  /// The range without a reflexive opening it: in "delighted with herself about them signing
  /// the whole chain" the thing is the signing, not "herself" or the pronoun before the "-ing".
  /// Only after a reflexive: "them going through my cv" alone is still about the candidate.
  func withoutReflexive(_ range: Range<Int>) -> Range<Int> {
    guard range.count > 2, Self.reflexives.contains(tokens[range.lowerBound]),
      Self.reflexiveLinks.contains(tokens[range.lowerBound + 1])
    else { return range }
    var trimmed = (range.lowerBound + 2)..<range.upperBound
    if trimmed.count > 2, Self.gerundSubjects.contains(tokens[trimmed.lowerBound]),
      tokens[trimmed.lowerBound + 1].lowerHasSuffix("ing")
    {
      trimmed = (trimmed.lowerBound + 1)..<trimmed.upperBound
    }
    return trimmed
  }

  /// Reflexive pronouns, which open no thing of their own.
  private static let reflexives: WordSet = ["herself", "himself", "themselves", "itself"]

  /// Words joining a reflexive to what it is about: "pleased with herself about".
  private static let reflexiveLinks: WordSet = ["about", "over", "for", "with", "at"]

  /// Pronouns that can stand before an "-ing" word as its subject: "them signing".
  private static let gerundSubjects: WordSet = ["them", "him", "her", "us"]

  /// The candidate speaking of their own things.
  private static let ownWords: WordSet = [
    "my", "me", "i", "myself", "mine",
  ]

  /// Words opening a time or place rather than a thing.
  static let timeOrPlaceOpeners: WordSet = [
    "in", "on", "at", "by", "from", "for", "during", "until", "since", "next", "last", "this",
    "soon", "later", "over", "within",
  ]

  /// Pronouns opening a clause about people doing things.
  private static let peopleOpeners: WordSet = [
    "them", "him", "us", "it", "we", "you",
  ]

  /// The candidate as the subject.
  static let firstPerson: WordSet = [
    "i", "i'm", "im", "i've", "me", "my",
  ]

  /// How specific a phrase is (names, numbers, concrete words), or nil for generic chatter.
  /// Returns the bonus and the count of non-generic content words.
  func specificity(_ range: Range<Int>, sentenceStart: Int) -> (Double, Int)? {
    var capitals = 0
    var numbers = 0
    var content = 0
    var generic = 0
    var own = 0
    for index in range {
      if tokens[index].kind == .number {
        numbers += 1
        continue
      }
      if Lexicon.Lookup.stopwords.contains(tokens[index]) { continue }
      if interviewerWords.contains(tokens[index])
        || !companyWords.isEmpty
          && (companyWords.contains(tokens[index].lower)
            || companyWords.contains(possessiveStem(tokens[index].lower)))
      {
        own += 1
        continue
      }
      if Lexicon.Lookup.generic.contains(tokens[index]) {
        generic += 1
        continue
      }
      content += 1
      if tokens[index].isCapitalized, index > sentenceStart, !tokens[index].is(.i) { capitals += 1 }
    }
    if content == 0 { return nil }
    if containsGenericPhrase(range), content <= 1 { return nil }
    var bonus =
      0.08 * Double(min(capitals, 3)) + 0.05 * Double(min(numbers, 2)) + 0.03
      * Double(min(content, 4))
    let total = content + generic + own + numbers
    bonus -= 0.25 * Double(generic) / Double(max(total, 1))
    return (bonus, content + numbers)
  }

  /// The phrase holds interview chatter such as "tell me about yourself".
  private func containsGenericPhrase(_ range: Range<Int>) -> Bool {
    let phrases = Lexicon.Lookup.genericPhrases
    for index in range {
      for phrase in phrases.starting(with: tokens[index])
      where index + phrases.count(phrase) <= range.upperBound {
        if phrases.matches(phrase, tokens, at: index) { return true }
      }
    }
    return false
  }

  /// Emphasis words in the clause around a phrase: the person marked it as memorable.
  func emphasisAround(cueStart: Int, phraseEnd: Int, sentenceStart: Int, sentenceEnd: Int)
    -> Double
  {
    var total = 0.0
    var index = cueStart - 1
    var steps = 0
    while index >= sentenceStart, steps < 8, tokens[index].kind == .word {
      if index + 1 < tokens.count, Self.butAndSo.contains(tokens[index]), steps > 0 {
        break
      }
      total += Lexicon.Lookup.emphasis[tokens[index]] ?? 0
      index -= 1
      steps += 1
    }
    index = phraseEnd
    steps = 0
    while index < sentenceEnd, steps < 8 {
      let kind = tokens[index].kind
      if kind == .pause, tokens[index].lower != "," { break }
      if kind == .word, Self.clauseJoiners.contains(tokens[index]) {
        break
      }
      if kind == .word, index > phraseEnd, let cue = cue(at: index, limit: sentenceEnd),
        cue.direction == .forward
      {
        break
      }
      total += Lexicon.Lookup.emphasis[tokens[index]] ?? 0
      index += 1
      steps += 1
    }
    if sentenceEnd < tokens.count, tokens[sentenceEnd].lower == "!" { total += 0.04 }
    return min(0.3, total)
  }

  /// Words that join a new clause on, ending a look ahead.
  private static let clauseJoiners: WordSet = [
    "and", "but", "so", "then", "plus", "also",
  ]

  /// The word before a cue that says who did it ("she", "the manager"), adverbs skipped.
  func subjectToken(before index: Int, limit: Int) -> Token? {
    subjectIndex(before: index, limit: limit).map { tokens[$0] }
  }

  /// Where the word before a cue that says who did it stands, adverbs skipped.
  func subjectIndex(before index: Int, limit: Int) -> Int? {
    var cursor = index - 1
    while cursor >= limit {
      guard tokens[cursor].kind == .word else { return nil }
      if !Self.subjectSkips.contains(tokens[cursor]) { return cursor }
      cursor -= 1
    }
    return nil
  }

  /// Auxiliaries and adverbs between a subject and its cue.
  private static let subjectSkips: WordSet = [
    "is", "are", "was", "were", "'re", "really", "so", "also", "currently", "now", "soon", "been",
    "be", "will", "going", "about", "actually", "seem", "seemed", "seems", "to", "got", "get",
    "very", "super", "clearly", "genuinely", "totally", "just", "all", "already", "recently",
    "apparently", "obviously", "quite", "pretty", "had", "has", "have", "would", "could", "always",
    "still", "definitely", "proper", "properly", "visibly", "extremely", "incredibly",
  ]

  /// The subject is on the interviewer's side: they, the interviewer or the company.
  func isCompanySide(_ token: Token) -> Bool {
    Self.companySide.contains(token) || interviewerWords.contains(token)
      || !companyWords.isEmpty
        && (companyWords.contains(token.lower)
          || companyWords.contains(possessiveStem(token.lower)))
  }

  /// Subjects on the interviewer's side: their plans are "your plans". The interviewer's
  /// organisation (`OrganisationNouns.forEmployer`), the people who speak for it, and the parts of
  /// it that act for it ("the board", "the factory") without being it: "the board's decision" is
  /// not "your decision", so those parts are not in `forEmployer`.
  private static let companySide = WordSet(
    OrganisationNouns.forEmployer.union([
      "they", "they're", "they've", "she", "she's", "he", "he's", "it", "it's",
      // The same pronouns typed without their apostrophe: "theyre launching a ...".
      "theyre", "theyve", "shes", "hes",
      "interviewer", "manager", "director", "ceo", "founder", "lead", "head", "paper", "publisher",
      "board", "owner", "owners", "partners", "panel", "boss", "site", "factory", "plant",
    ]))

  /// The phrase names a product ("their new app"), not a conversation.
  func isProductPhrase(_ range: Range<Int>) -> Bool {
    range.contains { Self.products.contains(tokens[$0]) }
  }

  /// Nouns that make a phrase a product.
  private static let products: WordSet = [
    "app", "apps", "platform", "product", "products", "tool", "tools", "software", "device",
    "devices", "game", "games", "range", "menu", "brand", "service", "feature", "features",
    "dashboard", "website", "site", "model", "vehicle", "drink", "drinks", "collection", "kit",
  ]

  /// "northgate's" -> "northgate", "owners'" -> "owners".
  private func possessiveStem(_ word: String) -> String {
    if word.hasSuffix("'s") { return String(word.dropLast(2)) }
    if word.hasSuffix("s'") { return String(word.dropLast(1)) }
    return word
  }
}
