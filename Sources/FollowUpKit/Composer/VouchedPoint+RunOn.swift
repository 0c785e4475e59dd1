/// Whether a point is one sentence or several told as one: chat, not a line of a note.
///
/// The judge faulted points typed as people chat: "I helped move my old company's server room
/// once, 3 nights of no sleep but I loved it" (a remark without a verb spliced between two
/// clauses), "everything was on paper and we lost a whole file once and I had to ring the
/// client and it was so embarrassing" (a story of clauses strung on "and"), "It was crazy but
/// I learn so much" and "I've done reformer a fair bit after I did my knee in" (two times in
/// one sentence). Each is whole English in its parts and none is a sentence a hiring manager
/// reads as written, so the positive reading asks for one clause, or two joined once, in one
/// time. Read on the words of one sentence (`VouchedPoint.sentences`).
extension VouchedPoint {
  /// "... and we lost ... and I had to ... and it was ...": more than two clauses, counted by
  /// where a new subject opens after "and", "but", "so", "then" or a comma, or a clause opened
  /// by an "and" after another "and" (three parts strung on "and"); or a part with no
  /// verb after a comma that a joined clause follows ("..., 3 nights of no sleep but I loved
  /// it").
  static func runOn(_ words: [String], _ original: [String]) -> String? {
    // "I grew up near that canal actually my nan lived on a narrowboat": a talking adverb
    // ends one clause and the next opens with its own subject, with no joining word or stop.
    for index in words.indices.dropFirst(2) where index + 1 < words.count {
      if talkingAdverbs.contains(words[index]), original[index].last?.isLetter == true,
        original[index - 1].last?.isLetter == true, !clauseJoins.contains(words[index - 1]),
        opensClause(words, at: index + 1)
      {
        return "two clauses joined by \"\(words[index])\" alone"
      }
    }
    var joins = 0
    var joiners: [String] = []
    var pieceStart: Int?
    var commas = 0
    for index in words.indices.dropFirst() where index + 1 < words.count {
      let afterComma = original[index - 1].hasSuffix(",")
      if afterComma {
        pieceStart = index
        commas += 1
      }
      let joined = clauseJoins.contains(words[index]) && opensClause(words, at: index + 1)
      guard joined || afterComma && opensClause(words, at: index) else { continue }
      // "I did the training and ran the clinic and it was my favourite part": a clause opened
      // by a second "and" strings a third part on the first two (`InterestReader` writes it
      // as a sentence of its own; a line it could not is held back).
      if joined, words[index] == "and", words[..<index].contains("and") {
        return "clauses strung on \"and\""
      }
      joins += 1
      joiners.append(joined ? words[index] : ",")
      // "I worked in ICU in Riyadh with NIV patients, so I can help and I also want to get the
      // competency here": three clauses, each joined by its own word, in a sentence of
      // ordinary length, are written English, not chat strung together (tuning 45's cm006).
      // A comma alone, a word used twice, or a long line is still a run-on.
      let distinctlyJoined =
        !joiners.contains(",") && Set(joiners).count == joiners.count && joins == 2
        && words.count <= 24
      if joins >= 2, !distinctlyJoined { return "a run-on of \(joins + 1) clauses" }
      // The part between the one comma and this join holds no verb: a remark spliced in. A
      // list's last items ("Malayalam, Hindi and basic Arabic so I ...") hold "and" or "or",
      // or follow another comma.
      if joined, commas == 1, let start = pieceStart, start < index,
        !words[start..<index].contains(where: { clauseVerbs.contains($0) || $0.hasSuffix("ed") }),
        !words[start..<index].contains(where: { ["and", "or", "i", "we", "it"].contains($0) })
      {
        return "a remark with no verb spliced between clauses"
      }
    }
    return nil
  }

  /// "It was crazy but I learn so much": a clause in the past joined to one whose verb is a
  /// present of doing (`presentForms` of `VouchedPoint+Tense`), with nothing that makes it now
  /// ("now", "still", "every"); "I've done reformer after I did my knee in": a perfect beside a
  /// past event told with "after", "when" or "ago". A present of feeling ("I worked there and
  /// I love it") is the person's now, and passes.
  static func timeShift(_ words: [String]) -> String? {
    let perfect =
      words.contains { ["i've", "ive", "we've", "i’ve", "we’ve"].contains($0) }
      || words.indices.dropLast().contains { words[$0] == "i" && words[$0 + 1] == "have" }
    var pastSeen = false
    for index in words.indices {
      let word = words[index]
      if index > 0, subjects.contains(words[index - 1]), pastVerbs(word) { pastSeen = true }
      guard index + 2 < words.count, clauseJoins.contains(word) || timeJoins.contains(word),
        subjects.contains(words[index + 1])
      else { continue }
      let verb = words[index + 2]
      if timeJoins.contains(word), perfect, pastVerbs(verb) {
        return "a perfect beside a past event (\"\(word) \(words[index + 1]) \(verb)\")"
      }
      if clauseJoins.contains(word), pastSeen, presentOfDoing.contains(verb),
        !words[(index + 1)...].contains(where: nowWords.contains)
      {
        return "a present \"\(verb)\" after a clause in the past"
      }
    }
    return nil
  }

  /// Whether a new clause opens at `index`: a subject pronoun and a word after it.
  /// "the parts got lost": a determiner, a noun and a verb open one too.
  private static func opensClause(_ words: [String], at index: Int) -> Bool {
    if index + 2 < words.count, ["the", "my", "our", "his", "her", "their"].contains(words[index]),
      clauseVerbs.contains(words[index + 2]) || pastVerbs(words[index + 2])
    {
      return true
    }
    return index + 1 < words.count && subjects.union(contractedSubjects).contains(words[index])
      || index < words.count && contractedSubjects.contains(words[index])
  }

  /// A past verb: "was", "were", "had", "did" or a word in "-ed".
  private static func pastVerbs(_ word: String) -> Bool {
    ["was", "were", "had", "did", "went", "came", "got", "made", "lost", "took"].contains(word)
      || word.count >= 4 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter)
  }

  private static let subjects: Set<String> = ["i", "we", "they", "he", "she", "it"]
  /// Verbs that make a part after a comma a clause of its own.
  private static let clauseVerbs: Set<String> = [
    "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does", "did",
    "can", "could", "will", "would", "it's", "that's", "there's",
  ]
  private static let contractedSubjects: Set<String> = [
    "i'm", "i've", "i'd", "it's", "we're", "we've", "they're", "i’m", "i’ve", "i’d", "it’s",
    "im", "ive",
  ]
  private static let clauseJoins: Set<String> = ["and", "but", "so", "then"]
  /// Adverbs of talk that end a spoken clause: "..., actually", "... anyway".
  private static let talkingAdverbs: Set<String> = [
    "actually", "anyway", "anyways", "honestly", "basically", "though", "tho", "literally",
  ]
  private static let timeJoins: Set<String> = ["after", "when"]
  private static let nowWords: Set<String> = [
    "now", "still", "every", "always", "today", "currently", "nowadays",
  ]

  /// Presents of doing: a verb of an event, which after a past clause tells that time in
  /// the wrong tense (a verb of feeling, "love", "like", "know", is not here).
  private static let presentOfDoing: Set<String> = [
    "learn", "help", "work", "do", "make", "lead", "train", "teach", "manage", "run", "use",
    "build", "study", "start", "drive", "sell", "cook", "organise", "organize", "handle",
    "write", "go", "take", "give", "see", "fix", "set", "meet", "open",
  ]
}
