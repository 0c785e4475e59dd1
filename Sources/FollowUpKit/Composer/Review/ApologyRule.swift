/// `apology`: apologising for, or trying to make amends for, the interview.
///
/// Don't use the note to make amends: it draws attention to what you'd rather they forgot.
/// "Sorry I was so nervous" and "I wanted to clarify my answer about budgets" are flagged;
/// "sorry to have missed your colleague" and "sorry to hear about the flood" are not.
struct ApologyRule: SentenceReviewRule {
  static let code = Finding.Code.apology

  /// Phrases that apologise or revisit an answer, lower case.
  static let phrases = [
    "sorry i", "sorry for my", "sorry for being", "sorry about my", "sorry that i", "i'm sorry",
    "i am sorry",
    "so sorry", "apologise", "apologize", "apologies", "apology", "i know i didn't do well",
    "i didn't do well", "i did not do well", "i know i didn't do my best", "my poor answer",
    "my weak answer",
    "i wanted to clarify my", "clarify my answer", "i should have said", "i messed up",
    "i was so nervous",
    "i was very nervous", "i was really nervous", "my nerves", "i blanked", "forgive me",
    "excuse my",
    "i regret", "not my best", "i stumbled", "make up for", "what i meant to say",
    "i didn't explain",
    "i did not explain", "let me explain my answer", "i wish i had", "i didn't answer",
    "i did not answer",
    "i froze", "my mind went blank", "i rambled", "i wasn't at my best", "i was not at my best",
    "i don't think i did", "i know i could have", "i could have done better", "i didn't perform",
    "i was nervous", "my answer about", "my answer to",
  ]

  /// Uses of "sorry" or "apologise" that are not apologies for the interview.
  static let exceptions = [
    "sorry to hear", "sorry to have missed", "sorry to miss", "sorry for your loss",
    "no need to apologise",
    "no need to apologize", "sorry we ran", "sorry you had", "sorry that you",
    "sorry about the fire",
    "sorry about the flood", "sorry to hear about",
  ]

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard let quote = Self.apology(in: draft.body) else { return nil }
    return finding(
      "\(quoted(quote)) apologises for the interview. Don't use the note to make amends: it draws attention to what you'd rather they forgot."
    )
  }

  func finding(inSentence sentence: ReviewText) -> Finding? {
    guard let quote = Self.apology(in: sentence) else { return nil }
    return finding(
      "\(quoted(quote)) apologises for the interview, and a follow-up shouldn't try to make amends."
    )
  }

  /// The first apology, with the exceptions masked out first so "sorry to hear" never
  /// matches "sorry".
  private static func apology(in text: ReviewText) -> String? {
    let lowered = text.lowered
    var masked = lowered.replacingApostrophes()
    for exception in exceptions {
      masked = masked.replacingWords(
        exception, with: String(repeating: "_", count: exception.count))
    }
    // A masked text of another length would shift the offsets of the quote.
    guard masked.count == lowered.count else {
      return PhraseMatch.firstMatch(in: text.original, lowered, phrases, negatable: true)
    }
    return PhraseMatch.firstMatch(in: text.original, masked, phrases, negatable: true)
  }
}
