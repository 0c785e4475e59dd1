/// Whether a topic, read beside the person's words, begins and ends where its constituent does.
///
/// The blind judge of tuning 17 found the topic phrase cut before the words that complete it
/// more often than any other fault of the note's voice: "your pilot of having work coaches
/// sit" (in GP surgeries), "how you've won the contract to put EV chargers" (in all the council
/// car parks), "changing to a new property management system ... with mobile check" (check
/// in), "full of the new 300 home development" (he was full of it). Each is a phrase ended or
/// begun inside a constituent, which the person's sentence shows:
/// - a verb of position or placing still waiting for its place ("sit" | "in GP surgeries",
///   "put EV chargers" | "in all the council car parks");
/// - a word whose particle or hyphen makes one word with it ("check" | "in and nobody",
///   "check" | "-in");
/// - a phrase begun after a linking verb, inside the clause that says what someone was ("was"
///   | "full of the new ...").
/// `TopicCompletion` then completes the phrase from the person's words, says its core, or
/// leaves it for the next candidate: a phrase that fails here is never printed.
///
/// ```swift
/// TopicPhraseCheck.constituentCut(
///   ["your", "pilot", "of", "having", "work", "coaches", "sit"],
///   in: "they are piloting having work coaches sit in GP surgeries once a week")
/// // "a verb waiting for its place (\"sit\")"
/// ```
extension TopicPhraseCheck {
  /// What the person's words show was cut, or nil when the topic begins and ends whole.
  static func constituentCut(_ topic: [String], in source: String) -> String? {
    let words = topic.map(plain)
    guard words.count >= 2, let last = words.last, !last.isEmpty else { return nil }
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(plain)
    guard let end = sourceEnd(of: words, in: saidPlain) else { return nil }
    if let first = words.first,
      let start = saidPlain[..<end].lastIndex(of: first), start >= 1,
      end - start < words.count + 2,
      let opening = clauseOpening(words, before: start, said: said, saidPlain: saidPlain)
    {
      return opening
    }
    // "check-in", "drop-off": the topic ends on the first half of a hyphenated word.
    if saidPlain[end] != last, saidPlain[end].hasPrefix(last + "-") {
      return "cut inside \"\(saidPlain[end])\""
    }
    // A comma or a full stop after the word closes the phrase.
    if let mark = said[end].last, ",.;:!?)".contains(mark) { return nil }
    guard end + 1 < saidPlain.count else { return nil }
    let next = saidPlain[end + 1]
    let after = end + 2 < saidPlain.count ? saidPlain[end + 2] : ""
    let particleCloses =
      after.isEmpty || said[end + 1].last.map { ",.;:!?)".contains($0) } == true
      || TopicCompletion.clauseBreaks.contains(after) || TopicGrammar.subjects.contains(after)
    // "mobile check" | "in and nobody": a particle with no object of its own is its verb's
    // or its noun's ("check in", "drop off"), one word with the word before it.
    if particles.contains(next), particleCloses, !VouchedTopic.isTimeWord(last),
      last.allSatisfy(\.isLetter)
    {
      return "cut before its particle (\"\(last) \(next)\")"
    }
    guard placeOpeners.contains(next), !VouchedTopic.isTimeWord(after),
      !["the", "next", "this"].contains(after) || !isTimeAhead(saidPlain, from: end + 3)
    else { return nil }
    // "work coaches sit" | "in GP surgeries": a verb of position ends where its place does.
    if positionVerbs.contains(last) { return "a verb waiting for its place (\"\(last)\")" }
    // "to put EV chargers" | "in all the council car parks": a verb of placing, and no place
    // in the topic after it.
    if let put = words.lastIndex(where: placingVerbs.contains),
      !words.dropFirst(put + 1).contains(where: placeOpeners.contains)
    {
      return "a verb of placing without its place (\"\(words[put])\")"
    }
    return nil
  }

  /// Where the topic's words end in the person's words: the index of the source word holding
  /// its last word (or the hyphenated word it begins), its words before matching in order.
  static func sourceEnd(of words: [String], in saidPlain: [String]) -> Int? {
    guard let last = words.last else { return nil }
    let count = min(words.count, 2)
    let before = words.suffix(count).dropLast()
    for index in saidPlain.indices where index >= before.count {
      guard saidPlain[index] == last || saidPlain[index].hasPrefix(last + "-") else { continue }
      if zip(saidPlain[(index - before.count)..<index], before).allSatisfy({ $0 == $1 }) {
        return index
      }
    }
    return nil
  }

  /// "he was" | "full of the new 300 home development": a phrase whose first word follows a
  /// linking verb in the person's words, and is no determiner or name, begins inside the
  /// clause that says what someone was; the thing starts at the determiner after it.
  private static func clauseOpening(
    _ words: [String], before start: Int, said: [String], saidPlain: [String]
  ) -> String? {
    let previous = saidPlain[start - 1]
    guard linkingForms.contains(previous), said[start - 1].last?.isLetter == true,
      let first = words.first, !TopicGrammar.determiners.contains(first),
      !possessives.contains(first), !VouchedTopic.isNumber(first),
      said[start].first?.isUppercase != true, words.count >= 3,
      words.prefix(3).contains(where: { ["of", "with", "about", "on"].contains($0) })
    else { return nil }
    return "begun inside a clause (\"\(previous) \(first)\")"
  }

  /// Where the thing begins in a topic begun inside a clause ("full of" | "the new 300 home
  /// development"): its first determiner. Nil for a topic begun whole.
  static func thingAfterClauseOpening(_ topic: [String], in source: String) -> Int? {
    let words = topic.map(plain)
    guard let first = words.first, words.count >= 3 else { return nil }
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(plain)
    guard let end = sourceEnd(of: words, in: saidPlain),
      let start = saidPlain[..<end].lastIndex(of: first), start >= 1,
      end - start < words.count + 2,
      clauseOpening(words, before: start, said: said, saidPlain: saidPlain) != nil,
      let thing = words.indices.dropFirst().first(where: {
        TopicGrammar.determiners.contains(words[$0]) || possessives.contains(words[$0])
      }), thing + 1 < words.count
    else { return nil }
    return thing
  }

  /// Whether a time word stands at `index` of the person's words.
  private static func isTimeAhead(_ saidPlain: [String], from index: Int) -> Bool {
    index < saidPlain.count && VouchedTopic.isTimeWord(saidPlain[index])
  }

  /// Particles that make one word with the word before them when nothing follows them.
  static let particles: Set<String> = ["in", "out", "up", "off", "down", "over", "away", "on"]

  /// Prepositions that open a place.
  static let placeOpeners: Set<String> = [
    "in", "into", "on", "onto", "at", "across", "around", "inside", "outside", "near", "behind",
    "beside", "next", "within", "throughout", "along",
  ]

  /// Verbs of being somewhere, which end where their place does.
  static let positionVerbs: Set<String> = [
    "sit", "sits", "sitting", "stay", "stays", "staying", "live", "lives", "living", "based",
    "located", "stand", "stands", "standing", "sleep", "sleeps", "sleeping", "park", "parked",
    "go", "goes", "going", "come", "comes", "coming", "stationed", "housed", "hosted",
  ]

  /// Forms of "be" and "feel" that open what someone was: "he was full of it".
  static let linkingForms: Set<String> = [
    "was", "were", "is", "are", "am", "been", "being", "seemed", "seems", "felt", "feels",
    "looked", "looks",
  ]
}
