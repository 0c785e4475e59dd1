/// A request at the draft about how the note names someone: the name to sign with, or the name
/// to greet the interviewer by.
///
/// People ask in many wordings and add their reasons: "sign Jose only", "sign off as Majo,
/// everyone calls me that", "Can you put Kind regards Des", "write Marek only on the end", "can we
/// say Dear Kavitha, she said to call her that", "address it to only Kofi since he is the boss",
/// "can u make it Mr Boateng at the start, more respectful". Rather than a template per
/// wording, a cue says which end of the note is meant (a word of signing or a closing phrase, a
/// greeting word or a verb of addressing, or a place: "at the end", "at the top"), and the name
/// is the run of name-shaped words next to the cue in the same clause. What follows a name and
/// is not one ("only", "just", "x", "without hyphen", a reason after a comma or "since") is how
/// they asked, never part of the name: the name is what the person wants to be called.
enum NameRequest: Hashable, Sendable {
  /// Sign the note with this name, after the closing words asked for with it ("Kind regards"),
  /// if any.
  case signOff(PersonName, closing: String? = nil)
  /// Greet the interviewer with these words ("Kavitha", "Mr Hollis", "Ms Lim and Mr Pillai").
  case greeting(String)
  /// Close with these words and no new name: "change the sign off to Warm regards".
  case closing(String)
  /// Sign with a form of one's own name, without typing it: "just my first name at the end".
  case ownName(NameForm)
  /// Greet by a form of the interviewer's name: "greet her by her first name".
  case greetingForm(NameForm)

  /// A form of a name the person asks for by its description.
  enum NameForm: Hashable, Sendable {
    /// "first name", "given name".
    case first
    /// "full name": given and family names.
    case full
    /// "surname", "last name", "title": the title and the family name.
    case titled
  }

  /// Which end of the note a cue points at; `addressee` is a verb of addressing, which may
  /// name the person rather than the greeting's words.
  enum End { case signOff, greeting, addressee }

  /// Reads a name request from a whole message, or nil. A message that swaps words ("say hi
  /// will instead of dear mr king") is a swap, read elsewhere.
  static func read(_ text: String) -> NameRequest? {
    let lowered = text.lowercased()
    guard text.count <= 200, !lowered.contains(" instead of "), !lowered.contains(" rather than ")
    else { return nil }
    let all = clauses(text)
    for clause in all {
      if let request = read(clause: clause) { return request }
    }
    for clause in all {
      if let request = form(clause.map(\.lower)) { return request }
    }
    return nil
  }

  /// A name asked for by its form ("just my first name at the end", "greet her by her first
  /// name", "put her full name in the greeting"): whose name by the possessive, else by the
  /// end of the note the clause names.
  static func form(_ words: [String]) -> NameRequest? {
    // "Dr Asante only, not his full name": a form refused names no form to use.
    guard Set(words).isDisjoint(with: ["not", "no", "without", "dont", "don't", "never"]) else {
      return nil
    }
    let pairs = zip(words, words.dropFirst()).map { [$0, $1] }
    let form: NameForm
    if pairs.contains(["first", "name"]) || pairs.contains(["given", "name"]) {
      form = .first
    } else if pairs.contains(["full", "name"]) {
      form = .full
    } else if words.contains("surname") || pairs.contains(["last", "name"]) {
      form = .titled
    } else {
      return nil
    }
    let own = words.contains("my")
    let theirs = !Set(words).isDisjoint(with: ["her", "his", "their", "them", "him"])
    let signs = words.indices.contains { index in
      leadingCue(words, at: index).map { $0.0 == .signOff } ?? false
        || trailingCue(words, at: index) == .signOff
    }
    let greets = words.indices.contains { index in
      leadingCue(words, at: index).map { $0.0 != .signOff } ?? false
        || trailingCue(words, at: index) == .greeting
    }
    if own && !theirs || !theirs && signs && !greets {
      return form == .titled ? nil : .ownName(form)
    }
    if theirs && !own || greets && !signs { return .greetingForm(form) }
    return nil
  }

  /// One typed word: as typed (for capitals) and lowered, without the marks around it.
  struct Word {
    var typed: String
    var lower: String
  }

