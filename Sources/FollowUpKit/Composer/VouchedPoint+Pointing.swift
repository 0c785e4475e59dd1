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

  /// "... so it's great", "... so for me it's perfect", "... so I know how it works": a
  /// closing clause after "so" made of nothing but "it", words of the closed classes, a verb
  /// of knowing, and a plain verdict at its end. Its "it" is the whole situation the person has in mind, and the
  /// clause tells the reader nothing they can see. A clause with a word of its own ("so it
  /// matters to me", "so I know how important it is", "so it's my thing") passes.
  static func emptyClosingClause(_ words: [String]) -> String? {
    guard let so = words.lastIndex(of: "so"), so > 0, so + 1 < words.count,
      let last = words.last, plainVerdicts.contains(last)
    else { return nil }
    let clause = words[(so + 1)...]
    guard clause.contains(where: { ["it", "it's", "it’s"].contains($0) }),
      clause.allSatisfy({
        Lexicon.stopwords.contains($0) || plainVerdicts.contains($0)
          || ["know", "see", "understand", "get"].contains($0)
      })
    else { return nil }
    return "\"so \(clause.joined(separator: " "))\" points at nothing the note names"
  }

  /// Plain verdicts, which name nothing of their own.
  private static let plainVerdicts: WordSet = [
    "great", "good", "nice", "cool", "amazing", "awesome", "brilliant", "perfect", "works",
  ]
}
