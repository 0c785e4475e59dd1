/// What the interviewer told the person: "she said the lab just got funding for a new pilot
/// line", "mei said theyre about to release an AI assistant". The clause after a reporting verb
/// is news, a plan or a change at this employer, the best thing a note can be built on, and it is
/// kept whole as a clause (with its own subject and verb), so the note frames it as one ("I
/// enjoyed hearing that ...") instead of cutting it into a noun phrase.
extension CandidateFinder {
  /// Adds the clause reported after each "said", "told me", "mentioned" in a sentence whose
  /// subject is someone on the interviewer's side.
  mutating func addReportedClauses(_ start: Int, _ end: Int) {
    var index = start
    while index < end {
      defer { index += 1 }
      guard tokens[index].isWord, Self.reportingVerbs.contains(tokens[index]) else { continue }
      // Who said it: not the person ("I said I'd ..."), and someone must have said it.
      guard index > start, !Self.firstPersonSubjects.contains(tokens[index - 1]),
        tokens[index - 1].isWord
      else { continue }
      var cursor = index + 1
      // "said, a bit off-script, that the team is ...": an aside between two commas after the
      // verb is passed over to what was said.
      if cursor < end, tokens[cursor].kind == .pause,
        let close = (cursor + 1..<min(end, cursor + 6)).first(where: {
          tokens[$0].kind == .pause
        }),
        (cursor + 1..<close).allSatisfy({ tokens[$0].isWord })
      {
        cursor = close + 1
      }
      // "told me that", "said also", "mentioned offhand": words between the verb and what was
      // said.
      while cursor < end,
        Self.reportObjects.contains(tokens[cursor]) || Self.reportAdverbs.contains(tokens[cursor])
      {
        cursor += 1
      }
      // "told me next year they get electric tugs", "said from january the school will ...":
      // a time before the clause is not its subject, which a pronoun or a determiner opens.
      if cursor < end, Self.timeLeads.contains(tokens[cursor]) {
        func opensSubject(_ token: Token) -> Bool {
          Self.clauseSubjects.contains(token) || Self.ownerWords.contains(token)
            || token.lower == "the"
        }
        var look = cursor + 1
        while look < end, look - cursor <= 3, tokens[look].isWord, !opensSubject(tokens[look]) {
          look += 1
        }
        if look < end, opensSubject(tokens[look]) { cursor = look }
      }
      guard var range = reportedClause(from: cursor, limit: end) else { continue }
      let added = candidates.count
      addReported(range, reportStart: index, sentenceStart: start, sentenceEnd: end)
      // "her daughter is taking over and theyre starting a property management side": what
      // follows "and" with a subject of its own was said too. It comes second, so it ranks
      // below the first, unless it is a plan after a piece of news.
      let first = candidates.count > added ? added : -1
      while range.upperBound + 1 < end, tokens[range.upperBound].lower == "and",
        let next = reportedClause(from: range.upperBound + 1, limit: end)
      {
        let before = candidates.count
        addReported(next, reportStart: index, sentenceStart: start, sentenceEnd: end)
        if candidates.count > before, first >= 0, candidates[first].isReported {
          let lead = candidates[first]
          let overtakes = lead.kind == .news && candidates[before].kind == .plan
          if !overtakes {
            candidates[before].score = min(candidates[before].score, lead.score - 0.01)
          }
        }
        range = next
      }
      // "theyre closing the bar in january, reopening in march with a new bistro": the second
      // verb shares the first one's subject (`CandidateFinder+SharedSubject`).
      if let shared = sharedSubjectPhrase(after: range, limit: end) {
        let before = candidates.count
        addReported(
          shared, reportStart: index, sentenceStart: start, sentenceEnd: end, subject: ["you're"])
        // Said after the clause whose subject it shares, it ranks just below that clause.
        if candidates.count > before, before > added {
          let lead = candidates[before - 1].score
          candidates[before].score = min(candidates[before].score, lead - 0.01)
        }
        range = shared
      }
      index = range.upperBound - 1
    }
  }

  /// "depot's": a word ending in "'s", read from its last two bytes.
  static func endsInContractedIs(_ token: Token) -> Bool {
    let bytes = token.lower.utf8
    guard bytes.count > 2, bytes.last == UInt8(ascii: "s") else { return false }
    return bytes.dropLast().last == UInt8(ascii: "'")
  }

