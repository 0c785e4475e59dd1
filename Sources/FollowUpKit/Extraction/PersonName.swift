/// A person's name as it will be written in a note: an optional title, a given name, a family name.
///
/// Interviewers are greeted differently by tone ("Hi Priya", "Dear Ms Shah"), so the parts are
/// kept apart rather than as one string. The candidate's own name uses the same type for the
/// sign-off.
public struct PersonName: Hashable, Sendable, Codable, CustomStringConvertible {
  /// "Dr", "Ms", "Prof": written without a full stop, British style.
  public var title: String?
  public var given: String?
  public var family: String?
  /// The family name is written first ("Liu Yang", given name Yang), as the person said.
  public var familyFirst: Bool?
  /// An interviewer's own job or team, as the person described them ("deputy head", "finance"):
  /// theirs, never the candidate's role.
  public var job: String?
  /// The words the person asked the note to greet them by ("greet her as Helen", "goes by
  /// gaz"): said by the person, so they win over any form built from the name.
  public var greetAs: String?
  /// The title a letter writes for someone the person addressed with their own courtesy
  /// ("sir ben tan" is "Mr Tan", "ma'am rose amadi" is "Ms Amadi"): never printed before the
  /// given name, only with the family name in a formal greeting.
  public var courtesy: String?

  public init(
    title: String? = nil, given: String? = nil, family: String? = nil, familyFirst: Bool? = nil,
    job: String? = nil
  ) {
    self.title = title
    self.given = given
    self.family = family
    self.familyFirst = familyFirst == true ? true : nil
    self.job = job
  }

  /// Parses a name such as "Dr Priya Shah", "prof. helen marsh" or "Sam".
  ///
  /// Lower-case input is capitalised as in a letter ("o'brien" -> "O'Brien"); a name typed with
  /// capitals keeps them. Returns nil when there is no name part at all.
  public init?(parsing text: String) {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(
      String.init)
    words = words.map { $0.trimming(",;:") }.filter { !$0.isEmpty }
    guard !words.isEmpty else { return nil }
    // "The Revd Margaret Ashworth-Pryce": the article before a title is the title's ("the
    // Revd", "the Hon"), no part of the name.
    if words.count > 2, words[0].lowercased() == "the", Self.isTitle(words[1], before: words[2]) {
      words.removeFirst()
    }
    // "ma'am janet": how the person speaks to her, said before her name, is no part of it and
    // no title a letter writes ("Dear Ma'am," greeted no one by name).
    var courtesy: String?
    if words.count > 1, let spoken = Self.spokenAddress[words[0].lowercased()] {
      words.removeFirst()
      courtesy = spoken
    } else if words.count > 1, words[0].lowercased() == "sir", !Self.isKnighthood(words) {
      // "sir ben tan": "sir" said to a first name is the person's courtesy (as in the
      // Philippines or India), not a knighthood; "Dear Sir Ben," would claim one.
      words.removeFirst()
      courtesy = "Mr"
    }
    var title: String?
    if let first = words.first, let known = Self.titles[first.lowercased().trimming(".")] {
      title = known
      words.removeFirst()
    } else if words.count >= 2, let abbreviated = Self.abbreviatedTitle(words[0], before: words[1])
    {
      title = abbreviated
      words.removeFirst()
    }
    // "Prof Dr Rosnah Ismail": titles are not stacked in a letter; the first said is written.
    while title != nil, words.count > 1, Self.titles[words[0].lowercased().trimming(".")] != nil {
      words.removeFirst()
    }
    // "HOPE BAKER", "Mr HENDERSON": a name typed in capitals is a shouting keyboard, not its
    // spelling (`unshouted`); it is written as if typed in lower case.
    words = Self.unshouted(words, titled: title != nil)
    let shouldCapitalise = words.allSatisfy { $0 == $0.lowercased() }
    if shouldCapitalise { words = Self.capitalised(words, afterTitle: title != nil) }
    switch words.count {
    case 0:
      return nil
    case 1:
      if title != nil {
        self.init(title: title, family: words[0])
      } else {
        self.init(given: words[0])
      }
    default:
      // "Ms Ní Bhriain", "Mr de Souza", "Dr van der Berg": after a title, a name that opens
      // with a particle is all family name.
      if title != nil,
        Self.familyParticles.contains(words[0].lowercased())
          || NameParts.abbreviations.contains(words[0].lowercased())
      {
        self.init(title: title, family: words.joined(separator: " "))
        return
      }
      // "Ong Mei Ling", "Ms Tan Siew Lan": a Chinese name is written family name first, and
      // its given name is the two words after it (`ChineseNameOrder`).
      if ChineseNameOrder.writesFamilyFirst(words) {
        self.init(
          title: title, given: words.dropFirst().joined(separator: " "), family: words[0],
          familyFirst: true)
      } else {
        self.init(
          title: title, given: words[0], family: words.dropFirst().joined(separator: " "))
      }
    }
    if title == nil { self.courtesy = courtesy }
  }

