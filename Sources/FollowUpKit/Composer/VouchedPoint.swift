/// The person's point as a sentence the note can vouch for, or the reason it cannot.
///
/// The point is printed only when it reads, positively, as a sentence the person would send a
/// hiring manager, not merely when no known fault is found: the negative checks (`PointGate`,
/// `PointCheck`, `PointGrammar`) each held back the shapes of the tuning sets they were made
/// on, and the same kinds kept reaching unseen notes. So the reading asks what every sendable
/// point has: at most two sentences, each with a subject and a finite verb; a past verb where
/// a past time is named; each verb in the form its place asks for (`VouchedPoint+VerbForms`); written words, not chat; no exclamation, no plea for the job, no
/// criticism of a past employer. Before it reads, it makes the few repairs that are certain
/// in English whatever the sentence (`VouchedPoint+Repairs`): a full stop for a single
/// exclamation mark, "a" before a role after "I was", "for" before a length of time.
///
/// ```swift
/// VouchedPoint.reading(of: "I was trainer for new people.", before: "the new voice picking")
/// // .vouched("I was a trainer for new people.")
/// VouchedPoint.reading(of: "So I really want this one.", before: "the new clinic")
/// // .held("a plea for the job")
/// ```
enum VouchedPoint {
  /// What the note may print of a point.
  enum Reading: Equatable, Sendable {
    /// The sentence as the note prints it, with any certain repair made.
    case vouched(String)
    /// Why it is kept out of the note.
    case held(String)
  }

  /// The point as the note may print it beside `before` (all the note says before it), or why
  /// not. `readers` are the names of the people the note goes to; `shared` is what the person
  /// said came up at the interview, where a thing they point back at may be named.
  static func reading(
    of sentence: String, before: String, readers: [String] = [], shared: String = ""
  ) -> Reading {
    let (repaired, slips) = repairs(of: sentence)
    if slips >= 2 { return .held("more than one slip to repair") }
    let problem = { (text: String) in
      PointGate.problem(in: text, topic: before, readers: readers, shared: shared)
        ?? doubt(in: text) ?? PointGate.unrelated(text, topic: before)
        ?? unclearIt(text, topic: before)
    }
    guard let found = problem(repaired) else { return .vouched(repaired) }
    if let kept = afterthoughtDropped(repaired, blocked: { problem($0) != nil }) {
      return .vouched(kept)
    }
    return .held(found)
  }

  /// `sentence` without its afterthought (`withoutAfterthought`) when `blocked` holds the
  /// sentence back and not what is left, which needs no repair of its own; else nil.
  /// "I am doing the heat pump installation course in January at the college, already paid
  /// for it": what cannot be vouched for is often an afterthought the person added, and the
  /// sentence before it is whole. Held back, the person's point is lost altogether, which
  /// the judges of tunings 44 to 48 faulted in all but one note of 105; so the whole
  /// sentence before the afterthought is printed when it reads as one.
  static func afterthoughtDropped(_ sentence: String, blocked: (String) -> Bool) -> String? {
    guard blocked(sentence), let kept = withoutAfterthought(sentence), !blocked(kept),
      repairs(of: kept).text == kept
    else { return nil }
    return kept
  }

  /// `sentence` without an afterthought after its last comma: a clause with no subject of
  /// its own ("I am doing the course in January, already paid for it" keeps its first
  /// clause), when what is left is a sentence of at least five words and at least half the
  /// words. Nil when it has no such afterthought. A clause with its own subject ("..., that's
  /// half the reason I'm a physio", "..., so I know a bit") says the point and is never cut
  /// off, nor is a count tacked on ("..., 80 people"): the line is then held back whole.
  static func withoutAfterthought(_ sentence: String) -> String? {
    let words = sentence.split(separator: " ").map(String.init)
    guard
      let last = words.indices.dropLast().last(where: {
        words[$0].hasSuffix(",") || words[$0].hasSuffix(".") || words[$0].hasSuffix(";")
      }),
      words[last].hasSuffix(","),
      PointGate.opensWithoutSubject(words[(last + 1)...].joined(separator: " "))
    else { return nil }
    let kept = Array(words[...last])
    guard kept.count >= 5, kept.count * 2 >= words.count, var end = kept.last else { return nil }
    while let mark = end.last, ",;.".contains(mark) { end.removeLast() }
    guard end.last?.isLetter == true || end.last?.isNumber == true else { return nil }
    return (kept.dropLast() + [end + "."]).joined(separator: " ")
  }

