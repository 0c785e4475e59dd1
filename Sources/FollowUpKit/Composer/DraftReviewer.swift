/// Reviews a follow-up note the person wrote themselves, by the advice FollowUp follows.
///
/// Each finding has a code and a sentence that quotes the words at fault. The checks read
/// phrases, not single words, and mind negation and context: "sorry to have missed your
/// colleague" is not an apology, "I look forward to hearing from you" is not pressure, and a
/// tailor's "a perfect fit starts at the shoulder" is not a cliché.
///
/// ```swift
/// let findings = DraftReviewer.review("Dear Priya, sorry I was so nervous ...", interviewers: [priya])
/// findings.map(\.code)  // [.apology, ...]
/// ```
public enum DraftReviewer {
  /// The findings for a pasted draft, in a fixed order of codes.
  public static func review(
    _ draft: String, interviewers: [PersonName] = [], company: String? = nil
  ) -> [Finding] {
    let parsed = PastedDraft(draft)
    let lowered = parsed.body.lowercased()
    var findings: [Finding] = []
    if let quote = firstMatch(in: parsed.body, lowered, desperationPhrases, negatable: true) {
      findings.append(
        Finding(
          code: .desperation,
          message:
            "\(quoted(quote)) sounds desperate. A follow-up is stronger when it's calm: show interest, not need."
        ))
    }
    if let quote = apology(in: parsed.body, lowered) {
      findings.append(
        Finding(
          code: .apology,
          message:
            "\(quoted(quote)) apologises for the interview. Don't use the note to make amends: it draws attention to what you'd rather they forgot."
        ))
    }
    if let quote = coverLetter(in: parsed, lowered) {
      findings.append(
        Finding(
          code: .coverLetter,
          message:
            "\(quoted(quote)) recaps your CV. They've read it; a follow-up that argues your case again reads like a second cover letter."
        ))
    }
    let words = Note.words(in: parsed.body)
    if words > 150 {
      findings.append(
        Finding(
          code: .tooLong,
          message:
            "At \(words) words it's too long: keep a follow-up under 150 words, with one point."))
    }
    if let quotes = severalPoints(in: parsed) {
      findings.append(
        Finding(
          code: .severalPoints,
          message:
            "It raises several things (\(quotes.map(quoted).joined(separator: ", "))). Pick the one that mattered most and build the note on that."
        ))
    }
    if !hasThanks(lowered) {
      findings.append(
        Finding(
          code: .noThanks,
          message:
            "It never thanks them for their time. Say thank you early: it's the point of the note.")
      )
    }
    if !hasSpecificTopic(parsed, interviewers: interviewers, company: company) {
      findings.append(
        Finding(
          code: .noSpecificTopic,
          message:
            "Nothing in it comes from this interview: it could go to any employer. Mention one specific thing you talked about."
        ))
    }
    if let quote = cliche(in: parsed.body, lowered) {
      findings.append(
        Finding(
          code: .cliche,
          message:
            "\(quoted(quote)) is a stock phrase that reads as filler. Say it in your own words, or leave it out."
        ))
    }
    if let name = wrongName(parsed, interviewers: interviewers) {
      let expected = Acknowledgement.list(interviewers.map(\.full))
      findings.append(
        Finding(
          code: .wrongName,
          message:
            "It greets \(quoted(name)), but you told me you met \(expected). Check the name before you send it."
        ))
    }
    if let quote = firstMatch(in: parsed.body, lowered, pressurePhrases, negatable: false) {
      findings.append(
        Finding(
          code: .pressure,
          message:
            "\(quoted(quote)) presses for a decision. Leave the timing to them: a calm close reads as more confident."
        ))
    }
    return findings
  }

