/// `too-long`: a body over the email's word limit.
///
/// Keep a follow-up short, with one point: a draft is held to the most words an email's body
/// may have (`ChannelLimits.emailWords`), counted as a word processor counts them, sign-off
/// included. A draft of 151 words is flagged whatever the channel it was meant for.
struct TooLongRule: ReviewRule {
  static let code = Finding.Code.tooLong

  func finding(in draft: ReviewedDraft) -> Finding? {
    let words = Note.words(in: draft.pasted.body)
    let maximum = ChannelLimits.emailWords.upperBound
    guard words > maximum else { return nil }
    return finding(
      "At \(words) words it's too long: keep a follow-up under \(maximum) words, with one point.")
  }
}
