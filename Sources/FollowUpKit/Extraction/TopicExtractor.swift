/// Finds the memorable things in what a person says came up at their interview, best first.
///
/// The extractor looks for the turns of phrase people use to mark what mattered ("we talked
/// about", "the news that", "she lit up about", "... really stuck with me"), cuts the phrase they
/// point at down to a clean noun phrase or "how ..." clause of at most 12 words, and scores it by
/// its cue, the emphasis around it and how specific it is (names, numbers, concrete nouns).
/// Generic interview chatter ("my experience", "salary expectations", "the culture") is never
/// proposed: when that is all there is, the result is empty and the engine asks a follow-up.
///
/// ```swift
/// let extractor = TopicExtractor(context: ExtractionContext(company: "Northgate Foods"))
/// let topics = extractor.topics(in: "we talked about their switch to electric cargo bikes")
/// topics.first?.text  // "your switch to electric cargo bikes"
/// ```
///
/// One pass over the text's tokens, with a constant amount of work at each: time grows linearly
/// with the length of the text.
public struct TopicExtractor: Sendable {
  /// A topic never runs longer than this, so it fits one sentence of a short note.
  public static let maximumWords = 12
  /// Below this score a phrase is not worth proposing.
  static let threshold = 0.3
  /// What a clause saying a change adds to its candidate's score (`saysChange`): enough to
  /// pass a thing only mentioned, not a thing the person marked as what stuck with them.
  static let changeWeight = 0.15
  /// No word of a topic is longer than this: a 100-letter "word" is keys held down, not
  /// something from the interview, and it would not fit a LinkedIn message. (The longest words
  /// people use are shorter: "Donaudampfschifffahrtsgesellschaft" has 34 letters.)
  static let longestWord = 40

  /// Whether a phrase is a time said of a doing, not a thing: "your next 2 years to every
  /// estate" of "rolling it out over the next 2 years to every estate" was offered.
  static func opensWithTime(_ text: String) -> Bool {
    var words = text.split(separator: " ").prefix(7).map { TopicPhraseCheck.plain(String($0)) }
    if let first = words.first, ["the", "your", "their", "our"].contains(first) {
      words.removeFirst()
    }
    guard let first = words.first, ["next", "last", "coming"].contains(first) else {
      return false
    }
    return TypedReference.timeLength(words[...]) != nil
  }

  /// Whether a phrase is made of words short enough to be words.
  static func hasOnlyRealWords(_ text: String) -> Bool {
    var run = 0
    for scalar in text.unicodeScalars {
      if scalar == " " {
        run = 0
      } else {
        run += 1
        if run > longestWord { return false }
      }
    }
    return true
  }

  public var context: ExtractionContext

  public init(context: ExtractionContext = ExtractionContext()) {
    self.context = context
  }

