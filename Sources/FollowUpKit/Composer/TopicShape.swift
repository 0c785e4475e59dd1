/// Whether a topic reads as a whole phrase of written English in the frame its form chooses.
///
/// `TopicGrammar` decides the frame: a noun phrase after "about", a clause after "hearing
/// that". The blind judges found topics that fit neither: a verb phrase cut from its subject
/// ("begin selling sourdough wholesale", "also mention idempotency if possible", "says your
/// your first wan"), chat spellings ("id travel to Dublin sites", "thats"), a clause missing
/// its auxiliary ("you going to put new robots ...") or its subject's article ("shopping centre
/// is putting ..."), and a clause ending on a conjunction with no verb after it ("... because
/// no interpreter"). Each is a shape of grammar, not a sentence to patch: a noun phrase must
/// open as one (a determiner, a possessive, a number, a name, a wh-word, an "-ing" form or a
/// describing word, never an adverb or a verb with its object after it), and a clause must
/// have a subject that stands alone, a finite verb and a whole complement. A topic that fails
/// is not offered (`TopicGate`); the next candidate is, or the question is asked again.
///
/// ```swift
/// TopicShape.problem("says your your first wan")  // "a word doubled"
/// TopicShape.problem("your move to SAP S/4HANA")  // nil
/// ```
enum TopicShape {
  /// Whether a word typed twice in a row is a slip ("that that", "your your", "project
  /// project"), not a word made by saying one twice: "boda boda" (tuning 29's bg004, a
  /// motorbike taxi), "tuk tuk", "mahi mahi". A short word English never uses alone twice, that
  /// is no grammar word nor a describing one, is such a word of its own.
  static func isSlipDoubled(_ word: String) -> Bool {
    let plain = word.lowercased()
    guard plain.first?.isLetter == true else { return false }
    return plain.count > 4 || Lexicon.stopwords.contains(plain)
      || VouchedTopic.function.contains(plain) || TopicArticles.adjectives.contains(plain)
      || TopicGrammar.subjects.contains(plain)
  }

  /// What keeps the topic from parsing as a noun phrase or a whole clause, or nil.
  static func problem(_ topic: String) -> String? {
    let original = topic.split(separator: " ").map(String.init)
    let words = original.map {
      $0.lowercased().replacingOccurrencesOf("\u{2019}", with: "'").trimming(",.!?;:()\"")
    }
    guard let first = words.first else { return nil }
    if let chat = words.first(where: chatSpellings.contains) {
      return "a chat spelling \"\(chat)\""
    }
    // "id travel to ...": "I'd" without its apostrophe or capital, opening the topic.
    if first == "id", words.count > 1 { return "a chat spelling \"id\"" }
    for index in words.indices.dropFirst()
    where words[index] == words[index - 1] && isSlipDoubled(words[index]) {
      return "a word doubled (\"\(words[index]) \(words[index])\")"
    }
    if let fragment = verblessSubordinate(words) { return fragment }
    // "you were very excited about": a phrase cut before its object.
    // "the nurture room you're setting up": a verb's particle closing a relative clause is
    // whole, its object the thing the clause describes.
    let closesRelative =
      words.count > 3 && VouchedTopic.particles.contains(words[words.count - 1])
      && VouchedTopic.isIngForm(words[words.count - 2])
      && ["you're", "they're", "we're"].contains(words[words.count - 3])
    if let last = words.last, words.count > 1, TopicRepair.prepositions.contains(last),
      !closesRelative
    {
      return "a preposition with nothing after it (\"\(last)\")"
    }
    // "you said shopping centre is ...", "the dean said you're opening ...": the saying is
    // not the thing said, and what follows it was never turned to the note's grammar.
    // "the program you mentioned for new players" is a thing: a preposition after the verb.
    if let report = words.indices.dropFirst().first(where: { reportingVerbs.contains(words[$0]) }),
      report + 1 < words.count, !TopicRepair.prepositions.contains(words[report + 1])
    {
      return "a report of what was said (\"\(words[report])\")"
    }
    switch TopicGrammar.form(of: topic) {
    case .nounPhrase: return nounPhraseProblem(words, original)
    case .clause: return clauseProblem(words, original)
    }
  }

