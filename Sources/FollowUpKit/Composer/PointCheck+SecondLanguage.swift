/// Shapes of English typed in a second language that a note cannot paste: each is a sentence
/// a careful writer would word otherwise, and rewording it would put words in the person's
/// mouth, so the point is held back (see `PointCheck`).
extension PointCheck {
  /// The first second-language shape in the sentence, or nil: an emphatic "itself" or "only"
  /// closing a clause after a time or a place ("last month itself", "from Pune only"); a
  /// singular subject of the person's own with a verb that does not agree ("my uncle work in
  /// ..."); an adverb of frequency between a verb and what follows it ("we cook always with").
  static func secondLanguageShape(_ words: [String], _ original: [String]) -> String? {
    emphaticTag(words, original) ?? agreementSlip(words, original) ?? adverbAfterVerb(words)
  }

  /// "last month itself", "from Kerala only": "itself" or "only" ending a clause straight
  /// after a time word or a name. Standard English puts "only" before what it limits and uses
  /// "itself" of a thing ("the job itself"), never of a time or a place.
  private static func emphaticTag(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() where ["itself", "only"].contains(words[index]) {
      let endsClause =
        index + 1 == words.count || original[index].last.map { ",.;:!?".contains($0) } == true
        || clauseJoins.contains(words[index + 1])
      guard endsClause else { continue }
      let previous = original[index - 1]
      let isName =
        index >= 2 && previous.first?.isUppercase == true
        && !previous.hasSuffix(".")
      if timeWords.contains(words[index - 1]) || isName {
        return "an emphatic \"\(words[index])\" after a time or a place"
      }
    }
    return nil
  }

  /// Words of time an emphatic tag follows: "last month itself", "today only".
  private static let timeWords: WordSet = [
    "today", "yesterday", "tomorrow", "now", "day", "week", "month", "year", "morning",
    "evening", "night", "tonight", "weekend",
  ]

  /// "my uncle work in oil and gas", "she teach maths": a subject of one person (he, she, or
  /// "my"/"his"/"her" and one noun, opening a clause) with a verb in its bare form. Not after
  /// "let", "make", "saw" or any word before the subject, where a bare verb is right ("I saw my
  /// uncle work"), and not a plural noun ("my parents work").
  private static func agreementSlip(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices {
      let opensClause =
        index == 0 || original[index - 1].last.map { ",;:".contains($0) } == true
        || clauseJoins.contains(words[index - 1])
      guard opensClause else { continue }
      var verb: Int?
      if ["he", "she"].contains(words[index]) {
        verb = index + 1
      } else if ["my", "his", "her"].contains(words[index]), index + 2 < words.count,
        !words[index + 1].hasSuffix("s"), words[index + 1].allSatisfy(\.isLetter),
        !TopicGrammar.determiners.contains(words[index + 1])
      {
        verb = index + 2
      }
      // "my morning run keeps me sane": a verb after the bare form makes that form a noun.
      if let verb, verb < words.count, presentVerbs.contains(words[verb]),
        verb + 1 == words.count || !PointGrammar.isVerbAfterNoun(words[verb + 1])
      {
        return "a verb that does not agree with its subject"
      }
    }
    return nil
  }

  /// "we cook always with what the market has", "I go often to the gym": an adverb of
  /// frequency after a verb of action, where English puts it before the verb. A verb "be",
  /// "have", "do" or a modal may come first ("I was always", "I can never").
  private static func adverbAfterVerb(_ words: [String]) -> String? {
    for index in words.indices.dropFirst(2) where frequencyAdverbs.contains(words[index]) {
      let verb = words[index - 1]
      // "I think sometimes it's hard": an adverb before a clause qualifies all of it; only
      // one before the verb's own phrase ("with", "to the gym", "together") is misplaced.
      guard ["i", "we", "you", "they", "he", "she"].contains(words[index - 2]),
        verb.allSatisfy(\.isLetter), !auxiliaries.contains(verb), index + 1 < words.count,
        verbPhraseStarts.contains(words[index + 1])
      else { continue }
      return "an adverb of frequency after its verb"
    }
    return nil
  }

  /// "always", "often": adverbs that stand before a verb of action.
  private static let frequencyAdverbs: WordSet = [
    "always", "often", "usually", "never", "sometimes", "rarely", "seldom", "normally",
  ]

  /// Words that open a verb's own phrase: a preposition, an article, "together".
  private static let verbPhraseStarts: WordSet = [
    "with", "to", "in", "at", "on", "for", "from", "by", "into", "together", "the", "a", "an",
    "my", "our", "home", "out", "there",
  ]

  /// Verbs an adverb of frequency may follow: "be", "have", "do" and the modals.
  private static let auxiliaries: WordSet = [
    "am", "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did",
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "don't",
    "didn't", "can't", "won't", "i'm", "we're", "they're", "i've", "we've", "i'd", "really",
    "also", "just", "still",
  ]
}
