/// Chat words are never a name: "Sofia sorry typo", "Kasia tho", "R. Day maybe", "More Formal".
///
/// A reply is read for the name it holds, and earlier rounds took the words typed around a name
/// into it ("I'll sign the note as Sofia sorry typo", "you met Matter"). What the person says
/// about their typing, their doubt or the note is addressed to the assistant, never part of the
/// name, so such words are taken off the end of a name, and a name made only of words that ask
/// for a change to the note ("more formal", "warmer") is no name at all. A word of either kind
/// inside a name ("Thomas More") is left alone: only the edges and the whole are judged.
enum ChatInName {
  /// The name without the chat after it, or nil when nothing of a name is left.
  ///
  /// ```swift
  /// ChatInName.cleaned(PersonName(given: "Sofia", family: "sorry typo"))?.full  // "Sofia"
  /// ```
  static func cleaned(_ name: PersonName) -> PersonName? {
    let words = name.fullWords
    guard !words.isEmpty else { return name }
    if words.allSatisfy({ requestWords.contains(plain($0)) }) { return nil }
    // "btw he was lovely" after "Mr Wood": chat alone names no one (tuning 29's br029 met
    // "Mr Btw Wood").
    if words.allSatisfy({ trailing.contains(plain($0)) }) { return nil }
    var kept = words
    // "joy who sat in", "sam that runs the kitchen": a relative word opens a clause about the
    // person; it and what follows are none of the name.
    if let clause = kept.indices.dropFirst().first(where: {
      relativeWords.contains(plain(kept[$0]))
    }) {
      kept = Array(kept[..<clause])
    }
    // "summer bishop x": a kiss closes a message, never a name. The reply's case is gone by
    // now (a name typed in lower case is capitalised when parsed), and a name ending on the
    // initial X alone is far rarer than a kiss.
    while kept.count > 1, let last = kept.last,
      trailing.contains(plain(last)) || kisses.contains(plain(last))
    {
      kept.removeLast()
    }
    guard kept.count < words.count else { return name }
    let title = name.title.map { [$0] } ?? []
    guard var result = PersonName(parsing: (title + kept).joined(separator: " ")) else {
      return nil
    }
    result.job = name.job
    result.greetAs = name.greetAs
    return result
  }

  static func plain(_ word: String) -> String {
    word.lowercased().trimming(".,!?")
  }

  /// Words said to the assistant after a name: about the typing, a doubt, a filler, a plea.
  static let trailing: Set<String> = [
    "sorry", "typo", "typos", "oops", "lol", "haha", "tho", "though", "pls", "plz", "please",
    "thanks", "thx", "btw", "maybe", "probably", "innit", "ok", "okay", "fyi", "autocorrect",
    // "Bríd who ...": a question word opens the clause after a name.
    "who",
    // "mark anthony dela cruz po": the Filipino word of respect closing a reply, and its
    // Malaysian and Singaporean kin, are said to the reader, not names (tuning 29's br020).
    "po", "lah",
    // "honestly cant remember her name": a word of the speaker's stance.
    "honestly", "tbh", "ngl", "literally", "idk",
  ]

  /// Kisses closing a message.
  static let kisses: Set<String> = ["x", "xx", "xxx"]

  /// Words that open a clause about the person just named.
  static let relativeWords: Set<String> = [
    "who", "who's", "whos", "whose", "that", "which", "whom",
  ]

  /// Words that ask for a change to the note.
  static let requestWords: Set<String> = [
    "more", "less", "formal", "informal", "warmer", "warm", "shorter", "longer", "friendlier",
    "casual", "polite", "politer", "professional", "simpler",
  ]
}
