/// Ranks and offices of more than one word: "Chief Inspector Rachel Obi", "Deputy Governor Ruth
/// Nkemelu", "Detective Sergeant Amy Cole".
///
/// A rank word ("Inspector", "Sergeant", "Matron") is known; the word before it is not, and no
/// list of them can be complete ("Chief", "Deputy", "Detective", "Senior", "Ward"). Position is
/// the evidence: a mention never opens with a word of a name and then a rank, so a plain word
/// directly before a rank that opens the mention qualifies the rank, and the greeting keeps the
/// whole office ("Dear Chief Inspector Obi"), as the person said it.
extension PeopleAnswer {
  /// The whole office when the mention opens with a word, a rank and a name after it; nil
  /// otherwise.
  static func rankPhrase(_ words: [String]) -> String? {
    guard words.count >= 3 else { return nil }
    let first = words[0]
    let lower = first.lowercased()
    guard let rank = PersonName.titles[words[1].lowercased().trimming(".")],
      rankTitles.contains(rank),
      PersonName.titles[lower.trimming(".")] == nil,
      first.allSatisfy(\.isLetter), first.count >= 3,
      !DirectAnswer.sentenceWords.contains(lower), !describing.contains(lower),
      !otherFacts.contains(lower), !openers.contains(where: { $0.first == lower }),
      // Typed with capitals, the office has them on both words ("Chief Inspector"); in lower
      // case, case is no evidence either way.
      first.first?.isUppercase == true || words.allSatisfy({ $0 == $0.lowercased() }),
      DirectAnswer.namePart(Array(words[2...])) != nil
    else { return nil }
    return PersonName.capitaliseName(lower) + " " + rank
  }

  /// Titles that are ranks or offices, which take a word before them: not social titles ("HR Mrs
  /// Amadi" is a team and a name) nor trades ("head chef Paolo" is a job and a name).
  static let rankTitles: Set<String> = PersonName.ranks.union(["Matron", "Sister", "Cllr"])
}
