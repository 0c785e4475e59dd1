/// A topic the person typed at the topic question, read for what it names.
///
/// People answer "which topic?" the way they chat: "go with the ledger thing instead, thats
/// what we spent the most time on", "no 2, the academy part pls", "yes the girls academy". The
/// words around the topic are not the topic, and pasted into the note they read as a template
/// gone wrong, so they are stripped before the topic is matched or taken.
extension TopicExtractor {
  /// What the person picked: a topic by number, by what it is about, or their own words; both
  /// when they said both ("no 2, the academy part").
  struct TypedChoice: Equatable {
    var number: Int?
    var words: String?
  }

  /// The choice inside a chatty answer, or nil when nothing is left once the chat is gone.
  static func typedChoice(_ text: String) -> TypedChoice? {
    // "the 40 events thing definitely", "honestly the smokehouse": a discourse marker at an
    // edge is the person's stance, never the thing (`DiscourseMarker`).
    var words = DiscourseMarker.trimmed(text.squeezed.split(separator: " ").map(String.init))
    // "the cold stores? no, the blueberries", "the gold award. actually no the cave": a "no"
    // after something named takes it back, and what follows is the choice; the person's
    // latest word on it is what they mean.
    if let retraction = lastRetraction(words) {
      return typedChoice(words.dropFirst(retraction).joined(separator: " "))
    }
    // "can we do the forest school instead? the sensory room feels a bit obvious": the choice
    // is the first sentence that names something; the sentences after it explain it. "no. the
    // rebrand": a first sentence of chat alone names nothing, and the next one is the choice.
    if let end = words.indices.dropLast().first(where: { endsSentence(words[$0]) }) {
      // "hmm, either the French programming or the sensory storytime. go with sensory
      // storytime": a first sentence weighing two things ("either", "or") decides nothing,
      // and the sentence after it that names one is the choice (tuning 34's bq029).
      let weighing = words.prefix(end + 1).map(plain).contains { ["either", "or"].contains($0) }
      if weighing, let later = typedChoice(words.dropFirst(end + 1).joined(separator: " ")) {
        return later
      }
      return typedChoice(words.prefix(end + 1).joined(separator: " "))
        ?? typedChoice(words.dropFirst(end + 1).joined(separator: " "))
    }
    // "whichever you think, the analytics thing probably", "the T+1 one, the one you
    // suggested": a part between commas that hands the choice back (`HandedBackChoice`) says
    // who chooses, beside the part that names the thing; the named part is the choice.
    if words.count >= 4, words.dropLast().contains(where: endsWithComma) {
      var clauses: [[String]] = [[]]
      for word in words {
        clauses[clauses.count - 1].append(word)
        if endsWithComma(word) { clauses.append([]) }
      }
      let naming = clauses.filter {
        !$0.isEmpty && !HandedBackChoice.handsBack($0.joined(separator: " ").trimming(" ,"))
      }
      if !naming.isEmpty, naming.count < clauses.filter({ !$0.isEmpty }).count {
        return typedChoice(naming.map { $0.joined(separator: " ") }.joined(separator: " "))
      }
    }
    // "the airport one if thats what youd pick": a condition on the choice closing the reply
    // ("if" and a subject) is the person's hedge, never part of the thing.
    if let condition = words.indices.dropFirst(2).first(where: { index in
      plain(words[index]) == "if" && index + 1 < words.count
        && conditionSubjects.contains(plain(words[index + 1]))
    }) {
      words = Array(words.prefix(condition))
    }
    // "the foraging thing instead, the wild garlic": "instead" closes the choice, and what
    // follows its comma only says it again.
    if let instead = words.indices.dropLast().first(where: {
      endsWithComma(words[$0]) && words[$0].lowercased().hasPrefix("instead")
    }) {
      words = Array(words.prefix(instead + 1))
    }
    // An aside after a comma or dash that explains the choice: "..., thats what we ...".
    if let aside = words.indices.first(where: { index in
      index > 0
        && (endsWithComma(words[index - 1]) || words[index - 1].utf8.elementsEqual("-".utf8))
        && asideOpeners.contains(plain(words[index]))
    }) {
      words = Array(words.prefix(aside))
    }
    // "the postgres migration sounds right", "the roastery one seems best", "the refit looks
    // like the one": a verb of impression after the choice is the person's verdict on it, and
    // the verdict is no part of the topic (it had reached the note: "our conversation about
    // the postgres migration sounds right").
    if let verdict = words.indices.dropFirst().first(where: {
      impressionVerbs.contains(plain(words[$0]))
    }) {
      words = Array(words.prefix(verdict))
    }
    // "the subscription is good", "the refit was the best": a copula with a word of praise
    // closing the reply is the same verdict, said with "is".
    if let verdict = words.indices.dropFirst().first(where: { index in
      ["is", "was", "are", "were"].contains(plain(words[index]))
        && words[(index + 1)...].contains { verdictWords.contains(plain($0)) }
        && words.count - index <= 4
    }) {
      words = Array(words.prefix(verdict))
    }
    // "I'd prefer the collaboration, not the move", "can we do the rebrand instead of the
    // range": an instruction names the chosen thing, and what it is chosen over is no topic.
    // The words lowered once and kept in step with `words`: lowering them all again at each
    // step below lowered a 16 KiB word six times.
    var plainWords = words.map(plain)
    if let contrast = words.indices.first(where: { index in
      index >= 2
        && startsContrast(plainWords, at: index, afterComma: endsWithComma(words[index - 1]))
    }) {
      words = Array(words.prefix(contrast))
      plainWords = Array(plainWords.prefix(contrast))
    }
    // "..., bank name is confidential i think", "..., i had loads of ideas on it": a clause
    // after a comma explains the choice. The last clause word bounds where such a comma can be.
    if let lastClauseWord = words.indices.last(where: { clauseWords.contains(plainWords[$0]) }),
      let aside = words.indices.first(where: { index in
        index >= 3 && index <= lastClauseWord && endsWithComma(words[index - 1])
      })
    {
      words = Array(words.prefix(aside))
      plainWords = Array(plainWords.prefix(aside))
    }
    var changed = true
    while changed, !words.isEmpty {
      changed = false
      for wrapper in leadingWrappers
      where plainWords.count >= wrapper.count && plainWords.prefix(wrapper.count) == wrapper[...] {
        words.removeFirst(wrapper.count)
        plainWords.removeFirst(wrapper.count)
        changed = true
        break
      }
    }
    while let last = plainWords.last, trailingWrappers.contains(last) {
      words.removeLast()
      plainWords.removeLast()
    }
    // Markers the wrappers had hidden: "yes that one obviously", "the garden i think really".
    let unmarked = DiscourseMarker.kept(words)
    if unmarked.count < words.count {
      words = Array(words[unmarked])
      plainWords = Array(plainWords[unmarked])
    }
    guard !plainWords.isEmpty else { return nil }
    // "no 2, the academy part": a number first, then its description.
    var number: Int?
    // "first aid training": an ordinal before a word of its own is that word's, no pick; it
    // picks alone, before "one" or "topic", or closing a clause ("first, the academy part").
    let ordinal = ordinals[plainWords[0]].flatMap { value -> Int? in
      plainWords.count == 1 || ["one", "topic", "option"].contains(plainWords[1])
        || endsWithComma(words[0]) ? value : nil
    }
    if let value = Int(plainWords[0]) ?? ordinal {
      number = value
      words.removeFirst()
      plainWords.removeFirst()
      if plainWords.first == "one" || plainWords.first == "topic" {
        words.removeFirst()
        plainWords.removeFirst()
      }
    }
    var result = words.joined(separator: " ").trimming(" ,.!?;:-")
    // "the academy part", "the ledger thing": the word that names the topic, not "part".
    // "the rooftop place", "the training side": a general noun standing for the thing the
    // discussion named, whose modifiers say which.
    // "the new place", "the other one": when only a determiner and a word that describes
    // stand before it, the general noun is the head and stays ("the new" names nothing, and
    // the note printed "I appreciated hearing about the new.").
    for filler in [" part", " thing", " bit", " one", " stuff", " topic", " place", " side"]
    where result.lowercased().hasSuffix(filler) {
      let kept = String(result.dropLast(filler.count))
      let named = kept.split(separator: " ").map { plain(String($0)) }.filter {
        !["the", "a", "an", "that", "this", "your", "their", "our"].contains($0)
      }
      if named.count == 1, let only = named.first, describingOnly.contains(only) { break }
      result = withoutHeadlessTail(kept)
      break
    }
    result = withSlashesSpelled(result)
    if result.lowercased().hasPrefix("the one about ") {
      result = String(result.dropFirst("the one about ".count))
    }
    result = result.trimming(" ,.!?;:-")
    guard number != nil || !result.isEmpty else { return nil }
    return TypedChoice(number: number, words: result.isEmpty ? nil : result)
  }

