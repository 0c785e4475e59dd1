/// The words that open what someone types without saying anything yet: one reader for every
/// stage, where three lists had grown apart (the outcome's "discourse" words, the answer beside a
/// correction's "fillers", the chat's "interjections").
///
/// Two kinds, because they differ in one thing: an interjection of apology, surprise or
/// hesitation ("sorry", "oops", "hmm") answers nothing even alone, so a reply of nothing else is
/// no answer; a connective ("well", "so", "anyway", "ok", "yes") opens speech but alone can be an
/// answer ("yes" to "shall I build the note on that?"). Either kind, opening a longer reply, is
/// set aside before the answer is read: "oh wait its warehouse operative", "well, it went
/// badly", "anyway mrs achterberg".
///
/// ```swift
/// DiscourseOpener.kind(of: "oops")      // .interjection
/// DiscourseOpener.opens("anyway")       // true
/// ```
enum DiscourseOpener {
  enum Kind: Sendable {
    case interjection
    case connective
  }

  static func kind(of word: String) -> Kind? {
    let lower = word.lowercased()
    if interjections.contains(lower) { return .interjection }
    if connectives.contains(lower) { return .connective }
    return nil
  }

  /// Whether the word opens speech, of either kind.
  static func opens(_ word: String) -> Bool { kind(of: word) != nil }

  /// Interjections of apology, surprise and hesitation: a closed class of words that answer
  /// nothing on their own and are never a name, a company or a role, so a reply of nothing else
  /// is no answer ("Sorry" at the role question is not a role).
  static let interjections: Set<String> = [
    "sorry", "soz", "sry", "oops", "whoops", "oopsie", "oh", "ah", "ahh", "uhh", "umm", "ermm",
    "hmmm", "huh", "wait", "pardon", "apologies", "my bad", "hmm", "hm", "um", "er", "erm", "uh",
  ]
  // Not "ugh", "argh", "oh no" or "eh": at the question of how it went they are the answer.

  /// Connectives that open speech and judge nothing: "well, it went badly" is not well and
  /// badly at once; "anyway mrs achterberg" names Mrs Achterberg.
  static let connectives: Set<String> = [
    "well", "so", "yeah", "yes", "honestly", "tbh", "ok", "okay", "right", "anyway", "and", "also",
    "btw",
    // "ps i put my name the wrong way round": the postscript's mark opens what follows
    // (answers tuning 36's cf162 was signed "Ps Zhang").
    "ps", "p.s.", "p.s",
  ]
}
