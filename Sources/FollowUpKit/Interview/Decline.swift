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
    guard words.count <= 8 else { return refuses(text) }
    let phrase = " " + words.joined(separator: " ") + " "
    return phrases.contains { phrase.contains(" \($0) ") }
  }

  /// The reply refuses to give the answer ("nah id rather not say", "not telling"), as opposed
  /// to not knowing it: at a question for a name, nothing in it is the name.
  static func refuses(_ text: String) -> Bool {
    guard !MessageText.isLong(text) else { return false }
    let words = WordSplitter.words(text)
    // "rather not say, the agency said to keep it confidential": past eight words, only a
    // first clause that refuses, its reason after it (answers tuning 40's cn184).
    let said =
      words.count <= 8
      ? words
      : WordSplitter.words(
        String(text.split(whereSeparator: { ",.;!".contains($0) }).first ?? ""))
    guard said.count <= 8 else { return false }
    let phrase = " " + said.joined(separator: " ") + " "
    return refusals.contains { phrase.contains(" \($0) ") }
  }

  /// Words that refuse rather than say the answer is not known.
  static let refusals = [
    "rather not", "prefer not", "not saying", "not telling", "no comment", "won't say",
    "wont say", "not going to say", "none of your business",
  ]

  /// The reply says a name or an answer is not known: "idk some lady", "forgot both names tbh",
  /// "he did not tell his name". Any length: such a remark is never part of a name.
  static func saysNotKnowing(_ text: String) -> Bool {
    let words = WordSplitter.words(text)
    guard !words.isEmpty, words.count <= 30 else { return false }
    if words.contains(where: { ["idk", "dunno", "forgot", "forget", "idek"].contains($0) }) {
      return true
    }
    let phrase = " " + words.joined(separator: " ") + " "
    return (phrases + notTold).contains { phrase.contains(" \($0) ") }
  }

  /// A name not caught: "didn't catch her name", "he did not tell his name".
  static let notTold = [
    "didn't catch", "didnt catch", "did not catch", "didn't get", "didnt get", "did not get",
    "didn't tell", "didnt tell", "did not tell", "didn't say", "didnt say", "did not say",
    "never said", "never told", "not sure of", "no name",
  ]

  /// Pairs of words that carry a refusal or not knowing wherever they stand in a short reply.
  static let phrases = [
    "rather not", "prefer not", "not saying", "leave it", "leave that", "no comment",
    "doesn't matter", "doesnt matter", "not sure", "no idea", "no clue", "can't remember",
    "cant remember", "don't remember", "dont remember", "don't know", "dont know", "not telling",
    "skip it", "skip that", "can't recall", "cant recall", "forgot", "not important",
  ]
}
