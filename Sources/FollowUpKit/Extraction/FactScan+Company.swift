/// Reading the company: after a cue ("at Northgate Foods"), as a segment of its own that names
/// an organisation, and as a bare reply to "Which company?".
extension FactScan {
  /// Sets the company from the best-ranked cue ("interviewed at" over "with"), or from a
  /// segment that names an organisation.
  mutating func readCompany() {
    guard facts.company == nil else { return }
    let cues: [[String]] = [
      ["interviewed", "at"], ["interview", "at"], ["job", "at"], ["role", "at"],
      ["position", "at"],
      ["post", "at"], ["work", "at"], ["working", "at"], ["at"], ["from"], ["with"], ["for"],
      ["in", "the"],
    ]
    var best: (name: String, range: Range<Int>, rank: Int)?
    for index in tokens.indices where !used[index] {
      for (rank, cue) in cues.enumerated() where document.matches(cue, at: index) {
        // "an interview for HCA", "applied for Lloyds": what one interviews or applies for is
        // a post.
        if cue == ["for"], index > 0,
          ["interview", "interviewed", "interviewing", "applied", "apply", "applying"].contains(
            lower(index - 1))
        {
          break
        }
        let start = index + cue.count
        // Words another fact already took ("for finance officer" read as the role) are not
        // a company's.
        // "i start work at 2": a number alone is a time or a count, never a company (tuning
        // 37's bw002 thanked Gary for "the warehouse operative role at 2").
        // "was for Japanese localisation QA tester": a people's or a language's word alone
        // says what the post is about, never who offers it (tuning 42's cg052 thanked Claire
        // for "the role at Japanese").
        guard let range = companyRange(from: start, cue: cue.last ?? ""),
          !range.contains(where: { used[$0] }), !isDescription(range), !saysOrigin(range),
          range.contains(where: { tokens[$0].kind == .word })
        else { continue }
        if let name = companyName(range), best.map({ rank < $0.rank }) ?? true {
          best = (name, index..<range.upperBound, rank)
        }
        break
      }
    }
    if let best {
      facts.company = best.name
      for position in best.range { used[position] = true }
      return
    }
    // A segment of its own that names an organisation: "earlier today, Wexford Logistics, ...".
    var segmentStart = 0
    for index in 0...tokens.count {
      let boundary = index == tokens.count || !tokens[index].isWord
      guard boundary else { continue }
      let range = segmentStart..<index
      if (1...6).contains(range.count),
        range.allSatisfy({
          !used[$0]
            && (tokens[$0].isCapitalized || tokens[$0].equals("&") || tokens[$0].equals("of"))
        }),
        range.contains(where: { OrganisationNouns.inNames.contains(tokens[$0].lower) }),
        let name = companyName(range)
      {
        facts.company = name
        for position in range { used[position] = true }
        return
      }
      segmentStart = index + 1
    }
  }

