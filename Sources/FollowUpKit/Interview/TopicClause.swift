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
      let clause = cutAtJoint(words).joined(separator: " ").trimming(" ,")
      if clause.split(separator: " ").count >= 2 { return clause }
    }
    return nil
  }

  /// At most twelve words; a longer clause is cut where a phrase begins ("consulting | on new
  /// river bathing water designations"), never inside one ("... on new river bathing"), when
  /// such a place comes after its first five words.
  static func cutAtJoint(_ words: [String]) -> [String] {
    guard words.count > 12 else { return words }
    if let joint = words.indices.dropFirst(5).prefix(8).last(where: {
      joints.contains(words[$0].lowercased())
    }) {
      return Array(words[..<joint])
    }
    return Array(words.prefix(12))
  }

  /// Prepositions and conjunctions where a phrase begins, and a long clause may be cut.
  static let joints: Set<String> = [
    "on", "for", "to", "in", "with", "at", "from", "by", "and", "which", "because", "so",
  ]

  /// Words that report what someone said, with the little words after them.
  static let reports = [
    " told me that ", " told me about ", " told me ", " said that ", " said ", " mentioned that ",
    " mentioned ", " talked about ", " showed me ", " explained that ", " explained ",
    " was excited about ", " is excited about ", " was proud of ", " is proud of ",
  ]

  /// Subjects of the person's own report ("he was on about", "shes trying to").
  static let pronouns: Set<String> = [
    "he", "she", "they", "he's", "she's", "hes", "shes", "they're", "theyre", "we", "it",
  ]
  /// Words that open the noun phrase a report is about.
  static let determiners: Set<String> = ["the", "a", "an", "their", "his", "her"]

  /// Words an item cut short must not end on.
  static let dangling: Set<String> = determiners.union([
    "of", "to", "for", "in", "on", "off", "by", "with", "at", "from", "and",
  ])

  /// Words that start another clause: the told part ends before them.
  static let stops: Set<String> = [
    "and", "but", "so", "which", "because", "although", "though", "while", "whereas",
  ]

  /// The last item of an answer given as a list ("tools, if i have a truck, and hes getting into
  /// heat pumps since the state rebates came in"), without its joining word: people list the
  /// routine questions first and end on what the employer is doing. Nil when no item has three
  /// words or more.
  static func lastItem(in text: String) -> String? {
    let items = text.split(whereSeparator: { ",.!?;\n".contains($0) })
    for item in items.reversed() {
      var words = item.split(separator: " ").map(String.init)
      while let first = words.first,
        ["and", "but", "also", "plus", "then"].contains(first.lowercased())
      {
        words.removeFirst()
      }
      guard words.count >= 3 else { continue }
      // Cut before a new clause ("so carers dont spend ages driving", "since the state rebates
      // came in"), at twelve words, and never on a word that needs one after it.
      if let end = words.indices.dropFirst(3).first(where: {
        stops.contains(words[$0].lowercased()) || words[$0].lowercased() == "since"
      }) {
        words = Array(words[..<end])
      }
      // "he was on about the solar panel contract they won": what he told of, from its first
      // determiner, since the person's "he" and verb are theirs, not the note's.
      if let first = words.first, pronouns.contains(first.lowercased()),
        let start = words.firstIndex(where: { determiners.contains($0.lowercased()) }),
        words.count - start >= 2
      {
        words = Array(words[start...])
      }
      var kept = cutAtJoint(words)
      while kept.count > 2, let last = kept.last, dangling.contains(last.lowercased()) {
        kept.removeLast()
      }
      return kept.joined(separator: " ")
    }
    return nil
  }
}
