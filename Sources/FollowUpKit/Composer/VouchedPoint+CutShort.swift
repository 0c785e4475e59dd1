/// A point that stops before its end: the person's line leaves out what the sentence needs.
///
/// "I worked security in Accra before I came." (came where?), "my dad always wanted to roast"
/// (roast what?). A reader of the note cannot supply
/// what the person had in mind from the conversation, so the point is held back rather than
/// printed cut short; no word is guessed for them.
extension VouchedPoint {
  /// What the sentence (lower-case words) leaves out at its end, or nil.
  static func cutShort(_ words: [String]) -> String? {
    guard words.count >= 3, let last = words.last else { return nil }
    let previous = words[words.count - 2]
    let before = words[words.count - 3]
    // "before I came", "since we moved": a move with no place, after a word of time.
    if arrivals.contains(last), subjects.contains(previous), timeWords.contains(before) {
      return "\"\(before) \(previous) \(last)\" leaves out where"
    }
    // "wanted to roast": a wish whose verb needs a thing, with nothing after it.
    if previous == "to", wishes.contains(before), needsObject.contains(last) {
      return "\"\(before) to \(last)\" leaves out what"
    }
    return nil
  }

  /// Verbs of arriving that need a place when the sentence ends on them.
  private static let arrivals: WordSet = ["came", "come", "moved", "move", "arrived", "arrive"]

  /// Subjects of a clause of time.
  private static let subjects: WordSet = ["i", "we", "they", "he", "she", "you"]

  /// Words that open a clause of time.
  private static let timeWords: WordSet = ["before", "after", "since", "when", "until", "till"]

  /// Verbs of wishing and trying before "to".
  private static let wishes: WordSet = [
    "wanted", "want", "wants", "hoped", "hope", "dreamed", "dreamt", "tried", "planned",
    "meant", "wished",
  ]

  /// Verbs that take a thing, and read cut short without one.
  private static let needsObject: WordSet = [
    "make", "roast", "open", "build", "own", "buy", "sell", "bring", "take", "get", "have",
    "use", "fix", "find", "show", "brew", "bake", "start", "launch", "set", "put", "try", "do",
    "see", "run",
  ]
}
