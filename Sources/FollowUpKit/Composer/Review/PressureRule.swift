/// `pressure`: the writer setting a time or an action for the employer's decision.
///
/// Leave the timing to them: a calm close reads as more confident. Read by meaning: a time
/// for the decision ("please could you confirm the outcome by Wednesday", "I'd need to know
/// where I stand by Monday"), the writer's own move to chase it ("I'll give you a ring on
/// Monday to hear your decision", "I'll check in next week"), any move of theirs made for the
/// answer ("Will pop back in Weds so you can let me know either way"), being told it at a time
/// ("if you could tell me one way or the other by Friday"), other offers as leverage, or
/// asking when the answer comes. "I look forward to hearing from you" and "I'll send you the
/// article by Friday" are not: no time is set for their decision.
struct PressureRule: SentenceJudgingRule {
  static let code = Finding.Code.pressure

  static let classes: [String: [String]] = [
    "day": [
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
      "today", "tonight", "noon", "midday", "lunchtime", "cob", "eod", "eow", "weekend",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "tues", "weds",
      "thur", "thurs",
    ],
    "when": [
      "the end of", "end of", "close of", "the close of", "the weekend", "this week", "next week",
      "the week", "the start of", "start of", "the middle of", "mid", "the 1st", "the 15th",
    ],
    // The employer's decision, or word of it.
    "decision": [
      "decision", "decisions", "decide", "decided", "outcome", "answer", "offer", "result",
      "results", "news", "update", "response", "respond", "reply", "verdict", "confirm",
      "confirmation", "feedback", "know", "hear", "hearing", "heard", "where i stand",
      "next steps", "go ahead", "green light", "yes or no", "back to me",
      // Being told it, whichever way it goes: "tell me one way or the other".
      "tell me", "tell us", "either way", "one way or the other", "one way or another",
    ],
    // Chasing them: calling, checking in; not sending something.
    "contact": [
      "call", "ring", "phone", "chase", "check in", "check back", "follow up", "follow-up",
      "touch base", "pop in", "pop by", "drop in", "drop by", "come by", "get in touch",
      "give you a ring", "give you a call", "give you a bell", "give your office a ring",
      "give your office a call", "reach out", "be in touch", "contact you", "ping", "stop by",
      "check with", "check on", "nudge", "pop into", "pop in to", "drop into", "come in",
      "come into",
      "call in", "call into", "swing by", "nip in", "nip into", "stop in",
    ],
    // The decision itself, not word of it: "hear from you soon" is a warm close, "decide soon"
    // a push.
    "verdict": [
      "decision", "decisions", "decide", "decided", "deciding", "outcome", "answer", "offer",
      "verdict", "result", "results", "yes or no", "confirm", "confirmation", "a yes",
    ],
    "future": [
      "i'll", "i will", "i'm going to", "i am going to", "i plan to", "i intend to", "i shall",
      "i'll be", "i'll try to", "i'll aim to", "expect me to",
    ],
    "time": [
      "next", "tomorrow", "in a few", "in a couple", "in a week", "in two", "later", "first thing",
      "end of", "if i haven't", "if i don't", "if i have not", "if i do not", "if there's no",
      "unless", "in the meantime", "again",
    ],
  ]

