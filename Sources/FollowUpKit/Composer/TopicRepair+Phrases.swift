/// Noun phrases made whole where a topic was cut out of a clause.
///
/// The finder cuts a topic from what was said, and a cut after the subject leaves a bare verb
/// ("they just win the rebrand" -> "win the rebrand", "they're starting to roast their own beans"
/// -> "roast your own beans"), which no frame fits: "our conversation about win the rebrand". As
/// a gerund the same words are a thing ("winning the rebrand"), which every noun-phrase frame
/// takes, and which adds no tense, subject or claim of its own. Likewise a thing after a gerund
/// or a phrasal verb that lost its article ("opening second shop", "setting up new team") takes
/// "a": the thing is new to the reader of the words, and one is all that was said. A topic
/// opening on a bare "first" before a thing and what places it ("first practice in the county
/// to get a CT scanner") takes "the", which a superlative always has.
extension TopicRepair {
  /// The topic with a bare verb opening it said as a gerund, and the article put back after a
  /// gerund or a phrasal verb's particle; itself when neither applies.
  static func phrasesMended(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    guard words.count >= 2 else { return text }
    if let gerund = bareVerbGerund(words) { words[0] = gerund }
    if words.count >= 3, words[0] == "first", words[1].first?.isLowercase == true,
      ["in", "to", "of"].contains(words[2].lowercased())
    {
      words.insert("the", at: 0)
    }
    // "starting music therapy program with ...": a gerund opening the topic before a bare
    // thing always counted.
    if words.count >= 3, followsVerb(words, at: 1), let end = headEnd(words, from: 1), end > 1,
      end - 1 <= 3, bareThing(words[1..<end])
    {
      words.insert(article(before: words[1]), at: 1)
    }
    // "the new contract from supermarket in January", "a grant for soil microbiome
    // project": a counted thing with no article after a preposition, with up to two words
    // describing it.
    var at = 1
    while at + 1 < words.count {
      if ["from", "with", "for", "to", "at"].contains(words[at].lowercased()),
        let end = headEnd(words, from: at + 1), end > at + 1, end - at - 1 <= 3,
        bareThing(words[(at + 1)..<end])
      {
        words.insert(article(before: words[at + 1]), at: at + 1)
        at += 2
        continue
      }
      at += 1
    }
    var index = 1
    while index + 1 < words.count {
      // "new staff", "new software": only a thing always counted, or any thing after an
      // ordinal ("second"), is missing its article.
      if bareAdjectives.contains(words[index]), followsVerb(words, at: index),
        let headEnd = headEnd(words, from: index + 1), headEnd > index + 1,
        isOrdinal(words[index])
          || PointCheck.countNouns.contains(words[headEnd - 1].lowercased().trimming(",.;:"))
      {
        words.insert(article(before: words[index]), at: index)
        index += 2
        continue
      }
      index += 1
    }
    return words.joined(separator: " ")
  }

  /// "win" in "win the rebrand ...": a lower-case word opening the topic straight before a
  /// determiner can only be a verb (a noun phrase never puts a word before its own
  /// determiner, save the quantities "all the", "half the"), said as its gerund. Nil when the
  /// first word is not such a verb, or its gerund cannot be spelled for certain.
  static func bareVerbGerund(_ words: [String]) -> String? {
    guard words.count >= 3, let first = words.first, first.first?.isLowercase == true,
      first.allSatisfy({ $0.isASCII && $0.isLetter }), first.count >= 3,
      verbObjectStarts.contains(words[1].lowercased())
    else { return nil }
    let lower = first.lowercased()
    if TopicGrammar.subjects.contains(lower) || TopicGrammar.determiners.contains(lower)
      || TopicGrammar.whWords.contains(lower) || prepositions.contains(lower)
      || quantities.contains(lower) || notVerbs.contains(lower) || isOrdinal(lower)
      // "lol your ...": a chat word is no verb.
      || InterestReader.chatFillers.contains(lower) || InterestReader.clauseFillers.contains(lower)
    {
      return nil
    }
    // "-ing" already, a third person's "-s", a past "-ed" or an adverb: not a bare verb.
    if VouchedTopic.isIngForm(lower) || lower.hasSuffix("ed") || lower.hasSuffix("ly")
      || lower.hasSuffix("s") && !lower.hasSuffix("ss")
    {
      return nil
    }
    return gerund(of: lower)
  }