  /// Adds what the employer is doing, said with no reporting verb: "..., and they are starting
  /// a free blood pressure check service", "hes reopening the beer garden". A clause opening a
  /// sentence or following a comma or "and", whose subject is the employer's side ("they", "he",
  /// "she") and whose verb is under way ("are starting", "'re opening", "just got"), is news
  /// from the interviewer as surely as one after "she said". It ranks a little below a reported
  /// one, which someone marked as said.
  mutating func addEmployerClauses(_ start: Int, _ end: Int) {
    var index = start
    while index < end {
      defer { index += 1 }
      // One lookup settles most words: no subject of the employer's side opens with them.
      guard tokens[index].isWord, Self.anySubjectStart.contains(tokens[index]) else { continue }
      let pronoun = Self.employerSubjects.contains(tokens[index])
      // "the site is moving from LAL to ...", "their depot will get ...": a noun phrase of the
      // employer's side as the subject, when its verb says a change under way or to come.
      let nounSubject =
        !pronoun && (tokens[index].is(.the) || Self.ownerWords.contains(tokens[index]))
      guard pronoun || nounSubject else { continue }
      // "talked that they will become ...", "told me after christmas they will do ...": a
      // clause opens after "that" or after the time said before it, as after a comma.
      let opens =
        index == start || tokens[index - 1].kind == .pause
        || Self.clauseJoins.contains(tokens[index - 1])
        || pronoun && (tokens[index - 1].is(.that) || Self.timeNouns.contains(tokens[index - 1]))
      guard opens, !candidates.contains(where: { $0.start <= index && index < $0.end }),
        pronoun ? isUnderWay(after: index, limit: end) : nounSubjectChanging(index, limit: end),
        let range = reportedClause(from: index, limit: end)
      else { continue }
      addReported(
        range, reportStart: index, sentenceStart: start, sentenceEnd: end, weight: 0.58,
        speakerKnown: false)
      index = range.upperBound - 1
    }
  }

  /// Whether a noun-phrase subject of a few words is followed by a verb group under way or to
  /// come: "the site is moving", "the new wing at the hospital will open". Prepositions may
  /// come between ("the ward at st james is getting"); a word in "-ing" after "is" must be a
  /// plan's verb, not "the job is boring".
  private func nounSubjectChanging(_ subject: Int, limit: Int) -> Bool {
    var cursor = subject + 1
    while cursor < limit, cursor - subject <= 6, tokens[cursor].isWord {
      // "the gap year when I was caring ...": a clause of its own inside the phrase has its own
      // subject, and the verb is not this subject's.
      if Self.relatives.contains(tokens[cursor]) || Self.laterPhrases.contains(tokens[cursor])
        || Self.clauseSubjects.contains(tokens[cursor])
        || Self.firstPersonSubjects.contains(tokens[cursor]) || tokens[cursor].lower == "if"
        // "the river cleanup project the council is funding": the subject is the second one.
        || tokens[cursor].is(.the)
      {
        return false
      }
      if Self.progressiveAuxiliaries.contains(tokens[cursor])
        || Self.futureMarkers.contains(tokens[cursor])
      {
        return isUnderWay(after: cursor - 1, limit: limit)
      }
      cursor += 1
    }
    return false
  }