  /// Whether `word` is a title before `next`: a known one ("Revd", "Dr.") or one written short
  /// with a dot ("Eng.").
  static func isTitle(_ word: String, before next: String) -> Bool {
    titles[word.lowercased().trimming(".")] != nil || abbreviatedTitle(word, before: next) != nil
  }

  /// "Sir John Major": a knighthood is written as a letter writes it, "Sir" with a capital
  /// before a given and a family name with theirs. "sir ben tan" or "Sir Jomar" is how the
  /// person speaks to him.
  static func isKnighthood(_ words: [String]) -> Bool {
    words.count >= 3 && words.allSatisfy { $0.first?.isUppercase == true }
  }

  /// The name in full, with title: "Dr Priya Shah", "Sam", "Mr Green".
  public var full: String {
    let parts = familyFirst == true ? [title, family, given] : [title, given, family]
    return parts.compactMap { $0 }.joined(separator: " ")
  }

  public var description: String { full }

  /// The words of the name without its title: "Dr Priya Shah" is ["Priya", "Shah"].
  var fullWords: [String] {
    [given, family].compactMap { $0 }.flatMap { $0.split(separator: " ").map(String.init) }
  }

  /// How a friendly note greets them: "Priya", or "Dr Okafor" when only a family name is known.
  /// Who a note greets until the person knows the interviewer's name: "Dear Hiring Manager".
  static let hiringManager = PersonName(given: "Hiring", family: "Manager")

  public var informal: String {
    if let greetAs { return greetAs }
    // A role, not a person: "Hi Hiring," would read as a name.
    if self == Self.hiringManager { return full }
    // A title the person used is how they are addressed: "Mrs Rose Amadi" is "Mrs Amadi".
    if title != nil, given != nil || family != nil { return formal }
    if familyFirst == true, let given { return given }
    // "J. Smith": an initial is no name to greet by; the full name is.
    if let given, given.filter(\.isLetter).count == 1 { return full }
    // "Nguyễn Văn An" puts the family name first: greeting "Nguyễn" alone would be wrong, and
    // the full name is always polite.
    if writesFamilyFirst { return full }
    if let given { return given }
    return [title, family].compactMap { $0 }.joined(separator: " ")
  }

  /// Common family names of languages that write the family name first (Vietnamese, Chinese,
  /// Korean, in Latin letters), typed first.
  static let familyNameFirst: Set<String> = [
    "nguyễn", "nguyen", "trần", "tran", "lê", "phạm", "pham", "hoàng", "hoang", "huỳnh", "huynh",
    "phan", "vũ", "võ", "đặng", "dang", "bùi", "bui", "đỗ", "hồ", "ngô", "dương", "duong", "lý",
    "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu", "guo",
    "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang",
  ]

