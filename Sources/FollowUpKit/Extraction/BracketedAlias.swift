/// A name in brackets that gives another form of the name just before it: "mo from comms
/// (mohammed i think)", "liz (elizabeth)", "Dave Hughes (David really)".
///
/// People add the full or real form of a name they used, often unsure of it. Read as one more
/// mention, it made a third interviewer ("you met Helen Stokes, Mo and Mohammed": tuning 21),
/// and the note greeted someone who was never there. A bracket that holds only a name (with a
/// hedge on it, "i think", "really") after a mention that already names someone is that
/// person's other name; the person is greeted by the form used first. A bracket after a mention
/// that names no one ("the head of hr (sarah)") is the name itself and is left to be read; so is
/// a bracket with a title ("(mr harris)"), a job, or a clause, and the name in full that repeats
/// a word of it ("Ms Kim (Kim Soo-yeon)").
enum BracketedAlias {
  /// The reply with each bracketed other name of the person before it taken out.
  static func withoutAliases(_ text: String) -> String {
    guard text.contains("(") else { return text }
    var result = text
    var searchFrom = result.startIndex
    while let open = result[searchFrom...].firstIndex(of: "("),
      let close = result[open...].firstIndex(of: ")")
    {
      let inside = String(result[result.index(after: open)..<close])
      let before = String(result[..<open])
      if isAlias(inside, after: before) {
        // A comma keeps apart what the bracket did: "mrs khan (nadia) payroll manager".
        result.replaceSubrange(open...close, with: ",")
        searchFrom = open
      } else {
        searchFrom = result.index(after: close)
      }
      guard searchFrom < result.endIndex else { break }
    }
    var tidied = result.split(separator: " ").joined(separator: " ").replacing(" ,", with: ",")
    while tidied.contains(",,") { tidied = tidied.replacing(",,", with: ",") }
    return tidied.trimming(" ,")
  }

  /// Whether the words in brackets are only a name, and the mention before them names someone.
  private static func isAlias(_ inside: String, after before: String) -> Bool {
    let typed = inside.split(whereSeparator: { " ,".contains($0) }).map(String.init)
    let words = typed.filter { !hedges.contains($0.lowercased()) }
    guard (1...3).contains(words.count), words.count < typed.count || typed.count <= 2,
      !words.contains(where: { DirectAnswer.clauseWords.contains($0.lowercased()) }),
      !words.contains(where: { PeopleAnswer.jobWords.contains($0.lowercased()) }),
      let name = DirectAnswer.namePart(words), name.title == nil
    else { return false }
    // The mention just before the bracket: from the last word that joins people.
    let mention = before.lowercased().components(separatedBy: " and ").last ?? before
    guard let person = PeopleAnswer.read(mention).last, !person.fullWords.isEmpty,
      !person.fullWords.allSatisfy({ PeopleAnswer.jobWords.contains($0.lowercased()) })
    else { return false }
    // "Ms Kim (Kim Soo-yeon)": a bracket sharing a word with the name is the name in full,
    // read as such by `PeopleAnswer`. "mrs khan (nadia)": her first name, greeted as before.
    let held = Set(person.fullWords.map { $0.lowercased() })
    return held.isDisjoint(with: words.map { $0.lowercased() })
  }

  /// The hedges people put on a name they are unsure of, or on which form is the real one: a
  /// closed class of adverbs and the clause "I think".
  private static let hedges: Set<String> = [
    "i", "think", "believe", "guess", "really", "actually", "officially", "properly", "formally",
    "maybe", "probably", "apparently", "full", "name", "short", "for", "is", "technically",
  ]
}
