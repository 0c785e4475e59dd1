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
    var seen: Set<String> = []
    var things: [String] = []
    var added = false
    for (order, sentence) in draft.readings.enumerated()
    where !NoSpecificTopicRule.isSignOff(sentence) {
      let texts = sentence.texts.drop { ["oh", "and", "but", "so"].contains($0) }
      // "Also, thanks for the cuttings": a thanks after the word that adds is still a thanks.
      let thanks =
        texts.prefix(2).contains(where: ["thank", "thanks", "many"].contains)
        || texts.isEmpty
      let addsInClosing = thanks && addsAfterThanks(sentence)
      guard let first = texts.first, !thanks || addsInClosing else { continue }
      let words = thingWords(sentence.original, specific)
      guard draft.pointWeights[order] >= 2, !words.isEmpty else {
        continue
      }
      defer { seen.formUnion(words) }
      if !words.isDisjoint(with: seen) || pointsBack(sentence.original) { continue }
      // Only a sentence that opens by adding counts: "I'm also a quick learner" adds the
      // writer, and a thing told at length uses new words without being a new thing.
      // A sentence about the writer's record, showing, need or the decision is another
      // code's fault, not a thing of theirs: "I have also mentored four trainees", "I also
      // wanted to be honest that this role means a lot", "Any word yet?".
      let turning =
        (turnsToAnother(sentence) || asksAbout(sentence)) && !isAboutTheWriter(sentence)
      let opensAdding = addsInClosing || addsAThing.contains(first) || turning
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

  /// Words that open a sentence turning to another matter: "Separately, I wanted to check
  /// ...", "Finally, ...", "And on the CPD budget, ...". A closed class of discourse markers,
  /// so a list.
  static let turns: Set<String> = [
    "separately", "finally", "lastly", "secondly", "thirdly", "besides", "btw", "and",
    "meanwhile", "unrelated",
  ]

  /// Whether a sentence turns to another matter as it opens, or the writer adds one in their
  /// own voice: "And on the CPD budget, I forgot to ask ...", "I also wanted to mention that
  /// I've been reading the new guidance ...". The sentence is only counted when it names a
  /// thing not named before, so "And it was great to see the kitchen" goes on about one.
  static func turnsToAnother(_ sentence: SentenceReading) -> Bool {
    let texts = sentence.texts
    guard let first = texts.first else { return false }
    // "And" opens many a sentence that goes on in the same breath ("And the way the toddlers
    // tidied up was lovely"); it turns to another matter only before the matter's preposition
    // ("And on the CPD budget, ...").
    if first == "and" {
      return texts.count > 1 && ["on", "about", "regarding", "re"].contains(texts[1])
    }
    if turns.contains(first) { return true }
    // "I also wanted to mention", "I'd also love to ask": the writer adding, in the opening
    // words, with a verb of raising a matter; "I'm also a quick learner" and "I also bring
    // strong modelling skills" add the writer, not a thing.
    guard texts.prefix(2).contains(where: CoverLetterRule.writerSubjects.contains),
      let also = texts.prefix(4).firstIndex(of: "also")
    else { return false }
    return texts[(also + 1)..<min(texts.count, also + 4)].contains(where: raising.contains)
  }

  /// The verbs of raising a matter or attending to one: the writer's own way of bringing in
  /// another thing ("I also wanted to mention", "I also noticed"). A closed class, so a list.
  static let raising: Set<String> = [
    "mention", "mentioned", "ask", "asked", "add", "say", "share", "flag", "raise", "suggest",
    "check", "wondered", "noticed", "read", "thought", "loved", "liked", "enjoyed", "found",
    "saw", "heard", "spotted", "meant",
  ]

  /// The pronouns that point back to a thing already named. A closed class, so a list.
  static let pointingBack: Set<String> = [
    "it", "it's", "its", "them", "they", "they're", "these", "those",
  ]

  /// What a question about the decision asks after: "Any word yet?", "any news on the job?"
  /// chase the answer (pressure's business), they raise no thing of theirs. A closed class,
  /// so a list.
  static let decisionWords: Set<String> = [
    "word", "news", "update", "updates", "decision", "outcome", "result", "results",
    "feedback", "answer",
  ]

  /// Whether a sentence asks about a thing of theirs: a question, or the writer saying they
  /// want to ask or check ("I wanted to check whether the role is hybrid"). Asking raises
  /// the thing it asks about, as a point of its own.
  static func asksAbout(_ sentence: SentenceReading) -> Bool {
    let texts = sentence.texts
    if texts.contains(where: decisionWords.contains) { return false }
    // A question with a word pointing back asks more about the thing before: "Do you know
    // whether the practice nurses will run it?"
    if texts.contains(where: pointingBack.contains) { return false }
    if sentence.original.trimming(" \t\n").hasSuffix("?") { return true }
    let asking: Set<String> = ["ask", "check", "wondered", "wondering", "know", "asking"]
    return texts.indices.contains { index in
      asking.contains(texts[index])
        && texts[(index + 1)..<min(texts.count, index + 3)].contains(
          where: ["whether", "if"].contains)
    }
  }

  /// Whether the sentence is the writer's record, showing, need or a push for the decision:
  /// the business of another code, which a second point is not.
  static func isAboutTheWriter(_ sentence: SentenceReading) -> Bool {
    !CoverLetterRule.experienceClauses(in: sentence).isEmpty
      || CoverLetterRule.weigh(sentence) != nil || ApologyRule.fault(in: sentence) != nil
      || DesperationRule.fault(in: sentence) != nil || PressureRule.fault(in: sentence) != nil
  }

  /// The first words of a sentence, at most twelve, as written.
  private static func quote(of sentence: SentenceReading) -> String {
    let words = sentence.original.split(separator: " ").prefix(12)
    return words.joined(separator: " ").trimming(" \t\n.!?,")
  }
}
