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

  static let cvPhrases = [
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
  ]

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
    let prefix = text[..<index].split(whereSeparator: { !$0.isLetter && $0 != "'" }).suffix(3)
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
    while start > 0, !".!?,;\n".contains(characters[start - 1]), offset - start < 60 { start -= 1 }
    if start > 0, !".!?,;\n".contains(characters[start - 1]) {
      while start < offset, characters[start] != " " { start += 1 }
    }
    var end = min(characters.count, offset + length)
    while end < characters.count, !".!?,;\n".contains(characters[end]), end - offset < length + 40 {
      end += 1
    }
    var snippet = String(characters[start..<end]).trimming(" \t\n-•*")
    if snippet.count > 90 { snippet = String(snippet.prefix(87)) + "..." }
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

  static func hasThanks(_ lowered: String) -> Bool {
    let folded = lowered.replacingApostrophes().replacingWords("thanks to", with: "_________")
    let cues = [
      "thank you", "thanks for", "thanks so much", "thanks again", "many thanks", "thank u", "thx",
      "cheers for",
      "grateful for", "appreciate your time", "appreciated your time", "appreciate you taking",
      "appreciated the time",
      "thanks,", "thanks!", "thanks.", "thank-you", "i'm grateful", "i am grateful",
      "much appreciated", "appreciate the time",
      "appreciate you meeting", "appreciated meeting",
    ]
    return cues.contains { folded.contains($0) }
  }

  private static func hasSpecificTopic(
    _ draft: PastedDraft, interviewers: [PersonName], company: String?
  ) -> Bool {
    let extractor = TopicExtractor(
      context: ExtractionContext(company: company, interviewers: interviewers.map(\.full)))
    return !extractor.topics(in: draft.content).isEmpty
  }

  /// Several distinct topics: three or more sentences about interview topics, or two joined by
  /// "also", "another", "as well".
  static func severalPoints(in draft: PastedDraft) -> [String]? {
    let extractor = TopicExtractor()
    var found: [String] = []
    var additive = false
    for sentence in draft.sentences {
      let lower = sentence.lowercased()
      let topics = extractor.topics(in: sentence, limit: 3)
      if topics.isEmpty { continue }
      for topic in topics
      where !found.contains(where: {
        Phrase.overlaps(Phrase.contentKey($0), Phrase.contentKey(topic.text))
      }) {
        found.append(topic.text)
      }
      if [
        "also", "as well", "another", "additionally", "furthermore", "moreover", "finally", "plus,",
        "lastly",
      ].contains(where: { lower.contains($0) }) {
        additive = true
      }
    }
    if found.count >= 3 || (found.count == 2 && additive) { return Array(found.prefix(3)) }
    return nil
  }

  /// A name in the greeting that is none of the interviewers'.
  private static func wrongName(_ draft: PastedDraft, interviewers: [PersonName]) -> String? {
    guard !interviewers.isEmpty, let greeting = draft.greeting else { return nil }
    let known = Set(interviewers.flatMap { [$0.given, $0.family].compactMap { $0?.lowercased() } })
    let generic: Set<String> = [
      "hiring", "team", "manager", "sir", "madam", "all", "there", "everyone", "both", "panel",
      "recruitment", "and", "to", "whom", "it", "may", "concern", "colleagues", "friends",
    ]
    let words = greeting.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(
      String.init)
    for word in words {
      let lower = word.lowercased()
      if PersonName.titles[lower] != nil || generic.contains(lower)
        || ["dear", "hi", "hello", "hey", "morning", "good", "afternoon"].contains(lower)
      {
        continue
      }
      if !known.contains(lower) { return word }
    }
    return nil
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
