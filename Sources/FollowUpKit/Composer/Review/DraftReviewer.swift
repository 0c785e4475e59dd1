/// Reviews a follow-up note the person wrote themselves, by the advice FollowUp follows.
///
/// Each finding has a code and a sentence that quotes the words at fault. The checks read
/// phrases, not single words, and mind negation and context: "sorry to have missed your
/// colleague" is not an apology, "I look forward to hearing from you" is not pressure, and a
/// tailor's "a perfect fit starts at the shoulder" is not a cliché. Each code is one
/// `ReviewRule`, in its own file, with the words it looks for.
///
/// ```swift
/// let findings = DraftReviewer.review("Dear Priya, sorry I was so nervous ...", interviewers: [priya])
/// findings.map(\.code)  // [.apology, ...]
/// ```
public enum DraftReviewer {
  /// The findings for a pasted draft, in a fixed order of codes. With a `channel` the length
  /// is held to that channel's limit; without one, to an email's.
  public static func review(
    _ draft: String, interviewers: [PersonName] = [], company: String? = nil,
    channel: Channel? = nil
  ) -> [Finding] {
    review(ReviewedDraft(draft, interviewers: interviewers, company: company, channel: channel))
  }

  /// The findings of every rule on a draft already read (the occasion review reads it once and
  /// asks more of it).
  static func review(_ reviewed: ReviewedDraft) -> [Finding] {
    rules.compactMap { $0.finding(in: reviewed) }
  }

  /// Problems in one sentence the person wants to add to a draft: the same phrase checks.
  static func problems(inSentence text: String) -> [Finding] {
    let sentence = ReviewText(text)
    return sentenceRules.compactMap { $0.finding(inSentence: sentence) }
  }

  /// Every rule, in the order of `Finding.Code`: the order findings are reported in.
  static let rules: [any ReviewRule] = [
    DesperationRule(), ApologyRule(), CoverLetterRule(), TooLongRule(), SeveralPointsRule(),
    NoThanksRule(), NoSpecificTopicRule(), ClicheRule(), WrongNameRule(), PressureRule(),
  ]

  /// The rules that read a single sentence, in the same order.
  static let sentenceRules: [any SentenceReviewRule] = [
    DesperationRule(), ApologyRule(), CoverLetterRule(), ClicheRule(), PressureRule(),
  ]
}
