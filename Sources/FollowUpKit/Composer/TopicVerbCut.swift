/// Whether a topic is a thing or a phrase cut from the verb the person said with it.
///
/// "they are building a cafe in the old greenhouse for spring" printed as "your cafe in the old
/// greenhouse for spring", and "theyre closing the bar in january, reopening in march with a
/// new bistro" as "reopening in March with a new bistro": each keeps what was said of the doing
/// (when, where, with whom) or the doing itself, and drops who did it or what was done, so the
/// blind judge read a fragment. Read against the person's words, such a topic names the verb it
/// lost; a thing with nothing after it ("your new depot") has lost nothing a reader misses.
///
/// ```swift
/// TopicVerbCut.problem(
///   "your cafe in the old greenhouse for spring",
///   source: "they are building a cafe in the old greenhouse for spring")
/// // "a thing cut from its verb (\"building\")"
/// ```
enum TopicVerbCut {
  /// What the topic lost, or nil.
  static func problem(_ topic: String, source: String) -> String? {
    let words = topic.split(separator: " ").map(plain)
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(plain)
    guard words.count >= 3 else { return nil }
    // "reopening in March ...": an "-ing" word straight before a preposition, said after a
    // comma that closed a clause, has its subject behind the comma.
    if isIngForm(words[0]), prepositions.contains(words[1]),
      let at = occurrence(of: words, in: saidPlain), at > 0, said[at - 1].hasSuffix(","),
      closesClause(said, before: at)
    {
      return "an \"-ing\" phrase whose subject was left behind a comma (\"\(words[0])\")"
    }
    guard determiners.contains(words[0]), TopicGrammar.form(of: topic) == .nounPhrase else {
      return nil
    }
    let thing = Array(words.dropFirst())
    guard let at = occurrence(of: thing, in: saidPlain), at >= 2,
      determiners.contains(saidPlain[at - 1])
    else { return nil }
    let verb = saidPlain[at - 2]
    // "are building a cafe | in the old greenhouse": a verb under way, and what follows the
    // thing was said of the doing.
    guard at >= 3, isIngForm(verb), !notVerbs.contains(verb),
      progressive.contains(saidPlain[at - 3]),
      thing.dropFirst().contains(where: prepositions.contains)
    else { return nil }
    return "a thing cut from its verb (\"\(verb)\")"
  }

  /// Whether the words before the comma at `index - 1`, back to the one before them, are a
  /// clause (they hold a subject or a verb under way: "theyre closing the bar in january,")
  /// rather than an item of a list ("rural runs, driving in snow, end of life care"), after
  /// which an "-ing" phrase is a thing of its own.
  private static func closesClause(_ said: [String], before index: Int) -> Bool {
    var start = index - 1
    while start > 0, !said[start - 1].hasSuffix(","), !said[start - 1].hasSuffix(".") {
      start -= 1
    }
    return said[start..<index].contains {
      let word = plain($0)
      return progressive.contains(word) || subjects.contains(word)
    }
  }

  private static let subjects: Set<String> = [
    "they", "we", "she", "he", "i", "it", "you", "there", "im", "i'm", "its", "it's",
  ]

  /// Where `words` occur in `said`, compared plain.
  private static func occurrence(of words: [String], in said: [String]) -> Int? {
    guard !words.isEmpty, said.count >= words.count else { return nil }
    for start in 0...(said.count - words.count)
    where (0..<words.count).allSatisfy({ said[start + $0] == words[$0] }) {
      return start
    }
    return nil
  }

  /// A word lower case, without the marks around it, "your" and "their" made one.
  private static func plain(_ word: some StringProtocol) -> String {
    let lower = String(word).lowercased().trimming(",.!?;:()\"")
    return ["their", "our", "his", "her", "its"].contains(lower) ? "your" : lower
  }

  private static func isIngForm(_ word: String) -> Bool {
    word.count > 5 && word.hasSuffix("ing")
  }

  private static let determiners: Set<String> = ["your", "the", "a", "an"]

  /// What makes the "-ing" word before the thing a verb under way: "are", "theyre".
  private static let progressive: Set<String> = [
    "are", "is", "were", "was", "theyre", "they're", "we're", "hes", "he's", "shes",
    "she's", "also", "now", "currently", "just",
  ]

  private static let prepositions: Set<String> = [
    "in", "on", "at", "for", "with", "by", "from", "to", "across", "near", "over", "around",
    "through", "after", "before", "during", "within", "into",
  ]

  /// "-ing" words that are no verb of making: "during", "morning".
  private static let notVerbs: Set<String> = [
    "during", "morning", "evening", "meeting", "thing", "something",
    "nothing", "everything", "anything", "including",
  ]
}