  static let patterns: [WordPattern] = [
    // A time for the decision: "confirm the outcome by Wednesday", "an answer before Friday".
    "@decision ~8 by|before|within|until|no_later_than|latest ~3 @day|@when|#",
    "by|before|no_later_than ~3 @day|@when ~8 @decision",
    // Before something of the writer's own: "your decision before I go on holiday".
    "@decision ~8 before|by i|i'm|i've|my",
    "@decision ~8 within|in * hours|days|working_days|week|weeks",
    "@decision ~6 as_soon_as_possible|asap|promptly|quickly|urgently|soon_as_you_can",
    "@verdict ~4 soon|shortly|quickly|fast|sooner|promptly",
    "let_me_know|get_back_to_me|hear_back|an_answer|a_decision|your_decision|the_outcome ~2 "
      + "today|tomorrow|tonight|this_week|next_week|this_weekend|@day",
    // Asked to be told, or answered, at a time: "can you tell me tomorrow if I can start?",
    // "kindly revert at the earliest".
    "tell_me|tell_us|inform_me|revert|respond|reply|get_back ~2 today|tomorrow|tonight|this_week|"
      + "at_the_earliest|at_your_earliest|asap|@day",
    "sooner rather than later", "time-sensitive|time_sensitive|time_critical",
    "can't|cannot|won't|will_not|couldn't ~4 wait ~2 long|longer|forever|much|indefinitely",
    "hold_on|hold_out|keep_waiting ~2 much|for|long|longer",
    "as_soon_as_possible|asap|urgently|urgent", "at your earliest convenience",
    // The writer's own move to chase it: "I'll ring your office on Friday".
    "@future ~5 @contact ~8 @day|@when|@time|@decision",
    // A move of the writer's whose purpose is their answer, however the move is worded: "I'll
    // pop back in on Weds so you can let me know", "I'll come by next week to find out if I
    // got it".
    "@future ~10 so_you_can|so_that_you_can|so_you_could|so_you're_able_to ~3 @decision",
    "@future ~10 to_hear|to_find_out|to_see|to_check|to_learn ~3 @verdict|whether_i|if_i|"
      + "where_i_stand|where_things|where_you|how_things|either_way|one_way_or_the_other",
    "if_i|if_i've|unless_i ~2 haven't|don't|hear|heard ~6 @future|i'll|i_will",
    "if_i|unless_i haven't|don't|do_not heard|hear ~4 by|before|@day",
    // Asking when: "when can I expect to hear", "how soon will you decide".
    "when ~2 can|will|should|might|would|do i ~3 expect|hear|know|get",
    "when ~2 will|do|are you ~3 decide|deciding|let|make|get_back",
    "when you'll|you'd|you're|you_will ~3 decide|deciding|making|make|know|have|let|get",
    "expect|expecting ~2 an|the|your offer|decision|answer|contract",
    // Leverage: other offers and deadlines of the writer's own.
    "another|other|competing|second|rival|existing|pending offer|offers", "offer from|elsewhere",
    "offer|offers on the table", "have|got|received|holding|hold an|another offer",
    "another firm|company|employer|agency|organisation|organization|bank|school|hospital",
    "final stages|stage|round|rounds with|elsewhere",
    "other companies|agencies|firms|employers|interviews|processes|applications|opportunities",
    "another interview|process|role|position|job|company|firm|employer",
    "been|got offered", "had|have|received|got an_offer|a_job_offer|a_firm_offer",
    "other|another option|options",
    "irons in the fire", "weighing up|weighing_my options|offers",
    "i've|i'm|i_have|i_am|i'd ~5 elsewhere",
    // Another job held off for their answer: "I'm holding off on the Deliveroo kitchen job
    // till Friday", "holding off on replying to another practice until I've heard".
    "holding_off|hold_off|holding_out|sitting_on|putting_off ~8 job|offer|role|position|place|"
      + "practice|firm|company|replying|answering|accepting|signing",
    "my deadline|deadlines", "i_have|i've_got|there's a deadline",
    "need|have to ~3 give ~3 an_answer|a_decision|my_answer",
    "need|have to ~3 know ~8 by|before|soon|@day", "need|have to plan around",
    "need an|a|your answer|decision",
    "let me know your decision", "know your decision",
    "look|looking forward to your decision|offer",
  ].map { WordPattern($0, classes) }

  /// Asking after word of the decision, in a question: "any news on the job?", "Any word
  /// yet?", "havent heard anything yet?", "Do you have an update on the timeline?". The
  /// question asks for the answer now, which sets its time; the same words stated ("any
  /// feedback would be welcome") ask nothing, so only a question is read this way.
  static let askingAfter: [WordPattern] = [
    "any|an ~1 news|update|updates|word|decision|outcome",
    "heard|hear ~1 anything|back|yet",
  ].map { WordPattern($0, classes) }

