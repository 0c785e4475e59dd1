/// `cover-letter`: sentences about the writer's skills, years, qualifications or CV, beyond
/// one clause tied to the topic.
///
/// They've read the CV; a follow-up that argues the case again reads like a second cover
/// letter. Each sentence about the writer is weighed: years of experience, a qualification, a
/// language, the CV or background named, or a claim to be the one for the job weigh two; an
/// achievement ("I managed a team of twelve", "cut waste by 38%") weighs one, and two joined in
/// one sentence ("I've managed budgets of £2m and led teams of fifteen") weigh two. A note is flagged
/// at two, so "As a reminder, I bring six years of warehouse planning" is, and so are two
/// achievements; one clause tied to the topic ("having run a night shift myself, your rota
/// made sense") weighs one and is not. A claim to fit weighs two only when it names what fits
/// ("my experience in hospital catering would suit"); naming nothing ("I am confident my
/// skills would make me a valuable addition") it weighs one, a stock phrase rather than the CV
/// again. Two bulleted lines are a list of achievements.
struct CoverLetterRule: SentenceReviewRule {
  static let code = Finding.Code.coverLetter

  static let classes: [String: [String]] = [
    "i": ["i", "i've", "i'm", "i'd", "ive", "im", "my"],
    "count": [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "fifteen", "twenty", "several", "many", "a few", "a decade", "decades", "a",
    ],
    "qualification": [
      "degree", "diploma", "certificate", "certification", "certified", "qualification",
      "qualified", "licence", "license", "licensed", "chartered", "registered", "accredited",
      "msc", "ma", "ba", "bsc", "phd", "mba", "masters", "master's", "bachelor's", "bachelors",
      "nvq", "hnd", "pgce", "wset", "acca", "cima", "cipd", "cfa", "pmp", "prince2", "cscs",
      "green belt", "black belt", "six sigma", "first-class", "first class", "distinction",
      "honours", "doctorate", "apprenticeship", "prescriber", "ielts", "toefl", "aws certified",
      // Plural as held, not as papers handed over: "my certificates" and "licences" are as
      // often the papers ("I'll bring my certificates on Thursday").
      "scrum master", "level 2", "level 3", "level 4", "level 5", "degrees", "diplomas",
      "certifications", "frm",
    ],
    "cv": [
      "cv", "resume", "résumé", "background", "track record", "skill set", "skillset", "skills",
      "strengths", "qualifications", "credentials", "achievements", "accomplishments",
      "experience", "expertise", "career",
    ],
    "did": [
      "managed", "led", "ran", "grew", "increased", "reduced", "cut", "delivered", "launched",
      "built", "trained", "mentored", "supervised", "oversaw", "set up", "developed",
      "implemented", "achieved", "won", "saved", "generated", "doubled", "tripled", "boosted",
      "improved", "streamlined", "spearheaded", "introduced", "founded", "established",
      "coordinated", "handled", "volunteer", "sit on", "completed", "exceeded", "negotiated",
      "designed", "created", "organised", "organized", "headed", "run", "manage", "lead",
    ],
    "language": [
      "english", "spanish", "french", "german", "italian", "portuguese", "polish", "arabic",
      "mandarin", "cantonese", "hindi", "urdu", "punjabi", "bengali", "russian", "japanese",
      "korean", "dutch", "swahili", "turkish", "greek", "romanian", "ukrainian", "tamil",
      "gujarati", "welsh", "irish", "tagalog", "vietnamese", "persian", "farsi", "hebrew",
    ],
  ]

  /// What weighs two: the CV argued again.
  static let strong: [WordPattern] = [
    "# years|year|yrs|year's|years'",
    "@count years|year's|years' of|in|as|experience|working|at|with|running|managing|leading",
    "my #|@count years|decades",
    // "five years' agency experience": a span of years and the work it was spent on.
    "#|@count years|yrs ~2 experience|service|practice",
    "the last|past # @count years|decade", "over|more_than|nearly|almost a decade",
    "i've|i_have|i spent|worked ~4 years|decade", "@i ~3 @qualification",
    "@i ~1 hold|gained|earned|completed|passed|achieved ~4 @qualification",
    "@qualification in|from", "fluent|fluently|bilingual|trilingual",
    "i speak|i_also_speak @language", "as you can see from|in", "as a reminder",
    "i bring|i'd_bring|i_would_bring|i_can_bring", "bring to the table",
    "in brief|to summarise|to summarize|to recap",
    // The CV sent again: "CV attached again", "I'm resending my CV".
    "cv|resume attached|enclosed|again|resent|reattached",
    "attached|attach|attaching|resending|enclosed|enclosing ~2 cv|resume",
  ].map { WordPattern($0, classes) }

