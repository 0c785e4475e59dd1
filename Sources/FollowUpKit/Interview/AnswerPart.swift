/// The part of a whole sentence that has the shape of the answer asked for, used when the
/// question has been answered twice with nothing read: the answer is then taken, and shown,
/// rather than asked for a third time.
///
/// People answer inside a sentence: "bell & sons? no wait thats my name lol its Reyes Heating &
/// Air", "hale and whitcombe (its an & in the name)". Two shapes carry the answer. A run of words
/// the person capitalised in a message otherwise typed in lower case is a name they took care
/// over; with a self-correction, the last such run is the one meant. Otherwise the answer comes
/// first and the remark after it, so the first clause is the answer. Either is refused when it
/// is a value another fact already holds (the person's own name is not the company).
///
/// ```swift
/// AnswerPart.likely(in: "hale and whitcombe (its an & in the name)", for: .company, known: Facts())
/// // "hale and whitcombe"
/// ```
enum AnswerPart {
  /// The likely answer inside `text`, or nil when no part has the answer's shape.
  static func likely(in text: String, for question: Question, known: Facts) -> String? {
    let longest = question == .company ? 8 : 4
    let runs = capitalisedRuns(text).filter { $0.count <= longest }
    // A company corrected within the message is the last one named; a name comes first.
    let run = question == .company ? runs.last : runs.first
    if let run, !isHeld(run, known) { return run.joined(separator: " ") }
    var words = CompanyAnswer.firstClause(text).split(separator: " ").map(String.init)
    while let first = words.first, CompanyAnswer.openers.contains(first.lowercased()) {
      words.removeFirst()
    }
    guard (1...min(longest, 6)).contains(words.count),
      !words.contains(where: { DirectAnswer.clauseWords.contains($0.lowercased()) }),
      !isHeld(words, known)
    else { return nil }
    return words.joined(separator: " ").trimming(" .,;:")
  }

  /// Runs of capitalised words, joined by the small words names hold ("Reyes Heating & Air",
  /// "Bank of Ireland"), in a message that is not all capitals or all title case.
  static func capitalisedRuns(_ text: String) -> [[String]] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map {
      String($0).trimming(",.?!;:()\"")
    }.filter { !$0.isEmpty }
    func capitalised(_ word: String) -> Bool {
      word.first?.isUppercase == true && word != "I" && !word.hasPrefix("I'")
    }
    // A message typed with capitals throughout says nothing by its capitals.
    let lower = words.filter { $0.first?.isLowercase == true }.count
    guard lower * 2 >= words.count else { return [] }
    var runs: [[String]] = []
    var current: [String] = []
    for word in words {
      if capitalised(word) {
        current.append(word)
      } else if !current.isEmpty, joiners.contains(word.lowercased()) {
        current.append(word)
      } else {
        while let last = current.last, !capitalised(last) { current.removeLast() }
        if !current.isEmpty { runs.append(current) }
        current = []
      }
    }
    while let last = current.last, !capitalised(last) { current.removeLast() }
    if !current.isEmpty { runs.append(current) }
    // The keyboard capitalises a message's first word: "Its Reyes Heating" names Reyes Heating.
    return runs.compactMap { run in
      let kept = run.drop { word in
        let lower = word.lowercased()
        return CompanyAnswer.openers.contains(lower) || DirectAnswer.clauseWords.contains(lower)
      }
      return kept.isEmpty ? nil : Array(kept)
    }
  }

  /// Small words inside a name: "Bank of Ireland", "Reyes Heating & Air", "van der Berg".
  static let joiners: Set<String> = ["&", "and", "of", "the", "de", "van", "der", "von", "da"]

  /// Whether the words are a value another fact holds: the person's own name.
  static func isHeld(_ words: [String], _ known: Facts) -> Bool {
    guard let own = known.name?.fullWords.map({ $0.lowercased() }), !own.isEmpty else {
      return false
    }
    return words.contains { own.contains($0.lowercased()) }
  }
}
