/// How the person feels the interview went, read from their own words.
///
/// Few values: the composer needs to know whether to keep the note especially short and clear
/// of any hint of making amends (`badly`), not the shades between. `unsure` is an answer too:
/// "no idea", "hard to say how it landed" commit to nothing, and the note does not need more.
public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
  case well
  case mixed
  case badly
  case unsure

  /// Reads an outcome from free text, or nil when the text says nothing about how it went.
  ///
  /// Handles negation ("not great", "didn't go well"), hedges ("didn't go as well as I hoped",
  /// "hard to tell") and idioms ("I blanked", "I nailed it", "couldn't have gone better").
  public init?(reading text: String) {
    // Not knowing, or one part weighed against another, is the answer whatever verdict words
    // the parts carry (`OutcomeReader.stance`).
    if let stance = OutcomeReader.stance(text) {
      self = stance
      return
    }
    // People answer first, then explain: "Mixed. The presentation went well but I ran out of
    // time". A verdict in the opening clause is the answer.
    if let lead = OutcomeReader.leadingVerdict(text) {
      self = lead == .mixed && OutcomeReader.mildlyWell(text) ? .well : lead
      return
    }
    guard
      let outcome = OutcomeReader.read(
        Tokenizer.tokens(OutcomeReader.withoutOpening(text)), strict: false)
    else {
      return nil
    }
    self = outcome == .mixed && OutcomeReader.mildlyWell(text) ? .well : outcome
  }

  /// Reads an outcome from a message about many things ("I'm Jordan, ... went well I think"):
  /// only clear verdicts count, so "the owner was lovely" or "good afternoon" say nothing.
  init?(readingIncidental text: String) {
    var tokens = Tokenizer.tokens(text)
    // "alright. need to send a msg to a bloke": a greeting that opens the message ("alright",
    // "hiya") says hello, not how it went.
    if let first = tokens.first, first.isWord, MessageText.greetingWords.contains(first.lower),
      tokens.count == 1 || !tokens[1].isWord
    {
      tokens.removeFirst()
    }
    guard let outcome = OutcomeReader.read(tokens, strict: true) else { return nil }
    self = outcome
  }
}