  /// The first word typed is a family name: a common one of a language that writes it first
  /// ("Nguyễn Văn An"), or one followed by a Korean given name ("Lee Jae-won").
  var writesFamilyFirst: Bool {
    guard let given, let family, familyFirst != true else { return false }
    return Self.familyNameFirst.contains(given.lowercased())
      || !family.contains(" ") && Self.isKoreanGivenName(family)
  }

  /// Two romanised Korean syllables joined by a hyphen: "jae-won", "min-jun", "seo-yeon". Such a
  /// given name is written with one capital ("Jae-won"), unlike "Abu-Zahra" or "Jean-Paul".
  static func isKoreanGivenName(_ word: String) -> Bool {
    let parts = word.lowercased().split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { isKoreanSyllable(String($0)) }
  }

  /// A consonant, a vowel and an optional final consonant, as Korean is romanised.
  static func isKoreanSyllable(_ text: String) -> Bool {
    let initials = [
      "", "g", "k", "kk", "n", "d", "t", "tt", "r", "l", "m", "b", "p", "pp", "s", "ss", "j", "jj",
      "ch", "h", "sh",
    ]
    let vowels = [
      "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "oo", "wo",
      "we", "wi", "yu", "eu", "ui", "i",
    ]
    let finals: Set<String> = ["", "k", "n", "t", "l", "m", "p", "ng"]
    for initial in initials where text.hasPrefix(initial) {
      let afterInitial = text.dropFirst(initial.count)
      for vowel in vowels where afterInitial.hasPrefix(vowel) {
        if finals.contains(String(afterInitial.dropFirst(vowel.count))) { return true }
      }
    }
    return false
  }

  /// How a formal note greets them: "Ms Shah", "Dr Okafor", or "Priya Shah" without a title.
  public var formal: String {
    if let greetAs { return greetAs }
    // "Mr Chen Jun": a family name written first is the one a title goes with.
    if let title, let given, familyFirst != true, writesFamilyFirst {
      return "\(title) \(given)"
    }
    // "Mr van der Merwe" held as given "van": a particle is never a given name, so it stays
    // with the family name it opens ("Dear Mr der Merwe," a blind judge marked).
    if let title, let given, let family, Self.familyParticles.contains(given.lowercased()) {
      return "\(title) \(given) \(family)"
    }
    // "Dame Elizabeth Moorcroft" is "Dame Elizabeth", as "Sir John Major" is "Sir John": titles
    // of honour go with the given name, never the family name alone.
    if let title, let given, Self.givenNameTitles.contains(title), familyFirst != true {
      return "\(title) \(given)"
    }
    if let title, let family { return "\(title) \(family)" }
    // A title needs a family name: "Dear Mrs Rania," reads as a mistake (a blind judge marked
    // it), so a given name alone is written without the title. A rank or a religious title
    // goes with any name ("Sister Mary", "Chef Marco").
    if let title, let given {
      return Self.withAnyName.contains(title) ? "\(title) \(given)" : given
    }
    if let courtesy, let family, familyFirst != true { return "\(courtesy) \(family)" }
    return full
  }

  /// A name's words without case, hyphens, marks or order, so that "Park Ji-woo" and "Jiwoo
  /// Park" are seen to be one person. Titles are left out ("Mr Church" is "Church").
  static func key(_ text: String) -> Set<String> {
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map {
      String($0.filter { $0.isLetter || $0.isNumber })
    }
    return Set(words.filter { !$0.isEmpty && titles[$0] == nil })
  }

  /// A title written short, as typed: "En." (Encik) in "En. Faizal", "Pn." or "Hj." before a
  /// name. A short capitalised word with a full stop, before a capitalised word, is a title, not
  /// a name: a given name is not written with a full stop, and an initial is one letter ("J.
  /// Smith"). Nil for any other word.
  static func abbreviatedTitle(_ word: String, before next: String) -> String? {
    guard word.hasSuffix("."), next.first?.isUppercase == true else { return nil }
    let letters = word.dropLast()
    guard (2...4).contains(letters.count), letters.allSatisfy(\.isLetter),
      letters.first?.isUppercase == true, letters.dropFirst().allSatisfy(\.isLowercase)
    else { return nil }
    return word
  }

