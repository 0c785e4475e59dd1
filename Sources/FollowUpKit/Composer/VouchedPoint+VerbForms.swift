/// Whether each verb of a point has the form its place asks for.
extension VouchedPoint {
  /// The verb forms a second language often slips on, each read from the words around the
  /// verb rather than from the sentence: "I very like" (a degree word where a verb's subject
  /// ends), "I am agree" (a form of "be" before a plain verb), "I am interesting in" (the
  /// feeling's "-ing" for its "-ed"), "didn't knew", "can helped", "to went" (a past after a
  /// word that takes the plain form).
  static func verbFormSlip(_ words: [String]) -> String? {
    for index in words.indices.dropLast() {
      let word = words[index]
      let next = words[index + 1]
      // "this kind of systems": a singular kind before a plural ("these kinds of systems").
      if ["this", "that"].contains(word), ["kind", "sort", "type"].contains(next),
        index + 3 < words.count, words[index + 2] == "of", words[index + 3].count >= 4,
        words[index + 3].hasSuffix("s"), !words[index + 3].hasSuffix("ss"),
        !words[index + 3].hasSuffix("us"), !words[index + 3].hasSuffix("ics")
      {
        return "\"\(word) \(next) of\" before a plural"
      }
      if ["i", "we", "they"].contains(word), next == "very" {
        return "\"\(word) very\" before a verb"
      }
      if ["am", "i'm", "i’m", "are", "we're", "we’re"].contains(word), plainVerbs.contains(next) {
        return "\"\(word) \(next)\": a form of \"be\" before a plain verb"
      }
      if ["am", "i'm", "i’m", "we're", "we’re"].contains(word)
        || (word == "are" && index > 0 && words[index - 1] == "we"),
        feelings.contains(next)
      {
        return "\"\(word) \(next)\": a feeling told with \"-ing\""
      }
      if plainFormTakers.contains(word) || word == "to",
        pastForms.contains(next)
          || (word != "to" && next.count >= 5 && next.hasSuffix("ed")
            && next.allSatisfy(\.isLetter) && !["need", "used"].contains(next))
      {
        return "\"\(word) \(next)\": a past after a word that takes the plain form"
      }
    }
    return nil
  }

  /// Plain verbs that a form of "be" never stands before: "I am agree", "we are know".
  private static let plainVerbs: WordSet = [
    "agree", "disagree", "know", "want", "need", "think", "believe", "understand", "remember",
    "prefer", "enjoy", "have", "love", "hope", "wish", "feel",
  ]

  /// The "-ing" forms of feelings, which the person feeling tells with "-ed" ("I am
  /// interested"): said of "I" or "we", the "-ing" form says they cause the feeling.
  private static let feelings: WordSet = [
    "interesting", "exciting", "boring", "confusing", "worrying", "inspiring", "satisfying",
  ]

  /// Words a verb in its plain form follows: a negated "do" and the modals.
  private static let plainFormTakers: WordSet = [
    "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "can", "could", "will",
    "would", "should", "must", "might", "can't", "can’t", "couldn't", "couldn’t", "won't",
    "won’t", "wouldn't", "wouldn’t",
  ]

  /// Irregular pasts, never right after a word that takes the plain form: "didn't knew".
  private static let pastForms: WordSet = [
    "knew", "went", "saw", "took", "came", "gave", "made", "got", "wrote", "drove", "grew",
    "taught", "brought", "bought", "felt", "spent", "ran", "began", "spoke", "told",
  ]

  /// "I no problem with early start.", "we the best team": a subject pronoun opening its
  /// clause and followed straight by a determiner, so the verb it needs is missing. English
  /// puts a verb (or an adverb before one) after the subject; no determiner ever stands there.
  static func subjectWithoutVerb(_ words: [String]) -> String? {
    for index in words.indices.dropLast()
    where ["i", "we", "they", "he", "she"].contains(words[index]) {
      let opensClause = index == 0 || ["and", "but", "so", "because"].contains(words[index - 1])
      let next = words[index + 1]
      if opensClause, ["no", "a", "an", "the", "my", "our", "some", "many"].contains(next) {
        return "\"\(words[index]) \(next)\": a subject with no verb"
      }
    }
    return nil
  }

  /// "I was particularly interested in set up the hedging programme", "interested in cut our
  /// spend": after a preposition a verb takes "-ing" ("in setting up", "in cutting"). A verb
  /// is known here by what follows it: an owner ("cut our"), or a particle and a determiner
  /// ("set up the"), which no noun after a preposition is followed by.
  static func plainVerbAfterPreposition(_ words: [String]) -> String? {
    for index in words.indices.dropFirst().dropLast()
    where ["in", "of", "about", "on", "for", "at", "by", "without"].contains(words[index - 1]) {
      let word = words[index]
      guard word.count >= 3, word.allSatisfy(\.isLetter), !word.hasSuffix("ing"),
        !Lexicon.stopwords.contains(word), commonVerbs.contains(word) || actionVerbs.contains(word)
      else { continue }
      let next = words[index + 1]
      let after = index + 2 < words.count ? words[index + 2] : ""
      if ["our", "my", "their", "your", "his"].contains(next)
        || (["up", "out", "down", "off"].contains(next)
          && ["the", "a", "an", "our", "my", "their", "your"].contains(after))
      {
        return "\"\(words[index - 1]) \(word)\": a plain verb after a preposition"
      }
    }
    return nil
  }

  /// Verbs of work a point tells of, besides the common ones: their plain form.
  private static let actionVerbs: WordSet = [
    "cut", "set", "put", "reduce", "improve", "lead", "manage", "create", "develop", "design",
    "handle", "support", "train", "organise", "organize", "launch", "deliver", "fix", "sell",
  ]
}