  /// Words that open a verb's object, after which the word before is a verb.
  static let verbObjectStarts: Set<String> = [
    "the", "a", "an", "your", "their", "our", "its", "his", "her", "this", "these", "those",
    "more",
  ]

  /// Words that stand before a determiner without being verbs: "all the", "half the", "both
  /// the", "just the", "only the", "even the".
  static let notVerbs: Set<String> = [
    "half", "both", "just", "only", "even", "also", "then", "than", "not", "once", "twice",
    "plus", "like", "such", "what", "quite", "rather", "nearly", "almost", "about", "despite",
    "except", "unlike", "beneath", "amid", "amongst", "versus", "per", "via", "re", "either",
    "neither", "whether", "if", "so", "yet", "but", "and", "or", "nor", "because", "since",
    "until", "unless", "while", "whilst", "though", "although",
  ]

  /// "win" -> "winning", "roast" -> "roasting", "make" -> "making", "open" -> "opening": the
  /// "-ing" form by the spelling rules. A final consonant is doubled only in a word of one
  /// syllable ending consonant-vowel-consonant, where the rule has no exceptions to guess at.
  static func gerund(of verb: String) -> String? {
    let letters = Array(verb)
    guard letters.count >= 2 else { return nil }
    func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }
    if verb.hasSuffix("ie") { return String(verb.dropLast(2)) + "ying" }
    if verb.hasSuffix("ee") || verb.hasSuffix("ye") || verb.hasSuffix("oe") { return verb + "ing" }
    if verb.hasSuffix("e") { return String(verb.dropLast()) + "ing" }
    let groups = zip(letters, [" "] + letters.dropLast()).filter { isVowel($0) && !isVowel($1) }
      .count
    let count = letters.count
    if groups == 1, count >= 3, !isVowel(letters[count - 1]), !"wxy".contains(letters[count - 1]),
      isVowel(letters[count - 2]), !isVowel(letters[count - 3])
    {
      return verb + String(letters[count - 1]) + "ing"
    }
    return verb + "ing"
  }

  /// Whether the adjective at `index` stands straight after a gerund ("opening second shop")
  /// or after a phrasal verb's particle ("setting up new team"), where a thing needs its
  /// article.
  static func followsVerb(_ words: [String], at index: Int) -> Bool {
    func isGerund(_ word: String) -> Bool {
      let lower = word.lowercased()
      return lower.hasSuffix("ing") && lower.count > 4 && lower.allSatisfy(\.isLetter)
        && ![
          "during", "thing", "something", "anything", "nothing", "everything", "morning",
          "evening", "building", "ceiling", "spring",
        ].contains(lower)
    }
    let before = words[index - 1]
    if isGerund(before) { return true }
    return index >= 2 && particles.contains(before.lowercased()) && isGerund(words[index - 2])
  }

  /// Whether the words are a thing always counted standing with no article: lower case, no
  /// determiner, quantity or number first, and a counted noun as the head.
  private static func bareThing(_ words: ArraySlice<String>) -> Bool {
    guard let first = words.first?.lowercased(), let head = words.last?.lowercased(),
      words.allSatisfy({ $0.first?.isLowercase == true && $0.allSatisfy(\.isLetter) })
    else { return false }
    return !TopicGrammar.determiners.contains(first) && !quantities.contains(first)
      && !bareAdjectives.contains(first) && !isOrdinal(first)
      && PointCheck.countNouns.contains(head)
  }

  /// "an" before a word that opens with a, e, i or o ("an old phone system"), else "a". A
  /// word opening with "u" takes "a" ("a unit", "a uniform"), as most do.
  static func article(before word: String) -> String {
    guard let first = word.lowercased().first else { return "a" }
    return "aeio".contains(first) ? "an" : "a"
  }

  /// The particles of phrasal verbs: "setting up", "rolling out", "bringing in".
  static let particles: Set<String> = ["up", "out", "in", "on", "off", "over", "back", "down"]

  /// Where the thing that starts at `start` ends: before its first preposition or comma, or
  /// at the topic's end.
  private static func headEnd(_ words: [String], from start: Int) -> Int? {
    guard start < words.count, words[start].first?.isLowercase == true else { return nil }
    var end = start
    while end < words.count, !prepositions.contains(words[end].lowercased()),
      !["and", "or", "but", "so", "which", "that"].contains(words[end].lowercased())
    {
      if words[end].hasSuffix(",") { return end + 1 }
      end += 1
    }
    return end
  }
}