  /// Whether the verb after a subject says something under way, just done or to come: "are
  /// starting", "'re opening" (one word, "theyre opening"), "just got", "will become", "are
  /// going to open", "'ll do".
  private func isUnderWay(after subject: Int, limit: Int) -> Bool {
    var cursor = subject + 1
    let contracted = Self.contractedSubjects.contains(tokens[subject])
    // "they will also do holiday camps", "theyll be fully plant based": a modal future with a
    // verb after it is a plan, whatever the verb.
    if Self.futureSubjects.contains(tokens[subject])
      || cursor < limit && Self.futureMarkers.contains(tokens[cursor])
    {
      if !Self.futureSubjects.contains(tokens[subject]) { cursor += 1 }
      if cursor + 1 < limit, tokens[cursor].lower == "going", tokens[cursor + 1].lower == "to" {
        cursor += 2
      }
      while cursor < limit, Self.adverbs.contains(tokens[cursor]) { cursor += 1 }
      return cursor < limit && tokens[cursor].isWord && !Self.notVerbs.contains(tokens[cursor])
        && !Self.notPlans.contains(tokens[cursor])
    }
    // "theyve just launched a free wills clinic", "they've opened": a perfect says it is done,
    // and news when "just" or "recently" marks it new or its verb is a change's.
    if Self.perfectSubjects.contains(tokens[subject]) {
      while cursor < limit, Self.adverbs.contains(tokens[cursor]) { cursor += 1 }
      guard cursor < limit, tokens[cursor].isWord else { return false }
      return cursor > subject + 1 && tokens[cursor - 1].lower == "just"
        || Self.changeVerbs.contains(tokens[cursor])
    }
    // "they start doing heat pump installs next year": a verb of starting or changing in the
    // present, said of the employer, is a plan as surely as "they are starting".
    if Self.plainSubjects.contains(tokens[subject]), cursor < limit,
      Self.changeVerbs.contains(tokens[cursor])
    {
      return true
    }
    if !contracted {
      guard cursor < limit, Self.progressiveAuxiliaries.contains(tokens[cursor]) else {
        return false
      }
      cursor += 1
    }
    while cursor < limit, Self.adverbs.contains(tokens[cursor]) { cursor += 1 }
    guard cursor < limit, tokens[cursor].isWord else { return false }
    let verb = tokens[cursor].lower
    if cursor > subject + 1, tokens[cursor - 1].lower == "just" { return true }
    if verb == "getting" { return isReceivingAhead(after: cursor, limit: limit) }
    return verb.hasSuffix("ing") && verb.count > 5 && !Self.notPlans.contains(tokens[cursor])
      && !isAboutSomething(after: cursor, limit: limit)
  }

  /// Whether "getting" at `verb` says the employer will receive a thing: an object of its own
  /// (not "getting back to me", "getting ready") and a time ahead in the same clause ("they
  /// are getting electric vans next year at this depot", "getting a new ward in march").
  /// "getting" alone says nothing of a plan ("they're getting lots of calls"), so the time
  /// said with it is what makes the clause news.
  private func isReceivingAhead(after verb: Int, limit: Int) -> Bool {
    let object = verb + 1
    guard object < limit, tokens[object].isWord, !Self.notObjects.contains(tokens[object])
    else { return false }
    var cursor = object + 1
    while cursor < limit, tokens[cursor].isWord, cursor - verb <= 10 {
      let word = tokens[cursor].lower
      if word == "next" || word == "soon" { return true }
      if ["in", "from", "by"].contains(word), cursor + 1 < limit,
        Self.timeNouns.contains(tokens[cursor + 1])
      {
        return true
      }
      cursor += 1
    }
    return false
  }

  /// Words after "getting" that make it no receiving of a thing: a particle or a state.
  private static let notObjects: WordSet = [
    "back", "ready", "used", "rid", "to", "in", "on", "up", "out", "into", "more", "better",
    "worse", "busy", "there", "it", "them", "lots", "loads",
  ]

  /// Whether the "-ing" word at `verb` is followed by "about" (or "on about"): "he was buzzing
  /// about the damp and mould team", "she was going on about the merger". Such a verb tells how
  /// the interviewer spoke or felt of a thing, never a change under way (a verb of change takes
  /// its thing as an object: "they are opening a ..."), so the clause is no plan; what it is
  /// about is found as the thing the interviewer cared about.
  private func isAboutSomething(after verb: Int, limit: Int) -> Bool {
    var next = verb + 1
    if next + 1 < limit, tokens[next].lower == "on" { next += 1 }
    return next < limit && tokens[next].lower == "about"
  }

  /// Subjects with "have" contracted onto them: "theyve just launched".
  private static let perfectSubjects: WordSet = ["they've", "theyve"]

  /// Subjects whose verb follows them bare: "they start", "they open".
  private static let plainSubjects: WordSet = ["they"]

  /// Verbs that say the employer starts, opens or changes something: "they start doing",
  /// "they've launched", "they switch to".
  private static let changeVerbs: WordSet = [
    "start", "starts", "begin", "begins", "open", "opens", "launch", "launches", "introduce",
    "introduces", "roll", "rolls", "switch", "switches", "move", "moves", "expand", "expands",
    "launched", "opened", "started", "introduced", "rolled", "switched", "moved", "expanded",
    "built", "won", "acquired", "bought", "set",
  ]

