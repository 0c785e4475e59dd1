/// The shapes the judge of tuning 12 faulted that the older readings passed, each read by
/// grammar: what the words are, not which words they are.
///
/// - a time to come stuck on a thing whose verb was lost ("the new exotics clinic in January",
///   "baking fresh sourdough in store from next month"): a noun slot holds a thing, and a
///   thing has no time of its own; the plan it belonged to did;
/// - a bare verb with its object where a thing should be ("open new drop in on Saturdays"):
///   the clause lost its subject;
/// - a clause after an opening time ("this winter they plant 10 000 trees"), which the noun
///   slot reads as "the winter they plant";
/// - a report of talk around the thing ("greg kept on about the new intergenerational
///   program"): the talk is the conversation, the thing is what follows "about";
/// - a clause whose subject is "it", which points at nothing the note names;
/// - a verb of placing without the place ("you're putting new river level sensors");
/// - a second verb joined by "and not" with no subject or tense ("... and not change towels");
/// - a chat word made a verb ("ayeing the garden").
///
/// ```swift
/// TopicPhraseCheck.shapeProblem("the new exotics clinic in January")
/// // "a time to come on a thing with no verb (\"in january\")"
/// ```
extension TopicPhraseCheck {
  /// What the shapes above find in `topic`, or nil.
  static func shapeProblem(_ topic: String, source: String? = nil) -> String? {
    let original = topic.split(separator: " ").map(String.init)
    let words = original.map(plain)
    guard words.count >= 2 else { return nil }
    let form = TopicGrammar.form(of: topic)
    if let chat = words.first(where: isChatGerund) {
      return "a chat word made a verb (\"\(chat)\")"
    }
    if let report = talkReport(words) {
      return "a report of talk around the thing (\"\(words[report - 1]) about\")"
    }
    if let time = openingTime(words), time < words.count,
      TopicGrammar.subjects.contains(words[time])
    {
      return "a clause after an opening time (\"\(words[..<time].joined(separator: " "))\")"
    }
    if form == .nounPhrase {
      if isBareVerbPhrase(words, original) {
        return "a bare verb where a thing should be (\"\(words[0])\")"
      }
      if let time = trailingTime(words), time >= 1, !hasVerb(words[..<time]),
        !takesTime(words[..<time])
      {
        return
          "a time to come on a thing with no verb (\"\(words[time...].joined(separator: " "))\")"
      }
    } else {
      if ["it", "it's"].contains(words[0]) { return "\"\(words[0])\" with nothing to point at" }
      if let put = words.firstIndex(where: placingVerbs.contains),
        !words.dropFirst(put + 1).contains(where: TopicRepair.prepositions.contains)
      {
        return "a verb of placing without the place (\"\(words[put])\")"
      }
    }
    if let joint = words.indices.dropFirst().first(where: {
      words[$0] == "and" && $0 + 2 < words.count && words[$0 + 1] == "not"
    }) {
      return "a verb with no subject after \"and not\" (\"\(words[joint + 2])\")"
    }
    if let source, let cut = relativeCut(words, in: source) {
      return "cut before \"\(cut)\""
    }
    if let source, let cut = placeCut(original, in: source) {
      return "cut before \"\(cut)\""
    }
    return nil
  }

  /// "ayeing", "okaying": "-ing" put on a word of assent, which no verb is.
  static func isChatGerund(_ word: String) -> Bool {
    guard word.hasSuffix("ing") else { return false }
    return assentWords.contains(String(word.dropLast(3)))
  }

  /// Where "about" follows a word of talk inside the topic ("kept on about", "talked about"),
  /// with words before it: the index of "about".
  static func talkReport(_ words: [String]) -> Int? {
    words.indices.dropFirst(2).first { index in
      words[index] == "about" && index + 1 < words.count && talkWords.contains(words[index - 1])
    }
  }

  /// Where the words after an opening time begin: "this winter", "next year", "in January",
  /// "after Christmas". nil when the topic opens otherwise.
  static func openingTime(_ words: [String]) -> Int? {
    guard words.count >= 3 else { return nil }
    if ["this", "next", "last", "coming"].contains(words[0]), timeWords.contains(words[1]) {
      return 2
    }
    if ["in", "from", "by", "after", "until", "before"].contains(words[0]),
      isDatedTime(words[1])
    {
      return 2
    }
    return nil
  }

