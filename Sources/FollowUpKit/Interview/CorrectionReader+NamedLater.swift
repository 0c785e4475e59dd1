/// Someone met but not named, named later: "oh I remember now the matron is Mrs Bhatt, Anita
/// Bhatt" after "the matron was there but I forgot her name".
///
/// The person said who was there by their job; a clause that says that job "is" a name names
/// that same person, at whatever question it comes. The name takes the place of the nameless
/// one, who keeps their job, and nothing else is read from the message (not the company asked
/// for, which the name would otherwise become).
extension CorrectionReader {
  /// The interviewers with the nameless one whose job the message names given that name; nil
  /// when no clause names a held nameless person's job before a copula and a name after it.
  func namedLater(_ text: String) -> Correction? {
    guard let people = known.interviewers,
      let index = people.firstIndex(where: { $0.isUnnamed && $0.job != nil }),
      let job = people[index].job
    else { return nil }
    let jobWords = Set(job.lowercased().split(separator: " ").map(String.init))
    let words = text.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(".,!") }
    guard
      let copula = lower.indices.first(where: {
        ["is", "was", "is:"].contains(lower[$0]) && $0 > 0 && jobWords.contains(lower[$0 - 1])
      }), copula + 1 < words.count
    else { return nil }
    guard
      let named = DirectAnswer.people(words[(copula + 1)...].joined(separator: " ")),
      named.count == 1, var person = named.first, !person.isNameless
    else { return nil }
    person.job = person.job ?? job
    var updated = people
    updated[index] = person
    return .interviewers(updated)
  }
}
