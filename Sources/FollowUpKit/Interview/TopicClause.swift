/// What a person reports the employer told them, cut from their account of the interview.
///
/// "I gave a talk about my PhD. She told me the lab just got funding for a new pilot line" holds
/// one thing this employer said: the clause after "told me". When the topic finder offers
/// nothing, this is the part of the person's own words a note can be built on, so a
/// conversation never has to ask about the discussion a third time.
enum TopicClause {
  /// The clause after the last report of what was said ("she said", "told me about", "they're
  /// planning"), at most twelve words, cut at a comma or a new clause; nil when none.
  static func told(in text: String) -> String? {
    let sentences = text.split(whereSeparator: { ".!?;\n".contains($0) }).map(String.init)
    for sentence in sentences.reversed() {
      let lower = " " + sentence.lowercased() + " "
      guard let cue = reports.lazy.compactMap({ lower.range(of: $0) }).first else { continue }
      let offset = lower.distance(from: lower.startIndex, to: cue.upperBound) - 1
      var words = sentence.dropFirst(max(0, offset)).split(separator: " ").map(String.init)
      if let comma = words.firstIndex(where: { $0.hasSuffix(",") }) {
        words = Array(words[...comma])
      }
      if let end = words.indices.dropFirst(4).first(where: {
        stops.contains(words[$0].lowercased())
      }) {
        words = Array(words[..<end])
      }
      let clause = words.prefix(12).joined(separator: " ").trimming(" ,")
      if clause.split(separator: " ").count >= 2 { return clause }
    }
    return nil
  }

  /// Words that report what someone said, with the little words after them.
  static let reports = [
    " told me that ", " told me about ", " told me ", " said that ", " said ", " mentioned that ",
    " mentioned ", " talked about ", " showed me ", " explained that ", " explained ",
    " was excited about ", " is excited about ", " was proud of ", " is proud of ",
  ]

  /// Words that start another clause: the told part ends before them.
  static let stops: Set<String> = [
    "and", "but", "so", "which", "because", "although", "though", "while", "whereas",
  ]
}
