/// What a candidate's clause says: something the employer has new, is starting, has coming,
/// set up, won or launched, or only a thing mentioned.
///
/// The judge faulted notes built on "the room" ("she showed me the room also") while the
/// principal "was very proud about the new Atal Tinkering Lab they got sanctioned", on
/// "industry" (from "a new NMR facility coming, shared with industry"), on "your PO1 grade"
/// beside "the damp and mould taskforce they set up", and on the candidate's languages beside
/// "they are starting a financial literacy program". A hiring manager remembers what their
/// organisation is changing, and the person remembers it too; a place shown, the job's terms,
/// the interview's questions and the candidate's own skills are what any candidate hears. So a
/// candidate whose own clause says a change (in its words, or in the relative or participle
/// clause straight after it: "they set up after ...", "being set up", "coming") ranks before
/// one whose clause does not, whatever their cue scores; and a thing the clause only calls
/// new ("the new Atal Tinkering Lab ...") is a candidate even when no cue pointed at it.
extension CandidateFinder {
  /// Whether the candidate's clause says a change: a change word in the phrase, or in what
  /// follows it up to the next comma, stop or joined clause.
  func saysChange(_ candidate: Candidate) -> Bool {
    var index = candidate.start
    let limit = min(tokens.count, candidate.end + 8)
    while index < limit {
      let token = tokens[index]
      if token.kind != .word {
        if index >= candidate.end { return false }
        index += 1
        continue
      }
      if index >= candidate.end, Self.changeClauseEnds.contains(token) { return false }
      if isChangeWord(at: index) { return true }
      index += 1
    }
    return false
  }

  /// A word saying something new, started, coming, set up, won or launched: "set" and "rolling"
  /// only with their particle ("set up", "rolling out"), "got" never after "I" ("I got asked").
  private func isChangeWord(at index: Int) -> Bool {
    let token = tokens[index]
    if Self.changeWords.contains(token) { return true }
    if Self.changeVerbsWithParticle.contains(token) {
      return index + 1 < tokens.count && Self.particles.contains(tokens[index + 1])
    }
    if Self.got.contains(token) {
      return index > 0 && !Self.firstPerson.contains(tokens[index - 1])
        && !Self.firstPerson.contains(tokens[max(0, index - 2)])
    }
    return false
  }

  /// Single words, looked up by their packed key rather than compared as strings at each token.
  private static let new: WordSet = ["new"]
  private static let got: WordSet = ["got"]
  private static let and: WordSet = ["and"]

  /// Particles that make a verb say a change ("set up", "rolling out", "took over") and that
  /// end a thing called new before its verb ("team set up").
  private static let particles: WordSet = ["up", "out", "over", "off"]

  /// Words that say a change by themselves.
  private static let changeWords: WordSet = [
    "new", "newly", "brand-new", "starting", "started", "launching", "launched", "launch",
    "coming", "upcoming", "opening", "opened", "won", "winning", "moving", "introducing",
    "introduced", "sanctioned", "funded", "awarded", "piloting", "pilot", "expanding",
    "expansion", "merger", "merging", "acquired", "acquisition", "rebrand", "relaunch",
    "refurbishment", "refurbishing", "redeveloping", "redevelopment",
  ]

  /// Verbs that say a change with their particle: "set up", "rolling out".
  private static let changeVerbsWithParticle: WordSet = [
    "set", "setting", "rolling", "roll", "rolled", "opening", "kicking", "kicked", "bought",
    "buying", "took", "taking", "taken",
  ]

  /// Words after a candidate that begin another clause than its own.
  private static let changeClauseEnds: WordSet = [
    "and", "but", "so", "because", "cos", "if", "then", "while", "although", "plus", "also",
  ]

