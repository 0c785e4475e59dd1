/// A topic whose shape the phrase check faults, said in a grammar that holds it.
///
/// The judge of tuning 12 faulted topics that kept the person's words but lost their grammar:
/// a time left on a thing when its verb was cut ("the new exotics clinic in January"), a verb
/// whose subject was cut ("open new drop in on Saturdays"), a time opening a clause ("this
/// winter they plant 10 000 trees"), talk reported around the thing ("greg kept on about the
/// new intergenerational program"). Each has a repair that keeps what was said and adds no
/// claim: a plan said with a time becomes "your plans for ..." (the time is the plan's, and a
/// plan is what a thing with a time to come and a verb of change is); a subjectless verb of
/// change becomes "your plans to ..."; an opening time moves to the end, and a bare present
/// beside it becomes the progressive English uses for an arranged plan; the talk is dropped to
/// the thing talked about. A time that cannot be read as to come is cut, leaving the thing.
///
/// ```swift
/// TopicReshaping.reshaped("new exotics clinic in January")
/// // "your plans for new exotics clinic in January" (the article is `TopicArticles`')
/// TopicReshaping.reshaped("this winter they plant 10 000 trees along the river")
/// // "you are planting 10 000 trees along the river this winter"
/// ```
enum TopicReshaping {
  /// The topic as the note says it, before its articles: a shape the phrase check faults is
  /// reshaped first, and left so (the older repair, `TopicRepair`, would cut the plan it
  /// makes back to a thing); any other is repaired, then reshaped. The gate reads this too,
  /// so what it vouches for is what the note prints.
  static func said(_ text: String) -> String {
    // "you are bring ...": a certain bare verb after "be" in its "-ing" form first, so every
    // later reading sees the progressive (`TopicRepair.progressiveAfterBe`).
    // Then the complements its verbs and times need ("bringing in", "opening in 2027"), and
    // no purpose left without its object ("to fix") (`TopicRepair+Complements`).
    let mended = TopicRepair.complemented(TopicRepair.progressiveAfterBe(text))
    let text = TopicRepair.withoutPurpose(mended) ?? mended
    let reshaped = reshaped(text)
    return reshaped != text
      ? TopicRepair.determinersSupplied(reshaped) : self.reshaped(TopicRepair.repaired(text))
  }

  /// The topic in a shape the check passes, or itself when its shape is not one of these.
  static func reshaped(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    var lower = words.map(TopicPhraseCheck.plain)
    guard words.count >= 2 else { return text }
    // "ayeing the garden": assent made a verb is no part of the thing.
    if TopicPhraseCheck.isChatGerund(lower[0]) {
      return reshaped(words.dropFirst().joined(separator: " "))
    }
    // "the plan is to launch in the UAE next year": a plan said with "is to" is the plan,
    // whose verb a noun slot keeps only as "your plans to ..." (its object alone, "the UAE",
    // would lose the launch).
    if words.count >= 5, ["the", "their", "our", "your"].contains(lower[0]),
      ["plan", "aim", "idea", "goal", "hope"].contains(lower[1]), ["is", "was"].contains(lower[2]),
      lower[3] == "to", TopicRepair.gerund(of: lower[4]) != nil
    {
      return "your plans to " + words.dropFirst(4).joined(separator: " ")
    }
    // "greg kept on about the new program": the thing talked about.
    if let about = TopicPhraseCheck.talkReport(lower) {
      return reshaped(words.dropFirst(about + 1).joined(separator: " "))
    }
    // "this winter they plant ...": the time said last, where a clause keeps it.
    if let time = TopicPhraseCheck.openingTime(lower), time < lower.count,
      TopicGrammar.subjects.contains(lower[time])
    {
      words = Array(words[time...] + words[..<time])
      lower = words.map(TopicPhraseCheck.plain)
    }
    // "you change to the new products and not change towels": the first clause, whole.
    if let joint = lower.indices.dropFirst(2).first(where: {
      lower[$0] == "and" && $0 + 1 < lower.count && lower[$0 + 1] == "not"
    }) {
      words = Array(words[..<joint])
      lower = Array(lower[..<joint])
    }
    if let progressive = progressive(words, lower) { return progressive }
    if let verb = bareVerbAfterThing(lower) {
      // "the new freezer section open in February": the thing and what it does, said as
      // the thing doing it ("the new freezer section opening in February").
      if let gerund = TopicRepair.gerund(of: lower[verb]) {
        words[verb] = gerund
        return words.joined(separator: " ")
      }
    }
    let joined = words.joined(separator: " ")
    guard TopicGrammar.form(of: joined) == .nounPhrase else { return joined }
    // "open new drop in on Saturdays": a plan whose subject was lost.
    if TopicPhraseCheck.isBareVerbPhrase(lower, words) {
      // "open new drop in": a singular thing after the verb takes its article.
      let head =
        lower.indices.dropFirst(2).first(where: { TopicRepair.prepositions.contains(lower[$0]) })
        .map { lower[$0 - 1] } ?? lower[lower.count - 1]
      if TopicRepair.bareAdjectives.contains(lower[1]), !head.hasSuffix("s") {
        words.insert(TopicRepair.article(before: lower[1]), at: 1)
      }
      return "your plans to " + words.joined(separator: " ")
    }
    guard let time = TopicPhraseCheck.trailingTime(lower), time >= 1,
      !TopicPhraseCheck.hasVerb(lower[..<time]),
      !TopicPhraseCheck.takesTime(lower[..<time])
    else { return joined }
    var thing = Array(words[..<time])
    // "opening a second shop ... in spring": the employer's plan with its subject lost, said
    // as the clause it was.
    if lower[0].hasSuffix("ing"), lower[0].count > 4, !TopicPhraseCheck.ingNouns.contains(lower[0])
    {
      return "you are " + joined
    }
    let toCome =
      lower[time...].contains { ["next", "coming", "soon"].contains($0) }
      || lower[..<time].contains("new")
    guard toCome else { return thing.joined(separator: " ") }
    // "your plans for your drive thru": the owner is said once.
    if ["your", "their", "our"].contains(lower[0]) { thing[0] = "the" }
    return (["your", "plans", "for"] + thing + words[time...]).joined(separator: " ")
  }

