/// Whether the person's point, tidied, reads as a sentence the note can vouch for.
///
/// The point is the one sentence only this person would write, so it is kept in their words;
/// but words typed fast or in a second language can miss an article ("my aunt runs ayurveda
/// clinic", "I read about 600 robot"), and a note that pastes them reads as careless. Rewriting
/// them would put words in the person's mouth, so such a point is left out, and the reply shows
/// it and how to add it as they would like it to read. The check knows a few shapes, so it
/// catches the common slips, not every one.
///
/// ```swift
/// PointCheck.problem(in: "My aunt runs ayurveda clinic in Pune.")  // "a thing with no article"
/// PointCheck.problem(in: "I have 3 cats.")  // nil
/// ```
enum PointCheck {
  /// What is wrong with the sentence, or nil when nothing the check knows of is.
  static func problem(in sentence: String) -> String? {
    let words = sentence.split(separator: " ").map {
      String($0).lowercased().trimming(",.!?;:()\"")
    }
    let original = sentence.split(separator: " ").map(String.init)
    for (index, word) in words.enumerated() where index + 1 < words.count {
      let next = words[index + 1]
      // "600 robot": a count of more than one before a thing in the singular.
      // "a level 3 course", "my class 1 licence": a number after a noun labels it, counting
      // nothing (tuning 47's cq010 was held back for "dementia care level 3 course").
      let labelled =
        index > 0 && Self.labels(words[index - 1], after: index > 1 ? words[index - 2] : "")
        && original[index - 1].last?.isLetter == true
      if let count = Int(word), count > 1, !(1900...2100).contains(count), !labelled {
        // "till class 10 so ...": no noun after the number, nothing to count. "for 2 years
        // instead of ...", "6 years before physio": a word of time or order after the noun
        // ends the counted phrase too, as in the agreement check.
        // A mark ends it as well: "for 5 years. I know how ..." counts years, not "know"
        // (tuning 48's cs030 was held back for it).
        let marked = ((index + 1)..<words.count).first(where: {
          original[$0].last.map { ",.!?;:".contains($0) } == true
        })
        let counted = words[(index + 1)..<((marked ?? words.count - 1) + 1)].prefix(while: {
          !stops.contains($0) && !VouchedPoint.countedPhraseEnds.contains($0)
        })
        if let head = counted.last,
          head.first?.isLetter == true, !head.hasSuffix("s"), !uncounted.contains(head)
        {
          return "a number before a thing in the singular"
        }
      }
      // "runs ayurveda clinic": a thing in the singular with no article after a verb that needs one.
      if articleVerbs.contains(word), next.first?.isLetter == true, !next.hasSuffix("s"),
        !TopicGrammar.determiners.contains(next), !quantities.contains(next)
      {
        if original.indices.contains(index + 1), original[index + 1].first?.isLowercase == true {
          return "a thing with no article"
        }
      }
    }
    return bareCountNoun(words, original) ?? bareDuration(words)
      ?? clauseShape(words, original) ?? tenseSlip(words, original)
      ?? secondLanguageShape(words, original)
  }

  /// Shapes that leave a clause without a part it needs: a comma then a verb with no subject
  /// ("I want to try it, is the future"), a sentence ending on a verb that needs an object
  /// ("and team liked"), or a chat word with no written form that keeps its meaning ("CNC
  /// stuff").
  private static func clauseShape(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() where original[index - 1].hasSuffix(",") {
      if ["is", "are", "was", "were"].contains(words[index]) { return "a clause with no subject" }
    }
    // "how hard is to park": the "it" that stands for the act is missing (the repair,
    // `VouchedPoint.repaired`, gives it; one left here was not repaired).
    for index in words.indices.dropFirst(2) where index + 1 < words.count {
      if words[index - 2] == "how", ["is", "was"].contains(words[index]), words[index + 1] == "to" {
        return "a degree with no \"it\""
      }
    }
    if let last = words.last, objectVerbs.contains(last), words.count >= 2,
      !linkingWords.contains(words[words.count - 2])
    {
      return "a verb with no object"
    }
    if words.contains(where: chatNouns.contains) { return "a chat word" }
    // "thru", "whats", "rn", "eh": tidied before the check, so one left means the tidying did
    // not reach it. "RN" in capitals may be a nurse, and is left alone.
    if original.contains(where: { chatSpellings.contains($0.trimming(",.!?;:()\"")) }) {
      return "a chat spelling"
    }
    return nil
  }

  /// Chat spellings with a written form the point is tidied into.
  private static let chatSpellings: Set<String> = ["thru", "whats", "theres", "rn", "eh", "Eh"]

