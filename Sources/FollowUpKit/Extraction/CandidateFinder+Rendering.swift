/// Rendering a phrase as it will read in the note, turned to speak to the interviewer.
extension CandidateFinder {
  /// The whole text as one phrase, for a topic the person typed.
  func wholeText() -> Range<Int>? {
    guard let first = tokens.firstIndex(where: \.isWord) else { return nil }
    var end = first
    while end < tokens.count, tokens[end].kind != .stop { end += 1 }
    let start = skipLeadingFillers(first, limit: end)
    guard start < end else { return nil }
    return trimmed(start..<end)
  }

  /// The phrase as it will read in the note, turned to speak to the interviewer.
  /// `employerSpeaks`: the words are what someone on the employer's side said, so their "we"
  /// is the reader's side.
  func render(
    _ range: Range<Int>, prefix: [String], replacesDeterminer: Bool, employerSpeaks: Bool = false,
    keepsSymbols: Bool = false
  ) -> String {
    var perspective = Perspective(
      document: document, range: range, companyWords: companyWords,
      interviewerWords: interviewerWords, employerSpeaks: employerSpeaks,
      keepsSymbols: keepsSymbols)
    var words = perspective.rendered()
    guard !words.isEmpty else { return "" }
    if replacesDeterminer {
      if let first = words.first,
        ["a", "an", "the", "their", "its", "your", "her", "his"].contains(first.text.lowercased())
      {
        words[0].text = prefix.joined(separator: " ")
      } else {
        // "opening in Leeds": no article to replace, so the phrase stands as it is.
      }
    } else if !prefix.isEmpty {
      var lead = prefix
      // "the news that" + "their new depot" reads better than "your plans to" + "to open".
      if let first = words.first, first.text.lowercased() == lead.last { lead.removeLast() }
      if !lead.isEmpty {
        if words[0].isSentenceCase { words[0].text = words[0].text.lowercased() }
        words.insert(
          Perspective.Word(
            text: lead.joined(separator: " "), spaceBefore: false, isSentenceCase: false), at: 0)
        words[1].spaceBefore = true
      }
    }
    var output = ""
    for (offset, word) in words.enumerated() {
      if offset > 0 && word.spaceBefore { output += " " }
      // "in march", "by january": a month typed in lower case is written as a name.
      let lower = word.text.lowercased()
      if offset > 0, Self.months.contains(lower),
        Self.beforeMonth.contains(words[offset - 1].text.lowercased())
      {
        output += lower.capitalisedFirst()
      } else if lower == "its", isContractedIts(at: offset, in: words) {
        output += word.text.first == "I" ? "It's" : "it's"
      } else {
        // "germany", "sql": a name typed in lower case is written as a name.
        output += ProperSpelling.spelling(of: word.text)
      }
    }
    return output
  }

  /// The thing at `range` with a relative clause of `words` at `at`, its determiner made
  /// "the": "the travel vaccine clinic you're launching in January".
  /// A thing named with no determiner ("weekend brunch thing theyre starting") takes "the",
  /// and the chat's word for a topic closing it is left out.
  func renderRelative(_ range: Range<Int>, at: Int, words: [String]) -> String {
    var thingEnd = at
    if thingEnd - range.lowerBound > 1,
      TypedReference.topicWords.contains(tokens[thingEnd - 1].lower)
    {
      thingEnd -= 1
    }
    var thing = render(range.lowerBound..<thingEnd, prefix: ["the"], replacesDeterminer: true)
    if !Self.openingDeterminers.contains(tokens[range.lowerBound]) { thing = "the " + thing }
    let rest =
      at < range.upperBound
      ? render(at..<range.upperBound, prefix: [], replacesDeterminer: false) : ""
    return ([thing] + words + (rest.isEmpty ? [] : [rest])).joined(separator: " ")
  }

  /// "when its windy", "if its raining": "its" typed for "it's". A possessive "its" needs a
  /// thing and then a verb ("when its battery dies"); after a word that opens a clause, one
  /// word closing the clause cannot be both, so the "its" is "it is".
  private func isContractedIts(at offset: Int, in words: [Perspective.Word]) -> Bool {
    guard offset > 0, offset + 1 < words.count,
      Self.clauseOpeners.contains(words[offset - 1].text.lowercased())
    else { return false }
    let after = offset + 2
    return after == words.count
      || Self.clauseClosers.contains(words[after].text.lowercased())
  }

  /// Words that open a clause whose subject follows: "when", "if", "because".
  private static let clauseOpeners: WordSet = [
    "when", "if", "because", "cos", "while", "once", "unless", "until", "whenever", "as",
  ]

  /// Words after which a new clause or phrase begins: the one before them closed a clause.
  private static let clauseClosers: WordSet = [
    "and", "but", "so", "or", "because", "then", "in", "at", "on", "for", "outside",
  ]

  private static let months: WordSet = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Words after which a month's name is a month: "in march", not "march on".
  private static let beforeMonth: WordSet = [
    "in", "by", "from", "until", "since", "next", "last", "this", "early", "late", "mid", "before",
    "after",
  ]
}