  /// Problems in one sentence the person wants to add to a draft: the same phrase checks.
  static func problems(inSentence text: String) -> [Finding] {
    let lowered = text.lowercased()
    var findings: [Finding] = []
    if let quote = firstMatch(in: text, lowered, desperationPhrases, negatable: true) {
      findings.append(
        Finding(
          code: .desperation,
          message: "\(quoted(quote)) sounds desperate, and a calm note is stronger."))
    }
    if let quote = apology(in: text, lowered) {
      findings.append(
        Finding(
          code: .apology,
          message:
            "\(quoted(quote)) apologises for the interview, and a follow-up shouldn't try to make amends."
        ))
    }
    if let quote = firstMatch(in: text, lowered, cvPhrases, negatable: false) {
      findings.append(
        Finding(
          code: .coverLetter,
          message:
            "\(quoted(quote)) recaps your CV, which turns the note into a second cover letter."))
    }
    if let quote = cliche(in: text, lowered) {
      findings.append(
        Finding(code: .cliche, message: "\(quoted(quote)) is a stock phrase that reads as filler."))
    }
    if let quote = firstMatch(in: text, lowered, pressurePhrases, negatable: false) {
      findings.append(
        Finding(
          code: .pressure,
          message: "\(quoted(quote)) presses for a decision; leave the timing to them."))
    }
    return findings
  }

  // MARK: - Phrase lists

  static let desperationPhrases = [
    "really need this job", "need this job", "need this role", "need this position", "desperate",
    "please give me a chance", "give me another chance", "give me a chance", "one more chance",
    "i'd do anything", "i would do anything", "i will do anything", "i'll do anything",
    "do whatever it takes",
    "begging", "i beg", "please hire me", "please consider me", "please, please",
    "i'll work for free",
    "i would work for free", "any role at all", "any position at all", "i'm willing to do whatever",
    "this job means everything", "means everything to me", "my dream job and i",
    "i can't afford to lose",
    "i really really want", "i am desperate", "i'm desperate", "please don't reject",
    "don't give up on me",
    "prove myself to you", "i promise i'm much better", "i promise i am much better",
    "i promise i'm better",
    "i promise i am better", "i won't let you down", "i will not let you down",
  ]

  static let apologyPhrases = [
    "sorry i", "sorry for my", "sorry for being", "sorry about my", "sorry that i", "i'm sorry",
    "i am sorry",
    "so sorry", "apologise", "apologize", "apologies", "apology", "i know i didn't do well",
    "i didn't do well", "i did not do well", "i know i didn't do my best", "my poor answer",
    "my weak answer",
    "i wanted to clarify my", "clarify my answer", "i should have said", "i messed up",
    "i was so nervous",
    "i was very nervous", "i was really nervous", "my nerves", "i blanked", "forgive me",
    "excuse my",
    "i regret", "not my best", "i stumbled", "make up for", "what i meant to say",
    "i didn't explain",
    "i did not explain", "let me explain my answer", "i wish i had", "i didn't answer",
    "i did not answer",
    "i froze", "my mind went blank", "i rambled", "i wasn't at my best", "i was not at my best",
    "i don't think i did", "i know i could have", "i could have done better", "i didn't perform",
    "i was nervous", "my answer about", "my answer to",
  ]

  /// Uses of "sorry" or "apologise" that are not apologies for the interview.
  static let apologyExceptions = [
    "sorry to hear", "sorry to have missed", "sorry to miss", "sorry for your loss",
    "no need to apologise",
    "no need to apologize", "sorry we ran", "sorry you had", "sorry that you",
    "sorry about the fire",
    "sorry about the flood", "sorry to hear about",
  ]

  static let cvPhrases =
    [
      "years of experience", "years' experience", "years experience", "as you can see from my cv",
      "as you can see from my resume", "as you can see from my résumé", "as my cv shows",
      "my cv shows",
      "my skills include", "my key skills", "my key achievements", "my achievements include",
      "i have a proven",
      "proven ability", "i am skilled in", "i'm skilled in", "my qualifications", "i hold a degree",
      "i have extensive experience", "i have strong experience", "extensive experience in",
      "i bring a wealth", "a wealth of experience", "i believe my background", "my background in",
      "i am confident that my skills", "i'm confident that my skills", "remind you why i",
      "why i am the right",
      "why i'm the right", "why i would be", "my track record", "i have consistently",
      "my strengths include",
      "in my current role i", "in my previous role i", "my experience in", "my experience with",
      "i am highly", "i'm highly", "i have excellent", "i possess",
      "summarise my experience", "summarize my experience", "summary of my experience",
      "my responsibilities include", "my responsibilities included",
      "my responsibilities have included", "i qualified as", "remind you of my",
      "i am a qualified", "i'm a qualified", "i am a certified", "i'm a certified",
    ]
    + expanded(
      ["my"], ["technical", "key", "core", "transferable", "relevant", "main"], ["skills"])
    + expanded(["i hold", "i also hold"], ["a", "an"], qualifications)
    + expanded(["i have", "i also have"], ["a", "an"], qualifications)

