/// One sentence of a pasted note read as words: who it is about, and where a pattern of words
/// sits in it, so that a review rule can decide by the shape of a sentence rather than by fixed
/// strings.
///
/// Words are lower case with curly apostrophes made straight ("I’ve" reads "i've"); each keeps
/// its place in the sentence as written, so a finding quotes the person's own words.
///
/// ```swift
/// let sentence = SentenceReading("I wasn't at my sharpest on the forecasting question.")
/// sentence.isAboutSelf  // true
/// sentence.find(WordPattern("i ~ wasn't|was_not ~ at my sharpest|best"))  // a range of words
/// ```
struct SentenceReading {
  /// One word and where it sits in the sentence, in characters.
  struct Word {
    var text: String
    var start: Int
    var end: Int
  }

  /// The sentence as written.
  let original: String
  let words: [Word]
  /// The words alone, for matching.
  let texts: [String]
  /// Each word packed once (`WordKey.none` when long or beyond ASCII): `find` tests a word
  /// against each pattern's first words by this key, instead of hashing the word again for
  /// every pattern (a quarter of the time of a 16 KiB review).
  let keys: [WordKey]

  init(_ text: String) {
    original = text
    var words: [Word] = []
    var current = ""
    var start = 0
    func close(at end: Int) {
      let trimmed = current.trimming("'-")
      if !trimmed.isEmpty { words.append(Word(text: trimmed, start: start, end: end)) }
      current = ""
    }
    for (offset, character) in text.lowercased().enumerated() {
      let folded: Character = character == "\u{2019}" || character == "\u{2018}" ? "'" : character
      if folded.isLetter || folded.isNumber || folded == "'" || folded == "-" {
        if current.isEmpty { start = offset }
        current.append(folded)
      } else {
        close(at: offset)
      }
    }
    close(at: text.count)
    if Self.impliesWriter(words.map(\.text)), let first = words.first {
      // The writer, left unsaid: "Will pop back in on Weds", "Would take any shift going". An
      // empty word where the sentence starts stands for "I", so the rules read who it is about.
      words.insert(Word(text: "i", start: first.start, end: first.start), at: 0)
    }
    self.words = words
    texts = words.map(\.text)
    keys = texts.map(WordKey.init)
  }

  /// Words that open a sentence whose subject, left unsaid, can only be the writer: a note
  /// written the way texts are ("Will call in Friday", "Hope the launch goes well", "Really
  /// enjoyed the tour"). A modal followed by its own subject ("Will you ...", "Could the
  /// team ...") asks a question and has one; "Was great to meet you" leaves out "it", and
  /// "Have a good weekend" wishes them one.
  static let writerOpeners: Set<String> = [
    "will", "would", "could", "can", "shall", "should", "might", "am", "had", "hope", "hoping",
    "just", "really", "loved", "enjoyed", "looking", "wanted", "thought", "felt", "appreciate",
    "appreciated", "promise", "need", "needed",
  ]
  /// The words a modal's own subject starts with, after it: "Will you", "Could the team".
  private static let subjects: Set<String> = [
    "you", "they", "we", "it", "there", "he", "she", "i", "the", "your", "this", "that",
    "these", "those", "someone", "anyone", "everyone", "our", "their",
  ]

  /// Whether a sentence of these words leaves the writer unsaid as its subject.
  static func impliesWriter(_ texts: [String]) -> Bool {
    guard let first = texts.first, writerOpeners.contains(first) else { return false }
    let modals: Set<String> = [
      "will", "would", "could", "can", "shall", "should", "might", "am", "had",
    ]
    if modals.contains(first), texts.count > 1, subjects.contains(texts[1]) { return false }
    return true
  }

  /// The person's own pronouns: a sentence with one of them speaks about the writer.
  static let selfWords: Set<String> = [
    "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my", "myself", "mine",
  ]
  /// Words that point at the employer: their people, their things, what they did.
  static let employerWords: Set<String> = [
    "you", "your", "you've", "you're", "you'd", "yours", "their", "they", "they're", "they've",
    "team's", "company's", "we", "our", "us",
  ]

  /// Whether the writer speaks about themselves in it.
  var isAboutSelf: Bool { texts.contains { Self.selfWords.contains($0) } }

  /// Whether it points at the employer: "your plan", "the team you lead".
  var mentionsEmployer: Bool { texts.contains { Self.employerWords.contains($0) } }

  /// Whether any of the words is in it.
  func contains(any set: Set<String>) -> Bool { texts.contains { set.contains($0) } }

  /// The first place the pattern matches, as a range of word positions.
  func find(_ pattern: WordPattern) -> Range<Int>? {
    guard !texts.isEmpty else { return nil }
    for start in texts.indices where pattern.mayStart(with: texts[start], key: keys[start]) {
      if let end = pattern.match(texts, keys: keys, from: start) { return start..<end }
    }
    return nil
  }

