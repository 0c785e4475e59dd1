/// The writer's own experience, clause by clause: what makes a note a second cover letter,
/// whatever its words.
///
/// A note drifts into a cover letter when it tells the reader again who the writer is: their
/// years, qualifications, skills, achievements. No trigger word is needed ("Just a reminder
/// that I ran the HACCP system for six years, hold a Level 4 in Food Safety and managed 40
/// staff"), so each clause is read for two things: is its subject the writer (said, or left
/// unsaid where a clause goes on with the writer's verbs: "..., built the month-end pack, am
/// ACCA qualified"), and is its content the writer's own record (a span of years at work, a
/// qualification or an ability held, a thing they achieved, their CV or background)? One such
/// clause may serve the point; two or more, across the note, argue the case again.
extension CoverLetterRule {
  /// The clauses of a sentence that tell the writer's own record, as ranges of words.
  static func experienceClauses(in sentence: SentenceReading) -> [Range<Int>] {
    let texts = sentence.texts
    var result: [Range<Int>] = []
    var subjectIsWriter = false
    for clause in clauses(of: sentence) {
      let words = texts[clause]
      // Its own subject, when its first word past the one that opens it is a subject;
      // else the clause goes on with the subject before it ("I ran the rota, hold a Level 4
      // and managed 40 staff").
      let opening = words.drop(while: {
        openersNotRelative.contains($0) || fillers.contains($0)
      }).prefix(1)
      if let first = opening.first(where: {
        writerSubjects.contains($0) || otherSubjects.contains($0)
      }) {
        subjectIsWriter = writerSubjects.contains(first)
      } else if clause.lowerBound == 0 {
        subjectIsWriter = false
      }
      guard subjectIsWriter, isRecord(words, in: sentence, at: clause) else { continue }
      result.append(clause)
    }
    return result
  }

  /// The pronouns that open a relative clause as its subject: "a paper ... which seem to cut
  /// fouling", "a team who tried a UV ring" are about the thing named before, not the writer.
  static let relatives: Set<String> = ["who", "which", "whom", "whose"]

  /// The words that open a clause, relative pronouns aside: built once, as every word of
  /// every clause is tested against it.
  static let openersNotRelative = SentenceReading.clauseOpeners.subtracting(relatives)

  /// Words that may stand before a clause's subject without being it: "also I", "just a
  /// reminder that I". A closed class of adverbs, so a list.
  static let fillers: Set<String> = ["also", "just", "then", "plus", "and", "oh", "btw"]

  /// Whether a clause offers to do something later, not a record: a modal before a verb of
  /// getting or doing ("I can get my CSCS card done next week", "I could sit the Level 3 in
  /// May"). Modals and these verbs are closed classes, so lists.
  static func isOffer(_ words: ArraySlice<String>) -> Bool {
    let getting: Set<String> = [
      "get", "do", "take", "sit", "book", "start", "finish", "complete", "renew", "apply",
      "have", "be", "go", "look",
    ]
    let list = Array(words)
    return list.indices.contains { index in
      ["can", "could", "will", "would", "i'll", "i'd", "shall", "might", "going"].contains(
        list[index])
        && list[(index + 1)..<min(list.count, index + 3)].contains(where: getting.contains)
    }
  }

  /// The subjects that are the writer, in a clause's first words. "My" opens the writer's
  /// record only before the words of a record ("my twelve years", "my background in"), which
  /// `isRecord` reads; "my son is six years old" names someone else.
  static let writerSubjects: Set<String> = ["i", "i'm", "i've", "im", "ive", "i'd"]

  /// The subjects that are someone else: the employer's people, a thing, anyone. A closed
  /// class of pronouns and determiners, so a list.
  static let otherSubjects: Set<String> = [
    "you", "you're", "you've", "your", "they", "they're", "their", "we", "we're", "we've",
    "our", "he", "she", "it", "it's", "its", "the", "this", "there", "everyone", "everybody",
    "who", "which",
  ]

  /// The words of a clause held only as an offer or a wish, not a record: "I can get my CSCS
  /// card done next week", "I'd love to get more experience", "I will be away for two weeks".
  /// Any of them keeps the clause out: when unsure, the review says nothing.
  /// Modal verbs are a closed class, so a list.
  static let modals: Set<String> = [
    "can", "could", "will", "would", "i'll", "i'd", "shall", "should", "might", "may", "going",
    "hope", "hoping", "want", "wanted", "able", "willing",
  ]

  /// Words that make a span of time something other than years at work: time without work
  /// ("out of work for eight months"), time ago, an age. A closed set of shapes, so a list.
  static let notWorkTime: Set<String> = [
    "out", "unemployed", "off", "away", "ago", "old", "looking", "searching", "hunting",
  ]

