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

  /// Whether the draft says something that could only come from this interview.
  private static func hasSpecificTopic(_ draft: ReviewedDraft) -> Bool {
    let interviewers = draft.interviewers
    let company = draft.company
    let ignored = SpecificWords(interviewers: interviewers, company: company)
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