  /// The ranked topics in `text`, at most `limit`, each distinct from the others.
  public func topics(in text: String, limit: Int = 5) -> [Topic] {
    let document = Document(text)
    var finder = CandidateFinder(document: document, context: context)
    var candidates = finder.find()
    // Only a message that is nothing but such a list: beside a sentence that says more ("she
    // said new robots are being installed at the Andover site"), a list's items are what was
    // asked, and the sentence is the thing.
    if !candidates.isEmpty, candidates.allSatisfy(\.inList),
      !candidates.contains(where: { $0.score >= Self.threshold })
    {
      for index in candidates.indices { candidates[index].score += candidates[index].termsOfList }
      // As people tell such a list, it ends on what the employer is doing ("school clinics,
      // managing the volunteers, weekend work obviously, and the womens team"): its last
      // thing leads, as the discussion's last item does once the question has been asked
      // twice (`TopicClause.lastItem`).
      if let last = candidates.indices.filter({ candidates[$0].termsOfList > 0 })
        .max(by: { candidates[$0].start < candidates[$1].start }),
        let best = candidates.map(\.score).max()
      {
        candidates[last].score = min(1, max(candidates[last].score, best + 0.01))
      }
    }
    var topics: [Topic] = []
    var seen = Set<String>()
    var kept: [Phrase.Content] = []
    // What the employer is changing ranks before a thing only mentioned (`saysChange`), unless
    // the person marked the other as what stuck with them.
    // Read only where it can matter: a candidate below the threshold gains nothing from it.
    var changes = [Bool](repeating: false, count: candidates.count)
    var markedBest: Double?
    for index in candidates.indices where !candidates[index].uncued {
      let candidate = candidates[index]
      guard candidate.score >= Self.threshold else { continue }
      changes[index] = finder.saysChange(candidate)
      if !changes[index], candidate.marked { markedBest = max(markedBest ?? 0, candidate.score) }
    }
    var weighed = candidates
    for index in weighed.indices {
      // A thing found only because it was called new is weaker than any cued one: "new" is
      // all it says unless a change follows it ("the new hub they are setting up").
      if weighed[index].uncued {
        var after = weighed[index]
        after.start = min(after.end, after.start + 2)
        weighed[index].score -= Self.changeWeight - 0.05
        if finder.saysChange(after) { weighed[index].score += Self.changeWeight }
        if let markedBest { weighed[index].score = min(weighed[index].score, markedBest - 0.005) }
        continue
      }
      // Below the threshold a phrase was not worth proposing, and saying a change does not
      // make it one ("the heat pump contract" cut from its clause): `changes` holds only those
      // at or above it.
      guard changes[index] else { continue }
      let base = weighed[index].score
      var score = base + Self.changeWeight
      if let markedBest, base < markedBest { score = min(score, markedBest - 0.005) }
      weighed[index].score = min(1, max(base, score))
    }
    for candidate in weighed.sorted(by: { ($0.score, -$0.start) > ($1.score, -$1.start) }) {
      guard candidate.score >= Self.threshold else { break }
      // "shared with industry": the object of a participle trailing another candidate.
      guard !finder.trailsAnother(candidate, among: candidates) else { continue }
      // "the canal" in "the footbridge theyre designing over the canal": where the other is.
      guard !finder.isPlaceOfAnother(candidate, among: candidates) else { continue }
      // Never half of a name written with a slash or a full stop ("SAP S/4HANA").
      guard !document.cutsGluedToken(at: candidate.end),
        !document.cutsGluedToken(at: candidate.start)
      else { continue }
      let text =
        candidate.relativeAt.map { at in
          finder.renderRelative(
            candidate.start..<candidate.end, at: at, words: candidate.relativeWords)
        }
        ?? finder.render(
          candidate.start..<candidate.end, prefix: candidate.prefix,
          replacesDeterminer: candidate.replacesDeterminer, employerSpeaks: candidate.isReported)
      guard !text.isEmpty, Self.hasOnlyRealWords(text), !Self.opensWithTime(text) else {
        continue
      }
      let content = Phrase.Content(text)
      let key = content.key
      guard !key.isEmpty, !seen.contains(key),
        !kept.contains(where: { $0.overlaps(content) })
      else { continue }
      seen.insert(key)
      kept.append(content)
      topics.append(
        Topic(
          text: text, score: candidate.score.roundedToHundredths, kind: candidate.kind,
          speaker: candidate.speaker, asked: candidate.asked ? true : nil))
      if topics.count == limit { break }
    }
    return EmployerNews.first(TopicRoutine.employerFirst(topics))
  }

  /// Cleans a topic the person typed themselves into note-ready form: trimmed of filler and
  /// trailing punctuation, turned to the second person, cut to `maximumWords`.
  public func typedTopic(_ text: String) -> Topic? {
    let document = Document(text)
    let finder = CandidateFinder(document: document, context: context)
    guard let range = finder.wholeText() else { return nil }
    let rendered = finder.render(range, prefix: [], replacesDeterminer: false)
    // Typed as a whole sentence ("Orla's planning a sea swim challenge"), a phrase the check
    // faults is completed or cut to its core, as a found one is; else it stands as typed, and
    // the gate decides.
    let phrase =
      TopicGate.problem(rendered) == nil
      ? rendered : TopicCompletion.printable(rendered, source: text) ?? rendered
    guard !phrase.isEmpty, Self.hasOnlyRealWords(phrase) else { return nil }
    return Topic(text: phrase, score: 1, kind: .typed)
  }
}

