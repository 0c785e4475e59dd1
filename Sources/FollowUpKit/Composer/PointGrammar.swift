/// Signs, read from a point's grammar, that the person's line is not yet written English.
///
/// The blind judges failed points the earlier gates passed, and the faults were not new
/// sentences but a few shapes of second-language and chat grammar: a singular thing with no
/// article ("I did similar migration", "I coached robotics club"), a verb in the present beside
/// a time in the past ("I drive trolleybus 6 years", "so I grow up in it"), a plural owner with
/// no apostrophe ("my mates phones"), a capital on a small word inside the sentence ("at
/// Ours"), and two sentences joined by a comma ("... when I was 14, it kept me out of
/// trouble"). None can be mended without rewording the person, so each is a reason to hold the
/// point back; the gate prefers losing a good point to printing a broken one, and the person
/// is shown why and can type it again.
///
/// ```swift
/// PointGrammar.doubt(in: "I did similar migration at my last job.")  // "a singular ..."
/// PointGrammar.doubt(in: "I did a similar migration at my last job.")  // nil
/// ```
enum PointGrammar {
  /// The first doubtful sign in the sentence, or nil when its grammar gives no doubt.
  static func doubt(in sentence: String) -> String? {
    let original = sentence.split(separator: " ").map(String.init)
    let words = original.map { $0.lowercased().trimming(",.!?;:()\"") }
    guard !words.isEmpty else { return nil }
    if let shape = chatNumber(original) ?? bareSingular(words, original) ?? presentForPast(words)
      ?? ownerWithoutApostrophe(words, original) ?? capitalisedSmallWord(words, original)
    {
      return shape
    }
    if let clause = commaSplice(words, original) ?? verblessSubordinate(words)
      ?? clauseDoubt(words, original) ?? agreementSlip(words, original)
    {
      return clause
    }
    return orderDoubt(words, original) ?? degreeWithoutOwner(words, original)
  }

  // MARK: - A conjunction with no clause after it

  /// "... don't go to appointments because no interpreter": "because" (or "although",
  /// "unless") followed to the end by words with no subject and no verb, a clause cut to its
  /// noun. "because of the rain" is a preposition's phrase and passes.
  private static func verblessSubordinate(_ words: [String]) -> String? {
    guard let index = words.firstIndex(where: { ["because", "although", "unless"].contains($0) }),
      index + 1 < words.count, words[index + 1] != "of"
    else { return nil }
    let rest = words[(index + 1)...]
    let hasVerb = rest.contains { word in
      spliceSubjects.contains(word) || auxiliaries.contains(word) || pastVerbs.contains(word)
        || word.hasSuffix("ed") || word.hasSuffix("n't") || word.hasSuffix("s")
        || ["you", "he", "she", "there", "people", "everyone"].contains(word)
    }
    return hasVerb ? nil : "\"\(words[index])\" with no clause after it"
  }

  // MARK: - A number in chat shorthand

  /// "raised 4k", "a 2m budget": a number clipped with a letter for thousands or millions,
  /// which a note writes out ("£4,000").
  private static func chatNumber(_ original: [String]) -> String? {
    for typed in original {
      let word = typed.trimming(",.!?;:()\"")
      guard let last = word.last, "kKm".contains(last), word.count >= 2,
        word.dropLast().allSatisfy({ $0.isNumber || $0 == "." })
      else { continue }
      return "a number in chat shorthand (\"\(word)\")"
    }
    return nil
  }

  // MARK: - A singular thing with no article

