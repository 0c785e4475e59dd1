/// A correction the person makes to something they said earlier, in plain words.
///
/// "actually the company is Brightwell Partners", "her name is spelled Shah", "my name is Jo",
/// "the role was senior analyst", "Shah not Sha". Recognised at any stage, before the message is
/// read as an answer to the current question, so a correction never becomes an answer by mistake.
enum Correction: Hashable, Sendable {
  case name(PersonName)
  /// "sign it Jordan Adeyinka Lee", "put my full name at the bottom": the name the note is
  /// signed with, the person's name unchanged.
  case signOff(PersonName)
  case interviewers([PersonName])
  /// One word of an interviewer's name re-spelled: "her name is spelled Shah".
  case interviewerSpelling(String, part: NamePart)
  case company(String)
  case role(String)
  case when(InterviewDay)
  case outcome(Outcome)
  /// "Shah not Sha": replace a word wherever it appears in what the person told us.
  case swap(String, for: String)

  enum NamePart: Hashable, Sendable { case any, given, family }

  /// Whether it corrects the person's own name.
  var isName: Bool {
    if case .name = self { return true }
    return false
  }

  /// Whether it corrects who the interviewers are or how one is spelled.
  var isPeople: Bool {
    switch self {
    case .interviewers, .interviewerSpelling: true
    default: false
    }
  }

  /// The new value as words, to tell the part of a message that holds it from the rest.
  var valueText: String {
    switch self {
    case .name(let name), .signOff(let name): name.full
    case .interviewers(let people): people.map(\.full).joined(separator: " ")
    case .interviewerSpelling(let word, _): word
    case .company(let company): company
    case .role(let role): role
    case .when(let day): day.phrase
    case .outcome: ""
    case .swap(let new, _): new
    }
  }

  static let markers: [[String]] =
    [
      ["actually"], ["sorry"], ["wait"], ["oops"], ["correction"], ["no"], ["oh"], ["i", "meant"],
      ["i", "mean"], ["my", "mistake"], ["my", "bad"], ["hang", "on"], ["ah"], ["um"], ["erm"],
      ["hold", "on"], ["typo"], ["just", "to", "correct"], ["to", "correct"], ["fix"], ["change"],
      ["update"], ["small", "correction"], ["quick", "correction"],
    ] + takeBacks

  /// "scratch that, it's not Premier Inn, it's Travelodge": a word of retraction
  /// (`CorrectionReader.retractions`) with "that" takes back what was said, and the words are
  /// the marker's, never the new value (tuning 30's bi020).
  static let takeBacks: [[String]] = CorrectionReader.retractions.sorted().map { [$0, "that"] }

