/// The topic as the note may print it: a clause or a noun phrase the program can positively
/// read, or nothing.
///
/// Round after round of checks that looked for a fault ("a clause pasted into a frame", "a
/// verb cut") left a third of first notes faulted on unseen text, because second-language
/// reported speech has more shapes than any list of faults: "you go to the new voice picking
/// system with headset", "the depot gets 40 new electric double deckers" (a present for the
/// future), "the menu to more middle eastern small plates" (its verb cut). The logic is
/// inverted here: a topic goes into a clause frame ("hearing that ...") only when it reads as a
/// whole clause, a subject that stands alone and a verb group the reader knows is finite and
/// whole; into a noun-phrase frame ("hearing about ...") only when it parses as one. Anything
/// else is said by the most specific noun phrase inside it, which the program can vouch for,
/// and a topic with none is not offered (`TopicGate`).
///
/// ```swift
/// VouchedTopic.reading("you're rolling out self-checkout by March")
/// // .clause("you're rolling out self-checkout by March")
/// VouchedTopic.reading("you go to new voice picking system with headset")
/// // .nounPhrase("the new voice picking system")
/// VouchedTopic.reading("the menu to more middle eastern small plates")
/// // .nounPhrase("more middle eastern small plates")
/// ```
enum VouchedTopic: Equatable, Sendable {
  /// A whole clause: fits "hearing that {text}".
  case clause(String)
  /// A noun phrase: fits "hearing about {text}".
  case nounPhrase(String)

  /// The words as printed.
  var text: String {
    switch self {
    case .clause(let text), .nounPhrase(let text): text
    }
  }

  /// The frame kind the reading fits.
  var form: TopicGrammar.Form {
    switch self {
    case .clause: .clause
    case .nounPhrase: .nounPhrase
    }
  }

  /// The reading of a topic as the note would say it, or nil when nothing in it can be
  /// vouched for. Reading its own text again gives the same reading.
  static func reading(_ topic: String) -> VouchedTopic? {
    let words = topic.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    // "May 2027 timetable change": the month before a date's number
    // (`CalendarNames.datesMonth`) is read as a month that is no other word is, never the
    // modal (tuning 41's ce009 cut it to "Midland Main Line").
    let lower = words.indices.map { index in
      plain(words[index]) == "may" && index + 1 < words.count
        && CalendarNames.datesMonth(words[index], before: words[index + 1])
        ? "june" : plain(words[index])
    }
    if isNamedThing(words, lower) { return .nounPhrase(shifted(words)) }
    if isClause(lower[...]) {
      switch bareObject(words, lower) {
      case nil: return .clause(words.joined(separator: " "))
      case .some(let object) where TopicArticles.isCountable(lower[objectHead(lower, from: object)]):
        // "you opened café in Leeds": a noun that counts, as a verb's object, is one of
        // its kind the reader has not yet named to the person: "a café".
        var words = words
        words.insert(
          lower[object].first.map { "aeio".contains($0) } == true ? "an" : "a", at: object)
        return reading(words.joined(separator: " "))
      case .some(let object) where isPast(lower[object - 1]):
        // The noun phrase said instead starts after the object, which it cannot say either.
        // ("starting collaboration with ...": after a verb in "-ing" the noun is as often a
        // mass noun of the act, "starting production of ...", and the clause stays.)
        guard let phrase = bestNounPhrase(words, lower, skipping: object),
          phrase.contains(" ")
        else { return nil }
        return .nounPhrase(phrase)
      case .some: return .clause(words.joined(separator: " "))
      }
    }
    // "the peat free compost you've switched": a relative clause closing on a verb of moving
    // or changing has lost its "to" ("switched to"); the thing is said without the clause.
    if let cut = strandedRelative(lower), cut >= 2 {
      return reading(words[..<cut].joined(separator: " "))
    }
    if isNounPhrase(lower[...], words[...]) { return .nounPhrase(shifted(words)) }
    // "says you'll be slammed with installs": the reader's own clause, whole, after the talk
    // that reported it.
    if let start = lower.indices.dropFirst().prefix(2).first(where: {
      readerSubjects.contains(lower[$0]) && sayingWords.contains(lower[$0 - 1])
    }), isClause(lower[start...]) {
      return .clause(words[start...].joined(separator: " "))
    }
    // "you will be fully plant based" read as "plant": a single common word cut from a clause
    // says too little of what was said to stand for it (a name or an acronym can: "PEXA").
    guard let phrase = bestNounPhrase(words, lower),
      phrase.contains(" ") || phrase.contains(where: \.isUppercase)
    else { return nil }
    return .nounPhrase(madeByReader(phrase, in: lower) ?? phrase)
  }

  /// "your Get Started with Music programme": a determiner, then a name in capitals (its small
  /// words between them), then at most two common nouns. A determiner opens no clause, so the
  /// name's own verbs ("Get Started") are no clause's (tuning 34's bq049).
  static func isNamedThing(_ words: [String], _ lower: [String]) -> Bool {
    guard words.count >= 3, TopicGrammar.determiners.contains(lower[0]),
      words[1].first?.isUppercase == true
    else { return false }
    var index = 2
    while index < words.count,
      words[index].first?.isUppercase == true
        || Conversation.nameJoiners.contains(lower[index]) && index + 1 < words.count
          && words[index + 1].first?.isUppercase == true
    {
      index += 1
    }
    let rest = lower[index...]
    return index >= 3 && rest.count <= 2 && rest.allSatisfy { isWord($0) && !isPast($0) }
      && words[index...].allSatisfy { $0.first?.isLowercase == true }
  }

  /// "you open a welcome class for new arrivals", said by its object: a thing the reader's
  /// verb of making or opening brings into being is theirs and new ("your new welcome class
  /// for new arrivals"); "a welcome class" would name one of the kind, not the one they told
  /// the person about. Nil when the phrase is no such object.
  static func madeByReader(_ phrase: String, in lower: [String]) -> String? {
    var said = phrase.split(separator: " ").map(String.init)
    guard said.count >= 2, ["a", "an"].contains(said[0].lowercased()) else { return nil }
    let second = plain(said[1])
    guard
      let article = lower.indices.dropFirst(2).first(where: { index in
        ["a", "an"].contains(lower[index]) && index + 1 < lower.count && lower[index + 1] == second
      })
    else { return nil }
    var subject = article - 2
    while subject > 0, adverbs.contains(lower[subject]) || auxiliaries.contains(lower[subject]) {
      subject -= 1
    }
    guard makingVerbs.contains(lower[article - 1]),
      readerSubjects.contains(lower[subject]) || ["they", "we"].contains(lower[subject])
        || contracted(lower[subject]) && lower[subject].hasPrefix("you")
    else { return nil }
    said.removeFirst()
    if said.first?.lowercased() != "new" { said.insert("new", at: 0) }
    return "your " + said.joined(separator: " ")
  }

  /// Verbs that bring a thing into being: its object is the maker's new thing.
  static let makingVerbs: Set<String> = [
    "open", "opening", "launch", "launching", "start", "starting", "introduce", "introducing",
    "build", "building", "create", "creating", "set", "setting", "add", "adding", "pilot",
    "piloting", "trial", "trialling", "get", "getting", "buy", "buying",
  ]

