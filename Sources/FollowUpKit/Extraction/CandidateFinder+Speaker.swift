/// Who brought a topic up: the subject of the verb that reports it or the enthusiasm around it.
///
/// A note goes to one person, and the judged notes credited that person with what another
/// said ("hearing you talk about the sensory room" to the principal, when the deputy had), so
/// each candidate records its speaker where the sentence names one: an interviewer ("Lisa said
/// ...", "Ms Castellanos told me about ..."), someone else named with a capital ("Jen was
/// excited about ...", "Jen from safety was really into ..."), or a person by their job ("the
/// deputy got very animated about ...", matched later to an interviewer's job). A pronoun or
/// the company names nobody, and a capitalised word that is a common noun opening the sentence
/// ("Management is excited about ...") is no name.
extension CandidateFinder {
  /// The speaker named by the subject at `index`, as recorded in `Topic.speaker`: an
  /// interviewer's word in lower case, another person's name as typed, or a job word in lower
  /// case after "the"; nil when the subject names nobody.
  func speaker(at index: Int?) -> String? {
    guard var index, tokens[index].kind == .word else { return nil }
    // "Jen from safety was excited": the person stands before "from" and their team.
    if index >= 2, tokens[index - 1].lower == "from", tokens[index - 2].isCapitalized {
      index -= 2
    }
    let token = tokens[index]
    if interviewerWords.contains(token) { return token.lower }
    if Self.firstPerson.contains(token) || isCompanySide(token)
      || Lexicon.Lookup.stopwords.contains(token)
    {
      return nil
    }
    let typed = document.text(token)
    if token.isCapitalized, typed.contains(where: \.isLowercase),
      typed.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }),
      !RoleTitle.isPersonNoun(typed), !Lexicon.Lookup.generic.contains(token),
      !Self.unnamedSubjects.contains(token)
    {
      return typed
    }
    // "the deputy", "their manager": a person by their job, matched to an interviewer later.
    if !token.isCapitalized, index > 0,
      ["the", "their", "your", "our"].contains(tokens[index - 1].lower),
      RoleTitle.isPersonNoun(token.lower)
    {
      return token.lower
    }
    return nil
  }

  /// Capitalised words that open a sentence as its subject without naming a person.
  private static let unnamedSubjects: WordSet = [
    "everyone", "everybody", "someone", "somebody", "nobody", "management", "staff", "both",
    "one", "another", "each", "all", "people", "interviewer", "interviewers", "panel",
  ]
}