  /// The tokens of a company's name starting at `start`, or nil when what follows is not one.
  private func companyRange(from start: Int, cue: String) -> Range<Int>? {
    var begin = start
    if lower(begin) == "the" { begin += 1 }
    guard begin < tokens.count, tokens[begin].kind == .word || tokens[begin].kind == .number else {
      return nil
    }
    let first = tokens[begin]
    if [
      "end", "start", "all", "least", "first", "home", "moment", "time", "interview", "work", "uni",
      "last", "once", "times", "night", "lunch", "noon", "length", "same", "beginning", "some",
      "my", "their", "his", "her", "a", "an", "this", "that", "it", "me", "you", "them", "us",
      "him", "one", "two", "three", "both", "people", "someone", "role", "job", "position", "post",
    ].contains(first.lower) {
      return nil
    }
    if PersonName.titles[first.lower] != nil || DateReader.weekdays[first.lower] != nil
      || DateReader.months[first.lower] != nil
    {
      return nil
    }
    // "at leeds city council" typed in lower case inside a message with capitals elsewhere.
    let loose =
      lowercaseMode || (!first.isCapitalized && lowercaseRunHasOrganisationWord(from: begin))
    var end = begin
    var sawOrganisationWord = false
    while end < tokens.count, end - begin < 7 {
      let token = tokens[end]
      let word = token.lower
      if token.kind != .word && token.kind != .number { break }
      if OrganisationNouns.inNames.contains(word) { sawOrganisationWord = true }
      if loose || !token.isCapitalized && !OrganisationNouns.inNames.contains(word) {
        if end > begin, ["of", "the", "&", "and", "de", "du", "la"].contains(word),
          end + 1 < tokens.count,
          (tokens[end + 1].isCapitalized || loose)
            && !Self.companyStops.contains(tokens[end + 1].lower) || tokens[end + 1].equals("the")
        {
          end += 1
          continue
        }
        if word == "&" && end > begin {
          end += 1
          continue
        }
        // "the Department for Rural Affairs", "Centre for Ageing Better": "for" inside a name
        // typed with capitals, when no job follows it ("at Acme for Operations Manager").
        if !loose, word == "for", end > begin, end + 1 < tokens.count,
          tokens[end + 1].isCapitalized, capitalisedRunNamesNoJob(from: end + 1)
        {
          end += 1
          continue
        }
        if !loose && !token.isCapitalized { break }
        // "at leeds city council 3 days ago": in lower case, a number ends the name.
        if loose, token.kind == .number, end > begin { break }
        if Self.companyStops.contains(word) || Self.roleSuffixes.contains(word) { break }
        if Self.roleNouns.contains(word) && !OrganisationNouns.inNames.contains(word) { break }
      }
      end += 1
    }
    guard end > begin else { return nil }
    let range = begin..<end
    // Role words instead of a company: "for the operations coordinator job", and "for finance
    // officer", where the name would stop just before a job noun typed in lower case.
    let intoJob =
      end < tokens.count && !tokens[end].isCapitalized && Self.roleNouns.contains(lower(end))
    if Self.roleSuffixes.contains(lower(end)) || intoJob
      || (range.contains {
        Self.roleNouns.contains(tokens[$0].lower)
          && !OrganisationNouns.inNames.contains(tokens[$0].lower)
      } && !sawOrganisationWord)
    {
      return nil
    }
    // "i am from Kerala", "originally from Lagos", "moved from Leeds": where the person is from,
    // said of themselves, is no employer.
    // "since I moved over from Trinidad" (tuning 34's bq051): a particle of direction may
    // stand between the verb of coming and "from".
    var origin = start - 2
    while origin > 0, Self.directionParticles.contains(lower(origin)) { origin -= 1 }
    if cue == "from", start >= 2,
      ["am", "i'm", "im", "originally", "are", "we're"].contains(lower(start - 2))
        || Self.comingVerbs.contains(lower(origin))
    {
      return nil
    }
    // "company is startup from Cluj", "a firm from Leeds": where a firm the person has not
    // named comes from is a city, never the company, which is still to be asked.
    if cue == "from", start >= 2, Self.kindWords.contains(lower(start - 2)) { return nil }
    // "the CTO is from Netherlands", "she's from Leeds": where someone is from, said as what
    // they are, is no employer either.
    if cue == "from", start >= 2, ["is", "he's", "she's", "hes", "shes"].contains(lower(start - 2))
    {
      return nil
    }
    // "operations manager at Swindon depot": one word before the premises of a firm is the
    // town the depot or branch is in, not the firm that runs it. An office may be a name's
    // own ("the Met Office", "the Home Office").
    let premises = CompanyAnswer.premises.subtracting(["office", "offices"])
    if range.count <= 2, !OrganisationNouns.inNames.contains(tokens[range.lowerBound].lower),
      range.count == 2 && premises.contains(tokens[range.upperBound - 1].lower)
        || range.count == 1 && range.upperBound < tokens.count
          && premises.contains(tokens[range.upperBound].lower)
    {
      return nil
    }
    // "I am nurse from Kerala", "i'm a chef from Lagos": the person saying who they are, a
    // word or two of what they do between, is where they are from too.
    if cue == "from", start >= 3,
      let selfAt = (max(0, start - 5)..<(start - 1)).last(where: {
        ["am", "i'm", "im"].contains(lower($0))
      }),
      ((selfAt + 1)..<(start - 1)).allSatisfy({ tokens[$0].kind == .word })
        && !((selfAt + 1)..<(start - 1)).contains(where: {
          ["interview", "interviewed", "interviewing", "applying", "applied", "working", "calling"]
            .contains(lower($0))
        })
    {
      return nil
    }
    switch cue {
    case "for", "with", "from":
      // "with Dana Patel" is a person; "for X" is a company only when it looks like one.
      if !sawOrganisationWord {
        if cue == "for" && (lowercaseMode || range.count > 3) { return nil }
        if lowercaseMode { return nil }
        if range.allSatisfy({ isNameWord(tokens[$0], strict: true) }) && range.count >= 2
          && cue != "from"
        {
          return nil
        }
        if cue == "with", facts.interviewers != nil, range.count == 1, hasOtherCompanyCue() {
          return nil
        }
      }
    case "the":
      if !sawOrganisationWord { return nil }
    case "at":
      if lowercaseMode, !sawOrganisationWord, range.count > 4 { return nil }
    default:
      break
    }
    return range
  }

