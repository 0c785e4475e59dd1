/// `wrong-name`: the greeting names someone other than the interviewers.
///
/// A wrong name is the one mistake an interviewer notices at once: check the name before you
/// send it. With Priya Shah as the interviewer, "Dear Pria," and "Hi Tom," are flagged; "Dear
/// Ms Shah,", "Hi Priya and team," and "Bonjour Priya," are not. Only read when the person said
/// who they met.
struct WrongNameRule: ReviewRule {
  static let code = Finding.Code.wrongName

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard let name = Self.wrongName(draft.pasted, interviewers: draft.interviewers) else {
      return nil
    }
    let expected = draft.interviewers.map(\.full).spokenList
    return finding(
      "It greets \(quoted(name)), but you told me you met \(expected). Check the name before you send it."
    )
  }

  /// Greetings in the languages people write to: "Bonjour Camille" greets Camille. Words that
  /// are also given names ("Dia", "Ora") are left to the rule about the word before a first name.
  static let salutations: Set<String> = [
    "dear", "hi", "hello", "hey", "hiya", "howdy", "greetings", "morning", "good", "afternoon",
    "evening", "bonjour", "bonsoir", "salut", "hola", "buenos", "buenas", "días", "dias", "ciao",
    "buongiorno", "hallo", "guten", "hej", "olá", "cześć", "dzień", "dobry", "namaste", "shalom",
    "yo",
  ]

  /// A name in the greeting that is none of the interviewers'.
  private static func wrongName(_ draft: PastedDraft, interviewers: [PersonName]) -> String? {
    guard !interviewers.isEmpty, let greeting = draft.greeting else { return nil }
    let given = Set(interviewers.compactMap { $0.given?.lowercased() })
    let known = Set(interviewers.flatMap { [$0.given, $0.family].compactMap { $0?.lowercased() } })
      .union(
        interviewers.flatMap {
          ($0.family ?? "").lowercased().split(separator: " ").map(String.init)
        })
    let generic: Set<String> = [
      "hiring", "team", "manager", "sir", "madam", "all", "there", "everyone", "both", "panel",
      "recruitment", "and", "to", "whom", "it", "may", "concern", "colleagues", "friends",
    ]
    let words = greeting.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(
      String.init)
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      if PersonName.titles[lower] != nil || generic.contains(lower) || salutations.contains(lower) {
        continue
      }
      // The word before an interviewer's given name opens the greeting ("Ahoj Camille"), since
      // nothing else comes before a first name.
      if index == 0, words.count > 1, given.contains(words[1].lowercased()) { continue }
      if !known.contains(lower) { return word }
    }
    return nil
  }
}
