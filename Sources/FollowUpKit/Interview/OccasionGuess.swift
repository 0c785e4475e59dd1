/// Whether a clause tells of a decision or only guesses at one: "although I think I didn't get
/// it", "I probably didn't get it", "pretty sure they went with someone else". A reply to a
/// rejection thanks them "for letting me know" and wishes "you and your new pharmacy technician
/// every success": said to someone who has told the person nothing, both sentences are
/// invented. So a rejection is read only where the person says it happened, not where they
/// fear it has.
///
/// A guess is a clause holding a word of belief or likelihood (the person's own judgement, a
/// small closed set of verbs and adverbs of opinion) and no word of telling: "they told me I
/// didn't get it, I think because of my experience" tells, since the clause with the belief is
/// another one, and "not sure why I didn't get it" asks after a reason for a decision known.
enum OccasionGuess {
  /// Words by which a speaker offers a clause as their opinion, not as what happened.
  static let beliefs: Set<String> = [
    "think", "thinking", "guess", "reckon", "suppose", "probably", "maybe", "perhaps", "doubt",
    "assume", "likely", "feel", "feeling", "sure", "suspect", "seems", "bet", "expect",
  ]

  /// Words that say the news reached the person: then the belief is about something else.
  static let tellings: Set<String> = [
    "told", "tell", "said", "says", "heard", "email", "emailed", "mail", "letter", "call",
    "called", "rang", "phoned", "message", "texted", "informed", "confirmed",
  ]

  /// Whether `words` (one clause, lower case) offer what they say as a guess.
  static func isGuess(_ words: [String]) -> Bool {
    // "not sure why I didn't get it", "I think because of my experience": reasons for a
    // decision the person knows of.
    words.contains(where: beliefs.contains) && !words.contains(where: tellings.contains)
      && !words.contains("why") && !words.contains("because")
  }

  /// Whether some clause of `text` says one of `phrases` other than as a guess.
  static func tells(_ phrases: [String], in text: String) -> Bool {
    OccasionCues.clauses(text.replacingApostrophes()).contains { clause in
      let words = WordSplitter.words(clause)
      guard !words.isEmpty else { return false }
      let joined = " " + words.joined(separator: " ") + " "
      return phrases.contains { joined.contains(" \($0) ") } && !isGuess(words)
    }
  }
}
