/// Turns a phrase about the interviewer's side into one that speaks to them.
///
/// The note is addressed to the interviewer, so "their switch to electric cargo bikes" becomes
/// "your switch to electric cargo bikes" and "how she runs the clinic" becomes "how you run the
/// clinic". Other people's things stay theirs: in "helping farmers manage their water" the water
/// is the farmers'. The rule: a "their" belongs to the company unless a group of other people is
/// named before it in the same phrase.
struct Perspective {
  struct Word {
    var text: String
    var spaceBefore: Bool
    /// Capitalised only because it opened the person's sentence ("The new depot came up").
    var isSentenceCase: Bool
  }

  let document: Document
  let range: Range<Int>
  let companyWords: [String]
  let interviewerWords: WordSet
  /// Whether the words are what someone on the employer's side said ("pam said we finally got
  /// the county to fund the mobile unit"): their "we" and "our" are the reader's side, "you".
  var employerSpeaks = false
  /// Whether symbols the tokens leave out are written back where the person typed them: "40%",
  /// "data + hydraulics", "£5k". A figure without its "%" says another thing, and "data
  /// hydraulics" is no subject anyone studied. Set for the person's own point, which is printed
  /// as they wrote it.
  var keepsSymbols = false

  private var tokens: [Token] { document.tokens }

