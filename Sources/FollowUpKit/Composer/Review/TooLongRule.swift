/// `too-long`: a note over its channel's limit.
///
/// Keep a follow-up short, with one point. A LinkedIn message is held to the characters a
/// LinkedIn note may have (`ChannelLimits.linkedinCharacters`, the whole message) and a card
/// to `ChannelLimits.cardWords`; an email, or a draft whose channel is not known, to the most
/// words an email's body may have (`ChannelLimits.emailWords`), counted as a word processor
/// counts them, sign-off included.
struct TooLongRule: ReviewRule {
  static let code = Finding.Code.tooLong

  func finding(in draft: ReviewedDraft) -> Finding? {
    if let channel = draft.channel, channel.isShortMessage {
      let characters = draft.pasted.body.count
      let maximum = ChannelLimits.of(channel).maximumCharacters ?? ChannelLimits.linkedinCharacters
      guard characters > maximum else { return nil }
      return finding(
        "At \(characters) characters it's too long for \(channel.spoken): keep it under \(maximum), with one point."
      )
    }
    let words = Note.words(in: draft.pasted.body)
    let maximum =
      draft.channel == .card ? ChannelLimits.cardWords : ChannelLimits.emailWords.upperBound
    guard words > maximum else { return nil }
    let what = draft.channel == .card ? "a follow-up card" : "a follow-up"
    return finding(
      "At \(words) words it's too long: keep \(what) under \(maximum) words, with one point.")
  }
}
