/// A name re-spelled inside the answer that gave it: "Mrs Niadoo sorry Naidoo, the F&B
/// manager", "siobhan oops Siobhán". What follows the slip is the name as meant, in the place of
/// the word it re-spells; the rest of the answer stands.
///
/// Tuning 29's bg006 greeted "Dear Mrs Niadoo," after the person had put the spelling right in
/// the same breath. At a question for a name, a correction word followed by one word a few
/// letters from a word just typed (`CorrectionReader.respellable`) can only be that word mended;
/// one that resembles nothing typed ("Tom sorry, and Jess") is another matter, read as before.
///
/// ```swift
/// InlineRespelling.mended("Mrs Niadoo sorry Naidoo, the F&B manager")
/// // "Mrs Naidoo, the F&B manager"
/// ```
enum InlineRespelling {
  /// The answer with the slipped word replaced by its re-spelling, or nil when it holds none.
  static func mended(_ text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(",.;:!?-") }
    for index in lower.indices.dropFirst() {
      guard
        let marker = markers.first(where: { marker in
          index + marker.count < words.count
            && Array(lower[index..<(index + marker.count)]) == marker
        })
      else { continue }
      let newAt = index + marker.count
      let new = words[newAt].trimming(",.;:!?")
      guard new.count >= 3, new.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" }) else {
        continue
      }
      let before = words[..<index].map { $0.trimming(",.;:!?-") }
      let held = before.joined(separator: " ")
      // Two letters swapped ("Niadoo", "Naidoo") are two apart: a longer name allows them.
      let matches = CorrectionReader.respellable(new, in: held, slack: new.count >= 5 ? 1 : 0)
        .filter { $0.lowercased() != new.lowercased() }
      guard matches.count == 1, let slipped = before.lastIndex(of: matches[0]) else { continue }
      var mended = Array(words[..<index])
      // "anaya? no sorry": the words that led up to the correction go with the slip.
      while let last = mended.last, mended.count > slipped + 1,
        leadIns.contains(last.lowercased().trimming(",.;:!?"))
      {
        mended.removeLast()
      }
      let after = Array(words[(newAt + 1)...])
      // "... sorry Ananya. Ananya Iyer, she's ...": said again in full straight after, the
      // name stands there, and the slip goes.
      if let next = after.first, next.lowercased().trimming(",.;:!?") == new.lowercased() {
        mended.remove(at: slipped)
        return (mended + after).joined(separator: " ").trimming(" ")
      }
      // "letting negotiator sorry, lettings negotiator", "Cafe Nero. no wait Caffè Nero":
      // the value said again whole from the mended word on; the first saying goes.
      let clean = { (word: String) in word.lowercased().trimming(",.;:!?-") }
      if slipped + 1 < mended.count, let next = after.first,
        clean(next) == clean(mended[slipped + 1])
      {
        return (Array(mended[..<slipped]) + [new] + after).joined(separator: " ").trimming(" ")
      }
      // The slipped word's comma stays ("Niadoo," keeps it); its doubt ("anaya?") does not.
      let trailing = mended[slipped].hasSuffix(",") ? "," : ""
      mended[slipped] = new + trailing
      if let last = mended.indices.last, mended[last].hasSuffix("-") || mended[last] == "-" {
        mended[last] = String(mended[last].dropLast()).trimming(" ")
      }
      let rest = words[newAt].hasSuffix(",") && !after.isEmpty ? "," : ""
      let joined =
        (mended.filter { !$0.isEmpty }.joined(separator: " ") + rest + " "
        + after.joined(separator: " ")).trimming(" ")
      return joined
    }
    return nil
  }

  /// Words that lead up to a correction word: "no sorry", "oh oops", "- sorry".
  static let leadIns: Set<String> = ["no", "wait", "oh", "ah", "um", "", "-", "–"]

  /// Words that mark a slip put right straight after: the words that open a correction
  /// (`Correction.markers`: "sorry", "oops", "i mean", "typo"), with "its" after "sorry" taken
  /// with them; the longest first.
  static let markers: [[String]] = (Correction.markers + [["sorry", "its"], ["sorry", "it's"]])
    .sorted { $0.count > $1.count }
}