  /// "I did similar migration", "I used similar robot", "I coached robotics club", "on menu":
  /// after a verb or a preposition, a phrase of two or more words with no determiner whose
  /// head is a singular count noun, or a phrase opened by a word that needs an article before
  /// it ("similar", "same"). A head that is a mass noun ("similar work", "customer service"),
  /// a plural, a name or a number passes.
  private static func bareSingular(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() {
      let previous = words[index - 1]
      guard original[index - 1].last.map({ ",.;:!?".contains($0) }) != true,
        isVerbOrPreposition(previous, at: index - 1, words) || previous == "to"
      else { continue }
      // The noun phrase: lower-case words of letters up to a joining word or a mark.
      var end = index
      while end < words.count, end - index < 4, isPlainWord(original[end]),
        !joiningWords.contains(words[end])
      {
        end += 1
        if original[end - 1].last.map({ ",.;:!?".contains($0) }) == true { break }
      }
      let phrase = Array(words[index..<end])
      guard let first = phrase.first else { continue }
      // "struggles to go to bank", "a new dish on menu": after a preposition, one bare word
      // that names a place or a thing one uses needs its article ("to school", "at home" are
      // not such words).
      if phrase.count == 1, phrasePrepositions.contains(previous) || previous == "to",
        concreteHeads.contains(first), isNounPhraseEnd(end, words, original)
      {
        return "a singular \"\(first)\" with no article"
      }
      // "similar", "same" before a singular noun always take an article, whatever stands
      // between ("similar Kafka migration").
      if articleAdjectives.contains(first) {
        var last = index + 1
        while last + 1 < words.count, last - index < 3, !joiningWords.contains(words[last + 1]),
          original[last].last.map({ ",.;:!?".contains($0) }) != true
        {
          last += 1
        }
        if last < words.count, isSingularCount(words[last]) {
          return "a singular \"\(words[index...last].joined(separator: " "))\" with no article"
        }
        continue
      }
      guard let head = phrase.last, !Lexicon.stopwords.contains(first),
        !TopicGrammar.determiners.contains(first)
      else { continue }
      // "robotics club" after "coached": two nouns with no determiner, the head singular.
      // After a preposition only a head that names a place or a thing one joins or uses
      // ("at food bank"), since a field or a subject stands bare there ("a thesis on
      // adaptive reuse", "a course on mass timber").
      let isPreposition = phrasePrepositions.contains(previous)
      if phrase.count >= 2, previous != "to", !verbLeads.contains(previous),
        isSingularCount(head),
        !abstractEndings.contains(where: head.hasSuffix),
        !isPreposition || concreteHeads.contains(head),
        // After an "-ing" verb only a place or a group one runs ("was running small club"):
        // "been buying secondhand outdoor gear" has a mass noun no list can know.
        !previous.hasSuffix("ing") || concreteHeads.contains(head),
        !phrase.contains(where: { isModifierOnly($0) || $0.hasSuffix("ly") }),
        !phrase.dropLast().contains(where: { $0.hasSuffix("ing") || $0.hasSuffix("ed") }),
        isNounPhraseEnd(end, words, original)
      {
        return "a singular \"\(phrase.joined(separator: " "))\" with no article"
      }
    }
    return nil
  }

  /// Whether the word at `index` is a verb or a preposition a noun phrase may follow: a past
  /// in "-ed" or an irregular past, a present after a subject pronoun, or a preposition.
  private static func isVerbOrPreposition(_ word: String, at index: Int, _ words: [String])
    -> Bool
  {
    if phrasePrepositions.contains(word) { return true }
    if pastVerbs.contains(word) { return true }
    if word.count >= 5, word.hasSuffix("ed"), word.allSatisfy(\.isLetter) { return true }
    // "I was running small club", "we are opening new branch": an "-ing" form after a form
    // of "be" is the clause's verb, and takes an article before its object as any verb does.
    if index > 0, word.count >= 6, word.hasSuffix("ing"), word.allSatisfy(\.isLetter),
      ["was", "were", "am", "is", "are", "been", "i'm", "we're", "they're"].contains(
        words[index - 1])
    {
      return true
    }
    return index > 0 && ["i", "we", "they"].contains(words[index - 1])
      && word.allSatisfy(\.isLetter) && !auxiliaries.contains(word)
  }

  /// A word typed in lower-case letters only (a name or a number ends the phrase).
  private static func isPlainWord(_ typed: String) -> Bool {
    let word = typed.trimming(",.!?;:()\"")
    return !word.isEmpty && word.allSatisfy { $0.isLetter && $0.isLowercase || $0 == "-" }
  }

