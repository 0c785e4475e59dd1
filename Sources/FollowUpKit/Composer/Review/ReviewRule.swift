/// One check of the advice, behind one finding code.
///
/// A rule reads a `ReviewedDraft` and returns its finding, or nil when the draft keeps the
/// advice. Each rule owns the words it looks for, so a rule can be read, tested and changed
/// without the others; `DraftReviewer` runs them in the order of `Finding.Code`.
protocol ReviewRule: Sendable {
  /// The code of the finding this rule reports.
  static var code: Finding.Code { get }

  /// The finding for a whole pasted draft, or nil when the draft keeps this piece of advice.
  func finding(in draft: ReviewedDraft) -> Finding?
}

/// A rule that also checks one sentence the person wants to add to a draft, with a shorter
/// message that fits a refusal.
protocol SentenceReviewRule: ReviewRule {
  /// The finding for one sentence, or nil when the sentence keeps this piece of advice.
  func finding(inSentence sentence: ReviewText) -> Finding?
}

extension ReviewRule {
  /// Words quoted in a message, between curly quotes: “so sorry I”.
  func quoted(_ text: String) -> String { "\u{201C}" + text + "\u{201D}" }

  /// A finding of this rule's code.
  func finding(_ message: String) -> Finding { Finding(code: Self.code, message: message) }
}

/// A rule that judges each sentence on its own, by what the sentence says and who it is about:
/// the first sentence at fault gives the quote, in a draft and in one added sentence alike.
protocol SentenceJudgingRule: SentenceReviewRule {
  /// The words at fault in one sentence, as written, or nil when the sentence is fine.
  static func fault(in sentence: SentenceReading) -> String?
  /// Why the quoted words hurt a whole note, from the advice.
  static func why(_ quote: String) -> String
  /// The same, short enough for refusing an added sentence.
  static func whyInSentence(_ quote: String) -> String
}

extension SentenceJudgingRule {
  func finding(in draft: ReviewedDraft) -> Finding? {
    for sentence in draft.readings {
      if let quote = Self.fault(in: sentence) { return finding(Self.why(quoted(quote))) }
    }
    return nil
  }

  func finding(inSentence sentence: ReviewText) -> Finding? {
    for part in ReviewSentence.split(sentence.original) {
      if let quote = Self.fault(in: SentenceReading(part.text)) {
        return finding(Self.whyInSentence(quoted(quote)))
      }
    }
    return nil
  }
}
