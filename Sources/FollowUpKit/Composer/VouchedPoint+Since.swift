/// Whether a time that has lasted until now is told with the verb English gives it.
extension VouchedPoint {
  /// "I am interested in electric vehicles since 2019", "My brother has insomnia since he was
  /// 14", "I work here since long time": "since" a point in the past measures a time that has
  /// lasted until now, which English tells with "have" and a participle ("I have been
  /// interested", "has had insomnia"); a present in the clause before it is a second-language
  /// slip that only rewording could mend. "since" with a bare noun phrase ("since long time",
  /// "since young") lacks its article. "since" meaning "because" ("since I like people") is
  /// followed by a clause in the present, and passes. A present continuous with a stretch of
  /// years ("I am working here for 3 years") is the same slip with "for".
  static func lastingTimeSlip(_ words: [String]) -> String? {
    for index in words.indices where words[index] == "since" {
      let after = Array(words[(index + 1)...])
      if let first = after.first, bareSinceWords.contains(first), after.count >= 2,
        after[1] != "ago", after[1].allSatisfy(\.isLetter)
      {
        return "\"since \(first) \(after[1])\" with no article"
      }
      guard sinceNamesPointInTime(after) else { continue }
      let clause = clauseBefore(index, words)
      if let verb = presentMainVerb(clause) {
        return "\"\(verb) ... since\": a present where the time has lasted until now"
      }
    }
    // "I am working here for 3 years": a stretch of years said of a continuous present.
    for index in words.indices.dropLast(2) where words[index] == "for" {
      guard isNumber(words[index + 1]),
        ["years", "months", "summers", "winters", "seasons"].contains(words[index + 2])
      else { continue }
      let clause = clauseBefore(index, words)
      for (position, word) in clause.enumerated().dropLast()
      where presentBe.contains(word) {
        let next = clause[position + 1]
        if next.count >= 5, next.hasSuffix("ing") {
          return "\"\(word) \(next) ... for\": a present where the time has lasted until now"
        }
      }
    }
    return nil
  }

  /// Words that, right after "since", open a time with no article: "since long time".
  private static let bareSinceWords: WordSet = ["long", "young", "small", "little", "very"]

  /// Whether the words after "since" name a point in time ("since 2019", "since he was 14",
  /// "since the pandemic") rather than a reason ("since I like people", "since the job needs
  /// it"): a clause after it is a time only when its verb is in the past.
  private static func sinceNamesPointInTime(_ after: [String]) -> Bool {
    guard let first = after.first else { return false }
    if Int(first) != nil || isNumber(first) { return true }
    if ["then", "childhood", "birth", "last", "covid", "lockdown", "forever", "ever"].contains(
      first)
    {
      return true
    }
    let subjects: WordSet = ["i", "we", "he", "she", "they", "you", "it"]
    if subjects.contains(first) {
      guard after.count >= 2 else { return false }
      return isPastForm(after[1])
    }
    // "since the pandemic", "since my son was born": a reason has a verb in the present.
    let window = after.prefix(5)
    return !window.contains { presentBe.contains($0) || ["has", "have", "needs"].contains($0) }
  }

  /// Whether a word is a verb in the past: "was", "were", a regular "-ed", a common irregular.
  private static func isPastForm(_ word: String) -> Bool {
    ["was", "were", "had", "did", "left", "met", "became", "began", "moved", "started"].contains(
      word) || (word.count >= 4 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter))
  }

  /// Forms of "be" in the present.
  private static let presentBe: WordSet = [
    "am", "is", "are", "i'm", "i’m", "we're", "we’re", "they're", "they’re", "you're", "you’re",
    "he's", "he’s", "she's", "she’s", "it's", "it’s",
  ]

  /// The words of the clause that ends before `index`: back to a mark of the sentence or a
  /// word that opens a clause ("and", "but", "so", "because").
  private static func clauseBefore(_ index: Int, _ words: [String]) -> ArraySlice<String> {
    var start = index
    while start > 0, !["and", "but", "so", "because", "which", "who"].contains(words[start - 1]) {
      start -= 1
    }
    return words[start..<index]
  }

  /// The verb of a clause when it is in the present and not a perfect: a form of "be" (not
  /// before "been"), "has" or "have" with no participle after it, a plain verb right after
  /// "I", "we", "they", "you", or its "-s" form after a subject.
  private static func presentMainVerb(_ clause: ArraySlice<String>) -> String? {
    let words = Array(clause)
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      if presentBe.contains(word) {
        if next == "been" { continue }
        return word
      }
      if ["has", "have", "i've", "we've", "'ve"].contains(word) {
        // "has very bad insomnia": "have" as the verb; "has been", "have worked": a perfect.
        let following = words.dropFirst(index + 1).prefix(2)
        if following.contains(where: isParticiple) { continue }
        if word.hasSuffix("ve"), word != "have" { continue }
        return word
      }
      guard index > 0 else { continue }
      let previous = words[index - 1]
      if ["i", "we", "they", "you"].contains(previous),
        commonVerbs.contains(word) || presentWorkVerbs.contains(word)
      {
        return word
      }
      // "My wife works in a depot since ...": a verb's "-s" form after its subject.
      let stem = String(word.dropLast())
      if word.hasSuffix("s"), commonVerbs.contains(stem) || presentWorkVerbs.contains(stem),
        previous.allSatisfy(\.isLetter), !TopicGrammar.determiners.contains(previous),
        !TopicRepair.prepositions.contains(previous),
        !Lexicon.stopwords.contains(previous) || ["he", "she", "it"].contains(previous)
      {
        return word
      }
    }
    return nil
  }

  /// Whether a word is a participle a perfect is made with.
  private static func isParticiple(_ word: String) -> Bool {
    if word.count >= 4, word.hasSuffix("ed"), word.allSatisfy(\.isLetter) { return true }
    return [
      "been", "had", "done", "known", "seen", "taught", "grown", "made", "gone", "got",
      "gotten", "run", "taken", "given", "spent", "kept", "built", "read", "written", "felt",
      "met", "led", "held", "become", "begun", "brought", "thought", "lived", "loved",
    ].contains(word)
  }

  /// Verbs of work in a point, beside the common verbs (`commonVerbs`).
  private static let presentWorkVerbs: WordSet = [
    "do", "lead", "train", "manage", "volunteer", "organise", "organize", "support", "handle",
    "sell", "fix", "nurse", "coach",
  ]
}