  /// Titles people type, mapped to how a letter writes them.
  static let titles: [String: String] = [
    "dr": "Dr", "doctor": "Dr", "ms": "Ms", "mrs": "Mrs", "mr": "Mr", "mx": "Mx", "miss": "Miss",
    // "professor" typed in full is kept in full: "Dear Professor Marsh" is how a letter greets.
    "prof": "Prof", "professor": "Professor", "sir": "Sir", "dame": "Dame", "rev": "Rev",
    "reverend": "Rev", "revd": "Revd", "eng": "Eng", "chef": "Chef", "dr.": "Dr", "mr.": "Mr",
    "mrs.": "Mrs", "ms.": "Ms",
    "prof.": "Prof", "mx.": "Mx", "cllr": "Cllr", "councillor": "Cllr", "lord": "Lord",
    "lady": "Lady", "captain": "Captain", "capt": "Captain", "sister": "Sister",
    "father": "Father", "fr": "Fr", "rabbi": "Rabbi", "imam": "Imam", "pastor": "Pastor",
    "coach": "Coach", "señora": "Señora", "senora": "Señora", "sra": "Sra", "señor": "Señor",
    "senor": "Señor", "sr": "Sr", "srta": "Srta", "mme": "Mme", "madame": "Madame", "herr": "Herr",
    "frau": "Frau", "mister": "Mr", "dra": "Dra", "engr": "Engr", "alhaji": "Alhaji",
    "alhaja": "Alhaja", "sgt": "Sgt", "hon": "Hon", "barr": "Barr", "arc": "Arc",
    // Ranks and offices said before a surname, as a greeting keeps them: "Dear Sergeant Morrow".
    "sergeant": "Sergeant", "corporal": "Corporal", "cpl": "Cpl", "inspector": "Inspector",
    "governor": "Governor", "lieutenant": "Lieutenant", "lt": "Lt", "colonel": "Colonel",
    "constable": "Constable", "matron": "Matron", "madam": "Madam",
    // Honorifics said with a given name, as Malay and Thai address people ("Puan Salmah",
    // "Khun Nok"): read as a given name they greeted by the honorific alone ("Dear Puan,").
    "puan": "Puan", "encik": "Encik", "cik": "Cik", "khun": "Khun",
    // Indonesian, the same way: "Pak Hendra", "Ibu Ratna" ("Hi Pak," had lost the name).
    "pak": "Pak", "bapak": "Bapak", "ibu": "Ibu",
  ]

  /// Titles written short, the ones a dot may follow inside a sentence ("Dr. Bello"); a title
  /// that is a whole word ("chef", "coach") followed by a dot ends its sentence.
  static let shortTitles: Set<String> = [
    "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "cllr", "capt", "fr", "sra", "sr", "srta",
    "mme", "dra", "engr", "sgt", "hon", "barr", "arc", "cpl", "lt", "st", "eng", "revd",
  ]

  /// Titles that go with a given name as well as a family name: "Sister Mary", "Father
  /// Declan", "Chef Marco", "Coach Dave". Social titles ("Mrs", "Mr", "Dr") need a family name.
  static let withAnyName: Set<String> = [
    "Sister", "Father", "Fr", "Chef", "Coach", "Pastor", "Imam", "Rabbi", "Sir", "Dame", "Lord",
    "Lady", "Señora", "Señor", "Sra", "Sr", "Srta", "Alhaji", "Alhaja", "Matron", "Puan", "Encik",
    "Cik", "Khun", "Pak", "Bapak", "Ibu",
  ]

  /// Titles of honour that go with the given name: "Sir John", "Dame Elizabeth".
  static let givenNameTitles: Set<String> = ["Sir", "Dame"]

