/// Topics whose own grammar cannot be vouched for, put in a shape that does not need it.
///
/// People report what they heard in the English they speak, and a clause carries its grammar
/// into the note: "you install new robotic palletiser in March" or "you are getting new automatic
/// sorting machine" read as broken in "I was glad to hear that ...". The thing itself reads well
/// as a noun phrase ("the new robotic palletiser in March"), which needs no article or tense of
/// theirs. A topic the finder cut before its noun ("the solar panels on the new") ends at the
/// last whole phrase instead.
///
/// ```swift
/// TopicRepair.repaired("you install new robotic palletiser in March")
/// // "the new robotic palletiser in March"
/// ```
enum TopicRepair {
  /// The topic as the note can say it: itself when nothing is wrong with it.
  static func repaired(_ text: String) -> String {
    let text = phrasesMended(determinersSupplied(writtenChat(text)))
    var words = text.split(separator: " ").map(String.init)
    guard words.count >= 3 else { return text }
    // "a new step-down unit in March and might float new grads there": an "and" before a verb
    // with no subject of its own joins a second thing said; the topic is the first.
    if let and = words.indices.dropFirst(2).first(where: { index in
      words[index].lowercased() == "and" && index + 1 < words.count
        && subjectlessVerbs.contains(words[index + 1].lowercased())
    }) {
      return repaired(words.prefix(and).joined(separator: " ").trimming(","))
    }
    // "them rolling out a new AI tool": the employer, spoken of as "them" before an "-ing"
    // verb, is the reader.
    if words[0].lowercased() == "them", words[1].lowercased().hasSuffix("ing"), words[1].count > 4 {
      return repaired((["you", "are"] + words.dropFirst()).joined(separator: " "))
    }
    // "you're after getting funding": the Irish perfect, "you've just got funding".
    if let after = words.indices.dropFirst().first(where: {
      words[$0].lowercased() == "after" && $0 + 1 < words.count
        && words[$0 + 1].lowercased().hasSuffix("ing")
    }), let perfect = perfectAfter(subject: words[after - 1], verb: words[after + 1]) {
      let rest = words.dropFirst(after + 2).joined(separator: " ")
      let before = words.prefix(after - 1).joined(separator: " ")
      return repaired([before, perfect, rest].filter { !$0.isEmpty }.joined(separator: " "))
    }
    // "that from April the team is taking on ...": the finder kept the "that" of "explained
    // that", which the clause frames already say ("hearing that that the team ..."). Before a
    // determiner, a subject or a preposition "that" can only be that conjunction: "that the
    // team is ...", "that from April ...".
    if words[0].lowercased() == "that",
      TopicGrammar.form(of: text) != .clause
        || TopicGrammar.subjects.contains(words[1].lowercased())
        || TopicGrammar.nounPhraseEnders.contains(words[1].lowercased())
        || ["the", "a", "an", "their", "its", "our", "your"].contains(words[1].lowercased()),
      TopicGrammar.form(of: words.dropFirst().joined(separator: " ")) == .clause
    {
      return repaired(words.dropFirst().joined(separator: " "))
    }
    func lower(_ index: Int) -> String { words[index].lowercased() }
    // "... on the new": a phrase cut before its noun ends where its preposition began.
    if cutBefore.contains(lower(words.count - 1)),
      !["something", "anything", "brand", "all", "entirely"].contains(lower(words.count - 2)),
      let preposition = words.indices.dropFirst(2).last(where: {
        prepositions.contains(lower($0))
      })
    {
      words = Array(words.prefix(preposition))
      return words.joined(separator: " ")
    }
    guard TopicGrammar.form(of: text) == .clause else { return text }
    // "you moving all the bakeries": a subject and an "-ing" verb with no "are" between.
    if let auxiliary = missingAuxiliaries[lower(0)], VouchedTopic.isIngForm(lower(1)) {
      return ([words[0], auxiliary] + words[1...]).joined(separator: " ")
    }
    // "you win rebranding project for a coffee chain": a thing always counted, with no
    // article, as the verb's object; said as the thing, which needs no tense of theirs.
    if words.count >= 4, TopicGrammar.subjects.contains(lower(0)) {
      var verb = 1
      while verb + 1 < words.count, verbAuxiliaries.contains(lower(verb)) { verb += 1 }
      let object = verb + 1
      let headEnd =
        words.indices.dropFirst(object).first(where: { prepositions.contains(lower($0)) })
        ?? words.count
      if headEnd > object, headEnd - object <= 3,
        PointCheck.countNouns.contains(lower(headEnd - 1).trimming(",.;:")),
        !TopicGrammar.determiners.contains(lower(object)), !quantities.contains(lower(object)),
        words[object].first?.isLowercase == true
      {
        // Theirs when they are the subject: "your rebranding project".
        let owner = lower(0).hasPrefix("you") ? "your " : "the "
        return owner + words[object...].joined(separator: " ")
      }
    }
    // "you start a new flu vaccine clinic in the back room": one new thing reported in the
    // plain present, which English says of habits, not of a single event; said as the thing.
    if words.count >= 5, ["you", "they"].contains(lower(0)), isBarePresent(lower(1)),
      ["a", "an"].contains(lower(2)), lower(3) == "new"
    {
      return "your " + words[3...].joined(separator: " ")
    }
    guard
      let new = words.indices.dropFirst(1).first(where: {
        // "the Lunar New Year festival": a capital makes it part of a name.
        bareAdjectives.contains(words[$0])
      })
    else { return text }
    // "getting new automatic sorting machine": a bare singular thing after a verb is missing
    // its article; "hiring new staff" or "new robots" are whole, and stay.
    let before = lower(new - 1)
    guard !TopicGrammar.determiners.contains(before), !prepositions.contains(before),
      !quantities.contains(before), !isOrdinal(before),
      // "getting into heat pumps big time": only straight after a verb is it the verb's
      // object; after a noun, "big" opens no thing of its own.
      before.hasSuffix("ing") || before.hasSuffix("ed") || isBarePresent(before)
        || irregularPasts.contains(before)
    else { return text }
    let rest = words[(new + 1)...]
    // "getting new robots next year": the head ends before a time ("next", "this", "last").
    let headEnd =
      rest.firstIndex(where: {
        prepositions.contains($0.lowercased())
          || ["next", "this", "last"].contains($0.lowercased())
      }) ?? words.count
    guard headEnd > new + 1 else { return text }
    let head = words[headEnd - 1].lowercased().trimming(",.;:")
    guard !head.hasSuffix("s") else { return text }
    // "you are starting new AI invoice scanning next year": what was said after the thing (a
    // time, a place) was said of the verb, so the verb stays beside it as a clause about the
    // thing ("the new AI invoice scanning you are starting next year"); the thing alone with
    // the time after it reads as a time of the thing (tuning 38's by047 printed "the new AI
    // invoice scanning next year").
    // Only a time straight after the thing, and a verb whose form says when ("are starting",
    // "will open", "got"): a place or a phrase of the thing's own ("with 6 beds", "of 120
    // rooms") stays the thing's, and a bare present ("you open") would print a tense nobody
    // said.
    let verb = lower(new - 1)
    let timed =
      headEnd < words.count
      && TypedReference.saysWhen(
        words[headEnd...].prefix(6).map { $0.lowercased().trimming(",.;:!?") }[...])
    let tensed =
      VouchedTopic.isIngForm(verb) || verb.hasSuffix("ed") || irregularPasts.contains(verb)
      || words[..<(new - 1)].contains { ["will", "'ll"].contains($0.lowercased()) }
    if timed, tensed, new >= 2, ["you", "they", "we"].contains(lower(0)) {
      let clause = ["you"] + words[1..<new].map { $0 == "is" ? "are" : $0 }
      return (["the"] + words[new..<headEnd] + clause + words[headEnd...])
        .joined(separator: " ")
    }
    return "the " + words[new...].joined(separator: " ")
  }

