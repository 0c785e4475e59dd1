/// Chat wording in the person's point, found by where it stands rather than by whole lines.
///
/// People chat in clauses joined by commas, and the fillers ("tbh", "lol", "honestly") close a
/// clause as often as the line ("i go to council meetings for fun honestly lol, my uni paper
/// covered them"). A note that keeps them reads as pasted, so each clause loses its own tail;
/// a hedge before a number ("like 400 hours") becomes the plain "about"; a verbless aside
/// between commas ("the colors, very 70s, and I'd love ...") goes; and a sentence that only
/// cheers in chat words ("same day crowns are so cool") goes when another sentence carries the
/// point. None of these steps adds a word the person did not mean.
extension InterestReader {
  /// Subjects that open a new sentence after a filler: "... haha i am ...".
  static let sentenceSubjects: WordSet = [
    "i", "im", "i'm", "id", "i'd", "ive", "i've", "my", "we", "it's", "its", "thats", "that's",
  ]

  /// Chat emphasis anywhere in the line: dropped, its punctuation kept on the word before.
  static let chatFillers: WordSet = ["literally", "lol", "haha", "lmao", "tbh", "ngl", "lmfao"]

  /// Words that close a clause in chat and add nothing there: "... for fun honestly, ...".
  static let clauseFillers: WordSet = [
    "lol", "haha", "tbh", "ngl", "honestly", "actually", "really", "though", "tho", "eh",
  ]

  /// The words with chat fillers removed: mid-line wherever they stand, and at the end of each
  /// clause. A removed word's trailing comma or full stop moves to the word before it.
  static func withoutFillers(_ words: [String]) -> [String] {
    var result: [String] = []
    for (index, word) in words.enumerated() {
      let core = word.lowercased().trimming(",.!?;:")
      let mark =
        mayEndInMark(word)
        ? String(word.reversed().prefix { ",.!?;:".contains($0) }.reversed()) : ""
      let endsClause = !mark.isEmpty || index + 1 == words.count
      let drops =
        chatFillers.contains(core)
        || (endsClause && clauseFillers.contains(core) && result.count >= 2)
      guard drops else {
        result.append(word)
        continue
      }
      // The line's own last mark is the note's to write.
      if let last = result.last, !mark.isEmpty, index + 1 < words.count,
        !(last.last.map { ",.!?;:".contains($0) } ?? false)
      {
        result[result.count - 1] = last + mark
      }
      // "i love mornings haha i am early bird": a filler with no mark, between a word and a
      // new subject, stood where the sentence ended; dropped, it leaves the full stop.
      if let last = result.last, mark.isEmpty, index + 1 < words.count,
        sentenceSubjects.contains(words[index + 1].lowercased()),
        !(last.last.map { ",.!?;:".contains($0) } ?? false)
      {
        result[result.count - 1] = last + "."
      }
      // "... honestly lol,": the clause's tail may hold several fillers; look again.
      while endsClause, let last = result.last, result.count >= 3 {
        let lastCore = last.lowercased().trimming(",.!?;:")
        guard clauseFillers.contains(lastCore) || chatFillers.contains(lastCore) else { break }
        result.removeLast()
        if let previous = result.last, !mark.isEmpty, index + 1 < words.count,
          !(previous.last.map { ",.!?;:".contains($0) } ?? false)
        {
          result[result.count - 1] = previous + mark
        }
      }
    }
    return result
  }

  /// Whether the word's last character may be one of ",.!?;:": its last byte is one of
  /// theirs, or the last of U+037E (canonically ";"). Any other word ends in none of them, and
  /// comparing its characters, for a word of combining marks, goes through Swift's normalising
  /// slow path.
  static func mayEndInMark(_ word: String) -> Bool {
    mayEndInMark(word[...])
  }

  static func mayEndInMark(_ word: Substring) -> Bool {
    guard let last = word.utf8.last else { return false }
    return last == 0x2C || last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3B
      || last == 0x3A || last == 0xBE
  }

  /// "played it like 400 hours": "like" before a number hedges it, as "about" does in writing.
  /// Not after a person or a modal ("I'd like 2 weeks"), where it is the verb.
  static func hedgedNumbers(_ words: [String]) -> [String] {
    var result = words
    for index in words.indices.dropFirst() where index + 1 < words.count {
      guard words[index].lowercased() == "like",
        words[index + 1].first?.isNumber == true
      else { continue }
      let previous = words[index - 1].lowercased().trimming(",.!?;:")
      if verbLikeSubjects.contains(previous) || previous.hasSuffix("'d") { continue }
      result[index] = "about"
    }
    return result
  }

  /// Words after which "like" is the verb.
  private static let verbLikeSubjects: WordSet = [
    "i", "we", "you", "they", "would", "id", "really", "also", "dont", "don't", "didn't",
    "didnt", "to", "people", "kids", "customers", "still", "just",
  ]

