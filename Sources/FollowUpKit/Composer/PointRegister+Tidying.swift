/// The person's line typed as chat, read for what tidying cannot mend.
///
/// Holding back every line typed in lower case left the person's own point out of most first
/// notes: judged blind on tuning 43, 36 of 60 first notes were faulted for leaving out the line
/// the person gave ("id love to get my HGV eventually"), 28 of them for that alone. What marks
/// most such lines as chat has one written form whatever the sentence, and the reading of the
/// line already writes it (`InterestReader.point`: a small "i", "id", "thats", "tbh", a second
/// sentence joined by a comma). So the register is asked of the line as that reading tidied
/// it, and a line typed as chat meets, besides the vouching every line meets, the few things
/// tidying cannot see: a fragment it had to frame, a reply to the assistant, a clause with no
/// subject, a remark about the note, amends, and a word that may be a name typed small
/// (`ProperSpelling.uncasedName`).
///
/// ```swift
/// PointRegister.tidyingDoubt(typed: "i can work saturdays no problem",
///   point: "I can work saturdays no problem")  // "it has \"no problem\""
/// PointRegister.tidyingDoubt(typed: "ive never worked with mass timber and id love to learn it",
///   point: "I've never worked with mass timber and I'd love to learn it")  // nil
/// ```
extension PointRegister {
  /// What keeps a line tidied out of chat from the note though its forms are written out, said
  /// for the person, or nil: what tidying cannot mend, read on the words as `typed` and the
  /// `point` read from them.
  /// Read on tuning 43's and the older tuning sets' lines, each is a kind, not a sentence:
  /// - the line reframed ("keen to learn grasshopper" became "I was particularly interested
  ///   in keen to learn ..."): a fragment is no sentence the person wrote;
  /// - a reply to the assistant ("aye I'd love that");
  /// - a clause with no subject after a comma or opening the line ("..., happy to do it",
  ///   "be mint to work on one"), or chat's "no problem";
  /// - a remark about the note or the telling ("maybe don't say that", "I want to say I read
  ///   up on it after", "can mention that");
  /// - an apology or a mistake owned, which the note never makes amends for.
  static func tidyingDoubt(typed: String, point: String) -> String? {
    let words = typed.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = words.map {
      $0.lowercased().replacingOccurrencesOf("’", with: "'").trimming(",.!?;:()\"")
    }
    guard let first = plain.first else { return "it has no words" }
    // "bringing real banking examples into the classroom": an act in "-ing" is what "in"
    // takes, so the frame makes the sentence the person meant (tuning 44's ck054); a thing
    // or a feeling framed ("interested in hands on with real kit") is no sentence of theirs.
    if point.hasPrefix(InterestReader.framing), !typed.lowercased().contains("interested in"),
      !framesAnAct(point.dropFirst(InterestReader.framing.count))
    {
      return "it has no verb of its own"
    }
    if replyWords.contains(first) { return "it answers me rather than telling your interviewer" }
    // "12 years at BHP. I could ...": every sentence the tidying left has a verb of its own,
    // and a sentence does not open on a bare label before a comma ("carers groups, my ...").
    for sentence in VouchedPoint.sentences(in: point) {
      let parts = sentence.split(separator: ",").map {
        $0.split(separator: " ").map { $0.lowercased().trimming(",.!?;:()\"") }
      }
      let whole = parts.flatMap { $0 }
      if whole.isEmpty { continue }
      if !hasVerb(whole) { return "a sentence in it has no verb" }
      if parts.count > 1, let opening = parts.first, let word = opening.first, !hasVerb(opening),
        !TopicRepair.prepositions.contains(word), !Lexicon.stopwords.contains(word),
        !word.hasSuffix("ing"), !word.hasSuffix("ly"), !opening.contains(where: timeWords.contains)
      {
        return "it opens on words with no verb"
      }
    }
    for index in plain.indices {
      let opens = index == 0 || words[index - 1].last.map { ",.;:".contains($0) } == true
      let next = index + 1 < plain.count ? plain[index + 1] : ""
      // "keen to ..." opening the line is given its "I'm" by the reading.
      let subjectGiven = index == 0 && point.hasPrefix("I'm ")
      if opens, !subjectGiven,
        plain[index] == "be" || (predicateAdjectives.contains(plain[index]) && next == "to")
      {
        return "a part of it has no subject"
      }
      if plain[index] == "no", next == "problem" { return "it has \"no problem\"" }
      if plain[index] == "sorry" || plain[index].hasPrefix("apologi") || plain[index] == "mistake" {
        return "it goes back over a slip, which the note never does"
      }
      let after = Array(plain[(index + 1)...].prefix(3))
      // "but don't want to sound like I'm already eyeing the next thing": how the note comes
      // across is a remark about it too (tuning 27's bc037).
      let telling = ["say", "mention", "tell", "put", "write", "know", "show", "sound", "seem"]
      if ["don't", "dont", "can", "could", "maybe", "should"].contains(plain[index]),
        let verb = after.first, telling.contains(verb)
      {
        return "it talks about the note itself"
      }
      if plain[index] == "want", after.count >= 2,
        (after[0] == "to" && telling.contains(after[1]))
          || (after.count == 3 && after[1] == "to" && telling.contains(after[2]))
      {
        return "it talks about the note itself"
      }
      if plain[index] == "should", after.first == "have" { return "it looks back at the interview" }
    }
    return nil
  }