  /// "they plant 10 000 trees ... this winter": a subject and a bare present beside a time to
  /// come, or a change said with "to" ("you change to the new products"), in the progressive
  /// that English uses for an arranged plan; the employer's "they" is the reader.
  static func progressive(_ words: [String], _ lower: [String]) -> String? {
    guard words.count >= 3, ["you", "they", "we"].contains(lower[0]), isBarePresent(lower[1]),
      let gerund = TopicRepair.gerund(of: lower[1]),
      // "you dey bring": a second verb after the first is no English the note can mend.
      !TopicPhraseCheck.bareVerbs.contains(lower[2])
    else { return nil }
    let subject = lower[0] == "we" ? "we" : "you"
    // "you start roasting your own beans next year": the plan is the roasting, "you are
    // roasting ...", never "starting roasting".
    if lower[2].hasSuffix("ing"), lower[2].count > 4 {
      guard ["start", "begin"].contains(lower[1]),
        TopicCompletion.hasFutureTime(lower)
          || TopicPhraseCheck.trailingTime(lower) != nil
      else { return nil }
      return ([subject, "are"] + words.dropFirst(2)).joined(separator: " ")
    }
    // "you get 4 electric trucks in February for local deliveries": a month or season named
    // anywhere beside a verb of change dates the plan as well as one said last does.
    let dated = VouchedTopic.timePhrase(lower).map { time in
      lower[time.start..<time.end].contains(where: TopicPhraseCheck.isDatedTime)
    }
    let toCome =
      TopicCompletion.hasFutureTime(lower) || TopicPhraseCheck.trailingTime(lower) != nil
      || dated == true && TopicPhraseCheck.changeVerbs.union(["get", "buy"]).contains(lower[1])
    let change = ["change", "switch", "move"].contains(lower[1]) && lower[2] == "to"
    // "they design the new children's hospital in Leeds": one new thing as the object of a
    // plain present is work under way, which English says in the progressive ("you are
    // designing the new children's hospital"); the plain present says a habit (tuning 38's
    // by054 printed "you design the new children's hospital").
    let underWay = lower.count >= 4 && ["the", "a", "an"].contains(lower[2]) && lower[3] == "new"
    // "they build own smokehouse in the back yard": a verb of making told of the employer,
    // with its object bare as second-language speech says it, is their plan
    // (`TopicCompletion.plannedVerbs`); the clause is printed, not a thing from it (tuning
    // 46's co007 had printed "the back yard"). An object with its article ("you start a
    // breakfast club") is the reader's new thing, said as such below.
    let making =
      TopicCompletion.plannedVerbs.contains(lower[1])
      && !["a", "an", "the"].contains(lower[2])
    guard toCome || change || underWay || making, !TopicCompletion.statives.contains(lower[1]),
      !unplanned.contains(lower[1]), lower[2] != "to" || change
    else { return nil }
    var object = Array(words.dropFirst(2))
    // "you open second building next door": a singular thing after a bare adjective, which
    // second-language speech says without its article, takes "a" as the object of a plan
    // ("you are opening a second building"), as the subjectless plan does (`reshaped`).
    let head =
      lower.indices.dropFirst(3).first(where: {
        TopicRepair.prepositions.contains(lower[$0]) || lower[$0] == "next"
      }).map { lower[$0 - 1] } ?? lower[lower.count - 1]
    if TopicRepair.bareAdjectives.contains(lower[2]), !head.hasSuffix("s") {
      object.insert(TopicRepair.article(before: lower[2]), at: 0)
    }
    // "build own smokehouse": "own" stands after its owner, the reader the subject names.
    if lower[2] == "own" { object.insert(subject == "we" ? "our" : "your", at: 0) }
    return ([subject, "are", gerund] + object).joined(separator: " ")
  }