  /// The employer's side as a subject, with "be" or without it.
  private static let employerSubjects: WordSet = [
    "they", "they're", "theyre", "they've", "theyve", "she's", "shes", "he's", "hes", "she", "he",
    "they'll", "theyll", "she'll", "he'll",
  ]

  /// Every word that may open an employer clause: the pronouns, "the" and the owners.
  private static let anySubjectStart: WordSet = [
    "they", "they're", "theyre", "they've", "theyve", "she's", "shes", "he's", "hes", "she", "he",
    "they'll", "theyll", "she'll", "he'll", "the", "their", "her", "his", "its", "our",
  ]

  /// Words of a future after a subject: "will", "are going to" (read with "going to" after),
  /// "gonna".
  private static let futureMarkers: WordSet = ["will", "gonna", "shall"]

  /// Subjects with a future contracted onto them: "they'll", "theyll".
  private static let futureSubjects: WordSet = [
    "they'll", "theyll", "she'll", "he'll", "we'll",
  ]

  /// Nouns that close a time said before a clause: "after christmas they will ...", "from next
  /// september they ...". A pronoun after one opens a clause as after a comma.
  static let timeNouns: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "sept", "oct", "nov", "dec", "christmas",
    "xmas", "easter", "summer", "spring", "autumn", "fall", "winter", "year", "month", "week",
    "term", "soon", "now", "today", "tomorrow",
  ]

  /// Subjects holding their "be": "theyre", "hes".
  private static let contractedSubjects: WordSet = [
    "they're", "theyre", "she's", "shes", "he's", "hes",
  ]

  /// "are", "is", "were": what makes the "-ing" verb after "they" a plan under way.
  private static let progressiveAuxiliaries: WordSet = ["are", "is", "were", "was", "just"]

  /// Words before a clause of its own.
  /// "she was happy because they just won the council contract": the reason given for the
  /// interviewer's mood is what the employer did, as surely as a clause after "and".
  private static let clauseJoins: WordSet = [
    "and", "also", "plus", "but", "so", "because", "cos", "coz", "cuz",
  ]

  /// "-ing" words that say nothing about the employer's plans: "she's asking", "they're
  /// looking for someone".
  private static let notPlans: WordSet = [
    "asking", "looking", "hoping", "thinking", "wondering", "saying", "talking", "interviewing",
    "recruiting", "willing", "being", "doing", "going", "nothing", "something", "waiting",
    "checking", "calling", "emailing", "getting", "trying", "seeing", "meeting",
  ]

  /// Whether "and" at `index` opens a clause of its own: a subject of up to three words, none a
  /// preposition, then a verb that needs a subject ("and the new hires would be on it", "and
  /// first one is billing", "and counter staff will book").
  private func opensNewClause(afterAnd index: Int, limit: Int) -> Bool {
    var cursor = index + 1
    // "... a new site in luton and people from here can transfer": a subject may hold a
    // preposition's phrase ("people from here"); a verb only a subject takes, within five
    // words, still opens a clause of its own. Without one, a preposition says the "and" joins
    // things ("and people in the area").
    var joint = false
    while cursor < limit, cursor - index <= 5, tokens[cursor].isWord {
      if Self.subjectVerbs.contains(tokens[cursor]) { return cursor > index + 1 }
      if Self.notSubjects.contains(tokens[cursor]) { return false }
      if Self.joints.contains(tokens[cursor]) {
        if joint || cursor == index + 1 { return false }
        joint = true
      }
      cursor += 1
    }
    return false
  }

  /// Verbs that only follow a subject: "is", "would", "will".
  private static let subjectVerbs: WordSet = [
    "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "should",
    "must", "might", "may",
  ]

  /// Words that never stand in a subject after "and".
  private static let notSubjects: WordSet = [
    "that", "which", "who", "what", "how", "i", "me", "it", "so", "then", "also",
  ]

  /// Words between a reporting verb and what was said: "said also", "mentioned offhand".
  private static let reportAdverbs: WordSet = [
    "also", "offhand", "briefly", "casually", "quickly", "proudly", "too", "again", "once",
  ]

  /// The clause that starts at `start`: a subject, then a verb within a few words, up to where
  /// a new clause or an aside begins, cut to a topic's length where a phrase can end.
  private func reportedClause(from start: Int, limit: Int) -> Range<Int>? {
    guard start < limit, tokens[start].kind == .word else { return nil }
    var verb: Int?
    if Self.clauseSubjects.contains(tokens[start]) {
      // "they're the first practice in the county to ...": a contracted "are" or "is" is the
      // verb already, and what follows it is its complement.
      let copula =
        Self.contractedCopulas.contains(tokens[start]) && start + 1 < limit
        && ["the", "a", "an"].contains(tokens[start + 1].lower)
      verb = copula ? start : start + 1
    } else if !Self.firstPersonSubjects.contains(tokens[start]), start + 1 < limit,
      Self.bareSubjectVerbs.contains(tokens[start + 1]), !tokens[start].is(.the),
      !Self.ownerWords.contains(tokens[start]), !Self.notVerbs.contains(tokens[start])
    {
      // "he said council is moving ...": a one-word subject with no article.
      verb = start + 1
    } else if tokens[start].is(.the) || Self.ownerWords.contains(tokens[start]) {
      // "the lab just got ...", "the council tax team is moving ...": a noun phrase, then a verb.
      var cursor = start + 1
      while cursor < limit, cursor - start <= 5, tokens[cursor].kind == .word {
        if Self.finiteVerbs.contains(tokens[cursor]) || Self.adverbs.contains(tokens[cursor]) {
          verb = cursor
          break
        }
        // "the depot's going fully electric": the head noun carries a contracted "is" before
        // an "-ing" verb.
        if cursor + 1 < limit, Self.endsInContractedIs(tokens[cursor]),
          tokens[cursor + 1].lower.hasSuffix("ing"), tokens[cursor + 1].lower.utf8.count > 4
        {
          verb = cursor + 1
          break
        }
        cursor += 1
      }
    }
    guard var verbIndex = verb, verbIndex < limit else { return nil }
    while verbIndex < limit, Self.adverbs.contains(tokens[verbIndex]) { verbIndex += 1 }
    guard verbIndex < limit, tokens[verbIndex].kind == .word,
      !Self.notVerbs.contains(tokens[verbIndex])
    else { return nil }
    var end = verbIndex + 1
    while end < limit {
      let token = tokens[end]
      if token.kind == .pause || token.kind == .stop { break }
      if Self.clauseEnders.contains(token) { break }
      if token.lower == "and" || token.is(.but), end + 1 < limit,
        Self.newClauseAfterAnd.contains(tokens[end + 1])
          || Lexicon.Lookup.clauseVerbs.contains(tokens[end + 1])
          // "... a new NIV unit on the ward and will train nurses for it": a second predicate
          // with no subject of its own is a second thing said.
          || Lexicon.Lookup.modals.contains(tokens[end + 1])
          || opensNewClause(afterAnd: end, limit: limit)
      {
        break
      }
      end += 1
    }
    guard end - start >= 3 else { return nil }
    // "he said they're going to use it on the Inverness route": about a thing named before,
    // which is the topic; the clause alone would not say what "it" is.
    if let pronoun = (verbIndex..<end).first(where: { isPronounObject($0, limit: end) }) {
      // "... a womens only strength zone in january after loads of members asked for it": the
      // pronoun stands in a later phrase; the clause ends before that phrase begins, when what
      // is left still has its verb and an object.
      // "... a free wills clinic for the hospice and priya runs it": after "and", a second
      // clause says more of the thing the first one named, which stands alone.
      guard verbIndex + 3 < pronoun,
        let joint = (verbIndex + 3..<pronoun).last(where: {
          Self.laterPhrases.contains(tokens[$0])
            || tokens[$0].lower == "and"
              && (!joinsWordsOfOneName($0, limit: limit)
                || opensPointingClause(afterAnd: $0, pronoun: pronoun))
        })
      else { return nil }
      end = joint
    }
    return fitted(start..<end)
  }

  /// Whether the word at `index` stands for a thing named before: "it", "them", or "this"
  /// with no noun after it. "at this depot" names its own thing; "this" there is its
  /// determiner, and the clause says what it is about ("they are getting electric vans next
  /// year at this depot" had been dropped as pointing back).
  private func isPronounObject(_ index: Int, limit: Int) -> Bool {
    guard Self.pronounObjects.contains(tokens[index]) else { return false }
    guard ["this", "these", "those"].contains(tokens[index].lower), index + 1 < limit else {
      return true
    }
    let next = tokens[index + 1]
    return !next.isWord || Lexicon.stopwords.contains(next.lower)
  }

  /// The clause cut to at most `TopicExtractor.maximumWords` words, before a preposition or a
  /// time phrase so that it still ends where a phrase can ("... a new sodium-ion battery pilot
  /// line", not "... pilot line with an"); nil when no such cut keeps its verb and object.
  private func fitted(_ range: Range<Int>) -> Range<Int>? {
    var end = range.upperBound
    while end > range.lowerBound, Self.trailing.contains(tokens[end - 1]) { end -= 1 }
    // "... from Tableau to Power BI this quarter": a time closing the clause is the part that
    // can go, when without it the clause fits; a cut inside would leave "from Tableau".
    if end - range.lowerBound > TopicExtractor.maximumWords,
      end - 2 - range.lowerBound <= TopicExtractor.maximumWords, end - 2 > range.lowerBound + 4,
      ["this", "next", "last"].contains(tokens[end - 2].lower),
      TopicPhraseCheck.futureUnits.contains(tokens[end - 1].lower)
    {
      end -= 2
      // "... to Europe from | next year": the time's own preposition goes with it.
      while end > range.lowerBound, Self.trailing.contains(tokens[end - 1]) { end -= 1 }
    }
    if end - range.lowerBound > TopicExtractor.maximumWords {
      var cut = range.lowerBound + TopicExtractor.maximumWords
      // "a new click and collect point": an "and" before a word that opens no phrase joins
      // words of one name, and is no place to cut.
      // "a virtual ward pilot | where COPD patients go home with ...": a relative clause is a
      // joint too, and cut there the clause keeps its thing whole.
      // Nor a preposition right after a second verb in "-ing", which may be its particle: "...
      // and putting | in a second consultation room" left "putting" dangling (tuning 36's
      // bu017).
      while cut > range.lowerBound + 4,
        !Self.joints.contains(tokens[cut]) && !Self.relatives.contains(tokens[cut])
          || joinsWordsOfOneName(cut, limit: range.upperBound)
          || Self.joints.contains(tokens[cut])
            && coordinatesVerb(at: cut - 1, from: range.lowerBound)
      {
        cut -= 1
      }
      guard cut > range.lowerBound + 4 else { return nil }
      // "the ward is going to be the pilot | for the new system", "the restaurant is the first
      // | to trial ...": a thing said to be "the X" is only news with what it is the X of, so
      // a cut there keeps the complement, or the clause is no topic.
      if leavesBarePredicate(range.lowerBound, cut) {
        guard let whole = completedPredicate(cut, limit: end, start: range.lowerBound)
        else { return nil }
        end = whole
        while end > range.lowerBound, Self.trailing.contains(tokens[end - 1]) { end -= 1 }
        return range.lowerBound..<end
      }
      end = cut
      // "a mobile pantry truck in January that goes out": a relative clause cut short is
      // dropped whole; "from Port Klang" cut before its "to" goes with it.
      if let relative = (range.lowerBound + 3..<end).first(where: {
        Self.relatives.contains(tokens[$0])
      }) {
        end = relative
      } else if tokens[cut].lower == "to",
        let from = (range.lowerBound + 3..<cut).last(where: { tokens[$0].lower == "from" })
      {
        end = from
      } else if tokens[cut].lower == "to",
        let second = (range.lowerBound + 3..<end).last(where: {
          tokens[$0].lower == "and" && $0 + 2 < end
            && VouchedTopic.isIngForm(tokens[$0 + 1].lower)
        })
      {
        // "switching off the copper network by 2027 and moving everyone | to digital voice":
        // a second doing cut before the "to" that completes it is dropped whole; the first
        // stands.
        end = second
      }
      while end > range.lowerBound, Self.trailing.contains(tokens[end - 1]) { end -= 1 }
    }
    guard end - range.lowerBound >= 3 else { return nil }
    return range.lowerBound..<end
  }

  /// Whether a cut at `cut` leaves the clause ending on a predicate noun with its article and
  /// nothing after it: "is the first", "be the pilot", "was the only one". Such a noun is
  /// defined by what follows it ("the first to ...", "the pilot for ..."), which the cut drops.
  /// An ordinal or a superlative ("the first site in the north | to run ...", "the only one in
  /// town | to ...") wants its "to" however far it stands.
  private func leavesBarePredicate(_ start: Int, _ cut: Int) -> Bool {
    if tokens[cut].lower == "to",
      (start + 1..<max(start + 1, cut - 1)).contains(where: { index in
        tokens[index].is(.the) && Self.beForms.contains(tokens[index - 1])
          && Self.isRanking(tokens[index + 1].lower)
      })
    {
      return true
    }
    guard let article = (max(start, cut - 3)..<cut).last(where: { tokens[$0].is(.the) }),
      article > start, article + 1 < cut,
      Self.beForms.contains(tokens[article - 1])
    else { return false }
    return (article + 1..<cut).allSatisfy { tokens[$0].isWord }
  }

  /// An ordinal, "only", "last", "next", or a superlative ("biggest", "largest"): a rank,
  /// which a "to" clause completes.
  private static func isRanking(_ word: String) -> Bool {
    if ["first", "second", "third", "only", "last", "next"].contains(word) { return true }
    return word.count >= 6 && word.hasSuffix("est")
      && !["interest", "request", "forest", "harvest", "contest"].contains(word)
  }

  /// Where a clause whose predicate noun was cut from its complement can end instead: at the
  /// next joint after the complement's first words, or at the clause's own end, within four
  /// words past a topic's length; nil when the complement runs on further than that.
  private func completedPredicate(_ cut: Int, limit: Int, start: Int) -> Int? {
    let furthest = min(limit, start + TopicExtractor.maximumWords + 4)
    if let joint = (cut + 3..<max(cut + 3, furthest)).first(where: {
      Self.joints.contains(tokens[$0]) && !joinsWordsOfOneName($0, limit: limit)
    }) {
      return joint
    }
    return limit <= furthest ? limit : nil
  }

  /// Forms of "be" that a predicate noun follows.
  private static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being"]

  /// Whether "and" at `index` opens a clause of a one-word subject and a verb pointing back with
  /// the pronoun right after: "and priya runs it", "and dev manages it".
  private func opensPointingClause(afterAnd index: Int, pronoun: Int) -> Bool {
    guard pronoun == index + 3, tokens[index + 1].isWord, tokens[index + 2].isWord else {
      return false
    }
    let verb = tokens[index + 2]
    return verb.lowerHasSuffix("s") || verb.lowerHasSuffix("ed")
  }

  /// Whether the "and" at `index` joins two words of one name ("click and collect"): the word
  /// after it opens no phrase of its own (no determiner, number or pronoun).
  func joinsWordsOfOneName(_ index: Int, limit: Int) -> Bool {
    guard tokens[index].lower == "and", index + 1 < limit, tokens[index + 1].isWord else {
      return false
    }
    return !Self.phraseOpeners.contains(tokens[index + 1])
      && !Self.clauseSubjects.contains(tokens[index + 1])
  }

  /// Words that open a phrase of their own after "and".
  private static let phraseOpeners: WordSet = [
    "the", "a", "an", "their", "your", "its", "our", "his", "her", "some", "more", "new", "two",
    "three", "all", "other", "extra", "several",
  ]

  private mutating func addReported(
    _ range: Range<Int>, reportStart: Int, sentenceStart: Int, sentenceEnd: Int,
    weight: Double = 0.62, speakerKnown: Bool = true, subject: [String] = []
  ) {
    guard let (specificity, nonGeneric) = specificity(range, sentenceStart: sentenceStart),
      nonGeneric > 0
    else { return }
    let emphasis = emphasisAround(
      cueStart: reportStart, phraseEnd: range.upperBound, sentenceStart: sentenceStart,
      sentenceEnd: sentenceEnd)
    let planned = range.contains { Self.planWords.contains(tokens[$0]) }
    let speaker = speakerKnown && reportStart > sentenceStart ? speaker(at: reportStart - 1) : nil
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: planned ? .plan : .news,
        score: min(1, weight + specificity + emphasis), prefix: subject, speaker: speaker,
        isReported: true))
  }

  /// Verbs that report what someone said.
  private static let reportingVerbs: WordSet = [
    "said", "says", "told", "tells", "tell", "mentioned", "explained", "announced", "shared",
    "revealed",
    "proud", "excited", "thrilled", "confirmed", "say",
  ]

  /// Words that open a time before a reported clause: "next year", "from january", "soon".
  private static let timeLeads: WordSet = [
    "next", "this", "from", "in", "by", "soon", "now", "once", "every", "later", "early",
  ]

  /// Words between a reporting verb and its clause: "told me that".
  private static let reportObjects: WordSet = [
    "me", "us", "that", "how", "to",
  ]

  /// The person as the one who said it.
  private static let firstPersonSubjects: WordSet = [
    "i", "we", "i'm", "im",
  ]

  /// Subjects that open a reported clause.
  private static let clauseSubjects: WordSet = [
    "they", "they're", "theyre", "they've", "theyve", "they'll", "theyll", "we", "we're", "it",
    "it's",
    "she's", "he's", "shes", "hes", "she", "he", "there's", "there", "you", "you're",
  ]

  /// Words that own what follows, opening a subject: "their team is ...".
  private static let ownerWords: WordSet = [
    "their", "her", "his", "its", "our",
  ]

  /// Finite verbs after a noun subject.
  private static let finiteVerbs: WordSet = [
    "is", "are", "was", "were", "will", "has", "have", "had", "got", "gets", "won", "just", "plans",
    "wants", "became", "landed", "opened", "launched", "signed", "started", "moved", "bought",
    "ordered", "raised", "secured", "hired", "approved", "chose", "decided", "merged", "received",
  ]

  /// Verbs after a one-word subject with no article: "council is moving", "management has".
  private static let bareSubjectVerbs: WordSet = [
    "is", "are", "was", "were", "will", "has", "have", "just",
  ]

  /// Adverbs between a subject and its verb.
  private static let adverbs: WordSet = [
    "just", "recently", "already", "also", "finally", "now", "soon", "really", "actually",
  ]

  /// Words that cannot be the verb of a reported clause: "she said it was fine" is chat.
  /// Subjects with "are" or "is" contracted onto them.
  private static let contractedCopulas: WordSet = [
    "they're", "theyre", "we're", "it's", "she's", "he's", "shes", "hes", "you're",
  ]

  private static let notVerbs: WordSet = [
    "the", "a", "an", "that", "and", "to", "ok", "okay", "fine", "good", "great", "well",
  ]

  /// Words that end the reported clause: a reason, an aside or a new thought.
  private static let clauseEnders: WordSet = [
    "because", "but", "so", "which", "lol", "haha", "though", "although", "while",
  ]

  /// What after "and" begins a new clause rather than a list: "and want ...", "and shes ...".
  private static let newClauseAfterAnd: WordSet = [
    "she", "he", "they", "we", "i", "shes", "hes", "she's", "he's", "theyre", "they're", "want",
    "wants", "need", "needs", "said", "asked", "it", "it's", "then", "also", "each", "every",
    "there", "there's", "now",
    // "... with mobile check in and nobody in the team knows it yet": a subject of its own.
    "nobody", "everyone", "everybody", "someone", "somebody", "noone",
  ]

  /// Objects that point back at something named before the clause (also the end of a typed
  /// phrase that points outside it, `Conversation.settleAtLimit`).
  static let pronounObjects: WordSet = [
    "it", "them", "this", "these", "those",
  ]

  /// Where a long clause may be cut: before a preposition or a time ("next year").
  private static let joints: WordSet = [
    "with", "for", "in", "at", "from", "by", "on", "to", "and", "after", "before", "as", "next",
    "off", "near", "across", "around", "over", "through", "along", "towards",
  ]

  /// Words that open a later phrase of a clause, not its object: "after", "because of".
  private static let laterPhrases: WordSet = [
    "after", "before", "when", "since", "once", "until", "as",
  ]

  /// Words that open a relative clause.
  private static let relatives: WordSet = ["that", "which", "who", "where"]

  /// Words a clause never ends on.
  private static let trailing: WordSet = [
    "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "from", "by", "is",
    "are", "was", "were", "will", "their", "your", "its", "that", "this", "next", "last", "all",
    "just", "really", "so", "too", "now", "then", "out", "n",
  ]

  /// Words that make a reported clause a plan rather than news.
  private static let planWords: WordSet = [
    "will", "going", "about", "planning", "plans", "opening", "launching", "starting", "building",
    "bringing", "moving", "becoming", "rolling", "introducing", "expanding", "hiring", "getting",
    "running", "release", "releasing", "next", "soon",
  ]
}
