/// Who a clause is about: the word its subject opens with, so a rule can tell the writer's
/// circumstances ("I've been out of work since May") from the employer's ("how you keep the
/// café afloat through the winter") in one sentence that speaks of both.
extension SentenceReading {
  /// The words that open a clause within a sentence. A closed class of English (conjunctions
  /// and the words that open a reported or relative clause), so a list.
  static let clauseOpeners: Set<String> = [
    "that", "how", "which", "who", "whom", "whose", "when", "where", "while", "whilst",
    "because", "since", "as", "and", "but", "so", "if", "though", "although", "whether", "why",
    "what", "until", "till", "once",
  ]

  /// The words that stand for the employer or a thing of theirs as a clause's subject: their
  /// people ("you", "your team", "they"), and a thing named with "the" or "this" ("the shop
  /// has had a tough year"), which in a note is theirs or the world's, never the writer's own
  /// (the writer's things are "my"). Not "it": "it's been a rough few months of job hunting"
  /// is the writer's own, its subject a word that stands for nobody.
  /// Not "this" either: "this would mean everything to us" is the job, for the writer.
  static let othersAsSubject: Set<String> = SentenceReading.employerWords.union([
    "the", "its", "everyone", "everybody", "their", "he", "she",
  ])

  /// The pronouns that stand as a clause's subject: the nearest before a word is whom its
  /// clause is about, even where no word opens the clause ("the kind of place I'd take any
  /// hours at"). A closed class, so a list. Not a bare "you", which is as often the object
  /// ("I'll give you a ring on Monday"); it is the subject where a clause opens with it.
  static let subjectPronouns: Set<String> = [
    "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "you've", "you're", "you'd",
    "you'll", "they", "they're", "they've", "we", "he", "she",
  ]

  /// The first word of the clause that holds the word at `index`: back from it to the nearest
  /// subject pronoun, clause opener or clause mark (a comma, a colon, a dash), or to the
  /// sentence's start.
  func clauseSubject(before index: Int) -> String? {
    clauseStart(before: index).map { texts[$0] }
  }

  /// Where the clause holding the word at `index` starts: its subject's first word.
  func clauseStart(before index: Int) -> Int? {
    guard index >= 0, index < texts.count else { return nil }
    var start = index
    while start > 0 {
      if Self.subjectPronouns.contains(texts[start]) { break }
      if Self.clauseOpeners.contains(texts[start - 1]) { break }
      if NoSpecificTopicRule.clauseEnds(self, before: start) { break }
      start -= 1
    }
    return start
  }

  /// Whether the clause holding the word at `index` has the employer, or a thing not the
  /// writer's, as its subject: "how you keep the café financially afloat", "that the shop has
  /// been through a tough few months". A clause that goes on to name the writer as the one it
  /// happens to ("it's been a hard year for me") is the writer's after all.
  func isOthersClause(at index: Int) -> Bool {
    guard let subject = clauseSubject(before: index), Self.othersAsSubject.contains(subject)
    else { return false }
    var end = index + 1
    while end < texts.count, !Self.clauseOpeners.contains(texts[end]),
      !NoSpecificTopicRule.clauseEnds(self, before: end)
    {
      end += 1
    }
    return !texts[index..<end].contains(where: Self.selfWords.contains)
  }
}