  /// The first of several patterns to match, earliest in the sentence.
  func find(_ patterns: [WordPattern]) -> Range<Int>? {
    patterns.compactMap { find($0) }.min { $0.lowerBound < $1.lowerBound }
  }

  /// Whether a negation ("not", "never", "no", "n't") stands in the three words before.
  func isNegated(at index: Int) -> Bool {
    texts[max(0, index - 3)..<index].contains {
      ["not", "never", "no", "nothing", "without"].contains($0) || $0.hasSuffix("n't")
    }
  }

  /// The words of the part of the sentence around a match, between colons, semicolons,
  /// dashes or brackets: "I've been thinking about the problem you described: couples have to
  /// decide by noon" has two parts, and the second is not the writer's.
  func part(around range: Range<Int>) -> ArraySlice<String> {
    let characters = Array(original)
    let marks: Set<Character> = [":", ";", "(", ")", "\u{2014}", "\u{2013}"]
    func breaks(_ index: Int) -> Bool {
      characters[words[index - 1].end..<words[index].start].contains(where: marks.contains)
    }
    var first = range.lowerBound
    while first > 0, !breaks(first) { first -= 1 }
    var last = max(range.lowerBound, range.upperBound - 1)
    while last + 1 < words.count, !breaks(last + 1) { last += 1 }
    return texts[first...last]
  }

  /// The words of a match as quoted in a finding: the clause around it, as written, at most
  /// about twelve words, so the quote reads as the person wrote it.
  func quote(_ range: Range<Int>) -> String {
    let characters = Array(original)
    guard range.lowerBound < words.count, range.upperBound <= words.count, !range.isEmpty else {
      return original
    }
    let marks: Set<Character> = [".", "!", "?", ",", ";", ":", "\n", "(", ")", "\u{2014}"]
    func breaks(_ index: Int) -> Bool {
      characters[words[index - 1].end..<words[index].start].contains(where: marks.contains)
    }
    // Out to the clause's edges when they are near; else the match alone, never half a clause.
    var first = range.lowerBound
    while first > 0, range.lowerBound - first < 6, !breaks(first) { first -= 1 }
    if first > 0, !breaks(first) { first = range.lowerBound }
    var last = range.upperBound - 1
    while last + 1 < words.count, last + 1 - range.upperBound < 6, !breaks(last + 1) { last += 1 }
    if last + 1 < words.count, !breaks(last + 1) { last = range.upperBound - 1 }
    return String(characters[words[first].start..<words[last].end])
  }
}

/// A pattern of words: each element a set of words one of which must stand there, or a gap of
/// up to a few words of any kind.
///
/// Written as text: words separated by spaces, alternatives by "|", "_" joining the words of
/// one alternative ("was_not"), "#" any word with a digit, "~" a gap of up to three words and "~6" of up to six, "*" any
/// one word, and "@name" a class of words given when the pattern is built. A word ending in
/// "-" matches any word that starts with it ("apologi-" matches "apologise" and "apologies").
///
/// A class, not a struct: a rule passes each of its patterns by value to a closure for every
/// sentence, and copying a struct of five arrays and a word set retained each of them (an
/// eighth of the time of a 16 KiB review); a pattern never changes once built.
final class WordPattern: Sendable {
  enum Element: Sendable {
    /// One of these word sequences.
    case words([[String]])
    /// Any number of words up to this many.
    case gap(Int)
  }

  let elements: [Element]

  /// The pattern compiled to flat tables of plain values, so that matching copies no string
  /// and no nested array at each step: the nested form retained and released a string or an
  /// array at every word tried, a third of the time of a 16 KiB review.
  ///
  /// Element `e` is a gap of `gaps[e]` words when that is not `Self.wordsElement` (-1 for
  /// exactly one word of any kind); else its choices are `choices[choiceStart[e]..<choiceStart[e + 1]]`,
  /// and choice `c` its wanted words `wantStart[c]..<wantStart[c + 1]`.
  private let gaps: [Int]
  private let choiceStart: [Int]
  private let wantStart: [Int]
  /// Each wanted word: its kind, its packed key (two packed keys are equal exactly when their
  /// words are, so most words are compared as two integers), and its text for the rest.
  private let wantKinds: [WantKind]
  private let wantKeys: [WordKey]
  private let wantTexts: [String]

  private static let wordsElement = Int.min

  /// What one wanted word asks of the word in its place.
  private enum WantKind: UInt8, Sendable {
    case word, prefix, digit
  }

  /// The words a match can start with, when the pattern starts with words (nil when it starts
  /// with a gap, or a choice of no words): `find` tries a position only when its word could
  /// start a match, instead of matching every pattern at every word (most of the time of a
  /// 16 KiB review).
  private let starts: Starts?

