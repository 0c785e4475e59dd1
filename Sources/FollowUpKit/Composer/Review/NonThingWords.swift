/// The words of a sentence that by their place cannot name a thing, whatever they are: the
/// writer's verb, the adverb, and the praise heaped on a quality.
///
/// The composer's judgement of a specific word (`TopicExtractor.specificWords`) reads a word
/// alone, so in a note of general praise ("Having researched Summit extensively, I have long
/// admired the company's outstanding reputation") "researched", "extensively", "admired" and
/// "outstanding" each weighed as if they named something of this employer. A thing is named by
/// a noun; these words sit where no noun does:
/// - the writer's verb: after "I" ("I admired"), through an auxiliary or a modal and any
///   adverbs ("I have long admired", "I would welcome"), after "having", or after the "to" of a
///   wish ("I'd like to extend", "the opportunity to grow"). The employer's verbs are kept:
///   what their team does ("you bake everything on site") is a thing of theirs;
/// - an adverb: a long word in "-ly" ("extensively", "perfectly"), or "only", "just";
/// - a quality praised in general, and its modifier ("the professionalism and warmth of
///   everyone", "outstanding reputation", "client-centred values", "heartfelt thanks",
///   "continued success"): what any employer has;
/// - the reader's own time ("out of your busy schedule"), and the employer itself named in
///   general ("the practice", "the firm's"): `OrganisationNouns.forEmployer`, the extractor's
///   own reading of "the X" as theirs.
/// A thing keeps its words: "the robots you have in Brno", "the new cold store at Goole".
enum NonThingWords {
  /// The words of `sentence` that by their place name no thing.
  static func words(in sentence: SentenceReading) -> Set<String> {
    let texts = sentence.texts
    var found: Set<String> = []
    for (index, word) in texts.enumerated() {
      if isAdverb(word) {
        found.insert(word)
        continue
      }
      let next = index + 1 < texts.count ? texts[index + 1] : nil
      if qualities.contains(word) || word == "having" { found.insert(word) }
      // "the practice", "the firm's": the employer itself, named in general (the extractor's
      // own reading of "the X" as theirs), not a thing of it.
      let bare = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
      if index > 0, ["the", "your", "this"].contains(texts[index - 1]),
        OrganisationNouns.forEmployer.contains(bare)
      {
        found.formUnion([word, bare])
      }
      if let next, qualities.contains(next), !SentenceReading.selfWords.contains(word) {
        found.insert(word)
      }
      if word == "your", let next, readerTime.contains(next) {
        found.insert(next)
      }
      if word == "your", index + 2 < texts.count, readerTime.contains(texts[index + 2]),
        let next
      {
        found.formUnion([next, texts[index + 2]])
      }
      if let verb = verbAfter(index, texts) { found.insert(verb) }
    }
    return found
  }

  /// The verb that follows the word at `index` when it is a subject, "having", or the "to" of
  /// a wish: the first word after it past auxiliaries, modals and adverbs; nil otherwise.
  private static func verbAfter(_ index: Int, _ texts: [String]) -> String? {
    let word = texts[index]
    var position = index + 1
    var throughAuxiliary = false
    if word == "to" {
      guard index > 0, toTakers.contains(texts[index - 1]) else { return nil }
    } else if word == "having" {
      throughAuxiliary = true
    } else if !subjects.contains(word) {
      return nil
    }
    while position < texts.count {
      let next = texts[position]
      if modals.contains(next) {
        throughAuxiliary = false
      } else if auxiliaries.contains(next) {
        throughAuxiliary = true
      } else if !isAdverb(next)
        && !["long", "also", "really", "never", "always", "still"]
          .contains(next)
      {
        break
      }
      position += 1
    }
    guard position < texts.count else { return nil }
    let verb = texts[position]
    // "you have robots": after "have" alone, only a participle is a verb.
    if throughAuxiliary, !verb.hasSuffix("ed") { return nil }
    return verb
  }

  static func isAdverb(_ word: String) -> Bool {
    if ["only", "just"].contains(word) { return true }
    return word.count >= 7 && word.hasSuffix("ly")
      && !["ily", "bly", "ply"].contains(where: word.hasSuffix)
  }

  /// The writer as a sentence's subject: the verb that follows is the writer's own doing
  /// ("I admired", "I would welcome"). Not the employer's: "you bake everything on site",
  /// "how you guys run the Sunday carvery" name what their team does, a thing of theirs.
  static let subjects: Set<String> = ["i", "i'd", "i'll", "i've", "im", "i'm"]
  /// Modals, after which a verb comes in its plain form: "would welcome".
  static let modals: Set<String> = [
    "would", "could", "will", "can", "should", "might", "must", "may", "shall",
  ]
  /// Auxiliaries, after which only a participle is surely a verb: "have long admired".
  static let auxiliaries: Set<String> = ["have", "has", "had", "am", "was", "were", "be", "been"]
  /// Words whose "to" is a verb's: "like to extend", "the opportunity to grow".
  static let toTakers: Set<String> = [
    "like", "love", "want", "wanted", "hope", "hoping", "able", "chance", "opportunity",
    "pleasure", "keen", "eager", "excited", "wish", "glad", "happy", "delighted", "honoured",
    "thrilled", "ready", "looking", "continue",
  ]
  /// Qualities praised in general: what any employer has, whatever praises it.
  static let qualities: Set<String> = [
    "reputation", "values", "culture", "environment", "atmosphere", "ethos", "vision",
    "mission", "commitment", "dedication", "professionalism", "warmth", "energy", "thanks",
    "pleasure", "success", "standards", "approach", "enthusiasm", "opportunity", "growth",
    "sense",
  ]
  /// The reader's own time, which a note thanks them for or wishes them well in.
  static let readerTime: Set<String> = [
    "schedule", "diary", "calendar", "time", "day", "week", "weekend", "morning", "afternoon",
  ]
}
