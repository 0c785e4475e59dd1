/// "i already said", "see above", "told you, it's Priya": the person says they gave this answer.
///
/// Such a reply is read for what it contains: the words after the remark are the answer, said
/// again ("i already said, Northgate Foods"). With nothing after it, the assistant owns the
/// miss and asks once more, rather than taking the remark as the answer ("I Already Said" is not
/// a company).
enum Repeat {
  /// The reply without its remark, and whether it had one.
  static func strip(_ text: String) -> (rest: String, remarked: Bool) {
    let lower = text.lowercased()
    let bytes = Array(lower.utf8)
    for remark in remarks {
      // An ASCII remark (none holds ";" or "`", which U+037E and U+1FEF equal) can match only
      // where its bytes occur: checked first, since the search below compares characters
      // through Swift's normalising slow path in text beyond ASCII.
      guard bytes.containsBytes(remark) else { continue }
      guard let range = lower.range(of: remark) else { continue }
      // The remark opens the reply, after a greeting word or two at most.
      guard lower.distance(from: lower.startIndex, to: range.lowerBound) <= 12 else { continue }
      let after = text[
        text.index(
          text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.upperBound))...
      ]
      let rest = String(after).trimming(" ,.:;!-–—")
      var words = rest.split(separator: " ").map(String.init)
      while let first = words.first?.lowercased().trimming(","),
        ["it's", "its", "it", "is", "was", "that", "this", "above", "earlier", "before", "lol"]
          .contains(first)
      {
        words.removeFirst()
      }
      return (words.joined(separator: " "), true)
    }
    return (text, false)
  }

  /// Wordings of "I told you already".
  static let remarks = [
    "i already said", "already said", "i already told you", "already told you", "i told you",
    "told you", "see above", "as i said", "like i said", "i said already", "i already gave",
    "already gave", "i already answered", "already answered", "i mentioned", "already mentioned",
    "scroll up",
  ]
}
