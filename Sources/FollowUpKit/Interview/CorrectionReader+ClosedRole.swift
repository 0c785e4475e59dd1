/// A job title corrected with the word that names the fact after it: "sorry i meant the
/// assistant store manager role", "sorry its office administrator thats the proper title",
/// "nursery practitioner is the proper title sorry".
///
/// The fact word usually comes first ("the role is ..."), which the reader already follows; said
/// after the value, it closes it. The value is the clause before that word, without the words
/// that say it is the right one ("thats the proper", "is the correct") or the slip ("sorry i
/// meant the"). Read only in a message that marks itself as a correction, and only when a role
/// is held: what was never said cannot be corrected.
extension CorrectionReader {
  /// The role a clause of `text` names by closing it with a role word, or nil.
  func closedRole(_ text: String) -> String? {
    guard known.role != nil else { return nil }
    for clause in Self.clausesOf(text) {
      var words = clause.split(separator: " ").map(String.init)
      while let last = words.last?.lowercased().trimming(".,!"), Self.trailing.contains(last) {
        words.removeLast()
      }
      guard words.count >= 2, let last = words.last?.lowercased().trimming(".,!"),
        Self.roleWords.contains(last)
      else { continue }
      // "scratch the junior in the role": a clause taking words back names what goes, never
      // the new value (answers tuning 30's bt102 set the role "scratch the junior in").
      if words.contains(where: { Self.retractions.contains($0.lowercased().trimming(".,!")) }) {
        continue
      }
      words.removeLast()
      // "support worker was the old title": between the copula and the fact word, a word that
      // does not vouch for the value says it was the wrong one; the clause names the value
      // replaced, never the new one.
      if let copula = words.lastIndex(where: {
        ["is", "was", "thats", "that's"].contains($0.lowercased())
      }),
        words[(copula + 1)...].contains(where: {
          let word = $0.lowercased().trimming(".,!")
          return !Self.vouching.contains(word) && !Self.roleWords.contains(word)
        })
      {
        continue
      }
      // "thats the proper", "is the official job": the words that vouch for the value.
      while let word = words.last?.lowercased().trimming(".,!"),
        Self.vouching.contains(word) || Self.roleWords.contains(word)
      {
        words.removeLast()
      }
      let value = Self.clean(words.joined(separator: " "))
      // A value of job words, not a sentence: "i liked the role" corrects nothing.
      let valueWords = value.split(separator: " ").map { $0.lowercased() }
      guard (1...6).contains(valueWords.count),
        !valueWords.contains(where: { DirectAnswer.clauseWords.contains($0) })
      else { continue }
      return value
    }
    return nil
  }

  /// Words that name the role as the fact: "the ... role", "the proper title".
  static let roleWords: Set<String> = ["role", "job", "position", "post", "title", "vacancy"]

  /// Words saying a value is the right one, between it and the fact word.
  static let vouching: Set<String> = [
    "the", "proper", "correct", "right", "actual", "official", "real", "full", "thats", "that's",
    "is", "was", "its", "it's", "exact",
  ]

  /// A role value without a closing adverb of precision or of when it was said: "multi drop
  /// delivery driver specifically" is the driver's title said exactly, "audit associate
  /// earlier" the title meant before; a title never ends in such a word.
  static func withoutClosingAdverb(_ role: String) -> String {
    var words = role.split(separator: " ").map(String.init)
    // "sorry i meant audit associate earlier not assistant": an adverb of when it was said.
    let ofSaying: Set<String> = ["earlier", "before", "previously", "above"]
    while words.count > 1, let last = words.last?.lowercased(),
      last.count >= 9 && last.hasSuffix("ly") || ofSaying.contains(last)
    {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }
}
