/// Walks a document's sentences, finds the phrases that cues point at, and scores them.
///
/// Split from `TopicExtractor` so the public type stays a small, documented entry point while the
/// phrase-cutting rules live together here.
struct CandidateFinder {
  let document: Document
  /// `document.tokens`, held directly: read through a computed property, every access would
  /// retain and release the array.
  private let tokens: [Token]
  let companyWords: [String]
  let interviewerWords: WordSet
  private(set) var candidates: [Candidate] = []

  init(document: Document, context: ExtractionContext) {
    self.document = document
    tokens = document.tokens
    companyWords = context.companyWords
    interviewerWords = WordSet(context.interviewerWords)
  }

  // MARK: - Finding

  mutating func find() -> [Candidate] {
    var sentenceStart = 0
    let count = tokens.count
    while sentenceStart < count {
      var sentenceEnd = sentenceStart
      while sentenceEnd < count, tokens[sentenceEnd].kind != .stop { sentenceEnd += 1 }
      if sentenceEnd > sentenceStart { scanSentence(sentenceStart, sentenceEnd) }
      sentenceStart = sentenceEnd + 1
    }
    return candidates
  }

  private mutating func scanSentence(_ start: Int, _ end: Int) {
    let before = candidates.count
    sentenceFirstCandidate = before
    var index = start
    // A cue that introduced a phrase holding another cue ("the best bit was when he told me
    // about X") lends its weight to the inner one.
    var carried = 0.0
    while index < end {
      guard let cue = cue(at: index, limit: end) else {
        index += 1
        continue
      }
      let cueEnd = index + cue.words.count
      switch cue.direction {
      case .forward:
        if isInRelativeClause(index, clauseStart: start) {
          // "..., which they're building a policy around": about the thing just named.
          boostLast(by: cue.weight * 0.3, at: index)
          index = cueEnd
          continue
        }
        guard var range = forwardPhrase(from: cueEnd, limit: end, clauseLike: isClauseCue(cue))
        else {
          if refersBack(index, clauseStart: start)
            || (cueEnd < end && Self.emphasisedPronouns.contains(tokens[cueEnd]))
          {
            // "... and she was really excited about it": the emphasis is for what was named.
            boostLast(by: cue.weight * 0.5, at: index)
          } else if cue.kind == .enthusiasm, let range = namedBefore(index, clauseStart: start) {
            // "the 3D printing stuff is what he was really excited about"
            add(
              range, cue: cue, cueStart: range.lowerBound, sentenceStart: start, sentenceEnd: end,
              bonus: carried)
          }
          index = cueEnd
          continue
        }
        if let inner = innerCue(in: range) {
          carried = max(carried, cue.weight - 0.4)
          index = inner
          continue
        }
        range = withoutLeadingClause(range)
        if cue.kind == .sharedInterest { range = withoutLeadingVerbs(range) }
        if isPronounOnly(range) {
          boostLast(by: cue.weight * 0.5)
        } else {
          add(
            range, cue: cue, cueStart: index, sentenceStart: start, sentenceEnd: end, bonus: carried
          )
        }
        carried = 0
        index = range.upperBound
        continue
      case .backward:
        if let range = backwardPhrase(before: index, limit: start) {
          add(range, cue: cue, cueStart: index, sentenceStart: start, sentenceEnd: end, bonus: 0)
        } else {
          boostLast(by: cue.weight * 0.5, at: index)
        }
      }
      index = cueEnd
    }
    // "we both keep bees, so we ended up on beekeeping": what the shared interest led to is the
    // memorable thing, and the interest itself is its setting.
    if candidates.count - before >= 2 {
      for position in before..<(candidates.count - 1)
      where candidates[position].kind == .sharedInterest {
        candidates[position].score -= 0.15
        candidates[position + 1].score = min(1, candidates[position + 1].score + 0.15)
      }
    }
    if candidates.count == before {
      addClauseCandidates(start, end)
      // Bare clauses are added in order, so their ends usually ascend and a binary search finds
      // the one for each boost; otherwise a scan does.
      var ascending = true
      var position = before + 1
      while ascending, position < candidates.count {
        ascending = candidates[position - 1].end <= candidates[position].end
        position += 1
      }
      for boost in pendingBoosts {
        // The bare clause that ends nearest before the emphasis gets it.
        if let target = lastCandidate(from: before, endingBy: boost.position, ascending: ascending)
        {
          candidates[target].score = min(1, candidates[target].score + boost.amount)
        }
      }
    }
    pendingBoosts = []
  }

  /// The last of `candidates[first...]` that ends at or before `position`; `ascending` says
  /// whether their ends are in ascending order.
  private func lastCandidate(from first: Int, endingBy position: Int, ascending: Bool) -> Int? {
    guard ascending else {
      return candidates.indices.dropFirst(first).last(where: { candidates[$0].end <= position })
    }
    var low = first
    var high = candidates.count
    while low < high {
      let middle = (low + high) / 2
      if candidates[middle].end <= position { low = middle + 1 } else { high = middle }
    }
    return low > first ? low - 1 : nil
  }

