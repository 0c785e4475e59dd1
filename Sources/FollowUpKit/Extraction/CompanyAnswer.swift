/// A reply to "Which company?" kept as the person typed it.
///
/// A company's own punctuation is part of its name: "Infogain Solutions Pvt. Ltd.", "Scoil
/// Mhuire N.S.", "Grind & Co.", "Caring Hands (Fife)", "The Grange at Tower Hill". The word
/// reader cuts at every full stop and bracket, so when the person capitalised the answer
/// themselves, the answer's first clause is taken whole instead: only the words around it ("it's",
/// "at") and a remark in lower case after it ("Ledgerly (fintech startup)") come off.
enum CompanyAnswer {
  /// The answer as typed, or nil when it is typed in lower case (the reader capitalises it), holds
  /// a sentence, or is not the answer `read` the word reader found in it.
  static func asTyped(_ text: String, read: String) -> String? {
    var answer = firstClause(text)
    var words = answer.split(separator: " ").map(String.init)
    while let first = words.first, openers.contains(first) { words.removeFirst() }
    // "its a small startup called Ledgerly": what the place is, said before "called", is no
    // part of its name (tuning 31's bk031 was thanked for a role "at a Small Startup Called
    // Ledgerly").
    // A name that opens with the word ("Called To Care Ltd") has nothing before it.
    if let called = words.firstIndex(where: { ["called", "named"].contains($0.lowercased()) }),
      called > 0, called + 1 < words.count
    {
      words.removeSubrange(...called)
    }
    // A full stop ends the answer unless it ends an abbreviation: "Inc.", "N.S.", "Co.".
    if let last = words.last, last.hasSuffix("."), !isAbbreviation(last) {
      words[words.count - 1] = String(last.dropLast())
    }
    answer = words.joined(separator: " ").trimming(" ,;:!")
    guard (1...8).contains(words.count), answer.contains(where: \.isUppercase),
      !words.contains(where: DirectAnswer.clauseWords.contains)
    else { return nil }
    // "Zenon trust bank plc", "St Bridget's care home": the words typed in lower case are
    // capitalised as in a name typed all in lower case; what the person capitalised stays. In a
    // name with capitals after its first word, a short lower-case word was written so on
    // purpose ("Bayanihan Para sa Lahat Foundation").
    let capitalsLater = words.dropFirst().contains(where: { $0.contains(where: \.isUppercase) })
    // "Ferrovia Freight Group plc", "Zenith Bank plc": "plc" is the one company suffix British
    // usage writes in lower case, so typed so by a person who capitalised the name it is their
    // spelling ("Cambridge BioNova ltd" is a slip, and reads "Ltd").
    answer = words.enumerated().map { index, word in
      capitalsLater && (word.count <= 2 || index > 0 && word == "plc")
        ? word : capitalised(word, first: index == 0)
    }.joined(separator: " ")
    // The same answer as the reader's, with more of it or a remark less.
    let (typed, found) = (CorrectionReader.folded(answer), CorrectionReader.folded(read))
    guard !typed.isEmpty, !found.isEmpty, typed.contains(found) || found.hasPrefix(typed) else {
      return nil
    }
    return answer
  }

  /// The name read, with the symbols the person typed in it kept: "harlow + finch" is "Harlow +
  /// Finch" and "loop+" is "Loop+", where the word reader sees only the words. The typed answer's
  /// first clause must hold the same letters as the name read, word for word, and only symbols
  /// besides ("+", "&", "@", dots); the capitals are the reader's. Nil when it does not, or when
  /// nothing was kept that the reader dropped.
  static func withSymbols(_ text: String, read: String) -> String? {
    var typed = ChatAside.cut(firstClause(text).split(separator: " ").map(String.init))
    while let first = typed.first, openers.contains(first.lowercased()) { typed.removeFirst() }
    var found = read.split(separator: " ").map(String.init)[...]
    var result: [String] = []
    for word in typed {
      let key = CorrectionReader.folded(word)
      // A symbol alone ("+", "&") between the words is the name's.
      if key.isEmpty {
        guard !result.isEmpty, word.count <= 2 else { return nil }
        result.append(word)
        // "bean & leaf co.": the reader kept the "&" as a word of its own too.
        if found.first == word { found.removeFirst() }
        continue
      }
      // "quantix.io": a web address is the name, its ending with it; the reader stopped at
      // the dot.
      if let next = found.first, found.count == 1, isWebAddress(word),
        word.lowercased().hasPrefix(next.lowercased() + ".")
      {
        found.removeFirst()
        result.append(next + word.dropFirst(next.count))
        continue
      }
      guard let next = found.first, CorrectionReader.folded(next) == key else { return nil }
      found.removeFirst()
      result.append(symbolsKept(typed: word, read: next))
    }
    guard found.isEmpty, let last = result.last, !CorrectionReader.folded(last).isEmpty else {
      return nil
    }
    // A full stop ends the answer unless it ends an abbreviation: "Ltd.", "Co.".
    if last.hasSuffix("."), !isAbbreviation(last) {
      result[result.count - 1] = String(last.dropLast())
    }
    let value = result.joined(separator: " ")
    return value == read ? nil : value
  }

