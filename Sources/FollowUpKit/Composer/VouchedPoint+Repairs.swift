/// The few repairs to a point that English makes the same way whatever the sentence, so that
/// making them changes how the point reads and never what it says.
extension VouchedPoint {
  /// `sentence` with each certain repair made: a single closing "!" becomes a full stop; "co
  /// workers" is written "co-workers"; a word typed twice in a row is said once ("very very
  /// early" -> "very early"); "I was trainer for ..." takes its "a", and so does a counted
  /// thing a verb of having or getting takes ("never got loan from" -> "never got a loan
  /// from"); "how hard is to park" takes the "it" English needs ("how hard it is to park"); a length of time
  /// after a verb takes its "for" ("in Barcelona two summers" -> "for two summers"); "I am
  /// vegan for 4 years" takes the tense English gives a state that has lasted until now ("I
  /// have been vegan for 4 years"). Anything less certain is left for the reading to doubt.
  static func repaired(_ sentence: String) -> String { repairs(of: sentence).text }

  /// The repaired sentence and how many slips of grammar it mended: a missing "for" (with the
  /// tense it brings), a missing "a", a prefix written apart, a word typed twice. A full stop for "!" is no slip
  /// of grammar. One slip is a slip; a line with two needs more than the reading can see,
  /// so the reading holds it back (`VouchedPoint.reading`).
  static func repairs(of sentence: String) -> (text: String, slips: Int) {
    var words = sentence.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return (sentence, 0) }
    words = exclamationStopped(words)
    // "basically", "kind of", a closing "a bit" after its object: chat hedges dropped where
    // the sentence stays whole without them (`InterestReader.withoutHedges`); no slip of
    // grammar, and no word of what the point says.
    let opensCapitalised = words.first?.first?.isUppercase == true
    words = InterestReader.withoutHedges(words)
    if opensCapitalised, let first = words.first { words[0] = first.capitalisedFirst() }
    guard !words.isEmpty else { return (sentence, 0) }
    // A spelling with one written form, as "dont" is "don't": no slip of grammar.
    words = itsContracted(words)
    // A question's marks, "always" with its perfect, an adverb after a verb of motion
    // (`VouchedPoint+Idiom`).
    let idiom = idiomRepaired(words)
    words = idiom.words
    var slips = idiom.slips
    for repair in [
      prefixJoined, undoubled, { perfectForDuration(durationGiven($0)) }, roleArticled,
      objectArticled, dummySubjectGiven, sameDetermined, countryDetermined, lastSpanGiven,
    ] {
      let mended = repair(words)
      if mended != words { slips += 1 }
      words = mended
    }
    return (words.joined(separator: " "), slips)
  }

  /// "its a big change", "its not easy": "its" before what only a verb takes ("a", "so",
  /// "not", "been") is "it's" typed without its apostrophe; the owner's "its" always has its
  /// thing after it ("its new clinic"), and is left alone, as is "its" before one word that
  /// ends the line, which may be either ("I think its brilliant", "I love its design").
  static func itsContracted(_ words: [String]) -> [String] {
    words.indices.map { index in
      let word = words[index]
      guard word == "its" || word == "Its", index + 1 < words.count,
        itsVerbFollowers.contains(words[index + 1].lowercased().trimming(",.!?;:"))
      else { return word }
      return word == "Its" ? "It's" : "it's"
    }
  }

  /// Words that follow "it's" and never the owner's "its".
  private static let itsVerbFollowers: WordSet = [
    "a", "an", "the", "so", "really", "very", "not", "been", "going", "just", "quite", "too",
    "such", "always", "never", "still", "what", "how", "like", "only", "actually",
    "definitely", "pretty", "literally", "exactly", "why", "where", "about", "all",
  ]

  /// "I worked there two summers!": one exclamation mark, closing the point, says no more than
  /// a full stop in a note to a hiring manager, and reads as chat.
  private static func exclamationStopped(_ words: [String]) -> [String] {
    let marks = words.joined().filter { "!?".contains($0) }
    guard marks == "!", var last = words.last, last.hasSuffix("!") else { return words }
    last.removeLast()
    return Array(words.dropLast()) + [last + "."]
  }

  /// "we had same problem", "to see same face": "same" before a thing takes "the" in
  /// English, a slip second-language writers make often (tuning 45's cm001, cm007). Only
  /// inside a clause, after a word that is no determiner: after a comma or opening the line
  /// ("same idea really") it is an elliptical remark, and after a determiner ("this same",
  /// "my same") it has one.
  private static func sameDetermined(_ words: [String]) -> [String] {
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      if lower == "same", index > 0, index + 1 < words.count,
        case let previous = words[index - 1].lowercased(),
        previous.last?.isLetter == true, !sameDeterminers.contains(previous),
        case let next = words[index + 1].lowercased().trimming(",.!?;:"),
        next.count > 2, next.allSatisfy(\.isLetter), !["as", "again", "here", "too"].contains(next)
      {
        result.append("the")
      }
      result.append(word)
    }
    return result
  }

  /// "When I came to UK", "I worked in US for two years": the countries whose names are
  /// plural or a union take "the" after a preposition, whatever the sentence (a slip
  /// second-language writers make often: tuning 50's cw023). Only the names written so, in
  /// capitals or as the plural names, never a word that may be something else.
  static func countryDetermined(_ words: [String]) -> [String] {
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let bare = word.trimming(",.!?;:()\"")
      if index > 0, articledCountries.contains(bare),
        TopicRepair.prepositions.contains(words[index - 1].lowercased()),
        words[index - 1].last?.isLetter == true
      {
        result.append("the")
      }
      result.append(word)
    }
    return result
  }

  /// Country names written with "the": initials of a union or kingdom, and plural names.
  private static let articledCountries: Set<String> = [
    "UK", "US", "USA", "UAE", "Netherlands", "Philippines", "Maldives", "Bahamas",
  ]

  /// "I have installed many heat pumps the last 3 years": "the last" or "the past" with a
  /// count of years, months or weeks after a word that is no preposition is a length of
  /// time, which English gives "over" (a slip of tuning 50's cw059).
  static func lastSpanGiven(_ words: [String]) -> [String] {
    let lower = words.map { $0.lowercased().trimming(",.!?;:()\"") }
    var result: [String] = []
    for index in words.indices {
      if index > 0, index + 3 < words.count, lower[index] == "the",
        ["last", "past"].contains(lower[index + 1]),
        isNumber(lower[index + 2]) || ["few", "couple"].contains(lower[index + 2]),
        words[index - 1].last?.isLetter == true,
        !TopicRepair.prepositions.contains(lower[index - 1]),
        // "spent the last 3 years", "have had the past few months": a verb whose object is a
        // time needs nothing.
        !durationLeaders.contains(lower[index - 1]),
        !Lexicon.stopwords.contains(lower[index - 1])
          || ["them", "it", "this", "that", "there"].contains(lower[index - 1]),
        lower[(index + 3)...].prefix(2).contains(where: durationUnits.contains)
      {
        result.append("over")
      }
      result.append(words[index])
    }
    return result
  }

  /// Words that already determine "same": "the same", "this same", "exactly the same".
  private static let sameDeterminers: Set<String> = [
    "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its",
    "a", "much", "very",
  ]

  /// "co workers": "co" is no word alone; the prefix is joined with a hyphen.
  private static func prefixJoined(_ words: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      if word.lowercased() == "co", index + 1 < words.count,
        words[index + 1].first?.isLowercase == true
      {
        result.append(word + "-" + words[index + 1])
        index += 2
        continue
      }
      result.append(word)
      index += 1
    }
    return result
  }

  // MARK: - A length of time

  /// "I worked in a bar in Barcelona two summers": a number and a unit of time after a word
  /// that takes no object of time ("have 3 years" does) with nothing before it that makes it
  /// a time of its own ("the last two years", "over 3 years") takes "for".
  private static func durationGiven(_ words: [String]) -> [String] {
    var result = words
    var index = 1
    while index + 1 < result.count {
      let lower = result.map { $0.lowercased().trimming(",.!?;:()\"") }
      if isNumber(lower[index]), durationUnits.contains(lower[index + 1]),
        result[index - 1].last?.isLetter == true,
        !durationLeaders.contains(lower[index - 1]),
        index + 2 >= lower.count || !durationFollowers.contains(lower[index + 2])
      {
        result.insert("for", at: index)
        index += 2
      }
      index += 1
    }
    return result
  }

  /// A number of a few units: digits, or a word for one up to twelve.
  static func isNumber(_ word: String) -> Bool {
    if !word.isEmpty, word.count <= 2, word.allSatisfy(\.isNumber) { return true }
    return [
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ].contains(word)
  }

  /// Units a length of a stretch of life is counted in.
  static let durationUnits: WordSet = [
    "years", "months", "weeks", "summers", "winters", "seasons", "semesters", "terms",
  ]

  /// Words before a number that make it a time of its own or an object: "for", "the last",
  /// "over", "have", "spent".
  private static let durationLeaders: WordSet = [
    "for", "in", "over", "about", "than", "last", "past", "next", "around", "nearly", "almost",
    "after", "within", "first", "those", "these", "the", "of", "some", "few", "just", "only",
    "my", "our", "his", "her", "their", "your", "every", "each", "all", "have", "has", "had",
    "having", "with", "got", "gained", "spent", "spend", "spending", "took", "take", "takes",
    "need", "needed", "during", "since", "from", "to", "and", "or", "by", "until", "till",
    "at", "on", "least", "another", "extra", "more", "once", "twice", "a", "an", "per", "up",
    "roughly", "approximately", "maybe", "probably", "like", "under", "less", "several",
    "couple", "ago",
  ]

  /// Words after the unit that make it an age or a point in time: "two years ago", "three
  /// years old", "five years later", "two years of".
  private static let durationFollowers: WordSet = [
    "ago", "old", "later", "earlier", "before", "after", "of", "running", "back", "on",
    "younger", "older", "since",
  ]

  // MARK: - A state that has lasted

  /// "I am vegan for 4 years": a state that began in the past and lasts until now is told in
  /// the present perfect, whatever the state ("I have been vegan for 4 years"). Only a state
  /// named in a word or two ("vegan", "a nurse") right after "am" is changed: "I am in Leeds
  /// for two weeks" is a plan, and stays as typed.
  private static func perfectForDuration(_ words: [String]) -> [String] {
    let lower = words.map { $0.lowercased().trimming(",.!?;:()\"") }
    for index in lower.indices where ["am", "i'm", "i’m"].contains(lower[index]) {
      if lower[index] == "am", index == 0 || lower[index - 1] != "i" { continue }
      // The state: one or two plain words, then "for", a number and a unit.
      for gap in 1...2 where index + gap + 3 <= lower.count {
        let state = lower[(index + 1)...(index + gap)]
        let forAt = index + gap + 1
        guard lower[forAt] == "for", isNumber(lower[forAt + 1]),
          forAt + 2 < lower.count, durationUnits.contains(lower[forAt + 2]),
          state.allSatisfy({ $0.allSatisfy(\.isLetter) && !notStates.contains($0) }),
          words[index...(index + gap)].allSatisfy({ $0.last?.isLetter == true })
        else { continue }
        var result = words
        if lower[index] == "am" {
          result[index] = "have been"
        } else {
          result[index] = (words[index].first == "i" ? "i" : "I") + "'ve been"
        }
        return result.joined(separator: " ").split(separator: " ").map(String.init)
      }
    }
    return words
  }

  /// Words after "am" that make it a place, a plan or an action, not a state.
  private static let notStates: WordSet = [
    "here", "there", "in", "at", "on", "with", "to", "going", "away", "off", "back", "staying",
    "visiting", "not", "only", "just", "still", "also", "now", "free", "available", "booked",
    "leaving", "moving", "travelling", "traveling", "out", "abroad", "around",
  ]

  // MARK: - A counted object with its article

  /// "She never got loan from any bank", "My nonno had farm in Puglia": a verb of having,
  /// getting or making whose object is one singular noun that counts, bare, before a
  /// preposition or the end (`bareCountedObject`), takes "a": the thing is one of its kind the
  /// reader has not met, as English introduces it. The same repair the topic makes
  /// (`VouchedTopic.reading`: "you opened café in Leeds" -> "a café").
  private static func objectArticled(_ words: [String]) -> [String] {
    let lower = words.map { $0.lowercased().trimming(",.!?;:()\"") }
    guard let object = countedObject(lower, words) else { return words }
    var result = words
    result.insert(article(before: lower[object]), at: object)
    return result
  }

  // MARK: - The "it" of "how hard it is"

  /// "I know how hard is to park near the fortress": a degree word after "how", then "is" or
  /// "was" and "to", has lost the "it" that stands for the act ("how hard it is to park").
  /// English never says "how hard is to", so the repair is certain.
  private static func dummySubjectGiven(_ words: [String]) -> [String] {
    let lower = words.map { $0.lowercased().trimming(",.!?;:()\"") }
    var result = words
    for index in lower.indices.dropFirst().reversed() where index + 2 < lower.count {
      guard lower[index - 1] == "how", ["is", "was"].contains(lower[index + 1]),
        lower[index + 2] == "to", lower[index].count >= 3, lower[index].allSatisfy(\.isLetter),
        words[index].last?.isLetter == true, !VouchedTopic.function.contains(lower[index])
      else { continue }
      result.insert("it", at: index + 1)
    }
    return result
  }

  // MARK: - A role with its article

  /// "I was trainer for new people", "I worked as cashier at ...": a role after "I was", "I
  /// am" or "as" takes "a" when it is one word, a noun for a person by what they do, and ends
  /// its phrase (before a preposition, "and", or the sentence's end). "I was head of sales" and
  /// "I was better at ..." are not changed.
  private static func roleArticled(_ words: [String]) -> [String] {
    let lower = words.map { $0.lowercased().trimming(",.!?;:()\"") }
    var result = words
    for index in lower.indices.reversed() where index >= 1 && index + 1 < lower.count {
      let previous = lower[index - 1]
      let takesRole =
        previous == "as" && index >= 2
        && !["such", "as", "well", "same"].contains(lower[index - 2])
        || ["i'm", "i’m", "been", "became"].contains(previous)
        || ["was", "am"].contains(previous) && index >= 2 && lower[index - 2] == "i"
      let role = lower[index]
      guard takesRole, words[index].first?.isLowercase == true, isRoleNoun(role),
        words[index - 1].last?.isLetter == true
      else { continue }
      let ends =
        words[index].last.map { ",.;:".contains($0) } == true || index + 1 >= lower.count
        || ["for", "in", "at", "with", "on", "and", "to", "when", "until", "before", "after"]
          .contains(lower[index + 1])
      guard ends else { continue }
      result.insert(article(before: role), at: index)
    }
    return result
  }

  /// Whether a word is a noun for a person by what they do, read strictly: a common title, or
  /// a word in "-ist", "-eer", "-er" or "-or" that is no adjective or comparative.
  private static func isRoleNoun(_ word: String) -> Bool {
    guard word.count >= 4, word.allSatisfy(\.isLetter), !notRoles.contains(word) else {
      return false
    }
    if roleTitles.contains(word) { return true }
    // "happier", "busier", "tidier": a comparative of an adjective in "-y".
    if word.hasSuffix("ier") { return false }
    // Not "-ian": "I am vegetarian", "I am Italian" describe, and stand with no article.
    return ["ist", "eer", "er", "or"].contains(where: word.hasSuffix)
      && RoleTitle.isPersonNoun(word)
  }

  /// Common titles with no person's ending.
  private static let roleTitles: WordSet = [
    "chef", "nurse", "cook", "clerk", "barista", "nanny", "medic", "coach", "intern", "guide",
    "midwife", "pilot", "secretary", "paramedic", "mechanic", "surgeon", "dentist", "therapist",
    "porter", "tutor", "carer", "analyst", "cashier", "volunteer", "apprentice", "receptionist",
    "waitress", "student", "assistant", "accountant", "consultant", "engineer", "technician",
    "librarian", "electrician", "physician", "musician", "optician", "dietitian", "paediatrician",
  ]

  /// Words in "-er" or "-or" that are adjectives, comparatives or no person.
  private static let notRoles: WordSet = [
    "better", "older", "younger", "bigger", "smaller", "faster", "slower", "eager", "clever",
    "proper", "sober", "bitter", "tender", "other", "over", "under", "after", "never", "ever",
    "either", "neither", "rather", "together", "whether", "further", "later", "earlier",
    "easier", "happier", "busier", "closer", "minor", "major", "junior", "senior", "inferior",
    "superior", "poor", "prior", "interior", "exterior", "there", "here", "where", "ahead",
    "sure", "super", "higher", "lower", "stronger", "longer", "shorter", "quicker", "harder",
    "calmer", "safer", "wiser", "bolder", "member", "part", "proud", "similar", "familiar",
    "regular", "popular", "particular", "peculiar", "former", "latter", "upper", "inner",
    "outer", "summer", "winter", "water", "paper", "number", "order", "computer", "power",
    "counter", "corner", "center", "letter", "matter", "error", "honor", "humor", "colour",
    "color", "floor", "door", "manor", "favour", "favor", "labour", "labor", "mirror",
  ]

  /// "a" or "an" before a word, by how it is said: "an intern", "a union rep".
  private static func article(before word: String) -> String {
    guard let first = word.first else { return "a" }
    if "aeio".contains(first) { return "an" }
    if first == "u", !["uni", "use", "usu", "ur", "ut"].contains(where: word.hasPrefix) {
      return "an"
    }
    return "a"
  }
}