  /// The clauses of a message: reasons after a comma, "since" or "because" are clauses of their
  /// own, so they never run into a name. A full stop after a single letter ("G. Hartley") or a
  /// title ("Dr. Lim") ends no clause.
  static func clauses(_ text: String) -> [[Word]] {
    var clauses: [[Word]] = []
    var current: [Word] = []
    for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      var piece = String(raw)
      var ends = false
      if let last = piece.last, ",;!?".contains(last) {
        piece.removeLast()
        // "Kind regards, Des": the comma after a closing joins it to the name.
        let lowered = current.map(\.lower) + [piece.lowercased()]
        ends = !(last == "," && closings.contains { lowered.suffix($0.count).elementsEqual($0) })
      } else if piece.hasSuffix("."), piece.count > 2,
        PersonName.titles[piece.lowercased()] == nil
      {
        ends = true
        piece.removeLast()
      }
      let typed = piece.trimming("\"'“”‘’():")
      let lower = typed.lowercased()
      if clauseBreaks.contains(lower) {
        if !current.isEmpty { clauses.append(current) }
        current = []
      } else if !typed.isEmpty {
        current.append(Word(typed: typed, lower: lower))
      }
      if ends {
        if !current.isEmpty { clauses.append(current) }
        current = []
      }
    }
    if !current.isEmpty { clauses.append(current) }
    return clauses
  }

  /// Words that start a reason: what comes after them is why, not what.
  static let clauseBreaks: Set<String> = [
    "since", "because", "cos", "coz", "cause", "bc", "so", "she's", "he's", "hes", "shes",
  ]

  static func read(clause words: [Word]) -> NameRequest? {
    let lower = words.map(\.lower)
    for index in lower.indices {
      // A cue before the name: "sign", "sign-off", "kind regards", "dear", "greet", "address".
      // "hi, ..." or "Dear ..." opening a message greets FollowUp, unless a name follows.
      if let (end, length, lenient) = leadingCue(lower, at: index) {
        let start = index + length
        let closing = closings.contains { lower[index...].starts(with: $0) }
        let phrase = lower[index..<start].joined(separator: " ")
        let written = phrase.prefix(1).uppercased() + phrase.dropFirst()
        if let name = run(words, from: start, end: end, lenient: lenient) {
          // "Kind regards Des": the closing asked for too, written as a closing is.
          if closing, case .signOff(let person, _) = name {
            return .signOff(person, closing: written)
          }
          return name
        }
        // "change the sign off to Warm regards": a closing and no name, in a clause about
        // the sign-off.
        if closing, !Set(lower[..<index]).isDisjoint(with: signingWords) {
          return .closing(written)
        }
      }
      // A place after the name: "Marek only on the end", "Mr Boateng at the start".
      if let end = trailingCue(lower, at: index),
        let name = runBefore(words, upTo: index, end: end)
      {
        return name
      }
      // "change the name at the end to Kasia": the place, then "to" and the name.
      if let (place, end) = places.first(where: { lower[index...].starts(with: $0.0) }),
        index + place.count < lower.count, lower[index + place.count] == "to",
        let name = run(words, from: index + place.count, end: end, lenient: true)
      {
        return name
      }
      // "change best regards to cheers", "best regards is too stiff, use cheers": a closing
      // put in place by a verb, with no name after it.
      // ("replace X with Y" is a swap, read elsewhere.)
      if index > 0, ["to", "use", "put", "say"].contains(lower[index - 1]),
        let closing = closings.first(where: { lower[index...].elementsEqual($0) })
      {
        let phrase = closing.joined(separator: " ")
        return .closing(phrase.prefix(1).uppercased() + phrase.dropFirst())
      }
    }
    return nil
  }

  /// A cue that comes before the name, at `index`: which end it names, how many words it
  /// takes, and whether a name typed in lower case is taken after it (an explicit verb such as
  /// "sign" or "address", not a greeting word, which also opens ordinary messages).
  static func leadingCue(_ words: [String], at index: Int) -> (End, Int, Bool)? {
    let word = words[index]
    let next = index + 1 < words.count ? words[index + 1] : ""
    switch word {
    case "sign", "signoff", "sign-off", "signature", "signed", "sig":
      return (.signOff, 1, true)
    case "my" where ["name", "surname", "signature"].contains(next):
      return (.signOff, 2, true)
    case "my" where ["full", "first", "last", "given"].contains(next):
      return (.signOff, 2, true)
    // "use my nickname kasia": "nickname" is a filler after it, so a name in lower case counts.
    case "my" where ["nickname", "nick"].contains(next):
      return (.signOff, 1, true)
    // "end with just Kasia", "finish it with Jo", "close with Dee".
    case _ where ["end", "finish", "close"].contains(word) && (next == "with" || next == "it"):
      return (.signOff, 1, true)
    // "my friends call me Kasia": how the person is called; a capital is needed.
    case "call" where next == "me":
      return (.signOff, 2, false)
    case "greet", "greeting", "salutation":
      return (.greeting, 1, true)
    case "go" where next == "by":
      return (.signOff, 2, true)
    case "address", "addressed":
      return (.addressee, 1, true)
    case "call" where ["him", "her", "them"].contains(next):
      return (.greeting, 2, true)
    case "dear", "hi", "hello", "hey":
      // Lower case only after a verb ("say hi debbie"), not when it opens the message.
      return (.greeting, 1, index > 0)
    default: break
    }
    for closing in closings where words[index...].starts(with: closing) {
      return (.signOff, closing.count, false)
    }
    return nil
  }

  /// Closing phrases a name follows: "Kind regards Des".
  static let closings: [[String]] = [
    ["with", "kind", "regards"], ["kind", "regards"], ["best", "regards"], ["warm", "regards"],
    ["warmest", "regards"], ["all", "the", "best"], ["best", "wishes"], ["warm", "wishes"],
    ["kind", "wishes"], ["many", "thanks"], ["with", "thanks"], ["yours", "sincerely"],
    ["yours", "truly"], ["yours", "faithfully"], ["regards"], ["cheers"], ["sincerely"],
    ["with", "love"], ["love"], ["best"],
  ]

  /// Words that say a clause is about the sign-off: "change the sign off to Warm regards".
  static let signingWords: Set<String> = [
    "sign", "signoff", "sign-off", "closing", "close", "end", "finish", "ending",
  ]

  /// The words closings are made of, which are never a name.
  static let closingWords = Set(closings.joined())

  /// A place named after the name: "at the end", "as signature", "at the top".
  static func trailingCue(_ words: [String], at index: Int) -> End? {
    let rest = words[index...]
    for (phrase, end) in places where rest.starts(with: phrase) { return end }
    return nil
  }

  static let places: [([String], End)] = [
    (["at", "the", "end"], .signOff), (["on", "the", "end"], .signOff),
    (["at", "the", "bottom"], .signOff), (["as", "signature"], .signOff),
    (["as", "the", "signature"], .signOff), (["as", "my", "signature"], .signOff),
    (["as", "sign", "off"], .signOff), (["as", "the", "sign", "off"], .signOff),
    (["at", "the", "top"], .greeting), (["at", "the", "start"], .greeting),
    (["at", "the", "beginning"], .greeting), (["in", "the", "greeting"], .greeting),
  ]

  /// Words between a cue and the name, or after the name, that are how the person asked:
  /// "sign it off as", "address it to only", "Jose only", "Kirsty x".
  static let fillers: Set<String> = [
    "it", "off", "as", "with", "to", "only", "just", "simply", "my", "name", "full", "first",
    "last", "given", "surname", "the", "me", "him", "her", "them", "its", "it's", "is", "be",
    "using", "like", "note", "email", "message", "letter", "instead", "please", "pls", "plz",
    "x", "xx", "xxx", "now", "then", "this", "one", "a", "bit", "should", "say", "put", "to:",
    "dear", "hi", "hello", "signature", "sign-off", "signoff", "from", "by", "nickname",
    "nick", "initial", "initials", "for",
  ]

  /// Verbs that put a name in place, before "X at the end": not "mention Leeds at the end".
  static let placingVerbs: Set<String> = [
    "put", "write", "make", "use", "have", "sign", "add", "change", "leave", "just", "only",
    "it",
  ]

  /// The name starting at `start`, after the fillers; in lower case only when `lenient`.
  static func run(_ words: [Word], from start: Int, end: End, lenient: Bool) -> NameRequest? {
    var index = start
    while index < words.count, fillers.contains(words[index].lower), !isTitle(words[index]) {
      index += 1
    }
    // A name in lower case only after words of asking ("sign it bex"): "sign language" is no
    // request to sign as Language.
    let lenient = lenient && index > start
    var taken: [String] = []
    while index < words.count, isNamePart(words[index], after: taken) {
      taken.append(words[index].typed)
      index += 1
    }
    // "and" joins two people only when a name follows: "Ms Lim and Mr Pillai".
    if taken.last?.lowercased() == "and" || taken.last == "&" { taken.removeLast() }
    // One word in lower case, on its own: "sign it just bex pls", not "address it to the
    // hiring manager", where a word after "the" with a noun after it is a job.
    if taken.isEmpty, lenient, index < words.count, isLowerName(words[index]),
      !["the", "a", "an", "our", "your"].contains(words[index - 1].lower),
      index + 1 == words.count || fillers.contains(words[index + 1].lower)
        || DirectAnswer.sentenceWords.contains(words[index + 1].lower)
    {
      taken = [PersonName.capitaliseName(words[index].typed)]
    }
    return make(taken, end: end)
  }

  /// The name just before a place cue at `upTo`, after a verb that places it.
  static func runBefore(_ words: [Word], upTo limit: Int, end: End) -> NameRequest? {
    var index = limit
    while index > 0, fillers.contains(words[index - 1].lower), !isTitle(words[index - 1]) {
      index -= 1
    }
    var first = index
    while first > 0, isNamePart(words[first - 1], after: ["X"]) { first -= 1 }
    while first < index, ["and", "&"].contains(words[first].lower) { first += 1 }
    guard first < index else { return nil }
    // Before the name only a placing verb, courtesies and fillers. A filler that is also a
    // placing verb ("put", "just", "it") is the verb here: "can u put Mrs Hughes at the top"
    // had dropped "put" as a filler, found "u" before the name, and read no request.
    let before = words[..<first].map(\.lower).filter {
      !fillers.contains($0) || placingVerbs.contains($0)
    }
    if let verb = before.last, !placingVerbs.contains(verb) { return nil }
    return make(words[first..<index].map(\.typed), end: end)
  }

  static func make(_ taken: [String], end: End) -> NameRequest? {
    guard !taken.isEmpty, taken.count <= 6 else { return nil }
    let text = taken.map { isTitleWord($0) ? (PersonName.titles[$0.lowercased()] ?? $0) : $0 }
      .joined(separator: " ")
    switch end {
    case .greeting:
      // A title alone greets nobody.
      guard taken.contains(where: { !isTitleWord($0) }) else { return nil }
      return .greeting(text)
    case .addressee:
      // "address it to Priyanka Shah": a whole name with no title is the person the note is
      // for; one name or a titled one is how to greet them ("address it to only Kofi").
      guard taken.count >= 2, !taken.contains(where: isTitleWord),
        !taken.contains(where: { ["and", "&"].contains($0.lowercased()) })
      else { return make(taken, end: .greeting) }
      return nil
    case .signOff:
      guard let name = PersonName(parsing: text), Correction.isPlausibleName(name) else {
        return nil
      }
      return .signOff(name)
    }
  }

  static func isTitle(_ word: Word) -> Bool { isTitleWord(word.typed) }

  static func isTitleWord(_ word: String) -> Bool {
    PersonName.titles[word.lowercased()] != nil || word.lowercased() == "madam"
  }

  /// A word a name is made of, as typed: a title, an initial ("G."), a capitalised word, or
  /// "and" between two names.
  static func isNamePart(_ word: Word, after taken: [String]) -> Bool {
    if isTitle(word) { return true }
    if ["and", "&"].contains(word.lower) { return !taken.isEmpty }
    let typed = word.typed
    guard let first = typed.first, first.isUppercase, DirectAnswer.isNameShaped(typed) else {
      return false
    }
    // "I", "I'm", a capital that opens the message ("Just Dr Oyelaran in the greeting"), a
    // closing's words ("replace Best regards with Kind regards") and the like name nobody.
    return !DirectAnswer.sentenceWords.contains(word.lower) && !fillers.contains(word.lower)
      && !closingWords.contains(word.lower)
  }

  /// A single name typed in lower case ("sign it just bex"): a name-shaped word that is no
  /// word of a sentence.
  static func isLowerName(_ word: Word) -> Bool {
    // A capitalised word that is no name part was refused for a reason ("Warm").
    word.typed == word.lower && DirectAnswer.isNameShaped(word.typed)
      && !closingWords.contains(word.lower) && !DirectAnswer.sentenceWords.contains(word.lower)
      && !fillers.contains(word.lower) && !notNames.contains(word.lower)
      && !word.typed.contains(".")
  }

  /// Lower-case words after "call her" or "sign" that are no name: "call her that".
  static let notNames: Set<String> = [
    "there", "everyone", "all", "both", "whoever", "team", "out", "up", "again", "differently",
    "properly", "formally", "warmly", "better", "more", "less", "something", "someone", "back",
    "what", "how", "by", "who", "which", "those", "these", "nicer", "different",
  ]
}
