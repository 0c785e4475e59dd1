/// Walks a document's sentences, finds the phrases that cues point at, and scores them.
///
/// Split from `TopicExtractor` so the public type stays a small, documented entry point while the
/// phrase-cutting rules live together here. This file is the sentence walk; each rule it calls
/// lives in its own extension: `+Cues` (what marks a phrase as memorable), `+Phrases` (cutting the
/// phrase a cue points at), `+ClauseBreaks` (where a phrase ends), `+Clauses` (sentences with no
/// cue), `+Scoring` and `+Rendering`.
///
/// Each rule's word lists sit next to it, built once as `WordSet`s, which test a token by its
/// packed key: as literals inside the functions, each was rebuilt (or its strings compared one by
/// one) at every token.
struct CandidateFinder {
  let document: Document

  /// `document.tokens`, held directly: read through a computed property, every access would
  /// retain and release the array.
  let tokens: [Token]

  let companyWords: [String]

  let interviewerWords: WordSet

  var candidates: [Candidate] = []

  /// Where this sentence's candidates begin in `candidates`.
  private var sentenceFirstCandidate = 0

  /// Boosts waiting for a bare clause before `position`.
  private var pendingBoosts: [(position: Int, amount: Double)] = []

  init(document: Document, context: ExtractionContext) {
    self.document = document
    tokens = document.tokens
    companyWords = context.companyWords
    interviewerWords = WordSet(context.interviewerWords)
  }

  /// Every candidate in the document, in the order found; `TopicExtractor` ranks them.
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

  /// Prepositions and times that cannot open the object of a verb cue: "building on site",
  /// "the nurture room theyre opening after christmas".
  static let placePrepositions: WordSet = [
    "on", "at", "in", "for", "with", "by", "after", "before", "during", "until", "from", "next",
  ]

  /// Finds the cues in one sentence and adds the phrases they point at; a sentence with no cue
  /// offers its bare clauses instead.
  private mutating func scanSentence(_ start: Int, _ end: Int) {
    let before = candidates.count
    sentenceFirstCandidate = before
    addReportedClauses(start, end)
    addEmployerClauses(start, end)
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
        // "the new solar plant they're building on site": a verb cue followed by a preposition
        // has its object before it, already named; what follows is where or why, not a thing.
        if cue.replacesDeterminer, cueEnd < end, Self.placePrepositions.contains(tokens[cueEnd]) {
          boostLast(by: cue.weight * 0.3, at: index)
          index = cueEnd
          continue
        }
        // "..., the nurture room they're setting up, and ...": the thing made is named before
        // its maker and verb, and the verb closes the clause; the whole is the thing.
        if cue.replacesDeterminer, let thing = contactRelative(before: index, clauseStart: start),
          cueEnd == end || tokens[cueEnd].kind == .pause
        {
          var plain = cue
          plain.prefix = []
          plain.replacesDeterminer = false
          let found = candidates.count
          add(
            thing.lowerBound..<cueEnd, cue: plain, cueStart: thing.lowerBound,
            sentenceStart: start, sentenceEnd: end, bonus: carried)
          // "weekend brunch thing theyre starting": a list's item with no determiner is
          // printed as one thing with its clause after it ("the weekend brunch you're
          // starting"), the chat's word for a topic left out.
          if candidates.count > found, !Self.openingDeterminers.contains(tokens[thing.lowerBound]) {
            candidates[found].relativeAt = index - 1
          }
          index = cueEnd
          continue
        }
        // "competency questions mostly, its PO1 grade": a one-word cue before a comma closes
        // its own clause ("questions mostly"); it points at nothing after the comma.
        if cue.words.count == 1, cueEnd < end, tokens[cueEnd].kind == .pause {
          index = cueEnd
          continue
        }
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
        // "they're starting Further Maths in the sixth form": a name takes no determiner for
        // "your" to stand in for (nor the "the" a common noun would take), so the thing alone
        // drops what is being done; the employer's clause found around the cue says it whole
        // ("that you're starting Further Maths ...").
        if cue.replacesDeterminer, !range.isEmpty, tokens[range.lowerBound].isCapitalized,
          candidates[sentenceFirstCandidate...].contains(where: {
            $0.isReported && $0.start < index && index < $0.end
          })
        {
          index = range.upperBound
          continue
        }
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
    if candidates.count == before || candidates[before...].allSatisfy(\.isReported) {
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
          candidates[target].marked = true
        }
      }
    }
    pendingBoosts = []
    addNewThings(start, end, firstCandidate: before)
  }

  /// The noun phrase a verb's subject follows straight after, when a determiner opens it
  /// within five words back in the same clause: "the nurture room" of "the nurture room
  /// they're setting up". The subject is the employer's, contracted ("they're", "we're"), which
  /// the note always turns to the reader ("you're"). Nil otherwise.
  ///
  /// With no determiner, an item of a list opening the phrase counts as one ("my bar
  /// experience, weekend brunch thing theyre starting, cash handling"): up to four words after
  /// a comma or the sentence's start, none a grammar word, the last maybe the chat's word for
  /// a topic ("thing"), which the rendering leaves out.
  func contactRelative(before cue: Int, clauseStart: Int) -> Range<Int>? {
    let subject = cue - 1
    guard subject > clauseStart,
      ["they're", "theyre", "we're", "you're"].contains(tokens[subject].lower)
    else { return nil }
    var back = subject - 1
    while back >= clauseStart, subject - back <= 5, tokens[back].isWord {
      if Self.openingDeterminers.contains(tokens[back]) {
        return back < subject - 1 ? back..<subject : nil
      }
      if Lexicon.Lookup.clauseBreakers.contains(tokens[back]) { return nil }
      back -= 1
    }
    // No determiner: the words from the list item's opening, when it opens there.
    let opening = back + 1
    guard back < clauseStart || !tokens[back].isWord && tokens[back].kind == .pause,
      (1...4).contains(subject - opening)
    else { return nil }
    let filler = TypedReference.topicWords.contains(tokens[subject - 1].lower)
    let words = opening..<(filler ? subject - 1 : subject)
    guard !words.isEmpty,
      words.allSatisfy({
        let lower = tokens[$0].lower
        return tokens[$0].isWord && !Lexicon.stopwords.contains(lower)
          && !VouchedTopic.isIngForm(lower) && !VouchedTopic.isPast(lower)
          && !Self.firstPerson.contains(tokens[$0])
      })
    else { return nil }
    return opening..<subject
  }

  /// Determiners that open the thing a contact relative clause is about.
  static let openingDeterminers: WordSet = ["the", "a", "an", "this", "that", "their", "our"]

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

  /// Emphasis for the thing named before a cue ("..., which he was super excited about").
  /// When nothing in the sentence has been found yet, it waits for the sentence's bare clauses.
  private mutating func boostLast(by amount: Double, at position: Int? = nil) {
    if let position, candidates.count == sentenceFirstCandidate {
      pendingBoosts.append((position, amount))
      return
    }
    guard !candidates.isEmpty else { return }
    candidates[candidates.count - 1].score = min(1, candidates[candidates.count - 1].score + amount)
    candidates[candidates.count - 1].marked = true
  }

  /// "excited about it": the cue's object is a pronoun for what was just named.
  private static let emphasisedPronouns: WordSet = ["it", "that", "this", "them", "those"]
}
