/// The person's stance on how it went, read before the verdict words: whether they say they
/// cannot tell, and whether they weigh one part against another.
///
/// The word scores in `OutcomeReader.read` see "good" and "not sure" as two votes. People mean
/// more than that: "not sure, she was hard to read" commits to nothing whatever else follows;
/// "it was good but the salary was low" is a reservation, so mixed; "went ok i think" reports
/// that it went fine. Read in that order: not knowing, then a contrast, then the words.
extension OutcomeReader {
  /// `.unsure` when the person says they cannot tell how it went; `.mixed` when a verdict is
  /// set against a reservation across "but", "though", "except"; nil when neither is said.
  static func stance(_ text: String) -> Outcome? {
    let words = allWords(text)
    guard !words.isEmpty else { return nil }
    // "hard to say, some bits good some not so good": not knowing the verdict, then both
    // sides told, is mixed.
    if saysNotKnowing(words) { return weighsBothSides(words) ? .mixed : .unsure }
    // "not great. not awful. somewhere in between": the person's own word for a place
    // between the two verdicts is the answer, whichever came first (tuning 29's br108).
    if let between = words.firstIndex(of: "between"), between > 0,
      ["in", "somewhere", "inbetween"].contains(words[between - 1])
    {
      return .mixed
    }
    // "good overall, not sure about the maths question": a doubt about a part is a reservation.
    if doubtsPart(words), let verdict = read(tokens(words), strict: false), verdict != .badly {
      return .mixed
    }
    // "the cook-off went well, the chat part less so": the reservation closes the answer.
    if let less = words.firstIndex(of: "less"), less + 1 < words.count, words[less + 1] == "so",
      read(tokens(Array(words[..<less])), strict: false) == .well
    {
      return .mixed
    }
    // A clear verdict opening the answer wins over a reservation told later ("bad honestly.
    // the coding round was okay but ..."), unless the reservation follows it at once ("good,
    // but I got stuck on ...").
    if let lead = leadingVerdict(text), lead != .mixed, !reservationFollowsLead(text) {
      // "grand mostly, froze on one of the technical ones": a verdict hedged as mostly true,
      // then the part that was not, is mixed.
      if lead == .well, hedgesLead(text), negative.keys.contains(where: words.contains) {
        return .mixed
      }
      // "Not my best. I rambled ..., but the part about my dashboard project went really
      // well": a part that went the other way, said after "but", weighs against the opening
      // (answers tuning 36's cf238 was read as bad).
      if let but = words.lastIndex(of: "but"), words[(but + 1)...].contains("went"),
        let turned = read(tokens(Array(words[(but + 1)...])), strict: false),
        turned != lead, turned != .mixed
      {
        return .mixed
      }
      return lead
    }
    return contrast(text)
  }

  /// A good part and a bad one both told: a verdict word that is not negated, and one that is
  /// bad or negated ("not so good"). Used after the person says they cannot tell overall.
  static func weighsBothSides(_ words: [String]) -> Bool {
    var good = false
    var bad = false
    for (index, word) in words.enumerated() {
      if negative[word] != nil { bad = true }
      guard positive[word] != nil else { continue }
      let before = words[max(0, index - 2)..<index]
      if before.contains(where: negators.contains) { bad = true } else { good = true }
    }
    return good && bad
  }

  /// The opening clause says its verdict holds only mostly: "grand mostly", "good overall".
  static func hedgesLead(_ text: String) -> Bool {
    let cut =
      text.unicodeScalars.firstIndex(where: { ".,;:!".unicodeScalars.contains($0) })
      ?? text.endIndex
    return allWords(String(text[..<cut])).contains {
      ["mostly", "mainly", "largely", "overall", "generally", "broadly", "apart"].contains($0)
    }
  }

  /// Every word, lower case, fillers kept: `WordSplitter.words` drops the "ok" and "i" that
  /// open a command, which here are the answer.
  static func allWords(_ text: String) -> [String] {
    Tokenizer.tokens(text).filter(\.isWord).map { $0.isForeign ? "" : $0.lower }
  }

  /// "good, but ...", "fine. though ...": the first words after the opening clause mark a
  /// reservation.
  static func reservationFollowsLead(_ text: String) -> Bool {
    guard let cut = text.unicodeScalars.firstIndex(where: { ".,;:!".unicodeScalars.contains($0) })
    else { return false }
    let rest = allWords(String(text[cut...]))
    return contrastMarkers.contains { marker in rest.starts(with: marker) }
  }

