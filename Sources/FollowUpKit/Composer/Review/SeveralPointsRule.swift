/// `several-points`: several topics instead of one point.
///
/// A note built on one thing is remembered; pick the one that mattered most and build the note
/// on that. Flagged: a numbered run ("First, the move to cargo bikes. Second, ..."), one more
/// thing brought in with "also" or "too" after another ("I also found your plans ..."), or a
/// list of three things after one cue ("hearing about the pilot, the new app and your plans
/// for Madrid"). A single topic seen from two angles, or "glad to meet the team, too", is one
/// point, and so is a thing with its examples ("the new press, especially the wedding
/// stationery and the council leaflets").
struct SeveralPointsRule: ReviewRule {
  static let code = Finding.Code.severalPoints

  func finding(in draft: ReviewedDraft) -> Finding? {
    let specific = SpecificWords(interviewers: draft.interviewers, company: draft.company)
    guard
      let quotes = Self.severalPoints(in: draft.pasted, specific: specific)
        ?? Self.severalThings(in: draft, specific: specific)
    else {
      return nil
    }
    return finding(
      "It raises several things (\(quotes.map(quoted).joined(separator: ", "))). Pick the one that mattered most and build the note on that."
    )
  }

  /// Words that number the points of a list: "First, ...", "Secondly, ...".
  static let enumerators: [String: Int] = [
    "first": 1, "firstly": 1, "second": 2, "secondly": 2, "third": 3, "thirdly": 3, "fourth": 4,
    "fourthly": 4, "finally": 9, "lastly": 9,
  ]
  /// Words that add one more thing: "I also found ...", "... has stayed with me too". "Too"
  /// and "as well" count only at the end of a clause: "too long" is not an addition.
  static let additives: Set<String> = [
    "also", "additionally", "furthermore", "moreover", "plus", "another", "congratulations",
    "congrats",
  ]

  /// Phrases that add one more thing, wherever they stand: "as well as the new app", "on top
  /// of that", "not to mention the Madrid office", "both the pilot and the app".
  static let additivePhrases = [
    "as well as", "on top of that", "not to mention", "in addition", "besides", "separately",
    "oh and", "and also", "equally", "likewise", "what's more", "along with", "another thing",
    "one more thing", "the other thing", "on a separate note", "on another note",
    "on a different note", "on a side note", "unrelated", "while i'm at it",
  ]

  private static func hasAdditive(_ sentence: String) -> Bool {
    if ReviewWords(sentence).words.contains(where: { additives.contains($0) }) { return true }
    for phrase in additivePhrases {
      if let range = sentence.range(of: phrase), PhraseMatch.isWordBoundary(sentence, range) {
        return true
      }
    }
    for ending in ["too", "as well"] {
      var searchStart = sentence.startIndex
      while let range = sentence.range(of: ending, range: searchStart..<sentence.endIndex) {
        searchStart = range.upperBound
        guard PhraseMatch.isWordBoundary(sentence, range) else { continue }
        if range.upperBound == sentence.endIndex || ".,;:!?)".contains(sentence[range.upperBound]) {
          return true
        }
      }
    }
    return false
  }
  /// Phrases that bring in a thing from the interview as the subject of the note.
  static let pointCues = [
    "thinking about", "thought about", "thinking over", "mulling over", "reflecting on",
    "hearing about", "learning about", "reading about your", "talking about",
    "discussion about", "discussion of", "discussion on", "conversation about", "chat about",
    "interested in", "interested to hear", "fascinated by", "intrigued by", "excited by",
    "stayed with me", "stuck with me", "struck a chord", "caught my", "coming back to",
    "your plan", "your plans", "your question", "your questions", "your comments",
    "your comment", "your point", "your idea", "your description", "your thoughts",
    "the plan to", "the question of", "the idea of", "the plans for", "you described",
    "you mentioned", "you showed", "you outlined", "you explained",
    // Liking a thing is bringing it in: "the sourdough starter was amazing", "I love the idea
    // of the Sunday classes", "also really interesting what you said".
    "interesting", "amazing", "brilliant", "fascinating", "impressive", "impressed",
    "inspiring", "loved", "liked", "love the idea", "curious", "sounds", "sounded", "enjoyed",
    "i love", "great to hear", "struck me", "clever", "exciting", "excited", "excited about",
    "looks great", "looks", "stood out", "stand out", "another thing", "congratulations on",
    // The same judgements in every form a thing of theirs takes them: "the music afternoons
    // sound fun", "the minibus was a great idea", "I was taken with the new range". Not
    // "handy" or "smart", said of anything ("I'll keep your number handy").
    "sound", "good idea", "great idea", "nice idea", "taken with", "taken by",
    "congrats on", "a few things", "several things", "two things", "three things",
    // Asking about a thing of theirs, or offering an idea for it, raises it too: "I meant to
    // ask: is the team going back to Bali?", "I had a thought on the retreat clients".
    "to ask", "wondering", "wondered", "a thought on", "a thought about", "an idea for",
    "might be worth", "read about",
  ]

