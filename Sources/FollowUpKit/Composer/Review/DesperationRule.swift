/// `desperation`: the writer's need, circumstances, or willingness to take anything.
///
/// A follow-up is stronger when it's calm: it shows interest, not need. Read by meaning, in
/// the writer's own words: their circumstances ("I've been out of work for eight months", "I
/// have two children"), their need ("this would change everything for my family", "I really
/// need this job"), taking anything ("I'd take any shift you have", "nights or weekends,
/// whatever you need", "I'd happily start on a lower grade"), the job as a rescue ("it would
/// be a lifeline for us at home") and pleading ("please give me a chance", "I just want to get
/// started somewhere"). "I'm not desperate for an answer" and "any questions, let me know" are not.
struct DesperationRule: SentenceJudgingRule {
  static let code = Finding.Code.desperation

  static let classes: [String: [String]] = [
    "self": ["i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "my"],
    "work": ["work", "a job", "job", "a paid job", "employment", "a role", "paid work"],
    "kin": [
      "family", "kids", "children", "child", "son", "daughter", "wife", "husband", "partner",
      "mum", "mom", "dad", "parents", "mother", "father", "baby",
    ],
    "anyjob": [
      "shift", "shifts", "role", "position", "job", "hours", "salary", "pay", "contract", "post",
      "vacancy", "opening", "work", "job going", "kind of work", "type of work", "department",
      "location", "site", "branch", "rota", "wage", "rate",
    ],
    // The job as a rescue.
    "rescue": ["lifeline", "godsend", "lifesaver", "life-saver"],
    "take": [
      "take", "do", "accept", "work", "cover", "fill", "start", "go", "move", "travel", "relocate",
      "consider", "happy with", "settle for",
    ],
  ]

  /// Patterns of need, circumstance, taking anything and pleading, by the words of each part.
  static let patterns: [WordPattern] = [
    // Circumstances: out of work, the money, the family.
    "out of work|employment", "out_of_a job", "without a|any job|work|income",
    "unemployed|jobless|redundant", "laid off", "was|been|got|were let go",
    "money|things|finances ~3 tight|difficult|hard", "make ends meet", "can't|cannot afford",
    "lost my|our job|income|home",
    "haven't|have_not|hadn't|not ~2 worked|had_a_job|had_work since|for",
    "job-hunting|job_hunting|jobhunting",
    "@self ~4 bills|rent|mortgage|debt|debts|overdraft|savings",
    "running_out_of|run_out_of|ran_out_of money|savings|cash|funds",
    "financially",
    "been ~2 tough|hard|difficult|rough year|months|few_months|patch|time",
    // Hardship said of the writer: "the past year has been very difficult for me".
    "been ~2 tough|hard|difficult|rough|awful|terrible for me|my",
    "i_have|i've_got|i_have_got * children|kids", "mouths to feed",
    "single mum|mom|parent|dad", "support|provide_for|feed|for my|our @kin",
    "my|our @kin ~3 depend|depends|rely|relies|count", "visa ~3 runs_out|expires|ends",
    // Need: what this job would mean to the writer.
    "need|needed this|the|a job|role|position|work|money|income|opportunity",
    "i_need|i_really_need ~2 this|it", "desperately|desperate",
    "change|changes everything|my_life|our_lives", "mean|means|meant the_world|everything",
    "not just a job", "my|our|the last|only chance|hope|shot", "mean|means so much",
    // Taking anything.
    "@take ~3 any @anyjob", "@take ~2 anything|whatever|wherever|anywhere",
    "whatever you need|want|like|require|have|say|ask|decide", "whatever it takes",
    "any @anyjob ~2 at_all|you_have|going", "anything at all",
    "somewhere|anywhere|anything ~1 at all", "get started|back|in|a_foot somewhere|anywhere",
    "@take ~3 for free|nothing", "@take ~3 lower|less|a_lower salary|pay|money|wage",
    // Stepping down to get in: "I'd happily start on a lower grade", "take a junior post".
    "@take ~3 lower|lesser|junior|more_junior @anyjob|grade|band|level|title",
    // The job as a rescue: "it would be a lifeline for us at home".
    "this|job|role|position|work|opportunity ~2 would|could ~3 @rescue",
    "would|it'd|could ~3 @rescue",
    "this|job|role|position|work|opportunity ~2 would|could ~2 turn ~3 around",
    // Grateful for anything at all: "I'd be grateful for anything you could offer".
    "grateful|glad|thankful for ~1 anything",
    // Grateful for any chance at all: the writer taking whatever is given.
    "grateful|glad|thankful for any chance|opportunity|role|position|job|shift|work ~1 "
      + "at_all|whatsoever|going|you_have|you_can_offer|offered",
    "pay|salary cut", "even unpaid|part-time|temporary|a_trial", "any time|hour ~2 day|night",
    // Pleading.
    "please ~2 hire|choose|pick|consider me|my_application", "please give me", "please please",
    "please don't ~2 reject|pass|give_up|forget", "i beg|begging", "i'm begging",
    "give me a|one|another chance|shot|try|go", "i just want|need ~3 chance|start|work|job|get",
    "i promise ~3 better|best|hard|won't|will", "won't|will_not let you down",
  ].map { WordPattern($0, classes) }

  /// Cues that are need only when nothing else is going on in the sentence: looking for work,
  /// struggling, proving oneself, praying. Each says need in "I've been struggling since the
  /// plant shut" and nothing of it in "I've been struggling to find a gym that opens early, so
  /// your 5am slots caught my ear": one weak cue in a sentence that names a thing of the
  /// employer's (the note's point, by the composer's judgement) is not enough.
  static let weakPatterns: [WordPattern] = [
    "been|i've_been|i'm looking|searching|applying for ~2 work|job|jobs|a_job|roles|positions",
    "been|i've_been|i'm|i_am struggling", "prove myself", "pray|praying",
  ].map { WordPattern($0, classes) }

  /// The first need, circumstance, offer to take anything or plea the writer makes about
  /// themselves: a sentence that does not speak about the writer ("your team had a tough
  /// year") is not theirs to plead.
  static func fault(in sentence: SentenceReading) -> String? {
    for pattern in patterns + weakPatterns {
      guard let range = sentence.find(pattern) else { continue }
      if sentence.isNegated(at: range.lowerBound) { continue }
      // The writer's circumstances are theirs: the sentence must speak about them.
      // "Desperate" says it of anyone; other needs are only the writer's when they speak.
      // So is the job as a rescue: "this job would be a lifeline" can only be the writer's.
      let matched = sentence.texts[range]
      let inherent =
        matched.contains { ["desperate", "desperately"].contains($0) }
        || ["this", "job", "role", "position", "work", "opportunity"].contains(matched.first ?? "")
          && matched.contains { (classes["rescue"] ?? []).contains($0) || $0 == "around" }
      guard inherent || sentence.isAboutSelf || sentence.texts.first == "haven't" else {
        continue
      }
      if isPolite(sentence, range) { continue }
      if weakPatterns.contains(where: { $0 === pattern }),
        namesTheirThing(sentence, besides: Set(sentence.texts[range]))
      {
        continue
      }
      // The cue's own clause must be the writer's: "I was interested in how you keep the café
      // financially afloat" and "it struck me that the shop has had a tough few months" speak
      // of the employer's straits, whatever "I" opens the sentence with.
      if !inherent, sentence.isOthersClause(at: range.lowerBound) { continue }
      // A circumstance over and done, told to explain why their thing struck home: "I was made
      // redundant myself years ago, so your retraining fund hit home". Its clause says so
      // ("ago"), and the sentence goes on to the employer.
      if !inherent, sentence.mentionsEmployer, isOverAndDone(sentence, range) { continue }
      return sentence.quote(range)
    }
    return nil
  }

  /// Whether the sentence names a thing of the employer's by the composer's judgement, its
  /// weak cue aside: the weight a point needs (`NoSpecificTopicRule.weight`, read without the
  /// faults, which would ask this rule again).
  private static func namesTheirThing(_ sentence: SentenceReading, besides cue: Set<String>)
    -> Bool
  {
    let extractor = TopicExtractor(context: ExtractionContext(company: nil, interviewers: []))
    let ignored = NoSpecificTopicRule.anyEmployer.union(SpecificWords.pleasantries).union(cue)
    return NoSpecificTopicRule.weight(sentence, extractor, ignored, readsFaults: false) >= 2
  }

  /// Whether the clause of a circumstance places it in a past that is over: "years ago",
  /// "long ago", "a decade ago" (spans of time: a closed class).
  private static func isOverAndDone(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    var end = range.upperBound
    while end < words.count, !SentenceReading.clauseOpeners.contains(words[end]),
      !NoSpecificTopicRule.clauseEnds(sentence, before: end)
    {
      end += 1
    }
    // Years back, not weeks: "laid off a month ago, so your trial shift ..." is still going on.
    let spans: Set<String> = ["years", "year", "decade", "decades", "long", "ages"]
    return (range.lowerBound + 1..<end).contains {
      words[$0] == "ago" && spans.contains(words[$0 - 1])
    }
  }

  /// "Any questions", "whatever you need from me to decide", "if there's anything else":
  /// offers of help, not of taking anything.
  private static func isPolite(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let after = sentence.texts[range.upperBound...].prefix(3)
    let within = sentence.texts[range]
    let words = sentence.texts
    if within.contains(where: { ["anything", "whatever", "any"].contains($0) }) {
      if after.contains(where: { ["else", "further", "more", "from", "questions"].contains($0) }) {
        return true
      }
      if words[..<range.lowerBound].suffix(4).contains(where: { ["if", "know"].contains($0) }) {
        return true
      }
    }
    return false
  }

  static func why(_ quote: String) -> String {
    "\(quote) sounds desperate. A follow-up is stronger when it's calm: show interest, not need."
  }

  static func whyInSentence(_ quote: String) -> String {
    "\(quote) sounds desperate, and a calm note is stronger."
  }
}
