/// `no-thanks`: no thanks for their time.
///
/// Say thank you early: it's the point of the note. "Thank you for meeting me" and "I
/// appreciated your time" thank them; "thanks to your explanation" credits the explanation,
/// and "please thank your colleague" thanks someone else, so neither counts.
struct NoThanksRule: ReviewRule {
  static let code = Finding.Code.noThanks

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard !Self.hasThanks(draft.body.lowered) else { return nil }
    return finding(
      "It never thanks them for their time. Say thank you early: it's the point of the note.")
  }

  /// Phrases that thank without the word "thank", lower case with straight apostrophes.
  static let cues = [
    "cheers for", "grateful for", "i'm grateful", "i am grateful", "appreciate your time",
    "appreciated your time", "appreciate you taking", "appreciated you taking",
    "appreciate the time", "appreciated the time", "much appreciated", "appreciate you meeting",
    "appreciated meeting", "appreciate you seeing", "appreciated the chance",
    "appreciate the chance", "appreciated the opportunity", "appreciate the opportunity",
    "gratitude", "many thanks",
  ]

  /// Thanks for their time: "thank you", any "thanks" but the "thanks to your explanation" that
  /// credits something, "grateful for", "appreciate your time". "Please thank your colleague"
  /// thanks someone else.
  static func hasThanks(_ lowered: String) -> Bool {
    let words = ReviewWords(lowered.replacingApostrophes())
    for (index, word) in words.words.enumerated() {
      let next = index + 1 < words.words.count ? words.words[index + 1] : ""
      switch word {
      case "thx":
        return true
      case "thanks":
        // "Thanks to your explanation" credits the explanation; "thanks to you" is thanks.
        if next != "to" { return true }
        let after = index + 2 < words.words.count ? words.words[index + 2] : ""
        if ["you", "you all", "everyone", "all", "both"].contains(after) { return true }
      case "thank":
        if ["you", "u", "ya", "y'all"].contains(next) { return true }
      case "thankyou", "thank-you", "thankful":
        return true
      default:
        continue
      }
    }
    let folded = SearchedText(lowered.replacingApostrophes())
    return cues.contains(where: folded.contains)
  }
}
