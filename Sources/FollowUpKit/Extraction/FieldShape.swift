/// A value has the shape of its kind before it fills a field.
///
/// A company, a role and a name are noun phrases. Earlier rounds filled them from whatever clause
/// stood where the answer was expected, and the note printed remarks as facts: "the staff nurse
/// role at Actually Can We Just Send It To Gemma", "at Abeg My Phone Changed My Surname", "at
/// Came Through A Recruiter", "the dave okoro hes head chef role". Rather than one more list of
/// the sentences seen, this asks what grammar a noun phrase never holds, using only closed
/// classes (pronouns, auxiliaries, interjections) and word order:
/// - a personal pronoun, or a possessive before its noun and a verb ("my phone changed");
/// - an auxiliary or modal beside a pronoun ("can we", "it is");
/// - a question;
/// - an interjection opening it ("abeg", "actually", "sorry");
/// - a clause verb opening it before an article or a preposition's object ("came through a");
/// - a preposition opening it before an indefinite determiner ("from another company");
/// - a conjunction opening it ("and one shift supervisor");
/// - an infinitive with its object ("weird to email the council");
/// - a past verb between its subject and its object ("wee one grabbed the phone").
/// A value that fails is read for what it is elsewhere (a correction, a wish, an aside), and the
/// field stays empty rather than printing chat.
enum FieldShape {
  /// What makes a value a clause rather than a noun phrase.
  enum Fault: Equatable, Sendable {
    case pronoun(String)
    case question
    case interjection(String)
    case openingVerb(String)
    case preposition(String)
    case conjunction(String)
    case infinitive(String)
    case pastVerb(String)
  }

  /// True when `value` can fill a company, role or name field.
  ///
  /// ```swift
  /// FieldShape.isNounPhrase("Lang Heating and Gas")  // true
  /// FieldShape.isNounPhrase("Actually Can We Just Send It To Gemma")  // false
  /// ```
  static func isNounPhrase(_ value: String) -> Bool {
    fault(value) == nil
  }

  /// The first fault found in `value`, or nil when it reads as a noun phrase.
  static func fault(_ value: String) -> Fault? {
    if value.contains("?") { return .question }
    let typed = value.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let words = typed.map { $0.lowercased().trimming(",.;:!()\"") }.map {
      $0.replacingOccurrences(of: "’", with: "'")
    }
    guard let first = words.first else { return nil }
    // "IT", "US", "WOW": a word written in capitals is an initialism, not a pronoun.
    func initialism(_ index: Int) -> Bool {
      typed[index].count > 1 && typed[index].allSatisfy { !$0.isLowercase }
    }
    // "abeg my phone ...", "actually can we ...": an interjection opens talk when a function
    // word follows it; "Sorry and Sons" is a name that begins with one.
    if interjections.contains(first), words.count > 1, !initialism(0),
      functionWords.contains(words[1])
    {
      return .interjection(first)
    }
    for (index, word) in words.enumerated() {
      if subjects.contains(word), !initialism(index), !isInitialismTyped(word, at: index, words) {
        return .pronoun(word)
      }
      // "my phone changed", "our team is": a possessive with its noun as a clause's subject.
      // "Our Lady of Lourdes" is a name: no verb follows.
      if possessives.contains(word), index + 2 < words.count,
        isFiniteVerb(words[index + 2])
      {
        return .pronoun(word)
      }
    }
    // "Wee One Grabbed the Phone", "the kid spilled my tea": a past verb after its subject and
    // before its object's determiner makes a sentence. A name may open on a verb ("Speed the
    // Plough"), never carry one in the middle before an object.
    for index in words.indices.dropFirst().dropLast() {
      let word = words[index]
      if word.count > 4, word.hasSuffix("ed"), determiners.contains(words[index + 1]),
        !determiners.contains(words[index - 1]), !particles.contains(words[index - 1])
      {
        return .pastVerb(word)
      }
    }
    // "The library's in Dewsbury": "'s" on a common noun after its article, before a
    // preposition, is "is", and the words a clause; the possessive "'s" comes before its noun
    // ("the library's new wing"), and a name's "'s" is the name's ("sainsbury's in leeds").
    for index in words.indices.dropFirst().dropLast() where words[index].hasSuffix("'s") {
      guard determiners.contains(words[index - 1]) else { continue }
      let next = words[index + 1]
      if ["in", "on", "at", "near", "by", "over", "up", "down", "out", "just", "right"]
        .contains(next), index + 2 < words.count
      {
        return .openingVerb("is")
      }
    }
    // "and one shift supervisor": a phrase never opens on a conjunction.
    if words.count >= 2, ["and", "or", "but", "so"].contains(first) { return .conjunction(first) }
    // "came through a recruiter", "feels like emailing the tax office": a clause verb before
    // its article, or before a preposition and its object, opens a clause whose subject was
    // left out. "Made in Leeds" names no object after "in".
    if words.count >= 3, Lexicon.clauseVerbs.contains(first),
      determiners.contains(words[1])
        || particles.contains(words[1])
          && (determiners.contains(words[2]) || words[2].hasSuffix("ing"))
    {
      return .openingVerb(first)
    }
    // "from another company", "with my cousin": a phrase that opens on a preposition before an
    // indefinite or possessive determiner says where or with whom, not which.
    if words.count >= 2, particles.contains(first), indefinite.contains(words[1]) {
      return .preposition(first)
    }
    // "weird to email the council": "to" before a word and its article is an infinitive with
    // its object; "Back to the Future" has the article straight after "to".
    for index in words.indices.dropLast(2) where words[index] == "to" {
      let verb = words[index + 1]
      if !determiners.contains(verb), determiners.contains(words[index + 2]) {
        return .infinitive(verb)
      }
    }
    return nil
  }

