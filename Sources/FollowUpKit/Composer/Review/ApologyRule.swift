/// `apology`: the writer judging their own interview performance negatively, or trying to make
/// amends for it.
///
/// Don't use the note to make amends: it draws attention to what you'd rather they forgot.
/// Read by meaning: the writer as the one who did badly ("I waffled on the question about
/// Consumer Duty", "I wasn't at my sharpest on the forecasting question", "I took far too long
/// on the stress calculation"), their answer judged poor ("my answer on budgets was muddled"),
/// a hope that it did no harm ("hope it didn't colour the rest"), a correction of an answer
/// ("I wanted to clarify my answer"), shame at what they did ("I'm still mortified about
/// arriving late"), a doubt that they showed it ("I don't think I got my experience across"),
/// their mind failing them ("my mind went blank"), their work short of what they meant ("the
/// presentation didn't go as I'd hoped")
/// and any apology. "Sorry to have missed your colleague",
/// "sorry to hear about the flood" and "your team struggled with the old system" are not.
struct ApologyRule: SentenceJudgingRule {
  static let code = Finding.Code.apology

  static let classes: [String: [String]] = [
    "i": ["i", "i'd", "i've", "i'm", "im", "ive"],
    // Doing badly, as what the writer did.
    "fail": [
      "waffled", "rambled", "stumbled", "froze", "blanked", "fumbled", "flubbed", "botched",
      "muddled", "mumbled", "panicked", "babbled", "misspoke", "misread", "misunderstood",
      "hesitated", "faltered", "overran", "overthought", "undersold", "flopped", "bombed",
      "choked", "messed up", "mixed up", "garbled", "fluffed", "dried up", "floundered",
      "struggled", "forgot", "ran out of time", "went blank", "went on too", "went on a bit",
      "went off on", "lost my train", "lost my thread", "lost my nerve", "lost my words",
      "lost track", "talked too", "spoke too", "took too", "took far", "took a long", "took ages",
      "got flustered", "got nervous", "got muddled", "got confused", "got mixed", "got tongue-tied",
      "made a mess", "made a hash", "made a mistake", "made mistakes", "made an error",
      "made a slip", "never really got", "never quite got", "never got to", "couldn't answer",
      "couldn't remember", "couldn't recall", "couldn't think", "couldn't explain",
      "couldn't give", "couldn't find the words", "didn't do myself", "did not do myself",
      "didn't answer", "did not answer", "didn't explain", "did not explain", "didn't come across",
      "didn't express", "didn't manage", "didn't perform", "didn't give a", "didn't give the",
      "didn't get my", "didn't say", "didn't sell", "talked over", "interrupted",
      "let myself down", "regret", "regretted",
    ],
    // How the writer was, or how an answer of theirs was.
    "poor": [
      "nervous", "flustered", "rattled", "unprepared", "underprepared", "under-prepared",
      "muddled", "confused", "rushed", "unclear", "messy", "clumsy", "incomplete",
      "long-winded", "rambling", "disjointed", "shaky", "weak", "poor", "vague", "garbled",
      "half-baked", "tongue-tied", "scattered", "all over the place", "off form", "off my game",
      "a mess", "not great", "not good", "too long", "too much", "far too long", "far too much",
      "too vague", "too quiet", "below par", "nerves", "jittery", "anxious", "wrong",
    ],
    // How the writer or an answer should have been: a judgement only with a negation.
    "good": [
      "clear", "concise", "articulate", "sharpest", "best", "finest", "strongest", "justice",
      "prepared", "focused", "confident", "myself", "on form", "structured", "coherent",
      "sense",
    ],
    // The writer's shame at what they did: a judgement of their own conduct, however worded.
    "shame": [
      "embarrassed", "mortified", "ashamed", "cringe", "cringing", "cringed", "kicking myself",
      "annoyed with myself", "annoyed at myself", "cross with myself", "frustrated with myself",
      "disappointed with myself", "disappointed in myself", "beating myself up", "red-faced",
    ],
    // What the writer did in the room: answering, showing, handling.
    "showing": [
      "did", "do", "done", "went", "go", "gone", "got", "get", "perform", "performed", "present",
      "presented", "interview", "interviewed", "answer", "answered", "explain", "explained",
      "show", "showed", "handle", "handled", "express", "expressed", "sell", "sold", "come",
      "came", "put",
    ],
    "answer": [
      "answer", "answers", "response", "responses", "presentation", "explanation", "attempt",
      "example", "examples", "pitch", "reply", "case study", "solution", "calculation", "demo",
      "performance", "interview", "task", "exercise", "test",
    ],
    // What the writer wishes they had done.
    "regret": [
      "said", "mentioned", "explained", "answered", "prepared", "asked", "done", "been",
      "given", "talked", "spoken", "gone", "brought", "thought", "focused", "focussed", "shown",
      "kept", "stopped", "checked", "read", "slowed", "paused", "used", "practised", "practiced",
    ],
  ]

