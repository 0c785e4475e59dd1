/// A thing the employer is making, said with the verb that makes it: "they are launching a
/// travel vaccine clinic in January" is "the travel vaccine clinic you're launching in January".
///
/// A plan's verb cue ("launching", "building", "opening") used to give way to "your" before the
/// thing, which reads well for the thing alone ("your new depot") but not with what followed
/// it: the time, place and partner said of the doing then hang off the thing ("your cafe in the
/// old greenhouse for spring", "your travel vaccine clinic in January in this branch"), and the
/// blind judge read each as a fragment with its verb cut off. With anything after the thing, the
/// verb is kept as a relative clause between the thing and the rest, so the phrase is still a
/// noun phrase every frame takes. Said in the room ("in this branch", "at the back", "here"),
/// a place is the person's view of it and is dropped; a relative clause the topic cannot hold
/// to its end ("that goes out") is dropped whole rather than cut.
extension CandidateFinder {
  /// The relative rendering of a plan's thing at `range` after a verb cue of `verbWords`:
  /// where the thing ends (`at`), the words that go there, and the range with its end fitted;
  /// nil when the thing has no determiner, nothing follows it, or it will not fit a topic.
  func planRelative(_ range: Range<Int>, verbWords: [String]) -> RelativeShape? {
    guard range.count >= 2, Self.thingDeterminers.contains(tokens[range.lowerBound]) else {
      return nil
    }
    guard let at = thingEnd(in: range) else { return nil }
    let relative = ["you're"] + verbWords
    guard
      let end = fittedAdjuncts(
        at..<range.upperBound, thing: at - range.lowerBound,
        relative: relative.count)
    else { return nil }
    return RelativeShape(range: range.lowerBound..<end, at: at, words: relative)
  }

  /// A phrase split around a relative clause: `range` rendered with `words` inserted at `at`,
  /// its determiner made "the".
  struct RelativeShape {
    let range: Range<Int>
    let at: Int
    let words: [String]
  }

  /// Where the thing that opens `range` ends: at the first preposition other than "of" (which
  /// belongs to the thing: "a prototype section of your blade"), a relative word or a time
  /// word, after at least one word of the thing. Nil when nothing follows it, or when the
  /// words before that preposition cannot end a thing (`endsAThing`).
  private func thingEnd(in range: Range<Int>) -> Int? {
    var cursor = range.lowerBound + 1
    while cursor < range.upperBound {
      let token = tokens[cursor]
      if token.kind == .pause { return nil }
      if Self.adjunctOpeners.contains(token) || Self.timeOpeners.contains(token)
        || Self.relatives.contains(token)
      {
        guard cursor > range.lowerBound + 1,
          endsAThing((range.lowerBound + 1)..<cursor, after: tokens[range.lowerBound])
        else { return nil }
        return cursor
      }
      cursor += 1
    }
    return nil
  }

  /// Whether the thing's `words` after its `determiner` can end where they do. Not on a
  /// describing word ("a new | over 60s strength class programme": "over" opens no place
  /// there, it belongs to the thing), nor with only plurals after "a" ("a women | in trades
  /// mentoring scheme": the singular the article agrees with is still to come; "a new unit
  /// upstairs" has its singular). Where the thing has not ended, the relative clause would
  /// split it (tuning 48's cs007 "the new you're launching over 60s ...", cs026 "the women
  /// you're setting up in trades ..."), so the plan keeps its verb first instead.
  private func endsAThing(_ words: Range<Int>, after determiner: Token) -> Bool {
    guard let last = words.last, !TopicArticles.adjectives.contains(tokens[last].lower) else {
      return false
    }
    guard determiner.equals("a") || determiner.equals("an") else { return true }
    return !words.filter { !TopicArticles.adjectives.contains(tokens[$0].lower) }
      .allSatisfy { VouchedPoint.isPluralForm(tokens[$0].lower) }
  }