  /// Whether news asked after is of the decision: said alone ("any news?") or of the job,
  /// the application or the process ("any news on the job?", "an update on the timeline?"),
  /// not of something of theirs ("any news from the council about the shop front?"). The
  /// words for the hiring are a closed class, so a list.
  static func asksAfterTheDecision(_ sentence: SentenceReading, after range: Range<Int>) -> Bool {
    let words = sentence.texts
    guard range.upperBound < words.count,
      ["on", "about", "from", "of", "regarding", "re", "with"].contains(words[range.upperBound])
    else { return true }
    let hiring: Set<String> = [
      "job", "role", "position", "post", "application", "decision", "interview", "outcome",
      "vacancy", "me", "my", "timeline", "timescale", "process", "it", "things",
    ]
    return words[(range.upperBound + 1)..<min(words.count, range.upperBound + 4)].contains(
      where: hiring.contains)
  }

  /// Whether a note presses for the decision by more than asking after news of it: in a
  /// check-in, asking after the news ("Is there any news on the timeline?") is what the note
  /// is for, and only a time set, a chase announced or leverage still presses.
  static func pressesBeyondAsking(_ draft: ReviewedDraft) -> Bool {
    draft.readings.contains { !pressingRanges(in: $0, first: true, asking: false).isEmpty }
  }

  static func fault(in sentence: SentenceReading) -> String? {
    pressingRanges(in: sentence, first: true).first.map(sentence.quote)
  }