  /// Reads a correction from a whole message, or nil.
  static func read(_ text: String, reader: FactReader) -> Correction? {
    let document = Document(text)
    let tokens = document.tokens
    var start = 0
    var marked = false
    var changed = true
    while changed {
      changed = false
      while start < tokens.count, !tokens[start].isWord { start += 1 }
      for marker in markers where document.matches(marker, at: start) {
        start += marker.count
        marked = true
        changed = true
        break
      }
    }
    while start < tokens.count, !tokens[start].isWord { start += 1 }
    guard start < tokens.count else { return nil }
    func tail(after index: Int) -> String {
      guard index < tokens.count else { return "" }
      let begin = tokens[index].start
      var end = document.bytes.count
      // Stop at a sentence end, but not the dot of "Dr.".
      for position in index..<tokens.count where tokens[position].kind == .stop {
        if position > 0, PersonName.titles[tokens[position - 1].lower] != nil,
          tokens[position].lower == "."
        {
          continue
        }
        end = tokens[position].start
        break
      }
      return String(decoding: document.bytes[begin..<end], as: UTF8.self).trimming(" \t\"'“”‘’")
    }
    func matchCopula(_ index: Int) -> Int? {
      let copulas: [[String]] = [
        ["should", "be"], ["is", "actually"], ["was", "actually"], ["is", "called"],
        ["was", "called"],
        ["name", "is"], ["is", "spelled"], ["is", "spelt"], ["is", "written"], ["is"], ["was"],
        ["'s"], ["="], ["to"],
      ]
      for copula in copulas where document.matches(copula, at: index) {
        return index + copula.count
      }
      return nil
    }
    var index = start
    if document.matches(["the"], at: index) { index += 1 }
    let word = index < tokens.count ? tokens[index].lower : ""

    // "the company is X", "company: X", "change the company to X"
    if [
      "company", "firm", "organisation", "organization", "employer", "business", "company's",
      "organisation's",
    ].contains(word) {
      var next = index + 1
      if next < tokens.count, tokens[next].lower == "name" { next += 1 }
      if next < tokens.count, tokens[next].lower == ":" {
        next += 1
      } else if let after = matchCopula(next) {
        next = after
      } else {
        return nil
      }
      let value = tail(after: next)
      guard let answer = reader.answer(value, to: .company), let company = answer.company else {
        return nil
      }
      return .company(company)
    }
    // "the role is X", "the job title was X"
    if ["role", "job", "position", "title"].contains(word) {
      var next = index + 1
      if word == "job", next < tokens.count, tokens[next].lower == "title" { next += 1 }
      if next < tokens.count, tokens[next].lower == ":" {
        next += 1
      } else if let after = matchCopula(next) {
        next = after
      } else {
        return nil
      }
      guard let answer = reader.answer(tail(after: next), to: .role), let role = answer.role else {
        return nil
      }
      return .role(role)
    }
    // "my name is X", "my name's X", "call me X", "sign it as X", "sign off as X"
    if document.matches(["my", "name", "is"], at: index)
      || document.matches(["my", "name's"], at: index)
      || document.matches(["call", "me"], at: index)
      || (marked
        && (document.matches(["i'm"], at: index) || document.matches(["i", "am"], at: index)))
      || document.matches(["sign", "it", "as"], at: index)
      || document.matches(["sign", "it"], at: index)
      || document.matches(["sign", "off", "as"], at: index)
      || document.matches(["sign", "as"], at: index)
      || document.matches(["sign", "with"], at: index)
      || document.matches(["sign", "it", "with"], at: index)
    {
      var next = index
      for opener in [
        ["my", "name", "is"], ["my", "name's"], ["call", "me"], ["i'm"], ["i", "am"],
        ["sign", "it", "as"], ["sign", "it", "with"], ["sign", "off", "as"], ["sign", "as"],
        ["sign", "with"], ["sign", "it"],
      ] where document.matches(opener, at: index) {
        next = index + opener.count
        break
      }
      if document.matches(["spelled"], at: next) || document.matches(["spelt"], at: next) {
        next += 1
      }
      // "my name is spelled wrong btw, its Xu Jiaqi not Jiaqui": a verdict on the spelling is
      // no name (the note had been signed "Wrong"); the clause that gives one is read on.
      if next < tokens.count, Self.spellingVerdicts.contains(tokens[next].lower) { return nil }
      // "sorry I am on bus, slow internet": after a bare "I am", only a name stated as a name
      // is one: words shaped as a name up to the clause's end, not a place or a state.
      let weak = document.matches(["i'm"], at: index) || document.matches(["i", "am"], at: index)
      if weak {
        let stated =
          tail(after: next).split(whereSeparator: { ",;()".contains($0) }).first
          .map { $0.split(separator: " ").map(String.init) } ?? []
        guard let first = stated.first, !FactScan.notNames.contains(first.lowercased()),
          DirectAnswer.namePart(stated) != nil
        else { return nil }
      }
      guard let name = PersonName(parsing: tail(after: next)), Correction.isPlausibleName(name)
      else { return nil }
      return .name(name)
    }
    // "her name is spelled Shah", "his surname is Okafor", "the interviewer's name is Dr Okafor"
    let owners: Set<String> = ["her", "his", "their", "interviewer's", "interviewers"]
    if owners.contains(word)
      || (word == "interviewer" && index + 1 < tokens.count && tokens[index + 1].lower != "is"
        && tokens[index + 1].lower != "was")
    {
      var next = index + 1
      var part = NamePart.any
      if next < tokens.count {
        switch tokens[next].lower {
        case "surname", "last", "family": part = .family
        case "first", "given", "forename": part = .given
        default: break
        }
      }
      while next < tokens.count,
        ["name", "surname", "last", "first", "given", "family", "forename", "names"].contains(
          tokens[next].lower)
      { next += 1 }
      guard next > index + 1, let after = matchCopula(next) else { return nil }
      var value = after
      if value < tokens.count,
        ["spelled", "spelt", "written", "actually"].contains(tokens[value].lower)
      {
        value += 1
      }
      if value < tokens.count, Self.spellingVerdicts.contains(tokens[value].lower) { return nil }
      let words = tail(after: value)
      let parts = words.split(separator: " ")
      if parts.count == 1 || part != .any {
        return .interviewerSpelling(String(words), part: part)
      }
      guard
        let people = FactReader(today: reader.today).answer(words, to: .interviewer)?.interviewers
      else { return nil }
      return .interviewers(people)
    }
    // "the interviewer was X", "I met X not Y"
    if word == "interviewer" || word == "interviewers", let after = matchCopula(index + 1) {
      guard let people = reader.answer(tail(after: after), to: .interviewer)?.interviewers else {
        return nil
      }
      return .interviewers(people)
    }
    // "X not Y" / "it's X not Y"
    if let swap = swapCorrection(tokens: tokens, document: document, from: start) { return swap }
    guard marked else { return nil }
    // With a marker: "actually it was on Monday", "actually it went really well".
    let rest = tail(after: start)
    if document.matches(["it", "was"], at: start) || document.matches(["it's"], at: start)
      || document.matches(["the", "interview", "was"], at: start)
    {
      if let day = InterviewDay(reading: rest, today: reader.today) { return .when(day) }
    }
    if rest.lowercased().contains("went") || rest.lowercased().contains("go "),
      let outcome = Outcome(reading: rest)
    {
      return .outcome(outcome)
    }
    return nil
  }

