/// Whether a point that names a past time tells it with a past verb.
extension VouchedPoint {
  /// "I help my co-workers before with our system", "At my last job I lead the team": a past
  /// time named ("before", "last year", "at my last job", "when I was", "two years ago") and,
  /// in the same clause, a verb right after its subject that is not in the past. A clause ends
  /// at "and", "but", "so", "because", "now": "I worked there before and I love it" changes
  /// its time with its clause. "have" and the modals pass ("I have done this before").
  static func tenseAfterPastTime(_ words: [String]) -> String? {
    var clause: [String] = []
    for word in words + ["and"] {
      if clauseEnds.contains(word) {
        if let found = presentInPast(clause) { return found }
        clause = []
      } else {
        clause.append(word)
      }
    }
    return nil
  }

  /// The present verb in a clause that names a past time, or a time that has lasted until now
  /// ("I drive trolleybus for 6 years", which English tells as "I have driven"), or nil.
  private static func presentInPast(_ clause: [String]) -> String? {
    guard namesPastTime(clause) || namesLastingTime(clause) else { return nil }
    // "residents love planting": a plural noun is a subject as a pronoun is, before a
    // plain verb (a plural agrees with no "-s").
    for index in clause.indices.dropLast()
    where ["i", "we", "they", "he", "she"].contains(clause[index])
      || (isPluralSubject(clause, at: index) && !clause[index + 1].hasSuffix("s"))
    {
      var verb = index + 1
      while verb < clause.count,
        [
          "also", "always", "often", "usually", "sometimes", "really", "just", "still", "never",
          "even", "only",
        ].contains(clause[verb])
      {
        verb += 1
      }
      guard verb < clause.count else { continue }
      let word = clause[verb]
      if presentForms.contains(word) { return "a present verb \"\(word)\" in a past time" }
    }
    return nil
  }

  /// Whether a clause names a stretch of time with "for" ("for 6 years", "for two summers"),
  /// which a present verb cannot carry: the stretch is over, or has lasted until now.
  private static func namesLastingTime(_ clause: [String]) -> Bool {
    clause.indices.dropLast(2).contains { index in
      clause[index] == "for" && isNumber(clause[index + 1])
        && durationUnits.contains(clause[index + 2])
    }
  }

  /// Whether a clause names a time that is over: "before" at its end or before a preposition,
  /// "ago", "last" or "previous" before a time or a workplace, "when I was", a year gone by.
  private static func namesPastTime(_ clause: [String]) -> Bool {
    for (index, word) in clause.enumerated() {
      let next = index + 1 < clause.count ? clause[index + 1] : ""
      switch word {
      case "ago", "previously", "formerly": return true
      case "before":
        if next.isEmpty || ["with", "in", "at", "on", "for", "too", "as"].contains(next) {
          return true
        }
      case "last", "previous", "former":
        if pastTimes.contains(next) { return true }
      case "old":
        // "in my old care home", "at our old school": a place of work or life the person
        // has left, after its owner, with one word of its name between at most.
        let after = index + 2 < clause.count ? clause[index + 2] : ""
        if index > 0, ["my", "our"].contains(clause[index - 1]),
          pastTimes.contains(next) || pastPlaces.contains(next) || pastPlaces.contains(after)
        {
          return true
        }
      case "when":
        if ["i", "we"].contains(next), index + 2 < clause.count,
          ["was", "were"].contains(clause[index + 2])
        {
          return true
        }
      default:
        if word.count == 4, let year = Int(word), year >= 1950, year <= 2020 { return true }
      }
    }
    return false
  }

  /// A lower-case plural noun opening the clause's subject ("residents love", "in my old
  /// home residents love"), not one after a determiner or a preposition, which is an object.
  private static func isPluralSubject(_ clause: [String], at index: Int) -> Bool {
    let word = clause[index]
    guard word.count >= 5, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      word.allSatisfy(\.isLetter), !Lexicon.stopwords.contains(word), index > 0
    else { return false }
    let previous = clause[index - 1]
    return !Lexicon.stopwords.contains(previous) && !TopicGrammar.determiners.contains(previous)
      && !TopicRepair.prepositions.contains(previous)
  }

  /// Places a person has left, after "my old": where they worked or lived.
  private static let pastPlaces: WordSet = [
    "home", "hotel", "store", "shop", "hospital", "ward", "office", "restaurant", "factory",
    "warehouse", "lab", "job", "school", "company", "firm", "site", "kitchen", "salon",
  ]

  /// Words that end a clause, where its time may change.
  private static let clauseEnds: WordSet = [
    "and", "but", "so", "because", "now", "which", "though",
  ]

  /// Times and workplaces that "last" or "previous" makes past.
  private static let pastTimes: WordSet = [
    "year", "month", "week", "summer", "winter", "spring", "autumn", "job", "company", "role",
    "employer", "place", "workplace", "team", "school", "time", "position", "post",
  ]

  /// Verbs in the present that a past time would have in the past: the common verbs of work
  /// and life in a point. A word not here is not read as a verb, so the check errs on passing.
  private static let presentForms: WordSet = [
    "help", "helps", "work", "works", "do", "does", "make", "makes", "lead", "train", "teach",
    "manage", "run", "use", "build", "live", "study", "learn", "start", "drive", "sell", "cook",
    "volunteer", "organise", "organize", "support", "handle", "care", "look", "write", "go",
    "goes", "take", "give", "see", "know", "fix", "set", "love", "like", "enjoy",
  ]
}
