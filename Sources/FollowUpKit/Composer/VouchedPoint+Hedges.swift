/// Chat hedges in a point that no tidying can drop and leave the sentence whole.
///
/// The reader drops "basically", "actually", "kind of" and a closing "a bit" where the sentence
/// reads whole without them (`InterestReader.withoutHedges`). One left in the point is one that
/// carries the sentence ("so I know a bit": "a bit" is what they know), and a note to a hiring
/// manager does not say it: the point is held back rather than cut.
extension VouchedPoint {
  /// The hedge left in `words` (one sentence, lower case), or nil.
  static func chatHedge(_ words: [String]) -> String? {
    for index in words.indices {
      let word = words[index]
      let previous = index > 0 ? words[index - 1] : ""
      let next = index + 1 < words.count ? words[index + 1] : ""
      if ["basically", "kinda", "sorta"].contains(word) { return "a chat hedge \"\(word)\"" }
      if ["kind", "sort"].contains(word), next == "of", index > 0,
        !kindDeterminers.contains(previous)
      {
        return "a chat hedge \"\(word) of\""
      }
      if word == "a", next == "bit", index + 2 == words.count, isVerbBeforeBit(previous),
        !TopicRepair.prepositions.contains(previous)
      {
        return "\"\(previous) a bit\" as a chat hedge"
      }
    }
    return nil
  }

  /// Words before "kind" or "sort" that make it a noun: "what kind of work", "this sort of
  /// thing", "the same kind of role".
  static let kindDeterminers: WordSet = [
    "a", "an", "the", "this", "that", "these", "those", "what", "which", "any", "some", "every",
    "each", "one", "same", "my", "your", "our", "their", "his", "her", "its", "no", "other",
    "another", "right", "different", "new", "only", "first", "whatever", "all",
  ]

  /// Whether "a bit" after `word` is what the verb takes ("know a bit", "travelled a bit"),
  /// or follows a preposition ("for a bit"): then "a bit" cannot be dropped whole.
  static func isVerbBeforeBit(_ word: String) -> Bool {
    InterestReader.finiteVerbs.contains(word) || commonVerbs.contains(word)
      || TopicRepair.prepositions.contains(word) || word.hasSuffix("ed")
      || ["know", "knows", "did", "do", "does", "done", "been", "struggled", "helps"].contains(word)
  }
}
