/// Splits a short reply into the lower-case words that say what it means.
///
/// The project's one word splitter for short replies: commands, yes or no, greetings and
/// non-answers are all recognised on its words, so that politeness around them ("please", "can
/// you", "thanks") and punctuation never stop a phrasing from matching. It lives in Support,
/// below every reader that uses it, so that extraction and the interview share it without either
/// depending on the other.
///
/// ```swift
/// WordSplitter.words("Can you show the draft, please?")  // ["show", "the", "draft"]
/// ```
enum WordSplitter {
  /// Lower-case words without politeness ("please", "can you") and punctuation.
  static func words(_ text: String) -> [String] {
    let words = Tokenizer.tokens(text).filter(\.isWord).map(\.lower)
    var start = 0
    var end = words.count
    while end - start > 1, leadingFiller.contains(words[start]) { start += 1 }
    while end - start > 1, trailingFiller.contains(words[end - 1]) { end -= 1 }
    return start == 0 && end == words.count ? words : Array(words[start..<end])
  }

  /// Politeness before a command: "please", "can you", "let's".
  static let leadingFiller: Set<String> = [
    "please", "pls", "plz", "can", "could", "you", "i", "want", "to", "just", "ok", "okay", "now",
    "let's", "lets", "me", "thanks",
  ]
  /// Politeness after a command: "show please", "undo thanks".
  static let trailingFiller: Set<String> = ["please", "pls", "plz", "thanks", "now"]
}