  /// The first words of a pattern's first element.
  private struct Starts: Sendable {
    var words = WordSet([])
    var prefixes: [String] = []
    var digit = false

    func contains(_ word: String, key: WordKey) -> Bool {
      words.contains(word, key: key) || prefixes.contains { word.hasPrefix($0) }
        || (digit && word.contains(where: \.isNumber))
    }
  }

  init(_ spec: String, _ classes: [String: [String]] = [:]) {
    let elements: [Element] = spec.split(separator: " ").map { token -> Element in
      if token == "~" { return .gap(3) }
      if token.hasPrefix("~"), let count = Int(token.dropFirst()) { return .gap(count) }
      if token == "*" { return .gap(-1) }
      var choices: [[String]] = []
      for choice in token.split(separator: "|") {
        if choice.hasPrefix("@") {
          for member in classes[String(choice.dropFirst())] ?? [] {
            choices.append(member.split(separator: " ").map(String.init))
          }
        } else {
          choices.append(choice.split(separator: "_").map(String.init))
        }
      }
      return .words(choices)
    }
    self.elements = elements
    var gaps: [Int] = []
    var choiceStart: [Int] = []
    var wantStart: [Int] = []
    var kinds: [WantKind] = []
    var keys: [WordKey] = []
    var texts: [String] = []
    for element in elements {
      choiceStart.append(wantStart.count)
      switch element {
      case .gap(let count):
        gaps.append(count)
      case .words(let choices):
        gaps.append(Self.wordsElement)
        for choice in choices {
          wantStart.append(kinds.count)
          for spec in choice {
            if spec == "#" {
              kinds.append(.digit)
              texts.append("")
            } else if spec.hasSuffix("-") {
              kinds.append(.prefix)
              texts.append(String(spec.dropLast()))
            } else {
              kinds.append(.word)
              texts.append(spec)
            }
            keys.append(kinds.last == .word ? WordKey(spec) : .none)
          }
        }
      }
    }
    choiceStart.append(wantStart.count)
    wantStart.append(kinds.count)
    self.gaps = gaps
    self.choiceStart = choiceStart
    self.wantStart = wantStart
    wantKinds = kinds
    wantKeys = keys
    wantTexts = texts
    starts = elements.first.flatMap { first -> Starts? in
      guard case .words(let choices) = first else { return nil }
      var starts = Starts()
      var words: [String] = []
      for choice in choices {
        guard let spec = choice.first else { return nil }
        if spec == "#" {
          starts.digit = true
        } else if spec.hasSuffix("-") {
          starts.prefixes.append(String(spec.dropLast()))
        } else {
          words.append(spec)
        }
      }
      starts.words = WordSet(words)
      return starts
    }
  }

  /// Whether a match can start at `word`, packed as `key`: false only when none can.
  func mayStart(with word: String, key: WordKey) -> Bool {
    starts?.contains(word, key: key) ?? true
  }

  /// The position after the match when the pattern matches at `start`, or nil. `keys` holds
  /// each word's `WordKey` (`WordKey.none` when not packed), in step with `words`.
  func match(_ words: [String], keys: [WordKey], from start: Int) -> Int? {
    match(words, keys: keys, element: 0, at: start)
  }

  /// Whether wanted word `want` stands for the word at `index`.
  @inline(__always)
  private func wants(_ want: Int, _ words: [String], _ keys: [WordKey], at index: Int) -> Bool {
    switch wantKinds[want] {
    case .word:
      let wantKey = wantKeys[want]
      let key = keys[index]
      return wantKey.isPacked && key.isPacked ? wantKey == key : wantTexts[want] == words[index]
    case .prefix: return words[index].hasPrefix(wantTexts[want])
    case .digit: return words[index].contains(where: \.isNumber)
    }
  }

  private func match(_ words: [String], keys: [WordKey], element: Int, at position: Int) -> Int? {
    guard element < gaps.count else { return position }
    let gap = gaps[element]
    if gap == Self.wordsElement {
      for choice in choiceStart[element]..<choiceStart[element + 1] {
        let first = wantStart[choice]
        let count = wantStart[choice + 1] - first
        guard position + count <= words.count else { continue }
        var matched = true
        for offset in 0..<count where !wants(first + offset, words, keys, at: position + offset) {
          matched = false
          break
        }
        if matched, let end = match(words, keys: keys, element: element + 1, at: position + count) {
          return end
        }
      }
      return nil
    }
    if gap < 0 {
      guard position < words.count else { return nil }
      return match(words, keys: keys, element: element + 1, at: position + 1)
    }
    for skip in 0...gap where position + skip <= words.count {
      if let end = match(words, keys: keys, element: element + 1, at: position + skip) {
        return end
      }
    }
    return nil
  }
}
