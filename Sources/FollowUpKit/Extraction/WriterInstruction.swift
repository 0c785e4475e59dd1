/// Words the person says to FollowUp about their line, not to the interviewer.
///
/// At the point's question people answer as they would brief a friend writing for them: "I
/// was part of a migration at KCB, I'd like to mention that", "... still matter, I'd like to
/// say that tactfully", "I want to say I can help with the migration". A clause of saying
/// whose subject is the person ("I'd like to mention", "I want to say", "can you add") speaks
/// to the writer. Followed by nothing but a word pointing back ("that", "it") and words of
/// manner ("tactfully", "in the note"), it is a request about the words before it, and no
/// sentence of the note: pasted, it read "I'd like to mention that." to the interviewer.
/// Followed by a clause of its own, it wraps that clause, which is the line ("I can help with
/// the migration"). The reading is grammatical (a first-person frame of wanting, then a verb
/// of saying), so any wish and any verb of saying are found, not a list of sentences.
enum WriterInstruction {
  /// How many words at `start` of `lower` (lower-cased, edge punctuation trimmed) make a
  /// first-person request to say something: "i'd like to mention", "i want to say", "can you
  /// add", "pls mention". Nil when the words there are no such request.
  static func wrapper(in lower: [String], at start: Int, imperative: Bool = false) -> Int? {
    var index = start
    func word(_ offset: Int = 0) -> String {
      index + offset < lower.count ? lower[index + offset] : ""
    }
    // The frame of wanting: "i'd like to", "i would love to", "i want to", "i wanna", "i
    // need to", "can you", "could you", "please".
    if ["i'd", "id"].contains(word()), ["like", "love"].contains(word(1)), word(2) == "to" {
      index += 3
    } else if word() == "i", ["would", "'d"].contains(word(1)), ["like", "love"].contains(word(2)),
      word(3) == "to"
    {
      index += 4
    } else if word() == "i", ["want", "wanted", "need"].contains(word(1)), word(2) == "to" {
      index += 3
    } else if word() == "i", word(1) == "wanna" {
      index += 2
    } else if ["can", "could"].contains(word()), word(1) == "you" {
      index += 2
    } else if ["pls", "please", "plz"].contains(word()) {
      index += 1
    } else if word() == "i", ["want", "need"].contains(word(1)), readers.contains(word(2)),
      word(3) == "to", word(4) == "know"
    {
      // "i want them to know (that)": the wish and its verb in one.
      return 5
    } else if !imperative {
      return nil
    }
    // "also", "just", "maybe" between the frame and its verb.
    while ["also", "just", "maybe", "somehow", "like"].contains(word()) { index += 1 }
    guard let verb = Self.verbLength(lower, at: index) else { return nil }
    return index + verb - start
  }

  /// The words of a verb of saying at `index`: "say", "mention", "point out", "tell them",
  /// "let her know", "get across". Nil when there is none.
  private static func verbLength(_ lower: [String], at index: Int) -> Int? {
    guard index < lower.count else { return nil }
    let verb = lower[index]
    let next = index + 1 < lower.count ? lower[index + 1] : ""
    if sayingVerbs.contains(verb) { return 1 }
    if let particle = particleVerbs[verb], particle == next { return 2 }
    // "tell them", "tell her that": the reader named as a pronoun.
    if verb == "tell", readers.contains(next) { return 2 }
    // "let them know".
    if verb == "let", readers.contains(next), index + 2 < lower.count,
      lower[index + 2] == "know"
    {
      return 3
    }
    return nil
  }

  /// Whether `lower` from `start` is a request about the words before it and nothing more:
  /// the request, then only words pointing back ("that", "it", "this") and words of manner
  /// ("tactfully", "somehow", "in the note", "if possible").
  static func isBare(_ lower: ArraySlice<String>) -> Bool { bareRest(lower) != nil }

