/// The name under the note: the name the person goes by, unless they asked for another.
///
/// Earlier sessions signed with the name in full ("Aoife Brennan"), and the blind writers of
/// every conversations set expected the name the person goes by ("Aoife"): a thank-you note is
/// one person writing to another they have just met and talked with, and people sign it as they
/// introduced themselves. So the default is the given name, as the readings of the name already
/// decide it (`PersonName.given`: family name first, "X is my given name"), or the short name
/// the person said they go by ("i go by Frankie", "everyone calls me Ploy"), which is kept as
/// the wished sign-off (`Facts.signOff`). The person's own word wins: "sign it ..." is the
/// sign-off as said, and "full name at the bottom" signs the whole name (`Facts.signsInFull`).
///
/// No channel or tone changes the default. A careful person's email to a hiring manager often
/// signs the first name above a full signature block, but that block is the person's mail
/// program's, not the note's; a LinkedIn message shows the full name beside it; a card and a
/// text are signed as people talk. The note keeps one sign-off line, so it is the name the
/// person goes by on every channel, and a person who wants the full name says so.
enum SignOffName {
  /// The name to sign with when the person asked for no form: the given name of a name that
  /// has one and a family name beside it; the name as held otherwise ("Dr Okafor" has no given
  /// name to sign with, "J. Lee" an initial that no one goes by, "Ma. Cristina" an abbreviation).
  ///
  /// ```swift
  /// SignOffName.goneBy(PersonName(given: "Aoife", family: "Brennan")).full  // "Aoife"
  /// ```
  static func goneBy(_ name: PersonName) -> PersonName {
    // "Lee Hye-jin", "Huang Xiaoling": typed family name first, held as typed; the person goes
    // by the name after it (`ChineseNameOrder.givenAfter`).
    if name.familyFirst != true, name.title == nil, let first = name.given,
      let rest = name.family, ChineseNameOrder.givenAfter(first, rest)
    {
      var signed = PersonName(given: rest)
      signed.greetAs = nil
      return signed
    }
    guard let given = name.given, name.family != nil,
      let first = given.split(separator: " ").first.map(String.init),
      !first.hasSuffix("."), first.filter(\.isLetter).count >= 2
    else { return name }
    var signed = PersonName(given: given)
    signed.greetAs = nil
    return signed
  }

  /// What the assistant calls the person ("Nice to meet you, Hye-jin", "Good luck, Hye-jin!"):
  /// the name they go by (`goneBy`), so a name typed family name first is never called by
  /// its family name while the note is signed with the other.
  static func calledBy(_ name: PersonName) -> String {
    let called = goneBy(name)
    return called.given ?? called.full
  }

  /// What the assistant calls the person once a sign-off is asked for: a one-word sign-off is
  /// the name they go by ("putu ayu lestari - call me Ayu" is greeted "Ayu", not "Putu"); one of
  /// more words ("F. Ncube") is how the note is signed, not what they are called.
  static func calledBy(_ facts: Facts) -> String? {
    guard let name = facts.name else { return nil }
    if let signed = facts.signOff, signed.fullWords.count == 1, let word = signed.fullWords.first,
      word.count >= 2, !word.hasSuffix("."),
      // "seán ó briain ... sign it Sean without the accent": the same name, called as typed.
      CorrectionReader.folded(word) != name.given.map(CorrectionReader.folded)
    {
      return word
    }
    return calledBy(name)
  }

  /// The words under the note: the sign-off asked for, else the name held in full when the
  /// person asked for it, else the name they go by. Empty when no name can be vouched for.
  static func signature(
    for sender: PersonName, wished: PersonName?, inFull: Bool
  ) -> String {
    if let wished { return wished.full }
    let full = VouchedName.signature(sender)
    guard !full.isEmpty, !inFull, let vouched = VouchedName.vouched(sender) else { return full }
    let gone = goneBy(vouched)
    return gone.fullWords == vouched.fullWords ? full : gone.full
  }

  /// The words under the note from the facts held, or nil before the person's name is known.
  static func signed(_ facts: Facts) -> String? {
    guard let name = facts.name else { return facts.signOff?.full }
    return signature(for: name, wished: facts.signOff, inFull: facts.signsInFull == true)
  }

  /// A sign-off asked for, read to the end of the name: its first word, then only the words
  /// that say again a word of the name said (`known`, folded) or are an initial. "Grace Its
  /// Easier" of "sign as grace its easier" is "Grace", "Aisyah Only Ya" of "just sign aisyah
  /// only ya" is "Aisyah", while "Priya Raghunathan", "Bobby Lacroix" and "Priya R" stand: the
  /// shape of a name the person owns, not a list of the chat that follows one.
  /// Only a word `typed` in lower case can end the name: "Tyler Brooks" typed with capitals
  /// is a name however little of it was said before.
  static func trimmed(_ wished: PersonName, known: Set<String>, typed: String) -> PersonName {
    let words = wished.fullWords
    guard words.count > 1, !known.isEmpty else { return wished }
    let typedWords = Set(typed.split(separator: " ").map { String($0).trimming(",.;:!?()") })
    var kept = [words[0]]
    for word in words.dropFirst() {
      let initial = word.filter(\.isLetter).count == 1
      let lowerCase = typedWords.contains(word.lowercased()) && !typedWords.contains(word)
      guard initial || !lowerCase || known.contains(CorrectionReader.folded(word)) else { break }
      kept.append(word)
    }
    guard kept.count < words.count else { return wished }
    var name = PersonName(parsing: kept.joined(separator: " ")) ?? wished
    name.title = wished.title
    return name
  }
}