  /// A verb in its plain form: no "-s", "-ed" or "-ing", and not an auxiliary or a modal.
  private static func isBarePresent(_ word: String) -> Bool {
    guard word.count >= 3, word.allSatisfy(\.isLetter) else { return false }
    if word.hasSuffix("s") || word.hasSuffix("ed") || VouchedTopic.isIngForm(word) { return false }
    return !verbAuxiliaries.contains(word) && !subjectlessVerbs.contains(word)
      && !irregularPasts.contains(word)
  }

  /// Verbs in the past not made with "-ed".
  static let irregularPasts: Set<String> = [
    "had", "did", "got", "won", "ran", "made", "built", "bought", "took", "set",
  ]

  /// Auxiliaries and adverbs between a subject and its verb: "you are just getting".
  static let verbAuxiliaries: Set<String> = [
    "are", "is", "was", "were", "will", "have", "has", "had", "just", "also", "recently",
    "already", "now", "be", "been", "going", "to",
  ]

  /// Verbs and auxiliaries that follow an "and" with no subject: "and might float".
  static let subjectlessVerbs: Set<String> = [
    "will", "would", "might", "may", "could", "can", "should", "must", "wants", "want", "plans",
    "hopes", "needs", "need", "is", "are",
  ]

  /// "you're after getting" -> "you've just got": the subject, "have just" and the participle;
  /// nil when the subject is not one that takes "have" plainly or the verb's participle is not
  /// known for certain.
  static func perfectAfter(subject: String, verb: String) -> String? {
    let lowerSubject = subject.lowercased().replacingOccurrencesOf("\u{2019}", with: "'")
    let haves: [String: String] = [
      "you're": "you've", "youre": "you've", "they're": "you've", "theyre": "you've",
      "we're": "we've", "she's": "she's", "he's": "he's",
    ]
    guard let have = haves[lowerSubject] else { return nil }
    let lowerVerb = verb.lowercased()
    let stem = String(lowerVerb.dropLast(3))
    let participle =
      irregularParticiples[lowerVerb]
      ?? (stem.count >= 3 && !doubled(stem) && !stem.hasSuffix("e") ? stem + "ed" : nil)
    guard let participle else { return nil }
    return have + " just " + participle
  }