  /// "Next Level It Solutions", "Bank of US Services": "it" and "us" typed in lower case are
  /// also the initialisms IT and US. As pronouns they stand beside a verb or a preposition
  /// ("send it to", "it is"); beside nouns only ("it services") they are the initialism.
  /// "Lecturer I", "Phase I in ...": "I" after a noun and before no verb is a numeral; the
  /// pronoun opens the value or comes before its verb ("I applied").
  private static func isInitialismTyped(_ word: String, at index: Int, _ words: [String]) -> Bool {
    let before = index > 0 ? words[index - 1] : nil
    let after = index + 1 < words.count ? words[index + 1] : nil
    if word == "i" {
      guard let before, !particles.contains(before), !isFiniteVerb(before) else { return false }
      return !(after.map(isFiniteVerb) ?? false)
    }
    guard word == "it" || word == "us" else { return false }
    let verbal = { (neighbour: String?) in
      neighbour.map { isFiniteVerb($0) || particles.contains($0) } ?? false
    }
    return !verbal(before) && !verbal(after)
  }

  /// A finite verb in a closed class (auxiliaries, modals, the common clause verbs) or a past
  /// form in "-ed".
  static func isFiniteVerb(_ word: String) -> Bool {
    auxiliaries.contains(word) || Lexicon.clauseVerbs.contains(word)
      || word.count > 4 && word.hasSuffix("ed")
  }

  /// Personal pronouns as subjects or objects, with their chat spellings.
  static let subjects: Set<String> = [
    "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "we", "we're", "we've", "we'll", "he",
    "he's", "hes", "she", "she's", "shes", "they", "they're", "theyre", "you", "you're", "it",
    "it's", "me", "us", "him", "them",
  ]

  /// Possessive determiners.
  static let possessives: Set<String> = ["my", "our", "your", "his", "her", "their"]

  /// Auxiliaries and modals.
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "am", "be", "been", "do", "does", "did", "has", "have", "had",
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "isn't", "wasn't",
    "don't", "didn't", "doesn't", "can't", "won't",
  ]

  /// Words that open a reply as talk to the assistant, never a name's first word.
  static let interjections: Set<String> = ChatAside.words.union(Lexicon.hesitations).union([
    "abeg", "actually", "wait", "oh", "ah", "ok", "okay", "yeah", "nah", "please", "jeez", "ugh",
    "argh", "oi", "wow", "anyway", "anyways", "honestly", "basically",
  ])

  /// Words that only a sentence puts after an interjection: pronouns, determiners, auxiliaries,
  /// prepositions.
  static let functionWords: Set<String> = subjects.union(determiners).union(auxiliaries)
    .union(particles).union(["just", "not", "so", "i", "the"])

  /// Prepositions and particles after a verb.
  static let particles: Set<String> = [
    "through", "to", "from", "with", "by", "about", "in", "on", "at", "into", "up", "out", "that",
    "off", "over", "back", "like", "as", "for",
  ]

  /// Determiners that introduce a thing not yet named: "another", "a", "my".
  static let indefinite: Set<String> = possessives.union(["a", "an", "another", "some"])

  /// Articles and demonstratives, and the possessives.
  static let determiners: Set<String> = possessives.union([
    "the", "a", "an", "this", "that", "these", "those", "some",
  ])
}

extension Correction {
  /// Whether the value a correction gives a company or role field has the shape of one.
  var hasFieldShape: Bool {
    switch self {
    case .company(let value), .role(let value): FieldShape.isNounPhrase(value)
    case .name, .signOff, .interviewers, .interviewerSpelling, .when, .outcome, .swap: true
    }
  }
}