  static let patterns: [(WordPattern, needsNegation: Bool)] = [
    // Any apology: "sorry I", "I apologise", "apologies for my".
    ("sorry|apologies|apology|apologise|apologize|apologising|apologizing|forgive|pardon", false),
    ("excuse my", false),
    // The writer doing badly: "I waffled", "I was so nervous", "I wasn't at my sharpest".
    ("@i ~3 @fail", false), ("@i ~4 @poor", false), ("@i ~4 @good", true),
    ("@i ~2 got|had * ~2 wrong|muddled|backwards|confused|mixed", false),
    ("@i ~2 should_have|should've|wish|could_have|could've ~2 @regret", false),
    ("could_have|could've done|been|explained|answered|put better|clearer|more", false),
    // The writer ashamed of what they did: "I'm still mortified about arriving late".
    ("@i ~3 @shame", false),
    // The writer left unsaid, ashamed of what they then did: "Bit embarrassed I turned up in
    // a state", "mortified that I was late", "embarrassed about being late".
    ("@shame ~1 @i|that_i|about_being|about_arriving|about_turning|about_my|by_my|at_my", false),
    // The impression the writer made, short of the one they meant: "not the first impression
    // I wanted".
    ("not ~2 impression ~2 @i ~1 wanted|hoped|meant|intended|planned|wanted_to", false),
    // Doubting their own showing: "I don't think I got my experience across", "I'm not sure I
    // ever got back on track". The negation stands before the writer, as a doubt.
    ("@i ~3 get|got|put|getting ~5 across", true),
    (
      "@i ~2 @showing ~5 well|justice|favours|favors|properly|back_on_track|on_track|"
        + "into_my_stride|my_best", true
    ),
    // Unhappy with how they did: "bit gutted with how I handled the stock question".
    (
      "gutted|annoyed|disappointed|unhappy|frustrated|cross|kicking_myself ~2 with|about|at|by "
        + "how|the_way @i ~2 @showing", false
    ),
    // The writer's mind failing them: "my mind went completely blank".
    ("my mind|head|brain ~3 blank|froze|emptied|scrambled|wandered|elsewhere|melted", false),
    // Their work fell short of what they meant: "the presentation didn't go as I'd hoped".
    ("my|the ~1 @answer ~6 as|how @i ~2 wanted|hoped|planned|intended|meant|liked|expected", true),
    // Their answer judged: "my answer ... was muddled", "my weak answer".
    ("my ~2 @answer ~6 @poor", false), ("my ~2 @answer ~6 @good", true),
    ("my @poor ~1 @answer", false),
    // Anything the writer did, judged poor: "my plating on the duck was rushed".
    ("my ~5 was|were ~2 @poor", false),
    // Hoping it did no harm, or making up for it.
    (
      "hope|hoping ~3 didn't|did_not|won't|doesn't|wasn't|will_not ~3 colour|color|count|affect|put|reflect|spoil|detract|overshadow|hurt|harm|matter|impact|cloud|undermine|weigh|distract|give|come",
      false
    ),
    ("make up for", false), ("make amends", false),
    ("clarify|correct|revisit|add_to|expand_on|revise|explain my ~3 @answer", false),
    ("what i meant", false), ("in my defence|defense", false),
    ("must|may|might have been frustrating|painful|awkward|annoying|confusing|tedious|hard", false),
    ("not ~2 my best|finest|strongest|sharpest", false), ("nerves ~3 got|better|took", false),
  ].map { (WordPattern($0.0, classes), $0.1) }

  /// "Sorry to hear", "sorry to have missed", "no need to apologise": sorry for someone else,
  /// or nobody's fault.
  static let exceptions: [WordPattern] = [
    "sorry to ~2 hear|miss|missed|have_missed|learn|read|see",
    "sorry for|about your|the ~2 loss|flood|fire|news|wait|delay|trouble|outage|storm",
    "no need to apologise|apologize", "excuse me for asking",
    "forgive ~2 email|mail|message|length|delay|late|lateness", "apologies for the delay",
    "sorry for the|my late|delay|delayed", "sorry ~2 email|message|length|late",
    // "I forgot to say I can start after Christmas": adding news, not judging the interview.
    "forgot to say|mention|add|tell|ask|include|note",
  ].map { WordPattern($0, classes) }