  /// Where the words after the thing end once each phrase said in the room is dropped and a
  /// relative clause left unfinished is dropped whole: nil when nothing is left, or the
  /// thing, its verb and what is left do not fit a topic's length.
  private func fittedAdjuncts(_ adjuncts: Range<Int>, thing: Int, relative: Int) -> Int? {
    var end = adjuncts.upperBound
    // "in February that goes out": what the relative clause says was cut before its end, so
    // none of it is said.
    if let relativeWord = adjuncts.first(where: { Self.relatives.contains(tokens[$0]) }) {
      end = relativeWord
    }
    // "in January in this branch", "at the back": the phrases said in the room go from the end.
    var phraseStart = adjuncts.lowerBound
    var kept = adjuncts.lowerBound
    var index = adjuncts.lowerBound
    while index <= end {
      if index == end || index > phraseStart && Self.adjunctOpeners.contains(tokens[index]) {
        if !isSaidInTheRoom(phraseStart..<index) { kept = index }
        phraseStart = index
      }
      index += 1
    }
    end = kept
    // Longer than a topic: phrases go from the end until it fits.
    while end > adjuncts.lowerBound,
      thing + relative + (end - adjuncts.lowerBound)
        > Self.longestRelative
    {
      guard
        let last = (adjuncts.lowerBound..<end).last(where: {
          Self.adjunctOpeners.contains(tokens[$0])
        })
      else { return nil }
      end = last
    }
    while end > adjuncts.lowerBound, Self.looseEnds.contains(tokens[end - 1]) { end -= 1 }
    return end > adjuncts.lowerBound ? end : nil
  }

  /// "in this branch", "at the back", "here": a place said as the speaker sees it from where
  /// they stood, which the note, read elsewhere, cannot point at.
  private func isSaidInTheRoom(_ phrase: Range<Int>) -> Bool {
    let words = phrase.filter { tokens[$0].isWord }
    guard let first = words.first else { return false }
    if words.count == 1 { return Self.pointingPlaces.contains(tokens[first]) }
    let rest = Array(words.dropFirst())
    // "in this branch", "at that site": a demonstrative and a noun.
    if Self.demonstratives.contains(tokens[rest[0]]), rest.count <= 2 { return true }
    // "at the back", "round the side": a part of the place the speaker stood in.
    return rest.count == 2 && tokens[rest[0]].is(.the)
      && Self.partsOfAPlace.contains(tokens[rest[1]])
  }

  /// The longest a phrase with its verb kept may run: a topic's length and one word, as the
  /// verb was always part of what was said and the thing alone was no shorter a read.
  static let longestRelative = TopicExtractor.maximumWords + 1

  /// Words that open a thing: an article or a possessive.
  private static let thingDeterminers: WordSet = [
    "a", "an", "the", "their", "its", "his", "her", "our", "your",
  ]

  /// Words that open what is said of the doing after its thing: prepositions other than "of".
  private static let adjunctOpeners: WordSet = [
    "in", "on", "at", "for", "with", "by", "from", "to", "across", "near", "over", "around",
    "through", "after", "before", "outside", "inside", "behind", "alongside", "during",
    "within", "into", "as",
  ]

  /// Words that open a time said of the doing with no preposition: "this spring", "next year".
  private static let timeOpeners: WordSet = ["this", "next", "later", "soon", "early", "last"]

  /// Words that open a clause of its own after the thing: a relative ("that goes out") or a
  /// purpose ("so they can finish").
  private static let relatives: WordSet = ["that", "which", "who", "where", "so", "because"]

  /// Words a phrase never ends on.
  private static let looseEnds: WordSet = [
    "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "from", "by",
    "their", "your", "its", "this", "that", "next",
  ]

  /// Places that point from where the speaker stood.
  private static let pointingPlaces: WordSet = ["here", "there", "upstairs", "downstairs"]

  /// Demonstratives, which point at what the speaker could see.
  private static let demonstratives: WordSet = ["this", "that", "these", "those"]

  /// Parts of a place named from inside it.
  private static let partsOfAPlace: WordSet = [
    "back", "front", "side", "corner", "end", "top", "bottom", "left", "right",
  ]
}
