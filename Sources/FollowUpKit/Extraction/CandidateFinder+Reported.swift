/// What the interviewer told the person: "she said the lab just got funding for a new pilot
/// line", "mei said theyre about to release an AI assistant". The clause after a reporting verb
/// is news, a plan or a change at this employer, the best thing a note can be built on, and it is
/// kept whole as a clause (with its own subject and verb), so the note frames it as one ("I
/// enjoyed hearing that ...") instead of cutting it into a noun phrase.
extension CandidateFinder {
  /// Adds the clause reported after each "said", "told me", "mentioned" in a sentence whose
  /// subject is someone on the interviewer's side.
  mutating func addReportedClauses(_ start: Int, _ end: Int) {
    var index = start
    while index < end {
      defer { index += 1 }
      guard tokens[index].isWord, Self.reportingVerbs.contains(tokens[index]) else { continue }
      // Who said it: not the person ("I said I'd ..."), and someone must have said it.
      guard index > start, !Self.firstPersonSubjects.contains(tokens[index - 1]),
        tokens[index - 1].isWord
      else { continue }
      var cursor = index + 1
      while cursor < end, Self.reportObjects.contains(tokens[cursor]) { cursor += 1 }
      // "told me next year they get electric tugs": a time before the clause is not its subject.
      if cursor < end, Self.timeLeads.contains(tokens[cursor]) {
        var look = cursor + 1
        while look < end, look - cursor <= 3, tokens[look].isWord,
          !Self.clauseSubjects.contains(tokens[look])
        {
          look += 1
        }
        if look < end, Self.clauseSubjects.contains(tokens[look]) { cursor = look }
      }
      guard let range = reportedClause(from: cursor, limit: end) else { continue }
      addReported(range, reportStart: index, sentenceStart: start, sentenceEnd: end)
      index = range.upperBound - 1
    }
  }

  /// The clause that starts at `start`: a subject, then a verb within a few words, up to where
  /// a new clause or an aside begins, cut to a topic's length where a phrase can end.
  private func reportedClause(from start: Int, limit: Int) -> Range<Int>? {
    guard start < limit, tokens[start].kind == .word else { return nil }
    var verb: Int?
    if Self.clauseSubjects.contains(tokens[start]) {
      verb = start + 1
    } else if tokens[start].is(.the) || Self.ownerWords.contains(tokens[start]) {
      // "the lab just got ...", "the council tax team is moving ...": a noun phrase, then a verb.
      var cursor = start + 1
      while cursor < limit, cursor - start <= 5, tokens[cursor].kind == .word {
        if Self.finiteVerbs.contains(tokens[cursor]) || Self.adverbs.contains(tokens[cursor]) {
          verb = cursor
          break
        }
        cursor += 1
      }
    }
    guard var verbIndex = verb, verbIndex < limit else { return nil }
    while verbIndex < limit, Self.adverbs.contains(tokens[verbIndex]) { verbIndex += 1 }
    guard verbIndex < limit, tokens[verbIndex].kind == .word,
      !Self.notVerbs.contains(tokens[verbIndex])
    else { return nil }
    var end = verbIndex + 1
    while end < limit {
      let token = tokens[end]
      if token.kind == .pause || token.kind == .stop { break }
      if Self.clauseEnders.contains(token) { break }
      if token.lower == "and" || token.is(.but), end + 1 < limit,
        Self.newClauseAfterAnd.contains(tokens[end + 1])
          || Lexicon.Lookup.clauseVerbs.contains(tokens[end + 1])
      {
        break
      }
      end += 1
    }
    guard end - start >= 3 else { return nil }
    // "he said they're going to use it on the Inverness route": about a thing named before,
    // which is the topic; the clause alone would not say what "it" is.
    if (verbIndex..<end).contains(where: { Self.pronounObjects.contains(tokens[$0]) }) {
      return nil
    }
    return fitted(start..<end)
  }

  /// The clause cut to at most `TopicExtractor.maximumWords` words, before a preposition or a
  /// time phrase so that it still ends where a phrase can ("... a new sodium-ion battery pilot
  /// line", not "... pilot line with an"); nil when no such cut keeps its verb and object.
  private func fitted(_ range: Range<Int>) -> Range<Int>? {
    var end = range.upperBound
    while end > range.lowerBound, Self.trailing.contains(tokens[end - 1]) { end -= 1 }
    if end - range.lowerBound > TopicExtractor.maximumWords {
      var cut = range.lowerBound + TopicExtractor.maximumWords
      while cut > range.lowerBound + 4, !Self.joints.contains(tokens[cut]) { cut -= 1 }
      guard cut > range.lowerBound + 4 else { return nil }
      end = cut
      while end > range.lowerBound, Self.trailing.contains(tokens[end - 1]) { end -= 1 }
    }
    guard end - range.lowerBound >= 3 else { return nil }
    return range.lowerBound..<end
  }

