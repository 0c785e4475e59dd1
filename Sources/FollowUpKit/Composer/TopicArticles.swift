/// A topic's singular things given the article English requires, by grammar.
///
/// People report what they heard in the English they speak, and second-language English often
/// drops the article: "about new branch for senior citizens", "you are putting in new booking
/// app next month", "starting production of new battery line". A singular count noun phrase
/// opened by a describing word ("new", "big", "second") cannot stand bare in English, so the
/// article is supplied: "the" where the phrase opens the topic or follows a preposition (the
/// thing the reader told them of), "a" where it is a verb's object or follows a verb's particle
/// ("putting in a new booking app"). A plural opening the topic is the news told, and takes
/// "the" too ("the new robots coming in January"); elsewhere a plural ("putting in new vans"),
/// a name ("New Year", "New Street"), or a phrase that already has a determiner, an owner or a
/// number is left as it is.
///
/// ```swift
/// TopicArticles.supplied("new branch for senior citizens")  // "the new branch for senior citizens"
/// TopicArticles.supplied("you are putting in new booking app next month")
/// // "you are putting in a new booking app next month"
/// ```
enum TopicArticles {
  /// The topic with an article before each bare singular phrase opened by a describing word.
  static func supplied(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    // "May 2027 timetable change on the Midland Main Line": a date opening the topic describes
    // the singular thing after it, which takes "the" as a describing word's does.
    if words.count >= 3, words[0].first?.isUppercase == true,
      CalendarNames.datesMonth(words[0], before: words[1]),
      let head = head(of: words, from: 2), isSingular(head)
    {
      words.insert("the", at: 0)
    }
    var index = 0
    while index < words.count {
      defer { index += 1 }
      guard openers.contains(words[index]) else { continue }
      let before = index > 0 ? lower(words[index - 1]) : ""
      if index > 0, words[index - 1].last.map({ ",;:".contains($0) }) != true,
        hasDeterminer(before)
      {
        continue
      }
      guard let head = head(of: words, from: index + 1) else { continue }
      // "new robots coming in January" opening the topic: the news the reader told of, which
      // a plural names as definitely as a singular ("the new robots ...").
      guard
        isSingular(head)
          || (index == 0 && head.hasSuffix("s") && isSingular(String(head.dropLast())))
      else { continue }
      let article: String
      if index == 0 || words[index - 1].last.map({ ",;:".contains($0) }) == true {
        article = "the"
      } else if TopicRepair.prepositions.contains(before) {
        // "putting in new app": after a verb's particle the phrase is the verb's object.
        let verb = index >= 2 ? lower(words[index - 2]) : ""
        article = verb.hasSuffix("ing") || verb.hasSuffix("ed") ? "a" : "the"
      } else if isVerb(before, after: index >= 2 ? lower(words[index - 2]) : "") {
        // "you get first electric truck": an ordinal picks one out, never "a" one.
        article = ordinals.contains(lower(words[index])) ? "the" : "a"
      } else {
        // "heat pumps big time": after a noun a describing word opens no new phrase.
        continue
      }
      words.insert(article == "a" && startsWithVowelSound(words[index]) ? "an" : article, at: index)
      index += 1
    }
    return words.joined(separator: " ")
  }

  /// Whether a word is a verb whose object may follow: "-ing", "-ed", or a plain verb after
  /// a subject ("you open new café").
  private static func isVerb(_ word: String, after previous: String) -> Bool {
    guard word.count >= 3, word.allSatisfy(\.isLetter) else { return false }
    if VouchedTopic.isIngForm(word) || word.hasSuffix("ed") { return true }
    return TopicGrammar.subjects.contains(previous) && !word.hasSuffix("s")
  }

  /// Describing words that open a noun phrase and cannot stand without a determiner.
  private static let openers: Set<String> = Set([
    "new", "big", "second", "huge", "major", "whole", "brand-new", "upcoming", "bigger",
    "first-ever",
  ]).union(ordinals)