  /// The words without a closing phrase the general noun was the head of: "new menu with the
  /// local stuff" less "stuff" is "new menu with the local", a phrase cut after its describing
  /// word that the judge of tuning 23 read as garbled ("the new menu with the local."). With
  /// no head left, a preposition's phrase says nothing, so it goes whole, back to its
  /// preposition; the thing before it stays ("new menu").
  static func withoutHeadlessTail(_ text: String) -> String {
    let words = text.split(separator: " ").map(String.init)
    guard let last = words.last?.lowercased(), words.count >= 3,
      TopicArticles.adjectives.contains(last) || VouchedTopic.determiners.contains(last)
    else { return text }
    guard
      let preposition = words.indices.dropFirst().last(where: {
        TopicRepair.prepositions.contains(words[$0].lowercased())
      }),
      words[(preposition + 1)...].allSatisfy({
        let lower = $0.lowercased()
        return VouchedTopic.determiners.contains(lower) || TopicArticles.adjectives.contains(lower)
      })
    else { return text }
    return words.prefix(preposition).joined(separator: " ")
  }

  /// Words joined by a slash typed with spaces joined by "and": "the cloud / paperless
  /// change" is chat shorthand for two things said together, and a slash pasted into the
  /// note read as a template gone wrong (tuning 23's judge). A slash inside a word ("S/4HANA",
  /// "and/or") is the word's own and stays.
  static func withSlashesSpelled(_ text: String) -> String {
    guard text.contains(" / ") else { return text }
    return text.replacingOccurrencesOf(" / ", with: " and ")
  }