  /// Adds "the new X" / "their new X" where no candidate of the sentence holds it: a thing the
  /// person calls new is the employer's news even when no cue pointed at it ("Principal madam
  /// was very proud about the new Atal Tinkering Lab they got sanctioned").
  mutating func addNewThings(_ start: Int, _ end: Int, firstCandidate: Int) {
    var index = start
    while index < end {
      defer { index += 1 }
      guard Self.new.contains(tokens[index]), tokens[index].isWord else { continue }
      let opener = index > start && Self.newThingDeterminers.contains(tokens[index - 1])
      let opensClause =
        index == start || tokens[index - 1].kind == .pause
        || Self.changeClauseEnds.contains(tokens[index - 1])
      guard opener || opensClause else { continue }
      let phraseStart = opener ? index - 1 : index
      // "the solar panels on the new secondary school": after a preposition the thing belongs
      // to the phrase before it.
      guard phraseStart == start || !Self.trailingPrepositions.contains(tokens[phraseStart - 1])
      else { continue }
      guard
        !candidates[firstCandidate...].contains(where: {
          $0.start <= index && index < $0.end && $0.score >= TopicExtractor.threshold
        }),
        let range = newThing(from: phraseStart, new: index, limit: end)
      else { continue }
      // "new damp and mould team being set up": with no determiner typed, the note says "the".
      let count = candidates.count
      add(
        range, cue: opener ? Self.newThingCue : Self.bareNewThingCue, cueStart: phraseStart,
        sentenceStart: start,
        sentenceEnd: end, bonus: 0)
      if candidates.count > count { candidates[candidates.count - 1].uncued = true }
      index = range.upperBound - 1
    }
  }

  /// The noun phrase "new" opens, to its head: its modifiers and nouns ("damp and mould
  /// team"), up to the participle or clause that tells about it ("being set up", "they got
  /// sanctioned"), which the ranking reads (`saysChange`) and the note leaves out. Nil when
  /// no noun follows "new".
  private func newThing(from start: Int, new: Int, limit: Int) -> Range<Int>? {
    var end = new + 1
    while end < limit, end - new <= 6, tokens[end].isWord {
      let token = tokens[end]
      if Self.and.contains(token), end + 1 < limit, tokens[end + 1].isWord,
        !Lexicon.Lookup.stopwords.contains(tokens[end + 1]),
        !Self.firstPerson.contains(tokens[end + 1])
      {
        end += 1
        continue
      }
      if Lexicon.Lookup.stopwords.contains(token) || Self.subjects.contains(token) { break }
      if !token.isCapitalized, token.lowerHasSuffix("ing") || token.lowerHasSuffix("ed") { break }
      // "set up", "rolled out": a verb with its particle tells about the thing.
      if end + 1 < limit, Self.particles.contains(tokens[end + 1]) { break }
      end += 1
    }
    // "and" never ends it: "new vans and" is "new vans".
    while end > new + 1, Self.and.contains(tokens[end - 1]) { end -= 1 }
    guard end > new + 1 else { return nil }
    return start..<end
  }

  /// Subjects, typed with or without their apostrophe: "the new beer garden theyre opening"
  /// ends before "theyre".
  private static let subjects: WordSet = [
    "they", "theyre", "they're", "theyve", "they've", "she", "shes", "she's", "he", "hes",
    "he's", "we", "we're", "weve", "we've", "you", "youre", "you're", "it", "its", "it's", "i",
    "im", "i'm", "ive", "i've",
  ]

  /// Determiners before "new" that make it the employer's thing: never "my".
  private static let newThingDeterminers: WordSet = ["the", "a", "an", "their", "its", "this"]

  /// The weight of a thing called new with no cue: below a cued one, above the threshold.
  private static let newThingCue = Cue(
    words: ["new"], direction: .forward, kind: .conversation, weight: 0.45)

  /// The same for "new" opening a clause with no determiner: "the" is put before it.
  private static let bareNewThingCue = Cue(
    words: ["new"], direction: .forward, kind: .conversation, weight: 0.45, prefix: ["the"])
}

extension CandidateFinder {
  /// Whether a one-word candidate is only the object of a participle trailing another
  /// candidate: "industry" in "a new NMR facility coming, shared with industry" belongs to the
  /// facility, and is no thing of its own.
  /// The same for the participle phrase cut whole: "funded by Siemens".
  func trailsAnother(_ candidate: Candidate, among all: [Candidate]) -> Bool {
    let object = candidate.end - 1
    let preposition = object - 1
    let participle = object - 2
    guard participle >= 1, candidate.start >= participle else { return false }
    guard tokens[preposition].isWord, Self.trailingPrepositions.contains(tokens[preposition]),
      tokens[participle].isWord,
      tokens[participle].lowerHasSuffix("ed") || tokens[participle].lowerHasSuffix("ing")
    else { return false }
    // The participle opens its own stretch after a comma, or follows the other's end.
    var before = participle - 1
    if before >= 0, tokens[before].kind == .pause { before -= 1 }
    guard before >= 0 else { return false }
    return all.contains { $0.start <= before && before < $0.end + 1 && $0.end <= participle }
  }

  /// Prepositions that join a trailing participle to its object: "shared with industry".
  static let trailingPrepositions: WordSet = [
    "with", "by", "for", "to", "from", "at", "in", "on", "of",
  ]
}
