/// Where a phrase ends: the word that begins a new clause ("and the new depot", "she was").
extension CandidateFinder {
  /// Whether the token at `index` begins a new clause, ending the phrase.
  // Tokens are read in place (`tokens[index]`), never bound to a local: a copy of a `Token`
  // retains its string, and this runs for nearly every token.
  func isBreak(at index: Int, phraseStart: Int, opensClause: Bool) -> Bool {
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
      // "n hes gonna do one": a subject typed without its apostrophe opens a clause too.
      if Self.phraseOpeners.contains(tokens[next])
        || Lexicon.Lookup.clauseSubjects.contains(tokens[next])
        || Self.breakGroups[tokens[next]] == .subject
        || Self.breakGroups[tokens[next]] == .pronoun && !tokens[next].is(.its)
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

  /// The words `isBreak` decides on, by group.
  private static let breakGroups = WordMap<BreakGroup>(
    [
      ("and", .conjunction), ("so", .conjunction), ("or", .conjunction), ("but", .conjunction),
      ("then", .conjunction), ("&", .conjunction), ("plus", .conjunction),
      // "free cuts for homeless people n hes gonna do one": chat's "n" is "and" (tuning 41's
      // ce028 printed "homeless people n."); "Pick n Pay" has no clause after it.
      ("n", .conjunction), ("every", .every),
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
}
