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
    // "encargada de tienda.. i mean assistant store manager sorry english is my second
    // language": a last marker that opens a remark, not a value, leaves the change before it.
    var rest = text
    while let best = lastMarkerEnd(rest) {
      if let value = said(after: best, in: rest) { return value }
      guard let marker = marker(endingAt: best, in: rest) else { return nil }
      rest = String(rest[..<rest.index(best, offsetBy: -marker.count)])
    }
    return nil
  }

  /// The value said after the marker ending at `best`, or nil when what follows it is no
  /// value (an apology, a remark, the value taken back alone).
  private static func said(after best: String.Index, in text: String) -> String? {
    // "no wait thats wrong, its Reyes Heating & Air": a remark on the first value comes before
    // the new one.
    var clauses = text[best...].split(separator: ",").map(String.init)
    // "brightfields solar - not brightfields, Brightfield Solar": after "not" the first clause
    // names the value taken back; the new one follows it.
    let marker = marker(endingAt: best, in: text)
    if marker == "not" {
      guard clauses.count >= 2 else { return nil }
      clauses.removeFirst()
    }
    // "Tesco sorry for the wait": an apology, no change of mind.
    if marker == "sorry" || marker == "oops",
      let first = text[best...].split(separator: " ").first?.lowercased(),
      ["for", "about", "if", "i", "im", "i'm", "to", "again", "lol"].contains(first)
    {
      return nil
    }
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
    words = withoutRemarkAfter(words)
    guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
    let said = words.joined(separator: " ").trimming(",")
    // "osteria bellini sorry autocorrect added the s": after a bare apology a clause is a
    // remark on the value before it, which stands; only a value after it is a new one.
    // "sorry english is my second language": nor is a sentence with a verb of being or a
    // pronoun of the person's, which no name or title holds.
    let sentence = said.lowercased().split(separator: " ").contains {
      ["is", "was", "are", "were", "am", "my", "i", "im", "i'm", "me"].contains(String($0))
    }
    if marker == "sorry" || marker == "oops" || marker == "not",
      sentence || !FieldShape.isNounPhrase(said)
    {
      return nil
    }
    return said
  }

  /// The new value without a remark on it after: "section manager is the actual title",
  /// "Brightfield Solar no s", "Naidoo with an i": what the value is called, or how it is
  /// spelled, is said of the value and is no word of it.
  static func withoutRemarkAfter(_ words: [String]) -> [String] {
    let lower = words.map { $0.lowercased().trimming(",.!") }
    // "is the actual title", "is correct", "is the right one".
    if let cut = lower.indices.dropFirst().first(where: { index in
      lower[index] == "is"
        && lower[(index + 1)...].contains {
          [
            "actual", "right", "correct", "real", "proper",
            "official", "full",
          ].contains($0)
        }
        && lower.count - index <= 5
    }) {
      return Array(words[..<cut])
    }
    // "no s", "with an h", "with two t's": a letter named is a spelling remark.
    if lower.count >= 3, lower[lower.count - 2] == "no", lower[lower.count - 1].count == 1 {
      return Array(words.dropLast(2))
    }
    if lower.count >= 4, let with = lower.lastIndex(of: "with"), with >= 1,
      lower.count - with <= 3, let letter = lower.last,
      letter.count == 1 || (letter.count <= 3 && letter.hasSuffix("'s"))
    {
      return Array(words[..<with])
    }
    return words
  }

  /// The marker whose last word ends at `end`: "not", "no sorry".
  private static func marker(endingAt end: String.Index, in text: String) -> String? {
    let before = text[..<end].lowercased()
    return markers.first { before.hasSuffix($0) }
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
        // "brightfields solar - not brightfields, ...": "not" takes a value back only set off
        // from it; "the regional office not a store" describes.
        if marker == "not",
          before.trimming(" ").last.map({ !"-–—,.;".contains($0) }) ?? true
        {
          continue
        }
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
    // "the 17th. wait no the 19th, the 17th was when they phoned me": the first day after the
    // marker is the one meant; a day said after it is a remark on the one taken back.
    let earlier = DateReader.readMeeting(
      Tokenizer.tokens(String(text[..<end])), today: today)?.date
    var found: InterviewDay?
    for clause in clauses {
      var words = clause.split(separator: " ").map(String.init)
      // "wait no, the tuesday, so the 24th": after the day meant, "so" says it again more
      // exactly, and that is the day (a remark on the day taken back never opens with "so").
      if let day = found {
        guard words.first?.lowercased() == "so" else { return day }
        words.removeFirst()
        let restated = InterviewDay(reading: words.joined(separator: " "), today: today)
        return restated?.date == nil ? day : restated
      }
      // "no wait that was sunday": a remark on the day taken back.
      if let first = words.first?.lowercased(), remarks.contains(first) { continue }
      while let first = words.first?.lowercased(), openers.contains(first) || first == "on" {
        words.removeFirst()
      }
      guard !words.isEmpty else { continue }
      if let day = InterviewDay(reading: "on " + words.joined(separator: " "), today: today),
        day.date != nil, earlier == nil || day.date != earlier
      {
        found = day
      }
    }
    return found
  }

  static let markers = [
    "no sorry", "sorry no", "no wait", "wait no", "oh wait", "i mean", "i meant", "or rather",
    "scratch that", "sorry", "not", "oops",
  ]

  /// Words that open a remark on the value just given: "thats wrong", "my bad".
  static let remarks: Set<String> = [
    "thats", "that's", "that", "my", "sorry", "oops", "lol", "wrong", "ugh",
  ]

  /// Words that introduce the value after a marker: "no sorry, it is Tesco Extra Bury".
  static let openers: Set<String> = ["it", "is", "it's", "its", "was", "the", "actually"]
}
