/// Walks a document's sentences, finds the phrases that cues point at, and scores them.
///
/// Split from `TopicExtractor` so the public type stays a small, documented entry point while the
/// phrase-cutting rules live together here.
struct CandidateFinder {
  let document: Document
  let companyWords: [String]
  let interviewerWords: Set<String>
  private(set) var candidates: [Candidate] = []

  init(document: Document, context: ExtractionContext) {
    self.document = document
    companyWords = context.companyWords
    interviewerWords = context.interviewerWords
  }

  private var tokens: [Token] { document.tokens }

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
            || (cueEnd < end
              && ["it", "that", "this", "them", "those"].contains(tokens[cueEnd].lower))
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
      for boost in pendingBoosts {
        // The bare clause that ends nearest before the emphasis gets it.
        if let target = candidates.indices.dropFirst(before).last(where: {
          candidates[$0].end <= boost.position
        }) {
          candidates[target].score = min(1, candidates[target].score + boost.amount)
        }
      }
    }
    pendingBoosts = []
  }

  /// The cue at `index`, if any: from the table, a talking verb followed by "about" a few words
  /// on ("talked with real enthusiasm about"), or a highlight sentence ("the one thing that stood
  /// out was").
  private func cue(at index: Int, limit: Int) -> Cue? {
    guard tokens[index].kind == .word else { return nil }
    let word = tokens[index].lower
    if let cues = Cue.table[word] {
      for cue in cues
      where index + cue.words.count <= limit && document.matches(cue.words, at: index) {
        return cue
      }
    }
    if Self.talkingVerbs.contains(word) {
      var cursor = index + 1
      while cursor < limit, cursor - index <= 4, tokens[cursor].kind == .word {
        if tokens[cursor].lower == "about" {
          return Cue(
            words: (index...cursor).map { tokens[$0].lower }, direction: .forward,
            kind: .conversation, weight: 0.5)
        }
        if Self.talkingVerbs.contains(tokens[cursor].lower) { break }
        cursor += 1
      }
    }
    // "spent like twenty minutes on X", "spent a good while on X": time given is emphasis.
    if word == "spent" || word == "spend" {
      var cursor = index + 1
      while cursor < limit, cursor - index <= 6, tokens[cursor].isWord {
        if ["on", "about"].contains(tokens[cursor].lower)
          || (tokens[cursor].lower == "talking" && cursor + 1 < limit
            && tokens[cursor + 1].lower == "about")
        {
          let end = tokens[cursor].lower == "talking" ? cursor + 1 : cursor
          return Cue(
            words: (index...end).map { tokens[$0].lower }, direction: .forward, kind: .enthusiasm,
            weight: 0.6)
        }
        cursor += 1
      }
    }
    if ["was", "is", "were"].contains(word), isHighlightCopula(index) {
      return Cue(words: [word], direction: .forward, kind: .enthusiasm, weight: 0.66)
    }
    return nil
  }

  private static let talkingVerbs = Set<String>([
    "talked", "talk", "talking", "spoke", "speaking", "chatted", "chatting", "chat", "told",
    "telling",
    "raved", "gushed", "went", "going", "banged", "rambled", "enthused", "waxed", "explained",
    "asked", "cared", "cares", "care", "knew", "know", "learned", "learnt", "heard", "read",
  ])

  private static let highlightWords = Set<String>([
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
    let previous = tokens[index - 1].lower
    if ["she", "he", "it", "that", "this", "they", "i", "we", "there", "which", "who"].contains(
      previous)
    {
      return false
    }
    var cursor = index - 1
    var sawHighlight = false
    while cursor >= 0, index - cursor <= 10 {
      let token = tokens[cursor]
      if token.kind == .stop || token.kind == .pause { break }
      if ["but", "and", "so"].contains(token.lower), cursor < index - 1 { break }
      if Self.highlightWords.contains(token.lower) { sawHighlight = true }
      cursor -= 1
    }
    return sawHighlight
  }

  /// A cue inside the first words of a phrase that opens with "when", "hearing" and the like.
  private func innerCue(in range: Range<Int>) -> Int? {
    guard let first = range.first else { return nil }
    let opensClause = [
      "when", "where", "hearing", "learning", "seeing", "finding", "getting", "listening", "how",
    ]
    .contains(tokens[first].lower)
    // "the governor talking about X", "her explaining X": a person, then the cue.
    let opensWithPerson = ["the", "her", "him", "his", "she", "he", "them", "they"].contains(
      tokens[first].lower)
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
    guard let first = range.first, ["when", "where"].contains(tokens[first].lower), range.count > 3
    else { return range }
    var index = first + 1
    guard
      Lexicon.clauseSubjects.contains(tokens[index].lower)
        || ["the", "my"].contains(tokens[index].lower)
    else { return range }
    index += 1
    if index < range.upperBound, tokens[index - 1].lower == "the" { index += 1 }
    index += 1  // the verb
    while index < range.upperBound,
      ["me", "us", "about", "to", "through"].contains(tokens[index].lower)
    { index += 1 }
    return index < range.upperBound ? index..<range.upperBound : range
  }

  /// "(we both) love natural wine" -> "natural wine"; "grew up on the original games" -> "the
  /// original games".
  private func withoutLeadingVerbs(_ range: Range<Int>) -> Range<Int> {
    let verbs: Set<String> = [
      "love", "loved", "like", "liked", "enjoy", "enjoyed", "sell", "keep", "play", "played",
      "support", "run", "ran", "read", "follow", "do", "did", "have", "had", "are", "were", "into",
      "obsessed", "with", "grew", "up", "on", "in", "went", "to", "watch", "listen", "collect",
      "make", "bake", "brew", "fostered", "foster", "volunteer", "volunteered", "at", "studied",
      "study", "worked", "work", "massive", "huge", "big", "fans", "fan", "of", "really", "also",
      "used", "started", "turned", "out", "be", "been", "mad", "about", "crazy", "obsessive",
    ]
    var start = range.lowerBound
    while start < range.upperBound - 1, verbs.contains(tokens[start].lower) { start += 1 }
    return start..<range.upperBound
  }

  /// The cue sits in a relative clause about what was just named: "which they're building".
  private func isInRelativeClause(_ index: Int, clauseStart: Int) -> Bool {
    var cursor = index - 1
    var steps = 0
    while cursor >= clauseStart, steps < 4 {
      let token = tokens[cursor]
      if token.kind != .word { return false }
      if ["which", "who"].contains(token.lower) { return true }
      cursor -= 1
      steps += 1
    }
    return false
  }

  /// The thing named before "is what she was excited about" / "is the one he kept coming back to".
  private func namedBefore(_ index: Int, clauseStart: Int) -> Range<Int>? {
    var cursor = index - 1
    while cursor > clauseStart, index - cursor <= 8 {
      let word = tokens[cursor].lower
      if ["what", "one", "where"].contains(word), cursor >= 1,
        ["is", "was", "'s", "the"].contains(tokens[cursor - 1].lower)
      {
        var copula = cursor - 1
        if tokens[copula].lower == "the", copula >= 1 { copula -= 1 }
        guard ["is", "was"].contains(tokens[copula].lower) else { return nil }
        var start = copula
        while start > clauseStart, tokens[start - 1].isWord,
          !["and", "but", "so", "then", "which", "that"].contains(tokens[start - 1].lower),
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
      let word = tokens[cursor].lower
      if ["which", "that", "it", "this", "it's", "that's", "which's"].contains(word) {
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
      || Lexicon.subordinators.contains(tokens[start].lower) && tokens[start].lower != "that"
    var end = start
    while end < limit {
      let token = tokens[end]
      if !token.isWord { break }
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
      let token = tokens[start - 1]
      if !token.isWord { break }
      let word = token.lower
      if Lexicon.clauseBreakers.contains(word)
        || ["and", "so", "then", "that", "which", "when", "but", "because"].contains(word)
      {
        break
      }
      if ["i", "i'm", "she", "he", "we", "it", "it's", "this", "there", "they", "you"].contains(
        word)
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
  private func isBreak(at index: Int, phraseStart: Int, opensClause: Bool) -> Bool {
    let word = tokens[index].lower
    let previous = tokens[index - 1].lower
    let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
    if Lexicon.clauseBreakers.contains(word) { return true }
    switch word {
    case "and", "so", "or", "but", "then", "&", "plus":
      if word == "then" || word == "so" || word == "but" { return true }
      // "click and collect", "health and safety" continue; "and the new depot", "and how they",
      // "and asked" start something new.
      if Self.phraseOpeners.contains(next) || Lexicon.clauseSubjects.contains(next) { return true }
      if Lexicon.subordinators.contains(next) || Lexicon.clauseVerbs.contains(next) { return true }
      if next.count > 4, next.hasSuffix("ed") { return true }
      if Cue.table[next] != nil, cue(at: index + 1, limit: tokens.count) != nil { return true }
      return false
    case "every":
      return Self.timeWords.contains(next)
    case "for":
      // "for ages", "for 10 mins", "for like ten minutes": how long, not what.
      if next == "ages" || next == "like" { return true }
      if index + 2 < tokens.count, Self.timeWords.contains(tokens[index + 2].lower),
        tokens[index + 1].kind == .number || DateReader.numbers[next] != nil
      {
        return true
      }
      return false
    case "at":
      return next == "the" && index + 2 < tokens.count
        && ["same", "end", "start", "moment", "time"].contains(tokens[index + 2].lower)
    case "i", "i'm", "im", "i've", "i'd", "she", "he", "she's", "he's", "we", "we're", "it's",
      "there's", "they", "they're", "they've", "you", "you're":
      // "how they use drones" keeps its subject; "their new app she was so excited" breaks.
      if Lexicon.subordinators.contains(previous) { return false }
      if [
        "way", "fact", "things", "thing", "stuff", "one", "what", "idea", "work", "everything",
        "something",
      ].contains(previous) {
        return false
      }
      return true
    case "it", "there", "its", "theyd", "theyre", "shes", "hes", "id", "ive":
      if word == "its" {
        return !["own"].contains(next)
          && (Lexicon.clauseVerbs.contains(next)
            || [
              "not", "going", "getting", "the", "a", "been", "really", "so", "very", "just",
              "actually", "basically",
            ].contains(next))
      }
      if ["theyd", "theyre", "shes", "hes", "id", "ive"].contains(word) {
        return !Lexicon.subordinators.contains(previous)
      }
      return [
        "was", "is", "were", "seemed", "sounded", "looked", "really", "has", "had", "'s", "will",
        "would", "could",
      ].contains(next)
    case "was", "were", "is", "are", "seemed", "sounded", "sounds", "seems", "looked", "looks":
      if opensClause { return false }
      // "the news that the BBC is cutting local radio" keeps its verb.
      for position in phraseStart..<index
      where ["that", "how", "news", "why", "what", "whether"].contains(tokens[position].lower) {
        return false
      }
      return true
    default:
      if !opensClause, index - phraseStart >= 1, Cue.table[word] != nil,
        let cue = cue(at: index, limit: tokens.count), cue.direction == .backward
      {
        return true
      }
      return false
    }
  }

  private func skipLeadingFillers(_ index: Int, limit: Int) -> Int {
    var start = index
    var changed = true
    var rounds = 0
    while changed, rounds < 6 {
      changed = false
      rounds += 1
      for filler in Lexicon.leadingFillers where start + filler.count < limit {
        if document.matches(filler, at: start) {
          start += filler.count
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
        for filler in Lexicon.trailingFillers where end - filler.count > start {
          if document.matches(filler, at: end - filler.count) {
            end -= filler.count
            changed = true
            break
          }
        }
        if end > start, Self.trailingStopwords.contains(tokens[end - 1].lower) {
          end -= 1
          changed = true
        }
      }
    }
    trimEnd()
    while start < end,
      ["and", "or", "but", "so", "of", "to", "with", "&"].contains(tokens[start].lower)
    { start += 1 }
    guard start < end else { return nil }
    if end - start > maximum {
      // Cut before a preposition or conjunction so the phrase still reads whole.
      var cut = start + maximum
      var joint = cut
      while joint > start + 3 {
        if Self.joints.contains(tokens[joint].lower) { break }
        joint -= 1
      }
      if joint > start + 3 { cut = joint }
      end = cut
      trimEnd()
    }
    guard start < end else { return nil }
    return start..<end
  }

  private static let trailingStopwords = Set<String>([
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
  private static let phraseOpeners = Set<String>([
    "the", "a", "an", "their", "her", "his", "my", "our", "your", "its", "all", "some", "this",
    "that", "these", "those", "then", "also", "now", "later", "afterwards", "finally", "she",
    "he", "they", "we", "i", "it", "there", "you", "what", "how", "why", "whether", "when",
    "where", "who", "which", "if", "about", "said", "asked", "told", "talked", "showed",
    "mentioned", "explained", "gave", "got", "went", "let", "made", "did", "was", "is", "were",
    "are", "had", "has", "have", "honestly", "obviously", "basically", "generally", "really",
  ])

  /// Units of time: "every Friday", "for 10 mins".
  private static let timeWords = Set<String>([
    "day", "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes",
    "min", "mins", "hour", "hours", "morning", "afternoon", "evening", "night", "weekend",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "second",
    "seconds", "time", "while",
  ])

  private static let joints = Set<String>([
    "for", "to", "in", "with", "and", "that", "which", "on", "at", "from", "by", "so", "because",
    "where", "when", "while", "after", "before", "since", "who", "as",
  ])

  private func isPronounOnly(_ range: Range<Int>) -> Bool {
    range.allSatisfy {
      [
        "it", "that", "this", "them", "those", "these", "him", "her", "me", "us", "one", "ones",
        "stuff", "things",
      ].contains(tokens[$0].lower)
    }
  }

  // MARK: - Clauses without a cue

  /// When a sentence has no cue, each clause's object is a weak candidate: terse answers such as
  /// "their new warehouse in Leeds" are often just the topic.
  private mutating func addClauseCandidates(_ start: Int, _ end: Int) {
    var clauseStart = start
    var index = start
    while index <= end {
      let atBoundary =
        index == end || tokens[index].kind == .pause
        || (index > clauseStart && isBreak(at: index, phraseStart: clauseStart, opensClause: true)
          && !["was", "were", "is", "are"].contains(tokens[index].lower))
      if atBoundary {
        if index > clauseStart, let range = clauseObject(clauseStart, index) {
          addWeak(range, sentenceStart: start, sentenceEnd: end)
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
      ["and", "but", "so", "then", "also", "plus", "or"].contains(tokens[cursor].lower)
    { cursor += 1 }
    guard cursor < end else { return nil }
    let first = tokens[cursor].lower
    let subjects: Set<String> = [
      "i", "she", "he", "they", "we", "you", "it", "there", "interviewer", "manager", "i'm",
      "she's", "he's",
      "they're", "we're", "it's", "there's", "im",
    ]
    if subjects.contains(first)
      || (first == "the" && cursor + 1 < end
        && ["interviewer", "manager", "panel", "recruiter"].contains(tokens[cursor + 1].lower))
    {
      cursor += first == "the" ? 2 : 1
      // Auxiliaries and adverbs, then one verb.
      let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "had", "has", "have", "did", "does", "do", "also", "really",
        "just", "then", "kept", "been", "be", "all", "both", "actually", "even", "would", "could",
        "will", "got", "seemed", "very", "so", "quite", "clearly", "obviously", "definitely",
      ]
      var skipped = 0
      while cursor < end, auxiliaries.contains(tokens[cursor].lower), skipped < 4 {
        cursor += 1
        skipped += 1
      }
      guard cursor < end else { return nil }
      // The verb itself, unless what follows the auxiliaries is already the object.
      let word = tokens[cursor].lower
      if Lexicon.clauseVerbs.contains(word) || word.hasSuffix("ed") || skipped == 0 { cursor += 1 }
      while cursor < end,
        ["me", "us", "about", "to", "on", "of", "through", "over", "into", "a", "bit", "lot"]
          .contains(tokens[cursor].lower),
        ["me", "us", "about", "through", "over", "on"].contains(tokens[cursor].lower)
      {
        cursor += 1
      }
    } else if Lexicon.clauseVerbs.contains(first) {
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
    if ["my", "me", "i", "myself", "mine"].contains(tokens[range.lowerBound].lower) { return }
    // "in spring", "by 2028": a time or place on its own is not a thing.
    if [
      "in", "on", "at", "by", "from", "for", "during", "until", "since", "next", "last", "this",
      "soon", "later", "over", "within",
    ].contains(tokens[range.lowerBound].lower) {
      return
    }
    // "them going through my cv": a clause about people doing things, not a thing.
    if ["them", "him", "us", "it", "we", "you"].contains(tokens[range.lowerBound].lower) { return }
    var kind = cue.kind
    var weight = cue.weight
    let subject = subjectWord(before: cueStart, limit: sentenceStart)
    let companySide = subject.map(isCompanySide) ?? false
    if kind == .enthusiasm, let subject, ["i", "i'm", "im", "i've", "me", "my"].contains(subject) {
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
    let text = render(range, prefix: prefix, replacesDeterminer: replacesDeterminer)
    guard !text.isEmpty else { return }
    let speaker = subject.flatMap { interviewerWords.contains($0) ? $0 : nil }
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: kind, score: min(1, max(0, score)),
        text: text, speaker: speaker))
  }

  private mutating func addWeak(_ range: Range<Int>, sentenceStart: Int, sentenceEnd: Int) {
    guard let (specificity, nonGeneric) = specificity(range, sentenceStart: sentenceStart),
      nonGeneric > 0
    else { return }
    let emphasis = emphasisAround(
      cueStart: range.lowerBound, phraseEnd: range.upperBound, sentenceStart: sentenceStart,
      sentenceEnd: sentenceEnd)
    // A clause about the interview itself ("Interview for a Year 4 teacher post") or with a
    // subject and verb inside is narration, not a thing.
    let pronouns: Set<String> = [
      "they", "theyd", "they'd", "she", "he", "we", "i", "you", "it", "there", "me", "my", "us",
    ]
    if range.contains(where: {
      ["interview", "interviewed", "interviews", "interviewer"].contains(tokens[$0].lower)
        || pronouns.contains(tokens[$0].lower)
    }) {
      return
    }
    if range.dropFirst().contains(where: { Lexicon.clauseVerbs.contains(tokens[$0].lower) }) {
      return
    }
    // A bare clause is a candidate only when something marks it out: a name, a number, emphasis;
    // or when the whole answer is a few words, which people type when the answer is just the thing.
    let terse =
      tokens.filter(\.isWord).count <= 10
      || (sentenceStart..<sentenceEnd).filter { tokens[$0].isWord }.count <= 4
    let score = (terse ? 0.34 : 0.2) + specificity + emphasis
    let text = render(range, prefix: [], replacesDeterminer: false)
    guard !text.isEmpty else { return }
    let kind: Topic.Kind = isProductPhrase(range) ? .product : .conversation
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: kind, score: min(1, max(0, score)),
        text: text))
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
      let token = tokens[index]
      let word = token.lower
      if token.kind == .number {
        numbers += 1
        continue
      }
      if Lexicon.stopwords.contains(word) { continue }
      if companyWords.contains(word) || interviewerWords.contains(word)
        || companyWords.contains(possessiveStem(word))
      {
        own += 1
        continue
      }
      if Lexicon.generic.contains(word) {
        generic += 1
        continue
      }
      content += 1
      if token.isCapitalized, index > sentenceStart, word != "i" { capitals += 1 }
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
    for index in range {
      for phrase in Lexicon.genericPhrases where index + phrase.count <= range.upperBound {
        if document.matches(phrase, at: index) { return true }
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
      if index + 1 < tokens.count, ["and", "but", "so"].contains(tokens[index].lower), steps > 0 {
        break
      }
      total += Lexicon.emphasis[tokens[index].lower] ?? 0
      index -= 1
      steps += 1
    }
    index = phraseEnd
    steps = 0
    while index < sentenceEnd, steps < 8 {
      let token = tokens[index]
      if token.kind == .pause, token.lower != "," { break }
      if token.kind == .word, ["and", "but", "so", "then", "plus", "also"].contains(token.lower) {
        break
      }
      if token.kind == .word, index > phraseEnd, let cue = cue(at: index, limit: sentenceEnd),
        cue.direction == .forward
      {
        break
      }
      total += Lexicon.emphasis[token.lower] ?? 0
      index += 1
      steps += 1
    }
    if sentenceEnd < tokens.count, tokens[sentenceEnd].lower == "!" { total += 0.04 }
    return min(0.3, total)
  }

  private func subjectWord(before index: Int, limit: Int) -> String? {
    let skip: Set<String> = [
      "is", "are", "was", "were", "'re", "really", "so", "also", "currently", "now", "soon", "been",
      "be", "will", "going", "about", "actually", "seem", "seemed", "seems", "to", "got", "get",
      "very", "super", "clearly", "genuinely", "totally", "just", "all", "already", "recently",
      "apparently", "obviously", "quite", "pretty", "had", "has", "have", "would", "could",
      "always", "still", "definitely", "proper", "properly", "visibly", "extremely", "incredibly",
    ]
    var cursor = index - 1
    while cursor >= limit {
      let token = tokens[cursor]
      guard token.kind == .word else { return nil }
      if !skip.contains(token.lower) { return token.lower }
      cursor -= 1
    }
    return nil
  }

  private func isCompanySide(_ word: String) -> Bool {
    let side: Set<String> = [
      "they", "they're", "they've", "she", "she's", "he", "he's", "it", "it's", "company", "firm",
      "team", "school", "trust", "business", "organisation", "organization", "charity", "council",
      "department", "practice", "hospital", "interviewer", "manager", "director", "ceo", "founder",
      "lead", "head", "group", "agency", "studio", "museum", "bank", "store", "brand", "startup",
      "lab", "clinic", "university", "college", "academy", "club", "paper", "publisher", "board",
      "owner", "owners", "partners", "panel", "boss", "ward", "farm", "site", "factory", "plant",
    ]
    return side.contains(word) || companyWords.contains(word) || interviewerWords.contains(word)
      || companyWords.contains(possessiveStem(word))
  }

  private func isProductPhrase(_ range: Range<Int>) -> Bool {
    let products: Set<String> = [
      "app", "apps", "platform", "product", "products", "tool", "tools", "software", "device",
      "devices", "game", "games", "range", "menu", "brand", "service", "feature", "features",
      "dashboard", "website", "site", "model", "vehicle", "drink", "drinks", "collection", "kit",
    ]
    return range.contains { products.contains(tokens[$0].lower) }
  }

  private func possessiveStem(_ word: String) -> String {
    if word.hasSuffix("'s") { return String(word.dropLast(2)) }
    if word.hasSuffix("s'") { return String(word.dropLast(1)) }
    return word
  }

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
