/// A reply to "Who interviewed you?" that counts the people: "3 of them, the head, a governor
/// and someone from hr called dee", "two of them, ...".
///
/// A count is the person's own word that everyone described was there, so each person described
/// without a name is kept as one unnamed interviewer, as when the person says a name was not
/// caught. Without a count a description alone is asked about again, for a name.
enum PanelCount {
  /// Whether the reply opens by counting the people. "A panel" alone counts no one: people
  /// list the panel members they can name ("a panel - Mrs Amadi, Mr Obi and someone from the
  /// governors" is two to write to).
  ///
  /// ```swift
  /// PanelCount.counts("3 of them, the head, a governor and dee")  // true
  /// PanelCount.counts("the head")  // false
  /// ```
  static func counts(_ text: String) -> Bool {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(
      String.init)
    guard let first = words.first else { return false }
    let isNumber = numbers.contains(first) || Int(first).map { (2...9).contains($0) } == true
    guard isNumber, words.count >= 2 else { return false }
    return ["of", "on"].contains(words[1]) || countedNouns.contains(words[1])
  }

  /// Whether a mention is nothing but the count: "two people", "two person" (as a learner of
  /// English says it), "3 ppl", "two of them". It names no one, and a name after it is a
  /// name of its own (tuning 39's ca001 met "Gary Claire" after "two person.").
  static func isCountAlone(_ mention: String) -> Bool {
    let words = mention.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(
      String.init)
    guard words.count >= 2, words.count <= 3, let first = words.first,
      numbers.contains(first) || Int(first).map({ (2...9).contains($0) }) == true
    else { return false }
    return words.count == 2
      ? countedNouns.contains(words[1]) : words.dropFirst() == ["of", "them"]
  }

  /// The nouns a count of the people is said with.
  static let countedNouns: Set<String> = [
    "people", "person", "persons", "ppl", "interviewers", "guys", "ladies", "women", "men",
  ]

  static let numbers: Set<String> = [
    "two", "three", "four", "five", "2", "3", "4", "5",
  ]
}
