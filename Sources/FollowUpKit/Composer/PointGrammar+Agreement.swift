/// A subject and its verb that do not agree in number: "my father make furniture", "she have
/// three shops", "they has a farm", "my parents owns a bakery", "I has two kids".
///
/// `InterestReader` mends the slips it is certain of ("he make" becomes "he makes") before the
/// gate reads the point; what is left has a subject the mending cannot vouch for, a noun
/// phrase rather than a pronoun, so the gate holds the point back rather than reword it. The
/// subject is read only where a clause opens (the line's start, a comma, a joining word), so
/// that an object before a verb ("I made it work", "helped my son grow") is never taken for
/// one, and a plain form followed by a verb of its own ("the school run is ...") is a noun.
extension PointGrammar {
  /// The first subject and verb that disagree in number, or nil.
  static func agreementSlip(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() {
      let verb = words[index]
      guard let subject = subjectStart(before: index, words, original) else { continue }
      let phrase = words[subject..<index]
      // A noun used as a verb's noun ("the school run is"): a verb after it makes it a noun.
      let followedByVerb = index + 1 < words.count && isVerbAfterNoun(words[index + 1])
      // "a small fix, ...": after "a" a word that ends its phrase is the noun itself.
      let endsPhrase =
        index + 1 == words.count || original[index].last.map { ",.;:!?".contains($0) } == true
      if ["a", "an"].contains(words[subject]), endsPhrase { continue }
      if isSingularSubject(phrase, original[subject..<index]), bareVerbs.contains(verb),
        !followedByVerb
      {
        return "\"\(phrase.joined(separator: " ")) \(verb)\": a singular subject with a plural verb"
      }
      // "I was" agrees; "I is", "we was", "they has" do not.
      if isPluralSubject(phrase, original[subject..<index]), sVerbs.contains(verb),
        !followedByVerb, !(phrase.last == "i" && verb == "was")
      {
        return "\"\(phrase.joined(separator: " ")) \(verb)\": a plural subject with a singular verb"
      }
    }
    return nil
  }

  /// Where the subject before `index` starts, when a clause opens there: one word after a
  /// clause's start ("she", "they"), or a determiner and a noun with at most one describing
  /// word between ("my father", "my older sister"). Nil where no clause opens.
  private static func subjectStart(before index: Int, _ words: [String], _ original: [String])
    -> Int?
  {
    for length in 1...3 where index - length >= 0 {
      let start = index - length
      let opens =
        start == 0 || original[start - 1].last.map { ",.;:!?".contains($0) } == true
        || clauseOpeners.contains(words[start - 1])
      guard opens else { continue }
      // No mark inside the subject: "..., she have" reads from "she".
      let inside = original[start..<index]
      if inside.contains(where: { $0.last.map { ",.;:!?".contains($0) } == true }) { continue }
      if length == 1 || subjectDeterminers.contains(words[start]) { return start }
    }
    return nil
  }

  /// "he", "she", "it", or a determiner and a singular noun naming a person or a thing one
  /// owns or runs: not a plural, a name, a collective that British English makes plural ("my
  /// family have", "the team are"), or a word of the closed classes.
  private static func isSingularSubject(_ phrase: ArraySlice<String>, _ typed: ArraySlice<String>)
    -> Bool
  {
    guard let head = phrase.last else { return false }
    if phrase.count == 1 { return ["he", "she", "it"].contains(head) }
    guard typed.dropFirst().allSatisfy({ $0.allSatisfy { $0.isLowercase || !$0.isLetter } }),
      head.count >= 3, head.allSatisfy(\.isLetter), !head.hasSuffix("s"),
      !head.hasSuffix("ing"), !collectives.contains(head), !Lexicon.stopwords.contains(head),
      !describing.contains(head),
      !["people", "children", "men", "women", "police", "cattle", "sheep", "fish"].contains(head)
    else { return false }
    return !phrase.dropFirst().contains(where: Lexicon.stopwords.contains)
  }