  /// "I use them in my last hotel": a verb in the present said of the person, in a clause
  /// about a time gone ("last", "ago", "previous"). A clause ends at a comma, "and", "but" or
  /// "so", where another tense may begin.
  private static func tenseSlip(_ words: [String], _ original: [String]) -> String? {
    var presentVerb = false
    for (index, word) in words.enumerated() {
      if index > 0, original[index - 1].hasSuffix(",") || clauseJoins.contains(word) {
        presentVerb = false
      }
      if !Token.isForeign(word), word == "i", index + 1 < words.count,
        presentVerbs.contains(words[index + 1])
      {
        presentVerb = true
      }
      if presentVerb, !Token.isForeign(word), ["last", "ago", "previous"].contains(word) {
        return "a verb in the present about the past"
      }
    }
    return nil
  }

  /// Verbs in the present that people use of their past work when typing fast.
  static let presentVerbs: WordSet = [
    "use", "work", "do", "make", "help", "run", "manage", "lead", "teach", "handle", "train",
    "clean", "cook", "drive", "serve", "study", "finish", "get",
  ]

  /// Words that join clauses, after which another tense may begin.
  static let clauseJoins: WordSet = ["and", "but", "so", "because", "now", "since"]

  /// Verbs that need an object: a sentence cannot end on them.
  private static let objectVerbs: WordSet = [
    "liked", "loved", "enjoyed", "wanted", "likes", "loves", "enjoys", "wants", "took", "gave",
    "made", "got", "bought", "needed", "needs",
  ]

  /// Words after which such a verb ends a sentence whole: "it was well liked", "much loved".
  private static let linkingWords: WordSet = [
    "is", "was", "are", "were", "be", "been", "being", "well", "much", "very", "really", "so",
    "most", "more", "widely", "always", "got",
  ]

  /// Chat words whose written form would change what the person meant: "stuff" is not
  /// "things", so the point is held back rather than reworded.
  private static let chatNouns: WordSet = ["stuff", "loads", "kinda", "sorta", "gotta"]

  /// "I was key user", "my mother is market woman", "has problem with", "done DGCA drone pilot
  /// course": a thing that is always counted, standing alone with no article after a verb or a
  /// preposition. Walks back from the noun over up to three describing words ("key", "DGCA
  /// drone pilot") to what stands before them. A noun that describes the next one ("course
  /// notes") is not the head, and is left alone.
  private static func bareCountNoun(_ words: [String], _ original: [String]) -> String? {
    for (index, word) in words.enumerated() where countNouns.contains(word) || isAgentNoun(word) {
      guard original[index].first?.isLowercase == true else { continue }
      let ending = original[index].last.map { ",.!?;:".contains($0) } ?? false
      if !ending, index + 1 < words.count, !phraseFollowers.contains(words[index + 1]) {
        continue
      }
      var before = index - 1
      while before >= 0, index - before <= 3, !closedWords.contains(words[before]),
        !words[before].hasSuffix("'s"), words[before].first?.isNumber != true,
        !(original[before].last.map { ",.!?;:".contains($0) } ?? false)
      {
        before -= 1
      }
      guard before >= 0 else { continue }
      if bareNounLeaders.contains(words[before]) { return "a thing with no article" }
    }
    return nil
  }

  /// "I work in pharmacy 5 years": a length of time after a verb with no "for".
  private static func bareDuration(_ words: [String]) -> String? {
    for (index, word) in words.enumerated() where index >= 2 && index + 1 < words.count {
      guard word.first?.isNumber == true || numberWords.contains(word),
        durationUnits.contains(words[index + 1])
      else { continue }
      if durationLeaders.contains(words[index - 1]) { continue }
      let verbNear = words[max(0, index - 4)..<index].contains {
        durationVerbs.contains($0)
      }
      if verbNear { return "a length of time with no 'for'" }
    }
    return nil
  }

  /// A length of time: "five years", "3 yrs".
  private static let numberWords: WordSet = ["two", "three", "four", "five", "six"]
  private static let durationUnits: WordSet = ["years", "months", "weeks", "yrs"]
  /// Verbs a length of time with no "for" follows: "I work in pharmacy 5 years", "I worked
  /// 6 years in cardiac ICU" (the present and the past of verbs of a stretch of life).
  private static let durationVerbs: WordSet = [
    "work", "live", "study", "teach", "worked", "lived", "studied", "taught",
    "nursed", "served", "drove", "volunteered", "trained",
  ]

  /// Words that may stand before a length of time.
  private static let durationLeaders: WordSet = [
    "for", "in", "over", "about", "than", "last", "past", "next", "around", "nearly", "almost",
    "after", "within", "first", "those", "these", "the", "of", "some", "few", "just", "only",
  ]

