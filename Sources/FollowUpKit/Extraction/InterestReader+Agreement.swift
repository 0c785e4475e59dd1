/// Agreement slips in the person's point, mended only where the mending is certain.
///
/// A line typed fast or in a second language often misses the agreement between a subject and
/// its verb ("my trade test results was very good", "so long routes is exciting", "he make
/// Turkish coffee", "a practice that take seriously ..."). The note is sent in the person's
/// name, and a slip there reads as careless; but a changed word is a word they did not type, so
/// the verb is changed only when its subject is plain: a short noun phrase with no verb or
/// preposition of its own, ending on a regular plural, or "he"/"she"/"a thing that".
extension InterestReader {
  /// The words with each certain agreement slip mended.
  static func withAgreement(_ words: [String]) -> [String] {
    var words = words
    for index in words.indices {
      let word = words[index]
      let core = word.lowercased().trimming(",.!?;:")
      let tail = String(word.dropFirst(core.count))
      // "results was", "routes is": a plain plural subject.
      if let plural = pluralForms[core], index > 0, hasPluralSubject(words, before: index) {
        words[index] = plural + tail
        continue
      }
      // "he make", "a practice that take": a singular subject with the verb's plain form.
      if let third = thirdPerson(core), index > 0, hasSingularSubject(words, before: index) {
        words[index] = third + tail
      }
    }
    return words
  }

  private static let pluralForms: WordMap<String> = ["was": "were", "is": "are"]

  /// Whether the words before `index`, back to the clause's start, are a plain plural noun
  /// phrase: at most four words, none a verb, a preposition or a pronoun, the last a regular
  /// plural ("trade test results", "long routes").
  private static func hasPluralSubject(_ words: [String], before index: Int) -> Bool {
    var start = index
    while start > 0, index - start < 5 {
      let previous = words[start - 1]
      let lower = previous.lowercased().trimming(",.!?;:")
      if previous.hasSuffix(",") || previous.hasSuffix(".") || clauseJoiners.contains(lower) {
        break
      }
      start -= 1
    }
    let phrase = words[start..<index].map { $0.lowercased().trimming(",.!?;:") }
    guard !phrase.isEmpty, phrase.count <= 4, let head = phrase.last,
      let original = words[start..<index].last, original.first?.isLowercase == true,
      isRegularPlural(head)
    else { return false }
    // The clause must start here: at the line's start, after a comma or a joining word.
    let opensClause =
      start == 0 || words[start - 1].hasSuffix(",") || words[start - 1].hasSuffix(".")
      || clauseJoiners.contains(words[start - 1].lowercased())
    guard opensClause else { return false }
    return !phrase.contains { word in
      notInSubject.contains(word) || finiteVerbs.contains(word) || word.hasSuffix("ing")
        || word.hasSuffix("'s") || word.first?.isNumber == true
    }
  }

  /// "results", "routes", "crowns": a plural made with "s" from a longer word, not a word that
  /// merely ends in one ("news", "bus", "physics", "glass").
  private static func isRegularPlural(_ word: String) -> Bool {
    guard word.count >= 4, word.hasSuffix("s"), word.allSatisfy(\.isLetter) else { return false }
    let endings = ["ss", "us", "is", "ics", "ous", "ys"]
    return !endings.contains { word.hasSuffix($0) } && !pluralLookalikes.contains(word)
  }

  private static let pluralLookalikes: WordSet = [
    "news", "series", "species", "means", "maths", "lens", "whereas", "perhaps", "always",
    "sometimes", "towards", "afterwards", "besides", "thanks", "yes", "sales", "logistics",
    "diabetes", "measles", "mumps", "billiards", "darts", "headquarters", "works",
  ]

  /// Words that join clauses: a subject starts after them.
  private static let clauseJoiners: WordSet = [
    "so", "and", "but", "because", "as", "since", "while", "when", "if", "although", "though",
  ]

  /// Words that never stand in a plain subject: prepositions, pronouns, relatives.
  private static let notInSubject: WordSet = [
    "of", "in", "on", "at", "for", "with", "from", "to", "by", "about", "than", "that", "which",
    "who", "i", "you", "he", "she", "it", "we", "they", "this", "these", "those", "there",
    "here", "what", "all", "not", "no",
  ]

  /// The "-s" form of a common verb typed in its plain form, or nil.
  private static func thirdPerson(_ verb: String) -> String? {
    // A foreign word (`Token.isForeign`) is no English verb, and comparing it is slow.
    guard !Token.isForeign(verb) else { return nil }
    switch verb {
    case "have": return "has"
    case "do": return "does"
    case "go": return "goes"
    case "fix": return "fixes"
    case "teach": return "teaches"
    default: return plainVerbs.contains(verb) ? verb + "s" : nil
    }
  }

  private static let plainVerbs: WordSet = [
    "make", "take", "work", "say", "want", "need", "like", "love", "know", "run", "help",
    "cook", "drive", "live", "speak", "use", "play", "come", "care", "give", "build", "sell",
    "own", "grow", "bake", "sing", "write", "read", "look", "keep", "put", "treat", "train",
  ]

  /// "he make", "she run": a singular pronoun right before; "a practice that take", "a shop
  /// which sell": a relative after a singular noun with "a" or "an".
  private static func hasSingularSubject(_ words: [String], before index: Int) -> Bool {
    let previous = words[index - 1].lowercased()
    if ["he", "she"].contains(previous) { return true }
    guard ["that", "which", "who"].contains(previous), index >= 3 else { return false }
    let noun = words[index - 2].lowercased()
    guard noun.allSatisfy(\.isLetter), !noun.hasSuffix("s") else { return false }
    let article = (index - 4...index - 3).filter { $0 >= 0 }.map { words[$0].lowercased() }
    return article.contains("a") || article.contains("an")
  }

  /// "cooked on a parilla for 2 yrs ...": a clause opening on a past-tense action with no
  /// subject, as chat drops "I". Only before a preposition or a determiner, where the word is
  /// a verb and not a description ("based in", "interested in" describe, and stay).
  static func isSubjectlessPast(_ word: String, next: String) -> Bool {
    guard word.count >= 5, word.hasSuffix("ed"), word.allSatisfy(\.isLetter),
      !describingParticiples.contains(word)
    else { return false }
    return actionFollowers.contains(next)
  }

  private static let actionFollowers: WordSet = [
    "on", "in", "at", "for", "with", "a", "an", "the", "my", "our", "two", "three", "as",
    "abroad", "there", "here", "overseas",
  ]

  private static let describingParticiples: WordSet = [
    "based", "located", "interested", "involved", "excited", "qualified", "experienced",
    "skilled", "trained", "focused", "specialised", "specialized", "born", "raised", "situated",
    "called", "named", "known", "used", "tired", "bored", "surprised", "pleased", "delighted",
    "impressed", "inspired", "amazed", "obsessed", "hooked", "dedicated", "committed",
  ]
}