  /// What the interview itself was made of: a deed done to one of these ("how I handled the
  /// Excel task") is the writer's showing on the day, the apology's business, not their record.
  static let interviewThings: Set<String> = Set(ApologyRule.classes["answer"] ?? []).union([
    "question", "questions", "interview", "task", "tasks", "exercise", "test", "tour", "trial",
  ])

  /// Whether the words of a writer's clause tell their record: a span of years at work, a
  /// qualification or ability held, a deed told as an achievement, their CV or background.
  private static func isRecord(
    _ words: ArraySlice<String>, in sentence: SentenceReading, at clause: Range<Int>
  ) -> Bool {
    if sentence.isNegated(at: clause.lowerBound) { return false }
    if words.contains(where: { $0.hasSuffix("n't") || $0 == "not" || $0 == "never" }) {
      return false
    }
    if words.contains(where: modals.contains) { return false }
    if words.contains(where: interviewThings.contains) { return false }
    if words.contains(where: { ["you", "your", "you're", "you've", "yours"].contains($0) }) {
      return false
    }
    let list = Array(words)
    let cv = RecordWords.cv
    let spans = RecordWords.spans
    let counts = RecordWords.counts
    for (offset, word) in list.enumerated() {
      if RecordWords.qualifications.contains(word) || NoSpecificTopicRule.ability.contains(word) {
        return true
      }
      // "my background in", "my experience with": the writer's CV named.
      if cv.contains(word), offset > 0, list[offset - 1] == "my" { return true }
      // "for six years", "a twelve month placement": a span of time at work.
      if spans.contains(word), offset > 0,
        counts.contains(list[offset - 1]) || list[offset - 1].contains(where: \.isNumber),
        !list.contains(where: notWorkTime.contains)
      {
        return true
      }
    }
    // Two words of a qualification's name: "Level 4", "first class".
    let joined = SearchedText(list.joined(separator: " "))
    if RecordWords.multiWordQualifications.contains(where: joined.contains) { return true }
    return deeds(list) > 0
  }

  /// The writer's deeds told as achievements: "ran", "managed", "built", "trained", not
  /// "managed to find the office".
  private static func deeds(_ words: [String]) -> Int {
    let verbs = RecordWords.deedVerbs
    let notDeeds = RecordWords.notDeeds
    return words.indices.filter { index in
      verbs.contains(words[index])
        && !(index + 1 < words.count && notDeeds.contains(words[index + 1]))
    }.count
  }

  /// The clauses of a sentence: broken at a comma, colon, semicolon or dash, and before a
  /// word that opens a clause ("and", "that", "because") or a subject pronoun.
  static func clauses(of sentence: SentenceReading) -> [Range<Int>] {
    let texts = sentence.texts
    guard !texts.isEmpty else { return [] }
    var result: [Range<Int>] = []
    var start = 0
    for index in texts.indices.dropFirst() {
      let opens =
        NoSpecificTopicRule.clauseEnds(sentence, before: index)
        || SentenceReading.clauseOpeners.contains(texts[index])
        || writerSubjects.contains(texts[index])
          && !SentenceReading.clauseOpeners.contains(
            texts[index - 1])
      if opens, index > start {
        result.append(start..<index)
        start = index
      }
    }
    result.append(start..<texts.count)
    return result
  }
}

/// The word classes a record is read by, built once from `CoverLetterRule.classes`: every
/// clause of every sentence is read against them, and building them per clause was most of
/// the time of a 16 KiB review.
private enum RecordWords {
  static let qualifications = Set(CoverLetterRule.classes["qualification"] ?? [])
  /// Qualifications of two words or more: "Level 4", "first class".
  static let multiWordQualifications = (CoverLetterRule.classes["qualification"] ?? []).filter {
    $0.contains(" ")
  }
  static let cv: Set<String> = [
    "cv", "resume", "background", "track", "skillset", "skills", "qualifications",
    "credentials", "achievements", "accomplishments", "experience", "expertise", "career",
  ]
  static let spans: Set<String> = ["years", "year", "yrs", "months", "month", "decade", "decades"]
  static let counts = Set(CoverLetterRule.classes["count"] ?? []).subtracting(["a", "a few"])
  static let deedVerbs = Set((CoverLetterRule.classes["did"] ?? []).filter { !$0.contains(" ") })
    .subtracting(["run", "manage", "lead", "volunteer"])
  static let notDeeds: Set<String> = [
    "to", "into", "through", "out", "across", "late", "over", "up",
  ]
}
