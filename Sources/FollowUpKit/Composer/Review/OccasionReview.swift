/// The review of a note written for an occasion after the first: the first note's rules, fitted
/// to what the note is for.
///
/// A check-in or a rejection reply needs no topic of its own (it refers to the interview), so
/// `no-specific-topic` does not apply; a check-in that reproaches them for the silence and a
/// rejection reply that argues are reported under `pressure`, with their own sentence. A later
/// round's thanks needs none either: it thanks them for the round or the offer call, which is
/// this employer's own news. A check-in asks after the news ("Is there any news on the
/// timeline?"), which in a first note presses for the decision: in a check-in only a time set,
/// a chase announced or leverage is pressure.
///
/// ```swift
/// DraftReviewer.review(pasted, occasion: .checkIn).map(\.code)  // [.pressure]
/// ```
extension DraftReviewer {
  public static func review(
    _ draft: String, occasion: Occasion, interviewers: [PersonName] = [], company: String? = nil,
    channel: Channel? = nil
  ) -> [Finding] {
    let reviewed = ReviewedDraft(
      draft, interviewers: interviewers, company: company, channel: channel)
    var findings = review(reviewed)
    let extra: String?
    switch occasion {
    case .firstNote:
      return findings
    case .laterRound:
      extra = nil
    case .checkIn:
      extra = GuiltTripRule.fault(in: draft).map(GuiltTripRule.why)
      // Asking after the news is what a check-in is for: pressure only beyond it.
      if !PressureRule.pressesBeyondAsking(reviewed) {
        findings.removeAll { $0.code == .pressure }
      }
    case .rejectionReply:
      extra = ArguingRule.fault(in: draft).map(ArguingRule.why)
    }
    findings.removeAll { $0.code == .noSpecificTopic }
    guard let extra else { return findings }
    if let index = findings.firstIndex(where: { $0.code == .pressure }) {
      findings[index].message += " " + extra
    } else {
      findings.append(Finding(code: .pressure, message: extra))
    }
    return findings
  }

  /// The occasion a pasted note is plainly written for, from its own words: a check-in asks
  /// after the silence, a rejection reply answers the news. Nil when it reads as a first note.
  public static func occasion(ofPasted draft: String) -> Occasion? {
    let text = draft.lowercased().replacingApostrophes()
    // Only phrases that plainly answer a rejection or ask after a silence: a first note may
    // well speak of "your decision" or "the timeline".
    let rejection = [
      "for letting me know", "unsuccessful", "not been successful", "wasn't successful",
      "was not successful", "reconsider", "made a mistake", "wrong decision",
      "went with another", "gone with another", "chose another", "the successful candidate",
      "disappointed to hear", "disappointed not to",
    ]
    let checkIn = [
      "haven't heard", "have not heard", "not heard back", "heard nothing", "checking in",
      "following up on my application", "any update on", "status of my application",
      "still waiting", "hoping to hear by now", "hoped to hear by now",
    ]
    let searched = SearchedText(text)
    if rejection.contains(where: searched.contains) { return .rejectionReply }
    if checkIn.contains(where: searched.contains) { return .checkIn }
    return nil
  }
}
