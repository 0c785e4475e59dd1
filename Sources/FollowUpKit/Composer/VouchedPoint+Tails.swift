/// Whether a point's last phrase belongs to its sentence or is a fragment tacked on.
extension VouchedPoint {
  /// "I ran the build of a base in Mali, 200 blokes and a deadline.", "I organised the
  /// hospice's midnight walk, 300 people.": after the sentence's last comma, a phrase with no
  /// verb that opens on a count. It is how chat adds a figure, and a reader cannot tell what
  /// it counts or how it joins the sentence ("with 300 people"? "for 300 people"?). A count
  /// after a comma that has its own verb ("..., 300 people came") is a clause and passes, and
  /// so does a count that a word joins ("..., with 300 people", "..., over 300 people").
  static func countedTail(_ words: [String], _ original: [String]) -> String? {
    guard let comma = original.lastIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.count
    else { return nil }
    let tail = Array(words[(comma + 1)...])
    guard let first = tail.first, isNumber(first) || first.first?.isNumber == true,
      // The count and its noun are read apart: "200 blokes" is no subject and verb.
      !PointGate.hasFiniteVerb(Array(tail.dropFirst(2))), !hasCommonVerb(tail)
    else { return nil }
    return "a count tacked on after a comma \"\(tail.joined(separator: " "))\""
  }
}