  /// Whether a word ends with a comma, read as a byte: `hasSuffix(",")` on a word of letters
  /// beyond ASCII takes Swift's normalising comparison, for every word of the answer.
  private static func endsWithComma(_ word: String) -> Bool {
    word.utf8.last == UInt8(ascii: ",")
  }

  /// "instead?", "please.", "that!": a word closing a sentence. Not "Dr." or "St.", whose
  /// full stop shortens a word. The last byte is read first: most words end in a letter.
  private static func endsSentence(_ word: String) -> Bool {
    guard let last = word.utf8.last else { return false }
    if last == UInt8(ascii: "?") || last == UInt8(ascii: "!") { return true }
    return last == UInt8(ascii: ".") && word.count >= 5 && word.dropLast().allSatisfy(\.isLetter)
  }

  /// Whether a contrast begins at `index`: "instead of", "rather than", "rather X than", "not
  /// the", ", not".
  private static func startsContrast(_ lower: [String], at index: Int, afterComma: Bool) -> Bool {
    let next = index + 1 < lower.count ? lower[index + 1] : ""
    switch lower[index] {
    case "instead": return next == "of"
    case "rather": return next == "than"
    // "id rather the polytunnel one than the maths": "rather" before the choice, "than" before
    // what it is chosen over.
    case "than": return lower[..<index].contains("rather")
    case "not", "over":
      // "the refuge clinic please not cardiff": a short "not X" closing the reply names what
      // the choice is made over, unless "not" belongs to a verb ("to not close", "isn't").
      let tail = lower.count - index - 1
      let closing =
        lower[index] == "not" && (1...3).contains(tail)
        && !notAuxiliaries.contains(lower[index - 1])
      return afterComma || contrastTargets.contains(next) || closing
    default: return false
    }
  }

  /// Words before a "not" that belongs to a verb: "to not close", "will not open".
  private static let notAuxiliaries: Set<String> = TopicGrammar.auxiliaries.union([
    "to", "do", "does", "did", "be", "been", "am", "why",
  ])

  /// Words that open the thing a choice is made over: "not the move".
  private static let contrastTargets: Set<String> = [
    "the", "a", "an", "that", "this", "your", "their", "about", "so",
  ]

  /// Subjects of a condition put on a choice: "if thats what youd pick", "if you agree".
  private static let conditionSubjects: Set<String> = [
    "thats", "that's", "that", "you", "youd", "you'd", "u", "it", "its", "it's", "ok", "okay",
  ]

  /// Words that make the part after a comma a clause of its own.
  /// Words that describe a thing without naming it, which a general noun after them heads:
  /// age, size, order and sameness ("the new place", "the big one", "the second bit").
  private static let describingOnly: Set<String> = [
    "new", "old", "big", "small", "other", "first", "second", "last", "main", "whole", "same",
    "latest", "next", "current",
  ]