  /// Words that single one thing out and take "the" in any place: "hearing about first
  /// electric trucks" (tuning 36's bu008) is "the first electric trucks". Not "second" or
  /// "third", which after a verb count one more ("opening a second salon").
  private static let ordinals: Set<String> = ["first", "latest"]

  private static func lower(_ word: String) -> String {
    word.lowercased().trimming(",.;:!?\"()")
  }

  /// A word that already stands for an article, or continues a phrase begun before it: "the",
  /// "your", "two", "all", "Tesco's", "and".
  private static func hasDeterminer(_ word: String) -> Bool {
    TopicGrammar.determiners.contains(word) || TopicRepair.quantities.contains(word)
      || word.hasSuffix("'s") || word.hasSuffix("’s") || word.first?.isNumber == true
      || continuing.contains(word)
  }

  /// Words before a describing word that leave it no article to supply.
  private static let continuing: Set<String> = [
    "and", "or", "nor", "but", "every", "each", "another", "what", "which", "these", "those",
    "one", "very", "really", "so", "too", "quite", "pretty", "first", "next", "such", "any",
  ]

  /// The head of the phrase that begins after the describing word: its last word before a
  /// preposition, a relative word, a time word, an "-ing" verb or a mark; nil when the phrase
  /// has no noun ("a new one" aside, "new to the team").
  private static func head(of words: [String], from start: Int) -> String? {
    var last: String?
    var index = start
    while index < words.count, index - start < 5 {
      let word = words[index]
      let plain = lower(word)
      if TopicRepair.prepositions.contains(plain) || stops.contains(plain) { break }
      // "new eco cleaning products": an "-ing" word before a noun describes it.
      if index > start, plain.hasSuffix("ing"), plain.count > 5,
        !(index + 1 < words.count && isNounAfter(lower(words[index + 1])))
      {
        break
      }
      // "in March", "New Year": a name is no common noun.
      if word.first?.isUppercase == true, index == start { return nil }
      last = plain
      if word.last.map({ ",.;:!?".contains($0) }) == true { break }
      index += 1
    }
    return last
  }

  /// A word that can close a noun phrase begun before it: letters, no preposition, stop,
  /// determiner or "-ing" form.
  private static func isNounAfter(_ word: String) -> Bool {
    word.count >= 3 && word.allSatisfy(\.isLetter) && !TopicRepair.prepositions.contains(word)
      && !stops.contains(word) && !TopicGrammar.determiners.contains(word)
      && !word.hasSuffix("ing") && !TopicGrammar.subjects.contains(word)
  }

  /// Words that end a noun phrase.
  private static let stops: Set<String> = [
    "next", "this", "last", "that", "which", "who", "where", "when", "and", "or", "but", "so",
    "is", "are", "was", "were", "will", "soon", "today", "tomorrow", "now", "too", "also",
  ]

  /// A singular common noun: a word of letters not ending in "s" (or ending in "ss", "us",
  /// "is"), and not a word that is only ever bare ("staff", "equipment").
  private static func isSingular(_ word: String) -> Bool {
    guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
    if uncounted.contains(word) { return false }
    if word.hasSuffix("s") {
      return word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is")
    }
    return !VouchedTopic.isIngForm(word)
  }

  /// Nouns that stand bare in the singular: mass nouns and collective ones.
  static let uncounted: Set<String> = [
    "staff", "equipment", "software", "stock", "furniture", "funding", "money", "research",
    "technology", "machinery", "kit", "gear", "information", "advice", "news", "work", "people",
    "food", "produce", "business", "energy", "power", "housing", "talent", "blood", "data",
    "music", "art", "media", "traffic", "land", "water", "management", "leadership", "support",
    "training", "life",
  ]

  private static func startsWithVowelSound(_ word: String) -> Bool {
    guard let first = word.lowercased().first else { return false }
    return "aeio".contains(first)
  }
}
