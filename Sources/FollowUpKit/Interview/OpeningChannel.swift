/// The channel an opening message names for the note: "a thank-you message on LinkedIn",
/// "need a quick thank u txt", "I need to text the man who interviewed me".
///
/// People say how they will send the note when they first ask for it, and then are asked again.
/// An opening is about the note to write, so a word that can only mean a way of sending it is
/// taken as the channel. Words that also name something else in a story about an interview are
/// not: "letter" and "post" (a cover letter, a post), "teams" and "slack" (where a video
/// interview was held), "signal". Nor is "email": people call any note a "follow up email" and
/// then, asked, choose LinkedIn; email is the default the channel question offers anyway.
enum OpeningChannel {
  /// The channel the opening names, or nil.
  static func read(_ text: String) -> Channel? {
    let words = Tokenizer.tokens(text).filter(\.isWord).map(\.lower)
    // A long message is a story or a pasted draft, where a channel word may mean anything.
    guard !words.isEmpty, words.count <= 40 else { return nil }
    let found = Set(words)
    // Two channels named ("linkedin or a text?") is a question for the channel question.
    var named: [Channel] = []
    if found.contains("linkedin") || found.contains("inmail")
      || words.indices.dropLast().contains(where: { words[$0] == "linked" && words[$0 + 1] == "in" }
      )
    {
      named.append(.linkedin)
    }
    if !found.isDisjoint(with: phoneWords) { named.append(.text) }
    if !found.isDisjoint(with: cardWords) { named.append(.card) }
    return named.count == 1 ? named[0] : nil
  }

  static let phoneWords: Set<String> = [
    "text", "txt", "texts", "texting", "sms", "whatsapp", "imessage", "viber",
  ]
  static let cardWords: Set<String> = ["card", "handwritten", "postcard"]
}
