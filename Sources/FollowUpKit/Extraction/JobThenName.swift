/// An answer about who interviewed that names the job first and the person after it: "area
/// manager gary", "shift lead tasha", "panel, chair was helen marsh (mrs)".
///
/// Typed in lower case, nothing marks where the job ends but the job's own words, so the words
/// after the last of them (after "was" or "is", if said) are the person: the name the person
/// gave, greeted as such, with the job kept as theirs. A title the person put after the name in
/// brackets ("(mrs)") is the name's title. Only a short answer that ends on the name is read
/// this way: "the manager was nice" names no one.
enum JobThenName {
  /// Each comma clause read on its own, when the whole answer is not one job and one name:
  /// "transport manager gary, and one shift supervisor" named Gary, and someone unnamed. Nil
  /// when no clause names anyone.
  static func readEach(_ text: String) -> [PersonName]? {
    let clauses = text.split(separator: ",").map { clause in
      String(clause).trimming(" ")
    }
    guard clauses.count >= 2 else { return nil }
    let people = clauses.compactMap { clause -> PersonName? in
      var words = clause.split(separator: " ").map(String.init)
      if words.first?.lowercased() == "and" { words.removeFirst() }
      // "i dont know who it was honestly": a clause with a pronoun or a verb is a sentence
      // about the person, never a job and a name.
      let joined = words.joined(separator: " ")
      guard FieldShape.isNounPhrase(joined),
        !words.contains(where: { DirectAnswer.clauseWords.contains($0.lowercased()) })
      else { return nil }
      return read(joined)
    }
    return people.isEmpty ? nil : people
  }

  static func read(_ text: String) -> PersonName? {
    var typed = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).map(
      String.init)
    guard (2...9).contains(typed.count) else { return nil }
    // "(mrs)" after the name: its title.
    var title: String?
    if let last = typed.last, last.hasPrefix("("), last.hasSuffix(")"),
      let known = PersonName.titles[last.lowercased().trimming("().")]
    {
      title = known
      typed.removeLast()
    }
    let words = typed.map { $0.lowercased().trimming(".;:!") }
    guard let jobAt = words.lastIndex(where: PeopleAnswer.jobWords.contains) else { return nil }
    var start = jobAt + 1
    if start < words.count, ["was", "is", "called", "named"].contains(words[start]) { start += 1 }
    let name = Array(typed[start...])
    guard (1...3).contains(name.count),
      name.allSatisfy({ DirectAnswer.isNameShaped($0) && !$0.contains("(") }),
      !name.map({ $0.lowercased() }).contains(where: { word in
        PeopleAnswer.jobWords.contains(word) || PeopleAnswer.chatterWords.contains(word)
          || GreetingCue.notNames.contains(word) || DirectAnswer.sentenceWords.contains(word)
      }),
      var person = PersonName(parsing: ([title].compactMap { $0 } + name).joined(separator: " "))
    else { return nil }
    let leading: Set<String> = ["the", "a", "panel", "and", "our", "my"]
    let job = Array(words.prefix(jobAt + 1)).drop(while: { leading.contains($0) })
    person.job = job.isEmpty ? nil : job.joined(separator: " ")
    return person
  }
}
