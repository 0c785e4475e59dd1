/// `no-specific-topic`: nothing in the draft names something of this employer.
///
/// A note that could go to any employer is not worth sending: mention one specific thing you
/// talked about. A thing is specific when it names something of theirs (a place, a project, a
/// product, a change, an event, a thing their team did), whatever the grammar around it. The
/// words are read by the composer's own judgement of a topic (`TopicExtractor.specificWords`,
/// the scoring it ranks topics with), less what any employer could be told: the role's name,
/// the company's, and the praise every note uses ("your fast-paced environment", "your
/// commitment to quality"). What the writer says of themselves (their CV, their need, their
/// performance, "since my gym shut") names nothing of theirs.
///
/// Passes: "the music afternoons your volunteers run for the patients", "how your team moved
/// member complaints into one shared queue". Flagged: "I enjoyed learning about the Recruitment
/// Consultant role and the company", "your team's dedication to patient care".
struct NoSpecificTopicRule: ReviewRule {
  static let code = Finding.Code.noSpecificTopic

  func finding(in draft: ReviewedDraft) -> Finding? {
    guard Self.pointSentences(draft).isEmpty else { return nil }
    return finding(
      "Nothing in it comes from this interview: it could go to any employer. Mention one specific thing you talked about."
    )
  }

  /// The sentences that name something of this employer, most specific first: the draft's
  /// own points, which a rewrite keeps.
  static func pointSentences(_ draft: ReviewedDraft) -> [SentenceReading] {
    var scored: [(sentence: SentenceReading, weight: Int, order: Int)] = []
    for (order, sentence) in draft.readings.enumerated() {
      let weight = draft.pointWeights[order]
      if weight >= 2 { scored.append((sentence, weight, order)) }
    }
    return scored.sorted { ($0.weight, -$0.order) > ($1.weight, -$1.order) }.map(\.sentence)
  }

  /// The weight of each of the draft's sentences, 0 for a sign-off: what `pointSentences` and
  /// `SeveralPointsRule` read, computed once for the draft (`ReviewedDraft.pointWeights`).
  static func pointWeights(_ draft: ReviewedDraft) -> [Int] {
    let extractor = TopicExtractor(
      context: ExtractionContext(
        company: draft.company, interviewers: draft.interviewers.map(\.full)))
    let ignored = anyEmployer.union(roleWords(draft)).union(SpecificWords.pleasantries)
    return draft.readings.map { sentence in
      isSignOff(sentence) ? 0 : weight(sentence, extractor, ignored)
    }
  }

  /// How much a sentence names of the employer: two for each name ("Leeds", "Pharmacy First"),
  /// one for each other specific word; nothing for a sentence about the writer alone.
  static func weight(
    _ sentence: SentenceReading, _ extractor: TopicExtractor, _ ignored: Set<String>,
    readsFaults: Bool = true
  ) -> Int {
    if readsFaults {
      return weightOfFaults(sentence) ?? weight(sentence, extractor, ignored, readsFaults: false)
    }
    return thingsWeight(sentence, extractor, ignored)
  }

  /// Nothing, for a sentence of the writer's case, need or push; nil when it is none of them.
  private static func weightOfFaults(_ sentence: SentenceReading) -> Int? {
    // The writer's case: about them, not about the employer.
    // A background clause that the rest of the sentence uses is not the whole sentence: "Having
    // done my degree in Leeds, I know how much the placements on Ward 9 matter".
    if let (claim, _) = CoverLetterRule.weigh(sentence),
      claim >= 2
        || !sentence.mentionsEmployer && CoverLetterRule.restAfterOpeningClause(sentence) == nil
    {
      return 0
    }
    // Their need, and their push for a decision: about the writer's timing, not the employer.
    // (A poor answer owned up to still names the question it was about.)
    if DesperationRule.fault(in: sentence) != nil || PressureRule.fault(in: sentence) != nil {
      return 0
    }
    return nil
  }

