/// "I like being outside not stuck in a workshop all day": a contrast opened by "not" straight
/// after a complement, with no comma, reads as a line typed in chat. Written, it takes a comma
/// ("outside, not stuck"); which words it sets against which is the person's to say, so the
/// point is held back rather than punctuated for them.
extension VouchedPoint {
  /// The contrast with no comma in the sentence (lower-case words, `original` as typed), or nil.
  static func contrastWithoutComma(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() where words[index] == "not" {
      let previous = words[index - 1]
      let next = index + 1 < words.count ? words[index + 1] : ""
      guard original[index - 1].last?.isLetter == true, next != "to", next != "only",
        !previous.hasSuffix("n't"), !negationLeaders.contains(previous),
        !previous.hasSuffix("ing"), !Lexicon.stopwords.contains(previous)
      else { continue }
      return "\"\(previous) not\" with no comma before the contrast"
    }
    return nil
  }

  /// Words a "not" follows inside one clause: verbs it negates, and words that take it.
  private static let negationLeaders: WordSet = [
    "is", "are", "was", "were", "am", "be", "been", "do", "does", "did", "have", "has", "had",
    "can", "could", "will", "would", "should", "may", "might", "must", "shall", "need", "if",
    "or", "and", "but", "why", "whether", "me", "us", "them", "him", "her", "you", "it",
    "certainly", "just", "really", "definitely", "probably", "still", "also", "absolutely",
  ]
}