  /// "Shah not Sha", "it's Brightwell, not Brightway".
  private static func swapCorrection(tokens: [Token], document: Document, from start: Int)
    -> Correction?
  {
    guard let not = tokens[start...].firstIndex(where: { $0.lower == "not" }), not > start else {
      return nil
    }
    var left = start
    while left < not,
      ["it's", "its", "it", "is", "was", "the", "name", "spelled", "spelt"].contains(
        tokens[left].lower)
    { left += 1 }
    var leftEnd = not
    while leftEnd > left, tokens[leftEnd - 1].kind != .word { leftEnd -= 1 }
    var rightEnd = not + 1
    while rightEnd < tokens.count, tokens[rightEnd].isWord { rightEnd += 1 }
    guard left < leftEnd, not + 1 < rightEnd, leftEnd - left <= 4, rightEnd - (not + 1) <= 4 else {
      return nil
    }
    // Anything else after the swap means this is a sentence, not a correction.
    if rightEnd < tokens.count, tokens[rightEnd].kind == .word { return nil }
    let replacement = String(
      decoding: document.bytes[tokens[left].start..<tokens[leftEnd - 1].end], as: UTF8.self)
    let original = String(
      decoding: document.bytes[tokens[not + 1].start..<tokens[rightEnd - 1].end], as: UTF8.self)
    return .swap(replacement, for: original)
  }

  /// A name of letters: at most 60 characters and five words, with no digits.
  /// Words that say a value is wrong rather than give one: "my name is spelled wrong".
  static let spellingVerdicts: Set<String> = [
    "wrong", "wrongly", "incorrect", "incorrectly", "badly", "differently", "weird", "funny",
    "oddly",
  ]

  static func isPlausibleName(_ name: PersonName) -> Bool {
    let full = name.full
    return full.count <= 60 && full.split(separator: " ").count <= 5
      && full.contains(where: \.isLetter) && !full.contains(where: \.isNumber)
  }
}

/// The number of single-character edits between two words: how close a re-spelling is.
enum EditDistance {
  static func between(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.lowercased())
    let b = Array(rhs.lowercased())
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