/// The word lists and rules behind `Outcome(reading:)`.
enum OutcomeReader {
  /// Multi-word phrases checked first; they win over single words.
  static let phrases: [([String], Outcome)] = [
    // Before "went wrong", which it contains.
    (["nothing", "went", "wrong"], .well),
    (["could", "have", "gone", "better"], .mixed), (["could've", "gone", "better"], .mixed),
    (["couldn't", "have", "gone", "better"], .well),
    (["could", "not", "have", "gone", "better"], .well),
    (["couldnt", "have", "gone", "better"], .well), (["as", "well", "as", "i", "hoped"], .mixed),
    (["as", "well", "as", "i'd", "hoped"], .mixed), (["as", "well", "as", "i", "wanted"], .mixed),
    (["as", "good", "as", "i", "hoped"], .mixed), (["not", "as", "bad", "as"], .mixed),
    (["not", "bad", "at", "all"], .well), (["hard", "to", "tell"], .unsure),
    (["hard", "to", "say"], .unsure),
    (["difficult", "to", "say"], .unsure), (["difficult", "to", "tell"], .unsure),
    (["not", "sure", "how", "it", "went"], .unsure),
    (["no", "idea", "how", "it", "went"], .unsure),
    (["good", "in", "parts"], .mixed), (["ups", "and", "downs"], .mixed),
    // "partly good": a verdict said of part of it only (tuning 40's cc031 was read as good).
    (["partly", "good"], .mixed), (["partly", "well"], .mixed), (["partially", "good"], .mixed),
    (["partially", "well"], .mixed), (["partly", "ok"], .mixed), (["partly", "positive"], .mixed),
    (["hit", "and", "miss"], .mixed),
    (["so", "so"], .mixed), (["so-so"], .mixed), (["fifty", "fifty"], .mixed), (["50/50"], .mixed),
    (["50", "50"], .mixed),
    (["mixed", "feelings"], .mixed),
    // "half good half not", "half half": a verdict cut in two.
    (["half", "good", "half"], .mixed), (["half", "half"], .mixed),
    (["half", "and", "half"], .mixed), (["some", "good", "some", "bad"], .mixed),
    (["went", "well", "and", "some"], .mixed), (["nailed", "it"], .well),
    (["smashed", "it"], .well),
    (["aced", "it"], .well), (["killed", "it"], .well), (["went", "well"], .well),
    (["went", "great"], .well), (["went", "really", "well"], .well), (["went", "badly"], .badly),
    (["went", "wrong"], .badly), (["messed", "up"], .badly), (["screwed", "up"], .badly),
    (["mucked", "up"], .badly), (["fell", "apart"], .badly),
    (["my", "mind", "went", "blank"], .badly),
    (["went", "blank"], .badly), (["fell", "flat"], .badly), (["want", "to", "forget"], .badly),
    (["went", "ok"], .mixed), (["went", "okay"], .mixed), (["went", "alright"], .mixed),
    (["went", "fine"], .mixed), (["second", "round"], .well), (["want", "me", "back"], .well),
    (["get", "on", "well"], .well), (["got", "on", "well"], .well),
    (["got", "on", "really", "well"], .well),
    (["i", "think", "is", "good"], .well), (["not", "amazing"], .mixed),
    (["not", "terrible"], .mixed), (["not", "awful"], .mixed), (["not", "horrible"], .mixed),
    (["in", "between"], .mixed), (["in-between"], .mixed),
    (["could", "be", "better"], .mixed), (["not", "my", "best"], .badly),
    (["bit", "of", "both"], .mixed), (["a", "bit", "of", "both"], .mixed),
    (["mixed", "bag"], .mixed),
    (["not", "bad", "not", "great"], .mixed), (["not", "great", "not", "bad"], .mixed),
    (["went", "good"], .well), (["go", "well"], .well),
    (["better", "than", "i", "expected"], .well), (["better", "than", "expected"], .well),
    (["cut", "it", "short"], .badly), (["went", "downhill"], .badly),
    (["half", "and", "half"], .mixed),
    (["half", "half"], .mixed),
    // An offer made at the interview is the plainest verdict of all.
    (["offered", "me", "the", "job"], .well), (["offered", "me", "the", "role"], .well),
    (["offered", "me", "the", "position"], .well), (["offered", "me", "it"], .well),
    (["offered", "it", "me"], .well), (["offered", "it", "to", "me"], .well),
    (["got", "the", "job"], .well), (["i", "got", "it"], .well), (["got", "an", "offer"], .well),
    (["job", "offer"], .well),
    // "i mixed up two bits of legislation": a slip, not mixed feelings.
    (["mixed", "up"], .badly), (["car", "crash"], .badly), (["went", "sideways"], .badly),
  ]

  /// Where each phrase sits in `phrases`, by its first word: a message is scanned once rather
  /// than once per phrase, which made this reader a sixth of a conversation's time.
  private static let phrasesByFirstWord: [String: [Int]] = {
    var table: [String: [Int]] = [:]
    for (number, entry) in phrases.enumerated() {
      if let first = entry.0.first { table[first, default: []].append(number) }
    }
    return table
  }()

  static let positive: [String: Int] = [
    "well": 2, "great": 2, "good": 2, "brilliant": 3, "brilliantly": 3, "fantastic": 3,
    "amazing": 3, "excellent": 3, "perfect": 3, "perfectly": 3, "positive": 2, "smooth": 2,
    "smoothly": 2, "nailed": 3, "smashed": 3, "aced": 3, "confident": 2, "happy": 2, "pleased": 2,
    "wonderful": 3, "awesome": 3, "superb": 3, "lovely": 2, "fun": 1, "enjoyed": 1, "keen": 1,
    "promising": 2, "strong": 2, "best": 2, "nice": 1, "solid": 2, "delight": 3,
    "delightful": 3, "recovered": 1, "grand": 2, "nicely": 2, "buzzing": 2,
  ]

  static let negative: [String: Int] = [
    "badly": 3, "bad": 2, "terrible": 3, "terribly": 3, "awful": 3, "awfully": 3, "horrible": 3,
    "disaster": 3, "disastrous": 3, "blanked": 3, "bombed": 3, "froze": 3, "stumbled": 2,
    "rambled": 2, "nervous": 1, "poor": 2, "poorly": 2, "rough": 2, "worst": 3, "embarrassing": 3,
    "embarrassed": 3, "failed": 3, "fail": 2, "mess": 3, "flopped": 3, "struggled": 2,
    "tanked": 3, "horrendous": 3, "dreadful": 3, "rubbish": 3, "crap": 3, "shit": 3,
    "fluffed": 2, "botched": 3, "flubbed": 2, "fumbled": 2, "muddled": 2, "bottled": 2,
    "stressful": 1, "cringe": 2, "cringey": 2, "wrong": 2, "blew": 2, "choked": 3,
    "shaky": 2, "wobbly": 2, "grilled": 1, "awkward": 2, "shocking": 3,
  ]