  /// "the library", "the council", "game company", "the care at home place": words in lower
  /// case that say what sort of place it was, not which, so the company is still asked for.
  /// A name typed in lower case ("at leeds city council") is kept.
  func isDescription(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.allSatisfy({ !tokens[$0].isCapitalized }) else { return false }
    let words = range.map { tokens[$0].lower }
    let afterThe = range.lowerBound > 0 && lower(range.lowerBound - 1) == "the"
    if afterThe, words.count == 1, OrganisationNouns.forEmployer.contains(words[0]) {
      return true
    }
    return words.last.map(Self.kindWords.contains) ?? false
  }

  /// Nouns that say "an organisation" and never end one's name.
  static let kindWords: Set<String> = [
    "company", "firm", "organisation", "organization", "business", "startup", "place",
    "employer", "outfit",
  ]

  /// Words of direction between a verb of coming and "from": "moved over from", "came back
  /// from", "relocated here from".
  static let directionParticles: Set<String> = [
    "over", "here", "down", "up", "back", "across", "out", "all", "the", "way",
  ]

  /// Verbs of a person coming from a place: what follows "from" is where they came from.
  static let comingVerbs: Set<String> = [
    "moved", "move", "moving", "came", "come", "coming", "relocated", "relocating", "emigrated",
    "migrated", "arrived", "flew",
  ]

  /// Words that end a company's name in running text ("at Northgate Foods yesterday").
  static let companyStops = Set<String>([
    "for", "on", "with", "yesterday", "today", "last", "this", "as", "about", "and", "but", "to",
    "in", "i", "it", "which", "where", "who", "when", "that", "was", "is", "were", "are", "had",
    "has", "have", "earlier", "tomorrow", "a", "an", "my", "their", "his", "her", "by", "from",
    "after", "before", "since", "ago", "we", "they", "she", "he", "went", "so", "because", "if",
    "then", "just", "interview", "interviewed", "panel", "role", "job", "position", "post",
    "think", "thought", "feel", "felt", "not", "really", "pretty", "very", "quite", "two",
    "three", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "afternoon", "evening", "week", "days", "day", "weeks", "month", "tbh", "lol",
    "honestly", "though", "too", "also", "did", "do", "does", "got", "get", "can", "could",
    "would", "will", "should", "please", "thanks", "yet", "or",
  ])

  /// The capitalised words from `start` hold no job noun: "Rural Affairs", not "Operations
  /// Manager".
  private func capitalisedRunNamesNoJob(from start: Int) -> Bool {
    var index = start
    while index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized {
      if Self.roleNouns.contains(tokens[index].lower)
        || Self.roleSuffixes.contains(tokens[index].lower)
      {
        return false
      }
      index += 1
    }
    return index > start
  }

  /// Lower-case words from `start` up to a stop word or punctuation include an organisation word.
  private func lowercaseRunHasOrganisationWord(from start: Int) -> Bool {
    var index = start
    while index < tokens.count, index - start < 6, tokens[index].isWord,
      !Self.companyStops.contains(tokens[index].lower)
    {
      if OrganisationNouns.inNames.contains(tokens[index].lower) { return true }
      index += 1
    }
    return false
  }

  /// The message has an "at", which usually introduces the company.
  func hasOtherCompanyCue() -> Bool {
    tokens.contains { $0.equals("at") }
  }

  /// The company's name as it goes in a letter: capitalised when typed in lower case, without
  /// a leading "the".
  func companyName(_ range: Range<Int>) -> String? {
    var start = range.lowerBound
    while start < range.upperBound, ["the", "at", "for", "with"].contains(tokens[start].lower) {
      start += 1
    }
    var end = range.upperBound
    // "it was rick at tri-county btw": chat after the name ends it.
    if start < end,
      let chat = (start..<end).dropFirst().first(where: { ChatAside.isChat(tokens[$0].lower) })
    {
      end = chat
    }
    while end > start, tokens[end - 1].kind != .word && tokens[end - 1].kind != .number { end -= 1 }
    guard start < end else { return nil }
    var words: [String] = []
    for index in start..<end {
      // "St. Mungo's", "Pvt. Ltd.": an abbreviation's full stop stays on its word.
      if tokens[index].equals("."), let last = words.last {
        words[words.count - 1] = last + "."
        continue
      }
      words.append(CompanyAnswer.capitalised(document.text(tokens[index]), first: index == start))
    }
    // "(pty)": a bracket holds its words without spaces inside it.
    let name = words.joined(separator: " ").replacingOccurrencesOf("( ", with: "(")
      .replacingOccurrencesOf(" )", with: ")").replacingOccurrencesOf(" / ", with: "/")
    guard name.count <= 100 else { return nil }
    // "the council offices", "the main building": a place, not an organisation's name.
    let places: Set<String> = [
      "offices", "office", "building", "buildings", "reception", "site", "room", "hq",
      "headquarters", "canteen", "cafeteria",
    ]
    // At the company question a body's name is no place (`namesBody`).
    if !namesBody(words.map { $0.lowercased() }), let last = words.last?.lowercased(),
      places.contains(last), words.count <= 3,
      words.dropLast().allSatisfy({
        OrganisationNouns.inNames.contains($0.lowercased())
          || ["the", "main"].contains($0.lowercased())
      })
    {
      return nil
    }
    return name
  }

