/// The things of the employer a note engages with, counted sentence by sentence: the reading of
/// `several-points` that needs no cue.
///
/// People raise a second and a third thing without "also" or "I loved": "Love the idea of the
/// 6am bootcamp. I could run a TikTok for the gym if you want? Do you do staff discounts on
/// protein?" names three things of theirs in three sentences, and a reader remembers none.
/// Each sentence that names something of the employer (by `NoSpecificTopicRule.weight`, the
/// composer's own judgement of what is specific, shared) either goes on about a thing already
/// named (it shares a word with it, or opens with "it", "this", "that") or opens a new one; a
/// new one is a second point when its sentence opens by adding ("Also ...", "Oh and plus ..."),
/// or when the closing thanks goes on to add one ("Thanks again, and also: is the Bristol site
/// still taking on drivers?"): a second point slipped into the closing line. A closing wish
/// ("good luck with the Harrogate show") is courtesy, not a point.
/// Counting new things alone flagged one point told at length, which takes new words as it goes
/// ("the warehouse robots", then "a 2023 paper from a Munich group"), so the opening carries
/// the weight. A thanks ("thank you for the tour of the stillhouse") opens none: it is the
/// courtesy, not a point.
extension SeveralPointsRule {
  /// Quotes of the distinct things, when a sentence adds one ("Also ...", "Oh and plus ...")
  /// after another; nil otherwise.
  static func severalThings(in draft: ReviewedDraft, specific: SpecificWords) -> [String]? {
    let extractor = TopicExtractor(
      context: ExtractionContext(
        company: draft.company, interviewers: draft.interviewers.map(\.full)))
    let ignored = NoSpecificTopicRule.anyEmployer.union(NoSpecificTopicRule.roleWords(draft))
      .union(SpecificWords.pleasantries)
    var seen: Set<String> = []
    var things: [String] = []
    var added = false
    for sentence in draft.readings where !NoSpecificTopicRule.isSignOff(sentence) {
      let texts = sentence.texts.drop { ["oh", "and", "but", "so"].contains($0) }
      // "Also, thanks for the cuttings": a thanks after the word that adds is still a thanks.
      let thanks =
        texts.prefix(2).contains(where: ["thank", "thanks", "many"].contains)
        || texts.isEmpty
      let addsInClosing = thanks && addsAfterThanks(sentence)
      guard let first = texts.first, !thanks || addsInClosing else { continue }
      let words = thingWords(sentence.original, specific)
      guard NoSpecificTopicRule.weight(sentence, extractor, ignored) >= 2, !words.isEmpty else {
        continue
      }
      defer { seen.formUnion(words) }
      if !words.isDisjoint(with: seen) || pointsBack(sentence.original) { continue }
      // Only a sentence that opens by adding counts: "I'm also a quick learner" adds the
      // writer, and a thing told at length uses new words without being a new thing.
      let opensAdding = addsInClosing || addsAThing.contains(first)
      if !things.isEmpty, opensAdding { added = true }
      things.append(quote(of: sentence))
    }
    guard things.count >= 2, added else { return nil }
    return Array(things.prefix(3))
  }

  /// Whether a sentence that thanks goes on to add a thing: "Thanks again, and also: is the
  /// Bristol site still taking on drivers?", "Many thanks - plus I'd love to hear how the Madrid
  /// audit goes". The clause after the thanks opens by adding, as a sentence would; "Thanks
  /// also for the coffee" thanks twice and adds nothing.
  static func addsAfterThanks(_ sentence: SentenceReading) -> Bool {
    let texts = sentence.texts
    for index in texts.indices.dropFirst()
    where NoSpecificTopicRule.clauseEnds(sentence, before: index) {
      let rest = texts[index...].drop { ["and", "oh", "but"].contains($0) }
      return rest.first.map(addsAThing.contains) ?? false
    }
    return false
  }

  /// Words that open a sentence adding one more thing: "Also I could run ...", "Oh and ...".
  static let addsAThing: Set<String> = ["also", "plus", "another", "additionally"]

  /// The first words of a sentence, at most twelve, as written.
  private static func quote(of sentence: SentenceReading) -> String {
    let words = sentence.original.split(separator: " ").prefix(12)
    return words.joined(separator: " ").trimming(" \t\n.!?,")
  }
}
