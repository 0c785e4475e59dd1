/// `wrong-name`: the greeting names someone other than the interviewers.
///
/// A wrong name is the one mistake an interviewer notices at once: check the name before you
/// send it. With Priya Shah as the interviewer, "Dear Pria," and "Hi Tom," are flagged; "Dear
/// Ms Shah,", "Hi Priya and team," and "Bonjour Priya," are not. Titles and honorifics are read
/// as titles, in any language ("Dear Sister Quinn", "Respected Prof. Srinivasan", "Estimada
/// Señora Ruiz"), and the name after one is compared with the family and the given name apart:
/// "Mr Ji-hoon" to Park Ji-hoon puts a title before his given name, and "Mr Carvalho" to Ms
/// Carvalho the wrong title. Only read when the person said who they met.
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

  /// A word of the greeting and where it sits in it.
  private struct GreetingWord {
    var text: String
    var range: Range<String.Index>
    var lower: String { text.lowercased().trimming(".") }
  }

  /// The words at fault in the greeting: a name none of the interviewers has, a family title
  /// before a given name, or a title of the other sex.
  private static func wrongName(_ draft: PastedDraft, interviewers: [PersonName]) -> String? {
    guard !interviewers.isEmpty, let greeting = draft.greeting else { return nil }
    let words = words(of: greeting)
    let givens = Set(interviewers.flatMap { parts($0.given) })
    let families = Set(interviewers.flatMap { parts($0.family) })
    var title: GreetingWord?
    for (index, word) in words.enumerated() {
      let lower = word.lower
      if Honorifics.titles.contains(lower) {
        title = word
        continue
      }
      if Honorifics.salutations.contains(lower) || Honorifics.generic.contains(lower) {
        title = nil
        continue
      }
      // A name is written with a capital; "hi there" and "hey you" are not names.
      guard let first = word.text.first, first.isUppercase else { continue }
      let folded = Honorifics.folded(word.text)
      // An initial ("Prof. R. Srinivasan") stands for a given name.
      if folded.count == 1 { continue }
      // The word before an interviewer's given name opens the greeting ("Ahoj Camille"), since
      // nothing else comes before a first name.
      if index == 0, words.count > 1, givens.contains(Honorifics.folded(words[1].text)) {
        continue
      }
      guard givens.contains(folded) || families.contains(folded) else { return word.text }
      if let title {
        let span = String(greeting[title.range.lowerBound..<word.range.upperBound])
        if Honorifics.familyTitles.contains(title.lower), !families.contains(folded),
          !families.isEmpty
        {
          return span
        }
        let person = interviewers.first {
          parts($0.family).contains(folded) || parts($0.given).contains(folded)
        }
        if let said = person?.title?.lowercased().trimming(".") {
          let wrongSex =
            Honorifics.male.contains(title.lower) && Honorifics.female.contains(said)
            || Honorifics.female.contains(title.lower) && Honorifics.male.contains(said)
          if wrongSex { return span }
        }
      }
      title = nil
    }
    return nil
  }

  /// The parts of a name, compared as letters alone: "Mensah-Bonsu" gives "mensahbonsu",
  /// "mensah" and "bonsu"; "de la Cruz" gives "de", "la", "cruz" and "delacruz".
  private static func parts(_ name: String?) -> [String] {
    guard let name else { return [] }
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map {
      Honorifics.folded(String($0))
    }
    return words + [Honorifics.folded(name)]
  }

  private static func words(of greeting: String) -> [GreetingWord] {
    var result: [GreetingWord] = []
    var start: String.Index?
    var index = greeting.startIndex
    func isPart(_ character: Character) -> Bool {
      character.isLetter || character == "'" || character == "\u{2019}" || character == "-"
        || character == "."
    }
    while index < greeting.endIndex {
      if isPart(greeting[index]) {
        if start == nil { start = index }
      } else if let begin = start {
        result.append(GreetingWord(text: String(greeting[begin..<index]), range: begin..<index))
        start = nil
      }
      index = greeting.index(after: index)
    }
    if let begin = start {
      result.append(
        GreetingWord(text: String(greeting[begin...]), range: begin..<greeting.endIndex))
    }
    return result.compactMap { word in
      // "Prof." keeps its full stop for the quote; a name is compared without it.
      let text = word.text.trimming("'-\u{2019}")
      let trimmed = text.hasSuffix(".") && text.count > 1 ? text : text.trimming(".")
      return trimmed.isEmpty ? nil : GreetingWord(text: trimmed, range: word.range)
    }
  }
}
