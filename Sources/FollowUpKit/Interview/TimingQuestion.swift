/// A question about when to send a note: "when should I send it?", "should I send another
/// one?", "remind me". Answered from the occasion, the dates known and today's date.
enum TimingQuestion: Hashable, Sendable {
  /// When to send the note in hand.
  case when
  /// Whether (and when) to send another note after this one.
  case another
  /// A reminder for the next note.
  case reminder

  /// Words that open a request about timing: "remind me", "set a reminder", "tell me when".
  static let requests: Set<String> = ["remind", "set", "tell", "send", "chase", "follow", "check"]

  init?(reading text: String) {
    guard !MessageText.isLong(text) else { return nil }
    let words = WordSplitter.words(text)
    guard !words.isEmpty, words.count <= 14, words.first != "save" else { return nil }
    // Only a message that asks: "one more lady from finance" in an answer names a person, not
    // another note. A question mark, an opening that asks ("should I", "when", "remind me"),
    // or a short message ("another one") asks.
    var opening = words.drop { QuestionBack.openers.contains($0) }
    if opening.first == "please" || opening.first == "pls" { opening = opening.dropFirst() }
    let asks =
      text.contains("?") || MessageText.isQuestion(text) || words.count <= 4
      || opening.first.map { QuestionBack.interrogatives.union(Self.requests).contains($0) }
        == true
    guard asks else { return nil }
    let joined = " " + words.joined(separator: " ") + " "
    func has(_ phrases: [String]) -> Bool { phrases.contains { joined.contains(" \($0) ") } }
    if has([
      "send another", "another one", "another check-in", "another check in", "follow up again",
      "check in again", "chase again", "chase them again", "send a second", "second check-in",
      "second check in", "third check-in", "third check in", "one more", "email them again",
      "write again", "send one more",
    ]) {
      self = .another
    } else if has(["remind me", "a reminder", "set a reminder", "reminder"]) {
      self = .reminder
    } else if has([
      "when should i send", "when do i send", "when to send", "when should i check in",
      "when should i follow up", "when can i check in", "when can i follow up",
      "when should i chase", "how long should i wait", "how long do i wait", "is it too early",
      "too soon", "too early", "when can i send", "when shall i send",
    ]) {
      self = .when
    } else {
      return nil
    }
  }
}
