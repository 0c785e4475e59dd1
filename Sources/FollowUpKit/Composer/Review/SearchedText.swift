/// A text searched for many fixed phrases, asking Foundation's search (canonical equivalence)
/// only where a phrase's bytes occur.
///
/// Text equal to a plain ASCII phrase holds its bytes (see `PhraseMatch.isPlainASCII`), so a
/// byte scan that finds nothing answers "no" for it; Foundation's search over a 16 KiB draft for
/// each of dozens of cues was a tenth of the time of a review. A phrase beyond plain ASCII is
/// always searched for in full.
///
/// ```swift
/// let text = SearchedText("thanks so much, i appreciate your time")
/// text.contains("appreciate your time")  // true
/// ```
struct SearchedText {
  let text: String
  private let bytes: [UInt8]

  init(_ text: String) {
    self.text = text
    bytes = Array(text.utf8)
  }

  /// Whether the phrase occurs in the text, as `String.contains` answers.
  func contains(_ phrase: String) -> Bool {
    (!PhraseMatch.isPlainASCII(phrase) || bytes.containsBytes(phrase)) && text.contains(phrase)
  }
}
