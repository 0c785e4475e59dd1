/// Finding the cues that mark what mattered: table entries, talking verbs followed by "about",
/// time spent on something, and highlight sentences ("the best bit was").
extension CandidateFinder {
  /// The cue at `index`, if any: from the table, a talking verb followed by "about" a few words
  /// on ("talked with real enthusiasm about"), or a highlight sentence ("the one thing that stood
  /// out was").
  func cue(at index: Int, limit: Int) -> Cue? {
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
        if entries[position].cue.matches(tokens, at: index) {
          // "route planning software", "the new building": a lone "-ing" cue after a noun or an
          // article is part of a noun, not something the employer is doing.
          if count == 1, tokens[index].lowerHasSuffix("ing"), index > 0, tokens[index - 1].isWord,
            !Self.beforeVerb.contains(tokens[index - 1])
          {
            continue
          }
          return entries[position].cue
        }
      }
    }
    if start.isTalkingVerb {
      var cursor = index + 1
      // "talking for like half an hour about X": the time given is emphasis, as after "spent",
      // and takes a few more words than a manner does.
      var timed = false
      while cursor < limit, cursor - index <= 8, tokens[cursor].kind == .word {
        if tokens[cursor].is(.about) {
          // "she asked about wound care": the interview's routine questions, not something
          // the employer told the person.
          let asked = Self.askingVerbs.contains(tokens[index])
          if timed, !asked {
            return cueFromTokens(index...cursor, kind: .enthusiasm, weight: 0.6)
          }
          guard cursor - index <= 4 else { break }
          return cueFromTokens(index...cursor, kind: .conversation, weight: asked ? 0.38 : 0.5)
        }
        if Self.talkingVerbs.contains(tokens[cursor]) { break }
        if Self.spansOfTime.contains(tokens[cursor]) { timed = true }
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
    if start.isCopula || start.isFeelingVerb, let end = feelingAbout(index, limit: limit) {
      return cueFromTokens(index...end, kind: .enthusiasm, weight: 0.6)
    }
    return nil
  }

  /// "he was hyped about X", "she's been so keen on X", "he seemed really chuffed about X": the
  /// interviewer, then "was" and one word of how they felt, then "about", "on" or "over". The
  /// word itself is not looked up in a list of feelings (people say "hyped", "mad", "made up",
  /// "gassed"): the shape says that the interviewer felt something about X, and X is what they
  /// brought to the interview. Verbs of asking and talking are their own cues. Returns where
  /// the cue ends (its "about").
  private func feelingAbout(_ index: Int, limit: Int) -> Int? {
    // The interviewer by pronoun or by name ("Rowan got really hyped about ...").
    guard index > 0,
      Self.feelingSubjects.contains(tokens[index - 1])
        || interviewerWords.contains(tokens[index - 1])
    else { return nil }
    var cursor = index + 1
    while cursor < limit, cursor - index <= 3, Self.degreeWords.contains(tokens[cursor]) {
      cursor += 1
    }
    guard cursor + 1 < limit, tokens[cursor].isWord, !Self.notFeelings.contains(tokens[cursor]),
      !Self.talkingVerbs.contains(tokens[cursor]), !Self.askingVerbs.contains(tokens[cursor])
    else { return nil }
    // "made up about", "fired up about": a particle may close the feeling.
    var about = cursor + 1
    if about + 1 < limit, Self.feelingParticles.contains(tokens[about]) { about += 1 }
    return Self.feelingPrepositions.contains(tokens[about]) ? about : nil
  }

  /// Subjects of a feeling on the interviewer's side.
  private static let feelingSubjects: WordSet = ["she", "he", "they", "interviewer", "manager"]

  /// Words of degree before the feeling: "so", "really", "proper".
  private static let degreeWords: WordSet = [
    "so", "really", "very", "super", "proper", "well", "pretty", "quite", "clearly", "obviously",
    "genuinely", "totally", "been", "properly", "visibly",
  ]

  /// Particles that close a feeling said in two words: "made up", "fired up".
  private static let feelingParticles: WordSet = ["up", "out"]

  /// What the feeling is about.
  private static let feelingPrepositions: WordSet = ["about", "on", "over"]

  /// Words in the feeling's place that say no feeling: "she was not sure about", "he was
  /// clear on the hours", "they were strict about".
  private static let notFeelings: WordSet = [
    "not", "unsure", "clear", "strict", "honest", "firm", "vague", "quiet", "going", "asking",
    "talking", "on", "off", "out", "up", "in",
  ]

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
    /// "seemed", "looked", "got": "he seemed chuffed about X".
    var isFeelingVerb = false
  }

  /// Every word that may open a cue, with what it may open.
  private static let cueStarts: WordMap<CueStart> = {
    var starts: [String: CueStart] = [:]
    for (word, entries) in Cue.entriesByFirstWord {
      starts[word, default: CueStart()].entries = entries
    }
    for word in talkingVerbList { starts[word, default: CueStart()].isTalkingVerb = true }
    for word in ["spent", "spend"] { starts[word, default: CueStart()].isSpend = true }
    for word in ["was", "is", "were"] { starts[word, default: CueStart()].isCopula = true }
    for word in ["seemed", "seems", "looked", "sounded", "got", "gets", "went"] {
      starts[word, default: CueStart()].isFeelingVerb = true
    }
    return WordMap(starts)
  }()

  /// Verbs of talking that a later "about" turns into a cue: "talked with real enthusiasm
  /// about".
  private static let talkingVerbList = [
    "talked", "talk", "talking", "spoke", "speaking", "chatted", "chatting", "chat", "told",
    "telling",
    "raved", "gushed", "went", "going", "banged", "rambled", "enthused", "waxed", "explained",
    "asked", "cared", "cares", "care", "knew", "know", "learned", "learnt", "heard", "read",
    "hear", "hearing", "learn",
    // "…, and also a bit about the new depot": a second subject of the same talk.
    "also",
  ]

  /// Verbs of the interviewer asking, whose "about" points at interview routine.
  private static let askingVerbs: WordSet = ["asked", "asking", "asks"]

  /// Words after which an "-ing" word is a verb: a subject, an auxiliary, an adverb or a
  /// conjunction ("they're opening", "is also building", "and launching").
  private static let beforeVerb: WordSet = [
    "they're", "theyre", "we're", "she's", "he's", "shes", "hes", "you're", "it's", "is", "are",
    "was", "were", "be", "been", "also", "now", "currently", "soon", "already", "actually",
    "really", "just", "still", "and", "then", "they", "we", "she", "he", "about", "of", "by",
    "re", "s", "'re", "'s", "even", "finally", "recently", "gradually", "slowly", "busy", "for",
    "after", "before", "on", "with", "i", "i'm", "im",
  ]

  /// `talkingVerbList` as a set.
  private static let talkingVerbs = WordSet(talkingVerbList)

  /// Words before "was" that make a highlight sentence: "the best bit was", "what stuck was".
  private static let highlightWords = WordSet([
    "stuck", "stood", "struck", "highlight", "best", "favourite", "favorite", "memorable",
    "interesting", "exciting", "excited", "passionate", "enthusiastic", "remember", "coolest",
    "loved", "enjoyed", "impressive", "standout", "specific", "unusual", "fascinating", "proud",
    "keen", "surprising", "non-standard", "different", "inspiring", "special", "nicest",
    "thinking",
  ])

  /// Subjects before "was" that make it an ordinary sentence, not a highlight.
  private static let copulaSubjects: WordSet = [
    "she", "he", "it", "that", "this", "they", "i", "we", "there", "which", "who",
  ]

  /// "the thing that really stuck with me was X", "what she was most excited about was X": the
  /// subject before this copula says the next phrase is the memorable thing. Not when a "that"
  /// stands between the highlight word and the copula: "excited that the stratford store is
  /// getting a refit" has its copula inside the clause the feeling is about.
  private func isHighlightCopula(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    if Self.copulaSubjects.contains(tokens[index - 1]) { return false }
    var cursor = index - 1
    var sawHighlight = false
    var sawThat = false
    while cursor >= 0, index - cursor <= 10 {
      if tokens[cursor].kind == .stop || tokens[cursor].kind == .pause { break }
      if Self.butAndSo.contains(tokens[cursor]), cursor < index - 1 { break }
      if Self.highlightWords.contains(tokens[cursor]) {
        if sawThat { return sawHighlight }
        sawHighlight = true
      }
      if tokens[cursor].is(.that) { sawThat = true }
      cursor -= 1
    }
    return sawHighlight
  }

  /// Conjunctions that end a look back or ahead.
  static let butAndSo: WordSet = [
    "but", "and", "so",
  ]

  /// A cue inside the first words of a phrase that opens with "when", "hearing" and the like.
  func innerCue(in range: Range<Int>) -> Int? {
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

  /// Units of time a person gives for how long something was talked about: "for like half
  /// an hour", "for ages", "twenty minutes".
  static let spansOfTime: WordSet = [
    "hour", "hours", "minutes", "mins", "ages", "forever", "while",
  ]

  /// Words opening a phrase that may hold a cue of its own ("when he talked about X").
  private static let innerCueOpeners: WordSet = [
    "when", "where", "hearing", "learning", "seeing", "finding", "getting", "listening", "how",
  ]

  /// Words opening a phrase about a person ("the governor talking about X").
  private static let personOpeners: WordSet = [
    "the", "her", "him", "his", "she", "he", "them", "they",
  ]

  /// The cue sits in a relative clause about what was just named: "which they're building".
  func isInRelativeClause(_ index: Int, clauseStart: Int) -> Bool {
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
  func namedBefore(_ index: Int, clauseStart: Int) -> Range<Int>? {
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

  /// The words before "what", "one" or "where" in "X is what she loved".
  private static let namedBeforeCopulas: WordSet = [
    "is", "was", "'s", "the",
  ]

  /// Words that end the thing named before "is what ..." when reading back.
  private static let namedBeforeStops: WordSet = [
    "and", "but", "so", "then", "which", "that",
  ]

  /// Cues after which a whole clause follows ("the news that they won ..."), so verbs inside the
  /// phrase do not end it.
  func isClauseCue(_ cue: Cue) -> Bool {
    guard let last = cue.words.last else { return false }
    return last == "that" || last == "how" || cue.kind == .plan && cue.prefix.last == "to"
      || cue.words == ["announced"] || cue.words.last == "to"
  }

  /// "which she was excited about", "it really stuck with me": the cue points at the thing
  /// mentioned just before.
  func refersBack(_ index: Int, clauseStart: Int) -> Bool {
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

  /// Words by which a cue points back at what was just mentioned.
  private static let backReferences: WordSet = [
    "which", "that", "it", "this", "it's", "that's", "which's",
  ]
}
