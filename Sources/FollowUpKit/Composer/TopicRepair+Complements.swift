/// A verb's complement in a topic: never ended before it, completed or left out.
///
/// The judge of tuning 14 faulted clauses stopped before what their verb needs: "a whole new
/// falls prevention program to fix" (fix what? the "it" that followed pointed at a report the
/// note never names), "your plan to put solar canopies" (put them where?), "you are bringing
/// speech recognition software" (English brings a system in), "the office opening 2027" (a
/// year needs its "in"). Each verb's frame says what must follow it:
/// - an infinitive of purpose whose verb takes an object ("to fix", "to fix it") needs one the
///   note can name; with none it is left out, and the clause before it is whole on its own;
/// - "put" needs a place: completed from the person's words (`TopicCompletion`), else read as
///   the phrasal "put in" (install);
/// - "bring" with an object and no place to bring it to is the phrasal "bring in" (introduce);
/// - a bare year or month after a word of the topic takes "in".
///
/// ```swift
/// TopicRepair.complemented("you are bringing speech recognition software")
/// // "you are bringing in speech recognition software"
/// TopicRepair.withoutPurpose("you're bringing in a new program to fix it")
/// // "you're bringing in a new program"
/// ```
extension TopicRepair {
  /// The topic with the particles and prepositions its verbs and times need.
  static func complemented(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    let lower = words.map(VouchedTopic.plain)
    var inserts: [(Int, String)] = []
    for index in lower.indices {
      let word = lower[index]
      // "you put new machines in January" may be a past or a plan: only a form whose reading
      // is sure ("putting", "brought", "to put", "will bring") takes the particle.
      if let particle = wantedParticle(word), index + 1 < lower.count,
        !["put", "puts", "bring", "brings"].contains(word)
          || (index > 0
            && (lower[index - 1] == "to" || VouchedTopic.modals.contains(lower[index - 1]))),
        words[index] == lower[index],
        opensObject(lower[index + 1]), !hasPlace(lower, after: index)
      {
        inserts.append((index + 1, particle))
      }
      // "opening 2027": a year or a month straight after a word that is not a preposition,
      // a determiner, another time word or a name ("Vision 2030").
      if index > 0, isBareTime(words[index], word),
        words[index - 1].first?.isLowercase == true,
        words[index - 1].last.map({ ",;:".contains($0) }) != true,
        !prepositions.contains(lower[index - 1]),
        !VouchedTopic.determiners.contains(lower[index - 1]),
        !VouchedTopic.isTimeWord(lower[index - 1]), !VouchedTopic.isNumber(lower[index - 1]),
        !["next", "this", "last", "since", "until", "till", "early", "late", "mid", "every"]
          .contains(lower[index - 1])
      {
        inserts.append((index, "in"))
      }
    }
    guard !inserts.isEmpty else { return text }
    for (position, word) in inserts.reversed() { words.insert(word, at: position) }
    return words.joined(separator: " ")
  }