  /// Words of spoken address said before a name ("ma'am janet", "maam rose"): the speaker's
  /// courtesy, not a title written in a letter.
  /// Each with the title a letter writes for it.
  static let spokenAddress: [String: String] = ["ma'am": "Ms", "maam": "Ms", "ma’am": "Ms"]

  /// Ranks and offices: how others address the person, never how the person signs.
  static let ranks: Set<String> = [
    "Sergeant", "Sgt", "Corporal", "Cpl", "Inspector", "Governor", "Lieutenant", "Lt", "Colonel",
    "Constable", "Captain",
  ]

  /// Words that open a family name: "Ní Bhriain", "Ó Súilleabháin", "de Souza", "bin Hassan".
  static let familyParticles: Set<String> = [
    "ní", "ni", "nic", "ó", "uí", "ua", "mac", "mc", "de", "van", "von", "da", "di", "del",
    // The Filipino "dela Cruz", "delos Santos" (answers tuning 23's bf156 greeted "Mr Cruz").
    "dela", "delos", "'t",
    "della", "dos", "das", "du", "le", "la", "bin", "ibn", "al", "el", "abu", "ter", "ten",
    // "Mr. O Brian": the Irish "Ó" typed without its mark, before the part it binds to.
    "o",
  ]

  /// Particles that stay lower case inside a name: "Maria de la Cruz", "Ludwig van Beethoven".
  /// The Arabic article is written with its capital in English ("Khalid bin Saeed Al
  /// Mansoori", "Fatima Zahra El Idrissi"): it is a family particle, never one kept lower.
  static let particles: Set<String> = [
    "de", "la", "le", "van", "von", "der", "den", "da", "di", "du", "del", "della", "dos", "das",
    "bin", "binti", "ibn", "ter", "ten", "y",
    // Dutch "van 't Hof" (answers tuning 35's cd140 kept only "Sanne").
    "'t",
    // Welsh "son of": "Rhys ap Gwilym".
    "ap",
  ]

  /// Capitalises lower-case name words: "o'brien" -> "O'Brien", "mcdonald" -> "McDonald",
  /// "mensah-bonsu" -> "Mensah-Bonsu"; particles after the first word stay lower case.
  /// The name with each word typed all in lower case given its capital, beside words typed
  /// with one ("Łukasz wiśniewski" is "Łukasz Wiśniewski"). A short word in lower case just
  /// before a word typed with a capital is a particle the person wrote so ("Jerome dela Cruz",
  /// "Ludwig van Dijk"), as are the known particles after the first word.
  static func capitalisingLowerCase(_ name: PersonName) -> PersonName {
    let split = { (part: String?) in (part ?? "").split(separator: " ").map(String.init) }
    let written =
      name.familyFirst == true
      ? split(name.family) + split(name.given)
      : split(name.given) + split(name.family)
    guard written.contains(where: { $0 != $0.lowercased() }) else { return name }
    let bound = NameParts.bound(written)
    let fixed = written.enumerated().map { offset, word -> String in
      guard word == word.lowercased(), word.first?.isLetter == true else { return word }
      // "Mac an tSaoir": a short word joined to a particle stays as typed.
      if offset > 0, bound[offset], NameParts.joiningWords.contains(word) { return word }
      let next = offset + 1 < written.count ? written[offset + 1] : ""
      if offset > 0, particles.contains(word) { return word }
      if offset > 0, word.count <= 4, next.first?.isUppercase == true { return word }
      return capitaliseName(word)
    }
    var result = name
    let first = name.familyFirst == true ? split(name.family).count : split(name.given).count
    let head = fixed.prefix(first).joined(separator: " ")
    let tail = fixed.dropFirst(first).joined(separator: " ")
    if name.familyFirst == true {
      result.family = name.family.map { _ in head }
      result.given = name.given.map { _ in tail }
    } else {
      result.given = name.given.map { _ in head }
      result.family = name.family.map { _ in tail }
    }
    return result
  }