  private mutating func addReported(
    _ range: Range<Int>, reportStart: Int, sentenceStart: Int, sentenceEnd: Int
  ) {
    guard let (specificity, nonGeneric) = specificity(range, sentenceStart: sentenceStart),
      nonGeneric > 0
    else { return }
    let emphasis = emphasisAround(
      cueStart: reportStart, phraseEnd: range.upperBound, sentenceStart: sentenceStart,
      sentenceEnd: sentenceEnd)
    let planned = range.contains { Self.planWords.contains(tokens[$0]) }
    let subject = reportStart > sentenceStart ? tokens[reportStart - 1] : nil
    let speaker = subject.flatMap { interviewerWords.contains($0) ? $0.lower : nil }
    candidates.append(
      Candidate(
        start: range.lowerBound, end: range.upperBound, kind: planned ? .plan : .news,
        score: min(1, 0.62 + specificity + emphasis), speaker: speaker, isReported: true))
  }

  /// Verbs that report what someone said.
  private static let reportingVerbs: WordSet = [
    "said", "says", "told", "tells", "mentioned", "explained", "announced", "shared", "revealed",
    "proud", "excited", "thrilled", "confirmed", "say",
  ]

  /// Words that open a time before a reported clause: "next year", "from january", "soon".
  private static let timeLeads: WordSet = [
    "next", "this", "from", "in", "by", "soon", "now", "once", "every", "later", "early",
  ]

  /// Words between a reporting verb and its clause: "told me that".
  private static let reportObjects: WordSet = [
    "me", "us", "that", "how", "to",
  ]

  /// The person as the one who said it.
  private static let firstPersonSubjects: WordSet = [
    "i", "we", "i'm", "im",
  ]

  /// Subjects that open a reported clause.
  private static let clauseSubjects: WordSet = [
    "they", "they're", "theyre", "they've", "theyve", "they'll", "we", "we're", "it", "it's",
    "she's", "he's", "shes", "hes", "she", "he", "there's", "there", "you", "you're",
  ]

  /// Words that own what follows, opening a subject: "their team is ...".
  private static let ownerWords: WordSet = [
    "their", "her", "his", "its", "our",
  ]

  /// Finite verbs after a noun subject.
  private static let finiteVerbs: WordSet = [
    "is", "are", "was", "were", "will", "has", "have", "had", "got", "gets", "won", "just", "plans",
    "wants", "became", "landed", "opened", "launched", "signed", "started", "moved", "bought",
    "ordered", "raised", "secured", "hired", "approved", "chose", "decided", "merged", "received",
  ]

  /// Adverbs between a subject and its verb.
  private static let adverbs: WordSet = [
    "just", "recently", "already", "also", "finally", "now", "soon", "really", "actually",
  ]

  /// Words that cannot be the verb of a reported clause: "she said it was fine" is chat.
  private static let notVerbs: WordSet = [
    "the", "a", "an", "that", "and", "to", "ok", "okay", "fine", "good", "great", "well",
  ]

  /// Words that end the reported clause: a reason, an aside or a new thought.
  private static let clauseEnders: WordSet = [
    "because", "but", "so", "which", "lol", "haha", "though", "although", "while",
  ]

  /// What after "and" begins a new clause rather than a list: "and want ...", "and shes ...".
  private static let newClauseAfterAnd: WordSet = [
    "she", "he", "they", "we", "i", "shes", "hes", "she's", "he's", "theyre", "they're", "want",
    "wants", "need", "needs", "said", "asked", "it", "it's", "then", "also", "each", "every",
    "there", "there's", "now",
  ]

  /// Objects that point back at something named before the clause.
  private static let pronounObjects: WordSet = [
    "it", "them", "this", "these", "those",
  ]

  /// Where a long clause may be cut.
  private static let joints: WordSet = [
    "with", "for", "in", "at", "from", "by", "on", "to", "and", "after", "before", "as",
  ]

  /// Words a clause never ends on.
  private static let trailing: WordSet = [
    "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "from", "by", "is",
    "are", "was", "were", "will", "their", "your", "its", "that", "this", "next", "last", "all",
    "just", "really", "so", "too", "now", "then",
  ]

  /// Words that make a reported clause a plan rather than news.
  private static let planWords: WordSet = [
    "will", "going", "about", "planning", "plans", "opening", "launching", "starting", "building",
    "bringing", "moving", "becoming", "rolling", "introducing", "expanding", "hiring", "getting",
    "running", "release", "releasing", "next", "soon",
  ]
}