  static func fault(in sentence: SentenceReading) -> String? {
    let masked = exceptions.compactMap { sentence.find($0) }
    for (pattern, needsNegation) in patterns {
      guard let range = sentence.find(pattern) else { continue }
      if masked.contains(where: { $0.overlaps(range) }) { continue }
      let words = sentence.texts[range]
      // The writer is the one who did badly: "I think your team's answer was weak" is theirs.
      if let first = words.first, Set(classes["i"] ?? []).contains(first),
        words.contains(where: { SentenceReading.employerWords.contains($0) || $0 == "it's" })
      {
        continue
      }
      // "My first impression was that the team was rushed": a judgement of theirs, reported.
      if words.first == "my",
        words.contains(where: {
          SentenceReading.employerWords.contains($0) || ["that", "team", "staff"].contains($0)
        })
      {
        continue
      }
      // The negation may stand inside the judgement ("I wasn't at my sharpest") or just before
      // the writer, as their doubt ("I don't think I got it across").
      if needsNegation,
        !words.contains(where: { ["not", "never", "no"].contains($0) || $0.hasSuffix("n't") }),
        !sentence.isNegated(at: range.lowerBound)
      {
        continue
      }
      // "I wasn't embarrassed at all": shame denied is none.
      if !needsNegation,
        sentence.isNegated(at: range.lowerBound)
          || words.contains(where: { ["not", "never"].contains($0) || $0.hasSuffix("n't") }),
        words.contains(where: { (classes["shame"] ?? []).contains($0) })
      {
        continue
      }
      if isFeelingTurnedRound(sentence, range) { continue }
      if describesAThing(sentence, range) { continue }
      if isSympathy(sentence, range) || isRealisation(sentence, range) { continue }
      // "I felt embarrassed for the courier": shame on someone else's behalf is sympathy.
      if let last = words.last, (classes["shame"] ?? []).contains(last),
        range.upperBound + 1 < sentence.texts.count, sentence.texts[range.upperBound] == "for",
        !["me", "my", "myself", "being", "not", "how"].contains(
          sentence.texts[range.upperBound + 1])
      {
        continue
      }
      return sentence.quote(range)
    }
    return nil
  }

  /// "Sorry again that your colleague had to cover the tour", "sorry you had such a long
  /// day": sorry for something that befell the employer, in a clause of theirs, with nothing
  /// of the writer's after it, is sympathy. (It replaces a list of "sorry you", "sorry that
  /// we": who the sorrow is about is the clause's subject, however it is joined.)
  static func isSympathy(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    guard let first = words[range].first, ["sorry", "apologies"].contains(first) else {
      return false
    }
    var index = range.lowerBound + 1
    while index < words.count,
      ["again", "so", "very", "really", "that", "about", "for"].contains(
        words[index])
    {
      index += 1
    }
    guard index < words.count else { return false }
    // "Sorry you had to wait while I found my notes": the writer in it makes it theirs.
    return sentence.isOthersClause(at: index)
      && !words[index...].contains(where: SentenceReading.selfWords.contains)
  }

  /// "I loved the messy play room", "I liked your clear rota": a word of judgement after a
  /// determiner of someone else's thing describes that thing, not how the writer did. The
  /// writer's own thing ("my messy answer") and "a" ("I gave a weak answer") are left to judge.
  /// The determiners are a closed class, so a list.
  static func describesAThing(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    guard range.count >= 2, let last = words[range].last, (classes["poor"] ?? []).contains(last)
    else { return false }
    let before = words[range.upperBound - 2]
    return [
      "the", "your", "their", "its", "this", "that", "these", "those", "our", "his", "her",
    ].contains(before)
  }

  /// "I forgot how much I missed hospital pharmacy": forgetting how much, how good, what a
  /// thing something is tells a realisation, not a slip in the room.
  static func isRealisation(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    guard let last = words[range].last, ["forgot", "forgotten"].contains(last),
      range.upperBound + 1 < words.count
    else { return false }
    let next = words[range.upperBound]
    let after = words[range.upperBound + 1]
    return next == "how"
      && ["much", "good", "great", "nice", "lovely", "fun", "busy"].contains(after)
      || next == "what" && after == "a" || next == "just" && after == "how"
  }

  /// The writer's feelings on the day, as against how they did: nerves are a state, not a
  /// performance. A closed class (the few words for being nervous), so a list.
  static let feelings: Set<String> = [
    "nervous", "anxious", "jittery", "nerves", "flustered", "rattled", "tense",
  ]

  /// The words that turn a sentence round: what follows answers what came before.
  static let contrasts: Set<String> = ["but", "though", "although", "yet", "until", "till"]

  /// "I was nervous walking in, but you put me at ease": a feeling of the writer's that the
  /// same sentence hands over to the employer (their people the subject of the clause after
  /// "but", doing something for the writer) is thanks for how they were treated, not a judgement of how they did. Only a
  /// feeling is turned round this way; a performance judged poor ("I rambled, but you were
  /// patient") still apologises.
  static func isFeelingTurnedRound(_ sentence: SentenceReading, _ range: Range<Int>) -> Bool {
    let words = sentence.texts
    // The feeling closes the match ("I was nervous"); "nerves got the better of me" is how
    // they did.
    guard let last = words[range].last, feelings.contains(last) else { return false }
    guard
      let turn = words.indices.first(where: {
        $0 >= range.upperBound && contrasts.contains(words[$0])
      })
    else { return false }
    let subject = words[(turn + 1)..<min(words.count, turn + 3)]
    let theirs = SentenceReading.employerWords.union(["everyone", "everybody"])
    // They did something for the writer ("put me at ease", "made me a cup of tea"); "though
    // you probably noticed" still owns up to it.
    let clause = words[(turn + 1)...].prefix(8)
    return subject.contains(where: theirs.contains) && clause.contains("me")
  }

  static func why(_ quote: String) -> String {
    "\(quote) apologises for the interview. Don't use the note to make amends: it draws attention to what you'd rather they forgot."
  }

  static func whyInSentence(_ quote: String) -> String {
    "\(quote) apologises for the interview, and a follow-up shouldn't try to make amends."
  }
}