  /// "quantix.io", "made.com", "gov.uk": letters, a dot, and an ending of two to four letters,
  /// typed as one word.
  static func isWebAddress(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2, let ending = parts.last, (2...4).contains(ending.count),
      ending.allSatisfy(\.isLetter)
    else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
  }

  /// One word as the reader wrote it, with the symbols typed around or inside it: "loop+" and
  /// "Loop" give "Loop+". The reader's word when the letters do not line up one to one.
  private static func symbolsKept(typed: String, read: String) -> String {
    let letters = Array(read.filter { $0.isLetter || $0.isNumber })
    guard typed.filter({ $0.isLetter || $0.isNumber }).count == letters.count else { return read }
    var index = 0
    var result = ""
    for character in typed {
      if character.isLetter || character.isNumber {
        result.append(letters[index])
        index += 1
      } else if !",;:!?\"".contains(character),
        // "(pty)": a bracket the reader kept on the word is the name's.
        !"()".contains(character) || read.contains(character)
      {
        result.append(character)
      }
    }
    return result
  }

  /// The name read, with the words after a comma that go on naming the firm: "obi, nnaji &
  /// partners" is "Obi, Nnaji & Partners", where the word reader stops at the comma. Nil when
  /// the answer does not begin with the name read or nothing after the comma continues it.
  static func continued(_ text: String, read: String) -> String? {
    guard let comma = text.firstIndex(of: ",") else { return nil }
    var head = text[..<comma].split(separator: " ").map(String.init)
    while let first = head.first, openers.contains(first.lowercased()) { head.removeFirst() }
    let rest = text[text.index(after: comma)...]
    guard !head.isEmpty,
      CorrectionReader.folded(head.joined(separator: " ")) == CorrectionReader.folded(read),
      continuesName(rest)
    else { return nil }
    let words = rest.prefix { !",;!?\n(".contains($0) }.split(separator: " ").map(String.init)
    // Each word as a name's word ("nnaji" is Nnaji, not an initialism); a legal form as the
    // reader writes one ("llp" is LLP).
    let tail = words.map { word in
      word != word.lowercased() || joiningWords.contains(word)
        ? word
        : OrganisationNouns.legalSuffixes.contains(word)
          ? capitalised(word, first: false) : PersonName.capitaliseName(word)
    }
    return read + ", " + tail.joined(separator: " ").trimming(" .")
  }

  /// The clause after a first clause that only describes the kind of place ("its a small
  /// firm", "its the council", "a family run place"), or nil when the first clause may hold a
  /// name. What the person says the place is, before naming it, is no name.
  static func afterDescription(_ text: String) -> String? {
    guard let comma = text.firstIndex(of: ","), text.count <= 120 else { return nil }
    let words = WordSplitter.words(String(text[..<comma]))
    let rest = String(text[text.index(after: comma)...]).trimming(" ")
    guard !words.isEmpty, !rest.isEmpty else { return nil }
    // "the one in dublin, penneys", "the one on grafton street, bewleys": which branch it
    // was, said before the name (answers tuning 31's bv062 met "The One").
    if words.count >= 3, words[0] == "the", words[1] == "one",
      ["in", "on", "at", "near", "by", "off"].contains(words[2])
    {
      return rest
    }
    guard words.contains(where: kindWords.contains) else { return nil }
    // "its a startup called nuvaro labs, like 12 people ...": a clause that names the place
    // after "called" is the answer, not a description before it (answers tuning 30's bt059
    // met "Vets" from a remark after it).
    if let called = words.firstIndex(where: { ["called", "named"].contains($0) }),
      called + 1 < words.count
    {
      return nil
    }
    // "its a small plumbing firm": after "a", any few words before the kind noun that closes
    // the clause say what sort of firm it is ("plumbing", "accountancy"), not which.
    let sorted =
      words.count <= 7 && kindWords.contains(words[words.count - 1])
      && words.firstIndex(where: { ["a", "an"].contains($0) }).map { article in
        words[..<article].allSatisfy(describing.contains)
      } == true
    guard sorted || words.allSatisfy({ describing.contains($0) || kindWords.contains($0) })
    else { return nil }
    return rest
  }