  /// Whether `word` reads as a singular count noun: not a plural, an "-ing" form, an adverb,
  /// a mass noun, or a word of the closed classes.
  static func isSingularCount(_ word: String) -> Bool {
    guard word.count >= 3, !word.hasSuffix("s"), !word.hasSuffix("ing"),
      !word.hasSuffix("ly"), !massNouns.contains(word), !Lexicon.stopwords.contains(word),
      !adverbsAndParticles.contains(word)
    else { return false }
    // "-ness", "-ism", "-ity", "-ment" words and fields name a mass or a field more often
    // than a thing that is counted ("management", "sustainability").
    return !["ness", "ism", "ity", "ment", "ance", "ence", "ture", "ogy", "ship"].contains {
      word.hasSuffix($0)
    }
  }

  /// Endings of nouns for processes, which stand bare as often as not ("textiles
  /// conservation", "fraud detection"); "similar" before them still needs an article.
  static let abstractEndings = ["tion", "sion", "age", "ery", "cy"]

  /// Heads that name a place, a group or a thing, which after a preposition need an article:
  /// "at food bank", "in robotics club", "on menu".
  private static let concreteHeads: WordSet = [
    "club", "bank", "shop", "store", "unit", "team", "company", "office", "centre", "center",
    "station", "charity", "restaurant", "cafe", "café", "hotel", "factory", "warehouse", "farm",
    "garage", "firm", "agency", "group", "robot", "machine", "menu", "ward", "clinic",
    "pharmacy", "branch", "depot", "site", "lab", "kitchen", "bakery", "salon", "gym", "pub",
    "bar", "library", "museum", "startup", "supermarket", "plant", "project", "course", "app",
  ]

  /// Whether the phrase ends where a noun phrase ends: at the sentence's end, a mark, a
  /// preposition or a conjunction ("coached robotics club at ...").
  private static func isNounPhraseEnd(_ end: Int, _ words: [String], _ original: [String])
    -> Bool
  {
    end == words.count || original[end - 1].last.map({ ",.;:!?".contains($0) }) == true
      || joiningWords.contains(words[end])
  }

  /// Words that join or end a noun phrase: prepositions, conjunctions, relatives, and
  /// words of time that follow one ("last year").
  private static let joiningWords: WordSet = [
    "at", "in", "on", "for", "with", "from", "to", "of", "and", "or", "but", "so", "because",
    "when", "while", "as", "that", "which", "who", "before", "after", "during", "since", "by",
    "last", "this", "every", "each", "for", "about", "into", "then", "too", "as", "like",
    "where", "if", "until", "there", "here", "myself", "again",
  ]

  /// Prepositions that take a noun phrase.
  private static let phrasePrepositions: WordSet = [
    "in", "on", "at", "for", "with", "from", "of", "about", "into", "during", "through",
    "without",
  ]

  /// Words that need an article before a singular noun.
  private static let articleAdjectives: WordSet = ["similar", "same"]

  /// Verbs after which a bare phrase is the usual object: "became head nurse", "made team
  /// leader", "called it".
  private static let verbLeads: WordSet = [
    "became", "become", "becoming", "made", "named", "promoted", "elected", "appointed", "felt",
    "seemed", "looked", "turned", "got", "grew", "went", "came", "stayed", "kept", "play",
    "played", "playing", "plays",
  ]

  /// Words that are never the head of a counted thing: qualifiers and intensifiers.
  private static func isModifierOnly(_ word: String) -> Bool {
    ["very", "more", "most", "less", "least", "quite", "too", "so", "much", "enough"].contains(
      word)
  }

  /// Adverbs and particles a verb takes that end in no "-ly": "grew up", "moved abroad".
  private static let adverbsAndParticles: WordSet = [
    "up", "out", "off", "down", "away", "back", "home", "abroad", "here", "there", "now",
    "then", "ago", "later", "together", "alone", "hard", "fast", "well", "better", "full-time",
    "part-time", "overseas", "online", "again", "before", "already", "yet", "still", "long",
  ]