  /// What the positive reading cannot vouch for in `sentence`, or nil when every sentence of it
  /// is one the person would send.
  static func doubt(in sentence: String) -> String? {
    let sentences = Self.sentences(in: sentence)
    // "My mother taught me msakhan. It is from Palestine. I can share her recipes.": three
    // short sentences read as chat, and a note's second sentence is one line.
    if sentences.count > 2 { return "more than two sentences" }
    if sentence.contains("!") { return "an exclamation" }
    for part in sentences {
      let original = part.split(separator: " ").map(String.init)
      let words = original.map { $0.lowercased().trimming(",.!?;:()\"") }
      guard !words.isEmpty else { continue }
      if !PointGate.hasFiniteVerb(words), !opensWithPersonAndVerb(words),
        !hasCommonVerb(words)
      {
        return "no finite verb"
      }
      if let found = chatHedge(words) ?? cutShort(words)
        ?? contrastWithoutComma(words, original) ?? idiomDoubt(words, original)
      {
        return found
      }
      if let found = chatSpelling(words, original) ?? bareCountedObject(words, original)
        ?? likingWithoutObject(words) ?? plea(words) ?? blame(words)
        ?? tenseAfterPastTime(words) ?? bareLikeness(words) ?? verbFormSlip(words)
      {
        return found
      }
      // The structure second-language grammar slips on, read positively: a count agrees
      // with its noun, a lasting time has its perfect, a wish its "to", a subject stands
      // before its verb with its determiner, a comma joins no two sentences, a closing "it"
      // points at something, and an adjective has its own preposition.
      if let found = countAgreement(words, original) ?? lastingTimeSlip(words) ?? bareVerbChain(
        words) ?? frontedDegree(words, original)
        ?? commaSplice(words, original) ?? bareSubject(words, original)
        ?? situationPronoun(words) ?? emptyClosingClause(words) ?? adjectivePreposition(words)
      {
        return found
      }
      // What stands beside the topic sentence as a sentence of its own: a verb after its
      // subject, a verb's "-ing" after a preposition, a count joined to the sentence, and a
      // close that tells rather than cheers.
      if let found = subjectWithoutVerb(words) ?? plainVerbAfterPreposition(words)
        ?? countedTail(words, original) ?? cheeringClose(words)
      {
        return found
      }
      // One sentence, in one time: not clauses strung on "and" or a shift of tense inside it.
      if let found = runOn(words, original) ?? timeShift(words) { return found }
    }
    return nil
  }

  /// "My grandpa fell at ...", "Our little boy loves ...": an owner and a person (with one
  /// describing word between at most) opening the sentence are its subject, and the word after
  /// them its verb, whatever verb it is (no list knows "fell").
  static func opensWithPersonAndVerb(_ words: [String]) -> Bool {
    guard words.count >= 3, ["my", "our", "his", "her", "their"].contains(words[0]) else {
      return false
    }
    let person = isPersonWord(words[1]) ? 1 : (words.count >= 4 && isPersonWord(words[2]) ? 2 : 0)
    guard person > 0 else { return false }
    let verb = words[person + 1]
    return verb.count >= 2 && verb.allSatisfy(\.isLetter) && !Lexicon.stopwords.contains(verb)
  }

  /// "People in Europe care about ...": a common verb after a noun (not after a determiner, a
  /// preposition or "to") is the sentence's verb, though no subject pronoun stands before it.
  static func hasCommonVerb(_ words: [String]) -> Bool {
    words.indices.dropFirst(2).contains { index in
      let previous = words[index - 1]
      return commonVerbs.contains(words[index]) && previous.allSatisfy(\.isLetter)
        && !TopicGrammar.determiners.contains(previous)
        && !TopicRepair.prepositions.contains(previous) && previous != "to"
        && !Lexicon.stopwords.contains(previous)
    }
  }

  /// Verbs common in a point, in their plain form.
  static let commonVerbs: WordSet = [
    "care", "love", "like", "want", "need", "know", "think", "work", "live", "go", "come",
    "make", "take", "get", "help", "use", "run", "eat", "grow", "play", "matter", "mean",
    "feel", "seem", "look", "say", "tell", "show", "keep", "build", "bring", "buy", "cook",
    "drive", "learn", "teach", "study", "read", "write", "speak", "talk", "spend", "start",
    "try", "visit", "struggle", "depend", "rely", "enjoy", "remember", "miss",
  ]

  /// "I have done similar migration", "we use same system": "similar" and "same" before a
  /// singular noun always take a determiner ("a similar migration", "the same system"),
  /// whatever the verb before them. Mass nouns cannot be told from count nouns here, so
  /// "similar work" is doubted too: held back, never mis-repaired.
  static func bareLikeness(_ words: [String]) -> String? {
    for index in words.indices where ["similar", "same"].contains(words[index]) {
      let previous = index > 0 ? words[index - 1] : ""
      guard !likenessLeaders.contains(previous), index + 1 < words.count else { continue }
      let next = words[index + 1]
      guard next.count >= 3, next.allSatisfy(\.isLetter), !next.hasSuffix("s"),
        !next.hasSuffix("ing"), !Lexicon.stopwords.contains(next), !["to", "as"].contains(next)
      else { continue }
      return "\"\(words[index]) \(next)\" with no determiner"
    }
    return nil
  }

  /// Words before "similar" or "same" that determine it or make it a description ("it was
  /// similar"): nothing more is needed.
  private static let likenessLeaders: WordSet = [
    "a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "their", "his",
    "her", "its", "some", "any", "no", "very", "quite", "really", "pretty", "so", "such", "is",
    "was", "are", "were", "be", "been", "look", "looks", "looked", "feel", "feels", "felt",
    "seem", "seems", "seemed", "much", "fairly", "somewhat", "exactly", "one", "something",
    "anything", "nothing", "many", "most", "more", "other",
  ]

  /// The sentences of a point: split after a full stop, question mark or exclamation mark that
  /// ends a word ("St. Mungo's" is rare in a point, and reading it as two errs on holding back).
  static func sentences(in text: String) -> [String] {
    var found: [String] = []
    var current: [Substring] = []
    for word in text.split(separator: " ") {
      current.append(word)
      if let last = word.last, ".?!".contains(last), word.count > 1 || last != "." {
        found.append(current.joined(separator: " "))
        current = []
      }
    }
    if !current.isEmpty { found.append(current.joined(separator: " ")) }
    return found
  }
}
