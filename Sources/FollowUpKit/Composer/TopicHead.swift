/// Whether a topic handed to a noun-phrase frame is a whole noun phrase, read beside the
/// person's words; and the whole phrase when it is not.
///
/// The blind judge of tuning 22 faulted a dozen topic sentences that every older check passed,
/// because each phrase was short or clipped rather than wrongly shaped: "to hear about
/// paperless" ("theyre going paperless next year"), "about very expensive", "the geothermal
/// heat" ("geothermal heat pumps"), "the bioplastic from seaweed together" (cut inside
/// "together with"), "a whole collection of ranch ledgers" (a quantity for a head), "cafe
/// upstairs" ("the cafe theyre opening upstairs"), "the rider welfare" ("rider welfare is the
/// main thing"). A noun phrase has a head noun, not cut from its compound; its determiner is
/// the one the discussion gave the same words (none for a mass noun said bare); a quantity or
/// container ("a whole collection of", "a lot of") is never its head; it never ends inside a
/// complex preposition. Each question is asked of grammar and of how the person said the
/// words, not of the words themselves.
///
/// ```swift
/// TopicHead.problem("the geothermal heat", source: "converting to geothermal heat pumps")
/// // "a compound cut before \"pumps\""
/// TopicHead.repaired("the geothermal heat", source: "converting to geothermal heat pumps")
/// // "the geothermal heat pumps"
/// ```
enum TopicHead {
  /// What is missing from the topic as a noun phrase, or nil.
  static func problem(_ topic: String, source: String) -> String? {
    fault(topic, Said(source))?.description
  }

  /// The topic made a whole noun phrase from the person's words, or nil when it is whole
  /// already or cannot be made one the other checks pass.
  static func repaired(_ topic: String, source: String) -> String? {
    let said = Said(source)
    // "damp and mould" of "the damp and mould taskforce": each repair may show the next one
    // (its head, then its determiner).
    var text = topic
    for _ in 0..<3 {
      guard let next = candidate(text, said), next != text else { return nil }
      text = next
      if fault(text, said) == nil { break }
    }
    // "the Welsh language rhyme time sessions" + "for babies": the head found, the phrase
    // goes on to its natural end as any topic does (`TopicCompletion`); tuning 34's bq004
    // kept "the Welsh language rhyme time", cut before its head.
    if text != topic, TopicPhraseCheck.problem(text, source: source) != nil,
      let completed = TopicCompletion.printable(text, source: source)
    {
      text = completed
    }
    guard text != topic, fault(text, said) == nil, TopicGate.problem(text) == nil,
      TopicPhraseCheck.problem(text, source: source) == nil
    else { return nil }
    return text
  }

  /// The whole phrase the fault points to, before the other checks read it.
  static func candidate(_ topic: String, _ said: Said) -> String? {
    guard let fault = fault(topic, said) else { return nil }
    var words = topic.split(separator: " ").map(String.init)
    switch fault {
    case .container(let index):
      // "a whole collection of ranch ledgers" is "the ranch ledgers".
      var rest = Array(words[(index + 2)...])
      if let first = rest.first, ["the", "a", "an"].contains(first.lowercased()) {
        rest.removeFirst()
      }
      words = ["the"] + rest
    case .compound(let end):
      // "the geothermal heat" + "pumps": on over the nouns that go on with it.
      var head = end
      while head < said.plain.count, head - end < 2, isNoun(said.plain[head]) {
        head += 1
        if said.stops[head - 1] { break }
      }
      words += said.words[end..<head].map { $0.trimming(",.;:!?") }
    case .complexPreposition:
      // "the bioplastic from seaweed together": the phrase ends before the preposition.
      words.removeLast()
    case .bare(let determiner):
      words.insert(determiner == "a" && startsWithVowel(words[0]) ? "an" : determiner, at: 0)
    case .article:
      words.removeFirst()
    case .adjective(let at):
      // "paperless" of "theyre going paperless next year": the employer's plan to become so.
      guard at >= 2, said.plain[at - 1] == "going",
        employerSubjects.contains(said.plain[at - 2])
      else { return nil }
      var end = at + 1
      while end < said.plain.count, end - at <= 3, !said.stops[end - 1],
        VouchedTopic.isTimeWord(said.plain[end])
          || ["next", "this", "by"].contains(said.plain[end])
      {
        end += 1
      }
      words = ["your", "plans", "to", "go"] + said.words[at..<end].map { $0.trimming(",.;:!?") }
    }
    return words.joined(separator: " ")
  }

  /// The topic itself when it is whole, else its repair, else the topic as it was (a typed
  /// topic the person chose stays theirs rather than being lost).
  static func whole(_ topic: String, source: String?) -> String {
    guard let source else { return topic }
    return repaired(topic, source: source) ?? topic
  }