  /// A claim to fit the job, which argues the case again only when it names what fits: "my
  /// eight years on the tills would suit", "my experience with SAP". Naming nothing ("I am
  /// confident my skills would make me a valuable addition") it is a stock phrase, the
  /// cliché's business, not a recap of the CV.
  static let claims: [WordPattern] = [
    "@i ~2 @cv",
    "why i'm|i_am|i_would_be|i'd_be ~2 the|a|well|right|ideal|best|perfect|strong",
    "how my ~2 experience|skills|background ~3 fits|fit|match|matches|would|could|suit",
    "i_am|i'm_confident|i_believe|i_feel|i_know ~2 my|i ~2 skills|experience|background|ability|abilities",
    "@i ~2 proven|extensive|strong|solid|wide|broad|wealth|extensive ~2 experience|ability|background|record",
    "my ~2 key|core|main|technical|transferable|relevant skills|strengths|achievements",
  ].map { WordPattern($0, classes) }

  /// What a claim names when it is concrete: the field of the experience ("experience in
  /// retail", "skills with Excel") or a number.
  static let named: [WordPattern] = [
    "@cv in|with|of|as|at|from|running|managing|leading|across|on", "#",
  ].map { WordPattern($0, classes) }

  /// What weighs one: something the writer did, told as an achievement.
  static let achievement: [WordPattern] = [
    "@i ~3 @did", "a team of #|@count", "by|to|from # ~1 percent|per_cent|k|m|million|a",
  ].map { WordPattern($0, classes) }

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard let quote = Self.coverLetter(in: draft) else { return nil }
    return finding(
      "\(quoted(quote)) recaps your CV. They've read it; a follow-up that argues your case again reads like a second cover letter."
    )
  }

  /// In one sentence only what weighs two counts: a single achievement may be the point.
  func finding(inSentence sentence: ReviewText) -> Finding? {
    for part in ReviewSentence.split(sentence.original) {
      let reading = SentenceReading(part.text)
      if let (weight, quote) = Self.weigh(reading), weight >= 2 {
        return finding(
          "\(quoted(quote)) recaps your CV, which turns the note into a second cover letter.")
      }
      let record = Self.experienceClauses(in: reading)
      if record.count >= 2 {
        return finding(
          "\(quoted(reading.quote(record[0]))) recaps your CV, which turns the note into a second cover letter."
        )
      }
    }
    return nil
  }

  /// Two bulleted lines are a list of achievements, quoted by the first; else the first
  /// sentence about the writer once the weight reaches two.
  private static func coverLetter(in draft: ReviewedDraft) -> String? {
    let bullets = draft.pasted.body.split(separator: "\n").filter {
      let line = String($0).trimming(" \t")
      return line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasPrefix("* ")
        || line.hasPrefix("– ")
    }
    if bullets.count >= 2 { return String(bullets[0]).trimming(" \t-•*–") }
    var total = 0
    var first: String?
    for sentence in draft.readings {
      guard let (weight, quote) = weigh(sentence) else { continue }
      total += weight
      if first == nil { first = quote }
      if total >= 2 { return first }
    }
    // Two clauses or more of the writer's record across the note, whatever their words.
    let record = draft.readings.flatMap { reading in
      experienceClauses(in: reading).map { reading.quote($0) }
    }
    return record.count >= 2 ? record[0] : nil
  }

  /// The weight of one sentence and the words that weigh: two for the CV argued again, one
  /// for an achievement; a sentence that ties it to the employer's topic weighs one at most.
  static func weigh(_ sentence: SentenceReading) -> (Int, String)? {
    guard sentence.isAboutSelf || isUnsaidCV(sentence) else { return nil }
    // A claim is the writer's own: not negated, and not about what the employer did ("I
    // loved how you introduced the rota").
    let clauses = clauses(of: sentence)
    func claim(_ pattern: WordPattern) -> Range<Int>? {
      guard let range = sentence.find(pattern), !sentence.isNegated(at: range.lowerBound),
        // "I can get my CSCS card done next week": an offer, not a qualification held; "I
        // finished my degree over a year ago and I am still searching": a circumstance.
        !clauses.contains(where: {
          $0.contains(range.lowerBound)
            && (isOffer(sentence.texts[$0.lowerBound..<range.upperBound])
              || sentence.texts[$0].contains(where: notWorkTime.contains))
        }),
        !sentence.texts[range].contains(where: SentenceReading.employerWords.contains),
        !isAside(sentence, range)
      else { return nil }
      return range
    }
    // Each pattern tried once: the first claim is quoted and all of them are counted (trying
    // them again to count, and copying the patterns that matched, was a tenth of a review).
    var strongClaims = strong.compactMap(claim)
    let achievementClaims = achievement.compactMap(claim)
    let fitClaims = claims.compactMap(claim)
    // A claim to fit weighs two when the sentence names what fits: the field of the
    // experience, a number, a name ("my years at Tesco"), or something else argued with it.
    if !fitClaims.isEmpty {
      let concrete =
        !strongClaims.isEmpty || !achievementClaims.isEmpty
        || named.contains { sentence.find($0) != nil }
        || hasName(sentence, from: fitClaims[0].lowerBound)
      if concrete {
        strongClaims = (strongClaims + fitClaims).sorted { $0.lowerBound < $1.lowerBound }
      }
    }
    let vague = strongClaims.isEmpty && achievementClaims.isEmpty ? fitClaims.first : nil
    var weight = 0
    var quote: Range<Int>?
    if let range = strongClaims.first {
      weight = 2
      quote = range
    } else if let range = achievementClaims.first ?? vague {
      weight = 1
      quote = range
    }
    guard let quote, weight > 0 else { return nil }
    // More than one thing claimed in the sentence: a list of them.
    let claims = strongClaims.count + achievementClaims.count
    if claims >= 3 { weight = max(weight, 2) }
    // Deeds of the writer joined in one sentence ("I've managed budgets of £2m and led teams
    // of fifteen") are two achievements, as they would be in two sentences.
    if let first = achievementClaims.first, deeds(in: sentence, from: first.lowerBound) >= 2 {
      weight = max(weight, 2)
    }
    if weight == 2, claims < 3, isTiedToTopic(sentence) { weight = 1 }
    // "Having done my nursing degree in Leeds, I know how much the placements on Ward 9
    // matter": one thing of the writer's background told in an opening clause that the rest
    // of the sentence uses, with no claim in the rest, is one clause tied to the topic.
    // Claims over the same words ("my nursing degree", "degree in") are one thing.
    let things = (strongClaims + achievementClaims + fitClaims).sorted {
      $0.lowerBound < $1.lowerBound
    }.reduce(into: [Range<Int>]()) { merged, range in
      if let last = merged.last, last.overlaps(range) {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    if weight == 2, things.count == 1,
      let rest = restAfterOpeningClause(sentence),
      !(strongClaims + achievementClaims + fitClaims).contains(where: { $0.upperBound > rest }),
      !sentence.texts[rest...].contains(where: caseWords.contains)
    {
      weight = 1
    }
    return (weight, sentence.quote(quote))
  }

  /// The verbs of achievement and the qualifications of one word, built once: every sentence
  /// of a review is read against them.
  private static let deedVerbs = Set((classes["did"] ?? []).filter { !$0.contains(" ") })
  private static let oneWordQualifications = Set(
    (classes["qualification"] ?? []).filter { !$0.contains(" ") })

  /// The verbs of achievement from the writer's first one on, not those of the employer's
  /// people ("... and you led the review").
  private static func deeds(in sentence: SentenceReading, from start: Int) -> Int {
    let verbs = Self.deedVerbs
    let words = sentence.texts
    // "I managed to find the office", "ran into your colleague": not deeds.
    let notDeeds: Set<String> = ["to", "into", "through", "out", "across", "late", "over"]
    return words.indices.filter { index in
      index >= start && verbs.contains(words[index])
        && !(index + 1 < words.count && notDeeds.contains(words[index + 1]))
        && !words[max(start, index - 2)..<index].contains(where: {
          SentenceReading.employerWords.contains($0)
        })
    }.count
  }

  /// Whether the clause of a claim names something with a capital, not "I" nor the
  /// sentence's first word: a place, an employer, a tool ("my years at Tesco", "my skills
  /// in SAP"). The claim's clause alone: "..., and contributing to Castlegate's success" names
  /// the employer, not what fits.
  private static func hasName(_ sentence: SentenceReading, from index: Int) -> Bool {
    let characters = Array(sentence.original)
    let opening = sentence.words.first?.start ?? 0
    var position = index
    while position < sentence.words.count {
      if position > index, NoSpecificTopicRule.clauseEnds(sentence, before: position) { break }
      let word = sentence.words[position]
      if word.start > opening, word.start < characters.count, word.text != "i",
        !word.text.hasPrefix("i'"), characters[word.start].isUppercase
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// The CV with the writer left unsaid, as notes are typed: the CV sent again ("Full CV
  /// attached again in case helpful") or a list of qualifications with no verb of anyone's
  /// ("For reference: CFA Level III, 6 yrs risk at DBS and UOB, Python/SQL, FRM"). Never a
  /// sentence about the employer.
  static func isUnsaidCV(_ sentence: SentenceReading) -> Bool {
    guard !sentence.mentionsEmployer else { return false }
    let words = sentence.texts
    if let index = words.firstIndex(where: { ["cv", "resume", "résumé"].contains($0) }),
      words[index...].prefix(4).contains(where: {
        ["attached", "enclosed", "again", "resent", "reattached"].contains($0)
      })
        || words[..<index].suffix(3).contains(where: {
          ["attached", "attach", "attaching", "resending", "enclosed", "enclosing"].contains($0)
        })
    {
      return true
    }
    let marks = sentence.original.filter { $0 == "," || $0 == ":" }.count
    return marks >= 2 && words.contains(where: Self.oneWordQualifications.contains)
  }

  /// The job and the writer suiting it: a main clause with one of them argues the case ("With
  /// eight years in logistics, I believe I am the perfect fit for this role"), whatever its
  /// wording. A closed class, so a list.
  static let caseWords: Set<String> = [
    "role", "job", "position", "post", "fit", "candidate", "asset", "addition", "suited",
    "suit", "qualified", "ideal", "right", "hire", "hiring",
  ]

  /// The words that open an adverbial clause of background before the main one: "Having run
  /// a bar myself, ...", "After six years on the wards, ...", "As a nurse, ...". A closed class
  /// of English, so a list.
  static let backgroundOpeners: Set<String> = [
    "having", "after", "as", "since", "with", "from", "coming", "being",
  ]

  /// Where the main clause starts, when the sentence opens with a clause of background ended
  /// by a comma and the main clause goes on to something of its own (three words or more):
  /// nil otherwise.
  static func restAfterOpeningClause(_ sentence: SentenceReading) -> Int? {
    let texts = sentence.texts
    guard let first = texts.first, backgroundOpeners.contains(first) else { return nil }
    guard
      let comma = texts.indices.dropFirst().first(where: {
        NoSpecificTopicRule.clauseEnds(sentence, before: $0)
      }), texts.count - comma >= 3
    else { return nil }
    return comma
  }

  /// "In my experience, letters get put in a drawer": the idiom for "as far as I've seen"
  /// opens a view of the world, not a claim to experience.
  private static func isAside(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    return range.lowerBound > 0 && words[range.lowerBound - 1] == "in"
      && Array(words[range]) == ["my", "experience"]
  }

  /// "Having run a night shift myself, your rota made sense": one clause of the writer's
  /// background that serves the point about the employer.
  private static func isTiedToTopic(_ sentence: SentenceReading) -> Bool {
    let ties: Set<String> = [
      "your", "you", "you've", "you're", "similar", "same", "resonated", "reminded", "rang",
      "struck",
    ]
    return sentence.contains(any: ties)
      && !sentence.contains(any: ["cv", "resume", "reminder", "bring", "confident", "fit"])
  }
}