  /// Several distinct points: a numbered run ("First, ... Second, ..."); one more thing brought
  /// in with "also" or "too" after another ("I also found your plans ...", "... and also the
  /// question of ..."); or a list of three things after one cue ("hearing about the pilot, the
  /// new app and your plans for Madrid"). A single topic seen from two angles, or "glad to meet
  /// the team, too", is one point. Returns a quote of each point, at most three.
  static func severalPoints(in draft: PastedDraft, specific: SpecificWords) -> [String]? {
    let content = draft.content
    let characters = Array(content)
    let folded = content.lowercased().replacingApostrophes()
    // Offsets are shared between the content and its folded copy; a rare character whose lower
    // case is longer would shift them, so such a draft is read as it is.
    let reading = folded.count == characters.count ? folded : content
    var numbered: [(rank: Int, quote: String)] = []
    var points: [String] = []
    // The specific words of each point's whole clause, to tell a new thing from more of one.
    var pointWords: [Set<String>] = []
    func addPoint(from start: Int, to end: Int) {
      points.append(quote(characters, from: start, to: end))
      let text = start < end && end <= characters.count ? String(characters[start..<end]) : ""
      var words = thingWords(text, specific)
      // "It would also give the guides room", "hearing about it made me keener": a point that
      // names no thing, or whose subject points back, is about the thing before it.
      if let previous = pointWords.last, words.isEmpty || pointsBack(text) {
        words.formUnion(previous)
      }
      pointWords.append(words)
    }
    var additive = false
    var listed: [String]?
    for sentence in ReviewSentence.split(reading) {
      let words = ReviewWords(sentence.text)
      // "First, the move ...": the enumerator opens the sentence and a comma follows it.
      if let first = words.words.first, let rank = enumerators[first],
        sentence.text.dropFirst(first.count).hasPrefix(","),
        !numbered.contains(where: { $0.rank == rank })
      {
        let body = sentence.offset + first.count + 1
        numbered.append((rank, quote(characters, from: body, to: clauseEnd(characters, body))))
      }
      // A clause that thanks ("thank you for the tour") or says nothing specific ("I also
      // loved meeting the team") is no point of its own.
      let cues = cueOffsets(in: sentence.text).filter { cue in
        let clause = clauseText(sentence.text, around: cue.offset)
        let words = ReviewWords(clause).words
        return !words.contains(where: { ["thank", "thanks"].contains($0) })
          && specific.hasSpecificWord(words)
      }
      // The list follows one of the cues, or a colon: "A few things stood out: the depot, the
      // bikes and the app".
      let colons = sentence.text.enumerated().filter { $0.element == ":" }.map { $0.offset + 1 }
      let starts = cueOffsets(in: sentence.text).map { $0.offset + $0.length } + colons
      // Or it opens the sentence and a cue follows: "The cold chain to Nagpur, the vendor
      // scorecards and the SAP move all sound exciting", each item naming a thing.
      let opening = cues.isEmpty ? [] : [0]
      for start in starts + opening where listed == nil {
        var items = listItems(in: sentence.text, from: start)
        if start == 0 {
          items = items.filter {
            !thingWords(String(Array(sentence.text)[$0]), specific).isEmpty
          }
        }
        if items.count >= 3 {
          listed = items.map {
            quote(
              characters, from: sentence.offset + $0.lowerBound, to: sentence.offset + $0.upperBound
            )
          }
        }
      }
      // "A few things I wanted to follow up on: ...": the writer announces several points.
      if let colon = colons.first,
        ["a few things", "several things", "two things", "three things", "a couple of things"]
          .contains(where: { sentence.text.prefix(colon).contains($0) })
      {
        additive = true
      }
      defer {
        // A clause that adds ("and also in the contract at the Westfield centre") brings a
        // point of its own when it names something, cue or not.
        if !points.isEmpty, let clause = addedClause(sentence.text, cues: cues, specific) {
          additive = true
          let start = sentence.offset + clause.lowerBound
          addPoint(from: start, to: sentence.offset + clause.upperBound)
        }
      }
      guard !cues.isEmpty else { continue }
      if hasAdditive(sentence.text), !points.isEmpty || cues.count >= 2 { additive = true }
      // Two cues in one clause ("hearing about the trial as well as your plans") are quoted
      // apart: each from its cue to the next.
      for (index, cue) in cues.enumerated() {
        let offset = sentence.offset + cue.offset
        var start = clauseStart(characters, offset)
        var end = clauseEnd(characters, offset)
        if index > 0, sentence.offset + cues[index - 1].offset >= start { start = offset }
        if index + 1 < cues.count { end = min(end, sentence.offset + cues[index + 1].offset) }
        addPoint(from: start, to: end)
      }
    }
    func distinct(_ quotes: [String]) -> [String] {
      var result: [String] = []
      for quote in quotes where !quote.isEmpty && !result.contains(quote) { result.append(quote) }
      return Array(result.prefix(3))
    }
    if numbered.count >= 2, numbered.contains(where: { $0.rank <= 2 }) {
      return distinct(numbered.map(\.quote))
    }
    if let listed { return distinct(listed) }
    if additive, distinct(points).count >= 2, !allOneThing(pointWords) { return distinct(points) }
    return nil
  }