  enum Fault: CustomStringConvertible {
    /// A quantity or container at `index` is the head ("a whole collection of").
    case container(Int)
    /// The source goes on with a noun at `end` that the head was cut from.
    case compound(end: Int)
    /// The topic ends on the first word of a complex preposition ("together" | "with").
    case complexPreposition(String)
    /// A singular thing with no determiner, where the discussion gave it `determiner`.
    case bare(determiner: String)
    /// "the" before words the discussion said bare, as a mass noun.
    case article
    /// An adjective (at `at` in the source, or -1) standing as the topic.
    case adjective(at: Int)

    var description: String {
      switch self {
      case .container: "a quantity as the head"
      case .compound: "a compound cut before its head"
      case .complexPreposition(let word): "cut inside a complex preposition (\"\(word)\")"
      case .bare(let determiner): "no determiner (the discussion said \"\(determiner)\")"
      case .article: "an article before a mass noun the discussion said bare"
      case .adjective: "an adjective as the topic"
      }
    }
  }

  /// The person's words as written, plain, and whether a mark ends each.
  struct Said {
    let words: [String]
    let plain: [String]
    let stops: [Bool]

    init(_ source: String) {
      words = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
      plain = words.map(TopicPhraseCheck.plain)
      stops = words.map { $0.last.map { ",.;:!?".contains($0) } ?? false }
    }

    /// Where `phrase` begins in the words, compared plain and contiguous; nil when it is not
    /// there.
    func start(of phrase: [String]) -> Int? {
      guard !phrase.isEmpty, plain.count >= phrase.count else { return nil }
      return (0...(plain.count - phrase.count)).first { start in
        phrase.indices.allSatisfy { plain[start + $0] == phrase[$0] }
      }
    }
  }

  static func fault(_ topic: String, _ said: Said) -> Fault? {
    let original = topic.split(separator: " ").map(String.init)
    let words = original.map(TopicPhraseCheck.plain)
    guard let first = words.first, let last = words.last,
      TopicGrammar.form(of: topic) == .nounPhrase
    else { return nil }
    // "a whole collection of ranch ledgers", "a lot of", "loads of": the quantity is no head.
    if let index = words.prefix(3).firstIndex(where: containers.contains),
      index + 2 < words.count, words[index + 1] == "of",
      words[..<index].allSatisfy({ determinerWords.contains($0) || sizes.contains($0) })
    {
      return .container(index)
    }
    // "very expensive": a degree adverb opens an adjective, never a thing.
    if degreeAdverbs.contains(first), words.count <= 3 { return .adjective(at: -1) }
    // "paperless" of "going paperless": one word the person said as what someone is or
    // becomes, with no noun after it.
    if words.count == 1, let at = said.plain.indices.first(where: { said.plain[$0] == first }),
      at > 0, linking.contains(said.plain[at - 1]) || degreeAdverbs.contains(said.plain[at - 1]),
      at + 1 == said.plain.count || said.stops[at]
        || !isNoun(said.plain[at + 1]) || VouchedTopic.isTimeWord(said.plain[at + 1])
    {
      return .adjective(at: at)
    }
    let content = Array(words.drop { determinerWords.contains($0) })
    if let start = said.start(of: content) {
      let end = start + content.count
      if end < said.plain.count, !said.stops[end - 1] {
        let next = said.plain[end]
        // "together" | "with": the first word of a preposition made of two.
        if let second = complexPrepositions[last], second.contains(next) {
          return .complexPreposition(last)
        }
        // "geothermal heat" | "pumps": a noun going on with a singular noun is the head.
        // A word in "-s" before an object ("battery range" | "changes which orders") is the
        // verb, not the head.
        let after = end + 1 < said.plain.count && !said.stops[end] ? said.plain[end + 1] : nil
        if content.count >= 2, !last.hasSuffix("s") || last.hasSuffix("ss"),
          said.words[end] == next, isNoun(next), !TopicPhraseCheck.bareVerbs.contains(next),
          after.map({ !isNoun($0) || $0 == "and" }) ?? true,
          !next.hasSuffix("s") || after.map({ !objectOpeners.contains($0) }) ?? true
        {
          return .compound(end: end)
        }
      }
      if start > 0, original[0] == words[0] {
        let before = said.plain[start - 1]
        // "cafe upstairs" where the person said "the cafe": the determiner the thing had.
        if !determinerWords.contains(first), !VouchedTopic.isIngForm(first),
          content.count <= 5,
          before == "the" || ["a", "an"].contains(before) && !last.hasSuffix("s")
        {
          return .bare(determiner: before == "an" ? "a" : before)
        }
        // "the rider welfare" where the person said "rider welfare is": a mass noun, bare.
        if first == "the", content.count >= 2, !last.hasSuffix("s"),
          start == 0 || linking.contains(before) || said.stops[start - 1]
            || ["said", "says", "about", "on"].contains(before),
          end < said.plain.count, ["is", "was"].contains(said.plain[end])
        {
          return .article
        }
      }
    } else if content.count >= 2, !determinerWords.contains(first), original[0] == first,
      !VouchedTopic.isIngForm(first),
      let at = said.plain.indices.first(where: { said.plain[$0] == first }), at > 0,
      said.plain[at - 1] == "the"
        || ["a", "an"].contains(said.plain[at - 1]) && !last.hasSuffix("s"),
      content.dropFirst().allSatisfy({ word in said.plain.dropFirst(at).contains(word) })
    {
      // "cafe upstairs" of "the cafe theyre opening upstairs": the thing as said, with its
      // determiner.
      return .bare(determiner: said.plain[at - 1] == "an" ? "a" : said.plain[at - 1])
    }
    return nil
  }

