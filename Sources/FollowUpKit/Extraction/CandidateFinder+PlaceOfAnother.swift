/// Where another thing is being done is no thing of its own.
///
/// The judge faulted notes built on "the canal in Leamington" and "the main oval" when the
/// person had said "the footbridge theyre designing over the canal in leamington" and "the new
/// drought tolerant couch grass theyre trialling on the main oval": the place only says where
/// the employer's thing stands, and the thing is what the interviewer was excited about. A
/// phrase after a participle and its preposition, in a clause whose subject closes another
/// phrase found ("the footbridge | theyre designing over | ..."), belongs to that phrase.
extension CandidateFinder {
  /// Whether the candidate is the place or object of a clause trailing another candidate:
  /// "[the footbridge] theyre designing over [the canal]", "[the couch grass] they're
  /// trialling on [the main oval]".
  func isPlaceOfAnother(_ candidate: Candidate, among all: [Candidate]) -> Bool {
    let preposition = candidate.start - 1
    let participle = candidate.start - 2
    guard participle >= 1, tokens[preposition].isWord,
      Self.whereabouts.contains(tokens[preposition]), tokens[participle].isWord,
      tokens[participle].lowerHasSuffix("ing") || tokens[participle].lowerHasSuffix("ed")
    else { return false }
    // The subject of the trailing clause: "theyre", or "they are", "he is".
    var subject = participle - 1
    if Self.clauseAuxiliaries.contains(tokens[subject]), subject >= 1 { subject -= 1 }
    guard tokens[subject].isWord, Self.trailingSubjects.contains(tokens[subject]) else {
      return false
    }
    let before = subject - 1
    guard before >= 0 else { return false }
    return all.contains { $0.end == before + 1 && $0.start < before + 1 && $0.score >= 0.3 }
  }

  /// Prepositions joining a participle to where, or on what, the thing is done.
  private static let whereabouts: WordSet = [
    "with", "by", "for", "to", "from", "at", "in", "on", "of", "over", "across", "under", "into",
    "onto", "near", "behind", "outside", "inside", "around", "along", "through", "beside",
  ]

  /// "are", "is": between a pronoun subject and its participle.
  private static let clauseAuxiliaries: WordSet = ["are", "is", "were", "was", "have", "has"]

  /// The employer's side as the subject of a clause trailing a thing.
  private static let trailingSubjects: WordSet = [
    "they", "theyre", "they're", "theyve", "they've", "she", "shes", "she's", "he", "hes",
    "he's", "we", "we're", "weve", "we've",
  ]
}