  static let mixedWords: [String: Int] = [
    "mixed": 3, "ok": 2, "okay": 2, "alright": 2, "average": 2, "unsure": 2, "uncertain": 2,
    "so-so": 3, "middling": 3, "hmm": 1, "dunno": 1, "fair": 1, "fine": 2, "decent": 2, "ok-ish": 3,
    "okish": 3, "okay-ish": 3, "meh": 2,
  ]

  static let negators: Set<String> = [
    "not", "didn't", "didnt", "don't", "dont", "wasn't", "wasnt", "isn't", "never", "no", "hardly",
    "barely", "doesn't", "couldn't", "wouldn't", "won't", "didnae", "didna", "wasnae",
    "wisnae", "nae",
  ]

  /// The verdict of a short opening clause followed by an explanation: "mixed. clinical
  /// scenarios good, leadership not so good" is mixed, "not sure, hard to say" unsure. Nil when
  /// the message is one clause or its opening says nothing about how it went.
  static func leadingVerdict(_ text: String) -> Outcome? {
    guard let cut = firstMark(of: ".,;:!", in: text) else { return nil }
    let rest = String(text[text.index(after: cut)...]).trimming(" .,;:!")
    let words = WordSplitter.words(String(text[..<cut]))
    guard !rest.isEmpty, (1...3).contains(words.count) else { return nil }
    // "well, it went badly", "hmm, great actually": a word that opens speech, not a verdict.
    if words.count == 1, DiscourseOpener.opens(words[0]) { return nil }
    let phrase = " " + words.joined(separator: " ") + " "
    // "hard to say, some bits good some not so good": not knowing, then both sides told, is
    // a mixed verdict; not knowing and nothing more is unsure.
    if notKnowing.contains(where: { phrase.contains(" \($0) ") }) {
      return read(Tokenizer.tokens(rest), strict: false) == .mixed ? .mixed : .unsure
    }
    let lead = read(Tokenizer.tokens(words.joined(separator: " ")), strict: false)
    // "trial was good, ... interview part so-so": a verdict on one part, then another part
    // judged otherwise, is a mixed verdict, not the first part's (tuning 38's by014 was told
    // "Glad it went well"). A verdict on the whole ("it was good, ...") stays the answer.
    if let lead, words.count >= 2,
      let verb = words.firstIndex(where: {
        ["was", "went", "is", "were"].contains($0.lowercased())
      }),
      verb > 0, !pronounSubjects.contains(words[verb - 1].lowercased()),
      !["interview", "interviews"].contains(words[verb - 1].lowercased()),
      let after = read(Tokenizer.tokens(rest), strict: false), after != lead, after != .unsure
    {
      return .mixed
    }
    return lead
  }

  /// The text without a word that opens speech: "well, it went badly" is read as "it went
  /// badly", not as well and badly at once.
  static func withoutOpening(_ text: String) -> String {
    guard let cut = firstMark(of: ",;:!", in: text),
      WordSplitter.words(String(text[..<cut])).count == 1,
      let word = WordSplitter.words(String(text[..<cut])).first, DiscourseOpener.opens(word)
    else { return text }
    let rest = String(text[text.index(after: cut)...])
    return rest.contains(where: \.isLetter) ? rest : text
  }

  /// Where the first of these ASCII marks stands, found by scalar: searching by character
  /// compared every letter of a 16 KiB answer with each mark on Swift's normalising path.
  private static func firstMark(of marks: String, in text: String) -> String.Index? {
    let wanted = Set(marks.unicodeScalars)
    return text.unicodeScalars.firstIndex(where: wanted.contains)
  }

  /// Openings that commit to nothing: the person does not know how it went. The same phrases
  /// `saysNotKnowing` reads anywhere in an answer.
  static let notKnowing = notKnowingPhrases.map { $0.joined(separator: " ") }

