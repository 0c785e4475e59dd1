/// Which offered topic a few typed words point at, read as loosely as people shorten words.
///
/// At the topic question people name the thing in their own few words, often in another form
/// of the same word: "rust migration" for "migrating payments service to rust", "the
/// evenings" for "evening appointments". Matched by exact stems ("migration" is not
/// "migrat"), such a reply fell through to be taken as typed, so the note printed the
/// person's shorthand ("hear about rust migration"), lost who raised the thing, and the fuller
/// phrase they had pointed at was never used. A word typed here matches a word of a topic when
/// both cut to the same stem, when one is the other's stem, or when the shorter, of at least
/// five letters, opens the longer ("migrat" and "migration"): forms of one word, not two
/// words that happen to share letters ("care" and "career" are shorter than five).
///
/// ```swift
/// TopicChoice.describes("rust migration", "migrating payments service to rust")  // true
/// TopicChoice.describes("the evenings", "evening appointments til 8")  // true
/// TopicChoice.describes("the acquisitions", "the plan to acquire two practices")  // true
/// TopicChoice.describes("the car", "your new career fair")  // false
/// ```
enum TopicChoice {
  /// Whether every content word of `typed` is a form of a word of `topic`.
  static func describes(_ typed: String, _ topic: String) -> Bool {
    let wanted = Phrase.contentKey(typed).split(separator: " ").flatMap(unglued)
    guard !wanted.isEmpty else { return false }
    let offered = Phrase.contentKey(topic).split(separator: " ").flatMap(unglued)
    return wanted.allSatisfy { word in
      offered.contains { sameWord(word, $0) || abbreviates(word, $0) || abbreviates($0, word) }
    }
  }

  /// "24hr" as "24" and "hr", "3pm" as "3" and "pm": a number glued to the word it counts is
  /// two words, as the person typing "24 hour" wrote them.
  static func unglued(_ word: Substring) -> [String] {
    guard let split = word.firstIndex(where: { !$0.isNumber }), split > word.startIndex,
      word[split...].allSatisfy(\.isLetter)
    else { return [String(word)] }
    return [String(word[..<split]), String(word[split...])]
  }

  /// Whether `short` is written as an abbreviation of `long`: "hr" of "hour", "wk" of "week",
  /// "mgmt" of "management". An abbreviation with no vowel, of two letters or more, opening
  /// with the word's letter and keeping its letters in order; a word with a vowel ("care") is
  /// a word of its own, never another's abbreviation ("career").
  static func abbreviates(_ short: String, _ long: String) -> Bool {
    guard short.count >= 2, short.count < long.count, short.allSatisfy(\.isLetter),
      !short.contains(where: { "aeiouy".contains($0) }), short.first == long.first
    else { return false }
    var rest = long[...]
    for letter in short {
      guard let found = rest.firstIndex(of: letter) else { return false }
      rest = rest[rest.index(after: found)...]
    }
    return true
  }

  /// Whether two lower-case words are forms of one word (see the type's comment).
  static func sameWord(_ left: String, _ right: String) -> Bool {
    if left == right { return true }
    let (leftStem, rightStem) = (stem(left), stem(right))
    if leftStem == rightStem || leftStem == right || left == rightStem { return true }
    let (shorter, longer) =
      leftStem.count <= rightStem.count
      ? (leftStem, rightStem) : (rightStem, leftStem)
    if shorter.count >= 5 && longer.hasPrefix(shorter) { return true }
    // "acquisitions" for "acquire", "expansion" for "expand": a noun made from a verb changes
    // the verb's last letter before its ending. Five letters shared, and at most one of the
    // shorter's left over, are one word's family; "transfer" and "transport" share five of
    // eight.
    let shared = zip(shorter, longer).prefix { $0 == $1 }.count
    if shared >= 5 && shorter.count - shared <= 1 { return true }
    // "merger" for "merging", "closure" for "closing", "approval" for "approving": a short
    // verb's stem whole, and one of the endings that make a noun of a verb's event. Tuning
    // 23's "merger" matched nothing offered, and the note said "hearing about merger".
    return shorter.count >= 4 && longer.count - shorter.count <= 3
      && longer.hasPrefix(shorter)
      && eventEndings.contains(String(longer.dropFirst(shorter.count)))
  }

  /// The endings that make a noun of a verb's event ("merger", "closure", "refusal"), as
  /// they stand after a stem ("closur" of "closure" has lost its "e").
  static let eventEndings: Set<String> = ["er", "ur", "al"]

  /// A word cut to a rough stem, as `Phrase.stems` cuts it.
  static func stem(_ word: String) -> String {
    for suffix in ["ing", "ed", "es", "s", "e"]
    where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
      let stem = word.dropLast(suffix.count)
      // "swapping", "planned": a consonant doubled before "-ing" or "-ed" is the verb's one
      // ("swap", "plan"), so "rig swap" names "swapping the whole rig". "ll", "ss", "ff"
      // and "zz" close many verbs whole ("fill", "pass").
      if suffix == "ing" || suffix == "ed", stem.count >= 4, let last = stem.last,
        stem.dropLast().last == last, !"aeiouylsfz".contains(last)
      {
        return String(stem.dropLast())
      }
      return String(stem)
    }
    return word
  }
}