  /// Nouns English does not count, which stand with no article: "similar work", "customer
  /// service", "social care".
  private static let massNouns: WordSet = [
    "work", "experience", "service", "care", "training", "research", "support", "science",
    "engineering", "design", "management", "education", "health", "safety", "law", "medicine",
    "music", "art", "history", "maths", "math", "english", "admin", "retail", "hospitality",
    "software", "hardware", "data", "information", "knowledge", "equipment", "furniture",
    "advice", "feedback", "money", "time", "food", "water", "help", "practice", "football",
    "cricket", "rugby", "hockey", "basketball", "tennis", "netball", "school", "college",
    "university", "uni", "home", "church", "hospital", "bed", "town", "shift", "nights",
    "security", "finance", "accounting", "marketing", "logistics", "maintenance", "cleaning",
    "childcare", "eldercare", "welfare", "stuff", "fun", "sport", "coding", "programming",
    "teamwork", "leadership", "physics", "chemistry", "biology", "tech", "technology", "rest",
    "lunch", "breakfast", "dinner", "tea", "coffee", "bread", "cake", "pastry", "baking",
    "cooking", "produce", "fruit", "meat", "fish", "wood", "metal", "paint", "traffic",
    "transport", "freight", "cargo", "mail", "post", "email", "energy", "power", "heat",
    "light", "land", "soil", "farming", "agriculture", "progress", "content", "media", "film",
    "theatre", "dance", "drama", "poetry", "fiction", "literature", "business", "commerce",
    "trade", "insurance", "banking", "tax", "payroll", "procurement", "compliance", "audit",
    "policy", "planning", "strategy", "construction", "plumbing", "nursing", "midwifery",
    "physio", "therapy", "rehab", "surgery", "psychology", "sociology", "economics", "politics",
    "geography", "french", "spanish", "german", "welsh", "irish", "arabic", "hindi", "urdu",
    "first", "last", "next", "overtime", "sales", "night", "day", "weekend", "weekends",
    "change", "life", "sense", "space",
  ]

  /// Forms of "be", "have", "do" and the modals, which are no lexical verb.
  private static let auxiliaries: WordSet = [
    "am", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "can",
    "could", "will", "would", "should", "may", "might", "must", "also", "always", "never",
    "really", "just", "still", "often", "even", "only", "already", "love", "like", "want",
    "need", "hope", "think", "know", "feel", "enjoy", "miss", "believe", "mean", "guess",
  ]

  /// The common irregular pasts, which take an object as any verb does.
  private static let pastVerbs: WordSet = [
    "did", "made", "took", "built", "ran", "led", "taught", "wrote", "drove", "gave", "set",
    "had", "got", "found", "bought", "sold", "held", "won", "lost", "brought", "saw", "met",
    "fixed", "used", "coached", "managed", "organised", "organized", "joined", "kept", "felt",
    "left", "went", "came", "taught", "thought", "knew", "gave", "told", "said", "meant",
    "showed", "paid", "spent",
  ]

  // MARK: - A present beside a past time

  /// "I drive trolleybus 6 years", "I grow up in it", "when I was young I sing": a verb after
  /// "I" or "we" in the present, in a sentence that places it in the past or over a length
  /// of time (a number of years, "ago", "when I was", "as a kid", "last year", a year) with no
  /// "for", "since" or "have" that would make the present right. "grow up" and "born" in the
  /// present describe a life already lived, whatever the time words.
  private static func presentForPast(_ words: [String]) -> String? {
    let marked = hasPastMarker(words)
    for index in words.indices.dropFirst() where ["i", "we"].contains(words[index - 1]) {
      let verb = words[index]
      if ["grow", "born"].contains(verb) {
        return "\"\(words[index - 1]) \(verb)\" in the present for a life already lived"
      }
      // "it's why I teach": after a wh-word the verb is in a clause of its own, about now.
      let embedded =
        index >= 2 && ["why", "what", "how", "where", "because"].contains(words[index - 2])
      // "..., and now I run the shift": a word of the present before the verb brings it back.
      let nowAgain = words[..<index].contains { ["now", "currently", "today"].contains($0) }
      guard marked, !embedded, !nowAgain, isPresentLexicalVerb(verb) else { continue }
      return "a verb in the present beside a time in the past (\"\(verb)\")"
    }
    return nil
  }