  static func read(_ tokens: [Token], strict: Bool) -> Outcome? {
    // A foreign word (see `Token.isForeign`) can equal none of the English words below, so it
    // is read as a blank: comparing it would take Swift's normalising slow path every time.
    var words = tokens.filter(\.isWord).map { $0.isForeign ? "" : $0.lower }
    // Greetings and sign-offs are not verdicts: "good afternoon", "best regards".
    for index in words.indices.dropLast() {
      let pair = (words[index], words[index + 1])
      if pair.0 == "good", ["morning", "afternoon", "evening", "day", "luck"].contains(pair.1) {
        words[index] = ""
      }
      if pair.0 == "best", ["regards", "wishes"].contains(pair.1) { words[index] = "" }
    }
    guard !words.isEmpty else { return nil }
    var found: [Outcome] = []
    var covered = Set<Int>()
    // Every place a phrase occurs, found in one pass over the words; then claimed in the order
    // of `phrases`, so an earlier phrase wins the words it shares with a later one.
    var matches: [(phrase: Int, start: Int)] = []
    for (index, word) in words.enumerated() {
      guard let numbers = phrasesByFirstWord[word] else { continue }
      for number in numbers {
        let phrase = phrases[number].0
        if index + phrase.count <= words.count,
          words[index..<index + phrase.count].elementsEqual(phrase)
        {
          matches.append((number, index))
        }
      }
    }
    matches.sort { ($0.phrase, $0.start) < ($1.phrase, $1.start) }
    for (number, index) in matches {
      let (phrase, outcome) = phrases[number]
      guard !(index..<index + phrase.count).contains(where: covered.contains) else { continue }
      // "didn't go as well as I hoped" is a hedge; "not as bad as" already carries its "not".
      found.append(outcome)
      for position in index..<index + phrase.count { covered.insert(position) }
      // A negation just before a positive phrase flips it: "didn't go well".
      if outcome == .well, negated(words, before: index) {
        found[found.count - 1] = .badly
      }
    }
    var score = 0
    var mixedSeen = false
    var positiveSeen = false
    var negativeSeen = false
    for (index, word) in words.enumerated() where !covered.contains(index) {
      if strict, (positive[word] ?? negative[word] ?? mixedWords[word] ?? 0) < 2 { continue }
      // "I am not confident in writing English emails": a feeling about the person's own
      // language or writing judges that, not the interview (tuning 40's cc039 was read as a
      // hard one); "not good at answering the questions" still judges it.
      if index + 2 < words.count, ["in", "at", "with", "about"].contains(words[index + 1]),
        ["writing", "speaking", "english", "typing", "spelling", "grammar", "language"].contains(
          words[index + 2])
      {
        continue
      }
      if strict, ordinaryVerdictWords.contains(word), !evaluatesInterview(words, at: index) {
        continue
      }
      if let weight = positive[word] {
        if negated(words, before: index) {
          score -= weight
          negativeSeen = true
        } else {
          score += weight
          positiveSeen = true
        }
      } else if let weight = negative[word] {
        if negated(words, before: index) {
          // "not bad" leans well; "not terrible" is a hedge.
          score += weight >= 3 ? 0 : 1
          mixedSeen = mixedSeen || weight >= 3
          if weight < 3 { positiveSeen = true }
        } else {
          score -= weight
          negativeSeen = true
        }
      } else if mixedWords[word] != nil {
        mixedSeen = true
      }
    }
    // "some questions I smashed and some I really didn't": two halves, a mixed verdict.
    if words.filter({ $0 == "some" }).count >= 2, positiveSeen || negativeSeen || !found.isEmpty,
      words.contains(where: { negators.contains($0) }) || (positiveSeen && negativeSeen)
    {
      return .mixed
    }
    if found.contains(.well) { positiveSeen = true }
    if found.contains(.badly) { negativeSeen = true }
    if found.contains(.mixed) || (positiveSeen && negativeSeen)
      || (words.contains("but") && (positiveSeen || negativeSeen) && !found.isEmpty
        && Set(found).count > 1)
    {
      return .mixed
    }
    if let first = found.first, found.allSatisfy({ $0 == first }),
      score == 0 || (score > 0) == (first == .well)
    {
      return first
    }
    if positiveSeen && !negativeSeen { return mixedSeen && score < 3 ? .mixed : .well }
    if negativeSeen && !positiveSeen { return .badly }
    if mixedSeen { return .mixed }
    if score > 0 { return .well }
    if score < 0 { return .badly }
    return nil
  }

