/// A reply to a question that asks for a name, read as the answer to that question.
///
/// At "What's your name?" and "Who interviewed you?" a short reply IS the name, whatever its
/// words: "Will Young", "Ruth Daily", "Kate Reading" and "Sun Li" are names there, even though
/// each word is also an English word, a day or an adverb. So this reader trusts the question: it
/// takes off the words people put around an answer ("it's", "call me", "her name was"), cuts the
/// answer from the clause that follows it ("…, did the interview at Acme", "- Duc is my first
/// name", "(deputy head)"), and keeps what is left when it is shaped like a name: one to five
/// words of letters. Vocabulary only adds evidence (a title, a job), never vetoes the answer.
/// A question, a non-answer or a sentence about something else is not shaped like a name.
enum DirectAnswer {
  /// The person's own name from a reply to "What's your name?", with the remarks after it.
  /// `usedIn` is the remark that said which name to use ("in the UK I use Hana Kobayashi"): the
  /// words in it are about the name, not a company or a place to read.
  /// `wished` says the person's own wish on the name (`NameWish`) decided it.
  static func ownName(_ text: String) -> (
    name: PersonName, signOff: PersonName?, usedIn: String?, wished: Bool
  )? {
    // "me? lol its keisha-ann campbell": the question echoed back is no question.
    let echoless = withoutEcho(text)
    guard !echoless.contains("?"), !MessageText.isNonAnswer(echoless), !asksBack(echoless) else {
      return nil
    }
    if describesWithHere(echoless) { return nil }
    // "James 'Jim' Barrow": the nickname inside is no part of the name.
    let unhyphened = NicknameInName.split(echoless)?.text ?? echoless
    // "its tajay campbell brown with a hyphen in the middle": the remark applied (`HyphenRemark`).
    let text = HyphenRemark.applied(unhyphened) ?? unhyphened
    // "please write Lan Nguyen for english people", "I go by Karen Chan": the person's own word
    // on the name, read once over the whole reply, applied last so that it wins.
    let wish = NameWish.read(text, held: nil, askedForName: true)
    var clauses = AnswerClauses(text, openers: ownOpeners)
    // "surname first: Tanaka Haruto": a remark on the order, then the name.
    var familyFirst = false
    let headText = clauses.head.joined(separator: " ").lowercased()
    if ["surname first", "family name first", "last name first"].contains(headText),
      let next = clauses.rest.first
    {
      clauses = AnswerClauses(next, openers: ownOpeners)
      familyFirst = true
    }
    // "people call me tj but its thomas james reilly": when the opening is no name, a later
    // clause that states one ("it's ...", "my name is ...").
    let later = clauses.rest.lazy.compactMap { clause -> PersonName? in
      var words = clause.split(separator: " ").map(String.init)
      if words.first?.lowercased() == "but" { words.removeFirst() }
      let stated = words.joined(separator: " ")
      let head = AnswerClauses(stated, openers: ownOpeners).head
      // Only an opener that states a name ("its", "my name is"), not "just" or "call me".
      let stating = ownOpeners.filter { opener in
        opener.contains {
          ["is", "its", "it's", "name's", "names", "i'm", "im", "am"].contains($0)
        }
      }
      let opened = stating.contains { opener in
        words.count > opener.count && zip(words, opener).allSatisfy { $0.0.lowercased() == $0.1 }
      }
      return opened ? namePart(head) : nil
    }
    let wished = wish.flatMap { $0.use == .name ? $0.form : nil }
    guard
      var name = NameParts.familyThenGiven(head: clauses.head, next: clauses.rest.first)
        ?? (text.contains(",")
          ? NameAppendix.familyFirst(head: clauses.head, rest: clauses.rest) : nil)
        ?? namePart(clauses.head) ?? later.first ?? wished
    else { return nil }
    // "me is Li Wei", "Warrant Officer (ret.) Dmitri Volkov": a pronoun, or a rank alone, is no
    // name; the name is then the first clause after it that is one.
    if !VouchedName.isName(atQuestion: name.fullWords) {
      let typedWithCapitals = text.contains(where: \.isUppercase)
      let stated = clauses.rest.lazy.compactMap { clause -> PersonName? in
        var words = clause.split(separator: " ").map(String.init)
        // "(ret.)" beside "Dmitri Volkov": in a reply typed with capitals, a name has them.
        if typedWithCapitals, !words.contains(where: { $0.first?.isUppercase == true }) {
          return nil
        }
        while let first = words.first?.lowercased(), statingWords.contains(first) {
          words.removeFirst()
        }
        if let end = words.firstIndex(where: { sentenceWords.contains($0.lowercased()) }) {
          words = Array(words[..<end])
        }
        guard VouchedName.isName(atQuestion: words) else { return nil }
        return namePart(words)
      }
      // With no other name said, the answer to the question stands as typed.
      if let found = stated.first { name = found }
    }
    if familyFirst, let given = name.given, let family = name.family {
      name = PersonName(title: name.title, given: family, family: given, familyFirst: true)
    }
    // "o'shea. siobhan o'shea", "anjali.. anjali menon": a fuller restatement wins.
    // "chukwuemeka obi in full", "Katarzyna Wójcik properly", "davo. david nguyen": the full
    // form said after a short one wins when the person marks it as the full one, or it shares a
    // word with the name held, or it begins or ends as the one word held does.
    for clause in clauses.rest {
      // "please sign Lan Nguyen": what a clause says from a cue on is the wish's to read.
      let clause = NameWish.beforeCue(clause)
      // "though just Imran is fine": a clause asking for a short form is the sign-off's
      // (`SignOffRemark.justName`), never a fuller name ("Though Just Imran").
      if SignOffRemark.justName(in: clause) != nil { continue }
      var words = clause.split(separator: " ").map { String($0).trimming(".,!;:") }
      let marked = FullFormRemark.strip(&words)
      words = AnswerClauses(words.joined(separator: " "), openers: ownOpeners).head
      guard let fuller = namePart(words), fuller.full.count > name.full.count else { continue }
      if fuller.full.lowercased().contains(name.full.lowercased())
        || fuller.fullWords.count >= 2
          && (marked || FullFormRemark.restates(fuller, name))
      {
        name = fuller
      }
    }
    var signOff: PersonName?
    var usedRemark: String?
    var used: (name: PersonName, remark: String)?
    for remark in clauses.rest {
      if let given = GivenNameRemark.given(in: remark, of: name) { name = given }
      if let sign = SignOffRemark.name(in: remark) ?? SignOffRemark.justName(in: remark)
        ?? SignOffRemark.placed(in: remark)
      {
        // Read to the end of the name: "sign as grace its easier" is "Grace".
        signOff = SignOffName.trimmed(
          sign, known: Set(name.fullWords.map(CorrectionReader.folded)), typed: remark)
      }
      if let form = UsedNameRemark.name(in: remark) { used = (form, remark) }
    }
    // "krzysztof nowak, chris is ok", "siddharth rao (sid)": the one name said after the name
    // in full is the name the person goes by (`NameAppendix`); "robert macleod, but naebody
    // calls me robert, its rab": a clause further on that says so too.
    let goneBy = clauses.rest.indices.lazy.compactMap { index -> (String, PersonName)? in
      let remark = clauses.rest[index]
      return NameAppendix.goneBy(
        remark, bracketed: text.contains("(" + remark), after: name, first: index == 0
      ).map { (remark, $0) }
    }.first
    if signOff == nil, wish == nil, let (remark, short) = goneBy {
      if let reordered = NameWish.given(short, in: name) {
        name = reordered
      } else {
        signOff = short
      }
      usedRemark = remark
    } else if let remark = clauses.rest.first, NameAppendix.accepts(remark, of: name) {
      usedRemark = remark
    }
    // "in the UK I use Hana Kobayashi", "Oluwaseun on paper so use that": the person's own word
    // on the name to use wins over any reading of the words before it.
    if let used {
      let applied = UsedNameRemark.applied(used.name, to: name)
      name = applied.name
      if let sign = applied.signOff { signOff = sign }
      usedRemark = used.remark
    }
    // "darragh mac carthaigh. Mac Cárthaigh proper": the marks typed in an aside are the name's.
    name = MarkedSpelling.respelled(name, by: text)
    signOff = signOff.map { MarkedSpelling.respelled($0, by: text) }
    // The wish last, its form exactly as typed: "please sign Lan Nguyen" after "Nguyễn Thị Lan"
    // is signed "Lan Nguyen", never re-accented by the marks typed before it.
    if let wish {
      switch wish.use {
      case .signOff:
        signOff = wish.form
      case .name:
        let applied = NameWish.applied(wish.form, to: name)
        if applied.signOff == nil, signOff?.full == name.full { signOff = nil }
        name = applied.name
        if let sign = applied.signOff { signOff = sign }
      case .given:
        // "everyone calls me bec" of "rebecca thompson": a name that is no part of the one
        // held is the one the person goes by, which the note signs with unless a sign-off was
        // asked for (`SignOffName`).
        // "putu ayu lestari - call me Ayu": a form inside the name, which cannot be written
        // apart from it, is still the one to sign with (tuning 40's cc050 signed "Putu").
        if let reordered = NameWish.given(wish.form, in: name), reordered != name {
          name = reordered
        } else if signOff == nil, !NameWish.isGiven(wish.form, of: name) {
          signOff = wish.form
        }
      }
      usedRemark = usedRemark ?? wish.form.full
    }
    // "Łukasz wiśniewski", "Lucía romero vidal": a word of the name typed in lower case is
    // written with its capital, as the rest of it was; particles inside stay as written.
    name = PersonName.capitalisingLowerCase(name)
    // "Sofia sorry typo", "sign off as Olu tho": chat words after a name are no part of it.
    guard let cleaned = ChatInName.cleaned(name) else { return nil }
    name = cleaned
    signOff = signOff.flatMap(ChatInName.cleaned)
    return (name, signOff, usedRemark, wish.map { $0.use != .given } ?? false)
  }

