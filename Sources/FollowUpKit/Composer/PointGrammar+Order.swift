/// Word order and clauses that stand alone: second-language shapes the blind judge of tuning
/// 12 faulted in pasted points ("In Spain we eat always like this", "we also try not use
/// chemicals", "Because my mum had COPD and ...").
///
/// Each is a question about where English puts a word, not about which words were used:
/// - an adverb of frequency goes before a lexical verb, not between it and its object ("we
///   eat always rice"; "I always eat rice"); after a form of "be" or a modal it follows
///   ("I am always", "I can always"), and at the clause's end it is fine ("I travel often");
/// - "not" after a verb that takes an infinitive needs "to" ("try not to use");
/// - a sentence that opens with a subordinating word ("Because ...", "When ...", "If ...")
///   needs a main clause of its own after the subordinate one, or it is a fragment.
extension PointGrammar {
  /// The first of these shapes in the sentence, or nil.
  static func orderDoubt(_ words: [String], _ original: [String]) -> String? {
    adverbInsideVerbPhrase(words, original) ?? notWithoutTo(words)
      ?? standaloneSubordinate(words, original)
  }

  // MARK: - An adverb between the verb and what follows it

  /// "we eat always like this", "I work also with kids", "they change often the towels": a
  /// subject pronoun, a lexical verb, then an adverb of frequency with more of the clause
  /// after it. After "be", "have" and the modals the adverb follows ("I was always"), so those
  /// verbs are not read; an adverb that ends the clause ("I travel often.") passes.
  private static func adverbInsideVerbPhrase(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst(2) where index + 1 < words.count {
      guard frequencyAdverbs.contains(words[index]),
        orderSubjects.contains(words[index - 2]),
        original[index - 1].last?.isLetter == true, original[index].last?.isLetter == true
      else { continue }
      let verb = words[index - 1]
      guard verb.allSatisfy(\.isLetter), !nonLexicalVerbs.contains(verb),
        !frequencyAdverbs.contains(verb), !verb.hasSuffix("ly")
      else { continue }
      // "I eat always." / "I eat always and ...": the adverb closes the clause.
      let next = words[index + 1]
      if ["and", "but", "so", "because", "when", "too"].contains(next) { continue }
      return "an adverb between the verb and its object (\"\(verb) \(words[index])\")"
    }
    return nil
  }

  /// Adverbs of frequency and focus that English puts before a lexical verb.
  private static let frequencyAdverbs: WordSet = [
    "always", "never", "usually", "often", "sometimes", "rarely", "seldom", "also", "already",
    "generally", "normally",
  ]

  /// Subjects after which the next word is the clause's verb.
  private static let orderSubjects: WordSet = ["i", "we", "they", "you", "he", "she"]

  /// Verbs an adverb of frequency follows in English: "be", "have" as an auxiliary, the
  /// modals, and the contracted forms.
  private static let nonLexicalVerbs: WordSet = [
    "am", "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did",
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "dont", "didnt",
    "cant", "wont", "not", "ve", "d", "ll", "m", "re", "get", "got",
  ]

  // MARK: - "not" with no "to"

  /// "we try not use chemicals", "I decided not go": "not" after a verb that takes an
  /// infinitive, followed by a verb with no "to". "I hope not." ends the clause and passes.
  private static func notWithoutTo(_ words: [String]) -> String? {
    for index in words.indices.dropFirst() where index + 1 < words.count {
      guard words[index] == "not", infinitiveVerbs.contains(words[index - 1]) else { continue }
      let next = words[index + 1]
      guard next != "to", next != "only", next.allSatisfy(\.isLetter),
        !Lexicon.stopwords.contains(next) || ["do", "go", "get", "say"].contains(next)
      else { continue }
      return "\"\(words[index - 1]) not\" with no \"to\" (\"not \(next)\")"
    }
    return nil
  }

  /// Verbs that take "to" and an infinitive, in every form a point types.
  private static let infinitiveVerbs: WordSet = [
    "try", "tries", "tried", "trying", "decide", "decided", "want", "wanted", "wants", "plan",
    "planned", "choose", "chose", "learn", "learned", "learnt", "manage", "managed", "promise",
    "promised", "prefer", "preferred", "agree", "agreed", "aim", "seem", "seemed",
  ]

  // MARK: - A subordinate clause standing alone

  /// "Because my mum had COPD and if there was something like that she would not have been
  /// admitted.", "When I was little.", "If I get the chance to work there.": a sentence that
  /// opens with a subordinating word and has no main clause after it. A comma closing the
  /// clause is read as the main clause following ("Because my mum had COPD, I know ...");
  /// with none, "because" opens a fragment, and the others need a second subject after their
  /// own ("When we arrived we didn't know ...").
  private static func standaloneSubordinate(_ words: [String], _ original: [String]) -> String? {
    guard let first = words.first, openers.contains(first), words.count >= 3,
      words[1] != "of"
    else { return nil }
    // A comma closes the subordinate clause: what follows it is the main one, whatever its
    // subject ("If the test went well, a phone interview follows").
    if original.dropLast().contains(where: { $0.hasSuffix(",") }) { return nil }
    if first == "because" || first == "cause" {
      return "a clause opened by \"\(first)\" with no main clause"
    }
    // "my dad", "our team" stand as a subject unless a verb or a preposition takes them as
    // its object ("When I visited my gran").
    let subjects = words.indices.dropFirst().filter { index in
      if clauseSubjects.contains(words[index]) { return true }
      guard possessiveSubjects.contains(words[index]) else { return false }
      let previous = words[index - 1]
      return original[index - 1].hasSuffix(",")
        || !(TopicRepair.prepositions.contains(previous) || previous.hasSuffix("ed")
          || objectTakers.contains(previous))
    }.count
    return subjects >= 2 ? nil : "a clause opened by \"\(first)\" with no main clause"
  }

  /// Words that open a subordinate clause at a sentence's start.
  private static let openers: WordSet = [
    "because", "cause", "when", "if", "although", "though", "while", "whereas", "unless",
    "whenever",
  ]

  /// Words that stand as a clause's subject: pronouns, their contractions, and "there".
  private static let clauseSubjects: WordSet = [
    "i", "we", "they", "you", "he", "she", "it", "there", "i'm", "i've", "i'd", "i'll",
    "we're", "we've", "they're", "it's", "there's", "he's", "she's", "that's", "i’m", "i’ve",
    "i’d", "it’s", "we’re", "they’re", "people", "everyone", "nobody", "someone",
  ]

  /// Possessives that open a subject's noun phrase ("my mum had COPD").
  private static let possessiveSubjects: WordSet = ["my", "our", "his", "their"]

  /// Irregular verbs that take a possessive's phrase as their object ("when I met my wife").
  private static let objectTakers: WordSet = [
    "saw", "met", "took", "got", "had", "lost", "left", "made", "did", "found", "sold", "bought",
    "see", "meet", "take", "get", "have", "lose", "leave", "make", "do", "find", "help", "visit",
    "was", "were", "is", "are", "became", "become",
  ]
}
