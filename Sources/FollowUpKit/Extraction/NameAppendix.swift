/// What people add after their name, in the reply to "What's your name?", that is another form
/// of the same name: the name they go by ("krzysztof nowak, chris is ok", "padraig kelleher,
/// paddy", "siddharth rao (sid)"), or, with the family name written first as on a form, the
/// given name ("kowalczyk, marta", "reyes, maria clara").
///
/// Read as chat, these went wrong twice over: "chris is ok" was taken for how the interview went
/// ("mixed feelings") and the note was signed Krzysztof; "kowalczyk, marta" kept only the first
/// word, so the note was signed with the family name. The question asked decides it: after a
/// name, at the question that asks for one, a clause that is only another name is about the
/// name. Which reading it is follows from the shape of what comes before the comma: a single
/// word (or a particle and its word, `NameParts`) is the family name of a form's order; two
/// words or more are the name in full, and the one word after is what the person is called.
enum NameAppendix {
  /// The name written "Family, Given": the head is one name word (or a particle with its
  /// word), the only clause after it one or two name words, and nothing else said, or else
  /// the next clause saying that the head is the family name ("CRUZ, Angelica Mae (Cruz is my
  /// surname, sorry I'm used to forms back home)": tuning 36's bu026 had kept "CRUZ" alone,
  /// and the note went unsigned). Nil for any other reply.
  ///
  /// ```swift
  /// NameAppendix.familyFirst(head: ["kowalczyk"], rest: ["marta"])?.full  // "marta kowalczyk"
  /// ```
  static func familyFirst(head: [String], rest: [String]) -> PersonName? {
    guard let family = familyPart(head), let said = rest.first else { return nil }
    if rest.count > 1 {
      let remark = words(rest[1]).map { $0.lowercased() }
      guard let named = NameOrder.namedFamily(remark)?.word,
        family.map({ CorrectionReader.folded($0) }).contains(named)
      else { return nil }
    }
    let rest = [said]
    let given = words(rest[0])
    // "maria do céu": a particle inside a given name joins its parts, and counts as none.
    let parts = given.filter { !joins($0) }
    guard (1...2).contains(parts.count) || parts.count == 3 && isInitial(given[given.count - 1]),
      given.allSatisfy({ isInitial($0) || isNameWord($0) || joins($0) }),
      let first = given.first, !isInitial(first), !joins(first), given.last.map(joins) == false,
      Set(given.map { $0.lowercased() }).isDisjoint(with: family.map { $0.lowercased() })
    else { return nil }
    guard let whole = PersonName(parsing: (given + family).joined(separator: " ")) else {
      return nil
    }
    // "reyes, angelica mae", "almeida, maria do céu": every word before the comma's family
    // name is the given name the person goes by, not its first word alone.
    let written = whole.fullWords
    guard written.count == given.count + family.count, given.count > 1,
      !given.contains(where: isInitial)
    else { return whole }
    let givenWords = written.prefix(given.count).map { joins($0) ? $0.lowercased() : $0 }
    var name = PersonName(
      title: whole.title, given: givenWords.joined(separator: " "),
      family: written.suffix(family.count).joined(separator: " "))
    name.courtesy = whole.courtesy
    return name
  }

  /// The one-word name the person goes by, said after their name in full: "chris is ok",
  /// "kobby", "(sid)", "its paddy to everyone", "Paddy is grand", "Shinners to my friends".
  /// `clause` is the clause after the name, `bracketed` whether it was typed in brackets. A bare
  /// word is that only when it begins as the given name does ("paddy" of "Padraig"), as the
  /// names people are called by mostly do; a word the clause says something of, stated
  /// ("it's rab"), accepted ("is fine", "is grand", "for short"), said to whom it is used ("to
  /// everyone", "to my friends"), or in brackets, needs no such likeness ("chris" of
  /// "Krzysztof"). `first` is false for a clause further on ("robert macleod, but naebody calls
  /// me robert, its rab"): a bare word there is as often a place or a word of chat, so only a
  /// clause that says something of the word is read.
  static func goneBy(
    _ clause: String, bracketed: Bool, after name: PersonName, first: Bool = true
  ) -> PersonName? {
    var typed = words(clause)
    // "its paddy to everyone", "but its rab": the clause states the form it names.
    var stated = false
    while let opener = typed.first?.lowercased(), typed.count > 1, statingWords.contains(opener) {
      stated = stated || ["its", "it's"].contains(opener)
      typed.removeFirst()
    }
    guard name.fullWords.count >= 2, let word = typed.first, isNameWord(word),
      let given = name.fullWords.first,
      !name.fullWords.contains(where: {
        CorrectionReader.folded($0) == CorrectionReader.folded(word)
      })
    else { return nil }
    let tail = typed.dropFirst().map { $0.lowercased() }
    guard saysCalled(tail) else { return nil }
    let sameStart =
      CorrectionReader.folded(String(word.prefix(1)))
      == CorrectionReader.folded(String(given.prefix(1)))
    guard bracketed || stated || !tail.isEmpty || first && sameStart else { return nil }
    return PersonName(parsing: PersonName.capitaliseName(word.lowercased()))
  }