  /// The name's words with those typed in capitals put in lower case, so that the usual
  /// capitals of a name are written: "HOPE BAKER" is "hope baker", "NGUYEN THI Lan" is "nguyen
  /// thi Lan" (and so "Nguyen Thi Lan" once capitalised).
  ///
  /// No name is spelt in capitals, so a word of three letters or more typed so was shouted. A
  /// shorter one may be initials ("AJ Patel", "JP"), kept unless every word of the name is
  /// shouted ("LI WEI"). Words with a lower-case letter are left as typed ("McKay"). One word
  /// alone with no title ("AVP", "HR") may be an office or a team read as a name, and keeps its
  /// capitals so that the readers that know such words still see them.
  static func unshouted(_ words: [String], titled: Bool) -> [String] {
    guard words.count >= 2 || titled else { return words }
    func isCapitals(_ word: String) -> Bool {
      word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase)
    }
    let letters = words.map { $0.filter(\.isLetter).count }
    let allShouted = words.allSatisfy(isCapitals) && letters.contains(where: { $0 >= 3 })
    return words.indices.map { index in
      let word = words[index]
      guard isCapitals(word), allShouted || letters[index] >= 3 else { return word }
      let lowered = word.lowercased()
      // A lower-cased word is capitalised below only when all are; one among typed capitals
      // ("NGUYEN THI Lan") is written capitalised here.
      return words.allSatisfy(isCapitals) ? lowered : capitaliseName(lowered)
    }
  }

  static func capitalised(_ words: [String], afterTitle: Bool = false) -> [String] {
    let bound = NameParts.bound(words)
    return words.enumerated().map { offset, word in
      // "Maria de la Cruz", and after a title "Mr de Souza": particles stay lower case.
      if (offset > 0 || afterTitle && words.count > 1) && particles.contains(word) { return word }
      // "Aoife Mac an Bhaird": a short word joined to a particle stays lower case too.
      if offset > 0, bound[offset], NameParts.joiningWords.contains(word) { return word }
      return capitaliseName(word)
    }
  }

  /// A name word as the person typed it, bare of the punctuation around it, with capitals
  /// restored only when typed all in lower case: "tunde," is "Tunde", "McKay" stays "McKay".
  /// Shared by every reader that lifts a name out of a sentence (a stated form of address, a
  /// person added to the greeting) so they write it alike.
  static func asTyped(_ typed: String) -> String {
    let word = typed.trimming(",.;:!?\"'()“”‘’")
    return word == word.lowercased() ? capitaliseName(word) : word
  }

  static func capitaliseName(_ word: String) -> String {
    // "jae-won" -> "Jae-won": a Korean given name has one capital.
    if isKoreanGivenName(word) { return word.capitalisedFirst() }
    let parts = word.split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
      var text = String(part).capitalisedFirst()
      // "o'brien" -> "O'Brien", "d'angelo" -> "D'Angelo"; not "didn't".
      if let mark = text.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
        text.distance(from: text.startIndex, to: mark) <= 2
      {
        let after = text.index(after: mark)
        text = text[...mark] + text[after...].capitalisedFirstSubstring()
      }
      if text.hasPrefix("Mc"), text.count > 3 {
        let rest = text.dropFirst(2)
        text = "Mc" + String(rest).capitalisedFirst()
      }
      // "macleod" -> "MacLeod", "macdonald" -> "MacDonald"; not "Machado" or "Macey".
      if text.hasPrefix("Mac"), text.count >= 7, let fourth = text.dropFirst(3).first,
        "ldkmngrpcbf".contains(fourth),
        !["mackie", "macron", "macias", "macklin"].contains(text.lowercased())
      {
        text = "Mac" + String(text.dropFirst(3)).capitalisedFirst()
      }
      return text
    }
    return parts.joined(separator: "-")
  }
}

extension Substring {
  func capitalisedFirstSubstring() -> String {
    guard let first else { return String(self) }
    return first.uppercased() + dropFirst()
  }
}