  /// "getting" -> "got": participles not made with "-ed".
  static let irregularParticiples: [String: String] = [
    "getting": "got", "winning": "won", "buying": "bought", "taking": "taken", "making": "made",
    "building": "built", "opening": "opened", "hiring": "hired", "moving": "moved",
    "landing": "landed", "signing": "signed", "finishing": "finished",
    "starting": "started", "launching": "launched", "securing": "secured",
  ]

  /// "gett", "winn": a stem whose last letter was doubled before "-ing".
  private static func doubled(_ stem: String) -> Bool {
    guard let last = stem.last, stem.count >= 2 else { return false }
    return stem.dropLast().last == last
  }

  /// Chat words with a plain written form in a topic: "taking on loads of clients" reads as
  /// chat in a note, "taking on a lot of clients" does not.
  static func writtenChat(_ text: String) -> String {
    text.replacingOccurrencesOf("loads of ", with: "a lot of ")
      .replacingOccurrencesOf("Loads of ", with: "A lot of ")
      .replacingOccurrencesOf("a load of ", with: "a lot of ")
      .replacingOccurrencesOf("A load of ", with: "A lot of ")
      .replacingOccurrencesOf("heaps of ", with: "a lot of ")
      .replacingOccurrencesOf("tons of ", with: "a lot of ")
      // "I know all the stuff that goes wrong": "stuff" is chat; "everything" says it.
      .replacingOccurrencesOf("all the stuff", with: "everything")
  }

