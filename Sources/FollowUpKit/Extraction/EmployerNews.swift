/// Whether a topic is something the employer is doing, and whether it is a topic noun alone.
///
/// The judge faulted notes built on "sales targets", "rates" or "commission" when the same
/// answer said what this employer is doing ("they're doing free membership for NHS staff in
/// January"): a topic noun names what the talk touched on, which every candidate's talk
/// touches on, while a clause the employer is the subject of, or a thing of theirs ("your
/// pilot with the housing associations"), is this employer's own. The cue that found a list
/// of nouns ("sales targets, commission.") could score it above the clause, so the rank is
/// settled by what each topic is, not by its score: with an employer's doing among the
/// topics, a topic noun alone goes after it. Nothing else moves.
///
/// ```swift
/// EmployerNews.isEmployersDoing("you're doing free membership for NHS staff in January")  // true
/// EmployerNews.isTopicNounAlone(Topic(text: "sales targets", score: 0.4))  // true
/// ```
enum EmployerNews {
  /// The topics with each topic noun alone after the first of the employer's doings, when
  /// there is one; otherwise as they came.
  static func first(_ topics: [Topic]) -> [Topic] {
    // Most answers hold no topic noun alone: that cheap reading goes first, so extraction
    // pays for nothing more.
    guard topics.count > 1, topics.contains(where: isTopicNounAlone),
      let doing = topics.firstIndex(where: { isEmployersDoing($0.text) }),
      topics[..<doing].contains(where: isTopicNounAlone)
    else { return topics }
    let before = topics[..<doing].filter { !isTopicNounAlone($0) }
    let moved = topics[..<doing].filter(isTopicNounAlone)
    return before + [topics[doing]] + moved + topics[(doing + 1)...]
  }

  /// Whether a topic speaks of the employer doing or having something: it opens with "you"
  /// and a verb ("you're doing", "you are moving", "you'll open") or with "your" and a noun
  /// ("your pilot with ..."), as the extractor turns what the employer said to the reader.
  static func isEmployersDoing(_ text: String) -> Bool {
    let words = text.lowercased().split(separator: " ").prefix(3).map(String.init)
    guard let first = words.first, words.count >= 2 else { return false }
    if doingOpeners.contains(first) { return true }
    if first == "you" { return doingVerbs.contains(words[1]) || words[1].hasSuffix("ing") }
    return first == "your" && !TopicRoutine.isRequirement(text)
  }

  /// Whether a topic is only a topic noun: found in talk of what came up, of at most three
  /// words, none of them a name or a number, and no verb, determiner or owner: "sales
  /// targets", "rates", "commission".
  static func isTopicNounAlone(_ topic: Topic) -> Bool {
    guard topic.kind == .conversation, topic.asked != true else { return false }
    if topic.text.utf8.allSatisfy({ $0 < 0x80 }) { return isASCIINounAlone(topic.text) }
    let words = topic.text.split(separator: " ")
    guard (1...3).contains(words.count) else { return false }
    return words.allSatisfy { word in
      isLowercaseLetters(word) && !Lexicon.stopwords.contains(String(word))
        && !word.hasSuffix("ing")
    }
  }

  /// `isTopicNounAlone` for an ASCII text (nearly every topic), read on its bytes: splitting
  /// each topic into `Character`s had been 6% of all extraction, and most topics are ruled out
  /// by a capital, a digit or a fourth word before any word is looked up. In ASCII a space
  /// never joins a neighbour into one `Character`, so the words are the same as `split`'s.
  private static func isASCIINounAlone(_ text: String) -> Bool {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: " ") {
        inWord = false
        continue
      }
      guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return false }
      if !inWord {
        inWord = true
        count += 1
        if count > 3 { return false }
      }
    }
    guard count > 0 else { return false }
    return text.utf8.split(separator: UInt8(ascii: " ")).allSatisfy { bytes in
      let word = String(decoding: bytes, as: UTF8.self)
      return !Lexicon.stopwords.contains(word) && !word.hasSuffix("ing")
    }
  }

  /// Whether a word is lower-case letters only, on its bytes where they are ASCII: a
  /// character's Unicode properties, asked of every letter of every topic, had been 6% of all
  /// extraction.
  private static func isLowercaseLetters(_ word: Substring) -> Bool {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return word.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }
    return word.allSatisfy { $0.isLowercase && $0.isLetter }
  }

  /// First words that are the employer and a verb at once.
  private static let doingOpeners: Set<String> = [
    "you're", "you’re", "youre", "you've", "you’ve", "you'll", "you’ll",
  ]

  /// Verbs after "you" that tell what the employer is doing or will do.
  private static let doingVerbs: Set<String> = [
    "are", "were", "have", "had", "will", "just", "recently", "plan", "open", "launch", "start",
    "won", "got", "took", "opened", "launched", "started", "moved", "built",
  ]
}
