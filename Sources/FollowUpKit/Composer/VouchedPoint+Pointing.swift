/// Whether a point's last pronoun points at something the reader can see.
extension VouchedPoint {
  /// "... so I get it", "... and I understand it": "it" closing the sentence as the object of
  /// a verb of understanding stands for a situation the person has in mind (older patients
  /// struggling, the pressure of the job), which the note never names; the reader is left
  /// asking what "it" is. "I know it well" and "I get it done" go on, and pass.
  static func situationPronoun(_ words: [String]) -> String? {
    guard words.count >= 3, words[words.count - 1] == "it" else { return nil }
    let verb = words[words.count - 2]
    guard ["get", "got", "understand", "understood", "see", "feel", "felt"].contains(verb) else {
      return nil
    }
    return "\"\(verb) it\" points at nothing the note names"
  }
}
