/// Whether a topic's edge falls inside a name written with a slash or a full stop and no
/// spaces ("SAP S/4HANA", "ethical/ESG", "Node.js").
///
/// The tokenizer splits such a name at its mark, and a phrase cut there printed half a name
/// ("your move to SAP S.", "your new ethical."), which no reader can mend. A cut may fall at a
/// mark with a space on either side ("barista / baker", "... in March. Then"), never at one
/// glued to the words on both sides; a candidate cut there is not offered, and the next one is.
extension Document {
  /// Whether the boundary before the token at `index` splits one written word.
  func cutsGluedToken(at index: Int) -> Bool {
    guard index > 0, index < tokens.count else { return false }
    // The mark is either at the cut ("S" | "/4HANA") or just before it ("S/" | "4HANA").
    return isGluedMark(index) || isGluedMark(index - 1)
  }

  /// A "/" or "." touching a word or number on both sides.
  private func isGluedMark(_ index: Int) -> Bool {
    guard index > 0, index + 1 < tokens.count else { return false }
    let mark = tokens[index]
    guard mark.lower == "/" || mark.lower == "." else { return false }
    return tokens[index - 1].isWord && tokens[index + 1].isWord
      && tokens[index - 1].end == mark.start && mark.end == tokens[index + 1].start
  }
}