  /// Where a time to come at the end of the topic begins, or nil: "next year", "from next
  /// month", "in January", "after Christmas", "in the spring", "by Q1", "soon". A time that is
  /// now ("this season") names when a thing is, which a noun phrase may say.
  static func trailingTime(_ words: [String]) -> Int? {
    let count = words.count
    guard count >= 2 else { return nil }
    let last = words[count - 1]
    if last == "soon" { return count - 1 }
    guard count >= 3 else { return nil }
    let before = words[count - 2]
    if ["next", "coming"].contains(before), timeWords.contains(last) {
      let start = count - 2
      return start >= 1 && ["from", "by", "until"].contains(words[start - 1]) ? start - 1 : start
    }
    if ["in", "from", "by", "after", "until", "before"].contains(before), isDatedTime(last) {
      return count - 2
    }
    if count >= 4, ["in", "by", "after"].contains(words[count - 3]), before == "the",
      ["spring", "summer", "autumn", "winter", "new"].contains(last)
    {
      return count - 3
    }
    return nil
  }

  /// A month, a season, a feast or a quarter: "january", "spring", "christmas", "q1".
  static func isDatedTime(_ word: String) -> Bool {
    if timeWords.contains(word), !["year", "month", "week", "today", "soon"].contains(word) {
      return true
    }
    return word.count == 2 && word.first == "q" && word.last.map { "1234".contains($0) } == true
  }

  /// Whether the words hold a verb of their own: a subject, an auxiliary, or a participle
  /// after the first word ("your new wing opening in spring").
  static func hasVerb(_ words: ArraySlice<String>) -> Bool {
    for index in words.indices {
      let word = words[index]
      if TopicGrammar.subjects.contains(word) || TopicGrammar.auxiliaries.contains(word) {
        return true
      }
      guard index > words.startIndex else { continue }
      // "wing opening in spring", "facility being installed", "cotton certified from ...".
      // "the new automatic sorting machine": an "-ing" word before a noun describes it, unless
      // it is a verb that takes a describing word ("going live", "being built").
      let next = index + 1 < words.endIndex ? words[index + 1] : ""
      let describes =
        !["going", "being", "coming", "getting"].contains(word) && next.count >= 3
        && next.allSatisfy(\.isLetter) && !TopicRepair.prepositions.contains(next)
        && !TopicGrammar.determiners.contains(next) && !next.hasSuffix("ing")
        && !next.hasSuffix("ed") && !next.hasSuffix("ly")
        // "opening next to the ward", "going soon": a word of place or time after a verb.
        && !["next", "soon", "now", "today", "here", "there", "nearby"].contains(next)
      if word.hasSuffix("ing") && word.count > 4 && !ingNouns.contains(word) && !describes
        || word.hasSuffix("ed") && word.count > 4
      {
        return true
      }
      // "the site in coventry get new robots": a bare verb after a thing.
      if bareVerbs.contains(word), !TopicGrammar.determiners.contains(words[index - 1]) {
        return true
      }
    }
    return false
  }

  /// "open new drop in on Saturdays": a verb of change in its bare form with its object, the
  /// clause's subject lost.
  static func isBareVerbPhrase(_ words: [String], _ original: [String]) -> Bool {
    guard words.count >= 3, original[0].first?.isLowercase == true,
      changeVerbs.contains(words[0])
    else { return false }
    return objectOpeners.contains(words[1]) || ["out", "up"].contains(words[1])
  }

  /// "the new cryo-EM facility you got" | "funding for": a thing's relative clause cut before
  /// its verb's object. The word the person said next.
  static func relativeCut(_ words: [String], in source: String) -> String? {
    guard words.count >= 4, TopicGrammar.form(of: words.joined(separator: " ")) == .nounPhrase,
      relativeSubjects.contains(words[words.count - 2]) || words[words.count - 2] == "you",
      let next = nextWord(afterVerb: words[words.count - 1], in: source)
    else { return nil }
    return TopicRepair.prepositions.contains(next) || TopicGrammar.determiners.contains(next)
      || next.first?.isLetter == true && !TopicCompletion.clauseBreaks.contains(next) ? next : nil
  }