  /// The words without chat hedges where the sentence stays whole without them: "basically"
  /// and "actually" anywhere, "kind of" and "sort of" unless a determiner makes "kind" a noun
  /// ("what kind of work"), and "a bit" closing a clause after its object ("I know the market
  /// a bit"). "I know a bit" keeps its "a bit", the verb's object: the gate reads it
  /// (`VouchedPoint.chatHedge`), so the sentence is never cut short.
  static func withoutHedges(_ words: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    func core(_ word: String) -> String { word.lowercased().trimming(",.!?;:") }
    func drop(_ count: Int) {
      // The dropped words' closing mark goes to the word before them.
      let last = words[index + count - 1]
      let mark =
        mayEndInMark(last)
        ? String(last.reversed().prefix { ",.!?;:".contains($0) }.reversed()) : ""
      if !mark.isEmpty, let previous = result.last,
        !(previous.last.map { ",.!?;:".contains($0) } ?? false)
      {
        result[result.count - 1] = previous + mark
      }
      index += count
    }
    while index < words.count {
      let word = core(words[index])
      let previous = result.last.map(core) ?? ""
      let next = index + 1 < words.count ? core(words[index + 1]) : ""
      let endsClause =
        index + 2 == words.count
        || (index + 1 < words.count && mayEndInMark(words[index + 1])
          && ",.!?;:".contains(words[index + 1].last ?? " "))
      if Self.hedgeAdverbs.contains(word), !result.isEmpty || index + 1 < words.count {
        drop(1)
        continue
      }
      if ["kinda", "sorta"].contains(word) || (["kind", "sort"].contains(word) && next == "of"),
        !result.isEmpty, !VouchedPoint.kindDeterminers.contains(previous),
        !mayEndInMark(words[index]) || !",.!?;:".contains(words[index].last ?? " ")
      {
        drop(word.hasSuffix("a") ? 1 : 2)
        continue
      }
      if word == "a", next == "bit", endsClause, result.count >= 2,
        !VouchedPoint.isVerbBeforeBit(previous)
      {
        drop(2)
        continue
      }
      result.append(words[index])
      index += 1
    }
    return result
  }

  /// Adverbs of chat that hedge or stress and say nothing in a note.
  /// "Teaching it was honestly the best part": "honestly" vouches for nothing the sentence
  /// does not already say, and in a note it reads as chat.
  static let hedgeAdverbs: WordSet = ["basically", "actually", "honestly"]

  /// "I loved the colors, very 70s, and I'd love to ...": a short aside with no verb between
  /// two commas, before a clause of its own, is chat; the sentence reads whole without it. A
  /// list ("Python, SQL, and Java") continues with no subject and is kept.
  static func withoutAsides(_ words: [String], hasVerb: ([String]) -> Bool) -> [String] {
    var words = words
    var index = 1
    while index < words.count {
      guard words[index - 1].hasSuffix(",") else {
        index += 1
        continue
      }
      // The aside runs from `index` to the next word ending in a comma, at most three words.
      guard let close = words[index...].prefix(3).firstIndex(where: { $0.hasSuffix(",") }),
        close + 2 < words.count
      else {
        index += 1
        continue
      }
      let aside = words[index...close].map { $0.lowercased().trimming(",.!?;:") }
      let joiner = words[close + 1].lowercased()
      let subject = words[close + 2].lowercased().trimming(",.!?;:")
      let clauseFollows =
        ["and", "but", "so"].contains(joiner) && Self.pronounSubjects.contains(subject)
      if clauseFollows, !hasVerb(aside), !aside.contains(where: Self.pronounSubjects.contains) {
        words.removeSubrange(index...close)
        continue
      }
      index += 1
    }
    return words
  }

  /// Subjects that open a clause of their own.
  static let pronounSubjects: WordSet = [
    "i", "i'd", "id", "i'm", "im", "i've", "ive", "i'll", "we", "they", "it", "it's", "its",
    "he", "she", "you", "my",
  ]

  /// The sentences of a tidied point without those that only cheer in chat words ("Same day
  /// crowns are so cool."), when another sentence is left to carry the point.
  static func withoutCheers(_ sentence: String) -> String {
    let parts = sentences(of: sentence)
    guard parts.count > 1 else { return sentence }
    let kept = parts.filter { !isCheer($0) }
    return kept.isEmpty ? sentence : kept.joined(separator: " ")
  }

  /// "X is so cool", "the QR thing is very nice": a short sentence that ends on a chat word of
  /// praise after "is" or "are", with or without an intensifier.
  static func isCheer(_ sentence: String) -> Bool {
    let words = sentence.split(separator: " ").map { $0.lowercased().trimming(",.!?;:") }
    guard words.count <= 9, let last = words.last, cheerWords.contains(last) else { return false }
    var index = words.count - 2
    if index >= 0, intensifiers.contains(words[index]) { index -= 1 }
    guard index >= 0 else { return false }
    return ["is", "are", "was", "were", "'s"].contains(words[index]) || words[index].hasSuffix("'s")
  }

  private static let cheerWords: WordSet = [
    "cool", "nice", "awesome", "neat", "sick", "dope", "lit", "wicked", "epic", "banging",
  ]

  private static let intensifiers: WordSet = [
    "so", "very", "really", "super", "pretty", "soo", "sooo", "well", "proper", "mega",
  ]

  /// A point's sentences, split after a full stop, an exclamation or a question mark.
  static func sentences(of text: String) -> [String] {
    var parts: [String] = []
    var current: [Substring] = []
    for word in text.split(separator: " ") {
      current.append(word)
      if mayEndInMark(word), let last = word.last, ".!?".contains(last) {
        parts.append(current.joined(separator: " "))
        current = []
      }
    }
    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
    return parts
  }
}
