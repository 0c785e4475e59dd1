/// `wrong-name`: the greeting names someone other than the interviewers.
///
/// A wrong name is the one mistake an interviewer notices at once: check the name before you
/// send it. With Priya Shah as the interviewer, "Dear Pria," and "Hi Tom," are flagged; "Dear
/// Ms Shah,", "Hi Priya and team," and "Bonjour Priya," are not. Titles and honorifics are read
/// as titles, in any language ("Dear Sister Quinn", "Respected Prof. Srinivasan", "Estimada
/// Señora Ruiz"), and the name after one is compared with the family and the given name apart:
/// "Mr Ji-hoon" to Park Ji-hoon puts a title before his given name, and "Mr Carvalho" to Ms
/// Carvalho the wrong title, as is "Mrs Farah" to Dr Farah (a title earned, written as a plain
/// one), though "Dear Ms Priya Shah" is the formal whole. A short form is the name's opening,
/// maybe with a pet ending ("Jo" and "Josie" to Josephine), either way round ("David" to the
/// Dave the person typed); a name that drops only a silent letter ("Sara" to Sarah) is a
/// misspelling. Only read when the person said who they
/// met.
struct WrongNameRule: ReviewRule {
  static let code = Finding.Code.wrongName

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard
      let name = Self.wrongName(
        draft.pasted, interviewers: draft.interviewers, company: draft.company)
    else {
      return nil
    }
    let expected = draft.interviewers.map(\.full).spokenList
    return finding(
      "It greets \(quoted(name)), but you told me you met \(expected). Check the name before you send it."
    )
  }

  /// A word of the greeting and where it sits in it.
  private struct GreetingWord {
    var text: String
    var range: Range<String.Index>
    var lower: String { text.lowercased().trimming(".") }
  }

  /// The words at fault in the greeting: a name none of the interviewers has, a family title
  /// before a given name, or a title of the other sex.
  private static func wrongName(
    _ draft: PastedDraft, interviewers: [PersonName], company: String?
  ) -> String? {
    guard !interviewers.isEmpty, let greeting = draft.greeting else { return nil }
    let words = words(of: greeting)
    let givens = Set(interviewers.flatMap { parts($0.given) })
    let families = Set(interviewers.flatMap { parts($0.family) })
    let companyWords = Set(
      (company ?? "").split(separator: " ").map { Honorifics.folded(String($0)) })
    // The initials of a given name of two parts: "MJ" to Mary-Jane.
    let initials = Set(
      interviewers.compactMap { person -> String? in
        let pieces = (person.given ?? "").split(whereSeparator: { $0 == " " || $0 == "-" })
        guard pieces.count >= 2 else { return nil }
        return Honorifics.folded(String(pieces.compactMap(\.first)))
      })
    var title: GreetingWord?
    var named = false
    for (index, word) in words.enumerated() {
      let lower = word.lower
      // The greeting ends where its names end: "Hi Sam! Tuesday was great" greets Sam alone,
      // and "Hi Sam, thanks" is cut at the comma already.
      if named, index > 0, endsNames(greeting, after: words[index - 1], before: word) { break }
      if named, !(word.text.first?.isUppercase ?? false), !["and", "&"].contains(lower) { break }
      if Honorifics.titles.contains(lower) {
        title = word
        continue
      }
      if Honorifics.salutations.contains(lower) || Honorifics.generic.contains(lower) {
        title = nil
        continue
      }
      // A name is written with a capital; "hi there" and "hey you" are not names.
      guard let first = word.text.first, first.isUppercase else { continue }
      let folded = Honorifics.folded(word.text)
      // An initial ("Prof. R. Srinivasan") stands for a given name.
      if folded.count == 1 { continue }
      // Words before an interviewer's given name or a title open the greeting ("Ahoj Camille",
      // "Happy Friday Priya", "Bore da Dr Rees"), since nothing else comes before a first
      // name or a title, in whatever language they are; a word joined to the name by "and"
      // is a second name ("Dear Tom and Priya"), and one before a family name alone is a
      // given name ("Dear Pria Shah").
      if !named, title == nil, opensGreeting(words, at: index, givens: givens) { continue }
      // Letters after a name are no name of theirs: "Dear Dr Jenkins MRCVS".
      if named, isLettersAfterName(word.text) { continue }
      // A group named for its place or company: "Dear Northgate Hiring Team", "Hi Ops Team".
      if companyWords.contains(folded) || namesAGroup(words, from: index) { continue }
      // Either way round: "Jo" to Joanne, or "David" to the Dave the person typed.
      let shortened = givens.contains {
        Self.isShortForm(folded, of: $0) || Self.isShortForm($0, of: folded)
      }
      guard
        givens.contains(folded) || families.contains(folded) || shortened
          || initials.contains(folded)
      else {
        return word.text
      }
      named = true
      if let title {
        let span = String(greeting[title.range.lowerBound..<word.range.upperBound])
        // "Dear Ms Priya Shah": a title before the full name is the formal whole, not a title
        // before a given name.
        let familyFollows =
          index + 1 < words.count && families.contains(Honorifics.folded(words[index + 1].text))
        // A name written family first ("Nguyen Van An") is addressed by either end: the
        // order of its parts is the person's custom, not a slip.
        let eitherEnd = interviewers.contains {
          ($0.writesFamilyFirst || $0.familyFirst == true) && parts($0.given).contains(folded)
        }
        if Honorifics.familyTitles.contains(title.lower), !families.contains(folded),
          !families.isEmpty, !familyFollows, !eitherEnd
        {
          return span
        }
        let person = interviewers.first {
          parts($0.family).contains(folded) || parts($0.given).contains(folded)
        }
        if let said = person?.title?.lowercased().trimming(".") {
          let wrongSex =
            Honorifics.male.contains(title.lower) && Honorifics.female.contains(said)
            || Honorifics.female.contains(title.lower) && Honorifics.male.contains(said)
          // "Mrs Farah" to Dr Farah: a title they earned, taken away by a plain one.
          let lowered =
            Honorifics.earned.contains(said) && Honorifics.familyTitles.contains(title.lower)
          if wrongSex || lowered { return span }
        }
      }
      title = nil
    }
    return nil
  }

  /// Whether the word at `index` stands before the greeting's first name, with nothing between
  /// but other such words: the run of words up to an interviewer's given name or a title.
  private static func opensGreeting(_ words: [GreetingWord], at index: Int, givens: Set<String>)
    -> Bool
  {
    for next in words.indices where next > index {
      let lower = words[next].lower
      if ["and", "&"].contains(lower) { return false }
      if Honorifics.titles.contains(lower) || givens.contains(Honorifics.folded(words[next].text)) {
        return true
      }
      // Only a short run opens a greeting: "Happy Friday", "Grüß Gott", "Bore da".
      if next - index >= 2 { return false }
    }
    return false
  }

  /// Whether a word after a name is letters of a degree or an honour: capitals throughout
  /// ("MRCVS", "MBE", "FRCS") or a degree written in its usual mixed case ("PhD", "DPhil").
  private static func isLettersAfterName(_ text: String) -> Bool {
    let letters = text.filter(\.isLetter)
    guard letters.count >= 2 else { return false }
    return letters.allSatisfy(\.isUppercase) || ["phd", "dphil"].contains(letters.lowercased())
  }

  /// Whether a greeting's name is a short form of a given name, which a person may well have
  /// been told to use: the name's opening, of two letters or more ("Jo" to Joanne, "Chris" to
  /// Christopher, "Pete" to Peter, "Tom" to Thomas, its "h" unsaid), or that opening with a pet
  /// ending ("Katie" and "Kate" to Katherine, "Danny" to Daniel, "Dave" to David), or its
  /// ending or the name past an opening vowel ("Seun" to Oluwaseun, "Liz" to Elizabeth). People
  /// shorten a name by its syllables, so a name that is the given name with only a silent letter
  /// left out is the same name misspelt, not shortened: "Sara" to Sarah, "Jon" to John, "Ann" to
  /// Anne. A nickname with other letters ("Bill" to William) is read as another name: the
  /// person can say so. When unsure the review says nothing, so a form is taken as short when it
  /// could be one.
  static func isShortForm(_ name: String, of given: String) -> Bool {
    guard name.count >= 2, given.count > name.count else { return false }
    if dropsSilentLetter(given, to: name) { return false }
    let letters = Array(given)
    let unsaid = String(letters.prefix(1) + letters.dropFirst().filter { $0 != "h" })
    for form in [given, unsaid] where form.count > name.count {
      if form.hasPrefix(name) { return true }
      // Shortened from the other end, or past an opening vowel: "Seun" to Oluwaseun, "Beth"
      // and "Liz" to Elizabeth, "Tony" to Anthony. Three letters at least, and two or more
      // left out, so a misspelling is not read as a short form.
      if name.count >= 3, form.count >= name.count + 2 {
        if form.hasSuffix(name) { return true }
        if let first = form.first, "aeiou".contains(first), form.dropFirst().hasPrefix(name) {
          return true
        }
      }
      for ending in ["ie", "y", "ey", "e"] where name.hasSuffix(ending) {
        var stem = String(name.dropLast(ending.count))
        // "Danny": the stem's last letter doubled before the ending.
        if stem.count >= 3, stem.last == stem.dropLast().last { stem.removeLast() }
        if stem.count >= 2, form.hasPrefix(stem) { return true }
      }
    }
    return false
  }

  /// Whether `name` is `given` with one silent letter left out: an "h" anywhere after the
  /// first letter ("Sara", "Jon", "Debora"), or a final "e" ("Ann", "Louis").
  static func dropsSilentLetter(_ given: String, to name: String) -> Bool {
    guard given.count == name.count + 1 else { return false }
    let letters = Array(given)
    for index in letters.indices.dropFirst() {
      let silent = letters[index] == "h" || letters[index] == "e" && index == letters.count - 1
      guard silent else { continue }
      var rest = letters
      rest.remove(at: index)
      if String(rest) == name { return true }
    }
    return false
  }

  /// Whether the words from `index` on are capitalised words ending in a group's name: "Ops
  /// Team", "Northgate Hiring Team" name a group, not a person.
  private static func namesAGroup(_ words: [GreetingWord], from index: Int) -> Bool {
    let groups: Set<String> = [
      "team", "panel", "committee", "department", "board", "crew", "office", "staff", "hiring",
      "recruitment", "people", "hr", "family", "folks", "everyone", "all",
    ]
    for word in words[index...] {
      if groups.contains(word.lower) { return true }
      guard word.text.first?.isUppercase ?? false else { return false }
    }
    return false
  }

  /// Whether punctuation between two greeting words ends the names: "!", "?", a colon, a
  /// dash, or a full stop that does not close a title or an initial ("Prof. R. Srinivasan").
  private static func endsNames(
    _ greeting: String, after previous: GreetingWord, before word: GreetingWord
  )
    -> Bool
  {
    let between = greeting[previous.range.upperBound..<word.range.lowerBound]
    if between.contains(where: { "!?:\u{2013}\u{2014}".contains($0) }) || between.contains(" - ") {
      return true
    }
    let closesTitle =
      Honorifics.titles.contains(previous.lower) || Honorifics.folded(previous.text).count == 1
    return previous.text.hasSuffix(".") && !closesTitle
  }

  /// The parts of a name, compared as letters alone: "Mensah-Bonsu" gives "mensahbonsu",
  /// "mensah" and "bonsu"; "de la Cruz" gives "de", "la", "cruz" and "delacruz". Each word is
  /// kept whole as well as in its pieces, so a double-barrelled name is itself a part wherever
  /// it stands in what the person typed: "Pryce-Jones, Head of Science" holds "prycejones"
  /// (the greeting "Mr Pryce-Jones" was read as a stranger when words after the name joined it).
  private static func parts(_ name: String?) -> [String] {
    guard let name else { return [] }
    let spaced = name.split(separator: " ").map(String.init)
    let pieces = spaced.flatMap { $0.split(separator: "-").map(String.init) }
    return (pieces + spaced.filter { $0.contains("-") }).map(Honorifics.folded)
      + [Honorifics.folded(name)]
  }

  private static func words(of greeting: String) -> [GreetingWord] {
    var result: [GreetingWord] = []
    var start: String.Index?
    var index = greeting.startIndex
    func isPart(_ character: Character) -> Bool {
      character.isLetter || character == "'" || character == "\u{2019}" || character == "-"
        || character == "."
    }
    while index < greeting.endIndex {
      if isPart(greeting[index]) {
        if start == nil { start = index }
      } else if let begin = start {
        result.append(GreetingWord(text: String(greeting[begin..<index]), range: begin..<index))
        start = nil
      }
      index = greeting.index(after: index)
    }
    if let begin = start {
      result.append(
        GreetingWord(text: String(greeting[begin...]), range: begin..<greeting.endIndex))
    }
    return result.compactMap { word in
      // "Prof." keeps its full stop for the quote; a name is compared without it.
      let text = word.text.trimming("'-\u{2019}")
      let trimmed = text.hasSuffix(".") && text.count > 1 ? text : text.trimming(".")
      return trimmed.isEmpty ? nil : GreetingWord(text: trimmed, range: word.range)
    }
  }
}