  /// Things always counted: alone, they need "a", "the" or "my".
  static let countNouns: WordSet = [
    "user", "woman", "man", "member", "course", "problem", "teacher", "nurse", "manager",
    "engineer", "driver", "student", "worker", "owner", "leader", "degree", "job",
    "shop", "clinic", "team", "project", "machine", "car", "house", "company", "volunteer",
    "trainee", "apprentice", "intern", "assistant", "cashier", "cleaner", "tutor", "mentor",
    "farmer", "certificate", "licence", "license", "truck", "lorry", "van", "dashboard",
    "website", "app", "salon", "restaurant", "hotel", "program", "programme", "supermarket",
    "contract", "tender", "lab", "system",
  ]

  /// "pharmacist", "technician", "supervisor": a person by their work, always counted. Not
  /// "junior", "senior" or "floor".
  private static func isAgentNoun(_ word: String) -> Bool {
    guard word.count >= 6, word.allSatisfy(\.isLetter) else { return false }
    if word.hasSuffix("ist") || word.hasSuffix("ian") { return true }
    return word.hasSuffix("or") && !word.hasSuffix("ior") && !word.hasSuffix("oor")
      && !["major", "minor", "favour", "colour", "labour", "honour", "humour", "flavour"].contains(
        word)
  }

  /// Words after which a counted thing needs its article: verbs and prepositions, and "all".
  private static let bareNounLeaders: Set<String> = [
    "is", "was", "am", "are", "were", "be", "been", "has", "have", "had", "done", "did", "do",
    "does", "run", "runs", "ran", "became", "become", "as", "trained", "train", "in", "at", "on",
    "for", "with", "from", "into", "all", "joined", "led", "lead", "manage", "managed", "got",
    "make", "makes", "try", "drive", "build", "builds", "want", "need",
  ]

  /// Words that may follow the head of a noun phrase: the phrase has ended.
  private static let phraseFollowers: WordSet = [
    "in", "at", "on", "for", "with", "from", "to", "of", "and", "but", "so", "because", "last",
    "this", "next", "since", "before", "after", "when", "where", "who", "which", "that", "too",
    "as", "during", "until", "there", "here", "now", "then", "by", "about", "or",
  ]

  /// Words that are never a describing word before a noun.
  private static let closedWords = WordSet(
    bareNounLeaders.union([
      "a", "an", "the", "my", "your", "his", "her", "our", "their", "its", "this", "that", "these",
      "those", "every", "each", "one", "another", "any", "no", "some", "which", "what", "whose",
      "i", "you", "he", "she", "we", "they", "it", "and", "or", "but", "so", "of", "to", "by",
      "first", "second", "only", "same",
    ]))

  /// Words that end the noun after a number: "4 young adults in ...".
  private static let stops: WordSet = [
    "in", "on", "at", "for", "to", "of", "with", "and", "or", "but", "so", "from", "by", "it",
    "is", "are", "was", "were",
  ]

  /// Nouns whose plural is their singular, and units.
  private static let uncounted: WordSet = [
    "staff", "people", "children", "men", "women", "sheep", "fish", "kg", "km", "mph", "percent",
    "k", "m", "am", "pm", "feet", "deer", "personnel", "crew", "series", "quid", "grand",
  ]

  /// Whether `previous`, before a number, is a noun the number labels ("level 3", "band 5"):
  /// read as the agreement check reads it (`VouchedPoint.isLabel`), and never a word after a
  /// subject, "to", a modal or a joining word ("I teach 30", "and train 12"), which is a verb
  /// whatever its form.
  private static func labels(_ previous: String, after beforeIt: String) -> Bool {
    !TopicGrammar.subjects.contains(beforeIt) && !Lexicon.modals.contains(beforeIt)
      && !["to", "and", "but", "or", "then", "also", "still", "never", "always", "now", "i"]
        .contains(beforeIt)
      && previous.count >= 3 && VouchedPoint.isLabel(previous)
      && !PointGate.finiteVerbs.contains(previous) && !PointGate.verbForms.contains(previous)
  }

  /// Verbs whose object is a countable thing: "runs a clinic", "installs a palletiser".
  private static let articleVerbs: WordSet = [
    "runs", "owns", "manages", "install", "installs", "opened", "opens",
  ]

  /// Words that stand for an article: "runs two clinics", "owns some land".
  private static let quantities: WordSet = [
    "some", "any", "two", "three", "four", "five", "several", "many", "more", "no", "another",
    "each", "every", "one", "all", "his", "her", "our", "their", "my", "up", "out", "it", "them",
    "these", "those", "there", "here", "with", "to", "for", "at", "in", "on", "by", "from",
  ]
}