  /// A noun phrase never opens on an adverb ("also mention ...") nor on a verb in "-s" with
  /// its object after it ("says your ...", "includes the ...").
  private static func nounPhraseProblem(_ words: [String], _ original: [String]) -> String? {
    guard let first = words.first else { return nil }
    if adverbOpeners.contains(first) { return "an adverb opening a thing (\"\(first)\")" }
    // "18 month job": a number before a singular head is a measure, and the phrase still
    // needs its article ("an 18-month job"); "20 new beds" counts a plural.
    let headIndex =
      (words.firstIndex { TopicGrammar.nounPhraseEnders.contains($0) } ?? words.count) - 1
    if first.allSatisfy(\.isNumber), headIndex >= 1, !words[headIndex].hasSuffix("s"),
      original[headIndex].first?.isLowercase == true
    {
      return "a number before a singular thing with no article"
    }
    if words.count >= 2, first.count >= 4, first.hasSuffix("s"), !first.hasSuffix("ss"),
      original[0].first?.isLowercase == true,
      objectOpeners.contains(words[1])
    {
      return "a verb opening a thing (\"\(first)\")"
    }
    return nil
  }

  /// A clause has a subject that stands alone and a finite verb: "you going to put" has no
  /// auxiliary, "shopping centre is putting" no article before a singular subject.
  private static func clauseProblem(_ words: [String], _ original: [String]) -> String? {
    guard let first = words.first else { return nil }
    // "you're opening" holds its auxiliary; "you going" has none.
    if ["you", "we", "they", "she", "he", "it", "i"].contains(first), words.count > 1,
      words[1].hasSuffix("ing"), words[1].count > 4
    {
      return "a clause with no auxiliary (\"\(first) \(words[1])\")"
    }
    guard let verb = words.firstIndex(where: TopicGrammar.auxiliaries.contains), verb > 0 else {
      return nil
    }
    let subject = words[..<verb]
    let opensAlone =
      TopicGrammar.subjects.contains(first) || TopicGrammar.determiners.contains(first)
      || quantifiers.contains(first) || TopicGrammar.clauseOpeners.contains(first)
      || first.first?.isNumber == true || original[0].first?.isUppercase == true
      || first.hasSuffix("'s")
    // "staff will learn", "training starts": a collective noun or an "-ing" form stands as
    // a subject with no article, as a plural does.
    if !opensAlone, let head = subject.last, !head.hasSuffix("s"), !head.hasSuffix("ing"),
      !collectiveNouns.contains(head)
    {
      return "a singular subject with no article (\"\(subject.joined(separator: " "))\")"
    }
    return nil
  }

  /// "... because no interpreter": a conjunction that opens a clause, followed to the end by
  /// words with no subject and no verb.
  private static func verblessSubordinate(_ words: [String]) -> String? {
    guard let index = words.firstIndex(where: subordinators.contains), index > 0,
      index + 1 < words.count, words[index + 1] != "of"
    else { return nil }
    let rest = words[(index + 1)...]
    let hasVerb = rest.contains { word in
      TopicGrammar.subjects.contains(word) || TopicGrammar.auxiliaries.contains(word)
        || TopicGrammar.finiteMarkers.contains(word) || word.hasSuffix("ed")
        || word.hasSuffix("n't")
    }
    return hasVerb ? nil : "\"\(words[index])\" with no clause after it"
  }

  /// Nouns that stand as a subject with no article: collectives and irregular plurals.
  private static let collectiveNouns: Set<String> = [
    "staff", "people", "children", "everyone", "everybody", "management", "police", "men",
    "women", "crew", "workforce", "personnel", "security", "parking", "funding", "money",
  ]

  /// Verbs that report what someone said.
  private static let reportingVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "mentioned", "reckons", "reckoned",
  ]

  /// Words spelled as chat: a contraction without its apostrophe.
  static let chatSpellings: Set<String> = [
    "thats", "im", "ive", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "wasnt", "arent",
    "theyre", "youre", "theyve", "whats", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt",
    "weve", "theyll", "youll",
  ]

  /// Adverbs that open an instruction or a verb phrase, never a thing.
  private static let adverbOpeners: Set<String> = [
    "also", "just", "still", "really", "even", "then", "maybe", "actually", "basically",
  ]

  /// Words that open a verb's object: after a word in "-s" they make it a verb.
  private static let objectOpeners: Set<String> = [
    "your", "their", "its", "the", "a", "an", "our", "his", "her", "my", "that", "this",
  ]

  /// Words that count a subject, which then needs no article: "many drivers", "all staff".
  private static let quantifiers: Set<String> = [
    "many", "most", "some", "all", "every", "each", "several", "few", "more", "both", "no",
    "any", "these", "those", "that", "this",
  ]

  /// Conjunctions that open a clause of their own.
  private static let subordinators: Set<String> = ["because", "although", "though", "unless"]
}