  mutating func rendered() -> [Word] {
    var words: [Word] = []
    var index = range.lowerBound
    var otherOwnerSeen = false
    var singularSubject = false
    var subjectTurned = false
    var verbPending = false
    // "my mam and her friends", "my father ... he was asking": once the person names someone
    // of their own, a "he", "she", "his" or "her" may be that person, so it is never turned
    // into the reader's "you".
    var ownPersonNamed = false
    // "I'd love to learn on them from day one, theyre meant to be quieter": in the person's
    // own line a "them" is never turned to the reader, so a "they" after it is the same
    // things or people, kept as said rather than made "you're" (tuning 51's cy032 told the
    // interviewer they were quieter for passengers).
    var themKept = false
    while index < range.upperBound {
      let token = tokens[index]
      let lower = token.lower
      let original = document.text(token)
      let space =
        index > range.lowerBound && hasSpaceBefore(index) && !followsStuckSymbol(index)
      var replacement: String?
      var consumed = 1

      if Lexicon.Lookup.otherOwners.contains(token) || isPluralNoun(token)
        || namesAnotherOrganisation(index)
      {
        otherOwnerSeen = true
      }

      if verbPending, token.kind == .word {
        if lower.hasSuffix("ly")
          || [
            "also", "really", "just", "still", "now", "already", "actually", "even", "never",
            "always", "all",
          ].contains(lower)
        {
          // An adverb between subject and verb: the verb comes next.
        } else {
          verbPending = false
          if singularSubject { replacement = Self.plural(of: lower) }
        }
      }

      // Tested by the token's hash, as every word of every rendered topic passes here.
      if !ownPersonNamed, Self.my.contains(token) { ownPersonNamed = true }
      let employerWord = employerSpeaks ? Self.employerWe[token] : nil
      // "my mum had carers and they were always rushing": once the person has named someone
      // of their own and then people, "they" are those people, never the reader.
      // In the person's own line (`keepsSymbols`), "my mother is a trader ... I know what
      // they need": "they" may be the people the person's own world brings in, and the
      // note turns a pronoun to the reader only when it can only be the employer.
      if keepsSymbols, lower == "them" { themKept = true }
      let keptAsSaid =
        ownPersonNamed
        && (Self.personalPronouns.contains(token)
          || (otherOwnerSeen || keepsSymbols) && Self.they.contains(token))
        || themKept && Self.they.contains(token)
      switch employerWord != nil || keptAsSaid ? nil : Self.roles[token] {
      case .possessive:
        // "so its not just rewires anymore": "its" before "not" or an adverb is "it's" typed
        // without its apostrophe, a subject and a verb, and no owner of the reader's.
        // "you recycle old fridges at their own plant": "own" binds the owner to the subject
        // the note turned to the reader, whatever plural came between (tuning 36's bu057).
        let ownOfSubject =
          subjectTurned && index + 1 < range.upperBound && tokens[index + 1].lower == "own"
        if !otherOwnerSeen || ownOfSubject, !isContractedIt(index) { replacement = "your" }
      case .personalPossessive:
        if isPossessive(at: index), !otherOwnerSeen { replacement = "your" }
      case .subject:
        if isSubjectPosition(index) || isRelativeSubject(index) {
          replacement = "you"
          subjectTurned = true
          singularSubject = lower != "they"
          verbPending = true
          // Their "their" is now the interviewer's again: "how they train their apprentices".
          otherOwnerSeen = false
        }
      case .contraction:
        // "the surgery theyve just built": a contraction is always a subject, wherever it
        // stands. "theyre", "theyve": typed without the apostrophe, written with it.
        let tail = lower.drop(while: { $0 != "'" })
        replacement = tail.isEmpty ? "you'" + lower.dropFirst(4) : "you" + tail
      case .subjectIs:
        if isSubjectPosition(index) {
          // "he's just got": the verb after any adverb says which "'s" it is.
          var look = index + 1
          while look + 1 < range.upperBound,
            ["just", "already", "recently", "also", "now", "really", "finally"].contains(
              tokens[look].lower)
          {
            look += 1
          }
          let next = look < range.upperBound ? tokens[look].lower : ""
          let after = look + 1 < range.upperBound ? tokens[look + 1].lower : ""
          // "he's stoked about", "she's pleased with": an "-ed" word before the preposition a
          // feeling takes is an adjective after "is"; "he's opened a" is a perfect.
          // Not a verb that takes these prepositions itself: "he's talked about", "she's
          // worked with" are perfects.
          let feeling =
            next.hasSuffix("ed") && Self.feelingPrepositions.contains(after)
            && !Self.perfectsBeforePrepositions.contains(next)
          let perfect =
            !feeling && (next.hasSuffix("ed") || next.hasSuffix("en"))
            || [
              "been", "got", "built", "made", "done", "won", "run", "grown", "set", "led",
              "brought",
            ].contains(next)
          replacement = perfect ? "you've" : "you're"
        }
      case .themselves:
        if !otherOwnerSeen { replacement = "yourselves" }
      case .the:
        // "the company's plans" -> "your plans"; "the team's work" -> "your team's work".
        if index + 1 < range.upperBound {
          let next = tokens[index + 1].lower
          if tokens[index + 1].lowerHasSuffix("'s")
            && OrganisationNouns.forEmployer.contains(next.replacingSuffix("'s"))
          {
            replacement = next == "team's" ? "your team's" : "your"
            consumed = 2
          } else if Self.companyNounLookup.contains(tokens[index + 1]), next != "team",
            isSubjectOfHow(index)
          {
            replacement = "you"
            consumed = 2
            singularSubject = true
            verbPending = true
          }
        }
      case nil:
        // "Northgate's new depot" or "Priya's team" -> "your ...".
        if token.lowerHasSuffix("'s") || token.lowerHasSuffix("s'") {
          let stem = lower.hasSuffix("'s") ? String(lower.dropLast(2)) : String(lower.dropLast(1))
          // The company's last word owns only after the rest of its name: "Deloitte Ghana's"
          // is the employer, "Bank of Ghana's" another owner ("Bank of your new cyber security
          // directive" had been written, tuning 31's bk048).
          let namePrefix = companyWords.dropLast()
          let written = words.suffix(namePrefix.count).map { $0.text.lowercased() }
          let ownedByCompany =
            companyWords.last == stem && (namePrefix.isEmpty || written == Array(namePrefix))
          if interviewerWords.contains(stem) || ownedByCompany {
            // Drop the rest of the company's name already written: "Northgate Foods'" is one owner.
            while let last = words.last, companyWords.contains(last.text.lowercased()) {
              words.removeLast()
            }
            replacement = "your"
          } else if ![
            "it's", "that's", "what's", "there's", "he's", "she's", "who's", "here's", "let's",
          ].contains(lower) {
            // "the city's plan to ban cars from its centre": the city owns what follows.
            otherOwnerSeen = true
          }
        }
      }

      if let employerWord { replacement = employerWord }
      var text = replacement ?? original
      if replacement != nil, token.isCapitalized, index == range.lowerBound, let first = text.first
      {
        text = first.uppercased() + text.dropFirst()
      }
      let isFirstPerson = Self.firstPerson.contains(token)
      let sentenceCase =
        !isFirstPerson && index == range.lowerBound && token.isCapitalized
        && isSentenceInitial(index)
        && !usedCapitalisedElsewhere(lower)
        && !isCalendarName(lower, at: index)
      words.append(
        Word(
          text: text, spaceBefore: space || (words.isEmpty ? false : space),
          isSentenceCase: sentenceCase))
      if sentenceCase, let last = words.last {
        words[words.count - 1].text = last.text.lowercasedFirst()
      }
      index += consumed
      if keepsSymbols {
        keepSymbols(after: index - 1, in: &words)
      } else if isGluedPlus(before: index) {
        words[words.count - 1].text += "+"
      }
    }
    if let first = words.first, first.text == "Your" { words[0].text = "your" }
    return words
  }

