/// `pressure`: pushing for a decision or a date.
///
/// Leave the timing to them: a calm close reads as more confident. "Please let me know by
/// Friday" and "I have another offer" are flagged; "I look forward to hearing from you" is not.
struct PressureRule: SentenceReviewRule {
  static let code = Finding.Code.pressure

  /// Phrases that set a deadline, mention other offers or chase, lower case.
  static let phrases = [
    "decision by", "let me know by", "let me know your decision", "know your decision",
    "your decision before",
    "when can i expect", "expect an offer", "expect to hear", "i need an answer", "need an answer",
    "need to know by", "another offer", "other offers", "other offer", "competing offer",
    "a deadline",
    "my deadline", "as soon as possible", "asap", "please respond", "respond by", "reply by",
    "hear back by",
    "update by", "get back to me by", "by the end of the week", "by end of week", "by friday",
    "by monday",
    "by tuesday", "by wednesday", "by thursday", "by tomorrow", "within 48 hours",
    "within 24 hours",
    "look forward to your decision", "looking forward to your decision",
    "look forward to receiving your offer",
    "when will i hear", "when will you decide", "urgent", "i'll call you", "i will call you",
    "i'll follow up on",
    "i will follow up on", "i'll chase", "expecting an offer", "i expect an offer",
  ]

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard let quote = PhraseMatch.firstMatch(in: draft.body, Self.phrases, negatable: false) else {
      return nil
    }
    return finding(
      "\(quoted(quote)) presses for a decision. Leave the timing to them: a calm close reads as more confident."
    )
  }

  func finding(inSentence sentence: ReviewText) -> Finding? {
    guard let quote = PhraseMatch.firstMatch(in: sentence, Self.phrases, negatable: false) else {
      return nil
    }
    return finding("\(quoted(quote)) presses for a decision; leave the timing to them.")
  }
}