  /// Whether the full stop at `index` ends an abbreviation inside a company's name ("st.
  /// mungo's", "j. murphy & sons", "pvt. ltd."), so the name goes on past it.
  func isAbbreviationStop(_ index: Int, from start: Int) -> Bool {
    guard tokens[index].equals("."), index > start, tokens[index - 1].isWord else { return false }
    let word = document.text(tokens[index - 1])
    guard CompanyAnswer.isAbbreviation(word + ".") || word.count == 1 && word != "i" else {
      return false
    }
    // A legal form closes the name ("ltd."); elsewhere a word must follow.
    return index + 1 == tokens.count && OrganisationNouns.legalSuffixes.contains(word.lowercased())
      || index + 1 < tokens.count && tokens[index + 1].isWord
  }

  /// A reply to "Which company?": "northgate foods", "it was Café Lumière", "KPMG".
  /// Whether lower-case words answering the company question end on a noun that names a body,
  /// with no word that places it ("the home office", "the post office", "the fire service";
  /// not "the main office", "our office"): the name asked for, not a place or ordinary words
  /// (answers tuning 35's cd191 had asked for the company again).
  func namesBody(_ words: [String]) -> Bool {
    guard answersCompany, (2...4).contains(words.count), let last = words.last else {
      return false
    }
    return OrganisationNouns.inNames.contains(last)
      && !words.contains(where: { ["main", "head", "our", "their", "my"].contains($0) })
  }

  func bareCompany() -> String? {
    // "a small brewery called hop & anchor": the name after "called".
    if let called = tokens.firstIndex(where: { $0.equals("called") || $0.equals("named") }),
      called + 1 < tokens.count
    {
      var end = called + 1
      while end < tokens.count, tokens[end].isWord { end += 1 }
      if end - called - 1 <= 6, let name = companyName((called + 1)..<end) { return name }
    }
    var start = 0
    while start < tokens.count,
      // "it was through glasgow life": the way in is no part of the name (answers tuning 30's
      // bt185 met "Through Glasgow Life").
      CompanyAnswer.openers.contains(tokens[start].lower)
    { start += 1 }
    guard start < tokens.count else { return nil }
    var end = start
    // "pulse 24/7 gyms": a slash between numbers is part of the name.
    while end < tokens.count,
      tokens[end].isWord || tokens[end].equals("-")
        || (tokens[end].equals("/") && end > start && tokens[end - 1].kind == .number
          && end + 1 < tokens.count && tokens[end + 1].kind == .number)
        || isAbbreviationStop(end, from: start)
    { end += 1 }
    let range = start..<end
    guard (1...8).contains(range.count) else { return nil }
    let words = range.map { tokens[$0].lower }
    let refusals: Set<String> = [
      "can't", "cant", "remember", "idk", "dunno", "know", "sure", "not", "some", "i", "don't",
      "dont", "forgot", "which", "what", "why", "whats", "what's",
    ]
    // "small local firm", "just said a big logistics firm": a size or a place opening the
    // reply, or after an article, describes the body rather than naming it; after a name's
    // word it is the name's own ("sainsburys local", "co op local", which answers tuning 36's
    // cf065 had refused).
    let describing: Set<String> = ["small", "big", "local"]
    let described = words.indices.contains { index in
      describing.contains(words[index])
        && (index == 0 || ["a", "an", "the", "some"].contains(words[index - 1]))
    }
    if words.contains(where: refusals.contains) || ["a", "an"].contains(words[0]) || described {
      return nil
    }
    // "more formal", "hard to tell": ordinary words only, so not a name at all.
    // At the company question a body named in ordinary words is its name (`namesBody`).
    if !namesBody(words), !lowercaseMode || words.allSatisfy({ $0 == $0.lowercased() }),
      isOrdinaryWords(range)
    {
      return nil
    }
    if end < tokens.count, tokens[end].equals("?") { return nil }
    return companyName(range)
  }
}
