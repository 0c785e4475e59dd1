/// A plan reported with a bare verb beside a future time, said in the tense English uses for
/// it, keeping who does it.
///
/// "she say the site in coventry get new robots next year": the judge faulted the verb, and the
/// older repair cut the topic to its object ("new robots next year"), which lost what made it
/// this employer's (the site). English reports an arranged plan in the present progressive,
/// so the verb is mended rather than cut: "the site in Coventry is getting new robots next
/// year", "you're opening a new café next month". Only with a future time in the topic, where
/// the progressive is the one reading; a bare verb with no time could be a past ("she say they
/// get funding") and is left to the cut. Stative verbs ("need", "want", "have") take no
/// progressive, a name typed in lower case in the subject ("the site in coventry") cannot be
/// printed, and an "-ing" object ("you start roasting ...") would read "starting
/// roasting", so both are left to the cut too.
///
/// ```swift
/// TopicCompletion.progressive("the site in Coventry get new robots next year")
/// // "the site in Coventry is getting new robots next year"
/// ```
extension TopicCompletion {
  /// The topic with its bare verb in the progressive, or nil when it has no such verb beside
  /// a future time.
  static func progressive(_ text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let lower = words.map(TopicPhraseCheck.plain)
    // "they build own smokehouse in the back yard": a verb of making or changing, told of
    // the employer in the bare present, is their plan as surely as one beside a future time
    // (tuning 51's cy030, tuning 46's co007); a bare "get" or "need" may be a past or a state.
    let plans =
      lower.count > 1 && ["you", "they", "we"].contains(lower[0])
      && plannedVerbs.contains(lower[1])
    guard words.count >= 4, hasFutureTime(lower) || plans else { return nil }
    let verb: Int
    let auxiliary: String
    if TopicPhraseCheck.agreementProblem(lower) != nil,
      let found = lower.indices.dropFirst(2).first(where: {
        TopicPhraseCheck.bareVerbs.contains(lower[$0])
      })
    {
      verb = found
      auxiliary = "is"
    } else if ["you", "they", "we"].contains(lower[0]),
      TopicPhraseCheck.bareVerbs.contains(lower[1]) || plans,
      TopicPhraseCheck.tenseProblem(lower) != nil || plans
    {
      verb = 1
      auxiliary = "are"
    } else {
      return nil
    }
    // "the site in coventry": a name typed in lower case after a preposition cannot be
    // vouched for in the note, so the subject is not kept and the cut applies.
    let unvouched = (1..<verb).contains { index in
      TopicRepair.prepositions.contains(lower[index - 1])
        && words[index].first?.isLowercase == true
        && !TopicGrammar.determiners.contains(lower[index])
    }
    guard !unvouched, verb + 1 < words.count, !statives.contains(lower[verb]),
      !lower[verb + 1].hasSuffix("ing"), lower[verb + 1] != "to",
      let gerund = TopicRepair.gerund(of: lower[verb])
    else { return nil }
    return (words[..<verb] + [auxiliary, gerund] + words[(verb + 1)...]).joined(separator: " ")
  }

  /// "next year", "this spring", "soon": a time still to come.
  static func hasFutureTime(_ lower: [String]) -> Bool {
    for index in lower.indices {
      if ["soon", "tomorrow"].contains(lower[index]) { return true }
      if ["next", "this", "coming"].contains(lower[index]), index + 1 < lower.count,
        TopicPhraseCheck.futureUnits.contains(lower[index + 1])
      {
        return true
      }
    }
    return false
  }

  /// Verbs of making or changing that tell a plan in the bare present.
  static let plannedVerbs: Set<String> = [
    "build", "open", "start", "launch", "introduce", "change", "move", "switch", "expand",
    "install", "create", "develop", "add", "convert", "refurbish", "renovate", "extend",
  ]

  /// Verbs of state, which English does not put in the progressive for a plan.
  static let statives: Set<String> = ["need", "want", "have", "use", "plan"]
}