  /// The weight of the employer's things a sentence names, its faults aside.
  private static func thingsWeight(
    _ sentence: SentenceReading, _ extractor: TopicExtractor, _ ignored: Set<String>
  ) -> Int {
    let own = ownedWords(sentence).union(stockWords(sentence)).union(courtesyWords(sentence))
      .union(NonThingWords.words(in: sentence))
    var seen: Set<String> = []
    var weight = 0
    var hasWord = false
    for word in extractor.specificWords(in: sentence.original) {
      let bare = word.text.hasSuffix("'s") ? String(word.text.dropLast(2)) : word.text
      guard !seen.contains(bare), !ignored.contains(bare), !own.contains(bare) else { continue }
      guard word.isNumber || bare.count >= 3 else { continue }
      seen.insert(bare)
      if word.isNumber {
        weight += 1
      } else {
        hasWord = true
        weight += word.isName ? 2 : 1
      }
    }
    // A thing of theirs named by a specific word before a generic head ("the allotment
    // project", "the mentoring scheme"): the head names what kind of thing, the word before it
    // which one, so together they weigh what a name does.
    let texts = sentence.texts
    for (index, head) in texts.enumerated()
    where index > 0 && genericHeads.contains(head) && seen.contains(texts[index - 1])
      && !seen.contains(head)
    {
      seen.insert(head)
      weight += 1
    }
    // A question of the interview named by its matter ("the question about conflict in a
    // team", "the scenario on the tenant with the arrears"): the matter says which question,
    // and a question asked in this interview is a thing of it, as a named project is.
    for (index, head) in texts.enumerated()
    where interviewHeads.contains(head) && index + 2 < texts.count
      && ["about", "on", "of"].contains(texts[index + 1]) && !seen.contains(head)
    {
      // The matter is a word of content, not a pronoun or a word any employer is told:
      // "the question about conflict in a team" names it; "the question about it" does not.
      // It is the interviewer's matter even in a clause of the writer's ("I froze on the
      // question about prioritising"), so the writer's words are not set aside here.
      // "The question about my strengths" is about the writer, a question any interview asks.
      var end = index + 2
      while end < min(texts.count, index + 6), !clauseEnds(sentence, before: end) { end += 1 }
      let matter = texts[(index + 2)..<end]
      guard !matter.contains(where: SentenceReading.selfWords.contains),
        matter.contains(where: {
          seen.contains($0)
            || $0.count >= 4 && !ignored.contains($0)
              && !SentenceReading.clauseOpeners.contains($0)
              && !SentenceReading.othersAsSubject.contains($0)
              && !SentenceReading.selfWords.contains($0)
        })
      else { continue }
      seen.insert(head)
      // The question and its matter weigh what a name does, as a named project does.
      weight += matter.contains(where: seen.contains) ? 1 : 2
      hasWord = true
    }
    // What their team does, told with its own verb and its object ("you bake everything on
    // site", "the team answers every customer email within an hour"): the verb, and the
    // people and places it is done to, name a practice of theirs.
    if let practice = practice(in: sentence, ignored: ignored.union(own)) {
      for word in practice where !seen.contains(word) {
        seen.insert(word)
        hasWord = true
        weight += 1
      }
    }
    // A number alone is a date or a time: "on the 14th".
    return hasWord ? weight : 0
  }

  /// The generic heads of a named thing of theirs: what kind of thing it is, never which.
  /// A closed class of nouns, so a list.
  static let genericHeads: Set<String> = [
    "project", "projects", "scheme", "schemes", "initiative", "initiatives", "programme",
    "program", "service", "services", "plan", "plans", "product", "products", "app", "system",
  ]

  /// The parts of an interview that a note can name by their matter: "the question about
  /// ...", "the case study on ...". A closed class of nouns, so a list.
  static let interviewHeads: Set<String> = [
    "question", "questions", "scenario", "task", "exercise", "case", "presentation",
  ]

  /// The employer's people, places and customers in general. Alone they name no employer
  /// ("your customers", "the site"); as the object of something their team does ("you bake
  /// everything on site") they say where or to whom, which makes the practice theirs. A
  /// closed class of generic nouns, so a list.
  static let practiceObjects: Set<String> = [
    "site", "premises", "building", "office", "customer", "customers", "client", "clients",
    "patient", "patients", "staff", "employees", "members", "product", "products", "service",
    "services", "department",
  ]

  /// The words that do not make a verb: auxiliaries and modals, which carry the tense of
  /// another verb ("you have", "they will"). A closed class, so a list.
  static let auxiliaries: Set<String> = [
    "are", "is", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "also", "all", "both",
  ]

