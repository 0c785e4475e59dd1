/// Whether the subject of a clause inside the point has the determiner a singular thing needs.
extension VouchedPoint {
  /// "I know how hard kids haircut is", "he says Hull depot was busy", "and network there is bad": a
  /// subject whose head is a singular thing one counts, with no determiner before it, where a
  /// clause opens. English says "a kid's haircut", "the Hull depot", "the network"; no repair
  /// knows which, so the point is held back. Mass nouns, "-ing" forms, plurals and a
  /// capitalised head (a name) stand bare and pass, and so does the sentence's opening
  /// subject, where a name or a field cannot be told from a thing.
  static func bareSubject(_ words: [String], _ original: [String]) -> String? {
    for verb in words.indices.dropFirst() where singularVerbs.contains(words[verb]) {
      var end = verb
      // "Network there is horrible": a place word between the subject and its verb.
      if end > 0, ["there", "here"].contains(words[end - 1]) { end -= 1 }
      var start = end
      while start > 0, isContentWord(words[start - 1], original[start - 1]) { start -= 1 }
      guard start < end else { continue }
      // The phrase must open a clause: a determiner, an owner or a verb before it governs it.
      if start > 0 {
        // "damp and mould is my thing": "and" after a bare thing joins two things into one
        // subject (a mass of them), and opens no clause. The thing before "and" must be bare
        // too, opening its clause: "I was a courier and loading bay was always full" joins
        // two clauses.
        if words[start - 1] == "and", start >= 2,
          isContentWord(words[start - 2], original[start - 2])
        {
          var first = start - 2
          while first > 0, isContentWord(words[first - 1], original[first - 1]) { first -= 1 }
          let opens =
            first == 0 || clauseOpeners.contains(words[first - 1])
            || original[first - 1].last.map({ ",;:".contains($0) }) == true
          if opens { continue }
        }
        guard
          clauseOpeners.contains(words[start - 1])
            || original[start - 1].last.map({ ",;:".contains($0) }) == true
        else { continue }
      }
      let head = words[end - 1]
      // "so relocation is no issue", "and desalination is ...": a process stands bare.
      guard PointGrammar.isSingularCount(head), !bareAbstractions.contains(head),
        !PointGrammar.abstractEndings.contains(where: head.hasSuffix),
        // "and mum is a nurse": a kin word used as a name.
        !["mum", "mam", "dad", "mom", "gran", "nan", "grandad", "grandma"].contains(head),
        original[end - 1].first?.isLowercase == true
      else { continue }
      // Opening the sentence, a word may be a name ("London is ...") and a compound a
      // material or a field ("Sodium ion is cheaper"): only a clause inside is read.
      if start == 0 { continue }
      let phrase = words[start..<end].joined(separator: " ")
      return "a singular subject \"\(phrase)\" with no determiner"
    }
    return nil
  }

  /// Forms of a verb that take a singular subject.
  private static let singularVerbs: WordSet = [
    "is", "was", "has", "isn't", "wasn't", "hasn't", "isn’t", "wasn’t", "hasn’t",
  ]

  /// Whether a word can stand in a bare noun phrase: letters, no word of the closed classes,
  /// no adverb in "-ly", no pronoun of "every" or "some".
  private static func isContentWord(_ word: String, _ typed: String) -> Bool {
    guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }),
      typed.last.map({ ",;:.!?".contains($0) }) != true, !Lexicon.stopwords.contains(word),
      !TopicRepair.prepositions.contains(word), !word.hasSuffix("ly")
    else { return false }
    return !["every", "some", "any", "no"].contains(where: word.hasPrefix)
  }

  /// Words that open a clause whose subject follows: conjunctions, "how" with its adjective,
  /// verbs of knowing whose object is a clause. Not "that", which is as often a determiner
  /// ("so that line is where I want to be").
  private static let clauseOpeners: WordSet = [
    "and", "but", "so", "because", "when", "if", "how", "why", "where", "since", "as",
    "while", "think", "know", "knew", "thought", "believe", "feel", "guess", "mean", "said", "says",
    "say",
  ]

  /// Singular nouns that stand bare as an abstraction: "family is everything".
  private static let bareAbstractions: WordSet = [
    "family", "trust", "respect", "love", "patience", "communication", "culture", "quality",
    "nature", "society", "religion", "faith", "hope", "fairness", "language", "honesty",
    "kindness", "empathy", "food", "nutrition", "sleep", "exercise",
  ]
}
