/// Slips of typing in the person's point that a careful friend would mend before it is sent.
///
/// Each is read from where it stands, not from the word alone: "RN" is "right now" closing a
/// clause ("I'm doing my pilates qualification RN so ...") but a registered nurse after an
/// article ("I'm an RN"); "so perfect timing" after a whole clause is a verbless aside, cut;
/// "even" straight before a clause's subject ("they like it even they don't understand") is the
/// "even though" the clause needs. Nothing is added that the person did not mean.
extension InterestReader {
  /// The words with these slips mended.
  static func slipsMended(_ words: [String]) -> [String] {
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let core = word.lowercased().trimming(",.!?;:")
      let tail = String(word.dropFirst(word.trimming(",.!?;:").count))
      let previous = index > 0 ? words[index - 1].lowercased().trimming(",.!?;:") : ""
      let next = index + 1 < words.count ? words[index + 1].lowercased().trimming(",.!?;:") : ""
      let endsClause = !tail.isEmpty || next.isEmpty || clauseJoiners.contains(next)
      if core == "rn", index > 0, endsClause, !nurseLeaders.contains(previous) {
        result += ["right", "now" + tail]
        continue
      }
      // "i want learn this": a wish before a plain verb lacks its "to". Only verbs that are
      // no noun there ("want work experience", "need help" keep their objects).
      if ["want", "wants", "wanted"].contains(previous), !mayEndInMark(words[index - 1]),
        wishedVerbs.contains(core)
      {
        result += ["to", word]
        continue
      }
      if let written = thousandsWritten(word, next: next) {
        result.append(written)
        continue
      }
      if core == "even", tail.isEmpty, index >= 2, pronounSubjects.contains(next),
        !words[index - 1].hasSuffix(","), hasVerb(words.prefix(index).map { $0.lowercased() })
      {
        result += [word, "though"]
        continue
      }
      result.append(word)
    }
    return withoutVerblessTail(result)
  }

  /// Plain verbs a wish takes with "to", none of them a noun after "want".
  private static let wishedVerbs: Set<String> = [
    "learn", "go", "come", "make", "take", "get", "grow", "build", "bring", "teach", "speak",
    "spend", "keep", "become", "join", "move", "improve", "understand", "develop", "find", "be",
    "do", "see", "try", "know", "give", "share", "stay",
  ]

  /// "about 20k followers", "raised £4k": a count clipped with "k" for thousands, written as
  /// a note writes it ("20,000 followers", "£4,000"). Only where what is counted shows, before
  /// a plural noun or after a currency sign: "raised 4k" alone could be pounds or people, and
  /// is left for the gate (`PointGrammar.chatNumber`) to hold back.
  static func thousandsWritten(_ word: String, next: String) -> String? {
    let typed = word.trimming(",.!?;:")
    let tail = String(word.dropFirst(typed.count))
    var body = Substring(typed)
    let sign = body.first.map { "£$€".contains($0) } == true ? String(body.removeFirst()) : ""
    // "4K screens" in capitals is a resolution, never a count; "£30K" after a sign is a sum.
    guard let last = body.last, last == "k" || last == "K" && body.first != nil && !sign.isEmpty
    else { return nil }
    body = body.dropLast()
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int(parts[0]), parts[0].count <= 4,
      parts[0].allSatisfy(\.isASCII), whole > 0 || parts.count == 2
    else { return nil }
    var fraction = 0
    if parts.count == 2 {
      // "2.5k" is 2,500; "2.55k" is 2,550; a third decimal is no chat a note would round.
      guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isASCII),
        let digits = Int(parts[1])
      else { return nil }
      fraction = parts[1].count == 1 ? digits * 100 : digits * 10
    }
    let counted =
      next.count >= 3 && next.hasSuffix("s") && !next.hasSuffix("ss")
      && next.allSatisfy(\.isLetter)
    guard !sign.isEmpty || counted else { return nil }
    let value = whole * 1000 + fraction
    var digits = String(value)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits = String(digits.dropLast(3))
    }
    return sign + digits + grouped + tail
  }

  /// Words after which "so" intensifies what follows rather than joining a clause.
  private static let linkingBeforeSo: Set<String> = [
    "is", "are", "was", "were", "be", "been", "am", "feel", "felt", "seem", "seems", "look",
    "looks", "sound", "sounds", "not", "very", "just", "and", "or", "but", "got", "get",
  ]

  /// Words that join a clause to the next, after which a word closing the first may stand.
  private static let clauseJoiners: Set<String> = ["so", "and", "but", "because", "as"]

  /// Words before "RN" that make it a nurse: "an RN", "as RN", "senior RN".
  private static let nurseLeaders: Set<String> = [
    "a", "an", "the", "as", "senior", "registered", "qualified", "new", "my", "our", "an",
    "staff", "charge", "lead", "junior", "band",
  ]

  /// "I'm doing my qualification right now so perfect timing": a "so" after a whole clause
  /// followed by up to four words with no verb and no subject is an aside, left out with its
  /// "so".
  static func withoutVerblessTail(_ words: [String]) -> [String] {
    guard words.count >= 5,
      let so = words.indices.dropFirst(2).last(where: {
        words[$0].lowercased().trimming(",") == "so"
      }),
      words.count - so - 1 >= 1, words.count - so - 1 <= 4
    else { return words }
    let tail = words[(so + 1)...].map { $0.lowercased().trimming(",.!?;:") }
    let head = words.prefix(so).map { $0.lowercased().trimming(",.!?;:") }
    // "it is so important": after a linking verb "so" is an intensifier, not a join.
    guard let before = head.last, !linkingBeforeSo.contains(before), !before.hasSuffix("'s"),
      !before.hasSuffix("'re"), tail.count >= 2
    else { return words }
    let headHasVerb =
      hasVerb(head) || head.contains { ["i'm", "im", "i've", "ive", "i'd", "id"].contains($0) }
    // "so accessibility matters to me": a verb in "-s" after its subject is a clause, the
    // person's reason, never an aside (tuning 47's cq041 had lost it).
    guard !hasVerb(Array(tail)), !PointGate.hasFiniteVerb(Array(tail)),
      !tail.contains(where: pronounSubjects.contains),
      !tail.contains(where: { $0.hasSuffix("ed") }), headHasVerb
    else { return words }
    var kept = Array(words.prefix(so))
    if let last = kept.last { kept[kept.count - 1] = last.trimming(",;:") }
    return kept
  }
}