/// Text and its tokens, split into sentences.
struct Document {
  let bytes: [UInt8]
  let tokens: [Token]
  /// The number of word and number tokens.
  let wordCount: Int
  /// Lower-case forms of the words that appear capitalised other than at a sentence's start:
  /// names, which keep their capital when they open a phrase.
  let capitalisedMidSentence: Set<String>

  init(_ text: String) {
    bytes = Array(text.utf8)
    tokens = Tokenizer.tokens(bytes: bytes)
    var wordCount = 0
    var capitalised = Set<String>()
    for (position, token) in tokens.enumerated() {
      if token.isWord { wordCount += 1 }
      if token.isCapitalized, position > 0, tokens[position - 1].kind != .stop {
        capitalised.insert(token.lower)
      }
    }
    self.wordCount = wordCount
    capitalisedMidSentence = capitalised
  }

  func text(_ token: Token) -> String {
    String(decoding: bytes[token.start..<token.end], as: UTF8.self)
  }

  /// The `count` words starting at `index` match `words` (lower case).
  func matches(_ words: [String], at index: Int) -> Bool {
    guard index + words.count <= tokens.count else { return false }
    for offset in 0..<words.count where !tokens[index + offset].equals(words[offset]) {
      return false
    }
    return true
  }
}

/// A phrase found in the text, before it is rendered.
struct Candidate {
  var start: Int
  var end: Int
  var kind: Topic.Kind
  var score: Double
  /// What `CandidateFinder.render` puts in front of the phrase, if anything.
  var prefix: [String] = []
  var replacesDeterminer = false
  /// Where a relative clause keeping the thing's verb goes ("the cafe | you're building | in
  /// the old greenhouse"), and its words (`CandidateFinder+Relative`).
  var relativeAt: Int?
  var relativeWords: [String] = []
  var speaker: String?
  /// A clause reported after "she said", kept whole with its own subject and verb.
  var isReported = false
  /// What the interviewer asked the person about ("they asked me about X"): the interview's
  /// routine.
  var asked = false
  /// The person singled it out ("what really stuck with me was", "he lit up about", "which
  /// he was super excited about"): no other reading ranks a thing above it.
  var marked = false
  /// What an item of a list of short things gains when nothing else in the message is worth
  /// a note (`CandidateFinder.isListOfThings`): then it is as terse as a one-line answer.
  var termsOfList = 0.0
  /// Found in such a list, whether or not it is a thing as typed.
  var inList = false
  /// Found with no cue, only because the person called it new (`addNewThings`): it never
  /// outranks a thing the person singled out.
  var uncued = false
}

/// Helpers on rendered phrases.
enum Phrase {
  /// The content words of a phrase, sorted and joined: two phrases with the same key say the
  /// same thing.
  static func contentKey(_ text: String) -> String {
    let words = Tokenizer.tokens(text).filter {
      $0.isWord && !Lexicon.Lookup.stopwords.contains($0) && $0.lower != "your" && $0.lower != "you"
    }.map(\.lower)
    return Set(words).sorted().joined(separator: " ")
  }

  /// Content words cut to a rough stem ("hearing" and "hear", "routes" and "route"), for
  /// matching what a person says about a line against the line.
  static func stems(_ text: String) -> Set<String> {
    Set(
      contentKey(text).split(separator: " ").map { word -> String in
        var stem = String(word)
        // "bank's" is "bank": the owner's ending is no letter of the word (it had stemmed to
        // "bank'", which matched no "banking").
        for ending in ["'s", "’s", "'", "’"] where stem.count > ending.count + 2 {
          if stem.hasSuffix(ending) {
            stem = String(stem.dropLast(ending.count))
            break
          }
        }
        for suffix in ["ing", "ed", "es", "s", "e"]
        where stem.count > suffix.count + 2 && stem.hasSuffix(suffix) {
          stem = String(stem.dropLast(suffix.count))
          // "swimming" is "swim", "planned" is "plan": the consonant doubled before the
          // ending is one letter of the word ("remove the bit about swimming" had found no
          // "I swim ..." in the note). Not "l", "s", "f" or "z", which the word itself
          // doubles ("calling", "passed"), nor in a stem of three letters ("adding").
          if ["ing", "ed"].contains(suffix), stem.count >= 4, let last = stem.last,
            stem.dropLast().last == last, !"lsfzaeiou".contains(last)
          {
            stem.removeLast()
          }
          break
        }
        return stem
      })
  }

