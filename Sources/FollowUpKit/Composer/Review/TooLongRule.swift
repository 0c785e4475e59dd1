/// `too-long`: a note over what its channel's readers take as short.
///
/// Keep a follow-up short, with one point, then thank them (the advice). The limits are those
/// of the note as people send it on each channel, not the composer's own targets:
/// - An email, or a draft whose channel is not known: `ChannelLimits.emailWords`' top, counted
///   as a word processor counts them, sign-off included. A greeting, thanks, one point of two
///   or three sentences and a sign-off fit well within it; the drafts labelled too long by
///   careful readers run 165 words and more, the good ones under 110.
/// - A LinkedIn message: `linkedinMessageCharacters`, not LinkedIn's 300-character cap. That cap
///   holds only for the note sent with a connection request; a follow-up to someone already
///   connected is a message, which LinkedIn does not cut. It is still read in a chat pane, so
///   past about 400 characters (some 70 words, five lines on a phone) it stops being a short
///   note: the labelled drafts agree (310 and 386 characters read as fine, 404 and more as too
///   long). The finding names the 300 of a connection request too.
/// - A text message: `ChannelLimits.textCharacters`, about what a phone shows at once.
/// - A card: `ChannelLimits.cardWords`, what fits by hand inside a card.
struct TooLongRule: ReviewRule {
  static let code = Finding.Code.tooLong

  /// The characters past which a pasted LinkedIn message is too long.
  static let linkedinMessageCharacters = 400

  func finding(in draft: ReviewedDraft) -> Finding? {
    if let channel = draft.channel, channel.isShortMessage {
      let characters = draft.pasted.body.count
      if channel == .text {
        let maximum = ChannelLimits.textCharacters
        guard characters > maximum else { return nil }
        return finding(
          "At \(characters) characters it's too long for a text message: keep it under \(maximum), about what a phone shows at once, with one point."
        )
      }
      let maximum = Self.linkedinMessageCharacters
      guard characters > maximum else { return nil }
      return finding(
        "At \(characters) characters it's too long for a LinkedIn message: keep it under \(maximum), with one point (under \(ChannelLimits.linkedinCharacters) if it goes with a connection request)."
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