  /// The topic without an infinitive of purpose it ends on whose object the note cannot name:
  /// a pronoun pointing at nothing in the note ("to fix it"), or, when `cut` (the person's
  /// words showed an object after it), the bare verb ("to fix"). "electric cars to use" is
  /// whole: its object is the cars. Nil when it ends on none.
  static func withoutPurpose(_ text: String, cut: Bool = false) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let lower = words.map(VouchedTopic.plain)
    guard let to = danglingPurpose(lower, cut: cut), to >= 3 else { return nil }
    return words[..<to].joined(separator: " ").trimming(",;: ")
  }

  /// Where a closing infinitive of purpose with no object the note can name begins: "to fix
  /// it", "to sort them", and with `cut`, "to fix"; nil when the topic ends on none.
  static func danglingPurpose(_ lower: [String], cut: Bool) -> Int? {
    var end = lower.count
    if let last = lower.last, ["it", "them", "this", "that"].contains(last) {
      end -= 1
    } else if !cut {
      return nil
    }
    guard end >= 2, lower[end - 2] == "to", objectVerbs.contains(lower[end - 1]) else {
      return nil
    }
    return end - 2
  }

  /// Whether the person's words go on after the topic's closing "to {verb}" with its object:
  /// the topic was cut before it ("to fix" | "it").
  static func purposeCut(_ lower: [String], source: String) -> Bool {
    guard lower.count >= 2, lower[lower.count - 2] == "to",
      objectVerbs.contains(lower[lower.count - 1])
    else { return false }
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
      VouchedTopic.plain(String($0))
    }
    for index in said.indices.dropFirst() where index + 1 < said.count {
      if said[index - 1] == "to", said[index] == lower[lower.count - 1],
        opensObject(said[index + 1]) || ["it", "them", "this", "that"].contains(said[index + 1])
      {
        return true
      }
    }
    return false
  }

  /// "put" with its object and no place in the words after it.
  static func putWithoutPlace(_ lower: [String]) -> Bool {
    for index in lower.indices where ["put", "puts", "putting"].contains(lower[index]) {
      guard index + 1 < lower.count, opensObject(lower[index + 1]) else { continue }
      if !hasPlace(lower, after: index) { return true }
    }
    return false
  }

  /// Whether a place or particle follows the verb at `index`: "in" before a time ("in
  /// February", "in 2027") is the time's, not a place.
  private static func hasPlace(_ lower: [String], after index: Int) -> Bool {
    lower.indices.dropFirst(index + 1).contains { position in
      guard placeWords.contains(lower[position]) else { return false }
      guard position + 1 < lower.count else { return true }
      let next = lower[position + 1]
      return
        !(VouchedTopic.isTimeWord(next)
        || (next.count == 4 && next.allSatisfy(\.isNumber))
        || (["the", "next", "this"].contains(next) && position + 2 < lower.count
          && VouchedTopic.isTimeWord(lower[position + 2])))
    }
  }

  /// The particle a verb wants when no place follows its object: "bring in", "put in".
  private static func wantedParticle(_ word: String) -> String? {
    ["bring", "brings", "bringing", "brought", "put", "puts", "putting"].contains(word)
      ? "in" : nil
  }

  /// A word that opens a verb's object: a determiner, a number, or a word of letters that is
  /// no function word ("speech", "new").
  private static func opensObject(_ word: String) -> Bool {
    VouchedTopic.startsNounPhrase(word)
      || (word.count >= 3 && word.allSatisfy(\.isLetter) && !VouchedTopic.function.contains(word)
        && !particleWords.contains(word))
  }

  /// A bare year ("2027") or a month's name written as one ("April").
  private static func isBareTime(_ word: String, _ plain: String) -> Bool {
    // A month only as a name: "may" and "march" in lower case are as often verbs.
    (plain.count == 4 && (plain.hasPrefix("20") || plain.hasPrefix("19"))
      && plain.allSatisfy(\.isNumber))
      || (word.first?.isUppercase == true && MonthName.full.contains(where: { $0 == word }))
  }

  /// Words that give a verb's object its place or make the verb phrasal already.
  private static let placeWords: Set<String> = [
    "in", "into", "on", "onto", "to", "at", "across", "over", "under", "inside", "outside",
    "back", "forward", "together", "along", "through", "up", "out", "down", "off", "around",
    "where", "there", "here", "near", "beside", "behind",
  ]

  /// A verb's particles, which are no object.
  private static let particleWords: Set<String> = [
    "in", "out", "up", "on", "off", "back", "down", "forward", "together", "along", "around",
    "away", "over",
  ]

  /// Verbs that take an object, so "to {verb}" ending a topic has lost it.
  static let objectVerbs: Set<String> = [
    "fix", "put", "use", "make", "build", "get", "bring", "take", "give", "support", "improve",
    "replace", "manage", "handle", "cover", "meet", "reach", "reduce", "solve", "tackle",
    "address", "deliver", "find", "buy", "sell", "hire", "install", "upgrade", "boost", "fund",
    "cut", "do", "keep", "sort", "stop", "prevent", "avoid", "fill", "hold", "run", "test",
    "try", "serve", "offer", "provide", "lead", "win", "create", "develop", "launch",
  ]
}