  /// Where a verb's object is one singular common noun, bare: "you opened café in Leeds",
  /// "you just won competition for the library extension". English gives it an article. A
  /// noun known to stand bare ("hiring staff", "got funding") is no such object; one known to
  /// count takes "a" (`reading`); one the program cannot vouch either way ("won competition",
  /// "started production": abstract endings count in one sense and not in another) leaves
  /// the clause unvouched, said by the noun phrase inside it instead.
  static func bareObject(_ words: [String], _ lower: [String]) -> Int? {
    for verb in lower.indices.dropFirst() where verb + 1 < lower.count {
      let word = lower[verb]
      let before = lower[verb - 1]
      // "you will open forest school area": a plain verb after a modal takes its object too.
      let planned =
        (modals.contains(before) || before.hasSuffix("'ll")) && isWord(word)
        && !function.contains(word) && !["be", "have"].contains(word)
      // "got certified", "going live", "being refurbished": verbs of becoming and moving
      // take a state or a place, no object.
      // "you are building sensory garden": after a form of "be" a word in "-ing" is the
      // progressive verb, even one that is also a noun ("building", "training").
      let progressive = isIngForm(word) && (beForms.contains(before) || contracted(before))
      guard isPast(word) || isGerund(word) || progressive || planned,
        !linkingVerbs.contains(word)
      else {
        continue
      }
      // The verb of the clause: after its subject, an auxiliary or an adverb, not a
      // participle describing a noun ("the new automated sorter").
      guard
        readerSubjects.contains(before) || secondSubjects.contains(before)
          || auxiliaries.contains(before) || adverbs.contains(before) || contracted(before)
          || beForms.contains(before)
      else { continue }
      // "forest school area": nouns before the head describe it; the head is the object
      // whose article is missing, the first word the one the article goes before.
      let head = objectHead(lower, from: verb + 1)
      let object = lower[head]
      let next = head + 1 < lower.count ? lower[head + 1] : ""
      guard
        head == verb + 1
          || (verb + 1..<head).allSatisfy({ index in
            // "free membership": a describing word before the head may make it a kind of a
            // mass noun, which takes no article; nouns before it ("forest school") do not.
            // "new" says the thing is one not yet named, never a kind of a mass noun:
            // "opening new dementia wing" takes "a" as "opening dementia wing" does.
            words[index].first?.isLowercase == true && !isIngForm(lower[index])
              && !lower[index].hasSuffix("s")
              && (!TopicArticles.adjectives.contains(lower[index]) || lower[index] == "new")
              && !isParticiple(lower[index])
          })
      else { continue }
      guard words[verb + 1].first?.isLowercase == true, isWord(object), object.count >= 3,
        !isNumber(object), !isTimeWord(object), !isIngForm(object), !object.hasSuffix("ly"),
        !object.hasSuffix("s") || ["ss", "us", "is"].contains(where: object.hasSuffix),
        !TopicArticles.standsBare(object), !particles.contains(object),
        !isClearParticiple(object), !TopicArticles.isAdjective(object),
        !TopicPhraseCheck.bareVerbs.contains(object),
        // "wing called the Willows": a name after the thing closes its phrase too.
        next.isEmpty || (locatives.contains(next) && next != "of")
          || ["called", "named"].contains(next)
      else { continue }
      return verb + 1
    }
    return nil
  }

  /// Where a relative clause with no "that" begins when it closes on a verb whose noun takes
  /// "to" (`takesTo`: "switched", "moved", "changed", "upgraded"): the verb needs its "to"
  /// and what follows, which the words have lost. Nil for any other words.
  static func strandedRelative(_ lower: [String]) -> Int? {
    guard lower.count >= 4, let last = lower.last, last.hasSuffix("ed"),
      takesTo.contains(String(last.dropLast(2))) || takesTo.contains(String(last.dropLast()))
    else { return nil }
    // The clause's subject straight after a noun: "compost you've", "system they".
    guard
      let subject = lower.indices.dropFirst().last(where: { index in
        (readerSubjects.contains(lower[index]) || secondSubjects.contains(lower[index]))
          && lower[index] != "your" && !function.contains(lower[index - 1])
      }), subject < lower.count - 1
    else { return nil }
    return subject
  }

  /// The last noun of a run of up to three plain words from `start`, before a preposition or
  /// the end: "forest school area in January" -> "area". `start` when no such run.
  static func objectHead(_ lower: [String], from start: Int) -> Int {
    guard start < lower.count, !function.contains(lower[start]) else { return start }
    var end = start
    while end + 1 < lower.count, end - start < 2, isWord(lower[end + 1]),
      !function.contains(lower[end + 1]), !isTimeWord(lower[end + 1]),
      !isNumber(lower[end + 1])
    {
      end += 1
    }
    let closes =
      end + 1 == lower.count || locatives.contains(lower[end + 1])
      || ["called", "named"].contains(lower[end + 1])
    return closes ? end : start
  }

  /// Verbs of becoming and moving, whose next word is a state or a place, never an object.
  static let linkingVerbs: Set<String> = [
    "got", "getting", "going", "went", "gone", "being", "been", "became", "becoming", "coming",
    "came", "turning", "turned", "staying", "stayed", "moving", "moved",
  ]

  /// A word as the grammar reads it: lower case, no punctuation, a curly apostrophe straight.
  static func plain(_ word: String) -> String {
    word.lowercased().replacingOccurrencesOf("\u{2019}", with: "'").trimming(",.!?;:()\"")
  }

  // MARK: Clauses