  /// Whether "its" at `index` is "it's" typed without the apostrophe: a possessive is followed
  /// by its thing, never by "not" or an adverb ("its not", "its really", "its just").
  private func isContractedIt(_ index: Int) -> Bool {
    guard tokens[index].lower == "its", index + 1 < tokens.count else { return false }
    return ["not", "really", "just", "so", "very", "actually", "basically", "been", "gonna"]
      .contains(tokens[index + 1].lower)
  }

  /// "I worked at a combined authority on their franchising consultation": an organisation
  /// brought in by "a", "an", "my" or "our" is not the reader's, and a "their" after it is that
  /// organisation's. "the council" may be the employer; "a council" never is.
  private func namesAnotherOrganisation(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word, !token.isForeign,
      Self.organisationNouns.contains(token)
    else { return false }
    var look = index - 1
    while look >= range.lowerBound, look >= index - 3, tokens[look].kind == .word {
      if Self.otherDeterminers.contains(tokens[look]) { return true }
      look -= 1
    }
    return false
  }

  /// The nouns that name an organisation as a whole: "the company" and its kin, and the public
  /// bodies people work at ("a combined authority", "an NHS trust").
  /// A `WordSet`, tested by the token's packed key: hashing each word of every rendered phrase
  /// as a string had been 2% of all extraction.
  private static let organisationNouns = WordSet(
    OrganisationNouns.forEmployer.union([
      "authority", "foundation", "institute", "centre", "center", "ministry", "nursery",
      "pharmacy", "cooperative", "co-op", "union", "association", "consultancy", "hospice",
      "corporation", "federation", "partnership", "body", "regulator", "supplier", "client",
      "customer", "provider", "contractor", "vendor", "employer", "competitor",
    ]))

  /// Determiners that bring in an organisation that is not the reader's.
  private static let otherDeterminers: WordSet = ["a", "an", "my", "our", "another"]

  /// The symbols typed between the token at `index` and the next one ("40%", "data + hydraulics",
  /// "£5k"), written back into `words`: stuck to the word before when typed so, or a word of
  /// their own. Only a gap of symbols and spaces: anything else between tokens is punctuation
  /// the tokens already hold. After the phrase's last word only a symbol stuck to it is its
  /// own ("by 40%"); one after a space belongs to what follows.
  private func keepSymbols(after index: Int, in words: inout [Word]) {
    guard index >= range.lowerBound, !words.isEmpty else { return }
    let gapEnd = index + 1 < tokens.count ? tokens[index + 1].start : document.bytes.count
    let gap = document.bytes[tokens[index].end..<gapEnd]
    // "my grandparents' shamba": an apostrophe stuck after a plural in "-s" and before a
    // space is its owner's mark, not a quote closing. Dropped, the line read "my grandparents
    // shamba" and was held back for the mark it had lost (tuning 45's cm015).
    if gap.first == 0x27 || gap.starts(with: [0xE2, 0x80, 0x99]), index + 1 < range.upperBound,
      let last = words.last?.text.last, last == "s" || last == "S",
      gap.dropFirst(gap.first == 0x27 ? 1 : 3).first == 0x20
    {
      words[words.count - 1].text += gap.first == 0x27 ? "'" : "\u{2019}"
      return
    }
    guard let first = gap.firstIndex(where: { $0 != 0x20 }),
      let last = gap.lastIndex(where: { $0 != 0x20 })
    else { return }
    let symbols = gap[first...last]
    guard symbols.allSatisfy(Self.isKeptSymbol(_:)) || Self.isCurrency(symbols) else { return }
    let text = String(decoding: symbols, as: UTF8.self)
    let spaceBefore = first > tokens[index].end
    if index + 1 >= range.upperBound, spaceBefore { return }
    if spaceBefore {
      words.append(Word(text: text, spaceBefore: true, isSentenceCase: false))
    } else {
      words[words.count - 1].text += text
    }
  }

  /// Whether the token at `index` has a kept symbol stuck to its front ("£5k", "#1"): then no
  /// space goes before it, the symbol having been written as the word before.
  private func followsStuckSymbol(_ index: Int) -> Bool {
    if isGluedPlus(before: index) { return true }
    guard keepsSymbols, index > range.lowerBound else { return false }
    let start = tokens[index].start
    let gap = document.bytes[tokens[index - 1].end..<start]
    guard let last = gap.last, last != 0x20 else { return false }
    let symbols = gap.drop(while: { $0 == 0x20 })
    return !symbols.isEmpty
      && (symbols.allSatisfy(Self.isKeptSymbol(_:)) || Self.isCurrency(symbols))
  }