  /// Whether the words after a form say it is what the person is called: nothing, only words
  /// accepting it ("is ok", "for short"), a verdict after the copula ("is grand", "is best"),
  /// or to whom it is used ("to everyone", "to my friends"). Anything else says something
  /// else: "hamish mcintyre, moving to inverness", "priya shah, london based".
  static func saysCalled(_ tail: [String]) -> Bool {
    if tail.allSatisfy(acceptance.contains) { return true }
    if tail.count >= 2, tail[0] == "is", isVerdict(tail[1]),
      tail.dropFirst(2).allSatisfy(acceptance.contains)
    {
      return true
    }
    if tail.count >= 2, tail.count <= 4, tail[0] == "to" {
      return tail.dropFirst().allSatisfy(audience.contains)
    }
    return false
  }

  /// One word after "is" that approves a form rather than saying what the thing is: "grand",
  /// "best", "cool", "perfect"; "london is home" says where the person lives. A closed class of
  /// approval, as `acceptance` is.
  private static func isVerdict(_ word: String) -> Bool {
    verdicts.contains(word) || acceptance.contains(word)
  }

  /// Words that approve a form after "is": "paddy is grand", "rab is best".
  private static let verdicts: Set<String> = [
    "grand", "great", "best", "better", "perfect", "cool", "alright", "sound", "lovely",
    "preferred", "normal", "usual", "simpler", "shorter", "nicer", "enough", "standard",
  ]

  /// Words that open a clause stating a form: "its rab", "but it's paddy", "just kris".
  private static let statingWords: Set<String> = ["its", "it's", "but", "just", "though", "tho"]

  /// The people a form of the name is used by, after "to": "to everyone", "to my friends",
  /// "to most people", "to the lads at work". A closed class of who and whose.
  private static let audience: Set<String> = [
    "everyone", "everybody", "all", "most", "my", "the", "people", "friends", "mates", "pals",
    "family", "folk", "folks", "colleagues", "lads", "girls", "work", "at", "home", "us",
  ]

  /// Whether `clause` only accepts a form of the name already held: "amara is fine" after
  /// "amara okafor". It says nothing of the interview.
  static func accepts(_ clause: String, of name: PersonName) -> Bool {
    let typed = words(clause)
    guard let word = typed.first, typed.count >= 2 else { return false }
    let held = Set(name.fullWords.map(CorrectionReader.folded))
    return held.contains(CorrectionReader.folded(word))
      && typed.dropFirst().allSatisfy { acceptance.contains($0.lowercased()) }
  }

  /// The words that accept a form of the name, after it: "is ok", "is fine", "for short",
  /// "works", "pls". A closed class of the copula, a few verdicts and politeness.
  static let acceptance: Set<String> = [
    "is", "ok", "okay", "fine", "good", "works", "for", "short", "easier", "pls", "please",
    "thanks", "too", "also", "yeah",
  ]

  /// A word that joins the parts of a given name: a particle, or the Portuguese "do" ("Maria
  /// do Céu"), which English reads as a verb and which joins only inside a name already read as
  /// one, between two of its words.
  private static func joins(_ word: String) -> Bool {
    NameParts.isParticle(word) || word.lowercased() == "do"
  }

  private static func familyPart(_ head: [String]) -> [String]? {
    if head.count == 1, isNameWord(head[0]) { return head }
    if head.count == 2, NameParts.dropsAsParticle(head[0]), isNameWord(head[1]) { return head }
    return nil
  }

  private static func words(_ clause: String) -> [String] {
    clause.split(separator: " ").map { String($0).trimming(".,!;:") }.filter { !$0.isEmpty }
  }

  private static func isInitial(_ word: String) -> Bool {
    word.filter(\.isLetter).count == 1 && word.first?.isLetter == true
  }

  /// A word that can be a name here: shaped as one and no word of the chat around a name.
  private static func isNameWord(_ word: String) -> Bool {
    let lower = word.lowercased()
    return word.count >= 2 && DirectAnswer.isNameShaped(word)
      && !DirectAnswer.sentenceWords.contains(lower) && !DirectAnswer.clauseWords.contains(lower)
      && !DirectAnswer.crowdWords.contains(lower) && !PeopleAnswer.jobWords.contains(lower)
      && !FactScan.notNames.contains(lower) && PersonName.titles[lower] == nil
  }
}
