/// `cover-letter`: a recap of the CV or a list of skills.
///
/// They've read the CV; a follow-up that argues the case again reads like a second cover
/// letter. "With my 8 years of experience in logistics" and a bulleted list of achievements are
/// flagged; "the experience you described" is not.
struct CoverLetterRule: SentenceReviewRule {
  static let code = Finding.Code.coverLetter

  /// Phrases that recap a CV, lower case.
  static let phrases =
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

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard let quote = Self.coverLetter(in: draft) else { return nil }
    return finding(
      "\(quoted(quote)) recaps your CV. They've read it; a follow-up that argues your case again reads like a second cover letter."
    )
  }

  /// In one sentence only the phrases count: a sentence holds no bullets.
  func finding(inSentence sentence: ReviewText) -> Finding? {
    guard let quote = PhraseMatch.firstMatch(in: sentence, Self.phrases, negatable: false) else {
      return nil
    }
    return finding(
      "\(quoted(quote)) recaps your CV, which turns the note into a second cover letter.")
  }

  /// Two bulleted lines are a list of achievements, quoted by the first; else the first phrase.
  private static func coverLetter(in draft: ReviewedDraft) -> String? {
    let bullets = draft.pasted.body.split(separator: "\n").filter {
      let line = String($0).trimming(" \t")
      return line.hasPrefix("- ") || line.hasPrefix("• ") || line.hasPrefix("* ")
        || line.hasPrefix("– ")
    }
    if bullets.count >= 2 { return String(bullets[0]).trimming(" \t-•*–") }
    return PhraseMatch.firstMatch(in: draft.body, phrases, negatable: false)
  }
}