  /// Words that say what kind of place it was, not which.
  static let kindWords = OrganisationNouns.forEmployer.union(OrganisationNouns.commonKinds)
    .union(["place", "firm", "outfit", "chain", "charity", "startup", "nursery", "pub", "cafe"])

  /// Words around a kind of place in a description: "its a small family run".
  static let describing: Set<String> = openers.union([
    "a", "an", "small", "big", "little", "local", "family", "run", "family-run", "tiny", "large",
    "new", "just", "like", "kind", "of", "sort", "independent", "private", "public", "my",
  ])

  /// The name read, with the "the" the answer began with: "the royal oak hotel" is "The Royal Oak
  /// Hotel", as a pub's or a hotel's name is written. Not before an initialism ("the BBC" is
  /// "BBC"), nor before a single word that says what kind of place it is ("the council"); a
  /// single name keeps it ("the hunterian" is "The Hunterian", as "The Ivy" is written).
  static func withThe(_ text: String, read: String) -> String {
    let words = read.split(separator: " ")
    guard text.trimming(" ").lowercased().hasPrefix("the "), let first = words.first,
      words.count >= 2 || !kindWords.contains(first.lowercased()),
      first != first.uppercased(), !read.hasPrefix("The ")
    else { return read }
    // "the charity is called shelter cymru": the "the" was another noun's, not the name's,
    // unless the name follows it at once.
    let afterThe = String(text.trimming(" ").dropFirst(4))
    guard CorrectionReader.folded(afterThe).hasPrefix(CorrectionReader.folded(read)) else {
      return read
    }
    return "The " + read
  }

  /// Initials joined by "and" or "n", as a name like "M&S" is said aloud: "m and s", "b n q"
  /// are "M&S" and "B&Q", the way the firm writes itself. Nil for anything else.
  static func spokenInitials(_ text: String) -> String? {
    var words = firstClause(text).lowercased().split(separator: " ").map(String.init)
    while let first = words.first, openers.contains(first) { words.removeFirst() }
    guard words.count == 3, ["and", "n", "&"].contains(words[1]),
      words[0].count == 1, words[2].count == 1,
      words[0].allSatisfy(\.isLetter), words[2].allSatisfy(\.isLetter)
    else { return nil }
    return words[0].uppercased() + "&" + words[2].uppercased()
  }