  /// The phrase has at least one word that is neither a function word nor interview chatter.
  static func hasSpecificContent(_ text: String) -> Bool {
    Tokenizer.tokens(text).contains {
      $0.isWord && $0.kind != .number && !Lexicon.stopwords.contains($0.lower)
        && !Lexicon.generic.contains($0.lower)
        && $0.lower != "your"
        // "yes po that one": a word of one or two letters in lower case is a particle or a
        // filler ("po", "la", "eh"); initialisms that name things are typed in capitals ("AI").
        && ($0.lower.utf8.count > 2 || $0.isCapitalized)
    }
  }

  /// Two content keys share most of their words: the same topic found twice.
  static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
    overlaps(words(ofKey: lhs), words(ofKey: rhs))
  }

  /// `overlaps` on keys already split into words.
  static func overlaps(_ left: Set<Substring>, _ right: Set<Substring>) -> Bool {
    overlaps(shared: left.intersection(right).count, left.count, right.count)
  }

  private static func overlaps(shared: Int, _ left: Int, _ right: Int) -> Bool {
    shared * 2 > min(left, right) * 2 - 1 && shared > 0
      && Double(shared) >= 0.6 * Double(min(left, right))
  }

  private static func words(ofKey key: String) -> Set<Substring> {
    Set(key.split(separator: " "))
  }

  /// A phrase's content key, with its words kept for comparing it with others.
  ///
  /// Equal to `contentKey` and `overlaps`, faster for the usual all-ASCII phrase: its words are
  /// sorted and compared as arrays, where equal strings are equal bytes and sort by their bytes.
  struct Content {
    let key: String
    /// The key's words, sorted and unique, when all are ASCII.
    private let asciiWords: [String]?

    init(_ text: String) {
      let tokens = Tokenizer.tokens(text)
      var words: [String] = []
      words.reserveCapacity(tokens.count)
      var ascii = true
      for token in tokens
      where token.isWord && !Lexicon.Lookup.stopwords.contains(token)
        && !Self.secondPerson.contains(token)
      {
        words.append(token.lower)
        if ascii, !token.key.isPacked, !token.lower.utf8.allSatisfy({ $0 < 0x80 }) {
          ascii = false
        }
      }
      guard ascii else {
        key = Set(words).sorted().joined(separator: " ")
        asciiWords = nil
        return
      }
      words.sort()
      var unique: [String] = []
      unique.reserveCapacity(words.count)
      var length = 0
      for word in words where unique.last != word {
        unique.append(word)
        length += word.utf8.count + 1
      }
      // Joined by hand into storage of the final size: `joined(separator:)` had cost as much
      // as the tokenizing, for every topic kept.
      var key = ""
      key.reserveCapacity(length)
      for (offset, word) in unique.enumerated() {
        if offset > 0 { key.append(" ") }
        key.append(word)
      }
      self.key = key
      asciiWords = unique
    }

    /// "your" and "you": every rendered topic speaks to the reader, so they say nothing of it.
    private static let secondPerson: WordSet = ["your", "you"]

    /// `Phrase.overlaps(key, other.key)`.
    func overlaps(_ other: Content) -> Bool {
      guard let left = asciiWords, let right = other.asciiWords else {
        return Phrase.overlaps(Phrase.words(ofKey: key), Phrase.words(ofKey: other.key))
      }
      var shared = 0
      var leftIndex = 0
      var rightIndex = 0
      while leftIndex < left.count, rightIndex < right.count {
        if left[leftIndex] == right[rightIndex] {
          shared += 1
          leftIndex += 1
          rightIndex += 1
        } else if left[leftIndex] < right[rightIndex] {
          leftIndex += 1
        } else {
          rightIndex += 1
        }
      }
      return Phrase.overlaps(shared: shared, left.count, right.count)
    }
  }
}