  /// A subject that stands alone and a whole finite verb group, in a tense any time words of
  /// the topic agree with: "you're opening a new wing after Christmas", "the lab just won a big
  /// EU grant". A present simple of an act ("you go to ...", "the depot gets ...") is never
  /// vouched: in the reported speech that reaches the note it is as often a future as a habit.
  /// Only a present of wanting, needing or having stands, and only with no time to come.
  /// Without a subject (`subjectless`), the verb group of a relative clause ("that was found
  /// on a farm").
  static func isClause(_ lower: ArraySlice<String>, subjectless: Bool = false) -> Bool {
    guard
      let verb = subjectless ? lower.startIndex : verbStart(lower),
      verb < lower.endIndex
    else { return false }
    var index = verb
    // "you're", "you'll", "the depot's": the auxiliary is on the subject.
    var auxiliary: String? =
      index > lower.startIndex && contracted(lower[index - 1]) ? lower[index - 1] : nil
    var pastTense = false
    var wantsBase = false
    while index < lower.endIndex, adverbs.contains(lower[index]) { index += 1 }
    if index < lower.endIndex, auxiliaries.contains(lower[index]) {
      auxiliary = lower[index]
      pastTense = pastAuxiliaries.contains(lower[index])
      index += 1
    }
    if let auxiliary {
      // "the hotel is fully booked for Hogmanay": an adverb in "-ly" between the auxiliary and
      // the participle, as after "be" (the clause had been said by "the hotel" alone).
      while index < lower.endIndex,
        adverbs.contains(lower[index]) || lower[index] == "not"
          || lower[index].hasSuffix("ly") && lower[index].count > 4
      {
        index += 1
      }
      guard index < lower.endIndex else { return false }
      let beLike =
        beForms.contains(auxiliary) || auxiliary.hasSuffix("'s") || auxiliary.hasSuffix("'re")
      if ["going", "about", "able"].contains(lower[index]), index + 1 < lower.endIndex,
        lower[index + 1] == "to"
      {
        // "you're about to launch", "you're going to open": a plan's base verb follows.
        index += 2
        wantsBase = true
      } else if haveForms.contains(auxiliary) || auxiliary.hasSuffix("'ve"),
        lower[index] == "to"
      {
        index += 1
        wantsBase = true
      }
      if index < lower.endIndex, ["be", "been", "being"].contains(lower[index]) {
        index += 1
        while index < lower.endIndex, adverbs.contains(lower[index]) || lower[index].hasSuffix("ly")
        {
          index += 1
        }
        // "you will be fully plant based": a noun and a participle made one adjective, the
        // complement of "be".
        if index + 1 < lower.endIndex, isWord(lower[index]), !startsNounPhrase(lower[index]),
          isParticiple(lower[index + 1]), !lower[index].hasSuffix("ing")
        {
          return wholeRest(lower, from: index + 2, pastTense: pastTense)
        }
      } else if haveForms.contains(auxiliary) || auxiliary.hasSuffix("'ve"),
        startsNounPhrase(lower[index])
      {
        // "you had a huge outage", "the grotto has a quiet hour": "have" with its object.
        return wholeRest(lower, from: index, pastTense: pastTense)
          && isNounPhrase(lower[index...], nil)
      }
      guard index < lower.endIndex else { return false }
      // "you're the first practice ...", "there'll be a new tank": a copula and a thing.
      if beLike || ["be", "been", "being"].contains(lower[index - 1]),
        startsNounPhrase(lower[index])
      {
        return wholeRest(lower, from: index, pastTense: pastTense)
          && isNounPhrase(lower[index...], nil)
      }
      let main = lower[index]
      // "have to do a short course": a plain verb that is also an auxiliary.
      guard isWord(main) || (wantsBase && ["do", "have"].contains(main)) else { return false }
      // After "be" a participle or "-ing"; after a modal, "do" or "to", a plain verb; after
      // "is", "has" and their contractions, a participle or "-ing" again.
      let wantsParticiple: Bool
      if ["be", "been", "being"].contains(lower[index - 1]) {
        wantsParticiple = true
      } else if wantsBase || modals.contains(auxiliary) || auxiliary.hasSuffix("'ll")
        || auxiliary.hasSuffix("'d") || doForms.contains(auxiliary)
      {
        wantsParticiple = false
      } else {
        wantsParticiple = true
      }
      if wantsParticiple, !isParticiple(main), !isIngForm(main) {
        return false
      }
    } else {
      guard index < lower.endIndex else { return false }
      let main = lower[index]
      guard isWord(main), index + 1 < lower.endIndex else { return false }
      if isPast(main) {
        // A clear past with its object: "you opened a second site".
        pastTense = true
      } else if hasTimeToCome(lower.prefix { $0 != "to" }) {
        return false
      } else if !statives.contains(main), !isHabit(lower, verb: index) {
        return false
      }
    }
    return wholeRest(lower, from: index + 1, pastTense: pastTense)
  }

  /// Whether the plain verb at `verb` says what the reader does as a habit: "you source
  /// coffee from farmers in nyeri", "you train every new starter on the tills". After "you"
  /// straight before it, a plain word is the verb (a pronoun is followed by no noun but "you
  /// guys"), and with no time to come it tells how things are, not a plan said in the present
  /// by a second-language speaker ("you open new café next month"), which stays unvouched.
  static func isHabit(_ lower: ArraySlice<String>, verb: Int) -> Bool {
    guard verb > lower.startIndex, lower[verb - 1] == "you", verb + 1 < lower.endIndex else {
      return false
    }
    let main = lower[verb]
    // "you start wholesale bread to cafes ... in the new year": a time named beside a plain
    // verb makes it a plan ("every week" aside, which is a habit's).
    let timed = lower.indices.contains { index in
      isTimeWord(lower[index])
        && !(index > lower.startIndex
          && ["every", "each"].contains(lower[index - 1]))
    }
    // "you pick, whatever": a habit tells what is done to something, two words at least.
    let object = lower[(verb + 1)...]
    return !timed && object.count >= 2 && !changeVerbs.contains(main)
      && !["whatever", "anything", "it", "that", "this", "one"].contains(
        String(lower[verb + 1].prefix { $0 != "'" }))
      && main.count >= 3 && main.allSatisfy(\.isLetter) && !isIngForm(main)
      && (!main.hasSuffix("s") || main.hasSuffix("ss")) && !function.contains(main)
      && !["guys", "lot", "all", "both", "people", "folks", "lads", "two", "three", "too"]
        .contains(main)
      && !TopicRepair.prepositions.contains(lower[verb + 1])
  }

  /// Verbs of a change made once, whose plain present is a plan or a choice, never a habit:
  /// "you start wholesale bread to cafes", "you open a welcome class", "you pick whatever".
  static let changeVerbs: Set<String> = [
    "start", "begin", "open", "launch", "close", "build", "introduce", "move", "switch", "add",
    "get", "pick", "choose", "bring", "expand", "change", "set", "finish", "end", "join",
    "hire", "buy", "sell", "merge", "relocate", "roll", "trial", "pilot", "test", "decide",
  ]

  /// Whether what follows the verb completes the clause: no second subject pasted in ("from
  /// january they go"), no dangling last word, and no past beside a time to come.
  static func wholeRest(_ lower: ArraySlice<String>, from index: Int, pastTense: Bool) -> Bool {
    let rest = lower[min(index, lower.endIndex)...]
    // "is opening again the rooftop restaurant": English puts no adverb between a verb and
    // its object, so words in that order are the person's grammar, not a clause to paste.
    if rest.count >= 2, let adverb = rest.first,
      adverbs.contains(adverb) || ["again", "too", "together", "well"].contains(adverb)
        || adverb.count > 4 && adverb.hasSuffix("ly"),
      determiners.contains(rest[rest.startIndex + 1]) || isNumber(rest[rest.startIndex + 1])
    {
      return false
    }
    if rest.enumerated().contains(where: { offset, word in
      secondSubjects.contains(word)
        && !(offset > 0
          && ["when", "if", "because", "as", "that"].contains(rest[rest.startIndex + offset - 1]))
    }) {
      return false
    }
    if let last = lower.last, TopicGrammar.danglingEnds.contains(last) { return false }
    // The time of a plan after "to" is the plan's: "approved to open a unit next summer".
    let beforeInfinitive = lower.prefix { $0 != "to" }
    if pastTense, hasTimeToCome(beforeInfinitive) { return false }
    return true
  }