  /// "the new grant ... with partners" | "in Kenya": a place's name that restricts the last
  /// thing, said straight after it. The preposition.
  static func placeCut(_ topic: [String], in source: String) -> String? {
    let tail = topic.suffix(2).map(plain)
    // Only a bare thing after a preposition ("with partners") wants its place said.
    guard tail.count == 2, TopicRepair.prepositions.contains(tail[0]),
      !timeWords.contains(tail[1])
    else { return nil }
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(plain)
    for index in saidPlain.indices.dropFirst()
    where saidPlain[index - 1] == tail[0] && saidPlain[index] == tail[1] {
      if let end = said[index].last, ",.;:!?)".contains(end) { return nil }
      guard index + 2 < said.count, ["in", "at", "near"].contains(saidPlain[index + 1]),
        said[index + 2].first?.isUppercase == true,
        !isDatedTime(saidPlain[index + 2]), !timeWords.contains(saidPlain[index + 2])
      else { return nil }
      return saidPlain[index + 1]
    }
    return nil
  }

  /// The word the person said after `verb` where a subject stood before it ("they got" |
  /// "funding"), when nothing closes the phrase between.
  static func nextWord(afterVerb verb: String, in source: String) -> String? {
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(plain)
    for index in saidPlain.indices.dropFirst()
    where saidPlain[index] == verb
      && (relativeSubjects.contains(saidPlain[index - 1]) || saidPlain[index - 1] == "you")
    {
      if let end = said[index].last, ",.;:!?)".contains(end) { return nil }
      return index + 1 < saidPlain.count ? saidPlain[index + 1] : nil
    }
    return nil
  }

  /// Words of assent, which "-ing" never makes a verb.
  static let assentWords: Set<String> = ["aye", "yeah", "yes", "yep", "ok", "okay", "nah", "yup"]

  /// Words before "about" that report talk: "talked about", "kept on about".
  static let talkWords: Set<String> = [
    "on", "talked", "talking", "spoke", "speaking", "chatted", "raved", "ranted", "told",
  ]

  /// Verbs of change, whose bare form with an object is a plan that lost its subject.
  static let changeVerbs: Set<String> = [
    "open", "launch", "build", "start", "introduce", "install", "expand", "hire", "roll", "move",
    "switch", "add", "create", "set", "bring", "begin", "develop", "trial", "pilot",
  ]

  /// Verbs whose object needs a place said with it: "putting sensors across the catchment".
  static let placingVerbs: Set<String> = ["put", "puts", "putting", "placing"]

  /// Nouns in "-ing", which hold no verb.
  static let ingNouns: Set<String> = [
    "building", "meeting", "training", "clothing", "housing", "funding", "fencing", "flooring",
    "parking", "lighting", "catering", "nursing", "marketing", "banking", "planning", "spring",
    "morning", "evening", "thing", "something", "recycling", "engineering", "learning",
    "offering", "painting", "roofing", "seating", "wedding", "ceiling",
  ]

  /// Whether a thing's head takes a time of its own: an event or an undertaking ("the launch
  /// in January", "your contract with the hospital from January"). The head is the last word
  /// before the first preposition.
  static func takesTime(_ thing: ArraySlice<String>) -> Bool {
    let end = thing.firstIndex(where: TopicRepair.prepositions.contains) ?? thing.endIndex
    guard end > thing.startIndex else { return false }
    return eventNouns.contains(thing[end - 1])
  }

  /// Nouns of events, plans and undertakings, which take a time of their own.
  static let eventNouns: Set<String> = [
    "plans", "plan", "launch", "opening", "move", "switch", "rollout", "expansion", "trial",
    "pilot", "campaign", "event", "festival", "refurbishment", "renovation", "conference",
    "fair", "drive", "appeal", "sale", "merger", "takeover", "relaunch", "upgrade", "migration",
    "visit", "tour", "intake", "inspection", "audit", "restructure", "training", "overhaul",
    "contract", "project", "programme", "program", "scheme", "initiative", "partnership", "deal",
    "placement", "rotation", "review", "refit", "rebuild", "redesign", "rebrand",
  ]
}
