/// A reply to "Which company?" kept as the person typed it.
///
/// A company's own punctuation is part of its name: "Infogain Solutions Pvt. Ltd.", "Scoil
/// Mhuire N.S.", "Grind & Co.", "Caring Hands (Fife)", "The Grange at Tower Hill". The word
/// reader cuts at every full stop and bracket, so when the person capitalised the answer
/// themselves, the answer's first clause is taken whole instead: only the words around it ("it's",
/// "at") and a remark in lower case after it ("Ledgerly (fintech startup)") come off.
enum CompanyAnswer {
  /// The answer as typed, or nil when it is typed in lower case (the reader capitalises it), holds
  /// a sentence, or is not the answer `read` the word reader found in it.
  static func asTyped(_ text: String, read: String) -> String? {
    var answer = firstClause(text)
    var words = answer.split(separator: " ").map(String.init)
    while let first = words.first, openers.contains(first) { words.removeFirst() }
    // A full stop ends the answer unless it ends an abbreviation: "Inc.", "N.S.", "Co.".
    if let last = words.last, last.hasSuffix("."), !isAbbreviation(last) {
      words[words.count - 1] = String(last.dropLast())
    }
    answer = words.joined(separator: " ").trimming(" ,;:!")
    guard (1...8).contains(words.count), answer.contains(where: \.isUppercase),
      !words.contains(where: DirectAnswer.clauseWords.contains)
    else { return nil }
    // The same answer as the reader's, with more of it or a remark less.
    let (typed, found) = (CorrectionReader.folded(answer), CorrectionReader.folded(read))
    guard !typed.isEmpty, !found.isEmpty, typed.contains(found) || found.hasPrefix(typed) else {
      return nil
    }
    return answer
  }

  /// The text up to the first comma, dash, question or exclamation mark, or bracket holding a
  /// lower-case remark; a bracket holding capitals ("(Fife)") is part of the name.
  static func firstClause(_ text: String) -> String {
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if ",;!?\n".contains(character) { break }
      if character == " ", text[index...].hasPrefix(" - ") { break }
      if character == "(" {
        let rest = text[text.index(after: index)...]
        let inside = rest.prefix { $0 != ")" }
        if inside.first?.isUppercase != true { break }
      }
      result.append(character)
      index = text.index(after: index)
    }
    return result.trimming(" ")
  }

  /// "Inc.", "Pvt.", "N.S.": a word whose full stop belongs to it.
  static func isAbbreviation(_ word: String) -> Bool {
    let bare = word.dropLast()
    return bare.contains(".") || abbreviations.contains(bare.lowercased())
  }

  /// Legal forms and titles of organisations written with a full stop.
  static let abbreviations: Set<String> = OrganisationNouns.legalSuffixes.union([
    "pvt", "corp", "bros", "intl", "assoc", "st", "dept", "mfg", "pty", "gmbh", "sa", "ag",
  ])

  /// Words before an answer, typed in lower case: "it's Acme", "at Acme", "the Hillcrest
  /// Academy" (a capital "The" is the name's own).
  static let openers: Set<String> = [
    "it's", "its", "it", "was", "is", "at", "with", "for", "called", "company", "the",
  ]
}