  /// What a CV lists after "I hold a ...".
  static let qualifications = [
    "degree", "diploma", "certificate", "msc", "ma", "ba", "bsc", "phd", "mba", "masters",
    "master's", "bachelor's", "first", "level", "qualification", "licence", "license",
    "certification", "nvq", "hnd", "pgce", "accredited",
  ]

  /// Every phrase made of one choice from each list, in order: "my key skills", ...
  static func expanded(_ parts: [String]...) -> [String] {
    parts.reduce([""]) { phrases, choices in
      phrases.flatMap { phrase in choices.map { phrase.isEmpty ? $0 : phrase + " " + $0 } }
    }
  }

  static let clichePhrases = [
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
  ]

  static let pressurePhrases = [
    "decision by", "let me know by", "let me know your decision", "know your decision",
    "your decision before",
    "when can i expect", "expect an offer", "expect to hear", "i need an answer", "need an answer",
    "need to know by", "another offer", "other offers", "other offer", "competing offer",
    "a deadline",
    "my deadline", "as soon as possible", "asap", "please respond", "respond by", "reply by",
    "hear back by",
    "update by", "get back to me by", "by the end of the week", "by end of week", "by friday",
    "by monday",
    "by tuesday", "by wednesday", "by thursday", "by tomorrow", "within 48 hours",
    "within 24 hours",
    "look forward to your decision", "looking forward to your decision",
    "look forward to receiving your offer",
    "when will i hear", "when will you decide", "urgent", "i'll call you", "i will call you",
    "i'll follow up on",
    "i will follow up on", "i'll chase", "expecting an offer", "i expect an offer",
  ]

  // MARK: - Checks

  private static func quoted(_ text: String) -> String { "\u{201C}" + text + "\u{201D}" }

  /// The first phrase found, quoted from the original text with its sentence fragment.
  static func firstMatch(in text: String, _ lowered: String, _ phrases: [String], negatable: Bool)
    -> String?
  {
    let folded = lowered.replacingApostrophes()
    var best: (offset: Int, phrase: String)?
    for phrase in phrases {
      var searchStart = folded.startIndex
      while let range = folded.range(of: phrase, range: searchStart..<folded.endIndex) {
        searchStart = range.upperBound
        guard isWordBoundary(folded, range) else { continue }
        if negatable, isNegated(folded, before: range.lowerBound) { continue }
        let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
        if best == nil || offset < best?.offset ?? 0 { best = (offset, phrase) }
        break
      }
    }
    guard let best else { return nil }
    return excerpt(text, offset: best.offset, length: best.phrase.count)
  }

  private static func isWordBoundary(_ text: String, _ range: Range<String.Index>) -> Bool {
    let before =
      range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
    let after = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
    return before && after
  }

  /// "not desperate", "I'm not desperate for": a negation in the three words before.
  private static func isNegated(_ text: String, before index: String.Index) -> Bool {
    // Split a window of the last 64 characters, not all the text before the match: that made a
    // long draft with many negated matches quadratic (found by fuzzing: a 16 KB review of
    // "no so sorry i ..." took 1.6 s). Three words rarely span more.
    let window = text[..<index].suffix(64)
    var words = window.split(whereSeparator: { !$0.isLetter && $0 != "'" })
    // A window that starts inside a word holds only the word's end: not a word to read.
    if window.startIndex > text.startIndex, let first = words.first,
      first.startIndex == window.startIndex
    {
      let before = text[text.index(before: window.startIndex)]
      if before.isLetter || before == "'" { words.removeFirst() }
    }
    let prefix = words.suffix(3)
    return prefix.contains {
      ["not", "never", "no", "isn't", "wasn't", "don't", "didn't", "nothing"].contains(String($0))
    }
  }