  /// "they", "we", "I", "you", or a determiner and a regular plural ("my parents", "the kids"),
  /// "people" and "children".
  private static func isPluralSubject(_ phrase: ArraySlice<String>, _ typed: ArraySlice<String>)
    -> Bool
  {
    guard let head = phrase.last else { return false }
    if phrase.count == 1 { return ["they", "we", "i", "you"].contains(head) }
    guard typed.dropFirst().allSatisfy({ $0.allSatisfy { $0.isLowercase || !$0.isLetter } }),
      ["my", "our", "his", "her", "their", "the", "your"].contains(phrase.first ?? "")
    else { return false }
    if ["people", "children", "kids", "parents"].contains(head) { return true }
    return head.count >= 4 && head.hasSuffix("s") && head.allSatisfy(\.isLetter)
      && !["ss", "us", "is", "ics", "ous", "ys"].contains(where: head.hasSuffix)
      && !["news", "series", "species", "means", "maths", "sales", "logistics"].contains(head)
  }

  /// Words after which a clause, and so a subject, opens.
  private static let clauseOpeners: WordSet = [
    "and", "but", "so", "because", "when", "while", "since", "although", "though", "if",
    "where", "now", "then", "as",
  ]

  /// Words that open a noun phrase as its subject.
  private static let subjectDeterminers: WordSet = [
    "my", "his", "her", "our", "their", "the", "a", "an", "this", "that", "your",
  ]

  /// Whether `next`, after a plain verb form, is the verb of the clause, so that the form was
  /// a noun: "my morning run keeps me sane", "the school run is", "the bake sale raised".
  static func isVerbAfterNoun(_ next: String) -> Bool {
    sVerbs.contains(next) || nounFollowers.contains(next)
      || next.count >= 5 && next.hasSuffix("ed")
  }

  /// Verbs after which the word before them was a noun: "the school run are", "... can".
  private static let nounFollowers: WordSet = [
    "are", "were", "can", "will", "would", "could", "had", "must", "should",
  ]

  /// Describing words that stand where a noun's head would ("a small fix", "the quick
  /// run"): the verb-like word after them is the noun.
  private static let describing: WordSet = [
    "small", "big", "little", "good", "great", "new", "old", "quick", "short", "long", "nice",
    "real", "first", "last", "full", "free", "local", "huge", "simple", "early", "late",
    "whole", "daily", "weekly", "morning", "night", "school", "test", "trial", "long-term",
  ]

  /// Nouns for groups, which British English may give a plural verb.
  private static let collectives: WordSet = [
    "family", "team", "staff", "company", "government", "council", "club", "band", "crew",
    "group", "couple", "class", "community", "school", "board", "committee", "church", "firm",
    "union", "public", "audience", "majority", "department", "office", "management", "village",
  ]

  /// Verbs in their plain (plural) form that a singular subject makes "-s" forms of.
  private static let bareVerbs: WordSet = [
    "make", "have", "go", "do", "want", "need", "like", "love", "work", "live", "run", "own",
    "take", "say", "know", "help", "come", "give", "teach", "cook", "drive", "sell", "build",
    "grow", "bake", "sing", "write", "speak", "use", "care", "keep", "open", "start", "play",
    "think", "feel", "look", "get", "fix", "treat", "train", "manage", "volunteer",
  ]

  /// The "-s" forms of the common verbs, which a plural subject never takes.
  private static let sVerbs: WordSet = [
    "makes", "has", "goes", "does", "wants", "needs", "likes", "loves", "works", "lives", "runs",
    "owns", "takes", "says", "knows", "helps", "comes", "gives", "teaches", "cooks", "drives",
    "sells", "builds", "grows", "bakes", "sings", "writes", "speaks", "uses", "cares", "keeps",
    "opens", "starts", "plays", "thinks", "feels", "looks", "gets", "fixes", "treats",
    "trains", "manages", "volunteers", "is", "was",
  ]
}