  /// The words of a practice of theirs in a sentence: a clause whose subject is the employer
  /// ("you", "they", "we", or "the team", "your nurses": a determiner and one noun) and whose
  /// verb, the very next word, is a verb of doing that is no praise and no courtesy; then the
  /// verb and the generic people and places of the rest of the clause. Nil when the sentence
  /// has no such clause: "you have a great team", "your team truly lives its values" (an
  /// adverb where the verb should be), "you deliver great service" (a verb of any employer).
  static func practice(in sentence: SentenceReading, ignored: Set<String>) -> [String]? {
    let texts = sentence.texts
    for (index, word) in texts.enumerated() {
      var verbIndex: Int?
      if ["you", "they", "we"].contains(word) {
        verbIndex = index + 1
      } else if ["the", "your", "their"].contains(word), index + 2 < texts.count,
        index == 0 || SentenceReading.clauseOpeners.contains(texts[index - 1])
          || clauseEnds(sentence, before: index)
      {
        verbIndex = index + 2
      }
      guard let verbIndex, verbIndex < texts.count else { continue }
      let verb = texts[verbIndex]
      guard verb.count >= 3, !auxiliaries.contains(verb), !ignored.contains(verb),
        !Lexicon.stopwords.contains(verb), !SpecificWords.pleasantries.contains(verb),
        !NonThingWords.isAdverb(verb), !verb.contains("'"),
        verb.hasSuffix("s") || ["you", "they", "we"].contains(word)
      else { continue }
      var words = [verb]
      var next = verbIndex + 1
      while next < texts.count, !clauseEnds(sentence, before: next),
        !SentenceReading.clauseOpeners.contains(texts[next])
      {
        if practiceObjects.contains(texts[next]) { words.append(texts[next]) }
        next += 1
      }
      return words
    }
    return nil
  }

  /// "Best regards, Nadia" at the end of a one-line message: a sign-off, whose name is the
  /// writer's.
  static func isSignOff(_ sentence: SentenceReading) -> Bool {
    let openers: Set<String> = [
      "best", "regards", "kind", "warm", "warmest", "cheers", "thanks", "many", "all", "yours",
      "sincerely", "speak", "talk", "with", "take", "thank",
    ]
    guard let first = sentence.texts.first else { return false }
    return sentence.texts.count <= 4 && openers.contains(first)
  }

  /// The words of a sentence that are the note's courtesy, not a thing of the employer's: the
  /// verb of what was done for the writer ("for inviting me", "the time you gave me": a word
  /// right before "me" is a verb or a preposition, never a thing); the name closing a message
  /// after a comma ("Have a good week, Ellie": the writer signing, or the reader addressed);
  /// and a wish for the reader's own time ("Hope the rest of your week goes well", "Enjoy the
  /// weekend"), whose span of time and verbs name nothing of theirs. A wish for a thing of theirs
  /// keeps it: "Hope the Leeds launch goes well" still names the launch.
  static func courtesyWords(_ sentence: SentenceReading) -> Set<String> {
    let texts = sentence.texts
    var words: Set<String> = []
    for (index, word) in texts.enumerated() where word == "me" && index > 0 {
      words.insert(texts[index - 1])
    }
    if let last = sentence.words.last, texts.count > 1,
      !sentence.original.trimming(" \t\n").hasSuffix("."),
      !sentence.original.trimming(" \t\n").hasSuffix("?"),
      clauseEnds(sentence, before: texts.count - 1),
      sentence.original.dropFirst(last.start).first?.isUppercase ?? false
    {
      words.insert(last.text)
    }
    if let first = texts.first(where: { $0 != "i" && $0 != "and" }), wishes.contains(first),
      texts.contains(where: timeSpans.contains)
    {
      words.formUnion(timeSpans)
      words.formUnion(["go", "goes", "going", "went", "well", "smoothly", "nice", "relaxing"])
    }
    return words
  }

  /// The verbs a closing wish opens with: "Have a good week", "Hope the rest of your day goes
  /// well", "Enjoy the weekend", "Wishing you a restful break".
  static let wishes: Set<String> = ["have", "hope", "hoping", "enjoy", "wishing", "wish"]

  /// The reader's own spans of time, which a closing wish is about.
  static let timeSpans: Set<String> = [
    "rest", "remainder", "week", "weekend", "day", "evening", "afternoon", "morning", "break",
    "holiday", "holidays", "summer", "christmas", "easter", "half-term", "bank",
  ]

