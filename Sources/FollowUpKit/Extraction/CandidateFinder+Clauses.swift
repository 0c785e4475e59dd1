/// Candidates from sentences with no cue: each clause's object, kept only when something marks
/// it out (a name, a number, emphasis, or a terse answer that is just the thing).
extension CandidateFinder {
  /// When a sentence has no cue, each clause's object is a weak candidate: terse answers such as
  /// "their new warehouse in Leeds" are often just the topic.
  mutating func addClauseCandidates(_ start: Int, _ end: Int) {
    var sentenceWords = 0
    for index in start..<end where tokens[index].isWord { sentenceWords += 1 }
    let list = isListOfThings(start, end)
    var clauseStart = start
    var index = start
    while index <= end {
      let atBoundary =
        index == end || tokens[index].kind == .pause
        || (index > clauseStart && isBreak(at: index, phraseStart: clauseStart, opensClause: true)
          && !Self.copulas.contains(tokens[index]))
      if atBoundary {
        if index > clauseStart, let range = clauseObject(clauseStart, index) {
          // Only an item that is a thing as typed ("a project for a french retailer"): one
          // told with its subject or verb ("they need ppl in croydon", "was late cause of
          // traffic") is more than its object, or the person's own story; so is the rest of an
          // item after a word that opens a clause ("cause of traffic"). An item that is only
          // the interview's routine stays weak, as it is in any message.
          let opensItem = clauseStart == start || tokens[clauseStart - 1].kind == .pause
          let told =
            !opensItem
            || (clauseStart..<range.lowerBound).contains {
              Self.clauseObjectSubjects.contains(tokens[$0])
                || Self.auxiliaries.contains(tokens[$0])
                || Lexicon.Lookup.clauseVerbs.contains(tokens[$0])
            }
            // "answered behavioral questions using STAR": a past verb opens the person's own
            // story; "health and safety questions": what the person was asked.
            || tokens[range.lowerBound].lowerHasSuffix("ed")
            || Self.askedOfThePerson.contains(tokens[range.upperBound - 1])
          let added = candidates.count
          addWeak(
            range, sentenceStart: start, sentenceEnd: end, sentenceWords: sentenceWords,
            inList: list, told: told)
          // "Bev runs a mentoring scheme": what the interviewer runs is the reader's, "your
          // mentoring scheme", not "a" one told of.
          if candidates.count > added, namesInterviewer(clauseStart),
            ["a", "an"].contains(tokens[range.lowerBound].lower)
          {
            candidates[added].prefix = ["your"]
            candidates[added].replacesDeterminer = true
          }
        }
        clauseStart = index + (index < end && tokens[index].kind == .pause ? 1 : 0)
        if index < end, tokens[index].kind != .pause { clauseStart = index }
      }
      index += 1
    }
  }

  /// A sentence that is a list of short items, told as people answer "what came up?":
  /// "symfony, a project for a french retailer, remote 2 days a week, she asked about my open
  /// source contributions". When nothing else in the message is worth a note, each item is as
  /// terse as a one-line answer (`Candidate.termsOfList`), however long the list: judged by the
  /// whole message's length, the eleventh word had made every item too weak to offer, and the
  /// person was told they had given only the standard questions.
  private func isListOfThings(_ start: Int, _ end: Int) -> Bool {
    var items = 1
    var words = 0
    var longest = 0
    for index in start..<end {
      if tokens[index].kind == .pause {
        guard tokens[index].lower == "," else { return false }
        items += 1
        longest = max(longest, words)
        words = 0
      } else if tokens[index].isWord {
        words += 1
      }
    }
    longest = max(longest, words)
    return items >= 3 && longest <= 8
  }

  /// What the person was asked or set in the interview, ending a list's item: "health and
  /// safety questions", "the numeracy test". The interview's routine, however it is named.
  static let askedOfThePerson: WordSet = [
    "questions", "question", "answers", "test", "tests", "assessment", "assessments", "task",
    "tasks", "exercise", "exercises", "scenario", "scenarios", "interview", "presentation",
  ]

  /// A bare clause's base score in a terse answer, and elsewhere.
  static let terseWeight = 0.34
  static let weakWeight = 0.2

  /// Forms of "be".
  private static let copulas: WordSet = [
    "was", "were", "is", "are",
  ]

  /// The object of a bare clause: its subject, auxiliaries and verb skipped ("she told me about
  /// X" -> "X"); nil when the clause opens with a verb.
  private func clauseObject(_ start: Int, _ end: Int) -> Range<Int>? {
    var cursor = start
    while cursor < end,
      Self.clauseLeadIns.contains(tokens[cursor])
    { cursor += 1 }
    guard cursor < end else { return nil }
    let first = cursor
    let opensWithThe = tokens[first].is(.the)
    if Self.clauseObjectSubjects.contains(tokens[first]) || namesInterviewer(first, end: end)
      || (opensWithThe && cursor + 1 < end && Self.interviewerNouns.contains(tokens[cursor + 1]))
    {
      cursor += opensWithThe ? 2 : 1
      // Auxiliaries and adverbs, then one verb.
      var skipped = 0
      while cursor < end, Self.auxiliaries.contains(tokens[cursor]), skipped < 4 {
        cursor += 1
        skipped += 1
      }
      guard cursor < end else { return nil }
      // The verb itself, unless what follows the auxiliaries is already the object.
      if Lexicon.Lookup.clauseVerbs.contains(tokens[cursor]) || tokens[cursor].lowerHasSuffix("ed")
        || skipped == 0
      {
        cursor += 1
      }
      while cursor < end, Self.verbParticles.contains(tokens[cursor]),
        Self.verbObjects.contains(tokens[cursor])
      {
        cursor += 1
      }
    } else if Lexicon.Lookup.clauseVerbs.contains(tokens[first]) {
      return nil
    }
    guard cursor < end else { return nil }
    let start = skipLeadingFillers(cursor, limit: end)
    guard start < end else { return nil }
    return trimmed(start..<end)
  }