  /// Whether a clause opens, after any "and", "but" or "plus", with a word that points back to
  /// the thing just named: "It would also ...", "Plus it means ...", "which ...".
  static func pointsBack(_ clause: String) -> Bool {
    // Past the words that join or add: "Plus it means the techs ..." points back too.
    let words = ReviewWords(clause).words.drop {
      ["and", "but", "so", "or", "plus", "also", "oh"].contains($0)
    }
    guard let first = words.first else { return false }
    return ["it", "it's", "its", "this", "that", "these", "those", "which"].contains(first)
  }

  /// The first clause of a sentence that holds "also" (or "plus") and no point cue, and names
  /// something with two specific words: one more thing brought in without a cue.
  private static func addedClause(
    _ sentence: String, cues: [(offset: Int, length: Int)], _ specific: SpecificWords
  ) -> Range<Int>? {
    let characters = Array(sentence)
    var start = 0
    while start < characters.count {
      let end = clauseEnd(characters, start)
      let words = ReviewWords(String(characters[start..<end])).words
      let named = words.filter {
        specific.hasSpecificWord([$0]) && !NoSpecificTopicRule.anyEmployer.contains($0)
      }
      // Not the writer's own ("I'm also fully trained on CAFM"), nor more of what the
      // interviewer said ("you also mentioned that ..."): a thing, added.
      let speakers = SentenceReading.selfWords.union(["you", "you've", "you'd", "you're"])
      // Nor a second thanks ("Thanks also for the flat white"): a clause that thanks is no
      // point of its own, as with the cues.
      if words.contains(where: { ["also", "plus"].contains($0) }),
        !words.contains(where: speakers.contains),
        !words.contains(where: { ["thank", "thanks"].contains($0) }),
        !cues.contains(where: { $0.offset >= start && $0.offset < end }), Set(named).count >= 2
      {
        return start..<end
      }
      start = end + 1
    }
    return nil
  }

  private static let clauseMarks: Set<Character> = [".", "!", "?", ",", ";", ":", "\n"]

  /// The clause of a sentence around an offset.
  private static func clauseText(_ sentence: String, around offset: Int) -> String {
    let characters = Array(sentence)
    let start = clauseStart(characters, offset)
    let end = clauseEnd(characters, offset)
    return start < end ? String(characters[start..<end]) : ""
  }

  private static func clauseStart(_ characters: [Character], _ offset: Int) -> Int {
    var start = min(offset, characters.count)
    while start > 0, !clauseMarks.contains(characters[start - 1]) { start -= 1 }
    return start
  }