  /// "no idea", "hard to say", "can't tell", "who knows", "not sure if my answers were
  /// enough": the person does not know how it went. "not sure about one question" is a doubt
  /// about a part, and "not sure when they'll call" one about the timing: neither is the
  /// verdict.
  static func saysNotKnowing(_ words: [String]) -> Bool {
    for phrase in notKnowingPhrases {
      var start = 0
      while start + phrase.count <= words.count {
        defer { start += 1 }
        guard words[start..<(start + phrase.count)].elementsEqual(phrase) else { continue }
        let next = start + phrase.count < words.count ? words[start + phrase.count] : nil
        if let next, partDoubts.contains(next) { continue }
        return true
      }
    }
    return false
  }

  /// Phrases that say the person cannot tell, as words.
  static let notKnowingPhrases: [[String]] = [
    ["not", "sure"], ["no", "idea"], ["no", "clue"], ["dunno"], ["idk"], ["unsure"],
    ["hard", "to", "say"], ["hard", "to", "tell"], ["hard", "to", "read"],
    ["difficult", "to", "say"], ["difficult", "to", "tell"], ["who", "knows"],
    ["god", "knows"], ["cant", "tell"], ["can't", "tell"], ["cannot", "tell"],
    ["couldnt", "tell"], ["couldn't", "tell"], ["cant", "say"], ["can't", "say"],
    ["cannot", "say"], ["dont", "know"], ["don't", "know"], ["do", "not", "know"],
  ]

  /// Words after "not sure" that narrow the doubt to a part or to the timing.
  static let partDoubts: Set<String> = [
    "about", "on", "of", "with", "when", "whether", "yet", "how", "why", "which",
  ]

  /// "not sure about the second task", "not sure on one question": a doubt about a part of
  /// the interview (the timing, "not sure when", is not one).
  static func doubtsPart(_ words: [String]) -> Bool {
    for index in words.indices.dropLast(2)
    where words[index] == "not" && words[index + 1] == "sure"
      && ["about", "on", "of", "with", "how", "which"].contains(words[index + 2])
    {
      return true
    }
    return false
  }

  /// Contrast markers, and the reservation they introduce.
  static let contrastMarkers: [[String]] = [
    ["but"], ["though"], ["tho"], ["although"], ["except"], ["apart", "from"], ["however"],
    ["less", "so"],
  ]

  /// A verdict set against a reservation: "good but I got stuck on the SQL question", "bombed
  /// the test but we really clicked", "went well mostly, except I was late". Either side may
  /// carry no verdict word; what matters is that the two sides do not agree.
  static func contrast(_ text: String) -> Outcome? {
    let words = allWords(text)
    guard
      let (start, length) = contrastMarkers.lazy.compactMap({ marker -> (Int, Int)? in
        guard marker.count <= words.count else { return nil }
        return (0...(words.count - marker.count)).first(where: {
          words[$0..<($0 + marker.count)].elementsEqual(marker)
        }).map { ($0, marker.count) }
      }).min(by: { $0.0 < $1.0 })
    else { return nil }
    // "even though it ran long" concedes; the verdict before it stands.
    if words[start] == "though", start > 0, words[start - 1] == "even" { return nil }
    let before = Array(words[..<start])
    let after = Array(words[(start + length)...])
    if length == 2, words[start] == "less" { return nil }
    guard !before.isEmpty, !after.isEmpty else { return nil }
    let first = read(tokens(before), strict: false)
    let second = read(tokens(after), strict: false)
    switch (first, second) {
    case (.well?, .well?), (.badly?, .badly?), (nil, nil): return nil
    case (.mixed?, _), (_, .mixed?): return .mixed
    default: return .mixed
    }
  }

  private static func tokens(_ words: [String]) -> [Token] {
    Tokenizer.tokens(words.joined(separator: " "))
  }

  /// A mild word ("ok", "fine", "alright", "decent") the person stands behind ("went ok i
  /// think", "alright yeah") is a good verdict, mildly said; alone ("ok", "went ok", "fine?")
  /// or hedged down ("ok i guess") it stays in between.
  static func mildlyWell(_ text: String) -> Bool {
    let words = allWords(text)
    guard words.contains(where: mildWords.contains), !text.contains("?") else { return false }
    if words.contains(where: { negative[$0] != nil || negators.contains($0) }) { return false }
    let joined = " " + words.joined(separator: " ") + " "
    if [" i guess ", " i suppose ", " guess ", " suppose "].contains(where: joined.contains) {
      return false
    }
    return words.contains(where: reportCues.contains)
      || [" i think ", " i believe ", " think ", " reckon "].contains(where: joined.contains)
  }

  static let mildWords: Set<String> = ["ok", "okay", "alright", "fine", "decent"]
  /// Words that stand behind the mild word: "ok i think", "fine aye", "alright yeah". A bare
  /// "went ok" is read by people both ways, so it stays in between.
  static let reportCues: Set<String> = [
    "yeah", "yes", "aye", "la", "lah", "naman", "believe", "reckon",
  ]
}
