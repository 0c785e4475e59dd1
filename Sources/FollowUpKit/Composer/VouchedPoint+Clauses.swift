/// Whether the clauses of a point are put together as written English puts them: a verb
/// after a wish takes "to", a subject stands before its verb, and two sentences are not
/// joined by a comma.
extension VouchedPoint {
  /// "I want learn cryo-EM", "we like talk with people", "I'd love join": a verb of wanting or
  /// trying followed straight by a plain verb, where English needs "to" between ("want to
  /// learn"). The first verb must follow its subject ("people like talk shows" is a
  /// preposition), and the second must be a verb no one reads as a noun ("need help" and
  /// "love work" are objects).
  static func bareVerbChain(_ words: [String]) -> String? {
    for index in words.indices.dropFirst().dropLast()
    where wishVerbs.contains(words[index]) && chainedVerbs.contains(words[index + 1]) {
      let before = words[index - 1]
      guard chainSubjects.contains(before) else { continue }
      return "\"\(words[index]) \(words[index + 1])\" with no \"to\""
    }
    return nil
  }

  /// Verbs of wanting, liking or trying, which take "to" before another verb.
  private static let wishVerbs: WordSet = [
    "want", "wants", "wanted", "need", "needs", "needed", "like", "likes", "liked", "love",
    "loves", "loved", "hope", "hopes", "hoped", "plan", "plans", "planned", "try", "tries",
    "tried", "decide", "decided", "prefer", "prefers", "preferred", "wish", "wished", "hate",
    "learned", "learnt", "expect", "expected", "agree", "agreed", "promise", "promised",
  ]

  /// Plain verbs that are seldom a noun, so that after a verb of wanting they are a verb.
  private static let chainedVerbs: WordSet = [
    "learn", "talk", "go", "come", "make", "take", "get", "speak", "become", "see", "do", "be",
    "build", "bring", "buy", "teach", "study", "write", "visit", "meet", "join", "grow",
    "travel", "understand", "find", "give", "improve", "develop", "open", "move", "keep",
    "live", "eat", "drive", "cook", "share", "apply", "contribute", "become", "continue",
    "try", "stay", "lead", "manage", "explore", "gain", "know", "sell", "serve",
  ]

  /// Words after which a verb of wanting is a verb: its subject, a modal, or an adverb.
  private static let chainSubjects: WordSet = [
    "i", "we", "they", "you", "he", "she", "would", "i'd", "we'd", "i’d", "we’d", "really",
    "always", "also", "still", "just", "never", "to", "will", "i'll", "i’ll", "do", "don't",
    "don’t", "didn't", "didn’t", "sons", "children", "kids", "people",
  ]

  /// "more I like to talk with people", "very I enjoy it", "always I wanted": a word of degree
  /// or frequency opening a clause before its subject and verb. English puts it after the
  /// subject ("I like ... more", "I have always wanted"); before the subject it is a
  /// second-language order. "Also I ..." and "Still I ..." are English, and pass.
  static func frontedDegree(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropLast(2) where frontedWords.contains(words[index]) {
      let opensClause =
        index == 0 || ["and", "but", "so", "because"].contains(words[index - 1])
        || original[index - 1].last.map({ ",;:".contains($0) }) == true
      guard opensClause, ["i", "we", "they", "he", "she"].contains(words[index + 1]) else {
        continue
      }
      let verb = words[index + 2]
      guard verb.allSatisfy(\.isLetter), !Lexicon.stopwords.contains(verb) || verb == "like"
      else { continue }
      return "\"\(words[index]) \(words[index + 1]) \(verb)\": the subject after a word of degree"
    }
    return nil
  }

  /// Words of degree or frequency that English never puts before a clause's subject.
  private static let frontedWords: WordSet = [
    "more", "most", "much", "very", "always", "mostly", "especially", "often", "usually",
  ]