  /// Where the choice after the last retraction in a reply begins: a "no" after a sentence's
  /// or a clause's end, marked as a retraction by its own mark ("no,") or a word beside it
  /// ("actually no", "no wait"), with something named before it and after it. Nil when the
  /// reply takes nothing back: "no 2, the academy part" opens with its "no", and "no need for
  /// more" is no retraction.
  static func lastRetraction(_ words: [String]) -> Int? {
    var found: Int?
    for index in words.indices where plain(words[index]) == "no" {
      var start = index
      // "actually no", "oh wait no": words beside the "no" belong to the retraction.
      while start > 0, retractionWords.contains(plain(words[start - 1])),
        !endsClause(words[start - 1])
      {
        start -= 1
      }
      var end = index + 1
      while end < words.count, !endsClause(words[end - 1]),
        retractionWords.contains(plain(words[end]))
      {
        end += 1
      }
      let marked = endsClause(words[end - 1]) || start < index || end > index + 1
      guard marked, start > 0, endsClause(words[start - 1]) || start < index,
        words[..<start].contains(where: { $0.contains(where: \.isLetter) }),
        words[end...].contains(where: { $0.contains(where: \.isLetter) })
      else { continue }
      found = end
    }
    return found
  }

  /// A word that ends a sentence or a clause: "stores?", "award.", "no,".
  private static func endsClause(_ word: String) -> Bool {
    word.last.map { ",.!?;:".contains($0) } ?? false
  }

  /// Words said beside a retracting "no": "actually no", "no wait", "no sorry".
  private static let retractionWords: Set<String> = [
    "actually", "wait", "sorry", "oh", "hmm", "um",
  ]

  private static let clauseWords: Set<String> = [
    "i", "i'd", "id", "i'm", "im", "i've", "is", "are", "was", "were", "had", "have",
  ]

  /// A foreign word (see `Token.isForeign`) is "": it equals none of the English words it is
  /// compared with, and comparing it would take Swift's normalising slow path each time.
  private static func plain(_ word: String) -> String {
    let lowered = word.lowercased().trimming(",.!?;:")
    return Token.isForeign(lowered) ? "" : lowered
  }

  private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5]

  /// Chat before the topic.
  private static let leadingWrappers: [[String]] = [
    ["yes"], ["yeah"], ["yea"], ["yep"], ["ok"], ["okay"], ["no"], ["nah"], ["actually"],
    ["hmm"], ["um"], ["i'd", "go", "with"], ["id", "go", "with"], ["let's", "go", "with"],
    ["lets", "go", "with"], ["go", "with"], ["use"], ["pick"], ["i", "pick"], ["i'll", "take"],
    ["number"], ["no."], ["topic"], ["switch", "it", "to"], ["change", "it", "to"],
    ["make", "it", "about"], ["do"], ["maybe"], ["please"], ["pls"], ["i", "think"],
    ["probably"], ["sorry"], ["oops"], ["wait"], ["oh"], ["i", "meant"], ["i", "mean"],
    // Instructions: what follows is the chosen thing.
    ["i'd", "prefer"], ["id", "prefer"], ["i", "prefer"], ["i'd", "rather"], ["id", "rather"],
    ["i", "would", "rather"], ["i", "would", "prefer"], ["rather"], ["prefer"], ["can", "we"],
    ["could", "we"], ["can", "you"], ["could", "you"], ["mention"], ["write", "about"],
    ["talk", "about"], ["let's", "do"], ["lets", "do"], ["go", "for"], ["i'd", "like"],
  ]

  /// Verbs by which a person gives their impression of a thing: after a choice they judge it,
  /// and never say what it is.
  private static let impressionVerbs: Set<String> = [
    "sounds", "sound", "seems", "seem", "looks", "feels",
  ]

  /// Words of praise in a verdict on the choice: "is good", "was the best", "is fine".
  private static let verdictWords: Set<String> = [
    "good", "great", "fine", "best", "better", "nice", "ok", "okay", "interesting", "cool",
    "perfect", "right", "strongest", "safest", "easiest",
  ]

  /// Chat after the topic.
  private static let trailingWrappers: Set<String> = [
    "instead", "pls", "please", "actually", "then", "thanks", "thx", "lol", "maybe", "i think",
    "only",
  ]

  /// Words that open an explanation of the choice after a comma.
  private static let asideOpeners: Set<String> = [
    "thats", "that's", "that", "it", "its", "it's", "we", "because", "cos", "since", "as", "she",
    "he", "they", "everyone", "everyones", "everyone's", "everybody",
    // "the new system, but nothing too keen": a reservation about the note, not the thing.
    "but", "though", "although",
  ]
}
