/// `desperation`: begging or needy wording.
///
/// A follow-up is stronger when it's calm: it shows interest, not need. "I really need this
/// job" and "please give me a chance" are flagged; "I'm not desperate for an answer" is not,
/// since a negation in the three words before cancels the phrase.
struct DesperationRule: SentenceReviewRule {
  static let code = Finding.Code.desperation

  /// Needy phrases, lower case, with straight apostrophes.
  static let phrases = [
    "really need this job", "need this job", "need this role", "need this position", "desperate",
    "please give me a chance", "give me another chance", "give me a chance", "one more chance",
    "i'd do anything", "i would do anything", "i will do anything", "i'll do anything",
    "do whatever it takes",
    "begging", "i beg", "please hire me", "please consider me", "please, please",
    "i'll work for free",
    "i would work for free", "any role at all", "any position at all", "i'm willing to do whatever",
    "this job means everything", "means everything to me", "my dream job and i",
    "i can't afford to lose",
    "i really really want", "i am desperate", "i'm desperate", "please don't reject",
    "don't give up on me",
    "prove myself to you", "i promise i'm much better", "i promise i am much better",
    "i promise i'm better",
    "i promise i am better", "i won't let you down", "i will not let you down",
  ]

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard let quote = PhraseMatch.firstMatch(in: draft.body, Self.phrases, negatable: true) else {
      return nil
    }
    return finding(
      "\(quoted(quote)) sounds desperate. A follow-up is stronger when it's calm: show interest, not need."
    )
  }

  func finding(inSentence sentence: ReviewText) -> Finding? {
    guard let quote = PhraseMatch.firstMatch(in: sentence, Self.phrases, negatable: true) else {
      return nil
    }
    return finding("\(quoted(quote)) sounds desperate, and a calm note is stronger.")
  }
}