  private static func clauseEnd(_ characters: [Character], _ offset: Int) -> Int {
    var end = min(offset, characters.count)
    while end < characters.count, !clauseMarks.contains(characters[end]) { end += 1 }
    return end
  }

  /// The words between two offsets, at most twelve, without a leading "and" or "but": a quote
  /// that reads as the person wrote it.
  private static func quote(_ characters: [Character], from start: Int, to end: Int) -> String {
    guard start < end, end <= characters.count else { return "" }
    var words = String(characters[start..<end]).split(separator: " ").map(String.init)
    while let first = words.first, ["and", "but", "or", "so"].contains(first.lowercased()) {
      words.removeFirst()
    }
    return words.prefix(12).joined(separator: " ").trimming(" \t\n-•*")
  }

  /// Where each point cue starts in a sentence, at most one per clause.
  private static func cueOffsets(in sentence: String) -> [(offset: Int, length: Int)] {
    var found: [(offset: Int, length: Int)] = []
    // A cue (lower-case ASCII letters and spaces) is found only where its bytes are: no other
    // text is canonically equal to it. The byte scan is cheap; Foundation's search is not
    // (about 3 ms for each cue over 16 KiB).
    let bytes = Array(sentence.utf8)
    for cue in pointCues where bytes.containsBytes(cue) {
      var searchStart = sentence.startIndex
      // Offsets counted on from the last match, not from the start each time: that made a
      // 16 KiB review take time quadratic in its matches.
      var counted = (index: sentence.startIndex, offset: 0)
      while let range = sentence.range(of: cue, range: searchStart..<sentence.endIndex) {
        searchStart = range.upperBound
        guard PhraseMatch.isWordBoundary(sentence, range) else { continue }
        counted.offset += sentence.distance(from: counted.index, to: range.lowerBound)
        counted.index = range.lowerBound
        found.append((counted.offset, cue.count))
      }
    }
    // At one place the longest cue: "excited about", not "excited".
    found.sort { $0.offset < $1.offset || $0.offset == $1.offset && $0.length > $1.length }
    // Cues in one clause ("the plan you described", "your plan ... stayed with me") are one point.
    var result: [(offset: Int, length: Int)] = []
    let breaks = ClauseBreaks(Array(sentence))
    for cue in found {
      if let last = result.last, !breaks.any(from: last.offset, to: max(last.offset, cue.offset)) {
        continue
      }
      result.append(cue)
    }
    return result
  }
}

/// Where a sentence has a clause break (",", ";" or " and "), counted once so that asking
/// whether a stretch holds one costs the same however long the stretch is.
private struct ClauseBreaks {
  /// `before[i]`: the commas, semicolons and colons in the first `i` characters.
  private var before: [Int]
  /// For each joining phrase, `startsBefore[i]`: its occurrences starting in the first `i`
  /// characters.
  private var startsBefore: [(length: Int, counts: [Int])]
  private static let joins: [[Character]] = [Array(" and "), Array(" as well as ")]

  init(_ characters: [Character]) {
    before = [0]
    before.reserveCapacity(characters.count + 1)
    for (index, character) in characters.enumerated() {
      before.append(
        before[index] + (character == "," || character == ";" || character == ":" ? 1 : 0))
    }
    startsBefore = Self.joins.map { join in
      var counts = [0]
      counts.reserveCapacity(characters.count + 1)
      for index in characters.indices {
        let starts =
          index + join.count <= characters.count
          && characters[index..<(index + join.count)].elementsEqual(join)
        counts.append(counts[index] + (starts ? 1 : 0))
      }
      return (join.count, counts)
    }
  }

  /// The characters from `start` up to `end` hold a comma, a semicolon, a colon, " and " or
  /// " as well as ": the same answer as `String(characters[start..<end]).contains(...)` for each.
  func any(from start: Int, to end: Int) -> Bool {
    if before[end] - before[start] > 0 { return true }
    // A phrase lies inside when it starts at or after `start` and ends by `end`.
    return startsBefore.contains { join in
      let lastStart = end - join.length
      return lastStart >= start && join.counts[lastStart + 1] - join.counts[start] > 0
    }
  }
}
