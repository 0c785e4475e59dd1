/// "its tajay campbell brown with a hyphen in the middle", "campbell brown, double barrelled":
/// a remark that the name typed without a hyphen has one.
///
/// A person typing in a chat names the hyphen rather than typing it, and the remark left in the
/// answer read as a sentence, so the name was asked for again (answers tuning 35's cd009). A
/// remark on a name of three words or more joins its last two, the family name a hyphen most
/// often binds ("Campbell-Brown"); a name of two words may be one given name or a given and a
/// family name, so it is left as typed, without the remark. A hyphen the person typed is theirs
/// (`MarkedSpelling`), and only the remark goes.
enum HyphenRemark {
  /// The answer with the remark taken off and the name's last two words joined, or nil when it
  /// holds no such remark.
  static func applied(_ text: String) -> String? {
    let lower = text.lowercased()
    guard let remark = remarks.lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
    let before = String(text[..<remark.lowerBound]).trimming(" ,.;:(")
    guard !before.isEmpty else { return nil }
    // Only a remark that ends the answer, as far as a place in the name ("in the middle").
    let after = String(lower[remark.upperBound...]).trimming(" ,.;:!)")
    guard after.isEmpty || places.contains(after) else { return nil }
    var words = before.split(separator: " ").map(String.init)
    guard !before.contains("-"), words.count >= 3,
      words.suffix(2).allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" } })
    else { return before }
    let last = words.removeLast()
    words[words.count - 1] += "-" + last
    return words.joined(separator: " ")
  }

  /// Words that say a name has a hyphen.
  private static let remarks = [
    "with a hyphen", "with hyphen", "hyphenated", "double barrelled", "double-barrelled",
    "double barreled", "double-barreled",
  ]

  /// Where in the name the hyphen is said to go.
  private static let places: Set<String> = [
    "in the middle", "in between", "between them", "in the surname", "in the last name",
    "between the surnames",
  ]
}