  /// Whether a "+" is typed glued between the word before `index` and the number at it: "T+1",
  /// "A+2". It is part of one name ("the move to T+1 settlement"), kept in every phrase; split
  /// off, "T 1" read as a letter and a count, and the note printed "hearing about 1 settlement".
  private func isGluedPlus(before index: Int) -> Bool {
    guard index > range.lowerBound, index < range.upperBound, index < tokens.count,
      tokens[index].kind == .number
    else { return false }
    let gap = document.bytes[tokens[index - 1].end..<tokens[index].start]
    return gap.count == 1 && gap.first == 0x2B
  }

  /// ASCII symbols that stand for a word in a figure or between two words: "%", "+", "&", "$",
  /// "#", "@", "=", "<", ">", "*", "~".
  private static func isKeptSymbol(_ byte: UInt8) -> Bool {
    [0x25, 0x2B, 0x26, 0x24, 0x23, 0x40, 0x3D, 0x3C, 0x3E, 0x2A, 0x7E].contains(byte)
  }

  /// "£", "€", "°": a currency or degree sign, typed before or after a figure.
  private static func isCurrency(_ bytes: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    return ["£", "€", "°", "¥", "₹"].contains(text)
  }

  /// What a word may be turned into, by the rules in `rendered()`.
  private enum Role {
    /// "their", "its"
    case possessive
    /// "her", "his": possessive or object
    case personalPossessive
    /// "they", "she", "he"
    case subject
    /// "they're", "she'd", ...
    case contraction
    /// "she's", "he's": "you're" or "you've"
    case subjectIs
    case themselves
    case the
  }

  private static let roles = WordMap<Role>(
    [
      ("their", .possessive), ("its", .possessive), ("her", .personalPossessive),
      ("his", .personalPossessive), ("they", .subject), ("she", .subject), ("he", .subject),
      ("she's", .subjectIs), ("he's", .subjectIs), ("shes", .subjectIs), ("hes", .subjectIs),
      ("themselves", .themselves), ("the", .the),
    ]
      + [
        "they're", "they've", "they'd", "they'll", "she'd", "he'd", "she'll", "he'll", "theyre",
        "theyve", "theyll",
      ].map {
        ($0, Role.contraction)
      })

  private static let firstPerson: WordSet = ["i", "i'm", "i've", "i'd", "i'll"]

  /// Prepositions a feeling's adjective takes ("excited about", "pleased with", "impressed
  /// by"), and a perfect's "-ed" seldom does before anything else.
  private static let feelingPrepositions: WordSet = ["about", "with", "by", "at", "of"]

  /// Verbs whose "-ed" form takes those prepositions as a perfect, not as a feeling: "he's
  /// talked about the merger", "she's worked with the NHS", "he's heard of us".
  private static let perfectsBeforePrepositions: WordSet = [
    "talked", "asked", "heard", "learned", "learnt", "worked", "partnered", "teamed", "dealt",
    "invested", "moved", "experimented", "looked", "lived", "stayed", "helped", "joined",
    "spoken", "thought", "written", "read", "complained", "wondered", "dreamed", "dreamt",
  ]

  private static let my: WordSet = ["my"]

  private static let they: WordSet = ["they", "they're", "theyre", "they've", "theyve", "they'd"]

  /// The employer's own "we", said to the reader: "we've just got" -> "you've just got".
  private static let employerWe = WordMap<String>([
    ("we", "you"), ("we're", "you're"), ("we've", "you've"), ("weve", "you've"),
    ("we'll", "you'll"), ("we'd", "you'd"), ("our", "your"),
  ])

  /// The pronouns of one person, which may stand for someone the person named themselves.
  private static let personalPronouns: WordSet = [
    "he", "she", "his", "her", "he's", "she's", "he'd", "she'd", "he'll", "she'll",
  ]

  /// "the mentoring program he mentioned": a pronoun after a noun and before a verb in the
  /// past is the subject of a clause about that noun, so it speaks of the reader like any
  /// other subject.
  private func isRelativeSubject(_ index: Int) -> Bool {
    guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
    let previous = tokens[index - 1]
    let next = tokens[index + 1]
    guard previous.kind == .word, !Lexicon.stopwords.contains(previous.lower), next.kind == .word
    else { return false }
    return next.lowerHasSuffix("ed") && next.lower.utf8.count > 4
      || Self.pastVerbs.contains(next.lower)
  }