  /// Whether the sentence names a past time or a length of time as if it were over.
  private static func hasPastMarker(_ words: [String]) -> Bool {
    if words.contains("ago") { return true }
    for index in words.indices.dropFirst() {
      let word = words[index]
      let previous = words[index - 1]
      if ["years", "year", "months"].contains(word),
        previous.allSatisfy(\.isNumber) || numberWords.contains(previous),
        index < 2 || !["for", "since", "than", "next"].contains(words[index - 2])
      {
        return true
      }
      if previous == "last", ["year", "month", "summer", "week", "job"].contains(word) {
        return true
      }
      // "at my old job", "in my previous role", "back then": a time already over.
      if ["old", "last", "previous", "former"].contains(previous), pastPlaces.contains(word) {
        return true
      }
      if previous == "back", word == "then" { return true }
      // "as a kid", "when I was 14": the time of a life already past.
      if ["kid", "child", "teenager", "boy", "girl"].contains(word), index >= 2,
        previous == "a", words[index - 2] == "as"
      {
        return true
      }
      if word == "was", previous == "i", index >= 2, words[index - 2] == "when" { return true }
      if word.count == 4, word.allSatisfy(\.isNumber), let year = Int(word), year < 2026,
        ["in", "since", "from"].contains(previous)
      {
        return true
      }
    }
    return false
  }

  /// Whether `word` is a lexical verb in its bare present form: a letter word that is no
  /// auxiliary, past, "-ing" form or adverb. Only words a verb list would hold are read so.
  private static func isPresentLexicalVerb(_ word: String) -> Bool {
    presentVerbs.contains(word)
  }

  /// Bare verbs of work and life that a past time puts in the past.
  private static let presentVerbs: WordSet = [
    "drive", "work", "sing", "teach", "live", "study", "play", "cook", "help", "run", "make",
    "do", "go", "write", "build", "fix", "care", "clean", "sell", "lead", "manage", "coach",
    "train", "serve", "look", "take", "volunteer", "start", "begin", "learn", "use", "see",
  ]

  /// Places of work or study an "old" or "previous" before them puts in the past.
  private static let pastPlaces: WordSet = [
    "job", "role", "post", "position", "company", "workplace", "employer", "school", "hospital",
    "team", "placement", "ward", "store", "shop", "firm",
  ]