  /// Whether the words hold a verb by its form, not by its place: a finite verb or a verb's
  /// form the grammar knows, a contraction, a past in "-ed", a word after a subject pronoun,
  /// a common verb after its subject, or an owner and a person before theirs. The gate's
  /// wider reading (a word in "-s" after a noun, as in "Nursing runs in my family") would
  /// take "12 years" and "carers groups" for clauses, and in a tidied line nothing shows it.
  private static func hasVerb(_ words: [String]) -> Bool {
    let formed = words.enumerated().contains { index, word in
      PointGate.finiteVerbs.contains(word)
        || (PointGate.verbForms.contains(word) && !PointGate.bareVerbs.contains(word))
        || (word.count >= 4 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter))
        || ["'s", "'re", "'ve", "'d", "'m", "'ll", "n't"].contains(where: word.hasSuffix)
        || (index > 0 && ["i", "we", "you", "they", "he", "she", "it"].contains(words[index - 1]))
        // "Nobody wants to call anymore": after a pronoun for everyone or no one, its verb.
        || (index > 0 && InterestReader.indefiniteSubjects.contains(words[index - 1])
          && word.allSatisfy(\.isLetter))
    }
    return formed || VouchedPoint.hasCommonVerb(words) || VouchedPoint.opensWithPersonAndVerb(words)
      || InterestReader.hasVerb(words)
  }

  /// Words of a time or place said before the sentence's subject ("last year, I ...", "back
  /// home, we ..."), which need no verb.
  private static let timeWords: WordSet = [
    "ago", "year", "years", "summer", "winter", "week", "weeks", "month", "months", "back",
    "home", "last", "next", "every", "once", "today", "yesterday", "now", "then",
  ]

  /// Words that open a reply to the assistant's question, not a line to the reader.
  private static let replyWords: WordSet = [
    "aye", "yes", "yeah", "yep", "yup", "sure", "definitely", "absolutely", "totally", "deffo",
    "defo",
  ]

  /// Adjectives that open a clause with no subject before "to": "..., happy to do it".
  private static let predicateAdjectives: WordSet = [
    "happy", "keen", "glad", "lovely", "good", "great", "nice", "ready", "eager", "excited",
    "able", "willing", "fun", "easy", "hard", "mint", "class", "buzzing", "gutted",
  ]

  /// Whether a fragment the reading framed opens on an act in "-ing" with its object or place
  /// after it ("bringing real banking examples into the classroom"), which "interested in"
  /// takes as a sentence, unlike a thing's or a state's words ("hands on with real kit").
  private static func framesAnAct(_ fragment: Substring) -> Bool {
    let words = fragment.split(separator: " ").map { $0.lowercased().trimming(",.!?;:()\"") }
    guard let first = words.first, words.count >= 3 else { return false }
    return VouchedTopic.isIngForm(first) && !TopicPhraseCheck.ingNouns.contains(first)
  }
}