  /// One word of a company's name as the note writes it. A word with a capital is kept as typed
  /// ("PayVault", "KPW"); one typed in lower case is capitalised ("zenon" -> "Zenon", "plc" ->
  /// "Plc"), an initialism in capitals ("nhs" -> "NHS"), a small joining word left as it is
  /// ("Bank of Ireland", "The Crown at Little Barford"), and each part after "&" or "@" too
  /// ("pixel&pine" -> "Pixel&Pine", "m&e" -> "M&E").
  static func capitalised(_ word: String, first: Bool) -> String {
    if word != word.lowercased() { return word }
    let lower = word.lowercased()
    if !first, joiningWords.contains(lower) { return word }
    // "easyjet", "pwc", "ebay": a firm that writes its name with capitals no rule could
    // guess is written as it writes itself (tuning 29's br050, br051, br171).
    if let styled = stylings[lower] ?? ProperSpelling.brands[lower] { return styled }
    // A public limited company is written "Plc" in a name typed in lower case, as people who
    // wrote the tuning sets spelled it, though it has no vowel.
    if lower == "plc" { return "Plc" }
    // "3m", "o2": a digit and a letter alone are a code, written in capitals ("3M", "O2");
    // "4x4" or "24h" is read as typed.
    if lower.count == 2, lower.contains(where: \.isNumber), lower.contains(where: \.isLetter) {
      return word.uppercased()
    }
    if initialisms.contains(lower) || ProperSpelling.isInitialism(lower) {
      // "dwp", "llp": no vowel, so an initialism ("DWP", "LLP"), never "Dwp".
      return word.uppercased()
    }
    // "kuehne+nagel": a plus joins two words of the name as "&" does ("Kuehne+Nagel").
    if word.contains("&") || word.contains("@") || word.contains("+") {
      var result = ""
      var capitalNext = true
      for character in word {
        result += capitalNext ? character.uppercased() : String(character)
        capitalNext = character == "&" || character == "@" || character == "+"
      }
      // "m&e", "at&t": letters alone on each side, or two beside one, are an initialism's.
      let parts = word.split(whereSeparator: { "&@+".contains($0) })
      let initialism =
        parts.count >= 2 && parts.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) })
        && parts.contains(where: { $0.count == 1 })
      return initialism ? word.uppercased() : result
    }
    // "3sixty", "hope4kids", "dash2door": a word of three letters or more after a digit is
    // a word of the name run together with a number, and is capitalised as one ("3Sixty",
    // "Hope4Kids"); "1st", "24h", "people1st" keep their letters.
    if word.contains(where: \.isNumber), word.contains(where: \.isLetter) {
      return numbered(word)
    }
    // "pen-y-bryn", "glan-yr-afon", "stratford-upon-avon": a short word between hyphens joins
    // the parts of a place name and stays small ("Pen-y-Bryn"); "co-op", a word of its own,
    // takes one capital.
    if word.contains("-") {
      if OrganisationNouns.inNames.contains(lower) {
        return lower.prefix(1).uppercased() + lower.dropFirst()
      }
      let parts = lower.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
      if parts.count >= 3 {
        return parts.enumerated().map { index, part in
          index > 0 && index < parts.count - 1 && (part.count <= 2 || joiningWords.contains(part))
            ? part : PersonName.capitaliseName(part)
        }.joined(separator: "-")
      }
    }
    // "(builders)": a word in brackets inside a name is capitalised inside them.
    if let open = word.first, "([".contains(open), word.count > 1 {
      return String(open) + capitalised(String(word.dropFirst()), first: first)
    }
    // "macmillan": the capital inside "MacLeod" is a surname's, and a guess even there. A name
    // opening on one is an organisation's own word, mostly written plain ("Macmillan Cancer
    // Support", "Macdonald Hotels"); after another name it is a partner's surname and is
    // written as a person's ("Mott MacDonald"), as the tuning answers spell it.
    if first, lower.hasPrefix("mac") { return lower.capitalisedFirst() }
    return PersonName.capitaliseName(word)
  }

  /// A word typed with a number in it: each run of three letters or more after a digit is
  /// capitalised, as the first letters are.
  private static func numbered(_ word: String) -> String {
    var result = ""
    var run = ""
    var afterDigit = false
    func flush() {
      guard !run.isEmpty else { return }
      let capital = result.isEmpty || afterDigit && run.count >= 3
      result += capital ? run.prefix(1).uppercased() + run.dropFirst() : run
      run = ""
    }
    for character in word {
      if character.isLetter {
        run.append(character)
      } else {
        flush()
        afterDigit = character.isNumber
        result.append(character)
      }
    }
    flush()
    return result
  }

  /// Small words inside a company's name, written in lower case.
  static let joiningWords: Set<String> = [
    "of", "the", "and", "&", "de", "du", "la", "for", "on", "upon", "in", "at", "by",
  ]

  /// Initialisms with vowels, written in capitals.
  /// Firms whose own spelling of their name has capitals inside or none at its start.
  static let stylings: [String: String] = [
    "easyjet": "easyJet", "pwc": "PwC", "gitlab": "GitLab", "github": "GitHub", "ikea": "IKEA",
    "7-eleven": "7-Eleven", "hubspot": "HubSpot", "jpmorgan": "JPMorgan",
    "mcdonald's": "McDonald's", "mcdonalds": "McDonald's", "easyhotel": "easyHotel",
  ]

  static let initialisms: Set<String> = [
    "nhs", "uk", "bbc", "itv", "hsbc", "kpmg", "pwc", "ey", "bt", "ibm", "aws", "usa", "us",
  ]

  /// The text up to the first comma, dash, question or exclamation mark, or bracket holding a
  /// lower-case remark; a bracket holding capitals ("(Fife)") is part of the name.
  static func firstClause(_ text: String) -> String {
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == ",", continuesName(text[text.index(after: index)...]) {
        result.append(character)
        index = text.index(after: index)
        continue
      }
      if ",;!?\n".contains(character) { break }
      if character == " ", text[index...].hasPrefix(" - ") { break }
      // "TyneFab Engineering Ltd. Please write with Ltd": the full stop after the name's last
      // abbreviation ends the sentence too when a sentence follows, one with a word no name
      // holds ("please", "it", "is"); "Pvt. Ltd." and "Grind & Co. Coffee" go on naming it.
      if character == ".", startsSentence(text[text.index(after: index)...]) { break }
      if character == "(" {
        let rest = text[text.index(after: index)...]
        let inside = rest.prefix { $0 != ")" }
        // "J & R Bell (builders) ltd": a bracket the name goes on after, to its legal form,
        // is the name's, in lower case too.
        let after = rest.dropFirst(inside.count + 1).split(separator: " ").first.map {
          $0.lowercased().trimming(".,")
        }
        let inName = after.map(OrganisationNouns.legalSuffixes.contains) ?? false
        if inside.first?.isUppercase != true, !inName { break }
      }
      result.append(character)
      index = text.index(after: index)
    }
    return result.trimming(" ")
  }

  /// A correction of the company with the article the person typed before the name: "its the
  /// drovers inn not arms" names "The Drovers Inn", as the answer "the drovers arms" named "The
  /// Drovers Arms" (`withThe`). Only where the name `held` had its article: "it was the costa
  /// coffee next door" after "Greggs" points at a place, and a name typed without one ("its
  /// Horniman Museum and Gardens") is left as read.
  static func withArticle(_ correction: Correction, in text: String, held: String?)
    -> Correction
  {
    guard case .company(let read) = correction, !read.hasPrefix("The "),
      held?.hasPrefix("The ") == true
    else { return correction }
    let spaced = { (words: String) in
      String(words.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
    guard (" " + spaced(text) + " ").contains(" the " + spaced(read) + " ") else {
      return correction
    }
    return .company("The " + read)
  }

  /// Whether the text after a full stop is a sentence of its own: a space, then words up to the
  /// next stop of which one is a word of a clause.
  static func startsSentence(_ rest: Substring) -> Bool {
    guard rest.first == " " else { return false }
    let sentence = rest.prefix { !".,;!?\n(".contains($0) }
    return sentence.split(separator: " ").contains { word in
      DirectAnswer.clauseWords.contains(word.lowercased())
    }
  }

  /// Whether the words after a comma go on naming the company: "Obi, Nwosu & Partners",
  /// "Kinfolk Health, Inc." (capitalised, and ending on a legal form or a kind of body), not
  /// "Ridgeview international school, Accra" or "Shoprite, Lekki" (a place).
  static func continuesName(_ rest: Substring) -> Bool {
    let clause = rest.prefix { !",;!?\n(".contains($0) }
    let words = clause.split(separator: " ")
    // "obi, nnaji & partners": typed in lower case, a name joined by "&" or "and" to a kind of
    // firm is the firm's name going on, as a place after a comma never is.
    let joined = words.dropFirst().contains { $0 == "&" || $0.lowercased() == "and" }
    guard let first = words.first, first.first?.isUppercase == true || joined, words.count <= 4,
      let last = words.last?.lowercased().trimming(".")
    else { return false }
    return OrganisationNouns.legalSuffixes.contains(last)
      || OrganisationNouns.commonKinds.contains(last) || joined && partnerships.contains(last)
  }

  /// How a firm named for its founders ends: "Obi, Nnaji & Associates", "Baker, Lowe and Sons".
  static let partnerships: Set<String> = [
    "associates", "sons", "daughters", "brothers", "bros", "architects", "surveyors", "accountants",
  ]

  /// "Inc.", "Pvt.", "N.S.": a word whose full stop belongs to it.
  static func isAbbreviation(_ word: String) -> Bool {
    let bare = word.dropLast()
    return bare.contains(".") || abbreviations.contains(bare.lowercased())
  }

  /// Legal forms and titles of organisations written with a full stop.
  static let abbreviations: Set<String> = OrganisationNouns.legalSuffixes.union([
    "pvt", "corp", "bros", "intl", "assoc", "st", "dept", "mfg", "pty", "gmbh", "sa", "ag",
  ])

  /// Words before an answer, typed in lower case: "it's Acme", "at Acme", "the Hillcrest
  /// Academy" (a capital "The" is the name's own).
  static let openers: Set<String> = [
    "it's", "its", "it", "was", "is", "at", "with", "for", "called", "company", "the", "through",
    "via",
  ]
}