  /// The interviewers from a reply to "Who interviewed you?": each person's name with the
  /// title they were given and their own job or team, which is theirs, never the role.
  static func people(_ text: String) -> [PersonName]? {
    // "mo from comms (mohammed i think)": the other form of a name is the same person.
    let text = BracketedAlias.withoutAliases(withoutDoubt(text))
    guard !text.contains("?"), !MessageText.isNonAnswer(text), !asksBack(text) else { return nil }
    // "And Mr Gill, the exams officer I'd be replacing": the person speaking of themselves
    // is never one of the people who interviewed them (answers tuning 40's cn170 met "I'd").
    let people = PeopleAnswer.read(withUnsureTitle(text)).filter {
      !firstPersonForms.contains($0.full.lowercased().replacingOccurrencesOf("’", with: "'"))
    }
    return people.isEmpty ? nil : people
  }

  /// The person's words for themselves, which no interviewer's name can be.
  private static let firstPersonForms: Set<String> = [
    "i", "i'd", "i'm", "i've", "i'll", "me", "myself",
  ]

  /// "Hi there - career changer here": in a reply that writes capitals, words left in lower
  /// case before "here" say what the person is, not who (tuning 45's cm042 was signed
  /// "Career"). "priya here", typed all in lower case, and "Priya here" are names.
  static func describesWithHere(_ text: String) -> Bool {
    let pieces = text.split(whereSeparator: { " ,-–—:;".contains($0) }).map(String.init)
    guard let here = pieces.firstIndex(where: { $0.lowercased().trimming(".!") == "here" }),
      here > 0
    else { return false }
    let before = pieces[..<here].drop { MessageText.greetings.contains($0.lowercased()) }
    // The habit shows in how the message opens: "Hi there - ..." writes capitals; "wanjiru
    // kamau here, ... at KCB" and "siobhan o'brien here ... (Dana Patel)" do not, whatever
    // initialism or other names they hold.
    let capitals =
      pieces.first.map {
        $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase)
      } ?? false
    return capitals && !before.isEmpty && before.count <= 3
      && before.allSatisfy { $0.allSatisfy { !$0.isUppercase } }
  }

  /// "ms or mrs patel", "mrs or miss kaur": two of a woman's titles joined by "or" are the
  /// person unsure which she uses, and the neutral one, "Ms", is the one to write (the first
  /// had been read as a name: "Dear ,"). Any other pair is left as typed.
  static func withUnsureTitle(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let womens: Set<String> = ["ms", "mrs", "miss"]
    func plain(_ word: String) -> String { word.lowercased().trimming(".,") }
    var index = 0
    while index + 2 < words.count {
      if womens.contains(plain(words[index])), plain(words[index + 1]) == "or",
        womens.contains(plain(words[index + 2])), !words[index + 2].hasSuffix(",")
      {
        let capital = words[index].first?.isUppercase == true
        words.replaceSubrange(index...(index + 2), with: [capital ? "Ms" : "ms"])
      }
      index += 1
    }
    return words.joined(separator: " ")
  }

  /// The reply with each question mark that only doubts a word ("the deputy, Lorraine? didnt
  /// catch her last name", "a lady called temperance? temperance mills i think") read as a
  /// pause. A question asks with its first word ("is that ok?", "do you need her surname?");
  /// a clause that opens otherwise and ends on "?" is the person unsure of a name they are
  /// giving, which is still the answer. Any real question leaves the reply as typed.
  static func withoutDoubt(_ text: String) -> String {
    guard text.contains("?") else { return text }
    let parts = text.split(separator: "?", omittingEmptySubsequences: false)
    for part in parts.dropLast() {
      let clause = part.split(whereSeparator: { ",.;!()\n".contains($0) }).last ?? part
      let words = WordSplitter.words(String(clause))
      guard let first = words.first, !questionOpeners.contains(first) else { return text }
    }
    return parts.joined(separator: ",")
  }

  /// "me? its keisha", "my name? Sam Lee": the question echoed before the answer, taken off.
  static func withoutEcho(_ text: String) -> String {
    guard let mark = text.firstIndex(of: "?") else { return text }
    let echoed = WordSplitter.words(String(text[..<mark]))
    let echoes: Set<String> = ["me", "my", "name", "mine", "who", "moi", "oh", "ah"]
    guard !echoed.isEmpty, echoed.count <= 2, echoed.allSatisfy(echoes.contains) else {
      return text
    }
    let rest = String(text[text.index(after: mark)...]).trimming(" ,.")
    return rest.isEmpty ? text : rest
  }

  /// A question asked back without its mark: "idk does it matter", "do i have to", "is that
  /// needed". Read past the non-answers that open it, a question opener and a pronoun ask;
  /// such a reply is never a name (`ChatInName`).
  static func asksBack(_ text: String) -> Bool {
    var words = WordSplitter.words(text)
    while let first = words.first, words.count > 2,
      MessageText.nonAnswers.contains(first) || DiscourseOpener.kind(of: first) == .interjection
    {
      words.removeFirst()
    }
    guard words.count >= 2, questionOpeners.contains(words[0]), !["who"].contains(words[0])
    else { return false }
    return ["it", "you", "i", "we", "that", "this", "they", "u", "there"].contains(words[1])
  }

  /// Words that open a question: "who", "is it", "do you".
  static let questionOpeners: Set<String> = [
    "who", "what", "what's", "whats", "which", "when", "where", "why", "how", "can", "could",
    "should", "would", "will", "do", "does", "did", "is", "are", "am", "was", "were", "may",
    "shall", "isn't", "isnt", "dont", "don't", "must", "have", "has", "any",
  ]

  /// A name from the words of one answer, or nil when they are not shaped like a name.
  static func namePart(_ words: [String]) -> PersonName? {
    var words = words
    var title: String?
    if let first = words.first, let known = PersonName.titles[first.lowercased().trimming(".")] {
      title = known
      words.removeFirst()
    } else if words.count >= 2,
      let abbreviated = PersonName.abbreviatedTitle(words[0], before: words[1])
    {
      title = abbreviated
      words.removeFirst()
    }
    guard (1...5).contains(words.count), words.allSatisfy(isNameShaped) else { return nil }
    // "I" is the person speaking, never a name, however it is typed.
    guard !words.contains(where: { ["i", "i'm", "i've", "i'd", "i'll"].contains($0.lowercased()) })
    else { return nil }
    // A word of the sentence around a name ("i", "had", "the") means this is a sentence; typed
    // with a capital among capitals it is a name's ("Nguyễn Văn An", "Will Young"). A word
    // alone has the capital of the sentence it starts ("Yesterday I attended ..."): no evidence.
    let capitalised = words.count > 1 && words.allSatisfy { $0.first?.isUppercase == true }
    // A particle and the short words joined to it ("Mac an tSaoir", "de la Cruz") are the
    // name's, whatever else they are in English (`NameParts`).
    let bound = NameParts.bound(words)
    guard
      capitalised
        || !words.indices.contains(where: {
          !bound[$0] && sentenceWords.contains(words[$0].lowercased())
        })
    else { return nil }
    guard !words.contains(where: { crowdWords.contains($0.lowercased()) }) else { return nil }
    // "LIU Yang": a family name in capitals beside others in ordinary case is the convention
    // that marks it, written as a name in the note.
    let shouting = { (word: String) in word.count >= 3 && word == word.uppercased() }
    if words.contains(where: shouting), !words.allSatisfy(shouting) {
      words = words.map { shouting($0) ? PersonName.capitaliseName($0.lowercased()) : $0 }
    }
    let typed = ([title].compactMap { $0 } + words).joined(separator: " ")
    return PersonName(parsing: typed)
  }

  /// Letters, with the apostrophes, hyphens and full stops names have ("O'Shea", "Abu-Zahra",
  /// "J."), at most 30 of them.
  static func isNameShaped(_ word: String) -> Bool {
    guard (1...30).contains(word.count), word.first?.isLetter == true else { return false }
    return word.allSatisfy { $0.isLetter || "'’-.".contains($0) }
  }

  /// Words that state a name in a clause after a word that is none: "is Li Wei", "but just
  /// Dmitri Volkov".
  static let statingWords: Set<String> = [
    "but", "just", "is", "its", "it's", "am", "only", "my", "name", "name's", "names", "actually",
  ]

  /// Words that count people rather than name one: "two people", "the panel", "both of them".
  static let crowdWords: Set<String> = [
    "people", "two", "three", "four", "both", "panel", "them", "someone", "somebody", "person",
    "everyone", "guys", "ladies",
  ]

  /// What people put before their own name.
  static let ownOpeners: [[String]] = [
    ["my", "name", "is"], ["my", "name's"], ["my", "names"], ["the", "name's"], ["name's"],
    ["name", "is"], ["i'm"], ["im"], ["i", "am"], ["it's"], ["its"], ["it", "is"], ["this", "is"],
    ["you", "can", "call", "me"], ["call", "me"], ["just"], ["me", "?"],
    // "Myself Karthik Subramanian": Indian English for "I am".
    ["myself"],
  ]

  /// Pronouns and verbs: a reply holding one is a sentence, never a name, company or job title
  /// taken as typed.
  static let clauseWords: Set<String> = [
    "i", "i'm", "im", "i've", "we", "she", "he", "they", "it", "it's", "you", "my", "our", "your",
    "had", "have", "has", "was", "were", "is", "are", "did", "do", "does", "went", "got", "dont",
    "don't", "think", "said", "thats", "that's", "her", "his", "their", "not", "no", "yes",
    "remember", "forgot", "what", "why", "how", "ok", "okay", "thanks", "please", "pls",
  ]

  /// Words that belong to a sentence, not to a name: pronouns, verbs of the interview, and the
  /// little words that join clauses. Names are never made of them.
  static let sentenceWords: Set<String> = [
    "i", "i'm", "im", "i've", "we", "she", "he", "they", "it", "it's", "you", "my", "our", "your",
    "had", "have", "has", "was", "were", "is", "are", "did", "do", "does", "went", "got",
    "interviewed", "interview", "interviewing", "applied", "met", "the", "a", "an", "at", "for",
    "with", "to", "in", "on", "of", "from", "about", "and", "but", "or", "so", "because", "if",
    "that", "this", "not", "no", "yes", "thanks", "thank", "please", "pls", "job", "role",
    "company", "yesterday", "today", "tomorrow", "ago", "last", "next", "her", "his", "their",
    "dont", "don't", "remember", "forgot", "surname", "name", "called", "named", "think", "said",
    "what", "everyone", "calls", "spoke", "zoom", "teams", "call", "thats", "that's", "cause",
    "because", "fine", "ok", "okay", "there", "here",
    // "(different tanaka, not related lol)": a word that says which of two people is meant is
    // no name's (answers tuning 35's cd146 renamed the person "Different Tanaka").
    "different", "another", "same",
  ]
}

