/// One reading of one message for `FactReader`: the tokens, what has been claimed, and the rules.
struct FactScan {
  let document: Document
  let today: CivilDate
  /// The person typed without capitals, so capitals cannot tell names from words.
  let lowercaseMode: Bool
  private var used: [Bool]
  private var facts = Facts()

  init(text: String, today: CivilDate) {
    document = Document(text)
    self.today = today
    used = Array(repeating: false, count: document.tokens.count)
    var capitals = 0
    for (index, token) in document.tokens.enumerated()
    where token.kind == .word && token.isCapitalized {
      if ["i", "i'm", "i've", "i'd", "i'll"].contains(token.lower) { continue }
      if index == 0 || document.tokens[index - 1].kind == .stop { continue }
      capitals += 1
    }
    lowercaseMode = capitals == 0
  }

  private var tokens: [Token] { document.tokens }
  private func lower(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].lower : ""
  }
  private func text(_ range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    return String(decoding: document.bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
      .squeezed
  }

  /// The message has one to four words that could all be a name, and nothing else.
  var isOnlyName: Bool {
    let words = tokens.filter(\.isWord)
    return (1...5).contains(words.count)
      && words.allSatisfy { isNameWord($0, strict: false) || PersonName.titles[$0.lower] != nil }
  }

  // MARK: - The whole message

  mutating func read() -> Facts {
    readLabels()
    readOwnName()
    readPeople()
    readCompany()
    readRole()
    if facts.when == nil { facts.when = DateReader.read(tokens, today: today) }
    if facts.outcome == nil {
      facts.outcome = Outcome(readingIncidental: String(decoding: document.bytes, as: UTF8.self))
    }
    return facts
  }

  /// "Position: Senior Analyst. Company: Fairhaven Capital. Interviewers: Mr Green, Ms Adeyemi."
  private mutating func readLabels() {
    for index in tokens.indices where index + 1 < tokens.count && tokens[index + 1].lower == ":" {
      let label = lower(index)
      var end = index + 2
      while end < tokens.count, tokens[end].kind != .stop || isTitleDot(end) { end += 1 }
      let value = (index + 2)..<end
      guard !value.isEmpty else { continue }
      switch label {
      case "name":
        facts.name = PersonName(parsing: text(value))
      case "company", "organisation", "organization", "employer", "firm":
        facts.company = companyName(value)
      case "position", "role", "job", "title":
        facts.role = roleTitle(value)
      case "interviewer", "interviewers", "panel", "with":
        if let people = personList(from: index + 2, limit: end)?.people {
          facts.interviewers = people
        }
      default:
        continue
      }
      for position in index..<end { used[position] = true }
    }
  }

  // MARK: - Own name

  private mutating func readOwnName() {
    guard facts.name == nil else { return }
    let cues: [([String], Bool)] = [
      (["my", "name", "is"], true), (["my", "name's"], true), (["name's"], true),
      (["name", "is"], true),
      (["i", "am"], false), (["i'm"], false), (["im"], false), (["call", "me"], true),
      (["this", "is"], false), (["it's"], false), (["its"], false),
    ]
    for index in tokens.indices where !used[index] {
      for (cue, strong) in cues where document.matches(cue, at: index) {
        // "this is", "it's" introduce a name only at the start of the message.
        if ["this", "it's", "its"].contains(cue[0]), !isMessageStart(index) { continue }
        let start = index + cue.count
        let range = nameWords(from: start, strong: strong)
        guard !range.isEmpty else { continue }
        // "I'm at Northgate", "I'm Jordan Lee from ...": the words must not run into a company.
        if let name = PersonName(parsing: text(range)) {
          facts.name = name
          for position in index..<range.upperBound { used[position] = true }
          return
        }
      }
    }
    // "Priya here." / "siobhan o'brien here" / "Tomás here, ..." at the start.
    var start = 0
    while start < tokens.count,
      ["hi", "hello", "hey", "hiya", "heya", "there", "all"].contains(tokens[start].lower)
        || tokens[start].kind != .word
    { start += 1 }
    let range = nameWords(from: start, strong: true)
    if !range.isEmpty, lower(range.upperBound) == "here",
      let name = PersonName(parsing: text(range))
    {
      facts.name = name
      for position in start...range.upperBound { used[position] = true }
      return
    }
    // "maria de la cruz - marketing executive at ...": a name as the first item of a dashed list.
    if start == 0, (2...4).contains(range.count), range.upperBound < tokens.count,
      document.text(tokens[range.upperBound]) == "-", let name = PersonName(parsing: text(range))
    {
      facts.name = name
      for position in range { used[position] = true }
      return
    }
    // "Ryan McDonald. Warehouse supervisor interview ..." : a name alone as the first sentence.
    if start == 0, !range.isEmpty, range.count >= 2, range.upperBound < tokens.count,
      tokens[range.upperBound].kind == .stop,
      range.allSatisfy({ tokens[$0].isCapitalized }), let name = PersonName(parsing: text(range))
    {
      facts.name = name
      for position in range { used[position] = true }
    }
  }

  private func isMessageStart(_ index: Int) -> Bool {
    var cursor = index - 1
    while cursor >= 0 {
      let token = tokens[cursor]
      if token.kind == .word,
        !["hi", "hello", "hey", "hiya", "heya", "ok", "okay", "so", "right", "well", "morning"]
          .contains(token.lower)
      {
        return false
      }
      cursor -= 1
    }
    return true
  }

  /// Up to four words that read as a name, starting at `start`; particles are allowed inside.
  private func nameWords(from start: Int, strong: Bool) -> Range<Int> {
    var end = start
    var inside = self
    while end < tokens.count, end - start < 5 {
      let token = tokens[end]
      inside.allowsShortCapitalised = end > start && tokens[end - 1].isCapitalized
      // In text with capitals, a name's later words are capitalised too: "Prof Elena Russo
      // chaired it" ends at "Russo".
      if end > start, !lowercaseMode, !token.isCapitalized,
        !PersonName.particles.contains(token.lower),
        tokens[start].isCapitalized
      {
        break
      }
      if inside.isNameWord(token, strict: !strong) {
        end += 1
        continue
      }
      if end > start, PersonName.particles.contains(token.lower), end + 1 < tokens.count,
        inside.isNameWord(tokens[end + 1], strict: !strong)
      {
        end += 1
        continue
      }
      break
    }
    return start..<end
  }

  /// Short capitalised function words count as name parts only inside a name already begun;
  /// `nameWords` sets this while extending a name.
  var allowsShortCapitalised = false

  /// A word that can be part of a person's name here.
  func isNameWord(_ token: Token, strict: Bool) -> Bool {
    guard token.kind == .word, token.lower.count <= 30 else { return false }
    let word = token.lower
    if PersonName.titles[word] != nil { return false }
    if Words.notNames.contains(word) || Lexicon.stopwords.contains(word) {
      // "Nguyễn Văn An", "Do", "Le": short capitalised words inside a name already begun.
      let functionWords: Set<String> = [
        "and", "the", "for", "at", "in", "on", "of", "to", "i", "a", "my", "by", "or", "is", "it",
        "we", "me", "he", "us",
      ]
      guard token.isCapitalized, word.count <= 3, !functionWords.contains(word),
        allowsShortCapitalised
      else { return false }
    }
    if Words.organisationWords.contains(word) { return false }
    // "Monday" and "March" are not names; "Thu", "May" and "June" can be.
    if DateReader.weekdays[word] != nil, word.count >= 6 { return false }
    if DateReader.months[word] != nil, word.count >= 4,
      !["april", "may", "june", "july", "august"].contains(word)
    {
      return false
    }
    if word.contains(where: { $0.isNumber }) { return false }
    if strict && !lowercaseMode && !token.isCapitalized { return false }
    if word.count > 4, word.hasSuffix("ing") || word.hasSuffix("ly") { return false }
    return true
  }

  // MARK: - Interviewers

  private mutating func readPeople() {
    guard facts.interviewers == nil else { return }
    var people: [PersonName] = []
    let cues: [[String]] = [
      ["interviewed", "by"], ["interviewed", "me"], ["interview", "with"], ["interviewed", "with"],
      ["met", "with"], ["met"], ["spoke", "to"], ["spoke", "with"], ["chat", "with"],
      ["call", "with"],
      ["screen", "with"], ["meeting", "with"], ["interviewer", "was"], ["interviewers", "were"],
      ["interviewer"], ["panel", "of"], ["panel"], ["with"], ["thank"], ["note", "for"],
      ["email", "for"], ["message", "for"], ["card", "for"], ["by"],
    ]
    var index = 0
    while index < tokens.count {
      if used[index] {
        index += 1
        continue
      }
      // A titled name anywhere: "Dr Okafor", "Mrs Kowalska", "Mr. and Mrs. Byrne".
      if PersonName.titles[tokens[index].lower] != nil,
        tokens[index].isCapitalized || lowercaseMode || isTitleFollowedByName(index),
        let list = personList(from: index, limit: tokens.count)
      {
        people.append(contentsOf: list.people)
        for position in index..<list.end { used[position] = true }
        index = list.end
        continue
      }
      var matched = false
      for cue in cues where document.matches(cue, at: index) {
        var start = index + cue.count
        // "the interviewer (Mx Taylor)", "a panel - Dana Patel, Raj Mehta", "with two people, ..."
        while start < tokens.count,
          tokens[start].kind == .pause
            || [
              "was", "were", "a", "an", "the", "two", "three", "both", "people", "is", "of",
              "called", "named", "guy", "woman", "man", "lady",
            ].contains(tokens[start].lower)
        {
          start += 1
        }
        if let list = personList(from: start, limit: tokens.count), !list.people.isEmpty {
          // "interview with Parcelwise": one bare word after "with", and no "at" anywhere, is
          // more likely the company than a person.
          if cue.last == "with", !["met", "spoke", "chat", "call", "meeting"].contains(cue[0]),
            list.people.count == 1, let only = list.people.first, only.title == nil,
            only.family == nil, !hasOtherCompanyCue()
          {
            break
          }
          people.append(contentsOf: list.people)
          for position in index..<list.end { used[position] = true }
          index = list.end
          matched = true
          break
        }
      }
      if matched { continue }
      // "(Dana Patel, Raj Mehta)": names in brackets.
      if tokens[index].kind == .pause, document.text(tokens[index]) == "(",
        let list = personList(from: index + 1, limit: tokens.count), list.end < tokens.count,
        document.text(tokens[list.end]) == ")",
        list.people.contains(where: { $0.family != nil || $0.title != nil })
      {
        people.append(contentsOf: list.people)
        for position in index...list.end { used[position] = true }
        index = list.end + 1
        continue
      }
      // "the manager Mrs Kowalska", "the owner chloé", "the curator, Dr Ellis"
      if Words.personRoles.contains(tokens[index].lower), index > 0,
        ["the", "my", "a"].contains(lower(index - 1))
      {
        var start = index + 1
        // "the head of operations, Marcus Reid": the rest of the job, up to a comma.
        if lower(start) == "of",
          let comma = tokens[start...].prefix(5).firstIndex(where: { $0.lower == "," })
        {
          start = comma
        }
        while start < tokens.count, tokens[start].lower == "," { start += 1 }
        if let list = personList(from: start, limit: tokens.count), list.people.count == 1 {
          people.append(contentsOf: list.people)
          for position in index..<list.end { used[position] = true }
          index = list.end
          continue
        }
      }
      // "Jenna from Lakeview Health", "She interviewed me" with a name before: "Siân Hughes ... She"
      if !lowercaseMode, tokens[index].isCapitalized, lower(index + 1) != "", index > 0 {
        let range = nameWords(from: index, strong: false)
        if !range.isEmpty, ["from"].contains(lower(range.upperBound)),
          let name = PersonName(parsing: text(range))
        {
          people.append(name)
          for position in range { used[position] = true }
          index = range.upperBound
          continue
        }
        if !range.isEmpty, document.matches(["interviewed", "me"], at: range.upperBound),
          let name = PersonName(parsing: text(range))
        {
          people.append(name)
          for position in range { used[position] = true }
          index = range.upperBound
          continue
        }
      }
      // "Help me thank Siân Hughes please."
      index += 1
    }
    if !people.isEmpty { facts.interviewers = uniqued(people) }
  }

  private func uniqued(_ people: [PersonName]) -> [PersonName] {
    var seen = Set<String>()
    return people.filter { seen.insert($0.full.lowercased()).inserted }
  }

  private func isTitleFollowedByName(_ index: Int) -> Bool {
    var next = index + 1
    if next < tokens.count, tokens[next].lower == ".", tokens[next].end - tokens[next].start == 1 {
      next += 1
    }
    return next < tokens.count && tokens[next].isCapitalized
  }

  /// A title followed by a lone full stop: "Dr." is not the end of a sentence.
  private func isTitleDot(_ index: Int) -> Bool {
    index > 0 && tokens[index].lower == "." && tokens[index].end - tokens[index].start == 1
      && PersonName.titles[tokens[index - 1].lower] != nil
  }

  /// A list of people starting at `start`: "Dana Patel, Raj Mehta and Li Wei", "Mr and Mrs Byrne".
  /// Returns nil unless at least one person is read; `end` is the token after the list.
  func personList(from start: Int, limit: Int) -> (people: [PersonName], end: Int)? {
    var people: [PersonName] = []
    var pendingTitles: [String] = []
    var index = start
    var end = start
    while index < limit {
      // Title, possibly with a dot: "Dr.", "Mrs".
      if let title = PersonName.titles[tokens[index].lower], tokens[index].kind == .word {
        var next = index + 1
        if next < limit, isTitleDot(next) { next += 1 }
        pendingTitles.append(title)
        index = next
        // "Mr and Mrs Byrne": the title waits for the name after "and".
        if index < limit, ["and", "&"].contains(tokens[index].lower), index + 1 < limit,
          PersonName.titles[tokens[index + 1].lower] != nil
        {
          index += 1
          continue
        }
        continue
      }
      let range = nameWords(from: index, strong: !pendingTitles.isEmpty)
      guard !range.isEmpty else { break }
      // An organisation is not a person: "with Acme Ltd", "with Brightwell Energy".
      if range.upperBound < limit
        && Words.organisationWords.contains(tokens[range.upperBound].lower)
      {
        break
      }
      if range.count > 3 { break }
      let words = text(range)
      if pendingTitles.isEmpty {
        guard let name = PersonName(parsing: words) else { break }
        people.append(name)
      } else {
        for title in pendingTitles {
          guard let name = PersonName(parsing: title + " " + words) else { continue }
          people.append(name)
        }
        pendingTitles.removeAll()
      }
      index = range.upperBound
      end = index
      // A description after a comma or in brackets is not part of the list: "mrs o'connell, the
      // head teacher", "Zoë Martin from HR".
      if index < limit, tokens[index].lower == ",", index + 1 < limit,
        ["the", "a", "who", "from", "my"].contains(tokens[index + 1].lower)
      {
        break
      }
      if index < limit,
        [",", "and", "&", "+", "/", "-"].contains(tokens[index].lower)
          || (tokens[index].lower == "," && lower(index + 1) == "and")
      {
        var next = index + 1
        if next < limit, tokens[next].lower == "and" { next += 1 }
        // "a guy called dave and a woman called siân"
        while next < limit,
          ["a", "the", "guy", "woman", "man", "lady", "called", "named", "also"].contains(
            tokens[next].lower)
        { next += 1 }
        if next < limit,
          isNameWord(tokens[next], strict: true) || PersonName.titles[tokens[next].lower] != nil
        {
          index = next
          continue
        }
      }
      break
    }
    return people.isEmpty ? nil : (people, end)
  }

  // MARK: - Company

  private mutating func readCompany() {
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
        let start = index + cue.count
        guard let range = companyRange(from: start, cue: cue.last ?? "") else { continue }
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
            && (tokens[$0].isCapitalized || tokens[$0].lower == "&" || tokens[$0].lower == "of")
        }),
        range.contains(where: { Words.organisationWords.contains(tokens[$0].lower) }),
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
      if Words.organisationWords.contains(word) { sawOrganisationWord = true }
      if loose || !token.isCapitalized && !Words.organisationWords.contains(word) {
        if end > begin, ["of", "the", "&", "and", "de", "du", "la"].contains(word),
          end + 1 < tokens.count,
          (tokens[end + 1].isCapitalized || loose)
            && !Words.companyStops.contains(tokens[end + 1].lower) || tokens[end + 1].lower == "the"
        {
          end += 1
          continue
        }
        if word == "&" && end > begin {
          end += 1
          continue
        }
        if !loose && !token.isCapitalized { break }
        // "at leeds city council 3 days ago": in lower case, a number ends the name.
        if loose, token.kind == .number, end > begin { break }
        if Words.companyStops.contains(word) || Words.roleSuffixes.contains(word) { break }
        if Words.roleNouns.contains(word) && !Words.organisationWords.contains(word) { break }
      }
      end += 1
    }
    guard end > begin else { return nil }
    let range = begin..<end
    // Role words instead of a company: "for the operations coordinator job".
    if Words.roleSuffixes.contains(lower(end))
      || (range.contains {
        Words.roleNouns.contains(tokens[$0].lower)
          && !Words.organisationWords.contains(tokens[$0].lower)
      } && !sawOrganisationWord)
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

  /// Lower-case words from `start` up to a stop word or punctuation include an organisation word.
  private func lowercaseRunHasOrganisationWord(from start: Int) -> Bool {
    var index = start
    while index < tokens.count, index - start < 6, tokens[index].isWord,
      !Words.companyStops.contains(tokens[index].lower)
    {
      if Words.organisationWords.contains(tokens[index].lower) { return true }
      index += 1
    }
    return false
  }

  private func hasOtherCompanyCue() -> Bool {
    tokens.contains { $0.lower == "at" }
  }

  /// The company's name as it goes in a letter: capitalised when typed in lower case, without
  /// a leading "the".
  func companyName(_ range: Range<Int>) -> String? {
    var start = range.lowerBound
    while start < range.upperBound, ["the", "at", "for", "with"].contains(tokens[start].lower) {
      start += 1
    }
    var end = range.upperBound
    while end > start, tokens[end - 1].kind != .word && tokens[end - 1].kind != .number { end -= 1 }
    guard start < end else { return nil }
    let words = (start..<end).map { index -> String in
      let token = tokens[index]
      let original = document.text(token)
      if original != original.lowercased() { return original }
      if ["of", "the", "and", "&", "de", "du", "la", "for", "on", "upon", "in"].contains(
        token.lower) && index > start
      {
        return original
      }
      if ["nhs", "uk", "bbc", "itv", "hsbc", "kpmg", "pwc", "ey", "bt", "ibm", "aws", "usa", "us"]
        .contains(token.lower)
      {
        return original.uppercased()
      }
      return PersonName.capitaliseName(original)
    }
    let name = words.joined(separator: " ")
    guard name.count <= 100 else { return nil }
    // "the council offices", "the main building": a place, not an organisation's name.
    let places: Set<String> = [
      "offices", "office", "building", "buildings", "reception", "site", "room", "hq",
      "headquarters", "canteen", "cafeteria",
    ]
    if let last = words.last?.lowercased(), places.contains(last), words.count <= 3,
      words.dropLast().allSatisfy({
        Words.organisationWords.contains($0.lowercased())
          || ["the", "main"].contains($0.lowercased())
      })
    {
      return nil
    }
    return name
  }

  // MARK: - Role

  private mutating func readRole() {
    guard facts.role == nil else { return }
    // "for the X job", "the X role", "X position", "as a X", "for X at", "X interview".
    for index in tokens.indices
    where !used[index] && Words.roleSuffixes.contains(tokens[index].lower) {
      // Walk back over the title to "the", "a", "for", "as".
      var start = index
      while start > 0, !used[start - 1], tokens[start - 1].isWord,
        ![
          "the", "a", "an", "for", "as", "at", "this", "my", "that", "to", "of", "with", "about",
          "in", "on", "i", "had", "was", "is", "interview", "interviewed", "applied", "apply",
        ].contains(tokens[start - 1].lower),
        index - start < 6
      {
        start -= 1
      }
      if start < index, let role = roleTitle(start..<index) {
        facts.role = role
        for position in start...index { used[position] = true }
        return
      }
      // "the position of Trainee Solicitor"
      if lower(index + 1) == "of", let range = roleRange(from: index + 2),
        let role = roleTitle(range)
      {
        facts.role = role
        for position in index..<range.upperBound { used[position] = true }
        return
      }
    }
    for index in tokens.indices where !used[index] {
      let word = tokens[index].lower
      var start: Int?
      if word == "as", ["a", "an"].contains(lower(index + 1)) { start = index + 2 }
      if ["for", "is"].contains(word) {
        start = index + 1 + (["a", "an", "the"].contains(lower(index + 1)) ? 1 : 0)
      }
      if word == "be", ["a", "an"].contains(lower(index + 1)) { start = index + 2 }
      guard let begin = start, let range = roleRange(from: begin), let role = roleTitle(range)
      else { continue }
      facts.role = role
      for position in index..<range.upperBound { used[position] = true }
      return
    }
    // "Warehouse supervisor interview", "Store manager interview at Harlows"
    for index in tokens.indices
    where ["interview", "interviews"].contains(tokens[index].lower) && index > 0 {
      var start = index
      while start > 0, !used[start - 1], tokens[start - 1].isWord,
        ![
          "the", "a", "an", "my", "for", "had", "an", "at", "i", "this", "that", "phone", "video",
          "panel", "second", "first", "final", "2nd", "1st", "3rd",
        ].contains(tokens[start - 1].lower), index - start < 5
      {
        start -= 1
      }
      if start < index, Words.roleNouns.contains(tokens[index - 1].lower),
        let role = roleTitle(start..<index)
      {
        facts.role = role
        for position in start..<index { used[position] = true }
        return
      }
    }
    // A bare segment between commas or dashes: "Year 4 teacher.", "transport planner,".
    var segmentStart = 0
    for index in 0...tokens.count {
      let boundary =
        index == tokens.count || tokens[index].kind == .stop || tokens[index].kind == .pause
        || (index < tokens.count && ["at", "with"].contains(tokens[index].lower))
      guard boundary else { continue }
      let range = segmentStart..<index
      if (1...5).contains(range.count), range.allSatisfy({ !used[$0] && tokens[$0].isWord }),
        Words.roleNouns.contains(tokens[index - 1].lower), let role = roleTitle(range)
      {
        facts.role = role
        for position in range { used[position] = true }
        return
      }
      segmentStart = index + 1
    }
  }

  /// A job title starting at `start`, ending at a role noun: "policy officer", "Senior Data Analyst".
  private func roleRange(from start: Int) -> Range<Int>? {
    var end = start
    var lastNoun: Int?
    while end < tokens.count, end - start < 6 {
      let token = tokens[end]
      guard token.isWord, !used[end] else { break }
      if Words.companyStops.contains(token.lower) && !Words.roleNouns.contains(token.lower) {
        break
      }
      if Words.roleNouns.contains(token.lower) { lastNoun = end }
      end += 1
    }
    guard let lastNoun else { return nil }
    return start..<(lastNoun + 1)
  }

  /// The role as it goes in the note: the typed words without articles or "job".
  func roleTitle(_ range: Range<Int>) -> String? {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end,
      ["the", "a", "an", "for", "as", "to", "be", "it", "was", "this", "that", "my"].contains(
        tokens[start].lower), document.text(tokens[start]) != "IT"
    { start += 1 }
    while end > start,
      Words.roleSuffixes.contains(tokens[end - 1].lower)
        || tokens[end - 1].kind != .word && tokens[end - 1].kind != .number
    { end -= 1 }
    guard start < end else { return nil }
    let words = (start..<end).map { tokens[$0] }
    guard words.allSatisfy({ $0.isWord }), words.count <= 8 else { return nil }
    if words.contains(where: {
      document.text($0) != "IT"
        && [
          "i", "i'm", "they", "it", "what", "not", "sure", "idk", "know", "call", "remember",
          "don't",
          "dont", "he", "she", "we", "you", "interview", "interviewed", "went", "had",
        ].contains($0.lower)
    }) {
      return nil
    }
    if words.allSatisfy({ Lexicon.stopwords.contains($0.lower) }) { return nil }
    var title = text(start..<end)
    // "Warehouse supervisor" opening a sentence: the capital is the sentence's, not the title's.
    if words.count > 1, words[0].isCapitalized,
      words.dropFirst().allSatisfy({ !$0.isCapitalized && $0.kind == .word }),
      start == 0 || tokens[start - 1].kind == .stop || tokens[start - 1].kind == .pause
    {
      title = title.lowercasedFirst()
    }
    guard title.count <= 80 else { return nil }
    return title
  }

  // MARK: - Bare answers

  /// A reply to "What's your name?": "jordan lee", "it's José García", "call me Sam".
  func bareName() -> PersonName? {
    var start = 0
    let openers: [[String]] = [
      ["it's"], ["its"], ["i'm"], ["im"], ["i", "am"], ["my", "name", "is"], ["call", "me"],
      ["name's"], ["this", "is"], ["just"],
    ]
    for opener in openers where document.matches(opener, at: start) { start += opener.count }
    let range = nameWords(from: start, strong: true)
    guard !range.isEmpty, range.count <= 5 else { return nil }
    // Whatever follows must be a separate clause: "I'm Aoife, thanks for helping".
    if range.upperBound < tokens.count, tokens[range.upperBound].kind == .word { return nil }
    // "it's ravi, ravi menon": the fuller restatement wins.
    if range.upperBound + 1 < tokens.count, tokens[range.upperBound].lower == "," {
      let again = nameWords(from: range.upperBound + 1, strong: true)
      if again.count > range.count,
        tokens[again.lowerBound].lower == tokens[range.lowerBound].lower,
        again.upperBound == tokens.count || !tokens[again.upperBound].isWord
      {
        return PersonName(parsing: text(again))
      }
    }
    return PersonName(parsing: text(range))
  }

  /// A reply to "Who interviewed you?": "Sam and Ola", "a panel - Dana Patel, Raj Mehta".
  func barePeople() -> [PersonName]? {
    var start = 0
    let skip: Set<String> = [
      "it", "was", "with", "i", "met", "spoke", "to", "a", "an", "the", "panel", "two", "three",
      "people", "both", "of", "them", "guy", "woman", "man", "lady", "called", "named", "by",
      "interviewed", "me", "interviewer", "interviewers", "were", "is", "they", "are",
    ]
    while start < tokens.count, skip.contains(tokens[start].lower) || tokens[start].kind == .pause {
      start += 1
    }
    // "the taproom manager, dave o'neill": a job description first, then the name.
    if let comma = tokens[start...].firstIndex(where: { $0.lower == "," }), comma - start <= 4,
      tokens[start..<comma].contains(where: { Words.personRoles.contains($0.lower) })
    {
      start = comma + 1
    }
    guard start < tokens.count, let list = personList(from: start, limit: tokens.count) else {
      return nil
    }
    // Anything after the list must be a description, not more sentence: "mrs o'connell, the head
    // teacher" is fine; "the hiring manager, I didn't catch her name" has no name at all.
    if list.end < tokens.count, tokens[list.end].kind == .word,
      !["from", "who", "and", "in", "at"].contains(tokens[list.end].lower)
    {
      return nil
    }
    return list.people
  }

  /// Every word in the range is a function word, interview chatter or a word of the chat itself
  /// ("more formal", "hard to tell", "email"), so the words cannot be a name or a title.
  func isOrdinaryWords(_ range: Range<Int>) -> Bool {
    let chat: Set<String> = [
      "more", "less", "tell", "hard", "sure", "know", "think", "maybe", "please", "formal",
      "warmer", "shorter", "longer", "neutral",
    ]
    return range.allSatisfy {
      let word = tokens[$0].lower
      return !tokens[$0].isCapitalized || tokens[$0].lower == "i"
        ? (Lexicon.stopwords.contains(word) || Lexicon.generic.contains(word)
          || Words.notNames.contains(word) || chat.contains(word))
        : false
    }
  }

  /// A reply to "Which company?": "northgate foods", "it was Café Lumière", "KPMG".
  func bareCompany() -> String? {
    // "a small brewery called hop & anchor": the name after "called".
    if let called = tokens.firstIndex(where: { $0.lower == "called" || $0.lower == "named" }),
      called + 1 < tokens.count
    {
      var end = called + 1
      while end < tokens.count, tokens[end].isWord { end += 1 }
      if end - called - 1 <= 6, let name = companyName((called + 1)..<end) { return name }
    }
    var start = 0
    while start < tokens.count,
      ["it", "was", "it's", "its", "at", "for", "with", "called", "the", "company", "is"].contains(
        tokens[start].lower)
    { start += 1 }
    guard start < tokens.count else { return nil }
    var end = start
    while end < tokens.count, tokens[end].isWord || tokens[end].lower == "-" { end += 1 }
    let range = start..<end
    guard (1...8).contains(range.count) else { return nil }
    let words = range.map { tokens[$0].lower }
    let refusals: Set<String> = [
      "can't", "cant", "remember", "idk", "dunno", "know", "sure", "not", "small", "big", "some",
      "local", "i", "don't", "dont", "forgot", "which", "what", "why",
    ]
    if words.contains(where: refusals.contains) || ["a", "an"].contains(words[0]) { return nil }
    // "more formal", "hard to tell": ordinary words only, so not a name at all.
    if !lowercaseMode || words.allSatisfy({ $0 == $0.lowercased() }), isOrdinaryWords(range) {
      return nil
    }
    if end < tokens.count, tokens[end].lower == "?" { return nil }
    return companyName(range)
  }

  /// A reply to "What role?": "for the operations coordinator job", "as a junior developer".
  func bareRole() -> String? {
    var start = 0
    while start < tokens.count,
      [
        "it", "was", "for", "as", "a", "an", "the", "to", "be", "i", "applied", "interviewed",
        "role", "is", "job",
      ].contains(tokens[start].lower)
    {
      start += 1
    }
    var end = start
    while end < tokens.count, tokens[end].isWord { end += 1 }
    guard start < end, end - start <= 8 else { return nil }
    if end < tokens.count, tokens[end].lower == "?" { return nil }
    // "Senior Data Analyst position at Halden Bank": stop at the company.
    var cut = end
    for index in start..<end where ["at", "with"].contains(tokens[index].lower) {
      cut = index
      break
    }
    // "1", "42": a number alone is not a job title.
    if (start..<cut).allSatisfy({ tokens[$0].kind == .number }) { return nil }
    // "hard to tell", "email": ordinary words only, with no job word, are not a job title.
    if isOrdinaryWords(start..<cut),
      !(start..<cut).contains(where: { Words.roleNouns.contains(tokens[$0].lower) })
    {
      return nil
    }
    // A company's name is not a job title: "Northgate Foods" typed at the wrong question.
    if (start..<cut).contains(where: {
      Words.organisationWords.contains(tokens[$0].lower)
        && !Words.roleNouns.contains(tokens[$0].lower)
    }) {
      return nil
    }
    return roleTitle(start..<cut)
  }
}
