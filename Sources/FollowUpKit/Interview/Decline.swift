/// "rather not say", "leave it out", "no idea": a reply that declines an optional question.
///
/// At an optional question such a reply is an answer ("leave it out"), not a miss to ask about
/// again. Read by the meaning of the words together: a refusal ("rather not", "prefer not",
/// "leave it"), or not knowing ("no idea", "can't remember", "not sure").
enum Decline {
  static func reads(_ text: String) -> Bool {
    guard !MessageText.isLong(text) else { return false }
    let words = WordSplitter.words(text)
    // A non-answer such as "idk" declines; keyboard mashing does not, it is a slip.
    if MessageText.nonAnswers.contains(words.joined(separator: " ")) { return true }
    guard words.count <= 8 else { return false }
    let phrase = " " + words.joined(separator: " ") + " "
    return phrases.contains { phrase.contains(" \($0) ") }
  }

  /// Pairs of words that carry a refusal or not knowing wherever they stand in a short reply.
  static let phrases = [
    "rather not", "prefer not", "not saying", "leave it", "leave that", "no comment",
    "doesn't matter", "doesnt matter", "not sure", "no idea", "no clue", "can't remember",
    "cant remember", "don't remember", "dont remember", "don't know", "dont know", "not telling",
    "skip it", "skip that", "can't recall", "cant recall", "forgot", "not important",
  ]
}