  /// The words after a bare request's frame and verb ("that tactfully" of "i'd like to say
  /// that tactfully"); nil when the words are no bare request.
  private static func bareRest(_ lower: ArraySlice<String>) -> ArraySlice<String>? {
    let words = Array(lower)
    guard let length = wrapper(in: words, at: 0, imperative: true) else { return nil }
    let rest = words.dropFirst(length)
    return rest.allSatisfy { pointers.contains($0) || isManner($0) } ? rest : nil
  }

  /// A word of manner: an adverb in "-ly" ("tactfully", "gently"), or "subtle".
  private static func isManner(_ word: String) -> Bool {
    word == "subtle" || word.count > 4 && word.hasSuffix("ly") && word.allSatisfy(\.isLetter)
  }

  /// The words a bare request carries beyond pointing back, that ask for a manner the note
  /// cannot give on its own: "tactfully", "nicely", "gently". Nil when there are none.
  static func mannerAsked(_ lower: ArraySlice<String>) -> String? {
    guard let rest = bareRest(lower) else { return nil }
    let asked = rest.filter { isManner($0) && !["really", "only", "early"].contains($0) }
    return asked.isEmpty ? nil : asked.joined(separator: " ")
  }

  /// The manner a request closing the person's line asks for ("..., I'd like to say that
  /// tactfully" asks for "tactfully"), so the reply can say the line is printed as typed.
  static func mannerAsked(in text: String) -> String? {
    let words = text.squeezed.split(separator: " ").map(String.init)
    guard let start = closingRequest(in: words) else { return nil }
    var lower = words[start...].map { $0.lowercased().trimming(",.!?;:") }
    if ["and", "so", "but"].contains(lower.first ?? "") { lower.removeFirst() }
    return mannerAsked(lower[...])
  }

  /// Where a request closing the words begins, with the word that joins it ("..., I'd like to
  /// mention that", "... and say it nicely"): the words before it are the line. Nil when the
  /// words close with no such request. A request with no line before it starts at 0.
  static func closingRequest(in words: [String]) -> Int? {
    let lower = words.map { $0.lowercased().trimming(",.!?;:") }
    for start in lower.indices {
      let joined = start == 0 || words[start - 1].last.map { ",;.!?-".contains($0) } == true
      let conjunction = ["and", "so", "but"].contains(lower[start])
      guard joined || conjunction else { continue }
      let clause = conjunction ? start + 1 : start
      // Only a frame of wanting or a verb of saying can open a request: most starts are
      // passed over at their first word.
      guard clause < lower.count, openers.contains(lower[clause]) else { continue }
      if isBare(lower[clause...]) { return start }
    }
    return nil
  }

  /// The first words a request may open with: a frame of wanting, or a verb of saying.
  private static let openers = WordSet(
    ["i'd", "id", "i", "can", "could", "pls", "please", "plz", "tell", "let"]
      + sayingVerbWords + particleVerbs.keys)

  /// Verbs of saying something in a note, of one word.
  private static let sayingVerbs = WordSet(sayingVerbWords)

  private static let sayingVerbWords = [
    "say", "mention", "add", "include", "stress", "note", "write", "express", "emphasise",
    "emphasize", "highlight", "slip",
  ]

  /// Verbs of saying that take a particle: "point out", "bring up", "get across", "put in".
  private static let particleVerbs: [String: String] = [
    "point": "out", "bring": "up", "get": "across", "put": "in", "throw": "in", "work": "in",
  ]

  /// The interviewer as the person names them to the writer.
  private static let readers: WordSet = ["them", "him", "her", "em"]

  /// Words that point back at what was said before the request.
  private static let pointers: WordSet = [
    "that", "this", "it", "so", "too", "also", "as", "well", "somehow", "something", "bit",
    "part", "the", "a", "if", "possible", "you", "can", "in", "into", "to", "note", "email",
    "message", "card", "there", "somewhere", "please", "pls", "maybe", "without", "sounding",
    "being", "them", "him", "her",
  ]
}