  /// A topic with the determiner its grammar requires: "whole" always stands after one ("moving
  /// whole office" -> "moving the whole office"); an ordinal after a preposition does too ("on
  /// 4th floor" -> "on the 4th floor"); a topic opening on a bare ordinal is the employer's
  /// ("second salon in Didsbury" -> "your second salon ..."); a bare singular noun opening a
  /// topic before "of" ("renovation of all rooms") or before its verb ("company is moving")
  /// takes "the". Decided by where the words stand, not by which words they are.
  static func determinersSupplied(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    guard words.count >= 2 else { return text }
    func lower(_ index: Int) -> String { words[index].lowercased().trimming(",.;:") }
    var index = 0
    while index < words.count {
      let word = lower(index)
      let before = index > 0 ? lower(index - 1) : ""
      let hasDeterminer =
        TopicGrammar.determiners.contains(before) || quantities.contains(before)
        || before.hasSuffix("'s")
      if word == "whole", !hasDeterminer, index + 1 < words.count {
        words.insert("the", at: index)
        index += 2
        continue
      }
      // "before new year": the new year is one, named with "the" ("in the new year").
      if word == "new", index + 1 < words.count, lower(index + 1) == "year", index > 0,
        prepositions.contains(before)
      {
        words.insert("the", at: index)
        index += 2
        continue
      }
      // "you start roasting own beans": "own" always stands after its owner, here the
      // reader named as the topic's subject.
      if word == "own", !hasDeterminer, !["their", "his", "her"].contains(before), index > 0,
        ["you", "you're", "you've", "you'll"].contains(lower(0))
      {
        words.insert("your", at: index)
        index += 2
        continue
      }
      if isOrdinal(word), index > 0, prepositions.contains(before), index + 1 < words.count,
        words[index + 1].first?.isLowercase == true
      {
        words.insert("the", at: index)
        index += 2
        continue
      }
      index += 1
    }
    let first = lower(0)
    let second = words.count > 1 ? lower(1) : ""
    // Not "first": "first aid training" is a thing of its own.
    if isOrdinal(first), first != "first", words[0].first?.isLowercase == true,
      first.first?.isLetter == true,
      second.first?.isLetter == true, !prepositions.contains(second)
    {
      return (["your"] + words).joined(separator: " ")
    }
    if words[0].first?.isLowercase == true, isBareSingularNoun(first),
      second == "of" || ["is", "was", "has"].contains(second)
    {
      return (["the"] + words).joined(separator: " ")
    }
    return words.joined(separator: " ")
  }