  /// A word that may be a noun within a phrase: letters, no grammar word, verb form, time,
  /// adverb or pronoun.
  static func isNoun(_ word: String) -> Bool {
    word.count >= 3 && word.allSatisfy { $0.isLetter || $0 == "-" }
      && !Lexicon.stopwords.contains(word) && !VouchedTopic.function.contains(word)
      && !VouchedTopic.isIngForm(word) && !VouchedTopic.isPast(word) && !word.hasSuffix("ly")
      && !VouchedTopic.isTimeWord(word) && !TopicRepair.prepositions.contains(word)
      && !Conversation.clauseSubjects.contains(word) && !degreeAdverbs.contains(word)
      && !linking.contains(word) && complexPrepositions[word] == nil
      && !pronounContractions.contains(word)
  }

  /// A pronoun written with its verb, apostrophe or not ("theyve won"): a clause's subject.
  static let pronounContractions: Set<String> = [
    "theyve", "they've", "theyll", "they'll", "theyd", "they'd", "weve", "we've", "well",
    "youve", "you've", "ive", "i've", "itll", "it'll", "thats", "that's", "theres", "there's",
    "hed", "he'd", "she'd", "hes", "shes", "its", "it's",
  ]

  /// Words that open a verb's object or a clause after it: "changes which orders".
  static let objectOpeners: Set<String> = [
    "the", "a", "an", "which", "what", "who", "how", "it", "them", "their", "our", "his",
    "her", "this", "that", "these", "those", "your", "us", "me", "you", "its",
  ]

  private static func startsWithVowel(_ word: String) -> Bool {
    word.first.map { "aeiouAEIOU".contains($0) } ?? false
  }

  /// Determiners and possessives that open a noun phrase.
  static let determinerWords: Set<String> = [
    "the", "a", "an", "your", "their", "our", "its", "his", "her", "this", "that", "these",
    "those",
  ]

  /// Words of size a container takes ("a whole collection", "a big bunch").
  static let sizes: Set<String> = ["whole", "big", "huge", "large", "small", "little", "entire"]

  /// Nouns of quantity and container, which head a phrase only in form: what counts is after
  /// "of".
  static let containers: Set<String> = [
    "collection", "lot", "lots", "load", "loads", "bunch", "number", "couple", "pile", "piles",
    "heap", "heaps", "ton", "tons", "handful", "variety", "series", "set", "range",
  ]

  /// Adverbs of degree, which open an adjective.
  static let degreeAdverbs: Set<String> = [
    "very", "really", "so", "too", "quite", "pretty", "super", "extremely", "incredibly",
  ]

  /// Verbs after which a word says what someone is or becomes.
  static let linking: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "go", "goes", "going", "went", "gone",
    "become", "becomes", "becoming", "became", "get", "getting", "got", "stay", "staying",
  ]

  /// The first words of prepositions made of two, with the words that end them.
  static let complexPrepositions: [String: Set<String>] = [
    "together": ["with"], "along": ["with"], "instead": ["of"], "because": ["of"],
    "due": ["to"], "ahead": ["of"], "apart": ["from"], "according": ["to"], "prior": ["to"],
    "rather": ["than"], "such": ["as"], "thanks": ["to"], "as": ["well", "of"],
    "regardless": ["of"], "next": ["to"], "close": ["to"], "out": ["of"], "up": ["to"],
  ]

  /// Subjects that make a plan the employer's.
  static let employerSubjects: Set<String> = [
    "theyre", "they're", "they", "were", "we're", "we", "youre", "you're", "hes", "he's", "shes",
    "she's", "are",
  ]
}