/// One reply cut into its answer and the clauses after it.
///
/// The answer ends at the first break a name does not contain: a comma, a dash between
/// spaces, a bracket, a sentence end, or a word that starts a new clause ("but", "btw", "i").
struct AnswerClauses {
  /// Words that only agree to answer, said as a clause of their own before the answer.
  static let assents: Set<String> = [
    "ok", "okay", "sure", "yeah", "yes", "yep", "yup", "right", "alright", "of course", "certainly",
  ]

  /// The answer's words, openers taken off.
  var head: [String] = []
  /// The clauses after it, each as typed.
  var rest: [String] = []

  /// `",;()[]!?–—:".contains(character) || character == "\n"`, without comparing a character
  /// beyond ASCII through Swift's normalising slow path: only U+037E (which equals ";") and the
  /// two dashes, each a character of one scalar, can be one of these.
  static func breaksClause(_ character: Character) -> Bool {
    if character.isASCII { return ",;()[]!?:\n".contains(character) }
    let scalars = character.unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return false }
    return first.value == 0x37E || first.value == 0x2013 || first.value == 0x2014
  }

  init(_ text: String, openers: [[String]]) {
    var clauses: [String] = []
    var current = ""
    for character in text {
      if Self.breaksClause(character) {
        clauses.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    clauses.append(current)
    // " - " and ". " separate clauses too; a dot inside "J." or "Dr." does not.
    clauses = clauses.flatMap { $0.components(separatedBy: " - ") }
      .flatMap(NameParts.sentences)
      .map { $0.trimming(" \t.\"“”") }.filter { !$0.isEmpty }
    // A clause that is only a greeting ("Good evening,", "helloo") holds no answer.
    // Nor one that only agrees to give it ("Sure - its Wanjiru Kamau-Otieno": tuning 30's
    // bt137 met "Sure").
    while let first = clauses.first,
      Self.isGreeting(first)
        || clauses.count > 1 && Self.assents.contains(first.lowercased().trimming(",!.?"))
    {
      clauses.removeFirst()
    }
    guard let first = clauses.first else { return }
    var words = first.split(separator: " ").map(String.init)
    // Greetings first, then what people put before a name. An opening's greeting is never a
    // name, nor are the words that address the listener after it ("good afternoon pls ...",
    // "hello po").
    var greeted = false
    while let word = words.first?.lowercased().trimming(",!.") {
      let next = words.dropFirst().first?.lowercased().trimming(",!.")
      if word == "good", let next, Self.dayParts.contains(next) {
        words.removeFirst(2)
        greeted = true
      } else if Self.isGreetingWord(word) {
        words.removeFirst()
        greeted = true
      } else if greeted, Self.addressWords.contains(word) {
        words.removeFirst()
      } else if [
        "ok", "okay", "sure", "yeah", "yes", "uh", "um", "er", "erm", "so", "well", "oh", "lol",
        "haha", "lmao",
      ].contains(word), words.count > 1 {
        words.removeFirst()
      } else {
        break
      }
    }
    // "ayo its precious owusu-ansah": a word said to the listener before "it's" and the name;
    // no name holds "its" (tuning 29's br140 met "Ayo Its Precious Owusu-Ansah").
    // An adverb before "it's" ("technically its Dr Hamza Al-Rashid") qualifies the name that
    // follows, and the clause is read as any other.
    if words.count >= 4, ["its", "it's", "it’s"].contains(words[1].lowercased()),
      !words[0].lowercased().hasSuffix("ly"), words[0].lowercased() != "actually"
    {
      words.removeFirst()
    }
    // Openers one after another: "just call me dara", "hi it's me, ...".
    var opened = true
    while opened {
      opened = false
      for opener in openers
      where words.count > opener.count
        && zip(words, opener).allSatisfy({ $0.0.lowercased() == $0.1 })
      {
        words.removeFirst(opener.count)
        opened = true
        break
      }
    }
    // A clause word ends the answer: "ruth daily but sign it Ruth", "Will Young btw".
    if let cut = words.indices.dropFirst().first(where: {
      Self.clauseStarts.contains(words[$0].lowercased())
    }) {
      clauses.insert(words[cut...].joined(separator: " "), at: 1)
      words = Array(words[..<cut])
    }
    head = words
    rest = Array(clauses.dropFirst())
  }

  /// "hi", "helloo", "heyy", "hiya": a greeting however many letters it is typed with.
  static func isGreetingWord(_ word: String) -> Bool {
    let plain = word.filter { $0 != "'" && $0 != "\u{2019}" }
    let squeezed = String(plain.reduce(into: [Character]()) { if $0.last != $1 { $0.append($1) } })
    // The greetings said on their own (one list, `MessageText.greetingWords`), a letter doubled
    // or not ("hii", "heyyy"), and the words that open a message without being a name.
    return MessageText.greetingWords.contains(plain) || MessageText.greetingWords.contains(squeezed)
      || [
        "helo", "halo", "wasup", "dear", "please", "pls", "asalam", "assalam", "salamu",
      ].contains(squeezed)
  }

  /// A clause that greets and says nothing else: "Good evening", "hello there", "hi all".
  static func isGreeting(_ clause: String) -> Bool {
    if MessageText.isGreeting(clause) { return true }
    let words = clause.lowercased().split(separator: " ").map(String.init)
    guard !words.isEmpty, words.count <= 3 else { return false }
    // "Assalam o alaikum", "Dzień dobry": a greeting of several words, known by its first.
    if ["assalam", "asalam", "salam", "salaam", "dzień", "dzien", "as"].contains(words[0]),
      words.count >= 2
    {
      return true
    }
    if words[0] == "good", words.count >= 2, dayParts.contains(words[1]) {
      return words.dropFirst(2).allSatisfy(addressWords.contains)
    }
    return isGreetingWord(words[0]) && words.dropFirst().allSatisfy(addressWords.contains)
  }

  /// "good morning", "good afternoon": the parts of the day a greeting names.
  static let dayParts: Set<String> = ["morning", "afternoon", "evening", "day"]

  /// Words that address the listener after a greeting: "hi there", "hello po", "morning sir".
  static let addressWords: Set<String> = [
    "there", "all", "everyone", "team", "po", "sir", "madam", "ma'am", "maam", "mam", "friend",
    "folks", "bot", "followup", "mate", "guys", "lads",
  ]

  /// Words that start a new clause after a name.
  static let clauseStarts: Set<String> = [
    "but", "btw", "and", "i", "i'm", "im", "i've", "had", "did", "was", "interviewed", "from",
    "here", "thanks", "thx", "pls", "please", "sign", "signed", "though", "lol", "who", "which",
    "sorry", "haha", "yes", "like", "thats", "that's", "is",
  ]
}

/// "Yang is my given name", "first name Duc", "family name first": which part a person calls
/// by their given name.
enum GivenNameRemark {
  /// The name re-ordered so that `given` is the word the remark names, or nil.
  static func given(in remark: String, of name: PersonName) -> PersonName? {
    let words = remark.lowercased().split(separator: " ").map {
      String($0).trimming(".,'\"")
    }
    let callsOwn = words.indices.contains { words[$0...].starts(with: ["is", "my", "name"]) }
    guard words.contains("name") || words.contains("first") || words.contains("surname"),
      callsOwn
        || words.contains(where: { ["first", "given", "christian", "forename"].contains($0) })
        || words.contains("family") || words.contains("surname") || words.contains("last")
    else { return nil }
    // The words in the order written: a second remark ("Wei is my given name, Zhang is family
    // name") reads the name as the first one left it, family name first.
    let written = name.familyFirst == true ? [name.family, name.given] : [name.given, name.family]
    let parts = written.compactMap { $0 }.joined(separator: " ")
      .split(separator: " ").map(String.init)
    guard parts.count >= 2 else { return nil }
    // "family name first" / "surname first": the first part is the family name, a particle
    // with the part it binds to ("Dela Cruz"). Said as a slip ("sorry surname first habit from
    // our forms"), the note writes the given name first, as English does.
    if let first = words.firstIndex(of: "first"), first >= 1,
      ["family", "surname", "last"].contains(words[first - 1])
        || first >= 2 && words[first - 1] == "name"
          && ["family", "last"].contains(words[first - 2])
    {
      // "Tran Minh Khoa, Khoa is my first name (we put family name first in Vietnam)": the
      // name already reads family name first, and a remark naming its given part has said
      // which; the order said again changes nothing (it had made the given name "Minh Khoa").
      guard name.familyFirst != true else { return nil }
      let familyCount = NameParts.firstPartCount(parts)
      guard familyCount < parts.count else { return nil }
      let slip = words.contains(where: { ["sorry", "habit", "forms", "form", "oops"].contains($0) })
      return PersonName(
        title: name.title, given: parts.dropFirst(familyCount).joined(separator: " "),
        family: parts.prefix(familyCount).joined(separator: " "), familyFirst: !slip)
    }
    // The remark read statement by statement: "zhang is my family name so wei is my first
    // name" says both, and the given name is the part the person says is given.
    let statements = words.split(whereSeparator: {
      ["so", "and", "but", "while", "&"].contains($0)
    })
    .map(Array.init)
    let givenWords: Set<String> = ["first", "given", "christian", "forename"]
    let familyWords: Set<String> = ["surname", "family", "last"]
    func named(in statement: [String]) -> Int? {
      parts.firstIndex { part in
        statement.contains(where: { $0 == part.lowercased() || $0 == part.lowercased() + "'s" })
      }
    }
    // "Nguyen is family name, Lan is my name": the part the person calls their name, said
    // beside a remark on the other parts, is the one they go by (tuning 26's ba012 was signed
    // "Thi Lan"). Only a part after the first: "Nguyen is my name" names no order.
    if let called = parts.indices.dropFirst().first(where: { index in
      let part = parts[index].lowercased()
      return words.indices.contains { at in
        words[at] == part && Array(words[(at + 1)...].prefix(3)) == ["is", "my", "name"]
      }
    }) {
      return PersonName(
        title: name.title, given: parts[called...].joined(separator: " "),
        family: parts[..<called].joined(separator: " "), familyFirst: true)
    }
    // "Yang is my given name", "my first name is Duc", "first name Duc".
    if let named = statements.lazy.filter({ $0.contains(where: givenWords.contains) })
      .compactMap(named).first
    {
      // "Juan Sebastián Restrepo Gómez (first name is Juan Sebastián)": a given name of two
      // words said whole, in its place at the front; the first word alone had signed "Juan".
      if named == 0,
        let statement = statements.first(where: { $0.contains(where: givenWords.contains) })
      {
        let said = parts.prefix { statement.contains($0.lowercased()) }.count
        guard said >= 2, said < parts.count else { return nil }
        return PersonName(
          title: name.title, given: parts.prefix(said).joined(separator: " "),
          family: parts.dropFirst(said).joined(separator: " "))
      }
      let given = parts[named...].joined(separator: " ")
      let family = parts[..<named].joined(separator: " ")
      return PersonName(title: name.title, given: given, family: family, familyFirst: true)
    }
    // "wang is the family name", "lim is surname", "ong is his surname": that word is the
    // family name, the others the given name.
    if let named = statements.lazy.filter({ $0.contains(where: familyWords.contains) })
      .compactMap(named).first
    {
      var rest = parts
      let family = rest.remove(at: named)
      return PersonName(
        title: name.title, given: rest.joined(separator: " "), family: family,
        familyFirst: named == 0 ? true : nil)
    }
    return nil
  }
}

/// "sign it Jordan", "but sign as Yusuf", "put Jordan Lee at the bottom": the name to sign with.
enum SignOffRemark {
  /// The name without the words that asked for it: "just Sam", "Fatima only" are "Sam" and
  /// "Fatima".
  static func plain(_ name: PersonName) -> PersonName {
    let asked: Set<String> = ["just", "only", "simply"]
    let all = name.full.split(separator: " ")
    var words = all[...]
    while words.count > 1, let first = words.first, asked.contains(first.lowercased()) {
      words.removeFirst()
    }
    while words.count > 1, let last = words.last, asked.contains(last.lowercased()) {
      words.removeLast()
    }
    guard words.count < all.count else { return name }
    return PersonName(parsing: words.joined(separator: " ")) ?? name
  }

  /// "but just Dmitri Volkov on the letter", "just Ross MacLeod": after the name, "just" and a
  /// name is the form the person asks to sign with.
  static func justName(in remark: String) -> PersonName? {
    var words = remark.split(separator: " ").map(String.init)
    // "but just Imran", "though just Imran is fine": a word that sets the remark against the
    // name before it opens no name.
    if let first = words.first?.lowercased(), ["but", "though", "tho", "although"].contains(first) {
      words.removeFirst()
    }
    guard let first = words.first?.lowercased(), ["just", "only", "simply"].contains(first) else {
      return nil
    }
    words.removeFirst()
    if let end = words.firstIndex(where: { DirectAnswer.sentenceWords.contains($0.lowercased()) }) {
      words = Array(words[..<end])
    }
    // "sutrisno (just one name)": words about the name ("one name", "first name only") say
    // how many names there are, not which; "One" had signed the note.
    let aboutTheName: Set<String> = ["name", "names", "surname", "surnames", "one", "first"]
    guard VouchedName.isName(atQuestion: words),
      !words.contains(where: { aboutTheName.contains($0.lowercased()) })
    else { return nil }
    return DirectAnswer.namePart(words)
  }

  /// "but put Kasia at the bottom", "use Dee at the end", "end it with Jo": a name placed
  /// where the note ends is the one to sign with, whatever verb places it.
  static func placed(in remark: String) -> PersonName? {
    var words = remark.split(separator: " ").map { String($0).trimming(".,!") }
    let lowered = words.map { $0.lowercased() }
    // "end it with Jo", "finish with Jo": the name after the words that end the note.
    if let end = lowered.firstIndex(where: { ["end", "finish", "close"].contains($0) }),
      let with = lowered[end...].firstIndex(of: "with"), with - end <= 2
    {
      let rest = Array(words[(with + 1)...].prefix { !sentenceEnds($0) })
      return VouchedName.isName(atQuestion: rest) ? DirectAnswer.namePart(rest) : nil
    }
    // The places the draft's name requests know for the end of the note.
    let places = NameRequest.places.filter { $0.1 == .signOff }.map(\.0)
    guard
      let at = lowered.indices.first(where: { index in
        places.contains { lowered[index...].starts(with: $0) }
      })
    else { return nil }
    let asking: Set<String> = [
      "but", "and", "pls", "please", "put", "use", "write", "just", "can", "you", "could", "only",
    ]
    let before = words[..<at].filter { !asking.contains($0.lowercased()) }
    if before.isEmpty, let place = places.first(where: { lowered[at...].starts(with: $0) }) {
      // "but at the bottom just maria garcia is fine": the place first, then the name.
      words = Array(words[(at + place.count)...].filter { !asking.contains($0.lowercased()) })
      if let end = words.firstIndex(where: sentenceEnds) { words = Array(words[..<end]) }
    } else {
      words = Array(words[..<at])
    }
    while let first = words.first?.lowercased(), asking.contains(first) {
      words.removeFirst()
    }
    // "put my full name at the bottom" names no name: the correction reader owns it.
    guard !words.isEmpty, VouchedName.isName(atQuestion: words) else { return nil }
    return DirectAnswer.namePart(words)
  }

  private static func sentenceEnds(_ word: String) -> Bool {
    DirectAnswer.sentenceWords.contains(word.lowercased())
  }

  static func name(in remark: String) -> PersonName? {
    let words = remark.split(separator: " ").map(String.init)
    guard let sign = words.firstIndex(where: { $0.lowercased().hasPrefix("sign") }) else {
      return nil
    }
    var rest = Array(words[(sign + 1)...])
    while let first = rest.first?.lowercased(),
      ["it", "off", "as", "with", "just", "the", "note", "using", "me"].contains(first)
    {
      rest.removeFirst()
    }
    // "ravi is fine for the sign off": the name comes before.
    if rest.isEmpty || DirectAnswer.namePart(rest) == nil {
      var before = Array(words[..<sign])
      // "its babatunde on paper but just tunde is fine for signing": the name is the subject
      // of "is", read back from it to a word that is no name (a sentence word, "just", "its").
      if let verb = before.lastIndex(where: { $0.lowercased() == "is" }), verb > 0 {
        var start = verb
        while start > 0, verb - start < 3,
          case let word = before[start - 1].lowercased().trimming(",.;:!?"),
          !DirectAnswer.sentenceWords.contains(word),
          !["just", "only", "simply", "its", "it's", "but", "and"].contains(word),
          !before[start - 1].hasSuffix(","), !before[start - 1].hasSuffix(".")
        {
          start -= 1
        }
        if start < verb { before = Array(before[start...]) }
      }
      // "just JB for the sign off": the word that limits the name is no part of it (answers
      // tuning 35's cd141 signed "just JB").
      while let first = before.first?.lowercased(), ["just", "only", "simply"].contains(first) {
        before.removeFirst()
      }
      if let end = before.firstIndex(where: { DirectAnswer.sentenceWords.contains($0.lowercased()) }
      ),
        end > 0, let name = DirectAnswer.namePart(Array(before[..<end]))
      {
        return name
      }
    }
    // "sign as kasia thats what everyone calls me": the name ends where the sentence starts,
    // or at a word of chat ("sign off as Olu tho").
    if let end = rest.firstIndex(where: {
      DirectAnswer.sentenceWords.contains($0.lowercased())
        || ChatInName.trailing.contains(ChatInName.plain($0))
    }) {
      rest = Array(rest[..<end])
    }
    return DirectAnswer.namePart(rest)
  }
}

/// The words marking a name as its full form: "in full", "properly", "officially".
enum FullFormRemark {
  /// Takes the marking words off the end of `words`; whether there were any.
  static func strip(_ words: inout [String]) -> Bool {
    var marked = false
    // "full name tunde bakare-adeyemi", "full name is ...": the mark before the name.
    let lower = words.map { $0.lowercased() }
    if lower.count >= 3, lower[1] == "name", ["full", "whole", "proper"].contains(lower[0]) {
      words.removeFirst(lower.count >= 4 && ["is", "'s"].contains(lower[2]) ? 3 : 2)
      marked = true
    }
    while let last = words.last?.lowercased() {
      if ["properly", "officially", "formally", "legally", "fully"].contains(last) {
        words.removeLast()
      } else if words.count >= 2,
        ["in full", "on paper", "in english"].contains(
          words[words.count - 2].lowercased() + " " + last)
      {
        words.removeLast(2)
      } else {
        break
      }
      marked = true
    }
    return marked
  }

  /// Whether `fuller` says `held` again in full: a word in common ("Kasia Wojcik", "Katarzyna
  /// Wójcik"), or one word held that begins or ends its given name ("davo", "David").
  static func restates(_ fuller: PersonName, _ held: PersonName) -> Bool {
    let new = fuller.fullWords.map(CorrectionReader.folded)
    let old = held.fullWords.map(CorrectionReader.folded)
    if !Set(new).isDisjoint(with: old) { return true }
    guard old.count == 1, let word = old.first, word.count >= 3, let first = new.first else {
      return false
    }
    return first.hasPrefix(String(word.prefix(3))) || first.hasSuffix(word)
  }
}