  /// "4th", "second", "3rd": an ordinal number, written as a word or with digits.
  static func isOrdinal(_ word: String) -> Bool {
    if [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    .contains(word) {
      return true
    }
    let digits = word.prefix(while: \.isNumber)
    return !digits.isEmpty
      && ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
  }

  /// A word that can only be a singular common noun standing bare: a noun ending ("renovation",
  /// "refurbishment") or a word for the employer ("company"), never "-ing" (which stands bare),
  /// a plural, a pronoun or a function word.
  static func isBareSingularNoun(_ word: String) -> Bool {
    guard word.count >= 4, word.allSatisfy(\.isLetter), !word.hasSuffix("s") else { return false }
    if TopicGrammar.subjects.contains(word) || TopicGrammar.determiners.contains(word) {
      return false
    }
    if OrganisationNouns.forEmployer.contains(word) { return true }
    return ["tion", "sion", "ment", "ance", "ence", "ure"].contains { word.hasSuffix($0) }
      && !massNounEndings.contains { word.hasSuffix($0) }
  }

  /// Endings of nouns that stand bare before "of" as often as not ("training of", "recruitment
  /// of"), left alone.
  static let massNounEndings = ["ruitment", "ducation", "ormation", "ulture", "ature"]

  /// Text with a month abbreviated after a preposition written in full: "starting in Feb" reads
  /// as chat in a note, "starting in February" does not. Only after "in", "from", "by", "until"
  /// or "since", so a name ("Jan") stays.
  ///
  /// Beside a day's number ("on december 15", "15 december") a month's full name is the month
  /// whatever it is ("may 3"), and a quarter typed in lower case ("in q1") is written "Q1".
  static func monthsWritten(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    func isDay(_ word: String) -> Bool {
      let core = word.lowercased().trimming(",.;:!?")
      let digits = core.prefix(while: \.isNumber)
      guard let day = Int(digits), (1...31).contains(day) else { return false }
      return ["", "st", "nd", "rd", "th"].contains(String(core.dropFirst(digits.count)))
    }
    for index in words.indices {
      let word = words[index]
      let core = word.trimming(",.;:!?")
      let lower = core.lowercased()
      if lower.count == 2, lower.first == "q", let digit = lower.last, "1234".contains(digit),
        core == lower
      {
        words[index] = "Q" + String(digit) + word.dropFirst(core.count)
        continue
      }
      if core == lower, let month = MonthName.full.first(where: { $0.lowercased() == lower }),
        index + 1 < words.count && isDay(words[index + 1]) || index > 0 && isDay(words[index - 1])
      {
        words[index] = month + word.dropFirst(core.count)
        continue
      }
      guard index > 0, monthLeaders.contains(words[index - 1].lowercased()) else { continue }
      guard let month = months[lower] ?? nearMonth(core) else { continue }
      words[index] = month + word.dropFirst(core.count)
    }
    return words.joined(separator: " ")
  }

  /// Words a month follows: "in january", "until sept".
  private static let monthLeaders: WordSet = [
    "in", "from", "by", "until", "since", "early", "late", "mid",
  ]

  /// The month a word after a preposition was meant to be: the month itself typed in lower
  /// case ("in january"), or a near miss of a long month's name ("in janurary", "by septmber").
  /// Months are a closed set, so a word of five letters or more, starting as a month does and
  /// at most two letters from it, can only be that month; short months ("may", "june") are too
  /// near ordinary words to mend.
  static func nearMonth(_ word: String) -> String? {
    let lower = word.lowercased()
    guard lower.count >= 5, lower.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    for month in MonthName.full where month.count >= 6 {
      let name = month.lowercased()
      if name == lower { return month }
      if name.first == lower.first, abs(name.count - lower.count) <= 2,
        EditDistance.between(name, lower) <= 2
      {
        return month
      }
    }
    return nil
  }

  static let months: WordMap<String> = [
    "jan": "January", "feb": "February", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sep": "September", "sept": "September", "oct": "October",
    "nov": "November", "dec": "December",
  ]

  /// The "are" or "is" a subject needs before an "-ing" verb.
  static let missingAuxiliaries: [String: String] = [
    "you": "are", "they": "are", "we": "are", "he": "is", "she": "is",
  ]

  /// Adjectives that open a thing: with no article before them after a verb ("won big EU
  /// grant"), the article is missing.
  static let bareAdjectives: Set<String> = [
    "new", "big", "major", "huge", "large", "second", "bigger", "brand-new",
  ]

  /// Words a topic cut before its noun ends on.
  static let cutBefore: Set<String> = [
    "new", "next", "old", "big", "the", "a", "an", "your", "their", "our", "its",
  ]

  static let prepositions: Set<String> = [
    "of", "for", "in", "on", "at", "with", "about", "from", "to", "into", "by", "across",
    "around", "over", "under", "near", "after", "before", "during", "through", "along",
    "towards", "toward", "beside", "between", "against", "within", "without", "via", "past",
    "beyond", "among", "throughout", "up", "down", "off", "onto", "upon", "like", "behind",
    "above", "below", "outside", "inside", "alongside", "opposite", "per",
  ]

  /// Words that make a bare "new" whole: "all new", "some new", "two new".
  static let quantities: Set<String> = [
    "all", "some", "any", "more", "many", "several", "two", "three", "four", "five", "brand",
    "entirely", "completely", "whole", "no",
  ]
}