  /// The words around a match, cut to whole words, for quoting.
  private static func excerpt(_ text: String, offset: Int, length: Int) -> String {
    let characters = Array(text)
    guard offset < characters.count else { return String(text.prefix(40)) }
    // From the start of the clause to its end, cut at word boundaries.
    var start = offset
    while start > 0, !".!?,;:\n".contains(characters[start - 1]), offset - start < 60 {
      start -= 1
    }
    if start > 0, !".!?,;:\n".contains(characters[start - 1]) {
      while start < offset, characters[start] != " " { start += 1 }
    }
    var end = min(characters.count, offset + length)
    while end < characters.count, !".!?,;:\n".contains(characters[end]), end - offset < length + 40
    {
      end += 1
    }
    // A clause cut short ends at the last whole word, never mid-word: the quote must be words
    // the person wrote.
    if end < characters.count, characters[end].isLetter || characters[end].isNumber {
      var cut = end
      while cut > offset + length, characters[cut - 1] != " " { cut -= 1 }
      if cut > offset + length { end = cut }
    }
    var snippet = String(characters[start..<end]).trimming(" \t\n-•*")
    if snippet.count > 90 {
      let limit = snippet.index(snippet.startIndex, offsetBy: 90)
      let head = snippet[..<limit]
      snippet = String(head[..<(head.lastIndex(of: " ") ?? limit)])
    }
    return snippet
  }

  private static func apology(in text: String, _ lowered: String) -> String? {
    var masked = lowered.replacingApostrophes()
    for exception in apologyExceptions {
      masked = masked.replacingWords(
        exception, with: String(repeating: "_", count: exception.count))
    }
    guard masked.count == lowered.count else {
      return firstMatch(in: text, lowered, apologyPhrases, negatable: true)
    }
    return firstMatch(in: text, masked, apologyPhrases, negatable: true)
  }

  private static func coverLetter(in draft: PastedDraft, _ lowered: String) -> String? {
    let bullets = draft.body.split(separator: "\n").filter {
      let line = String($0).trimming(" \t")
      return line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasPrefix("* ")
        || line.hasPrefix("– ")
    }
    if bullets.count >= 2 { return String(bullets[0]).trimming(" \t-•*–") }
    return firstMatch(in: draft.body, lowered, cvPhrases, negatable: false)
  }