  /// Where the verb group begins after a subject that stands alone: "you", "your X", "the X",
  /// a name, a bare plural before an auxiliary ("staff will learn"); nil otherwise.
  static func verbStart(_ lower: ArraySlice<String>) -> Int? {
    guard let first = lower.first else { return nil }
    let start = lower.startIndex
    if ["you", "you're", "you've", "you'll", "you'd", "there", "there's", "there'll"].contains(
      first)
      || ["everyone", "everything", "everybody"].contains(first)
    {
      return start + 1
    }
    guard !function.contains(first) || ["your", "the"].contains(first) else { return nil }
    let bare = !["your", "the"].contains(first)
    // The subject's noun phrase runs to the first auxiliary, adverb or past, with "of" inside.
    var index = start + 1
    while index < lower.endIndex {
      let word = lower[index]
      if auxiliaries.contains(word) || adverbs.contains(word) { break }
      // "the depot's going": "is" on the subject's noun; "the grazing you're trialling" is a
      // thing with a relative clause, not a clause.
      if secondSubjects.contains(word) || readerSubjects.contains(word) { return nil }
      // "the women's lifting app": a plural's possessive is no "is" on the subject (tuning
      // 40's cc053 was framed "glad to hear that the women's lifting ... app").
      if pluralPossessives.contains(word) { return nil }
      if contracted(word) { return index + 1 }
      // "the lab won a grant": a past before its object; "the new automated sorter" is a
      // participle describing the noun after it, and "the new practice focused on retail" one
      // describing the noun before it: a participle that wants its complement ("focused on",
      // "based in", "aimed at") reads as the thing's description, so the whole is a thing,
      // heard "about" and never "that".
      if !bare, index >= start + 2, isPast(word), index + 1 < lower.endIndex,
        !TopicPhraseCheck.complementWanting.contains(word),
        function.contains(lower[index + 1]) || isNumber(lower[index + 1])
      {
        break
      }
      if function.contains(word), word != "of" { return nil }
      index += 1
    }
    // A bare subject is vouched only before an auxiliary, within three words.
    if bare,
      index >= lower.endIndex || !auxiliaries.contains(lower[index])
        || index - start > 3
    {
      return nil
    }
    return index < lower.endIndex ? index : nil
  }

  /// "you're", "it's" after a subject's noun: an auxiliary written on the word before.
  static func contracted(_ word: String) -> Bool {
    ["'re", "'ve", "'ll", "'d"].contains(where: word.hasSuffix)
      || (word.hasSuffix("'s") && !possessiveOnly.contains(word))
  }

  /// A word of letters: no number, no chat spelling with digits.
  static func isWord(_ word: String) -> Bool {
    !function.contains(word) && word.allSatisfy { $0.isLetter || $0 == "-" }
  }

  /// A past participle or simple past: "-ed", "-en", or one of the common irregular forms.
  static func isParticiple(_ word: String) -> Bool {
    (word.count > 3 && (word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("wn")))
      || irregularPasts.contains(word)
  }

  /// A participle beyond doubt, where a noun may stand instead: "-ed", an irregular past, or
  /// one of English's participles in "-en" and "-wn" ("chosen", "shown"). The ending alone
  /// ("garden", "kitchen", "screen") says nothing there: "building sensory garden" took no
  /// article, as if "garden" said what the thing had become.
  static func isClearParticiple(_ word: String) -> Bool {
    (word.count > 3 && word.hasSuffix("ed")) || irregularPasts.contains(word)
      || strongParticiples.contains(word)
  }

  /// English's participles in "-en" and "-wn" beyond `irregularPasts` (which holds "taken",
  /// "chosen", "shown" and the like already): a closed class of strong verbs.
  static let strongParticiples: Set<String> = [
    "broken", "spoken", "driven", "eaten", "fallen", "forgotten", "frozen", "hidden", "ridden",
    "risen", "shaken", "stolen", "woken", "woven", "beaten", "bitten", "proven", "known",
    "thrown", "drawn", "blown", "flown", "sewn", "sown", "torn", "worn", "sworn", "withdrawn",
    "overtaken", "undertaken", "rewritten", "mistaken", "forbidden", "gotten", "been", "seen",
    "gone",
  ]