  /// "excited about it": the cue's object is a pronoun for what was just named.
  private static let emphasisedPronouns: WordSet = ["it", "that", "this", "them", "those"]

  /// The cue at `index`, if any: from the table, a talking verb followed by "about" a few words
  /// on ("talked with real enthusiasm about"), or a highlight sentence ("the one thing that stood
  /// out was").
  private func cue(at index: Int, limit: Int) -> Cue? {
    guard tokens[index].kind == .word, let start = Self.cueStarts[tokens[index]] else { return nil }
    let entries = start.entries
    if !entries.isEmpty {
      let second = index + 1 < tokens.count ? tokens[index + 1].key : .none
      for position in entries.indices {
        let count = entries[position].count
        guard index + count <= limit else { continue }
        // A packed second word that differs rules the cue out; otherwise compare in full.
        let expected = entries[position].second
        if count > 1, second.isPacked, expected.isPacked, second != expected { continue }
        if entries[position].cue.matches(tokens, at: index) { return entries[position].cue }
      }
    }
    if start.isTalkingVerb {
      var cursor = index + 1
      while cursor < limit, cursor - index <= 4, tokens[cursor].kind == .word {
        if tokens[cursor].is(.about) {
          return cueFromTokens(index...cursor, kind: .conversation, weight: 0.5)
        }
        if Self.talkingVerbs.contains(tokens[cursor]) { break }
        cursor += 1
      }
    }
    // "spent like twenty minutes on X", "spent a good while on X": time given is emphasis.
    if start.isSpend {
      var cursor = index + 1
      while cursor < limit, cursor - index <= 6, tokens[cursor].isWord {
        if tokens[cursor].is(.on) || tokens[cursor].is(.about)
          || (tokens[cursor].is(.talking) && cursor + 1 < limit && tokens[cursor + 1].is(.about))
        {
          let end = tokens[cursor].is(.talking) ? cursor + 1 : cursor
          return cueFromTokens(index...end, kind: .enthusiasm, weight: 0.6)
        }
        cursor += 1
      }
    }
    if start.isCopula, isHighlightCopula(index) {
      return Cue(
        words: [tokens[index].lower], direction: .forward, kind: .enthusiasm, weight: 0.66,
        keys: [tokens[index].key])
    }
    return nil
  }

  /// A forward cue made of the tokens in `range`, found by a rule rather than the table.
  private func cueFromTokens(_ range: ClosedRange<Int>, kind: Topic.Kind, weight: Double) -> Cue {
    Cue(
      words: range.map { tokens[$0].lower }, direction: .forward, kind: kind, weight: weight,
      keys: range.map { tokens[$0].key })
  }

  /// What `cue(at:)` may find at a word, in one lookup: most words open no cue at all.
  private struct CueStart: Sendable {
    var entries: [Cue.Entry] = []
    var isTalkingVerb = false
    /// "spent", "spend": "spent ages on X".
    var isSpend = false
    /// "was", "is", "were": "the best bit was X".
    var isCopula = false
  }

  private static let cueStarts: WordMap<CueStart> = {
    var starts: [String: CueStart] = [:]
    for (word, entries) in Cue.entriesByFirstWord {
      starts[word, default: CueStart()].entries = entries
    }
    for word in talkingVerbList { starts[word, default: CueStart()].isTalkingVerb = true }
    for word in ["spent", "spend"] { starts[word, default: CueStart()].isSpend = true }
    for word in ["was", "is", "were"] { starts[word, default: CueStart()].isCopula = true }
    return WordMap(starts)
  }()

  private static let talkingVerbList = [
    "talked", "talk", "talking", "spoke", "speaking", "chatted", "chatting", "chat", "told",
    "telling",
    "raved", "gushed", "went", "going", "banged", "rambled", "enthused", "waxed", "explained",
    "asked", "cared", "cares", "care", "knew", "know", "learned", "learnt", "heard", "read",
    // "…, and also a bit about the new depot": a second subject of the same talk.
    "also",
  ]

  private static let talkingVerbs = WordSet(talkingVerbList)

  private static let highlightWords = WordSet([
    "stuck", "stood", "struck", "highlight", "best", "favourite", "favorite", "memorable",
    "interesting", "exciting", "excited", "passionate", "enthusiastic", "remember", "coolest",
    "loved", "enjoyed", "impressive", "standout", "specific", "unusual", "fascinating", "proud",
    "keen", "surprising", "non-standard", "different", "inspiring", "special", "nicest",
    "thinking",
  ])