  private static func cliche(in text: String, _ lowered: String) -> String? {
    var phrases = clichePhrases
    if isLiteralPerfectFit(lowered) { phrases.removeAll { $0 == "perfect fit" } }
    return firstMatch(in: text, lowered, phrases, negatable: false)
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

  /// Thanks for their time: "thank you", any "thanks" but the "thanks to your explanation" that
  /// credits something, "grateful for", "appreciate your time". "Please thank your colleague"
  /// thanks someone else.
  static func hasThanks(_ lowered: String) -> Bool {
    let words = ReviewWords(lowered.replacingApostrophes())
    for (index, word) in words.words.enumerated() {
      let next = index + 1 < words.words.count ? words.words[index + 1] : ""
      switch word {
      case "thx":
        return true
      case "thanks":
        // "Thanks to your explanation" credits the explanation; "thanks to you" is thanks.
        if next != "to" { return true }
        let after = index + 2 < words.words.count ? words.words[index + 2] : ""
        if ["you", "you all", "everyone", "all", "both"].contains(after) { return true }
      case "thank":
        if ["you", "u", "ya", "y'all"].contains(next) { return true }
      case "thankyou", "thank-you", "thankful":
        return true
      default:
        continue
      }
    }
    let cues = [
      "cheers for", "grateful for", "i'm grateful", "i am grateful", "appreciate your time",
      "appreciated your time", "appreciate you taking", "appreciated you taking",
      "appreciate the time", "appreciated the time", "much appreciated", "appreciate you meeting",
      "appreciated meeting", "appreciate you seeing", "appreciated the chance",
      "appreciate the chance", "appreciated the opportunity", "appreciate the opportunity",
    ]
    let folded = lowered.replacingApostrophes()
    return cues.contains { folded.contains($0) }
  }

  // MARK: - Something from this interview

  /// Whether the draft says something that could only come from this interview: a topic the
  /// extractor finds, or a reference to what the interviewer said ("the wiring you showed me",
  /// "your question about why players abandon the tutorial") next to a specific word. "I enjoyed
  /// learning more about the role" and "I enjoyed our chat about the job" are not.
  private static func hasSpecificTopic(
    _ draft: PastedDraft, interviewers: [PersonName], company: String?
  ) -> Bool {
    let ignored = SpecificWords(interviewers: interviewers, company: company)
    let extractor = TopicExtractor(
      context: ExtractionContext(company: company, interviewers: interviewers.map(\.full)))
    let topics = extractor.topics(in: draft.content)
    if topics.contains(where: {
      ignored.hasSpecificWord(ReviewWords($0.text.lowercased().replacingApostrophes()).words)
    }) {
      return true
    }
    return draft.sentences.contains { referencesTheInterview($0, ignored) }
  }

  /// What the interviewer did: "you showed", "you described", "your point about".
  static let referenceVerbs: Set<String> = [
    "showed", "described", "mentioned", "outlined", "explained", "recommended", "suggested",
    "told", "shared", "gave", "raised", "said", "asked", "walked", "pointed", "introduced",
    "brought", "set", "talked", "demonstrated", "testing", "trialling", "trialing", "planning",
    "running", "using", "building", "sketched", "drew", "quoted", "cited", "showing",
  ]
  /// Things the interviewer offered: "your point", "your question", "your plans".
  static let referenceNouns: Set<String> = [
    "point", "points", "question", "questions", "plan", "plans", "idea", "ideas", "description",
    "comment", "comments", "trick", "tip", "tips", "advice", "story", "stories", "explanation",
    "take", "view", "views", "thoughts", "remark", "suggestion", "example", "paper", "book",
    "research", "project", "approach", "talk", "insight", "insights", "account", "anecdote",
    "figures", "data", "map", "chart", "demo", "proposal", "vision", "concern", "worry",
    "problem", "challenge", "experiment", "trial", "pilot", "scheme", "rota", "system", "method",
    "process", "strategy", "work", "team's",
  ]

  /// A sentence that points at something the interviewer said or showed, with a specific word
  /// within the same clause.
  private static func referencesTheInterview(_ sentence: String, _ ignored: SpecificWords)
    -> Bool
  {
    let clauses = sentence.lowercased().replacingApostrophes().split(whereSeparator: {
      ",;:.!?()".contains($0)
    })
    for clause in clauses {
      let words = ReviewWords(String(clause)).words
      var referenced = false
      for (index, word) in words.enumerated() {
        let next = index + 1 < words.count ? words[index + 1] : ""
        let afterNext = index + 2 < words.count ? words[index + 2] : ""
        if ["you", "you've", "you're", "you'd"].contains(word),
          referenceVerbs.contains(next) || referenceVerbs.contains(afterNext)
        {
          referenced = true
        }
        if word == "your", referenceNouns.contains(next) || referenceNouns.contains(afterNext) {
          referenced = true
        }
        if ["we", "we'd"].contains(word),
          ["talked", "discussed", "spoke", "chatted"].contains(next)
        {
          referenced = true
        }
      }
      if referenced, ignored.hasSpecificWord(words) { return true }
    }
    return false
  }

  // MARK: - Several points

  /// Words that number the points of a list: "First, ...", "Secondly, ...".
  static let enumerators: [String: Int] = [
    "first": 1, "firstly": 1, "second": 2, "secondly": 2, "third": 3, "thirdly": 3, "fourth": 4,
    "fourthly": 4, "finally": 9, "lastly": 9,
  ]
  /// Words that add one more thing: "I also found ...", "... has stayed with me too". "Too"
  /// and "as well" count only at the end of a clause: "too long" is not an addition.
  static let additives: Set<String> = ["also", "additionally", "furthermore", "moreover", "plus"]

  private static func hasAdditive(_ sentence: String) -> Bool {
    if ReviewWords(sentence).words.contains(where: { additives.contains($0) }) { return true }
    for ending in ["too", "as well"] {
      var searchStart = sentence.startIndex
      while let range = sentence.range(of: ending, range: searchStart..<sentence.endIndex) {
        searchStart = range.upperBound
        guard isWordBoundary(sentence, range) else { continue }
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
  ]

  /// Several distinct points: a numbered run ("First, ... Second, ..."); one more thing brought
  /// in with "also" or "too" after another ("I also found your plans ...", "... and also the
  /// question of ..."); or a list of three things after one cue ("hearing about the pilot, the
  /// new app and your plans for Madrid"). A single topic seen from two angles, or "glad to meet
  /// the team, too", is one point. Returns a quote of each point, at most three.
  static func severalPoints(in draft: PastedDraft) -> [String]? {
    let content = draft.content
    let characters = Array(content)
    let folded = content.lowercased().replacingApostrophes()
    // Offsets are shared between the content and its folded copy; a rare character whose lower
    // case is longer would shift them, so such a draft is read as it is.
    let reading = folded.count == characters.count ? folded : content
    var numbered: [(rank: Int, quote: String)] = []
    var points: [String] = []
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
      let cues = cueOffsets(in: sentence.text)
      guard !cues.isEmpty else { continue }
      if hasAdditive(sentence.text), !points.isEmpty || cues.count >= 2 { additive = true }
      for cue in cues {
        let offset = sentence.offset + cue.offset
        points.append(
          quote(
            characters, from: clauseStart(characters, offset), to: clauseEnd(characters, offset)))
      }
      if listed == nil, let first = cues.first {
        let items = listItems(in: sentence.text, from: first.offset + first.length)
        if items.count >= 3 {
          listed = items.map {
            quote(
              characters, from: sentence.offset + $0.lowerBound, to: sentence.offset + $0.upperBound
            )
          }
        }
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
    if additive, distinct(points).count >= 2 { return distinct(points) }
    return nil
  }

  private static let clauseMarks: Set<Character> = [".", "!", "?", ",", ";", ":", "\n"]

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
    for cue in pointCues {
      var searchStart = sentence.startIndex
      while let range = sentence.range(of: cue, range: searchStart..<sentence.endIndex) {
        searchStart = range.upperBound
        guard isWordBoundary(sentence, range) else { continue }
        found.append(
          (sentence.distance(from: sentence.startIndex, to: range.lowerBound), cue.count))
      }
    }
    found.sort { $0.offset < $1.offset }
    // Cues in one clause ("the plan you described", "your plan ... stayed with me") are one point.
    var result: [(offset: Int, length: Int)] = []
    let characters = Array(sentence)
    for cue in found {
      if let last = result.last {
        let between = String(characters[last.offset..<max(last.offset, cue.offset)])
        if !(between.contains(",") || between.contains(";") || between.contains(" and ")) {
          continue
        }
      }
      result.append(cue)
    }
    return result
  }

  /// The items of a list that follows a cue: "the pilot, the new app and your plans" has three.
  /// Only items opening with a determiner count, so "forecast and actual orders" is one.
  private static func listItems(in sentence: String, from offset: Int) -> [Range<Int>] {
    let characters = Array(sentence)
    guard offset < characters.count else { return [] }
    let determiners: Set<String> = [
      "the", "your", "their", "his", "her", "its", "our", "a", "an", "how", "why", "what",
      "whether",
    ]
    var items: [Range<Int>] = []
    var itemStart = offset
    func closeItem(at end: Int) {
      var start = itemStart
      while start < end, characters[start] == " " { start += 1 }
      let word = String(characters[start..<end].prefix(while: { $0.isLetter || $0 == "'" }))
      if determiners.contains(word) { items.append(start..<end) }
    }
    func startsWithAnd(_ index: Int) -> Bool {
      index + 5 <= characters.count && String(characters[index..<index + 5]) == " and "
    }
    var index = offset
    while index < characters.count {
      if ",;.!?".contains(characters[index]) {
        closeItem(at: index)
        if characters[index] != "," { return items }
        index += 1
        if startsWithAnd(index) { index += 4 }
        itemStart = index
      } else if startsWithAnd(index) {
        closeItem(at: index)
        index += 4
        itemStart = index
      } else {
        index += 1
      }
    }
    closeItem(at: characters.count)
    return items
  }

  // MARK: - Names

  /// Greetings in the languages people write to: "Bonjour Camille" greets Camille. Words that
  /// are also given names ("Dia", "Ora") are left to the rule about the word before a first name.
  static let salutations: Set<String> = [
    "dear", "hi", "hello", "hey", "hiya", "howdy", "greetings", "morning", "good", "afternoon",
    "evening", "bonjour", "bonsoir", "salut", "hola", "buenos", "buenas", "días", "dias", "ciao",
    "buongiorno", "hallo", "guten", "hej", "olá", "cześć", "dzień", "dobry", "namaste", "shalom",
    "yo",
  ]

  /// A name in the greeting that is none of the interviewers'.
  private static func wrongName(_ draft: PastedDraft, interviewers: [PersonName]) -> String? {
    guard !interviewers.isEmpty, let greeting = draft.greeting else { return nil }
    let given = Set(interviewers.compactMap { $0.given?.lowercased() })
    let known = Set(interviewers.flatMap { [$0.given, $0.family].compactMap { $0?.lowercased() } })
      .union(
        interviewers.flatMap {
          ($0.family ?? "").lowercased().split(separator: " ").map(String.init)
        })
    let generic: Set<String> = [
      "hiring", "team", "manager", "sir", "madam", "all", "there", "everyone", "both", "panel",
      "recruitment", "and", "to", "whom", "it", "may", "concern", "colleagues", "friends",
    ]
    let words = greeting.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(
      String.init)
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      if PersonName.titles[lower] != nil || generic.contains(lower) || salutations.contains(lower) {
        continue
      }
      // The word before an interviewer's given name opens the greeting ("Ahoj Camille"), since
      // nothing else comes before a first name.
      if index == 0, words.count > 1, given.contains(words[1].lowercased()) { continue }
      if !known.contains(lower) { return word }
    }
    return nil
  }
}

/// The words of a text, lower case, with apostrophes and hyphens kept inside words.
struct ReviewWords {
  var words: [String]

  init(_ text: String) {
    words = text.lowercased().split(whereSeparator: {
      !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-")
    }).map { String($0).trimming("'-") }.filter { !$0.isEmpty }
  }
}

/// One sentence of a text and where it starts, in characters.
struct ReviewSentence {
  var text: String
  var offset: Int

  static func split(_ text: String) -> [ReviewSentence] {
    var result: [ReviewSentence] = []
    var current = ""
    var start = 0
    for (index, character) in text.enumerated() {
      if current.isEmpty, character == " " || character == "\n" {
        start = index + 1
        continue
      }
      current.append(character)
      if ".!?\n".contains(character) {
        result.append(ReviewSentence(text: current, offset: start))
        current = ""
        start = index + 1
      }
    }
    if !current.isEmpty { result.append(ReviewSentence(text: current, offset: start)) }
    return result
  }
}

/// The words that say nothing specific about an interview: function words, interview chatter,
/// the pleasantries of a note, days and times, and the names of the people and the company.
struct SpecificWords {
  var ignored: Set<String>

  static let pleasantries: Set<String> = [
    "enjoyed", "enjoy", "enjoying", "loved", "love", "hearing", "hear", "heard", "meeting",
    "meet", "met", "speaking", "speak", "spoke", "thinking", "thought", "think", "keep", "kept",
    "coming", "look", "looking", "forward", "hope", "hoping", "hoped", "glad", "pleased",
    "happy", "lovely", "wonderful", "truly", "interesting", "fascinating", "exciting", "excited",
    "showed", "described", "mentioned", "outlined", "explained", "recommended", "suggested",
    "shared", "gave", "raised", "walked", "pointed", "introduced", "brought", "set", "point",
    "idea", "plan", "plans", "thoughts", "comments", "comment", "view", "take", "since",
    "touch", "contact", "reach", "hesitate", "again", "pleasure", "chance", "everything",
    "anything", "further", "information", "writing", "follow", "following", "recent", "more",
    "today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "tonight", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "week", "month", "year", "found", "find", "made", "make", "felt", "feel",
    "sounded", "sounds", "seemed", "seems", "remain", "remains", "appreciate", "appreciated",
    "grateful", "wanted", "want", "like", "would", "best", "regards", "wishes", "dear",
    "cheers", "both", "soon", "stayed", "stuck", "struck", "chord", "interview", "role", "job",
    "company", "team", "hospital", "organisation", "talking", "discussing", "telling",
  ]

  init(interviewers: [PersonName], company: String?) {
    var ignored = Lexicon.stopwords.union(Lexicon.generic).union(Self.pleasantries)
    for person in interviewers {
      for part in [person.title, person.given, person.family].compactMap({ $0 }) {
        ignored.formUnion(ReviewWords(part.lowercased()).words)
      }
    }
    if let company { ignored.formUnion(ReviewWords(company.lowercased()).words) }
    self.ignored = ignored
  }

  /// Whether any word says something specific: a number, or a word of three letters or more
  /// that is not ignored.
  func hasSpecificWord(_ words: [String]) -> Bool {
    words.contains { word in
      if word.contains(where: \.isNumber) { return true }
      let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
      return bare.count >= 3 && !ignored.contains(bare)
    }
  }
}

/// A note as pasted: the subject line, greeting and sign-off set apart from the body.
struct PastedDraft {
  var subject: String?
  var greeting: String?
  /// Everything but the subject line.
  var body: String
  /// The body without its greeting and sign-off: what the note actually says.
  var content: String
  var sentences: [String]

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    while let first = lines.first, first.trimming(" \t").isEmpty { lines.removeFirst() }
    if let first = lines.first, first.lowercased().hasPrefix("subject:") {
      subject = String(first.dropFirst(8)).trimming(" \t")
      lines.removeFirst()
    }
    body = lines.joined(separator: "\n").trimming(" \t\n")
    let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
    let lowerFirst = firstLine.lowercased()
    if ["dear ", "hi ", "hello ", "hey ", "good morning", "good afternoon", "morning "].contains(
      where: { lowerFirst.hasPrefix($0) })
    {
      // The greeting runs to the first comma: "Hi Tom, thanks for the chat" greets Tom.
      greeting = firstLine.split(separator: ",").first.map(String.init) ?? firstLine
    } else if let comma = firstLine.firstIndex(of: ","),
      firstLine.distance(from: firstLine.startIndex, to: comma) < 30, firstLine.hasSuffix(",")
    {
      greeting = String(firstLine[..<comma])
    }
    content = Self.content(of: body, greeting: greeting)
    var sentences: [String] = []
    var current = ""
    for character in content {
      current.append(character)
      if ".!?\n".contains(character) {
        let trimmed = current.trimming(" \t\n")
        if !trimmed.isEmpty { sentences.append(trimmed) }
        current = ""
      }
    }
    let trimmed = current.trimming(" \t\n")
    if !trimmed.isEmpty { sentences.append(trimmed) }
    self.sentences = sentences
  }

  /// The body without the greeting ("Dear Priya,", or "Hi Tom," opening the first line) and the
  /// sign-off (the short lines at the end, or a name after the last full stop).
  static func content(of body: String, greeting: String?) -> String {
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let greeting, let first = lines.first {
      let rest = first.dropFirst(greeting.count).drop(while: { $0 == "," || $0 == " " || $0 == "!" }
      )
      if rest.isEmpty { lines.removeFirst() } else { lines[0] = String(rest) }
    }
    while let last = lines.last, last.trimming(" \t").isEmpty { lines.removeLast() }
    // Sign-off lines: short, with no full stop inside ("Best wishes,", "Jordan").
    while lines.count > 1, let last = lines.last,
      Note.words(in: last) <= 4, !last.dropLast().contains(".")
    {
      lines.removeLast()
      while let next = lines.last, next.trimming(" \t").isEmpty { lines.removeLast() }
    }
    var text = lines.joined(separator: "\n")
    // "... on the city routes. Jordan": a name after the last sentence.
    if let stop = text.lastIndex(where: { ".!?".contains($0) }) {
      let tail = text[text.index(after: stop)...]
      if Note.words(in: String(tail)) <= 3, !tail.contains(",") {
        text = String(text[...stop])
      }
    }
    return text.trimming(" \t\n")
  }
}
