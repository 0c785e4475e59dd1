/// Reads the answer to "would you like the reply to ask for feedback?" in people's words.
///
/// The first clause's own yes or no decides ("no, she already told me why", "yes definitely,
/// especially on the case study", "aye might as well ask"); a hesitation first ("maybe? yeah ok
/// ask") gives way to what follows it; with neither, a wish to learn is a yes ("i'd love to know
/// what i could do better", "id like to know if there's anything specific") and a reason not to
/// bother is a no ("he said i came second so i kind of know", "no need").
enum FeedbackAnswer {
  static func read(_ text: String) -> Bool? {
    let normal = text.replacingApostrophes().lowercased()
    for clause in OccasionCues.clauses(normal) {
      let words = Tokenizer.tokens(clause).filter(\.isWord).map(\.lower)
      guard let first = words.first else { continue }
      if hesitations.contains(first) || OccasionCues.containsRun(words, ["not", "sure"]) {
        continue
      }
      if noWords.contains(first) || OccasionCues.containsRun(words, ["not", "really"])
        || OccasionCues.containsRun(words, ["rather", "not"])
        || OccasionCues.containsRun(words, ["no", "need"])
      {
        return false
      }
      if yesWords.contains(first) || OccasionCues.containsRun(words, ["might", "as", "well"])
        || OccasionCues.containsRun(words, ["why", "not"])
      {
        return true
      }
      if let wish = wish(words) { return wish }
    }
    return nil
  }

  /// A clause without a yes or no word: wanting to learn is a yes, already knowing a no.
  static func wish(_ words: [String]) -> Bool? {
    let negated = words.contains(where: OccasionCues.negations.contains)
    let learns = words.contains {
      ["know", "learn", "improve", "better", "feedback", "ask", "hear", "understand"].contains($0)
    }
    let wants = words.contains {
      ["like", "love", "want", "wanna", "please", "kindly", "keen", "curious", "ask"].contains($0)
    }
    if learns, wants { return !negated }
    if words.contains(where: ["already", "know", "told"].contains) { return false }
    return nil
  }

  static let hesitations: Set<String> = ["maybe", "hmm", "um", "umm", "perhaps", "possibly", "er"]
  static let yesWords: Set<String> = [
    "yes", "yeah", "yea", "yep", "yup", "ya", "aye", "sure", "ok", "okay", "definitely",
    "absolutely", "please", "y", "go", "do", "of", "certainly", "kindly",
  ]
  static let noWords: Set<String> = [
    "no", "nah", "nope", "n", "don't", "dont", "skip", "never", "not",
  ]
}
