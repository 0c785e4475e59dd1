/// `cliche`: stock phrases that read as filler.
///
/// Say it in your own words, or leave it out. "I'm passionate about logistics" and "I'd be a
/// perfect fit for the team" are flagged; a tailor's "a perfect fit starts at the shoulder" is
/// not.
struct ClicheRule: SentenceReviewRule {
  static let code = Finding.Code.cliche

  /// Stock phrases of cover letters and business talk, lower case. Kept as a list because a
  /// stock phrase is a fixed expression: its words in that order are what makes it stock, and
  /// no structure of the sentence tells "touch base" from "touch the base". Who a phrase of
  /// self-description is said of is read by structure (`selfPhrases`). New phrases are not
  /// added from the tuning sets' misses: a phrase fitted to one set does not carry.
  static let phrases = [
    "perfect fit", "passionate about", "don't hesitate", "do not hesitate", "team player",
    "proven track record", "hit the ground running", "think outside the box",
    "thinking outside the box",
    "outside the box", "go-getter", "go getter", "self-starter", "self starter", "synergy",
    "synergies",
    "results-driven", "results driven", "detail-oriented", "detail oriented", "great asset",
    "valuable asset", "an asset to", "value-add", "touch base", "circle back",
    "at the end of the day",
    "wear many hats", "win-win", "move the needle", "best of breed", "dynamic individual",
    "hard-working individual", "hardworking individual", "i'm a people person",
    "i am a people person",
    "give 110%", "110%", "take it to the next level",
    // The stock praise and self-description of cover letters, as people write them.
    "above and beyond", "go the extra mile", "the extra mile", "fast-paced environment",
    "fast paced environment", "thrive in", "dynamic team", "dynamic environment", "people person",
    "great addition", "valuable addition", "strong addition", "add value", "bring value",
    "bring to the table", "truly inspiring", "so inspiring", "really inspiring",
    "honoured to be part", "honored to be part", "part of such a", "such a dedicated",
    "dream job", "dream role", "dream company", "hard worker", "strong work ethic", "work ethic",
    "quick learner", "fast learner", "eager to learn", "excellent communication skills",
    "excellent communicator", "world-class", "world class", "cutting-edge", "game changer",
    "game-changer", "low-hanging fruit", "on the same page", "ticks all the boxes",
    "tick all the boxes", "ideal candidate", "perfect candidate", "right candidate",
    "great fit", "fit right in", "exciting opportunity", "wonderful opportunity",
    "i am writing to express", "at your earliest convenience", "feel free to reach out",
    "make a positive impact", "learn and grow", "the next level", "wealth of knowledge",
    "second to none", "results-oriented", "goal-oriented", "highly motivated",
    "self-motivated", "motivated individual", "my passion", "perfect match", "raring to go",
    "jump at the chance", "the whole package", "like a family",
  ]

  /// The stock phrases of self-description and of wanting in: a cliché when the writer says
  /// them of themselves ("I'm passionate about logistics", "I'd love to be part of such a
  /// team", "I always go the extra mile"), but words of description when they are said of
  /// the employer's people ("how the apprentices learn and grow by running the stall", "the
  /// drivers go the extra mile in snow"). The rest are stock whoever says them ("a game
  /// changer", "touch base").
  static let selfPhrases: Set<String> = [
    "passionate about", "part of such a", "learn and grow", "above and beyond",
    "go the extra mile", "the extra mile", "thrive in", "eager to learn", "hard worker",
    "work ethic", "strong work ethic", "my passion", "like a family", "fit right in",
    "make a positive impact", "add value", "bring value",
  ]

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard Self.cliche(in: draft.body) != nil else { return nil }
    var quote: String?
    for sentence in draft.readings {
      if let found = Self.cliche(inSentence: sentence) {
        quote = found
        break
      }
    }
    guard let quote else { return nil }
    return finding(
      "\(quoted(quote)) is a stock phrase that reads as filler. Say it in your own words, or leave it out."
    )
  }

  func finding(inSentence sentence: ReviewText) -> Finding? {
    guard let quote = Self.cliche(in: sentence) else { return nil }
    return finding("\(quoted(quote)) is a stock phrase that reads as filler.")
  }

  /// The first stock phrase of a sentence, less those of self-description said in a clause
  /// about someone else.
  private static func cliche(inSentence sentence: SentenceReading) -> String? {
    let text = ReviewText(sentence.original)
    guard cliche(in: text) != nil else { return nil }
    var candidates = phrases
    if isLiteralPerfectFit(text.lowered) { candidates.removeAll { $0 == "perfect fit" } }
    // "... update me on the outcome at your earliest convenience": words that press for the
    // decision are the pressure's fault, told once under that code; the same words again as
    // a stock phrase would count one fault twice.
    let pressing = PressureRule.pressingRanges(in: sentence)
    for phrase in candidates where selfPhrases.contains(phrase) || !pressing.isEmpty {
      let words = phrase.split(separator: " ").map(String.init)
      let starts = sentence.texts.indices.filter {
        $0 + words.count <= sentence.texts.count
          && Array(sentence.texts[$0..<($0 + words.count)]) == words
      }
      guard !starts.isEmpty else { continue }
      let pressed = starts.allSatisfy { start in
        pressing.contains { $0.contains(start) && $0.contains(start + words.count - 1) }
      }
      let others =
        selfPhrases.contains(phrase) && starts.allSatisfy({ sentence.isOthersClause(at: $0) })
      if pressed || others { candidates.removeAll { $0 == phrase } }
    }
    return PhraseMatch.firstMatch(in: text, candidates, negatable: false)
  }

  private static func cliche(in text: ReviewText) -> String? {
    var phrases = phrases
    if isLiteralPerfectFit(text.lowered) { phrases.removeAll { $0 == "perfect fit" } }
    return PhraseMatch.firstMatch(in: text, phrases, negatable: false)
  }

  /// "a perfect fit starts at the shoulder" is about clothes; "the perfect fit for this role" is
  /// the cliché.
  private static func isLiteralPerfectFit(_ lowered: String) -> Bool {
    guard let range = lowered.range(of: "perfect fit") else { return false }
    let after = String(lowered[range.upperBound...].prefix(12))
    let before = String(lowered[..<range.lowerBound].suffix(8))
    let figurative =
      [" for", " with", " in", ".", ",", "!"].contains(where: { after.hasPrefix($0) })
      || ["the ", "be a ", "m a ", "am a ", "s a "].contains(where: { before.hasSuffix($0) })
    return !figurative
  }
}