  /// The words of a sentence that press for the decision, each a cue of this rule that the
  /// sentence bears out: the first only, or all of them (so another rule can leave words
  /// already told as pressure to this one).
  static func pressingRanges(
    in sentence: SentenceReading, first: Bool = false, asking: Bool = true
  ) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for pattern in patterns {
      guard let range = sentence.find(pattern) else { continue }
      // "We had no other offers of help": a negated offer is not leverage.
      if sentence.isNegated(at: range.lowerBound) { continue }
      if !isAboutTheDecision(sentence, range) { continue }
      if isTheirTiming(sentence, range) { continue }
      ranges.append(range)
      if first { break }
    }
    if asking, ranges.isEmpty || !first, sentence.original.trimming(" \t\n").hasSuffix("?") {
      for pattern in askingAfter {
        guard let range = sentence.find(pattern), !sentence.isOthersClause(at: range.lowerBound),
          asksAfterTheDecision(sentence, after: range)
        else { continue }
        ranges.append(range)
        if first { break }
      }
    }
    return ranges
  }

  /// Whether the sentence is about the employer's decision and the writer's timing of it: not
  /// "I'll send the article on Monday", "as soon as I got home I read your report", or "your
  /// offer of a tour".
  private static func isAboutTheDecision(_ sentence: SentenceReading, _ range: Range<Int>)
    -> Bool
  {
    let words = sentence.texts
    let matched = words[range]
    // The writer asks or says it: "couples have to decide by noon" is someone else's timing.
    let speaker: Set<String> = SentenceReading.selfWords.subtracting(["me", "my", "mine"])
      .union([
        "please", "could", "can", "would", "kindly", "let", "appreciate", "grateful", "hope",
        "hoping", "hopefully", "need", "ideally", "appreciated", "keen", "must", "wait",
      ])
    // A question is the writer's own: "Any idea when you'll decide?"
    let asks = sentence.original.trimming(" \t\n").hasSuffix("?")
    if !asks, !sentence.part(around: range).contains(where: speaker.contains) { return false }
    // "Decide" is theirs to do about the writer: "when you decide", not "they have to decide".
    if let index = matched.firstIndex(where: { $0 == "decide" || $0 == "decided" }),
      matched.first == sentence.texts[index]
    {
      let before = words[max(0, index - 3)..<index]
      if !before.contains(where: { ["you", "you'll", "you've", "team", "panel"].contains($0) }) {
        return false
      }
    }
    // "As soon as I got home": an answer without a decision.
    if matched.contains("soon") || matched.contains("asap") || matched.contains("urgently")
      || matched.contains("urgent")
    {
      let decisive: Set<String> = [
        "decision", "decide", "outcome", "answer", "offer", "know", "hear", "respond", "reply",
        "update", "confirm", "result", "news", "back", "response",
      ]
      if !words.contains(where: { decisive.contains($0) }) { return false }
    }
    // "Your offer of a tour", "an offer to show me round": an offer the employer made to help.
    if matched.contains("offer") || matched.contains("offers") {
      if let index = words.firstIndex(where: { $0 == "offer" || $0 == "offers" }),
        index + 1 < words.count, ["of", "to"].contains(words[index + 1]),
        words[..<index].last.map({ ["your", "kind", "the"].contains($0) }) ?? false
      {
        return false
      }
    }
    // "Other opportunities for training", "other interviews you ran": other things of theirs.
    if let last = matched.last,
      [
        "companies", "agencies", "firms", "employers", "interviews", "processes", "applications",
        "interview", "process", "role", "position", "job", "option", "options",
        "opportunities", "firm", "company", "employer", "agency", "organisation", "organization",
        "bank", "school", "hospital",
      ].contains(last)
    {
      let before = words[..<range.lowerBound].suffix(6)
      let leverage: Set<String> = [
        "i", "i'm", "i've", "i'd", "with", "from", "talking", "considering", "weighing",
      ]
      if !before.contains(where: { leverage.contains($0) }) { return false }
    }
    // The writer's own move must be about the decision or at a time: "I'll call in at the
    // shop on Saturday for the sourdough" is neither unless it chases them.
    return true
  }

  /// Whether the time in a match is the employer's own, not one the writer sets: the time
  /// stands in a later clause about them ("I loved hearing how your team prays together
  /// before the big Sunday service": the service is at that time, no decision is), or they
  /// are the ones who said it ("I remember you said the decision will be made by the end of
  /// the month"). A request keeps the writer setting it: "could you let me know by Friday",
  /// "if you could decide by then".
  static func isTheirTiming(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    let last = range.upperBound - 1
    // A clause of theirs with a modal in it is what the writer asks of them or moves for: "so
    // you can let me know either way".
    let modals: Set<String> = [
      "could", "can", "would", "will", "might", "should", "may", "must", "you'll", "you'd",
    ]
    // Only the time is read so: the decision itself may well be in a clause of theirs ("to see
    // how the decision is going").
    let decisionWords = Set(
      ((classes["decision"] ?? []) + (classes["verdict"] ?? [])).flatMap {
        $0.split(separator: " ").map(String.init)
      })
    if !decisionWords.contains(words[last]),
      let start = sentence.clauseStart(before: last), start > range.lowerBound,
      sentence.isOthersClause(at: last), !words[start...last].contains(where: modals.contains)
    {
      return true
    }
    // Their word reported: "you" or "they" as the subject of a verb of saying or expecting,
    // before the decision ("you said the decision will be made by ..."). Those verbs are
    // a closed class, read by their stems.
    let reporting = [
      "said", "say", "mention", "told", "explain", "expect", "plan", "hope", "aim", "think",
      "thought", "reckon", "estimat", "promis", "confirm", "indicat", "anticipat",
    ]
    for index in max(0, range.lowerBound - 5)..<range.lowerBound
    where ["you", "they"].contains(words[index]) && index + 1 < range.lowerBound {
      let verb = words[index + 1]
      if reporting.contains(where: verb.hasPrefix) { return true }
    }
    return false
  }

  static func why(_ quote: String) -> String {
    "\(quote) presses for a decision. Leave the timing to them: a calm close reads as more confident."
  }

  static func whyInSentence(_ quote: String) -> String {
    "\(quote) presses for a decision; leave the timing to them."
  }
}