  /// "Network there is horrible, half the time they can't pay": after a comma, a phrase of
  /// time or place and then a subject with its verb, while the part before the comma is a
  /// whole clause: two sentences joined by a comma, found wherever the second subject stands
  /// in its first few words. A word that joins ("and", "which", "so", "especially") after the
  /// comma makes it one sentence.
  static func commaSplice(_ words: [String], _ original: [String]) -> String? {
    guard let first = words.first, !spliceOpeners.contains(first) else { return nil }
    var clauseStart = 0
    for comma in words.indices.dropLast() where original[comma].hasSuffix(",") {
      let left = Array(words[clauseStart...comma])
      clauseStart = comma + 1
      guard PointGate.hasFiniteVerb(left) else { continue }
      let right = Array(words[(comma + 1)...].prefix(6))
      guard let opening = right.first, !spliceJoins.contains(opening) else { continue }
      if nounSubjectClause(Array(words[(comma + 1)...].prefix(10))) {
        return "two sentences joined by a comma"
      }
      for position in right.indices.dropLast() where position <= 3 {
        guard ["i", "we", "they", "he", "she", "it", "you"].contains(right[position]) else {
          continue
        }
        // "..., I think.", "..., it seems": an aside closing the sentence, not a second one.
        if position == 0, comma + 3 >= words.count { break }
        let verb = right[position + 1]
        if spliceVerbs.contains(verb) || verb.hasSuffix("n't") || verb.hasSuffix("n’t")
          || (verb.count >= 4 && verb.hasSuffix("ed"))
        {
          return "two sentences joined by a comma"
        }
        break
      }
    }
    return nil
  }

  /// Whether the words after a comma open a clause on a subject of its own that is a thing,
  /// possibly after a phrase of place or time: "..., in my previous job the night checks
  /// were waking them" (tuning 44's ck027 printed it as one sentence). A determiner opens the
  /// subject, one to three words name it, and a be-verb or an auxiliary follows; the
  /// determiner of a preposition's own object ("in my previous job") opens none.
  private static func nounSubjectClause(_ right: [String]) -> Bool {
    let determiners: Set<String> = ["the", "my", "our", "their", "his", "her", "your"]
    let finite: Set<String> = [
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    ]
    var index = 0
    if let first = right.first, TopicRepair.prepositions.contains(first) {
      // Past the preposition's own object, which opens on a determiner: on to the next
      // determiner, no further than the fifth word.
      index = 1
      guard index < right.count, determiners.contains(right[index]) else { return false }
      index += 1
      while index < right.count, index <= 4, !determiners.contains(right[index]) { index += 1 }
    }
    guard index < right.count, determiners.contains(right[index]) else { return false }
    let noun = right[(index + 1)...].prefix(4)
    guard let verb = noun.firstIndex(where: finite.contains), verb > index + 1 else {
      return false
    }
    return right[(index + 1)..<verb].allSatisfy {
      $0.allSatisfy(\.isLetter) && !TopicRepair.prepositions.contains($0)
        && !Lexicon.stopwords.contains($0)
    }
  }

  /// Words that open a sentence whose first part is subordinate: its comma ends that part.
  private static let spliceOpeners: WordSet = [
    "when", "if", "because", "although", "though", "since", "after", "before", "as", "while",
    "once", "whenever", "until", "unless", "growing", "having", "being", "like", "whether",
  ]

  /// Words after a comma that join what follows to the clause before.
  private static let spliceJoins: WordSet = [
    "and", "but", "or", "so", "because", "which", "who", "whom", "whose", "where", "when",
    "while", "as", "though", "although", "since", "if", "unless", "until", "especially",
    "including", "like", "not", "plus", "yet", "whether", "even", "that", "what", "how",
    "mainly", "mostly", "particularly", "just", "only", "after", "before",
  ]

  /// Finite verbs right after a subject that show a clause: "be", "have", the modals, common
  /// verbs.
  private static let spliceVerbs: WordSet = [
    "am", "is", "are", "was", "were", "have", "has", "had", "can", "could", "will", "would",
    "should", "must", "might", "may", "do", "does", "did", "go", "get", "got", "need", "want",
    "love", "like", "know", "think", "make", "made", "use", "pay", "work", "live", "lost",
    "took", "came", "went", "felt", "spent", "never", "always", "still", "just", "also",
  ]
}