  /// The writer's own things and the writer described: the words that follow "my", at most
  /// three ("my gym", "my current branch"), and those of "I'm a ..." up to the clause's end
  /// ("I'm a passionate team player who loves a challenge"). Either is about the writer, not
  /// about anything of the employer's.
  static func ownedWords(_ sentence: SentenceReading) -> Set<String> {
    var own: Set<String> = []
    let texts = sentence.texts
    for (index, word) in texts.enumerated() where ["my", "mine", "myself"].contains(word) {
      for next in texts[(index + 1)..<min(texts.count, index + 4)] { own.insert(next) }
    }
    // "I am also proficient in HPLC, LIMS and SAP", "I'm bilingual in Polish": the writer's
    // abilities, up to where the sentence turns to them ("..., which would help your depot").
    for (index, word) in texts.enumerated() where ability.contains(word) && index > 0 {
      let before = texts[max(0, index - 3)..<index]
      guard before.contains(where: { $0 == "i'm" || $0 == "im" || $0 == "am" }) else { continue }
      for next in texts[index...] {
        if ["which", "that", "so", "because", "as"].contains(next)
          || SentenceReading.employerWords.contains(next)
        {
          break
        }
        own.insert(next)
      }
    }
    for (index, word) in texts.enumerated() where ["a", "an"].contains(word) && index > 0 {
      let before = texts[index - 1]
      guard
        before == "i'm" || before == "im"
          || (before == "am" && index > 1 && texts[index - 2] == "i")
      else { continue }
      var next = index + 1
      while next < texts.count, next - index <= 8, !clauseEnds(sentence, before: next),
        !["so", "and", "but", "which"].contains(texts[next])
      {
        own.insert(texts[next])
        next += 1
      }
    }
    return own
  }

  /// What the writer says they are able in: "I'm fluent in", "I am also proficient in".
  static let ability: Set<String> = [
    "proficient", "fluent", "bilingual", "trilingual", "experienced", "skilled", "certified",
    "qualified", "trained", "familiar", "competent", "adept", "versed", "well-versed", "licensed",
  ]

  /// Whether a comma, semicolon or dash stands between a word and the one before it: the end
  /// of a clause.
  static func clauseEnds(_ sentence: SentenceReading, before index: Int) -> Bool {
    guard index > 0 else { return false }
    let gap = sentence.original.dropFirst(sentence.words[index - 1].end)
      .prefix(sentence.words[index].start - sentence.words[index - 1].end)
    return gap.contains { ",;:\u{2013}\u{2014}".contains($0) } || gap.contains(" - ")
  }

  /// The words of the stock phrases in a sentence ("a rockstar team", "take things to the next
  /// level"): a stock phrase is by definition what any employer could be told.
  static func stockWords(_ sentence: SentenceReading) -> Set<String> {
    let lowered = SearchedText(sentence.texts.joined(separator: " "))
    var words: Set<String> = []
    for phrase in ClicheRule.phrases where lowered.contains(phrase) {
      words.formUnion(phrase.split(separator: " ").map(String.init))
    }
    return words
  }