  /// Words that judge many things besides an interview ("a lovely office", "a strong team"):
  /// in a message about many things they count only as `evaluatesInterview` says.
  private static let ordinaryVerdictWords: Set<String> = [
    "happy", "lovely", "nice", "best", "strong", "keen", "confident", "nervous", "wrong", "bad",
    "good", "great", "ok", "okay", "fair", "grand", "fine", "alright", "decent",
    // "some email systems mess it up": a mess is the interview's only when it is said to be.
    "mess",
    // "gaz, well gareth": before anything else "well" opens or repairs speech.
    "well",
  ]

  /// The words just before "good" or "great" that make it a verdict on the interview.
  private static let evaluationCues: Set<String> = [
    "went", "go", "going", "gone", "was", "felt", "feel", "think", "thought", "pretty", "really",
    "very", "not", "so", "quite", "is", "it's", "seemed",
  ]

  /// In a message about many things, an ordinary word like "good" is a verdict only when it is
  /// about the interview: "it went good", "I think it was good", "felt good".
  private static func evaluatesInterview(_ words: [String], at index: Int) -> Bool {
    // "was a bit of a mess": the words that only measure the verdict ("a bit of a") are
    // passed over, so the three words before it reach its verb.
    let measures: Set<String> = ["a", "an", "bit", "of", "total", "complete", "little", "kind"]
    let window = words[..<index].reversed().filter { !measures.contains($0) }.prefix(3)
    // "is it ok if i dont say?": a copula before its subject asks; it judges nothing (answers
    // tuning 34's cb186 was told mixed feelings are common at the company question).
    if index >= 2, ["is", "was", "would", "will"].contains(words[index - 2]),
      ["it", "that", "this"].contains(words[index - 1])
    {
      return false
    }
    // "my english writing is not so good", "the pay is good": a copula judges its own
    // subject, which must be the interview, a part of it ("the convo at the end was great") or
    // a pronoun for it, to judge how it went (tuning 39's ca001 was told "I'm sorry it felt
    // hard" for a remark on the person's English).
    if let copula = words[..<index].lastIndex(where: { ["is", "was", "are", "were"].contains($0) }),
      index - copula <= 4, copula > 0,
      !pronounSubjects.contains(words[copula - 1]),
      !words[max(0, copula - 5)..<copula].contains(where: interviewParts.contains)
    {
      return false
    }
    return window.contains(where: evaluationCues.contains)
      && !window.contains(where: {
        ["she", "he", "they", "interviewer", "manager", "owner", "who"].contains($0)
          // "just wanjiru on the note is fine": a word judging the note or a name is about
          // them, not the interview (answers tuning 30's bt137 was told mixed feelings are
          // common at the name question).
          || ["note", "message", "email", "name", "names", "draft", "signature"].contains($0)
      })
  }

  /// The words standing for the interview as a copula's subject: "it was good", "I think that
  /// was ok", "overall it was fine".
  private static let pronounSubjects: Set<String> = [
    "it", "that", "this", "everything", "all", "overall", "which", "i", "think", "thought",
    "honestly", "say", "guess", "reckon", "feel", "feeling", "so", "mostly", "generally",
  ]

  /// The interview and its parts, which a verdict is on: "the interview was great", "the convo
  /// at the end was great", "the task was a mess".
  private static let interviewParts: Set<String> = [
    "interview", "interviews", "chat", "convo", "conversation", "talk", "call", "meeting", "day",
    "questions", "question", "task", "test", "presentation", "tour", "trial", "round", "panel",
    "start", "end", "bit", "part", "rest", "vibe", "atmosphere", "feedback", "experience",
    "assessment", "exercise", "whiteboard", "session",
  ]

  /// One of the three words before `index` negates: "not great", "didn't go well", "not very good".
  private static func negated(_ words: [String], before index: Int) -> Bool {
    var cursor = index - 1
    var steps = 0
    while cursor >= 0, steps < 3 {
      if negators.contains(words[cursor]) { return true }
      if ["but", "and", "though", "although"].contains(words[cursor]) { return false }
      cursor -= 1
      steps += 1
    }
    return false
  }
}