  /// A clear past tense: "-ed" or an irregular past.
  static func isPast(_ word: String) -> Bool {
    (word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed"))
      || irregularPasts.contains(word)
  }

  /// An "-ing" form that is a verb, not one of the nouns in "-ing" ("building", "training").
  static func isGerund(_ word: String) -> Bool {
    isIngForm(word) && !TopicPhraseCheck.ingNouns.contains(word)
  }

  /// Whether a word in "-ing" is a verb's "-ing" form: a stem with a vowel before the ending
  /// ("opening", "doing", "dying"). "bring", "spring", "string" end in "ing" with no stem: read
  /// as "-ing" forms, "you are bring a new system" passed as a whole progressive.
  static func isIngForm(_ word: String) -> Bool {
    guard word.count > 4, word.hasSuffix("ing") else { return false }
    return word.dropLast(3).contains(where: { "aeiouy".contains($0) })
  }

  /// Whether the words name a time to come: "next year", "from January", "coming spring".
  static func hasTimeToCome(_ lower: ArraySlice<String>) -> Bool {
    for index in lower.indices.dropLast() where ["next", "from", "coming"].contains(lower[index]) {
      var next = index + 1
      while next < lower.endIndex - 1, ["the", "new"].contains(lower[next]) { next += 1 }
      if isTimeWord(lower[next]) { return true }
    }
    return false
  }

  /// A word that names a time: a month, a season, "year", a year's number.
  static func isTimeWord(_ word: String) -> Bool {
    timeWords.contains(word)
      || (word.count == 4 && word.hasPrefix("20") && word.allSatisfy(\.isNumber))
  }

  /// A word that opens a noun phrase: a determiner or a number.
  /// Whether the words at `index` are how much, as after "by": "a third", "half", "20%".
  static func isMeasure(_ lower: [String], at index: Int) -> Bool {
    let word = lower[index]
    if isNumber(word) || word == "half" || word.hasSuffix("%") { return true }
    let next = index + 1 < lower.count ? lower[index + 1] : ""
    return ["a", "an"].contains(word)
      && ["third", "quarter", "half", "fifth", "tenth", "lot", "bit", "mile"].contains(next)
  }

  static func startsNounPhrase(_ word: String) -> Bool {
    determiners.contains(word) || isNumber(word)
  }

  // MARK: Noun phrases

  /// A noun phrase the reader can parse: a determiner or modifiers and a head, then a
  /// preposition's phrase ("for flats", "in Leeds"), "to" only after a noun that takes it
  /// ("the switch to electric vans") or as an infinitive with its object ("a contract to clean
  /// the new hospital"), a relative clause the reader vouches for, an "-ing" or "-ed" phrase
  /// ("the firm opening a new office", "an office focused on energy"), another phrase after
  /// "and", and a clean time at the end. An "-ing" verb with its object ("getting young people
  /// into farming") and a "how" or "what" before a clause ("how the team will grow") read as
  /// things too. "the menu to more middle eastern small plates" does not.
  static func isNounPhrase(
    _ lower: ArraySlice<String>, _ words: ArraySlice<String>?, afterFrom: Bool = false
  ) -> Bool {
    guard let first = lower.first else { return false }
    let start = lower.startIndex
    if whWords.contains(first) {
      // An embedded question: a subject or "to" after the wh-word.
      guard start + 1 < lower.endIndex else { return false }
      let next = lower[start + 1]
      // "how many people listen on smart speakers", "how much food the shop wastes": a
      // quantity asked of a thing, and a clause about it, whole (tuning 34's bq034 kept only
      // "smart speakers now"). A subject pointing outside the note ("they", "we") is never
      // vouched.
      // The clause must go on past the noun: a preposition or a determiner after it shows its
      // verb has something to say ("how many first time buyers" alone asks nothing).
      if first == "how", ["many", "much"].contains(next), start + 3 < lower.endIndex,
        isWord(lower[start + 2]),
        !lower[(start + 2)...].contains(where: secondSubjects.contains),
        lower[(start + 3)...].contains(where: {
          TopicRepair.prepositions.contains($0) || TopicGrammar.determiners.contains($0)
        })
      {
        return true
      }
      return next == "to" || whSubjects.contains(next) || secondSubjects.contains(next)
        || readerSubjects.contains(next) || verbStart(lower.dropFirst()) != nil
    }
    let end = timeStart(lower) ?? lower.endIndex
    var index = start
    // "getting more young people into farming", "dealing with angry patients", "the new
    // system rolling out".
    var verbal = false
    if first.hasSuffix("ing"), first.count > 4, end - index >= 2 || isGerund(first),
      index + 1 >= end || !["and", "or", "vs"].contains(lower[index + 1]),
      isGerund(first)
        || (index + 1 < end
          && (startsNounPhrase(lower[index + 1]) || lower[index + 1] == "new"))
    {
      verbal = true
      index += 1
      var skipped = 0
      while index < end, skipped < 2,
        particles.contains(lower[index]) || locatives.contains(lower[index])
          || lower[index] == "to"
      {
        index += 1
        skipped += 1
      }
      // "planting", "the new system rolling out": a verb in "-ing" alone or with its particle.
      if index == end { return skipped == 0 || particles.contains(lower[end - 1]) }
    }
    guard let head = simplePhraseEnd(lower, words, from: index, to: end) else { return false }
    if head == end { return true }
    let link = lower[head]
    let headNoun = lower[head - 1]
    let rest = head + 1
    func phrase(from position: Int, afterFrom: Bool = false) -> Bool {
      position < end
        && isNounPhrase(
          lower[position..<end], words.map { $0[position..<end] }, afterFrom: afterFrom)
    }
    // "to the Rift Valley", "to JHS 3": a place's name after "to" is where something goes.
    let toName =
      rest < end
      && (words?[rest].first?.isUppercase == true
        || (lower[rest] == "the" && rest + 1 < end && words?[rest + 1].first?.isUppercase == true))
    switch link {
    case "and", "vs", "or", "plus":
      return phrase(from: rest)
    case "next" where rest < end && lower[rest] == "to":
      return phrase(from: rest + 1)
    // "for 18 to 24 year olds": a range of numbers is one quantity, and the phrase goes on
    // from its second number (tuning 34's bq054 printed "24 year olds").
    case "to" where rest < end && Int(headNoun) != nil && Int(lower[rest]) != nil:
      return phrase(from: rest)
    case "that", "which", "who", "where":
      guard rest < end else { return false }
      let after = lower[rest..<end]
      return isClause(after) || isClause(after, subjectless: true)
        || isRelative(after)
    case "you", "you're", "you've", "you'll", "you'd":
      // "the contract you won off the county council": a relative clause without "that".
      return isClause(lower[head..<end]) || isContactRelative(lower[head..<end])
    case "to":
      // "the new route 48 to the hospital": a number after a noun names which one ("route
      // 48", "terminal 5"), and the noun before it is the head that takes "to" (tuning 37's
      // bw025 printed "the hospital that starts in March" for the route).
      let named = Int(headNoun) != nil && head - 2 >= start ? lower[head - 2] : headNoun
      if takesTo.contains(named) || afterFrom || verbal || toName, phrase(from: rest) {
        return true
      }
      return rest < end
        && isInfinitive(
          lower[rest..<end], words.map { $0[rest..<end] }, loose: plans.contains(headNoun))
    case "from":
      return phrase(from: rest, afterFrom: true)
    // "cutting the number of lines by a third", "by 20%": how much, after "by" (tuning 40's
    // cc040 lost "cutting" and "by a third", which were the point).
    case "by" where rest < end && isMeasure(Array(lower[rest..<end]), at: 0):
      return phrase(from: rest)
    case let word
    where ["every", "next", "this", "last"].contains(word) && rest < end
      && isTimeWord(lower[rest]):
      // "a quiet hour every morning for autistic kids", "your new office next year focused
      // on energy": the words read as if the time were said last.
      guard rest + 1 < end else { return true }
      let without = Array(lower[start..<head]) + Array(lower[(rest + 1)..<end])
      let withoutWords = words.map { Array($0[start..<head]) + Array($0[(rest + 1)..<end]) }
      return isNounPhrase(without[...], withoutWords.map { $0[...] })
        || (locatives.contains(lower[rest + 1]) && phrase(from: rest + 2))
    case "being" where rest < end && isParticiple(lower[rest]):
      // "the cranes being installed on berth 9".
      return rest + 1 == end
        || (locatives.contains(lower[rest + 1]) && phrase(from: rest + 2))
    default:
      if locatives.contains(link) { return phrase(from: rest) }
      // "the drains up on the hill".
      if particles.contains(link), rest < end, locatives.contains(lower[rest]) {
        return phrase(from: rest + 1)
      }
      // "the firm opening a new office": a verb in "-ing" and what it acts on.
      if isGerund(link) { return isNounPhrase(lower[head..<end], words.map { $0[head..<end] }) }
      // "an office focused on energy", "the hoard found on a farm".
      if isParticiple(link) {
        return rest == end
          || ((locatives.contains(lower[rest]) || lower[rest] == "to") && phrase(from: rest + 1))
      }
      return false
    }
  }

  /// A relative clause whose verb is a present with its object: "that cuts latency", "that
  /// spread less salt on the roads". A present is vouched here, where it describes, unless a
  /// time to come stands beside it.
  static func isRelative(_ lower: ArraySlice<String>) -> Bool {
    guard let verb = lower.first, isWord(verb), lower.count >= 2, !hasTimeToCome(lower) else {
      return false
    }
    return wholeRest(lower, from: lower.startIndex + 1, pastTense: false)
      && (isNounPhrase(lower.dropFirst(), nil)
        || (locatives.contains(lower[lower.startIndex + 1])
          && isNounPhrase(lower.dropFirst(2), nil)))
  }

  /// "to clean the new hospital": a verb (or two joined by "and", with a particle) and its
  /// object, which opens with a determiner or number so that the verb is known for one; after
  /// "plans" (`loose`) any object.
  static func isInfinitive(
    _ lower: ArraySlice<String>, _ words: ArraySlice<String>?, loose: Bool
  ) -> Bool {
    var index = lower.startIndex
    guard index < lower.endIndex, isWord(lower[index]) else { return false }
    index += 1
    if index + 1 < lower.endIndex, lower[index] == "and", isWord(lower[index + 1]) { index += 2 }
    if index < lower.endIndex, particles.contains(lower[index]) { index += 1 }
    guard index < lower.endIndex else { return false }
    guard
      loose || startsNounPhrase(lower[index]) || lower[index] == "new"
        || bareCountedObject(lower, words, from: index)
    else { return false }
    // "to move the fleet to electric bikes": the verb's "to" after its object.
    return isNounPhrase(lower[index...], words.map { $0[index...] }, afterFrom: true)
  }

  /// "a pilot line to make pouch cells in the lab": a plural needs no determiner to be a
  /// verb's object, so a simple phrase ending on one is the thing the verb acts on. Refused,
  /// the phrase was cut to "make pouch cells" (tuning 45's cm036).
  private static func bareCountedObject(
    _ lower: ArraySlice<String>, _ words: ArraySlice<String>?, from index: Int
  ) -> Bool {
    // Two words at least ("pouch cells"): "the fleet to electric vans" has no verb before
    // "vans", and "electric" alone is no verb's place.
    guard let end = simplePhraseEnd(lower, words, from: index, to: lower.endIndex),
      end > index + 1
    else { return false }
    let head = lower[end - 1]
    return head.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss")
      && !head.hasSuffix("ous") && isWord(head)
  }

  /// Where a simple noun phrase (determiner, modifiers, head, with "and" between heads) that
  /// starts at `start` ends, or nil when what starts there is not one.
  static func simplePhraseEnd(
    _ lower: ArraySlice<String>, _ words: ArraySlice<String>?, from start: Int, to end: Int
  ) -> Int? {
    var index = start
    // "half the fleet", "all the drivers".
    if index + 1 < end, ["half", "all", "both"].contains(lower[index]), lower[index + 1] == "the" {
      index += 1
    }
    // "two more sites", "the 40 new buses": up to two words that open a phrase.
    var content = 0
    var opened = 0
    while index < end, opened < 2, startsNounPhrase(lower[index]) {
      // "8am", "2027": a number that is the whole phrase.
      if isNumber(lower[index]), index + 1 == end || function.contains(lower[index + 1]) {
        content += 1
      }
      index += 1
      opened += 1
    }
    while index < end {
      let word = lower[index]
      let next = index + 1 < end ? lower[index + 1] : ""
      let previous = index > lower.startIndex ? lower[index - 1] : ""
      let previousIsName = index > lower.startIndex && words?[index - 1].first?.isUppercase == true
      if word == "and", content > 0, !next.isEmpty, !function.contains(next),
        !next.hasSuffix("ing")
      {
        index += 1
        continue
      }
      // A number after a noun labels it ("year 9", "level 2"); after a verb ("gets 40") it
      // opens the verb's object, so the words before were no phrase.
      if isNumber(word), content > 0 {
        if !previousIsName,
          previous.hasSuffix("s") && !previous.hasSuffix("ss") || isPast(previous)
            || previous.hasSuffix("ing")
        {
          return nil
        }
        content += 1
        index += 1
        continue
      }
      // "a new drive up pickup area", "the Christmas sleep out", "a drop in on Saturdays".
      if content > 0, ["up", "out", "off", "in"].contains(word),
        (word != "in" && (next.isEmpty || !function.contains(next)) && !isNumber(next))
          || (word == "in" && (next.isEmpty || (locatives.contains(next) && next != "in")))
      {
        content += 1
        index += 1
        continue
      }
      if word == "next", next == "to" { break }
      // "the new digital driving licence comes out": a word in "-s" after the thing, before a
      // verb's particle, is its verb (tuning 40's cc056 printed "the licence comes").
      // Only a thing opened by a determiner, its noun singular, is such a subject: "bring
      // empty homes back into use", "getting township merchants off cash" are objects.
      if content > 0, word.hasSuffix("s"), !word.hasSuffix("ss"), !previousIsName,
        !previous.hasSuffix("s"), determiners.contains(lower[start]),
        ["out", "up", "down", "back", "off", "through", "along"].contains(next)
      {
        break
      }
      // "the new trains coming next year": a time inside the words ends the thing.
      if ["every", "next", "this", "last"].contains(word), isTimeWord(next) { break }
      // "the new automated sorter": a participle before a noun describes it.
      if isPast(word), content > 0, next.isEmpty || function.contains(next) { break }
      if function.contains(word) { break }
      if isGerund(word), content > 0,
        startsNounPhrase(next) || locatives.contains(next) || particles.contains(next)
          || next == "to"
          || (["next", "this", "last", "every"].contains(next) && index + 2 < end
            && isTimeWord(lower[index + 2]))
      {
        break
      }
      if word.contains("'"), !word.hasSuffix("'s") { return nil }
      content += 1
      index += 1
    }
    guard content > 0 else { return nil }
    // A determiner straight after the words: the last of them was a verb.
    if index < end, determiners.contains(lower[index]),
      !(lower[index] == "every" && index + 1 < end && isTimeWord(lower[index + 1]))
    {
      // "the school garden the kids built": a relative clause without "that".
      return isContactRelative(lower[index..<end]) ? end : nil
    }
    return index
  }

  /// A relative clause with no "that", closing a thing: a subject ("you", or a determiner
  /// and up to three words), a verb, and nothing after it but a preposition's phrase ("the
  /// kids built", "you both listen to about logistics").
  static func isContactRelative(_ lower: ArraySlice<String>) -> Bool {
    var index = lower.startIndex
    guard index < lower.endIndex else { return false }
    if readerSubjects.contains(lower[index]) && lower[index] != "your" {
      index += 1
    } else if ["the", "your", "their", "our"].contains(lower[index]) {
      index += 1
      var content = 0
      while index < lower.endIndex - 1, content < 3, isWord(lower[index]),
        !isPast(lower[index])
      {
        index += 1
        content += 1
      }
      guard content > 0 else { return false }
    } else {
      return false
    }
    while index < lower.endIndex,
      adverbs.contains(lower[index]) || ["both", "all"].contains(lower[index])
        || auxiliaries.contains(lower[index])
    {
      index += 1
    }
    guard index < lower.endIndex, isWord(lower[index]) else { return false }
    index += 1
    if index == lower.endIndex { return true }
    // "listen to about logistics": a verb's particle, then a preposition's phrase.
    if index < lower.endIndex - 1, ["to", "up", "out", "on"].contains(lower[index]),
      locatives.contains(lower[index + 1])
    {
      index += 1
    }
    guard index < lower.endIndex - 1, locatives.contains(lower[index]) || lower[index] == "to"
    else { return false }
    return isNounPhrase(lower[(index + 1)...], nil)
  }

  /// Where a clean time phrase closing the words begins: "in January", "next spring", "after
  /// Christmas", "by March".
  static func timeStart(_ lower: ArraySlice<String>) -> Int? {
    guard lower.count >= 3 else { return nil }
    let last = lower.endIndex - 1
    // "the night before", "the day after".
    if ["before", "after"].contains(lower[last]), lower.count >= 4,
      isTimeWord(lower[last - 1])
        || lower[last - 1] == "day", lower[last - 2] == "the"
    {
      return last - 2
    }
    guard isTimeWord(lower[last]) else { return nil }
    var start = last - 1
    while ["new", "the", "next", "this", "coming", "last"].contains(lower[start]),
      start > lower.startIndex,
      timeOpeners.contains(lower[start - 1]) || ["new", "the"].contains(lower[start])
    {
      start -= 1
    }
    guard timeOpeners.contains(lower[start]) || ["next", "this", "last"].contains(lower[start]),
      start > lower.startIndex
    else { return nil }
    return start
  }

  /// Words for where a process stands, before "of" and the process: "the middle of", "the
  /// start of".
  static let partsOfAProcess: Set<String> = [
    "middle", "midst", "start", "beginning", "end", "process", "heart", "thick",
  ]

  /// The most specific noun phrase inside words that are neither a vouched clause nor a noun
  /// phrase: one with "new" or a number if any, else the one with most words of its own (a
  /// name counting one more), the later (the object) on a tie; with its owner shifted to the
  /// reader, its article supplied, and a clean time of the topic after it.
  static func bestNounPhrase(_ words: [String], _ lower: [String], skipping: Int? = nil)
    -> String?
  {
    var candidates: [(start: Int, end: Int)] = []
    var verbs = Set<Int>(skipping.map { [$0] } ?? [])
    var index = 0
    while index < lower.count {
      let word = lower[index]
      // "I actually want late shifts": an adverb between a subject and its verb leaves the
      // word after it a verb, so the word before the adverbs is the one that tells.
      var before = index - 1
      while before > 0, adverbs.contains(lower[before]) { before -= 1 }
      let previous = before >= 0 ? lower[before] : ""
      // After a subject pronoun or an auxiliary comes a verb, never a thing; and after a
      // verb's "to", another verb.
      let afterSubject =
        secondSubjects.contains(previous) || previous == "you"
        || (auxiliaries.contains(previous) && !haveForms.contains(previous))
        || contracted(previous)
        || ["be", "been", "being", "who", "that", "which"].contains(previous)
        || (previous == "to" && before >= 1 && verbs.contains(before - 1) && word != "new")
      if afterSubject, !startsNounPhrase(word) { verbs.insert(index) }
      // "will be more often": after a copula only "a", "the" or a number open a thing.
      if beForms.contains(previous) || previous == "be",
        !["a", "an", "the"].contains(word), !isNumber(word)
      {
        verbs.insert(index)
      }
      // "& partners" of "the merger with o'driscoll & partners": a joining sign opens no
      // thing, as "and" opens none.
      // "until March" after the thing is when, never a thing of its own (tuning 40's cc045 said
      // "talk with you about until March").
      guard !function.contains(word) || startsNounPhrase(word) || word == "half", word != "&",
        !["until", "till", "til", "since", "by"].contains(word),
        // "by a third": how much, after "by", is no thing either.
        previous != "by" || !isMeasure(lower, at: index),
        !secondSubjects.contains(word), !readerSubjects.contains(word) || word == "your",
        !verbs.contains(index), !contracted(word), !isTimeWord(word)
      else {
        index += 1
        continue
      }
      var end = index
      var good = index
      while let next = simplePhraseEnd(lower[...], words[...], from: end, to: lower.count)
        ?? splitEnd(lower, from: end), next > end
      {
        end = next
        good = end
        guard end + 1 < lower.count,
          ["for", "of"].contains(lower[end])
            || (lower[end] == "to" && takesTo.contains(lower[end - 1]))
        else { break }
        end += 1
      }
      // "all the drivers go" before "out": a plain verb closing the words is no head.
      if good - index >= 2, TopicPhraseCheck.bareVerbs.contains(lower[good - 1]) { good -= 1 }
      // "every morning": a time, not a thing; "your 14.20": a number is no thing's head.
      let timeOnly =
        good > index
        && (index..<good).allSatisfy {
          startsNounPhrase(lower[$0]) || isTimeWord(lower[$0])
            || ["last", "next"].contains(lower[$0])
        }
      // "people who know Kafka": a relative clause the reader vouches for stays.
      if good > index, good + 1 < lower.count, ["who", "that", "which"].contains(lower[good]),
        isRelative(lower[(good + 1)...]) || isClause(lower[(good + 1)...], subjectless: true)
      {
        good = lower.count
      }
      // "in the middle of airspace modernisation": the part of a process it names is where
      // the process stands, and the thing is what comes after "of" (tuning 48's cs054 said
      // "hearing about the middle of airspace modernisation").
      if good - index >= 4, ["the", "a"].contains(word), partsOfAProcess.contains(lower[index + 1]),
        lower[index + 2] == "of"
      {
        index += 3
      }
      if good > index, !isPast(lower[index]), !timeOnly,
        lower[good - 1].contains(where: \.isLetter),
        !isNumber(lower[good - 1])
          || good - index >= 2 && !startsNounPhrase(lower[good - 2])
      {
        candidates.append((index, good))
        index = good
      } else {
        index += 1
      }
    }
    func isSpecific(_ range: (start: Int, end: Int)) -> Bool {
      (range.start..<range.end).contains { lower[$0] == "new" || isNumber(lower[$0]) }
    }
    func weight(_ range: (start: Int, end: Int)) -> Int {
      let own = (range.start..<range.end).filter { !function.contains(lower[$0]) }.count
      let named = (range.start..<range.end).contains { position in
        position > 0 && words[position].first?.isUppercase == true
      }
      return own + (named && range.end - range.start >= 2 ? 1 : 0)
    }
    let pool = candidates.contains(where: isSpecific) ? candidates.filter(isSpecific) : candidates
    // The most words of its own; on a tie one with a determiner, then the later (the object).
    func rank(_ range: (start: Int, end: Int)) -> (Int, Int, Int) {
      (weight(range), determiners.contains(lower[range.start]) ? 1 : 0, range.start)
    }
    guard let best = pool.max(by: { rank($0) < rank($1) }) else { return nil }
    var phrase = Array(words[best.start..<best.end])
    // "two hotels in Leeds": a place named after the chosen thing says which it is (a name,
    // not an initialism: "sit in GP surgeries" is a verb's place). Added once the thing is
    // chosen, so a place never makes another phrase outweigh it.
    if best.end + 1 < lower.count, ["in", "at"].contains(lower[best.end]),
      words[best.end + 1].first?.isUppercase == true,
      words[best.end + 1].dropFirst().contains(where: \.isLowercase),
      !isTimeWord(lower[best.end + 1])
    {
      phrase += words[best.end...(best.end + 1)]
    }
    if let time = timePhrase(lower), time.start >= best.end || time.end <= best.start {
      phrase += words[time.start..<time.end]
    }
    if let last = phrase.last { phrase[phrase.count - 1] = last.trimming(",;:") }
    let said = TopicArticles.determined(TopicArticles.supplied(shifted(phrase)))
    return said.isEmpty ? nil : said
  }

  /// A clean time phrase anywhere in the words: "from January", "next year", "after
  /// Christmas" ("in" only before a month's or season's name).
  static func timePhrase(_ lower: [String]) -> (start: Int, end: Int)? {
    for (index, word) in lower.enumerated()
    where timeOpeners.contains(word) || ["next", "this"].contains(word) {
      var next = index + 1
      while next < lower.count, ["the", "new", "next", "this"].contains(lower[next]) { next += 1 }
      guard next < lower.count, isTimeWord(lower[next]) else { continue }
      if ["year", "month", "week", "weekend", "today", "term", "quarter"].contains(lower[next]),
        !["next", "this"].contains(lower[next - 1]) && lower[next - 1] != "new"
      {
        continue
      }
      return (index, next + 1)
    }
    return nil
  }

  /// Where a phrase cut by a verb inside it ends: "the depot gets" before "40 new ...", without
  /// its verb ("the depot").
  static func splitEnd(_ lower: [String], from start: Int) -> Int? {
    var index = start
    if index < lower.count, determiners.contains(lower[index]) { index += 1 }
    var content = 0
    while index < lower.count, !function.contains(lower[index]), !isNumber(lower[index]) {
      content += 1
      index += 1
    }
    // The last word before a determiner or number was the verb.
    guard content >= 2, index < lower.count, startsNounPhrase(lower[index]) else { return nil }
    return index - 1
  }

  /// The reader's things said as theirs: "their new site" is "your new site". Only the
  /// phrase's own owner, its first word: a "their" further on may be someone else's ("how
  /// you help tenants manage their rent arrears").
  static func shifted(_ words: [String]) -> String {
    var words = words
    if let first = words.first {
      switch first {
      case "their", "our": words[0] = "your"
      case "Their", "Our": words[0] = "Your"
      default: break
      }
    }
    return words.joined(separator: " ")
  }

  static func isNumber(_ word: String) -> Bool {
    word.first?.isNumber == true || numberWords.contains(word)
  }

  // MARK: Closed lists of function words

  static let auxiliaries: Set<String> = [
    "am", "is", "are", "was", "were", "will", "would", "shall", "should", "can", "could", "may",
    "might", "must", "has", "have", "had", "do", "does", "did", "won't", "isn't", "aren't",
    "hasn't", "haven't", "didn't", "can't", "don't", "doesn't",
  ]
  static let modals: Set<String> = [
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "won't", "can't",
  ]
  static let doForms: Set<String> = ["do", "does", "did", "don't", "doesn't", "didn't"]
  static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did", "didn't"]
  static let haveForms: Set<String> = ["has", "have", "had", "hasn't", "haven't"]
  static let beForms: Set<String> = ["am", "is", "are", "was", "were", "isn't", "aren't"]
  static let adverbs: Set<String> = [
    "just", "already", "now", "finally", "also", "soon", "recently", "currently", "still",
    "actually", "really", "officially", "hopefully",
  ]
  static let determiners: Set<String> = [
    "the", "a", "an", "your", "their", "our", "its", "this", "these", "those", "every", "each",
    "some", "more", "several", "many", "another", "his", "her",
  ]
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty",
    "fifty", "hundred",
  ]
  static let whWords: Set<String> = ["how", "what", "why", "where", "whether", "who"]
  /// Subjects that point at nothing in the note: a second clause begins with one.
  static let secondSubjects: Set<String> = [
    "they", "we", "i", "he", "she", "it", "they're", "we're", "i'm", "it's", "there's", "id",
    "i'd", "i'll", "i've", "im",
  ]
  static let timeOpeners: Set<String> = ["in", "next", "this", "by", "from", "after", "before"]
  static let timeWords: Set<String> = {
    var words: Set<String> = [
      "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "year", "month",
      "week", "weekend", "quarter", "term", "q1", "q2", "q3", "q4", "tomorrow", "today",
      "season", "morning", "evening", "night", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
      "fridays", "saturdays", "sundays", "weekends", "mornings", "evenings", "nights",
    ]
    for month in MonthName.full { words.insert(month.lowercased()) }
    return words
  }()
  /// Nouns a "to" may follow: a change of place or state, or a plan for an act.
  static let takesTo: Set<String> = [
    "move", "switch", "change", "shift", "transition", "trip", "visit", "return", "route",
    "road", "journey", "expansion", "upgrade", "migration", "conversion", "plans", "plan",
    "bid", "decision", "push", "drive", "commitment", "approach", "response",
  ]
  static let plans: Set<String> = [
    "plans", "plan", "bid", "decision", "push", "drive", "commitment", "scheme", "project",
    "programme", "program", "campaign", "initiative", "contract", "effort", "approval",
    "funding", "grant", "permission", "pilot", "trial", "chance", "opportunity",
  ]
  /// Subjects after "how" or "what": "how I'd handle", "what they're planning".
  static let whSubjects: Set<String> = [
    "i", "i'd", "id", "i'll", "we", "we're", "we'd", "they", "they're", "you", "you're", "you'd",
    "your", "the", "it", "it's",
  ]
  /// Words that report talk before the reader's own clause: "says you'll be ...".
  static let sayingWords: Set<String> = [
    "says", "said", "mentioned", "told", "explained", "reckons", "thinks", "that",
  ]
  /// Verbs whose present is a state, not an act a second-language speaker may mean as a plan.
  static let statives: Set<String> = [
    "want", "wants", "need", "needs", "use", "uses", "offer", "offers", "pay", "pays", "own",
    "owns", "employ", "employs", "support", "supports", "run", "runs",
  ]
  /// Particles after a verb: "getting into", "lending out".
  static let particles: Set<String> = ["up", "out", "in", "on", "off", "into", "down"]
  /// Prepositions whose phrase may follow a thing ("the clinic in Leeds", "a session with the
  /// under 9s"); "to" is not one of them, only after a noun that takes it.
  static let locatives: Set<String> = [
    "for", "of", "with", "in", "at", "on", "near", "across", "around", "inside", "outside",
    "into", "between", "under", "over", "along", "within", "without", "about", "behind",
    "beside", "out", "through", "during", "throughout", "among", "off", "towards", "per", "onto",
  ]
  /// The reader as a clause's subject.
  static let readerSubjects: Set<String> = ["you", "you're", "you've", "you'll", "you'd", "your"]
  static let possessiveOnly: Set<String> = ["let's"]
  /// "'s" on a plural without "-s" is only ever its possessive: "the women's lifting app" is
  /// no "women is".
  static let pluralPossessives: Set<String> = [
    "women's", "men's", "children's", "people's", "folk's", "staff's",
  ]
  static let irregularPasts: Set<String> = [
    "won", "got", "made", "built", "bought", "took", "taken", "set", "began", "begun", "gave",
    "given", "done", "brought", "kept", "found", "sold", "held", "led", "met", "paid", "sent",
    "spent", "chosen", "grown", "shown", "become", "became", "run", "put", "opened", "landed",
    "redid", "rebuilt", "grew", "went", "came", "ran", "wrote", "written", "lost",
  ]
  /// Words that belong to no noun phrase's content: prepositions, conjunctions, auxiliaries,
  /// pronouns, wh-words.
  static let function: Set<String> = {
    var words: Set<String> = [
      "of", "for", "in", "on", "at", "with", "about", "from", "to", "into", "by", "across",
      "around", "over", "under", "near", "after", "before", "during", "through", "along",
      "towards", "between", "within", "without", "via", "per", "like", "than", "onto", "up",
      "out", "and", "or", "but", "so", "because", "when", "while", "if", "that", "which", "not",
      "you", "you're", "you've", "you'll", "you'd", "be", "been", "being", "said", "says",
      "told", "mentioned", "explained",
    ]
    words.formUnion(auxiliaries)
    words.formUnion(determiners)
    words.formUnion(locatives)
    words.formUnion(["as", "than", "when", "where", "vs"])
    words.formUnion(whWords)
    words.formUnion(secondSubjects)
    words.formUnion(["just", "already", "also", "recently", "currently", "really", "actually"])
    return words
  }()
}
