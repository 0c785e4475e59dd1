/// Who said the thing, when a typed topic ends by saying so.
///
/// People name the topic they pick by who brought it up: "the utility AI rebuild Mei talked
/// about", "the co-dev stuff Ben mentioned", "the garden thing she showed me". The clause is
/// how they point at the thing, never part of it: printed, it read "our conversation about the
/// utility AI rebuild Mei talked." in the note to Mei herself. The thing is read without it,
/// and the speaker, when named, is kept as the topic's `speaker`, so the note to Mei speaks of
/// it to her and a note to another interviewer credits Mei (`TopicSpeaker`).
///
/// ```swift
/// TypedSpeaker.split("the co-dev stuff Ben mentioned")  // ("the co-dev stuff", "Ben")
/// TypedSpeaker.split("the garden thing she showed me")  // ("the garden thing", nil)
/// TypedSpeaker.split("the new depot")  // nil
/// ```
enum TypedSpeaker {
  /// The thing without the closing clause, and the speaker's name (nil for a pronoun); nil
  /// when the words close with no such clause. `names`: the interviewers' names, lower case, so
  /// a name typed in lower case ("mei talked about") is still known as one.
  static func split(_ text: String, names: Set<String> = [])
    -> (thing: String, speaker: String?)?
  {
    let words = text.split(separator: " ").map(String.init)
    func plain(_ index: Int) -> String { words[index].lowercased().trimming(",.!?;:") }
    // "about", "me", "us", "on": what the verb takes closing the clause.
    var end = words.count
    while end > 0, closers.contains(plain(end - 1)) { end -= 1 }
    guard end >= 3 else { return nil }
    var verb = end - 1
    let verbWord = plain(verb)
    guard verbs.contains(verbWord) || verbWord.hasSuffix("ing") && verbs.contains(ingStem(verbWord))
    else { return nil }
    // "raj was talking about", "she kept showing us": an auxiliary before the verb's "-ing".
    if verbWord.hasSuffix("ing") {
      guard verb >= 2, auxiliaries.contains(plain(verb - 1)) else { return nil }
      verb -= 1
    }
    let subject = verb - 1
    guard subject >= 2 else { return nil }
    let said = words[subject].trimming(",.!?;:")
    let lower = said.lowercased()
    let isPronoun = pronouns.contains(lower)
    // A name: typed with a capital, or one of the interviewers' names typed in lower case.
    let isName =
      !isPronoun && said.first?.isUppercase == true && said.dropFirst().allSatisfy(\.isLetter)
      || names.contains(lower)
    guard isPronoun || isName else { return nil }
    // "Director Lee", "Dr Wood", "Mei Chen": a title, a job word used as one, or another of
    // an interviewer's names before the name is the speaker's too; "what" or "that" before
    // them opens the clause (", what Director Lee talked about").
    var start = subject
    if isName {
      while start > 2 {
        let before = words[start - 1]
        let lower = before.lowercased().trimming(".")
        guard !before.hasSuffix(","),
          PersonName.titles[lower] != nil || PeopleAnswer.jobWords.contains(lower)
            || names.contains(lower)
        else { break }
        start -= 1
      }
    }
    if start > 2, relatives.contains(words[start - 1].lowercased()) { start -= 1 }
    // The thing before it must be a thing: "the X" with a word of its own, not a verb's end.
    let thing = words[..<start].joined(separator: " ").trimming(" ,")
    guard thing.split(separator: " ").count >= 2 else { return nil }
    return (thing, isPronoun ? nil : said)
  }

  private static func ingStem(_ word: String) -> String {
    let stem = String(word.dropLast(3))
    // "talking" -> "talked"; "going" is no verb of saying here.
    return stem + "ed"
  }

  /// Verbs of telling, in the past: "talked about", "mentioned", "showed me".
  private static let verbs: WordSet = [
    "talked", "mentioned", "said", "explained", "described", "showed", "told", "spoke",
    "raised", "brought", "discussed", "pitched", "presented", "walked",
  ]

  private static let auxiliaries: WordSet = ["was", "were", "kept", "is", "been"]

  /// Words that close the clause after its verb.
  private static let closers: WordSet = [
    "about", "of", "on", "me", "us", "up", "through", "abt", "bout", "earlier", "too", "lol",
  ]

  private static let pronouns: WordSet = ["he", "she", "they"]

  /// Words that open the clause before its subject: ", what Director Lee talked about".
  private static let relatives: WordSet = ["what", "that", "which"]
}
