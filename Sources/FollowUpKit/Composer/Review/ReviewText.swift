/// A text as the phrase rules read it: as written, for quoting, and lower-cased, for matching.
struct ReviewText {
  /// The text as the person wrote it.
  let original: String
  /// The same text lower-cased, worked out once for every rule.
  let lowered: String
  /// `lowered` with curly apostrophes made straight, as phrases are matched.
  let folded: String

  init(_ text: String) {
    original = text
    lowered = text.lowercased()
    folded = lowered.replacingApostrophes()
  }
}