  /// Verbs in the past that do not end in "-ed".
  private static let pastVerbs: Set<String> = [
    "said", "told", "showed", "gave", "made", "built", "ran", "took", "brought", "set", "won",
    "got", "spoke", "described", "wrote", "drew", "led",
  ]

  /// A plural common noun ("farms", "tenants") that may own the next "their". Words that are
  /// usually verbs or not plural ("sells", "business", "news") do not count.
  private func isPluralNoun(_ token: Token) -> Bool {
    let word = token.lower
    guard token.kind == .word, !token.isCapitalized || lowercaseNames else { return false }
    // A packed word is ASCII, where a character is a byte.
    guard token.key.isPacked ? word.utf8.count > 3 : word.count > 3, token.lowerHasSuffix("s")
    else { return false }
    if token.lowerHasSuffix("ss") || token.lowerHasSuffix("us") || token.lowerHasSuffix("is")
      || token.lowerHasSuffix("'s") || token.lowerHasSuffix("ics")
    {
      return false
    }
    if Lexicon.Lookup.stopwords.contains(token) || Lexicon.Lookup.clauseVerbs.contains(token) {
      return false
    }
    return !Self.notPlural.contains(token)
  }

  private static let notPlural: WordSet = [
    "news", "series", "always", "perhaps", "sometimes", "towards", "besides", "ages", "plans",
    "uses", "runs", "helps", "sells", "makes", "works", "gets", "wants", "needs",
  ]

  private var lowercaseNames: Bool { true }

  /// `OrganisationNouns.forEmployer`, looked up by token.
  private static let companyNounLookup = WordSet(OrganisationNouns.forEmployer)

  private func hasSpaceBefore(_ index: Int) -> Bool {
    let previousEnd = tokens[index - 1].end
    return previousEnd < tokens[index].start
  }

  /// "her team" (possessive) rather than "told her" (object).
  private func isPossessive(at index: Int) -> Bool {
    guard index + 1 < range.upperBound else { return false }
    let next = tokens[index + 1]
    guard next.kind == .word else { return false }
    return !Lexicon.stopwords.contains(next.lower)
      || ["own", "new", "old", "first", "last", "next"].contains(next.lower)
  }

  /// A pronoun opening the phrase or following "how", "why", "that".
  private func isSubjectPosition(_ index: Int) -> Bool {
    if index == range.lowerBound { return true }
    let previous = tokens[index - 1].lower
    return Lexicon.subordinators.contains(previous) || previous == "and"
  }

  private func isSubjectOfHow(_ index: Int) -> Bool {
    index > range.lowerBound && Lexicon.subordinators.contains(tokens[index - 1].lower)
  }

  private func isSentenceInitial(_ index: Int) -> Bool {
    index == 0 || tokens[index - 1].kind == .stop
  }

  /// "May 2027 timetable change": the month, a name, where the modal would open a sentence
  /// (`CalendarNames.datesMonth`; tuning 41's ce009 printed "may 2027 ...").
  private func isCalendarName(_ lower: String, at index: Int) -> Bool {
    index + 1 < tokens.count && CalendarNames.datesMonth(lower, before: tokens[index + 1].lower)
  }

  /// The word appears capitalised mid-sentence elsewhere, so it is a name, not sentence case.
  /// Only asked about a sentence-initial word, which is itself never in
  /// `capitalisedMidSentence`: so any appearance there is elsewhere.
  private func usedCapitalisedElsewhere(_ lower: String) -> Bool {
    if document.capitalisedMidSentence.contains(lower) { return true }
    // A word that is not an ordinary English function word may be a name: keep it.
    return !Lexicon.stopwords.contains(lower) && !Self.commonOpeners.contains(lower)
  }

  /// Ordinary words that open sentences and are lower-cased inside the note.
  private static let commonOpeners: Set<String> = [
    "new", "their", "the", "how", "why", "what", "plans", "work", "robots", "drones", "data",
    "sustainability", "recycling", "training", "apprenticeships", "automation", "ai", "cargo",
  ]

  /// "runs" -> "run", "is" -> "are", "manages" -> "manage": the verb after "you".
  static func plural(of verb: String) -> String? {
    if let irregular = Lexicon.irregularPresent[verb] { return irregular }
    guard verb.hasSuffix("s"), !verb.hasSuffix("ss"), !verb.hasSuffix("'s"), verb.count > 2 else {
      return nil
    }
    if verb.hasSuffix("ies"), verb.count > 4 { return String(verb.dropLast(3)) + "y" }
    for ending in ["sses", "shes", "ches", "xes", "zes", "oes"] where verb.hasSuffix(ending) {
      return String(verb.dropLast(2))
    }
    return String(verb.dropLast())
  }
}