  /// Numbers written as words.
  private static let numberWords: WordSet = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "many", "several",
    "few",
  ]

  // MARK: - A plural owner with no apostrophe

  /// "my mates phones and laptops", "my parents house in Leeds": after a possessive, a plural
  /// directly before a noun that ends its phrase. "my kids love it" has a verb after the
  /// plural (its object follows), so it passes.
  private static func ownerWithoutApostrophe(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() where index + 1 < words.count {
      guard ["my", "our", "his", "her", "their", "your"].contains(words[index - 1]) else {
        continue
      }
      let owner = words[index]
      let next = words[index + 1]
      guard owner.count >= 4, owner.hasSuffix("s"), !owner.hasSuffix("ss"),
        !owner.hasSuffix("us"), !owner.hasSuffix("is"), isPlainWord(original[index]),
        original[index].last.map({ ",.;:!?".contains($0) }) != true,
        isPlainWord(original[index + 1]),
        !Lexicon.stopwords.contains(next), !auxiliaries.contains(next), !next.hasSuffix("ed"),
        // "my parents came here", "my parents live in ...": a verb after the plural.
        !pastVerbs.contains(next), !verbLeads.contains(next), !presentVerbs.contains(next),
        // "My parents struggle with online forms": the plain form of a verb people use of
        // themselves, after a plural, is the plural's verb, not a thing it owns.
        !VouchedPoint.commonVerbs.contains(next)
      else { continue }
      if isNounPhraseEnd(index + 2, words, original) {
        return "a plural owner with no apostrophe (\"\(owner) \(next)\")"
      }
      // "my uncles chop bar in Kumasi": the owned thing may be two words, a describing noun
      // before its head.
      if index + 3 <= words.count, isPlainWord(original[index + 2]),
        original[index + 1].last?.isLetter == true,
        !Lexicon.stopwords.contains(words[index + 2]), !joiningWords.contains(words[index + 2]),
        !words[index + 2].hasSuffix("ed"), !words[index + 2].hasSuffix("ly"),
        isNounPhraseEnd(index + 3, words, original)
      {
        return "a plural owner with no apostrophe (\"\(owner) \(next) \(words[index + 2])\")"
      }
    }
    return nil
  }

  // MARK: - A degree named with no owner's "'s"

  /// "My master was on rice drought stress", "during my bachelor": the degrees English names
  /// by an owner's form ("master's", "bachelor's") typed as the bare noun, which names a
  /// person. "master" with a capital or before "of" ("Master of Science"), "degree" or
  /// "'s" passes.
  static func degreeWithoutOwner(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst()
    where ["master", "bachelor"].contains(words[index])
      && original[index].first?.isLowercase == true
      && ["my", "our", "his", "her", "their", "a", "the"].contains(words[index - 1])
    {
      let next = index + 1 < words.count ? words[index + 1] : ""
      if ["of", "degree", "degrees", "plan", "key", "class", "bedroom"].contains(next) { continue }
      return "a degree named with no \"'s\" (\"\(words[index])\")"
    }
    return nil
  }

  // MARK: - A capital on a small word

  /// "My dad fitted one at Ours": a pronoun, determiner, preposition or conjunction typed with
  /// a capital inside a sentence, not opening a name ("at The Ivy" goes on with a capital).
  private static func capitalisedSmallWord(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() {
      let typed = original[index].trimming(",.!?;:()\"")
      // "IT", "US": a word in capitals is an abbreviation, not a small word.
      guard typed.first?.isUppercase == true, typed.contains(where: \.isLowercase),
        !typed.hasPrefix("I’"), closedClass.contains(words[index]),
        original[index - 1].last.map({ ".!?".contains($0) }) != true
      else { continue }
      let nextIsName =
        index + 1 < original.count && original[index + 1].first?.isUppercase == true
      if !nextIsName { return "a capital on \"\(typed)\" inside the sentence" }
    }
    return nil
  }

  /// Pronouns, determiners, prepositions and conjunctions: words that take a capital only
  /// opening a sentence or a name.
  private static let closedClass: WordSet = [
    "ours", "yours", "theirs", "mine", "hers", "his", "its", "we", "us", "they", "them", "she",
    "he", "him", "it", "you", "me", "my", "our", "your", "their", "the", "a", "an", "this",
    "that", "these", "those", "at", "in", "on", "of", "for", "with", "from", "to", "by",
    "about", "into", "and", "but", "or", "so", "because", "when", "if",
  ]

  // MARK: - Two sentences joined by a comma

  /// "I learned to make beats at a youth club when I was 14, it kept me out of trouble.": a
  /// clause with its own subject pronoun and verb after a comma, joined by no conjunction,
  /// after a main clause. A sentence opening on a subordinate clause ("When I was 14, it kept
  /// me ...") has its comma where English puts one.
  private static func commaSplice(_ words: [String], _ original: [String]) -> String? {
    guard let first = words.first, !openingSubordinators.contains(first) else { return nil }
    for index in words.indices.dropFirst() where index + 1 < words.count {
      guard original[index - 1].hasSuffix(","), spliceSubjects.contains(words[index]) else {
        continue
      }
      let next = words[index + 1]
      // "..., I think." and "..., it seems" are asides, not a second sentence.
      if ["think", "guess", "mean", "suppose", "hope", "seems", "know"].contains(next),
        index + 2 >= words.count
      {
        continue
      }
      if auxiliaries.contains(next) || next.hasSuffix("ed") || pastVerbs.contains(next)
        || next.hasSuffix("s") && next.count >= 4
        || ["'s", "'m", "'ve", "'d", "'re"].contains(
          where: { words[index].hasSuffix($0) })
      {
        return "two sentences joined by a comma"
      }
    }
    return nil
  }

  /// Subjects that open a second sentence after a comma.
  private static let spliceSubjects: WordSet = [
    "it", "i", "we", "they", "he", "she", "that", "this", "it's", "that's", "i'm", "i've",
    "we're", "they're", "its", "thats", "im", "ive",
  ]

  /// Words opening a subordinate clause, whose comma ends it.
  private static let openingSubordinators: WordSet = [
    "when", "if", "because", "although", "though", "since", "after", "before", "as", "while",
    "once", "whenever", "until", "unless", "growing", "having", "being", "like",
  ]
}