  /// Where a bare verb stands straight after a thing opened by a determiner, with nothing or a
  /// complement after it: "the new freezer section open in February", "their second site
  /// open next to the station". Second-language reported speech drops the verb's ending; the
  /// thing is what the verb says of it, and "-ing" says it without choosing a tense or an
  /// agreement the person never said. Nil for a verb that states rather than acts ("the
  /// team need ..."), a name, or a word after the determiner ("the open day").
  static func bareVerbAfterThing(_ lower: [String]) -> Int? {
    guard lower.count >= 3, ["the", "your", "their", "our"].contains(lower[0]) else {
      return nil
    }
    var index = 1
    while index < lower.count, index <= 4, isThingWord(lower[index]) { index += 1 }
    guard index >= 2, index < lower.count, TopicPhraseCheck.bareVerbs.contains(lower[index]),
      !TopicCompletion.statives.contains(lower[index]), lower[index] != "do"
    else { return nil }
    let next = index + 1 < lower.count ? lower[index + 1] : ""
    // "the Ireland launch", "the office move": a word that names an event as well as doing
    // it, said last, is the thing's head, never a verb with nothing to do.
    if next.isEmpty, TopicPhraseCheck.eventNouns.contains(lower[index]) { return nil }
    guard
      next.isEmpty || TopicRepair.prepositions.contains(next)
        || TopicGrammar.determiners.contains(next) || ["next", "soon", "this"].contains(next)
    else { return nil }
    return index
  }

  /// A word of a thing's name before its verb: letters, no function word, verb form or time.
  private static func isThingWord(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy({ $0.isLetter || $0 == "-" })
      && !VouchedTopic.function.contains(word) && !TopicPhraseCheck.bareVerbs.contains(word)
      && !VouchedTopic.isTimeWord(word) && !VouchedTopic.isIngForm(word)
      && !VouchedTopic.isPast(word) && !word.hasSuffix("ly")
  }

  /// Verbs of saying, knowing and feeling, and pasts not made with "-ed": never a plan's verb.
  static let unplanned: Set<String> = [
    "say", "said", "tell", "told", "think", "thought", "know", "knew", "hope", "reckon", "mean",
    "meant", "guess", "feel", "felt", "see", "saw", "like", "love", "hate", "believe", "wish",
    "seem", "dey", "hear", "heard", "mention", "explain", "ask", "asked", "sent", "came", "went",
    "gave", "left", "kept", "found", "began", "bought", "brought", "paid", "sold", "spent",
  ]

  /// A verb in its plain form: letters, no "-s", "-ed", "-ing" or "-ly", and no auxiliary,
  /// adverb or "to".
  static func isBarePresent(_ word: String) -> Bool {
    guard word.count >= 3, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
    if VouchedTopic.isIngForm(word) || word.hasSuffix("ed") || word.hasSuffix("ly") { return false }
    if word.hasSuffix("s") && !word.hasSuffix("ss") { return false }
    return !TopicGrammar.auxiliaries.contains(word) && !TopicRepair.verbAuxiliaries.contains(word)
      && !TopicPhraseCheck.adverbs.contains(word) && !TopicRepair.irregularPasts.contains(word)
      && !["got", "put", "set", "let", "cut"].contains(word)
  }
}