  /// What any employer could be told: praise, the words of a job advert and of a company's
  /// values, its people and places in general. None of them says which employer it is.
  static let anyEmployer: Set<String> = [
    // Praise and feelings.
    "environment", "fast-paced", "fast", "paced", "dynamic", "thrive", "thriving", "confident",
    "asset", "valuable", "family", "heart", "ground", "running", "inspiring", "inspired",
    "dedicated", "dedication", "honoured", "honored", "passion", "passionate", "eager", "keen",
    "contribute", "contributing", "bring", "mission", "vision", "ethos", "atmosphere",
    "welcoming", "friendly", "supportive", "professional", "amazing", "incredible", "brilliant",
    "great", "fantastic", "awesome", "insightful", "informative", "productive", "pleasant",
    "enjoyable", "conversation", "chat", "discussion", "meeting", "truly", "really", "very",
    "much", "part", "such", "join", "joining", "opportunity", "excellent", "impressive",
    "impressed", "genuinely", "learning", "learn", "learned", "learnt", "about", "base", "sure",
    "believe", "certain", "perfect", "ideal", "candidate", "skills", "strong", "motivated", "fit",
    "enthusiasm", "enthusiastic", "interest", "interested", "continued", "remain", "position",
    "vacancy", "opening", "post", "application", "consideration", "considering", "organisation",
    "organization", "workplace", "values", "growth", "future", "success", "successful",
    "exciting", "challenges", "above", "beyond", "extra", "mile", "people", "person", "energy",
    "vibe", "earlier", "lovely", "time", "taking", "hit", "player", "ready", "real", "shone",
    "shine", "came", "clear", "clearly", "obvious", "evident", "proud", "pride", "love",
    "wonderful", "special", "unique", "innovative", "innovation", "excellence", "quality",
    "commitment", "committed", "standards", "reputation", "approach", "culture", "collaborative",
    "collaboration", "inclusive", "inclusion", "diversity", "diverse", "sustainability",
    "sustainable", "community", "communities", "impact", "difference", "making", "ambitious",
    "ambition", "ambitions", "direction", "heading", "journey", "goals", "priorities", "focus",
    "projects", "project", "initiatives", "initiative", "plans", "work", "doing", "place",
    "industry", "sector", "field", "market", "customer", "customers", "client", "clients",
    "service", "services", "care", "patient", "patients", "staff", "employees", "members",
    "support", "products", "product", "solutions", "technology", "operations", "department",
    "everyone", "everybody", "whole", "day-to-day", "everyday", "daily", "involved", "involves",
    "responsibilities", "expectations", "detail", "details", "insight", "insights", "knowledge",
    "expertise", "helpful", "kind", "warm", "open", "honest", "generous", "approachable",
    "explaining", "answering", "answered", "questions", "sharing", "share", "offer", "offered",
    "offering", "provide", "provided", "providing", "deliver", "delivering", "help", "helping",
    "excited", "exciting", "excitement", "fascinated", "forward", "next", "steps", "stage",
    "process", "hearing", "discussed", "potential", "possible", "possibility", "chance",
    "contribution", "add", "value", "best", "well", "good", "fantastic", "lucky", "privilege",
    "honour", "honor", "grateful", "thankful", "appreciated", "valued", "tour", "premises",
    "facilities", "office", "site", "building", "space", "world", "life", "career", "role",
    "company", "team", "teams", "business", "firm", "organisation's", "company's", "team's",
    // Verbs and words of a note's own talk, which name no thing.
    "need", "needs", "know", "knew", "give", "given", "stand", "promise", "better", "wrong",
    "show", "prove", "say", "saying", "think", "feel", "seem", "include", "includes",
    "especially", "particularly", "wish", "trust", "wait", "waiting", "hopefully", "getting",
    "definitely", "certainly", "absolutely", "able", "happy", "delighted", "thrilled", "okay",
    "able", "keep", "updated", "update", "informed", "reply", "response", "touch", "soon",
    "news", "decision", "outcome", "hear", "back", "contact", "reach", "feel", "free",
    "further", "questions", "regards", "sincerely", "warmest", "warm", "wishes", "kindest",
    // Chat about the talk itself and its people in general.
    "connecting", "connected", "chatting", "guys", "folks",
    // A note's own moves: restating interest, dropping a line, coming away keener.
    "reiterate", "reiterating", "restate", "restating", "drop", "away", "even",
    "keener", "greetings", "conducted", "esteemed", "assure", "align", "aligns",
  ]

  /// The words of the role's name: "the Recruitment Consultant role" names the job they
  /// advertised, not something said in the interview.
  static func roleWords(_ draft: ReviewedDraft) -> Set<String> {
    // Not "opening" or "post": "the new cross-dock at Immingham opening in the spring" names
    // their thing, not the job.
    let roleNouns: Set<String> = ["role", "position", "job", "vacancy"]
    // ... but "the import coordinator post", "the kitchen porter opening": a post named for
    // the one who holds it, an agent noun, is the job.
    let agentEndings = ["or", "er", "ist", "ant", "ent", "ian", "ive"]
    let postNouns: Set<String> = ["post", "opening"]
    let stops: Set<String> = [
      "the", "this", "your", "a", "an", "for", "about", "of", "to", "as", "our", "my", "at",
      "in", "on", "with", "and", "from", "new",
    ]
    var words: Set<String> = []
    for sentence in draft.readings {
      for (index, word) in sentence.texts.enumerated()
      where roleNouns.contains(word)
        || postNouns.contains(word) && index > 0
          && agentEndings.contains(where: sentence.texts[index - 1].hasSuffix)
      {
        var back = index - 1
        while back >= 0, index - back <= 4, !stops.contains(sentence.texts[back]) {
          words.insert(sentence.texts[back])
          back -= 1
        }
      }
    }
    return words
  }
}
