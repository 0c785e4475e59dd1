/// Cutting the phrase a cue points at: forwards to the end of its clause or backwards to its
/// start, filler skipped and trimmed, at most `TopicExtractor.maximumWords` words.
extension CandidateFinder {
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

  /// Words that end a phrase read backwards from a cue: a conjunction or a subject.
  private static let backwardStops: WordSet = [
    "and", "so", "then", "that", "which", "when", "but", "because", "i", "i'm", "she", "he", "we",
    "it", "it's", "this", "there", "they", "you",
  ]

  /// The first index after leading filler ("the part about", "like, basically").
  func skipLeadingFillers(_ index: Int, limit: Int) -> Int {
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
  func trimmed(
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
        if end > start, Self.trailingStopwords.contains(tokens[end - 1]),
          !closesPhrasalVerb(at: end - 1, after: start)
        {
          end -= 1
          changed = true
        }
      }
    }
    trimEnd()
    // "the heat pump rebate program the state" (of "... the state is rolling out"): a phrase
    // ending on an article and one word after a noun was cut inside a clause about the thing,
    // right after that clause's subject. The thing ends before the article. ("the school garden
    // the kids built" holds the clause whole, and stays.)
    if end - start >= 4, tokens[end - 2].is(.the), tokens[end - 1].isWord,
      tokens[end - 3].isWord, !Lexicon.Lookup.stopwords.contains(tokens[end - 3]),
      !Lexicon.Lookup.clauseVerbs.contains(tokens[end - 3]),
      !tokens[end - 3].lowerHasSuffix("ed"), !tokens[end - 3].lowerHasSuffix("ing"),
      tokens[end - 3].kind == .word, !Self.placeWords.contains(tokens[end - 3])
    {
      end -= 2
      trimEnd()
    }
    while start < end,
      Self.leadingJoiners.contains(tokens[start])
    { start += 1 }
    guard start < end else { return nil }
    if end - start > maximum {
      // Cut before a preposition or conjunction so the phrase still reads whole.
      var cut = start + maximum
      var joint = cut
      // Not right after a second verb in "-ing": "and putting in a second consultation room"
      // cut there leaves the verb without its particle ("the store is expanding Pharmacy First
      // and putting"), so the cut moves back to the joint before it.
      // Nor at an "and" whose first half is a preposition's object of a word or two: "for
      // chilled and frozen" cut there left "sensors for chilled" (tuning 47's cq024), so the
      // cut moves back to the preposition, and the phrase ends on its noun.
      while joint > start + 3 {
        if Self.joints.contains(tokens[joint]), !coordinatesVerb(at: joint - 1, from: start),
          !splitsShortObject(at: joint, from: start, end: end)
        {
          break
        }
        joint -= 1
      }
      if joint > start + 3 { cut = joint }
      end = cut
      trimEnd()
    }
    // "... mentoring scheme next year pairing apprentices | with senior female engineers":
    // a verb in "-ing" after a time said of the plan opens a clause of its own, and a phrase
    // that ends inside it leaves that clause without its end (tuning 48's cs026), so the
    // phrase ends with the time instead.
    if end < tokens.count, tokens[end].isWord, end - start > 4,
      let participle = ((start + 3)..<end).last(where: {
        tokens[$0].lowerHasSuffix("ing") && tokens[$0].lower.utf8.count > 5
          && Self.timeNouns.contains(tokens[$0 - 1]) && $0 - 2 >= start
          && Self.timeOpeners.contains(tokens[$0 - 2])
      })
    {
      end = participle
    }
    guard start < end else { return nil }
    return start..<end
  }

  /// Whether the "and" at `joint` pairs a preposition's object of one or two words with one as
  /// short that ends the phrase ("for chilled | and frozen"), which a cut there would leave as
  /// half of a pair. The "and" is read as `joinsWordsOfOneName` reads one; not an "and" before
  /// an act of its own ("in Bath | and merging the client books"), where the cut ends the
  /// first act whole.
  private func splitsShortObject(at joint: Int, from start: Int, end: Int) -> Bool {
    guard end - joint - 1 <= 2, joinsWordsOfOneName(joint, limit: end),
      !tokens[joint + 1].lowerHasSuffix("ing")
    else { return false }
    return ((joint - 2)..<joint).contains { index in
      index > start + 3 && Self.joints.contains(tokens[index]) && tokens[index].lower != "and"
        && tokens[index].lower != "that" && tokens[index].lower != "which"
    }
  }

  /// "new automated racking going in.": a particle after a verb in "-ing", with the clause
  /// ending after it, completes the verb; cut, it leaves "going" with nothing after it, which
  /// says nothing of what is going on. A particle with more words after it in the same
  /// clause ("working in the lab") was the start of a phrase the range cut, and goes.
  private func closesPhrasalVerb(at index: Int, after start: Int) -> Bool {
    guard index > start, Self.phrasalParticles.contains(tokens[index]),
      tokens[index - 1].kind == .word, tokens[index - 1].lowerHasSuffix("ing"),
      tokens[index - 1].lower.utf8.count > 4
    else { return false }
    return index + 1 == tokens.count || !tokens[index + 1].isWord
  }

  /// Words that open a time said of a plan: "next year", "in January", "by spring". The time
  /// noun after one (`timeNouns`) is a time only so: "the new winter tasting menu" names a
  /// menu.
  private static let timeOpeners = WordSet([
    "next", "this", "in", "by", "from", "until", "till", "each", "every", "early", "late",
  ])

  /// Particles that complete a verb: "going in", "coming up", "rolling out".
  private static let phrasalParticles = WordSet(["in", "on", "up", "out", "off", "down"])

  /// Function words and filler a phrase never ends with.
  private static let trailingStopwords = WordSet([
    "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "about", "from",
    "by", "my", "their", "your", "our", "his", "her", "its", "that", "this", "these", "those",
    "really", "very", "so", "too", "just", "like", "as", "is", "are", "was", "were", "be", "been",
    "it", "which", "who", "how", "what", "where", "when", "why", "some", "any", "all", "lot",
    "bit", "&", "into", "onto", "if", "whether", "than", "then", "also", "etc", "how", "being",
    "n",
    "she", "he", "they", "we", "i", "you", "me", "us", "them", "had", "has", "have", "do", "does",
    "did", "quite", "pretty", "kind", "sort", "more", "most", "much", "many", "not", "no", "yes",
    "um", "uh", "lol", "haha", "things", "stuff", "thing", "ok", "okay", "basically", "actually",
    // "... the finance department next" once "year" is cut: a time word left hanging.
    "next", "last",
  ])

  /// Prepositions of place and direction that take "the" after them ("near the station",
  /// "along the river"): a phrase ending on one with its object is whole.
  private static let placeWords: WordSet = [
    "near", "along", "across", "behind", "beside", "outside", "inside", "opposite", "past",
    "off", "towards", "toward", "around", "over", "under", "between", "beyond", "through",
    "throughout", "up", "down", "round", "into", "onto", "within", "via", "above", "below",
    "beneath", "against", "among", "amongst", "upon", "like", "than", "per", "vs", "versus",
  ]

  /// Words a phrase never opens with.
  private static let leadingJoiners: WordSet = [
    "and", "or", "but", "so", "of", "to", "with", "&",
  ]

  /// Prepositions and conjunctions where a too-long phrase is cut.
  private static let joints = WordSet([
    "for", "to", "in", "with", "and", "that", "which", "on", "at", "from", "by", "so", "because",
    "where", "when", "while", "after", "before", "since", "who", "as",
  ])

  /// "when he explain the water recycling system" -> "the water recycling system".
  func withoutLeadingClause(_ range: Range<Int>) -> Range<Int> {
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

  /// Whether the word at `index` is a second verb in "-ing" joined to an earlier one by "and"
  /// or "or": "expanding Pharmacy First and putting (in ...)". Only with no preposition
  /// between the two, so "launching a show about local food and farming" joins two nouns.
  /// A cut right after such a verb would leave it without what it does.
  func coordinatesVerb(at index: Int, from start: Int) -> Bool {
    guard index - 2 >= start, tokens[index].lowerHasSuffix("ing"), tokens[index].lower.count > 4,
      ["and", "or"].contains(tokens[index - 1].lower)
    else { return false }
    var cursor = index - 2
    while cursor >= start {
      let token = tokens[cursor]
      if Self.nounPrepositions.contains(token) || !token.isWord { return false }
      if token.lowerHasSuffix("ing"), token.lower.count > 4 { return true }
      cursor -= 1
    }
    return false
  }

  /// Prepositions that put what follows them inside a noun phrase's complement.
  private static let nounPrepositions: WordSet = [
    "about", "of", "for", "with", "in", "on", "at", "from", "to", "into", "by", "like",
  ]

  /// Words after the verb of a leading "when" clause ("when she told me about X").
  private static let leadingClauseObjects: WordSet = [
    "me", "us", "about", "to", "through",
  ]

  /// "(we both) love natural wine" -> "natural wine"; "grew up on the original games" -> "the
  /// original games".
  func withoutLeadingVerbs(_ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    while start < range.upperBound - 1, Self.interestVerbs.contains(tokens[start]) { start += 1 }
    return start..<range.upperBound
  }

  /// Verbs and fillers before a shared interest ("grew up on", "massive fans of").
  private static let interestVerbs: WordSet = [
    "love", "loved", "like", "liked", "enjoy", "enjoyed", "sell", "keep", "play", "played",
    "support", "run", "ran", "read", "follow", "do", "did", "have", "had", "are", "were", "into",
    "obsessed", "with", "grew", "up", "on", "in", "went", "to", "watch", "listen", "collect",
    "make", "bake", "brew", "fostered", "foster", "volunteer", "volunteered", "at", "studied",
    "study", "worked", "work", "massive", "huge", "big", "fans", "fan", "of", "really", "also",
    "used", "started", "turned", "out", "be", "been", "mad", "about", "crazy", "obsessive",
  ]

  /// The phrase only stands for something named elsewhere: "it", "that stuff".
  func isPronounOnly(_ range: Range<Int>) -> Bool {
    range.allSatisfy { Self.pronouns.contains(tokens[$0]) }
  }

  /// Words that only stand for something named elsewhere.
  private static let pronouns: WordSet = [
    "it", "that", "this", "them", "those", "these", "him", "her", "me", "us", "one", "ones",
    "stuff", "things",
  ]
}