  /// "the thing that really stuck with me was X", "what she was most excited about was X": the
  /// subject before this copula says the next phrase is the memorable thing.
  private func isHighlightCopula(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    if Self.copulaSubjects.contains(tokens[index - 1]) { return false }
    var cursor = index - 1
    var sawHighlight = false
    while cursor >= 0, index - cursor <= 10 {
      if tokens[cursor].kind == .stop || tokens[cursor].kind == .pause { break }
      if Self.butAndSo.contains(tokens[cursor]), cursor < index - 1 { break }
      if Self.highlightWords.contains(tokens[cursor]) { sawHighlight = true }
      cursor -= 1
    }
    return sawHighlight
  }

  /// A cue inside the first words of a phrase that opens with "when", "hearing" and the like.
  private func innerCue(in range: Range<Int>) -> Int? {
    guard let first = range.first else { return nil }
    let opensClause = Self.innerCueOpeners.contains(tokens[first])
    // "the governor talking about X", "her explaining X": a person, then the cue.
    let opensWithPerson = Self.personOpeners.contains(tokens[first])
    guard opensClause || opensWithPerson else { return nil }
    var index = first + 1
    while index < range.upperBound, index - first <= (opensClause ? 5 : 3) {
      if let cue = cue(at: index, limit: range.upperBound), cue.direction == .forward,
        cue.kind != .plan, opensClause || cue.words.last == "about" || cue.words.last == "on"
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// "when he explain the water recycling system" -> "the water recycling system".
  private func withoutLeadingClause(_ range: Range<Int>) -> Range<Int> {
    guard let first = range.first, tokens[first].is(.when) || tokens[first].is(.where),
      range.count > 3
    else { return range }
    var index = first + 1
    guard
      Lexicon.Lookup.clauseSubjects.contains(tokens[index])
        || tokens[index].is(.the) || tokens[index].is(.my)
    else { return range }
    index += 1
    if index < range.upperBound, tokens[index - 1].is(.the) { index += 1 }
    index += 1  // the verb
    while index < range.upperBound,
      Self.leadingClauseObjects.contains(tokens[index])
    { index += 1 }
    return index < range.upperBound ? index..<range.upperBound : range
  }

  /// "(we both) love natural wine" -> "natural wine"; "grew up on the original games" -> "the
  /// original games".
  private func withoutLeadingVerbs(_ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start < range.upperBound - 1, Self.interestVerbs.contains(tokens[start]) { start += 1 }
    return start..<range.upperBound
  }

  /// The cue sits in a relative clause about what was just named: "which they're building".
  private func isInRelativeClause(_ index: Int, clauseStart: Int) -> Bool {
    var cursor = index - 1
    var steps = 0
    while cursor >= clauseStart, steps < 4 {
      if tokens[cursor].kind != .word { return false }
      if tokens[cursor].is(.which) || tokens[cursor].is(.who) { return true }
      cursor -= 1
      steps += 1
    }
    return false
  }

  /// The thing named before "is what she was excited about" / "is the one he kept coming back to".
  private func namedBefore(_ index: Int, clauseStart: Int) -> Range<Int>? {
    var cursor = index - 1
    while cursor > clauseStart, index - cursor <= 8 {
      if tokens[cursor].is(.what) || tokens[cursor].is(.one) || tokens[cursor].is(.where),
        cursor >= 1, Self.namedBeforeCopulas.contains(tokens[cursor - 1])
      {
        var copula = cursor - 1
        if tokens[copula].is(.the), copula >= 1 { copula -= 1 }
        guard tokens[copula].is(.is) || tokens[copula].is(.was) else { return nil }
        var start = copula
        while start > clauseStart, tokens[start - 1].isWord,
          !Self.namedBeforeStops.contains(tokens[start - 1]),
          copula - start < 8
        {
          start -= 1
        }
        return start < copula ? trimmed(start..<copula) : nil
      }
      cursor -= 1
    }
    return nil
  }

  /// Cues after which a whole clause follows ("the news that they won ..."), so verbs inside the
  /// phrase do not end it.
  private func isClauseCue(_ cue: Cue) -> Bool {
    guard let last = cue.words.last else { return false }
    return last == "that" || last == "how" || cue.kind == .plan && cue.prefix.last == "to"
      || cue.words == ["announced"] || cue.words.last == "to"
  }

  /// "which she was excited about", "it really stuck with me": the cue points at the thing
  /// mentioned just before.
  private func refersBack(_ index: Int, clauseStart: Int) -> Bool {
    var cursor = index - 1
    var steps = 0
    while cursor >= clauseStart, steps < 6 {
      if Self.backReferences.contains(tokens[cursor]) {
        return true
      }
      if tokens[cursor].kind != .word { return false }
      cursor -= 1
      steps += 1
    }
    return false
  }

  /// Emphasis for the thing named before a cue ("..., which he was super excited about").
  /// When nothing in the sentence has been found yet, it waits for the sentence's bare clauses.
  private mutating func boostLast(by amount: Double, at position: Int? = nil) {
    if let position, candidates.count == sentenceFirstCandidate {
      pendingBoosts.append((position, amount))
      return
    }
    guard !candidates.isEmpty else { return }
    candidates[candidates.count - 1].score = min(1, candidates[candidates.count - 1].score + amount)
  }

  /// Where this sentence's candidates begin in `candidates`.
  private var sentenceFirstCandidate = 0
  /// Boosts waiting for a bare clause before `position`.
  private var pendingBoosts: [(position: Int, amount: Double)] = []

  // MARK: - Cutting phrases

  /// The phrase that starts at `index`: leading filler skipped, cut at the end of its clause,
  /// trailing filler trimmed, at most `TopicExtractor.maximumWords` words.
  func forwardPhrase(from index: Int, limit: Int, clauseLike: Bool) -> Range<Int>? {
    var start = index
    while start < limit, tokens[start].kind == .pause { start += 1 }
    start = skipLeadingFillers(start, limit: limit)
    guard start < limit else { return nil }
    let opensClause =
      clauseLike
      || Lexicon.Lookup.subordinators.contains(tokens[start]) && !tokens[start].is(.that)
    var end = start
    while end < limit {
      if !tokens[end].isWord { break }
      if end > start, isBreak(at: end, phraseStart: start, opensClause: opensClause) { break }
      end += 1
      if end - start > 18 { break }
    }
    return trimmed(start..<end)
  }

  /// The phrase that ends just before `index`, reaching back to the start of its clause.
  func backwardPhrase(before index: Int, limit: Int) -> Range<Int>? {
    var start = index
    while start > limit {
      if !tokens[start - 1].isWord { break }
      if Lexicon.Lookup.clauseBreakers.contains(tokens[start - 1])
        || Self.backwardStops.contains(tokens[start - 1])
      {
        break
      }
      start -= 1
      if index - start > 18 { break }
    }
    guard start < index else { return nil }
    // Skip a cue's own words left in front ("when she talked about X came up" is rare; the
    // forward cue will have taken it) and filler such as "the part about".
    let skipped = skipLeadingFillers(start, limit: index)
    return trimmed(skipped..<index)
  }

  /// Whether the token at `index` begins a new clause, ending the phrase.
  // Tokens are read in place (`tokens[index]`), never bound to a local: a copy of a `Token`
  // retains its string, and this runs for nearly every token.
  private func isBreak(at index: Int, phraseStart: Int, opensClause: Bool) -> Bool {
    if Lexicon.Lookup.clauseBreakers.contains(tokens[index]) { return true }
    guard let group = Self.breakGroups[tokens[index]] else {
      if !opensClause, index - phraseStart >= 1, Cue.table[tokens[index]] != nil,
        let cue = cue(at: index, limit: tokens.count), cue.direction == .backward
      {
        return true
      }
      return false
    }
    let next = index + 1
    let hasNext = next < tokens.count
    switch group {
    case .conjunction:
      if tokens[index].is(.then) || tokens[index].is(.so) || tokens[index].is(.but) { return true }
      guard hasNext else { return false }
      // "click and collect", "health and safety" continue; "and the new depot", "and how they",
      // "and asked" start something new.
      if Self.phraseOpeners.contains(tokens[next])
        || Lexicon.Lookup.clauseSubjects.contains(tokens[next])
      {
        return true
      }
      if Lexicon.Lookup.subordinators.contains(tokens[next])
        || Lexicon.Lookup.clauseVerbs.contains(tokens[next])
      {
        return true
      }
      if tokens[next].lowerHasSuffix("ed"), tokens[next].lower.count > 4 { return true }
      if Cue.table[tokens[next]] != nil, cue(at: next, limit: tokens.count) != nil { return true }
      return false
    case .every:
      guard hasNext else { return false }
      return Self.timeWords.contains(tokens[next])
    case .for:
      // "for ages", "for 10 mins", "for like ten minutes": how long, not what.
      guard hasNext else { return false }
      if tokens[next].is(.ages) || tokens[next].is(.like) { return true }
      if index + 2 < tokens.count, Self.timeWords.contains(tokens[index + 2]),
        tokens[next].kind == .number || DateReader.numbers[tokens[next].lower] != nil
      {
        return true
      }
      return false
    case .at:
      return hasNext && tokens[next].is(.the) && index + 2 < tokens.count
        && Self.momentWords.contains(tokens[index + 2])
    case .subject:
      // "how they use drones" keeps its subject; "their new app she was so excited" breaks.
      if Lexicon.Lookup.subordinators.contains(tokens[index - 1]) { return false }
      if Self.subjectOpeners.contains(tokens[index - 1]) { return false }
      return true
    case .pronoun:
      if tokens[index].is(.its) {
        guard hasNext else { return false }
        return !tokens[next].is(.own)
          && (Lexicon.Lookup.clauseVerbs.contains(tokens[next])
            || Self.itsFollowers.contains(tokens[next]))
      }
      if Self.runTogether.contains(tokens[index]) {
        return !Lexicon.Lookup.subordinators.contains(tokens[index - 1])
      }
      guard hasNext else { return false }
      return Self.itFollowers.contains(tokens[next])
    case .copula:
      if opensClause { return false }
      // "the news that the BBC is cutting local radio" keeps its verb.
      for position in phraseStart..<index where Self.clauseKeepers.contains(tokens[position]) {
        return false
      }
      return true
    }
  }

  /// The kinds of word `isBreak` decides on; any other word breaks only before a backward cue.
  private enum BreakGroup: Sendable {
    case conjunction, every, `for`, at, subject, pronoun, copula
  }

  private static let breakGroups = WordMap<BreakGroup>(
    [
      ("and", .conjunction), ("so", .conjunction), ("or", .conjunction), ("but", .conjunction),
      ("then", .conjunction), ("&", .conjunction), ("plus", .conjunction), ("every", .every),
      ("for", .for), ("at", .at),
    ]
      + [
        "i", "i'm", "im", "i've", "i'd", "she", "he", "she's", "he's", "we", "we're", "it's",
        "there's", "they", "they're", "they've", "you", "you're",
      ].map { ($0, BreakGroup.subject) }
      + ["it", "there", "its", "theyd", "theyre", "shes", "hes", "id", "ive"].map {
        ($0, BreakGroup.pronoun)
      }
      + ["was", "were", "is", "are", "seemed", "sounded", "sounds", "seems", "looked", "looks"].map
    {
      ($0, BreakGroup.copula)
    })

  private func skipLeadingFillers(_ index: Int, limit: Int) -> Int {
    var start = index
    var changed = true
    var rounds = 0
    while changed, rounds < 6 {
      changed = false
      rounds += 1
      guard start + 1 < limit else { break }
      let fillers = Lexicon.Lookup.leadingFillers
      for filler in fillers.starting(with: tokens[start])
      where start + fillers.count(filler) < limit {
        if fillers.matches(filler, tokens, at: start) {
          start += fillers.count(filler)
          changed = true
          break
        }
      }
    }
    return start
  }

  /// Trailing filler and function words trimmed; too-long phrases cut at a natural joint.
  private func trimmed(
    _ range: Range<Int>, maximum: Int = TopicExtractor.maximumWords
  ) -> Range<Int>? {
    var start = range.lowerBound
    var end = range.upperBound
    func trimEnd() {
      var changed = true
      while changed, end > start {
        changed = false
        let fillers = Lexicon.Lookup.trailingFillers
        for filler in fillers.ending(with: tokens[end - 1])
        where end - fillers.count(filler) > start {
          if fillers.matches(filler, tokens, at: end - fillers.count(filler)) {
            end -= fillers.count(filler)
            changed = true
            break
          }
        }
        if end > start, Self.trailingStopwords.contains(tokens[end - 1]) {
          end -= 1
          changed = true
        }
      }
    }
    trimEnd()
    while start < end,
      Self.leadingJoiners.contains(tokens[start])
    { start += 1 }
    guard start < end else { return nil }
    if end - start > maximum {
      // Cut before a preposition or conjunction so the phrase still reads whole.
      var cut = start + maximum
      var joint = cut
      while joint > start + 3 {
        if Self.joints.contains(tokens[joint]) { break }
        joint -= 1
      }
      if joint > start + 3 { cut = joint }
      end = cut
      trimEnd()
    }
    guard start < end else { return nil }
    return start..<end
  }

  private static let trailingStopwords = WordSet([
    "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "about", "from",
    "by", "my", "their", "your", "our", "his", "her", "its", "that", "this", "these", "those",
    "really", "very", "so", "too", "just", "like", "as", "is", "are", "was", "were", "be", "been",
    "it", "which", "who", "how", "what", "where", "when", "why", "some", "any", "all", "lot",
    "bit", "&", "into", "onto", "if", "whether", "than", "then", "also", "etc", "how", "being",
    "she", "he", "they", "we", "i", "you", "me", "us", "them", "had", "has", "have", "do", "does",
    "did", "quite", "pretty", "kind", "sort", "more", "most", "much", "many", "not", "no", "yes",
    "um", "uh", "lol", "haha", "things", "stuff", "thing", "ok", "okay", "basically", "actually",
  ])

  /// Words that open a new noun phrase or clause after "and": a list moves on to its next item.
  private static let phraseOpeners = WordSet([
    "the", "a", "an", "their", "her", "his", "my", "our", "your", "its", "all", "some", "this",
    "that", "these", "those", "then", "also", "now", "later", "afterwards", "finally", "she",
    "he", "they", "we", "i", "it", "there", "you", "what", "how", "why", "whether", "when",
    "where", "who", "which", "if", "about", "said", "asked", "told", "talked", "showed",
    "mentioned", "explained", "gave", "got", "went", "let", "made", "did", "was", "is", "were",
    "are", "had", "has", "have", "honestly", "obviously", "basically", "generally", "really",
  ])

  /// Units of time: "every Friday", "for 10 mins".
  private static let timeWords = WordSet([
    "day", "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes",
    "min", "mins", "hour", "hours", "morning", "afternoon", "evening", "night", "weekend",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "second",
    "seconds", "time", "while",
  ])

  private static let joints = WordSet([
    "for", "to", "in", "with", "and", "that", "which", "on", "at", "from", "by", "so", "because",
    "where", "when", "while", "after", "before", "since", "who", "as",
  ])

  private func isPronounOnly(_ range: Range<Int>) -> Bool {
    range.allSatisfy { Self.pronouns.contains(tokens[$0]) }
  }

  // MARK: - Clauses without a cue

  /// When a sentence has no cue, each clause's object is a weak candidate: terse answers such as
  /// "their new warehouse in Leeds" are often just the topic.
  private mutating func addClauseCandidates(_ start: Int, _ end: Int) {
    var sentenceWords = 0
    for index in start..<end where tokens[index].isWord { sentenceWords += 1 }
    var clauseStart = start
    var index = start
    while index <= end {
      let atBoundary =
        index == end || tokens[index].kind == .pause
        || (index > clauseStart && isBreak(at: index, phraseStart: clauseStart, opensClause: true)
          && !Self.copulas.contains(tokens[index]))
      if atBoundary {
        if index > clauseStart, let range = clauseObject(clauseStart, index) {
          addWeak(range, sentenceStart: start, sentenceEnd: end, sentenceWords: sentenceWords)
        }
        clauseStart = index + (index < end && tokens[index].kind == .pause ? 1 : 0)
        if index < end, tokens[index].kind != .pause { clauseStart = index }
      }
      index += 1
    }
  }

  private func clauseObject(_ start: Int, _ end: Int) -> Range<Int>? {
    var cursor = start
    while cursor < end,
      Self.clauseLeadIns.contains(tokens[cursor])
    { cursor += 1 }
    guard cursor < end else { return nil }
    let first = cursor
    let opensWithThe = tokens[first].is(.the)
    if Self.clauseObjectSubjects.contains(tokens[first])
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

  // MARK: - Scoring

  private mutating func add(
    _ range: Range<Int>, cue: Cue, cueStart: Int, sentenceStart: Int, sentenceEnd: Int,
    bonus: Double
  ) {
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
    var range = range
    if !cue.prefix.isEmpty, !cue.needsCompanySubject || companySide {
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
    }
    if kind == .conversation, isProductPhrase(range) { kind = .product }
    let emphasis = emphasisAround(
      cueStart: min(cueStart, range.lowerBound),
      phraseEnd: max(range.upperBound, cueStart + cue.words.count), sentenceStart: sentenceStart,
      sentenceEnd: sentenceEnd)
    let score = max(weight, bonus + 0.4) + (bonus > 0 ? 0.05 : 0) + emphasis + specificity
    let speaker = subject.flatMap { interviewerWords.contains($0) ? $0.lower : nil }
    // Rendered only if it ranks high enough to be shown (`TopicExtractor.topics`).
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: kind, score: min(1, max(0, score)),
        prefix: prefix, replacesDeterminer: replacesDeterminer, speaker: speaker))
  }

  private mutating func addWeak(
    _ range: Range<Int>, sentenceStart: Int, sentenceEnd: Int, sentenceWords: Int
  ) {
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
    let score = (terse ? 0.34 : 0.2) + specificity + emphasis
    let kind: Topic.Kind = isProductPhrase(range) ? .product : .conversation
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: kind, score: min(1, max(0, score))))
  }

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
  private func emphasisAround(cueStart: Int, phraseEnd: Int, sentenceStart: Int, sentenceEnd: Int)
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

  /// The word before a cue that says who did it ("she", "the manager"), adverbs skipped.
  private func subjectToken(before index: Int, limit: Int) -> Token? {
    var cursor = index - 1
    while cursor >= limit {
      guard tokens[cursor].kind == .word else { return nil }
      if !Self.subjectSkips.contains(tokens[cursor]) { return tokens[cursor] }
      cursor -= 1
    }
    return nil
  }

  private func isCompanySide(_ token: Token) -> Bool {
    Self.companySide.contains(token) || interviewerWords.contains(token)
      || !companyWords.isEmpty
        && (companyWords.contains(token.lower)
          || companyWords.contains(possessiveStem(token.lower)))
  }

  private func isProductPhrase(_ range: Range<Int>) -> Bool {
    range.contains { Self.products.contains(tokens[$0]) }
  }

  private func possessiveStem(_ word: String) -> String {
    if word.hasSuffix("'s") { return String(word.dropLast(2)) }
    if word.hasSuffix("s'") { return String(word.dropLast(1)) }
    return word
  }

  // MARK: - Word lists

  // The small lists the rules above test tokens against. Built once as `WordSet`s, which test a
  // token by its packed key: as literals inside the functions, each was rebuilt (or its strings
  // compared one by one) at every token.

  /// Subjects before "was" that make it an ordinary sentence, not a highlight.
  private static let copulaSubjects: WordSet = [
    "she", "he", "it", "that", "this", "they", "i", "we", "there", "which", "who",
  ]

  /// Conjunctions that end a look back or ahead.
  private static let butAndSo: WordSet = [
    "but", "and", "so",
  ]

  /// Words opening a phrase that may hold a cue of its own ("when he talked about X").
  private static let innerCueOpeners: WordSet = [
    "when", "where", "hearing", "learning", "seeing", "finding", "getting", "listening", "how",
  ]

  /// Words opening a phrase about a person ("the governor talking about X").
  private static let personOpeners: WordSet = [
    "the", "her", "him", "his", "she", "he", "them", "they",
  ]

  /// Words after the verb of a leading "when" clause ("when she told me about X").
  private static let leadingClauseObjects: WordSet = [
    "me", "us", "about", "to", "through",
  ]

  /// Verbs and fillers before a shared interest ("grew up on", "massive fans of").
  private static let interestVerbs: WordSet = [
    "love", "loved", "like", "liked", "enjoy", "enjoyed", "sell", "keep", "play", "played",
    "support", "run", "ran", "read", "follow", "do", "did", "have", "had", "are", "were", "into",
    "obsessed", "with", "grew", "up", "on", "in", "went", "to", "watch", "listen", "collect",
    "make", "bake", "brew", "fostered", "foster", "volunteer", "volunteered", "at", "studied",
    "study", "worked", "work", "massive", "huge", "big", "fans", "fan", "of", "really", "also",
    "used", "started", "turned", "out", "be", "been", "mad", "about", "crazy", "obsessive",
  ]

  /// The words before "what", "one" or "where" in "X is what she loved".
  private static let namedBeforeCopulas: WordSet = [
    "is", "was", "'s", "the",
  ]

  /// Words that end the thing named before "is what ..." when reading back.
  private static let namedBeforeStops: WordSet = [
    "and", "but", "so", "then", "which", "that",
  ]

  /// Words by which a cue points back at what was just mentioned.
  private static let backReferences: WordSet = [
    "which", "that", "it", "this", "it's", "that's", "which's",
  ]

  /// Words that end a phrase read backwards from a cue: a conjunction or a subject.
  private static let backwardStops: WordSet = [
    "and", "so", "then", "that", "which", "when", "but", "because", "i", "i'm", "she", "he", "we",
    "it", "it's", "this", "there", "they", "you",
  ]

  /// "at the end", "at the same time": when, not what.
  private static let momentWords: WordSet = [
    "same", "end", "start", "moment", "time",
  ]

  /// Nouns a clause may follow inside a phrase: "the way they ...", "the idea she ...".
  private static let subjectOpeners: WordSet = [
    "way", "fact", "things", "thing", "stuff", "one", "what", "idea", "work", "everything",
    "something",
  ]

  /// Words after "its" that show it means "it's": "its not", "its really".
  private static let itsFollowers: WordSet = [
    "not", "going", "getting", "the", "a", "been", "really", "so", "very", "just", "actually",
    "basically",
  ]

  /// Contractions typed without the apostrophe.
  private static let runTogether: WordSet = [
    "theyd", "theyre", "shes", "hes", "id", "ive",
  ]

  /// Words after "it" or "there" that make them a new clause's subject.
  private static let itFollowers: WordSet = [
    "was", "is", "were", "seemed", "sounded", "looked", "really", "has", "had", "'s", "will",
    "would", "could",
  ]

  /// Words that make a phrase a clause, so a later verb stays in it.
  private static let clauseKeepers: WordSet = [
    "that", "how", "news", "why", "what", "whether",
  ]

  /// Words a phrase never opens with.
  private static let leadingJoiners: WordSet = [
    "and", "or", "but", "so", "of", "to", "with", "&",
  ]

  /// Words that only stand for something named elsewhere.
  private static let pronouns: WordSet = [
    "it", "that", "this", "them", "those", "these", "him", "her", "me", "us", "one", "ones",
    "stuff", "things",
  ]

  /// Forms of "be".
  private static let copulas: WordSet = [
    "was", "were", "is", "are",
  ]

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

  /// The candidate speaking of their own things.
  private static let ownWords: WordSet = [
    "my", "me", "i", "myself", "mine",
  ]

  /// Words opening a time or place rather than a thing.
  private static let timeOrPlaceOpeners: WordSet = [
    "in", "on", "at", "by", "from", "for", "during", "until", "since", "next", "last", "this",
    "soon", "later", "over", "within",
  ]

  /// Pronouns opening a clause about people doing things.
  private static let peopleOpeners: WordSet = [
    "them", "him", "us", "it", "we", "you",
  ]

  /// The candidate as the subject.
  private static let firstPerson: WordSet = [
    "i", "i'm", "im", "i've", "me", "my",
  ]

  /// Words that make a bare clause narration: the interview itself, or a subject.
  /// Words of judgement about the interview itself: a clause holding one is a verdict.
  private static let verdictWords: WordSet = [
    "poorly", "badly", "waste", "terrible", "awful", "horrible", "rude", "disorganised",
    "disorganized", "unprofessional", "pointless", "useless", "boring", "ghosted", "stressful",
    "nightmare", "joke", "worst",
  ]

  private static let narrationWords: WordSet = [
    "interview", "interviewed", "interviews", "interviewer", "they", "theyd", "they'd", "she", "he",
    "we", "i", "you", "it", "there", "me", "my", "us",
  ]

  /// Words that join a new clause on, ending a look ahead.
  private static let clauseJoiners: WordSet = [
    "and", "but", "so", "then", "plus", "also",
  ]

  /// Auxiliaries and adverbs between a subject and its cue.
  private static let subjectSkips: WordSet = [
    "is", "are", "was", "were", "'re", "really", "so", "also", "currently", "now", "soon", "been",
    "be", "will", "going", "about", "actually", "seem", "seemed", "seems", "to", "got", "get",
    "very", "super", "clearly", "genuinely", "totally", "just", "all", "already", "recently",
    "apparently", "obviously", "quite", "pretty", "had", "has", "have", "would", "could", "always",
    "still", "definitely", "proper", "properly", "visibly", "extremely", "incredibly",
  ]

  /// Subjects on the interviewer's side: their plans are "your plans".
  private static let companySide: WordSet = [
    "they", "they're", "they've", "she", "she's", "he", "he's", "it", "it's", "company", "firm",
    "team", "school", "trust", "business", "organisation", "organization", "charity", "council",
    "department", "practice", "hospital", "interviewer", "manager", "director", "ceo", "founder",
    "lead", "head", "group", "agency", "studio", "museum", "bank", "store", "brand", "startup",
    "lab", "clinic", "university", "college", "academy", "club", "paper", "publisher", "board",
    "owner", "owners", "partners", "panel", "boss", "ward", "farm", "site", "factory", "plant",
  ]

  /// Nouns that make a phrase a product.
  private static let products: WordSet = [
    "app", "apps", "platform", "product", "products", "tool", "tools", "software", "device",
    "devices", "game", "games", "range", "menu", "brand", "service", "feature", "features",
    "dashboard", "website", "site", "model", "vehicle", "drink", "drinks", "collection", "kit",
  ]
  // MARK: - Rendering

  /// The whole text as one phrase, for a topic the person typed.
  func wholeText() -> Range<Int>? {
    guard let first = tokens.firstIndex(where: \.isWord) else { return nil }
    var end = first
    while end < tokens.count, tokens[end].kind != .stop { end += 1 }
    let start = skipLeadingFillers(first, limit: end)
    guard start < end else { return nil }
    return trimmed(start..<end)
  }

  /// The phrase as it will read in the note, turned to speak to the interviewer.
  func render(_ range: Range<Int>, prefix: [String], replacesDeterminer: Bool) -> String {
    var perspective = Perspective(
      document: document, range: range, companyWords: companyWords,
      interviewerWords: interviewerWords)
    var words = perspective.rendered()
    guard !words.isEmpty else { return "" }
    if replacesDeterminer {
      if let first = words.first,
        ["a", "an", "the", "their", "its", "your", "her", "his"].contains(first.text.lowercased())
      {
        words[0].text = prefix.joined(separator: " ")
      } else {
        // "opening in Leeds": no article to replace, so the phrase stands as it is.
      }
    } else if !prefix.isEmpty {
      var lead = prefix
      // "the news that" + "their new depot" reads better than "your plans to" + "to open".
      if let first = words.first, first.text.lowercased() == lead.last { lead.removeLast() }
      if !lead.isEmpty {
        if words[0].isSentenceCase { words[0].text = words[0].text.lowercased() }
        words.insert(
          Perspective.Word(
            text: lead.joined(separator: " "), spaceBefore: false, isSentenceCase: false), at: 0)
        words[1].spaceBefore = true
      }
    }
    var output = ""
    for (offset, word) in words.enumerated() {
      if offset > 0 && word.spaceBefore { output += " " }
      output += word.text
    }
    return output
  }
}
