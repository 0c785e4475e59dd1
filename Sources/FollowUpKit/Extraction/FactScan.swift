/// One reading of one message for `FactReader`: the tokens, what has been claimed, and the rules.
///
/// One reader per fact, each in its own extension: `+Name` (the person's own name),
/// `+Interviewers`, `+Company` and `+Role`; the day and the outcome have readers of their own
/// (`DateReader`, `Outcome`). They share `used`, so the order in `read()` decides who claims a
/// word first.
struct FactScan {
  let document: Document
  let today: CivilDate
  /// The person typed without capitals, so capitals cannot tell names from words.
  let lowercaseMode: Bool
  /// The tokens a reader has already read as a fact, one flag per token.
  var used: [Bool]
  /// The facts read so far.
  var facts = Facts()
  /// Short capitalised function words count as name parts only inside a name already begun;
  /// `nameWords` sets this while extending a name.
  var allowsShortCapitalised = false
  /// The message answers "Which company or organisation was the interview with?": a name the
  /// reader would otherwise take for a place is the one asked for ("the home office").
  var answersCompany = false

  /// - Parameter capitalsByHabit: the message was not asked for a name (an opening, an answer
  ///   to another question), so a writer's own capitals are read as their habit: one who
  ///   capitalises every sentence and "I" writes a name with a capital too, and "Panel format"
  ///   names no one "Format". At a question that asks for a name the reply is the name, however
  ///   it is typed, so this is off there.
  init(text: String, today: CivilDate, capitalsByHabit: Bool = false) {
    document = Document(text)
    self.today = today
    used = Array(repeating: false, count: document.tokens.count)
    var capitals = 0
    var sentences = 0
    var capitalisedSentences = 0
    var capitalI = false
    for (index, token) in document.tokens.enumerated() where token.kind == .word {
      let opensSentence = index == 0 || document.tokens[index - 1].kind == .stop
      if opensSentence {
        sentences += 1
        if token.isCapitalized { capitalisedSentences += 1 }
        continue
      }
      guard token.isCapitalized else { continue }
      if ["i", "i'm", "i've", "i'd", "i'll"].contains(token.lower) {
        capitalI = true
        continue
      }
      capitals += 1
    }
    let writesCapitals =
      capitalsByHabit && sentences > 0 && capitalisedSentences == sentences
      && (sentences >= 2 || capitalI)
    lowercaseMode = capitals == 0 && !writesCapitals
  }

  var tokens: [Token] { document.tokens }

  /// The lower-case word at `index`, or "" outside the message.
  func lower(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].lower : ""
  }

  /// `lower(index)`, or "" when the word is foreign (see `Token.plain`): for comparing with
  /// English words.
  func plain(_ index: Int) -> String {
    index >= 0 && index < tokens.count ? tokens[index].plain : ""
  }

  /// The text the person typed for the tokens in `range`, spaces squeezed.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    return String(decoding: document.bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
      .squeezed
  }

  /// Every fact the message states. Each reader claims the tokens it reads in `used`, so that
  /// a later reader does not read them again as something else.
  mutating func read() -> Facts {
    readLabels()
    readOwnName()
    readPeople()
    readCompany()
    readRole()
    if facts.when == nil { facts.when = day() }
    if facts.outcome == nil {
      facts.outcome = Outcome(readingIncidental: String(decoding: document.bytes, as: UTF8.self))
    }
    return facts
  }

  /// The day the message names; "yesterday, no wait it was friday": a day said after a
  /// correction word replaces the one before it, unless it is the weekday that day already
  /// falls on ("the 20th sorry, the friday" is Friday the 20th, said again).
  private func day() -> InterviewDay? {
    let cues: Set<String> = ["wait", "actually", "sorry", "meant", "mean", "correction", "oops"]
    // A day named as a deadline ("decision by the 11th") is not the interview's.
    let before = DateReader.readMeeting(tokens, today: today)
    if let cue = tokens.lastIndex(where: { cues.contains($0.lower) }),
      let later = DateReader.readMeeting(Array(tokens[(cue + 1)...]), today: today)
    {
      let earlier = DateReader.readMeeting(Array(tokens[..<cue]), today: today)
      let agrees =
        later.phrase.hasPrefix("on ") && later.phrase.split(separator: " ").count == 2
        && earlier?.date.map { later.phrase.hasSuffix($0.weekday.name) } == true
      return agrees ? earlier : later
    }
    return before
  }

  /// "Position: Senior Analyst. Company: Fairhaven Capital. Interviewers: Mr Green, Ms Adeyemi."
  private mutating func readLabels() {
    // Where each value ends: the next sentence end or the next label, found in one pass from
    // the end, so that "company: x, company: x, ..." costs time in its length, not its square.
    var ends = Array(repeating: tokens.count, count: tokens.count + 1)
    var next = tokens.count
    for index in tokens.indices.reversed() {
      ends[index] = next
      if tokens[index].kind == .stop && !isTitleDot(index) { next = index }
      if index + 1 < tokens.count, tokens[index + 1].equals(":"), index > 0 { next = index }
    }
    for index in tokens.indices where index + 1 < tokens.count && tokens[index + 1].equals(":") {
      let label = lower(index)
      let end = max(index + 2, min(ends[index + 1], tokens.count))
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

  /// A title followed by a lone full stop: "Dr." is not the end of a sentence.
  func isTitleDot(_ index: Int) -> Bool {
    index > 0 && tokens[index].equals(".") && tokens[index].end - tokens[index].start == 1
      && PersonName.titles[tokens[index - 1].lower] != nil
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
      return !tokens[$0].isCapitalized || tokens[$0].equals("i")
        ? (Lexicon.stopwords.contains(word) || Lexicon.generic.contains(word)
          || Self.notNames.contains(word) || chat.contains(word))
        : false
    }
  }
}
