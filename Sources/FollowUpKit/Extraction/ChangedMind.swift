/// A person who changes their mind inside one answer: "Wilko... no sorry, it is Tesco Extra
/// Bury", "cashier, i mean customer assistant". What they say last is what they mean.
///
/// Read only at a question that asks for one value (a company, a role), where two values in one
/// reply with a correction marker between them can only be a change of mind; at "how did it
/// go?" the same words ("i mean it was fine") are the answer itself.
enum ChangedMind {
  /// The words after the last correction marker that follows something said, with the words
  /// that introduce a value ("it is", "its") taken off; nil when the reply holds no change.
  static func lastSaid(_ text: String) -> String? {
    guard let best = lastMarkerEnd(text) else { return nil }
    // "no wait thats wrong, its Reyes Heating & Air": a remark on the first value comes before
    // the new one.
    var clauses = text[best...].split(separator: ",").map(String.init)
    while clauses.count > 1, let first = clauses.first?.split(separator: " ").first?.lowercased(),
      remarks.contains(first.trimming(".!"))
    {
      clauses.removeFirst()
    }
    var words = clauses.joined(separator: ",").split(whereSeparator: { $0 == " " })
      .map { String($0).trimming(".;:-–— ") }.filter { !$0.trimming(",").isEmpty }
    // A comma after a word stays: "Murphys Bakehouse, the one in Dingle" ends the name there.
    while let first = words.first?.lowercased(), openers.contains(first.trimming(",")) {
      words.removeFirst()
    }
    guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
    return words.joined(separator: " ").trimming(",")
  }

  /// Where the last correction marker that follows something said ends; nil when there is none.
  private static func lastMarkerEnd(_ text: String) -> String.Index? {
    let lower = text.lowercased()
    var best: String.Index?
    for marker in markers {
      var searchStart = lower.startIndex
      while let range = lower.range(of: marker, range: searchStart..<lower.endIndex) {
        searchStart = range.upperBound
        // A marker is whole words, after something said: "no sorry" in "Wilko... no sorry".
        let before = lower[..<range.lowerBound]
        let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
        guard before.contains(where: \.isLetter), before.last.map({ !$0.isLetter }) ?? false,
          after.map({ !$0.isLetter }) ?? true
        else { continue }
        if best.map({ range.upperBound > $0 }) ?? true { best = range.upperBound }
      }
    }
    return best
  }

  /// The day said after the last correction marker, read as at the question for the day: in
  /// "22 of November, no wait that was sunday. it was 24th" it is the 24th, the clause before it
  /// a remark on the day set aside. Nil when the reply holds no change or no day after it.
  static func lastDay(_ text: String, today: CivilDate) -> InterviewDay? {
    guard let end = lastMarkerEnd(text) else { return nil }
    // Cut at every stop: a weekday's full stop ends a sentence here ("that was sunday. it was
    // 24th"), where no name's abbreviation can stand.
    let clauses = text[end...].split(whereSeparator: { ",.;!".contains($0) }).map(String.init)
    for clause in clauses.reversed() {
      var words = clause.split(separator: " ").map(String.init)
      while let first = words.first?.lowercased(), openers.contains(first) || first == "on" {
        words.removeFirst()
      }
      guard !words.isEmpty else { continue }
      if let day = InterviewDay(reading: "on " + words.joined(separator: " "), today: today),
        day.date != nil
      {
        return day
      }
    }
    return nil
  }

  static let markers = [
    "no sorry", "sorry no", "no wait", "wait no", "oh wait", "i mean", "i meant", "or rather",
    "scratch that",
  ]

  /// Words that open a remark on the value just given: "thats wrong", "my bad".
  static let remarks: Set<String> = [
    "thats", "that's", "that", "my", "sorry", "oops", "lol", "wrong", "ugh",
  ]

  /// Words that introduce the value after a marker: "no sorry, it is Tesco Extra Bury".
  static let openers: Set<String> = ["it", "is", "it's", "its", "was", "the", "actually"]
}