  /// Whether the clause at `start` (after any conjunction) opens with an interviewer's name
  /// typed as a name, then a verb in the present: "Bev runs a mentoring scheme". The
  /// interviewer by name is a subject as "she" is (tuning 36's bu029 was told it had given
  /// only the standard questions).
  func namesInterviewer(_ start: Int, end: Int? = nil) -> Bool {
    var first = start
    let end = end ?? tokens.count
    while first < end, Self.clauseLeadIns.contains(tokens[first]) { first += 1 }
    return first + 1 < end && interviewerWords.contains(tokens[first])
      && tokens[first].isCapitalized && tokens[first + 1].isWord
      && tokens[first + 1].lowerHasSuffix("s")
  }

  /// Conjunctions before a clause's subject.
  private static let clauseLeadIns: WordSet = [
    "and", "but", "so", "then", "also", "plus", "or",
  ]

  /// Subjects of a bare clause, skipped to reach its object.
  private static let clauseObjectSubjects: WordSet = [
    "i", "she", "he", "they", "we", "you", "it", "there", "interviewer", "manager", "i'm", "she's",
    "he's", "they're", "we're", "it's", "there's", "im",
  ]

  /// "the manager told me ...": the interviewer as a subject.
  private static let interviewerNouns: WordSet = [
    "interviewer", "manager", "panel", "recruiter",
  ]

  /// Auxiliaries and adverbs between a subject and its verb.
  private static let auxiliaries: WordSet = [
    "was", "were", "is", "are", "had", "has", "have", "did", "does", "do", "also", "really", "just",
    "then", "kept", "been", "be", "all", "both", "actually", "even", "would", "could", "will",
    "got", "seemed", "very", "so", "quite", "clearly", "obviously", "definitely",
  ]

  /// Words that may follow a verb before its object.
  private static let verbParticles: WordSet = [
    "me", "us", "about", "to", "on", "of", "through", "over", "into", "a", "bit", "lot",
  ]

  /// Of `verbParticles`, those skipped: "told me about X".
  private static let verbObjects: WordSet = [
    "me", "us", "about", "through", "over", "on",
  ]

  /// Adds a bare clause's object as a weak candidate, unless it is narration, a time or place,
  /// a stray letter or a verdict.
  private mutating func addWeak(
    _ range: Range<Int>, sentenceStart: Int, sentenceEnd: Int, sentenceWords: Int,
    inList: Bool = false, told: Bool = false
  ) {
    let range = withoutReflexive(range)
    guard let (specificity, nonGeneric) = specificity(range, sentenceStart: sentenceStart),
      nonGeneric > 0
    else { return }
    let emphasis = emphasisAround(
      cueStart: range.lowerBound, phraseEnd: range.upperBound, sentenceStart: sentenceStart,
      sentenceEnd: sentenceEnd)
    // A clause about the interview itself ("Interview for a Year 4 teacher post") or with a
    // subject and verb inside is narration, not a thing.
    if range.contains(where: { Self.narrationWords.contains(tokens[$0]) }) { return }
    // "until 5 PM", "in the morning": a time or place; "e", "x": a stray letter; "pretty
    // poorly", "a complete waste of time": a verdict, not a thing.
    if Self.timeOrPlaceOpeners.contains(tokens[range.lowerBound]) { return }
    if range.count == 1, tokens[range.lowerBound].end - tokens[range.lowerBound].start < 2 {
      return
    }
    if range.contains(where: { Self.verdictWords.contains(tokens[$0]) }) { return }
    if range.dropFirst().contains(where: { Lexicon.Lookup.clauseVerbs.contains(tokens[$0]) }) {
      return
    }
    // A bare clause is a candidate only when something marks it out: a name, a number, emphasis;
    // or when the whole answer is a few words, which people type when the answer is just the thing.
    let terse = document.wordCount <= 10 || sentenceWords <= 4
    let score = (terse ? Self.terseWeight : Self.weakWeight) + specificity + emphasis
    let kind: Topic.Kind = isProductPhrase(range) ? .product : .conversation
    var candidate = Candidate(
      start: range.lowerBound, end: range.upperBound, kind: kind, score: min(1, max(0, score)))
    candidate.inList = inList
    if inList, !told, !terse { candidate.termsOfList = Self.terseWeight - Self.weakWeight }
    candidates.append(candidate)
  }

  /// Words that make a bare clause narration: the interview itself, or a subject.
  private static let narrationWords: WordSet = [
    "interview", "interviewed", "interviews", "interviewer", "they", "theyd", "they'd", "she", "he",
    "we", "i", "you", "it", "there", "me", "my", "us",
  ]

  /// Words of judgement about the interview itself: a clause holding one is a verdict.
  private static let verdictWords: WordSet = [
    "poorly", "badly", "waste", "terrible", "awful", "horrible", "rude", "disorganised",
    "disorganized", "unprofessional", "pointless", "useless", "boring", "ghosted", "stressful",
    "nightmare", "joke", "worst",
  ]
}
