/// `no-specific-topic`: nothing in the draft comes from this interview.
///
/// A note that could go to any employer is not worth sending: mention one specific thing you
/// talked about. The draft passes with a topic the extractor finds, or a reference to what the
/// interviewer said ("the wiring you showed me", "your question about why players abandon the
/// tutorial") next to a specific word. "I enjoyed learning more about the role" and "I enjoyed
/// our chat about the job" are flagged.
struct NoSpecificTopicRule: ReviewRule {
  static let code = Finding.Code.noSpecificTopic

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard !Self.hasSpecificTopic(draft) else { return nil }
    return finding(
      "Nothing in it comes from this interview: it could go to any employer. Mention one specific thing you talked about."
    )
  }

  /// Words that praise or sell but name nothing of the employer: "your fast-paced
  /// environment", "the Crown Point family", "I'd thrive".
  static let praise: Set<String> = [
    "environment", "fast-paced", "fast", "paced", "dynamic", "thrive", "thriving", "confident",
    "asset", "valuable", "family", "heart", "ground", "running", "inspiring", "inspired",
    "dedicated", "honoured", "honored", "passion", "passionate", "eager", "keen", "contribute",
    "bring", "mission", "vision", "ethos", "atmosphere", "welcoming", "friendly", "supportive",
    "professional", "amazing", "incredible", "brilliant", "great", "fantastic", "awesome",
    "insightful", "informative", "productive", "pleasant", "enjoyable", "conversation", "chat",
    "discussion", "meeting", "truly", "really", "very", "much", "part", "such", "join",
    "joining", "opportunity", "excellent", "amazing", "impressive", "impressed", "genuinely",
    "learning", "learn", "learned", "learnt", "about", "base", "touch", "confident", "sure",
    "believe", "certain", "perfect", "ideal", "candidate", "skills", "strong", "motivated",
    "fit", "enthusiasm", "enthusiastic", "interest", "interested", "continued", "remain",
    "position", "vacancy", "opening", "post", "application", "consideration", "considering",
    "organisation", "organization", "workplace", "values", "growth", "future", "success",
    "successful", "exciting", "challenges", "above", "beyond", "extra", "mile", "people",
    "person", "energy", "vibe", "friendly", "today", "earlier", "lovely", "time", "taking",
    "hit", "player", "ready", "real",
  ]

  /// The words of the role's name: "the Recruitment Consultant role" names the job they
  /// advertised, not something said in the interview.
  static func roleWords(_ draft: ReviewedDraft) -> Set<String> {
    let roleNouns: Set<String> = ["role", "position", "job", "post", "vacancy", "opening"]
    let stops: Set<String> = [
      "the", "this", "your", "a", "an", "for", "about", "of", "to", "as", "our", "my",
    ]
    var words: Set<String> = []
    for sentence in draft.readings {
      for (index, word) in sentence.texts.enumerated() where roleNouns.contains(word) {
        var back = index - 1
        while back >= 0, index - back <= 4, !stops.contains(sentence.texts[back]) {
          words.insert(sentence.texts[back])
          back -= 1
        }
      }
    }
    return words
  }

  /// Whether the draft says something that could only come from this interview.
  private static func hasSpecificTopic(_ draft: ReviewedDraft) -> Bool {
    let interviewers = draft.interviewers
    let company = draft.company
    var ignored = SpecificWords(interviewers: interviewers, company: company)
    ignored.ignored.formUnion(praise)
    ignored.ignored.formUnion(roleWords(draft))
    if draft.readings.contains(where: { namesTheEmployersThing($0, ignored) }) { return true }
    let extractor = TopicExtractor(
      context: ExtractionContext(company: company, interviewers: interviewers.map(\.full)))
    let topics = extractor.topics(in: draft.pasted.content)
    if topics.contains(where: {
      ignored.hasSpecificWord(ReviewWords($0.text.lowercased().replacingApostrophes()).words)
    }) {
      return true
    }
    return draft.pasted.sentences.contains { referencesTheInterview($0, ignored) }
  }

  /// A part of a sentence that points at the employer ("your volunteers", "the team you
  /// lead", "how they moved complaints") or at the talk ("hearing about", "the tour of"), with
  /// two words that name something: "the music afternoons your volunteers run for the
  /// patients". What the writer says of themselves alone ("since my gym shut") names nothing
  /// of theirs.
  private static func namesTheEmployersThing(
    _ sentence: SentenceReading, _ ignored: SpecificWords
  ) -> Bool {
    let pointers = SentenceReading.employerWords.union([
      "hearing", "heard", "hear", "about", "tour", "walk", "showed", "shown", "how",
    ])
    // What follows the pointer is what it points at: "I'm ready to hit the ground running for
    // you" points at nothing.
    guard let first = sentence.texts.firstIndex(where: pointers.contains) else { return false }
    let named = sentence.texts[(first + 1)...].filter { ignored.hasSpecificWord([$0]) }
    return Set(named).count >= 2
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
}
