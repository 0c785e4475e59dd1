/// What a message says happened after the interview, read clause by clause by meaning: who
/// acted and what they did, rather than one fixed phrase per way of saying it.
///
/// - Silence: the employer has not been in touch. A negation governing a word of contact ("no
///   mail", "not a word since", "they didnt reply", "nobody has got back"), or a clause that is
///   only "nothing" after the time that has passed ("3 weeks and NOTHING", "It's the 30th.
///   Nothing.", "still nothing from them"), or a word for the quiet itself ("radio silence").
/// - Chasing: the person wants to ask after the decision ("should i chase", "a wee nudge", "can
///   I text her to ask about the result", "follow up mail for status", "send another one").
/// - Rejection: the employer decided against the person. A negated decision ("we will not be
///   progressing", "didn't get it", "wasn't selected"), the decision going to someone else ("went
///   with someone else", "progress with other candidates"), an answer of no ("costa said no to
///   me", "reply to the no"), or the words for the news ("regret mail", "the dreaded email", a
///   quoted "Unfortunately").
/// - A later stage: the person met them again ("wanted me back", "had a call with the md after
///   the panel", "presented my case study", "final stage").
///
/// Conditionals and fears are not events: "if they reject me", "in case I don't hear" say
/// nothing happened.
struct OccasionCues: Hashable, Sendable {
  var silence = false
  var chasing = false
  var rejection = false
  var laterStage = false

  init(_ text: String) {
    let normal = text.replacingApostrophes()
    let quoted = normal.contains("\"") || normal.contains("“")
    for clause in Self.clauses(normal) {
      let words = Tokenizer.tokens(clause).filter(\.isWord).map(\.lower)
      guard !words.isEmpty, !Self.isHypothetical(words) else { continue }
      if Self.saysSilence(words) { silence = true }
      if Self.saysChasing(words) { chasing = true }
      // "i reckon they went with someone else": a guess is no decision (`OccasionGuess`).
      if Self.saysRejection(words, quoted: quoted), !OccasionGuess.isGuess(words) {
        rejection = true
      }
      if Self.saysLaterStage(words) { laterStage = true }
    }
  }

  /// Clauses split at sentence ends, commas, semicolons, dashes and line breaks.
  static func clauses(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      if ".!?;,\n:()+".contains(character) || character == "—" || character == "–" {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    result.append(current)
    return result.flatMap { $0.components(separatedBy: " - ") }
  }

  /// "if they reject me", "in case I don't hear back", "what if they say no".
  static func isHypothetical(_ words: [String]) -> Bool {
    words.contains("if") || containsRun(words, ["in", "case"])
      || words.contains { ["afraid", "scared", "worried", "hoping", "unless"].contains($0) }
  }

  static func containsRun(_ words: [String], _ run: [String]) -> Bool {
    guard run.count <= words.count else { return false }
    return (0...(words.count - run.count)).contains { Array(words[$0..<($0 + run.count)]) == run }
  }

  /// Whether a negation comes before one of `targets` within `window` words.
  static func negated(_ words: [String], _ targets: Set<String>, window: Int = 4) -> Bool {
    for (index, word) in words.enumerated() where targets.contains(word) {
      let before = words[max(0, index - window)..<index]
      if before.contains(where: negations.contains) { return true }
    }
    return false
  }

  /// "haven't heard back", "no reply", "no emails from them": no word came from them. Not
  /// "in Spain we don't do thank you emails" nor "i don't write emails much": a verb of the
  /// person's own doing, or the thank-you itself, between the negation and the word makes it
  /// about what the person does, not about a silence. Nor "my english is not perfect for
  /// formal emails" or "no need for anything too stiff": a preposition between them opens a
  /// phrase of its own, so the negation governs the word before it ("perfect", "need"), and
  /// the word of contact is only what that word is about. Nor "a text, not email": "not"
  /// right before a bare way of sending sets one channel against another (tuning 36's bu018,
  /// a thank-you text after a trial shift, had become a check-in).
  static func negatedContact(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() where contact.contains(word) {
      let before = words[max(0, index - 4)..<index]
      guard let negation = before.lastIndex(where: negations.contains) else { continue }
      let between = words[(negation + 1)..<index]
      if between.isEmpty, words[negation] == "not", Channel(reading: word) != nil { continue }
      // "nobody calls me maria": calling someone a name is naming, not a call (tuning 31's
      // bv124, at the name question, had become a check-in). "nobody called me back" is one.
      if ["call", "calls", "called"].contains(word), index + 2 < words.count,
        ["me", "her", "him", "them"].contains(words[index + 1]),
        !contactAfterCall.contains(words[index + 2])
      {
        continue
      }
      if between.contains(where: ownDoing.contains) { continue }
      if between.contains(where: scopeEnders.contains) { continue }
      return true
    }
    return false
  }

  /// Words after "called me" that keep it a call: "back", "yet", "about the job".
  static let contactAfterCall: Set<String> = [
    "back", "yet", "again", "since", "about", "after", "today", "yesterday", "at", "or", "and",
    "to", "anymore", "still", "with",
  ]

  /// Prepositions that open a phrase of their own inside a negation's reach: "not perfect
  /// for emails", "no need for anything", "not good with calls". "to" is not one ("haven't
  /// got round to a reply" is rare; "didn't get to hear back" is silence).
  static let scopeEnders: Set<String> = ["for", "with", "about", "at", "of", "in"]

  /// Verbs of the person's own doing, and the thank-you, in the scope of a negation.
  static let ownDoing: Set<String> = [
    "do", "write", "send", "know", "usually", "normally", "thank", "thanks", "really", "like",
  ]

  static let negations: Set<String> = [
    "no", "not", "nothing", "never", "haven't", "havent", "hasn't", "hasnt", "didn't", "didnt",
    "don't", "dont", "doesn't", "doesnt", "won't", "wont", "without", "zero", "nobody",
    "wasn't", "wasnt", "weren't", "werent", "isn't", "isnt", "aren't", "arent", "cannot",
    "can't", "cant", "nor", "neither",
  ]

  // MARK: - Silence

  static let contact: Set<String> = [
    "hear", "heard", "reply", "replied", "replies", "response", "responded", "respond", "word",
    "news", "mail", "email", "emails", "mails", "call", "called", "calls", "update", "updates",
    "back", "result", "results", "revert", "reverted", "contact", "contacted", "message",
    "messages", "answer", "answered", "feedback", "communication", "anything",
  ]

  /// Words that may stand with "nothing" in a clause that says only that nothing came.
  static let nothingCompany: Set<String> = [
    "nothing", "still", "and", "so", "far", "since", "yet", "from", "them", "back", "at", "all",
    "but", "till", "until", "now", "then", "absolutely", "literally", "just", "its", "it's",
    "been", "a", "an", "week", "weeks", "day", "days", "fortnight", "month", "months", "over",
    "later", "on", "and", "still", "yeah", "sadly", "as", "of", "today", "there", "has", "been",
  ]

  static func saysSilence(_ words: [String]) -> Bool {
    if words.contains(where: { ["ghosted", "crickets", "silence", "silent"].contains($0) }) {
      return true
    }
    if containsRun(words, ["gone", "quiet"]) || containsRun(words, ["went", "quiet"]) {
      return true
    }
    if negatedContact(words) { return true }
    // "nothing since", "3 weeks and NOTHING", "Nothing.": the clause says only that.
    if words.contains("nothing"),
      words.allSatisfy({ nothingCompany.contains($0) || Int($0) != nil })
    {
      return true
    }
    return false
  }

  // MARK: - Chasing

  static let chaseVerbs: Set<String> = [
    "chase", "chasing", "chaser", "nudge", "nudging", "prod", "poke", "remind", "reminder",
  ]
  static let decisionNouns: Set<String> = [
    "result", "results", "status", "outcome", "decision", "update", "progress", "timeline",
  ]

  static func saysChasing(_ words: [String]) -> Bool {
    if words.contains(where: chaseVerbs.contains) { return true }
    if containsRun(words, ["check", "in"]) || containsRun(words, ["checking", "in"])
      || words.contains("check-in")
    {
      return true
    }
    // "ask about the result", "follow up mail for status", "follow up on result".
    let asks = words.contains { ["ask", "asking", "follow", "followup", "follow-up"].contains($0) }
    if asks, words.contains(where: decisionNouns.contains) { return true }
    // "send another one", "a second follow up", "follow up again".
    let follow = words.contains { ["follow", "followup", "follow-up"].contains($0) }
    if follow, words.contains(where: { ["another", "again", "second"].contains($0) }) {
      return true
    }
    if containsRun(words, ["another", "one"]), words.contains(where: ["send", "sent"].contains) {
      return true
    }
    return false
  }

  // MARK: - Rejection

  static let decisions: Set<String> = [
    "progress", "progressing", "proceed", "proceeding", "forward", "selected", "successful",
    "shortlisted", "chosen", "hired", "considered", "moving",
  ]
  static let others: [[String]] = [
    ["someone", "else"], ["somebody", "else"], ["another", "candidate"],
    ["other", "candidates"], ["another", "applicant"], ["other", "applicants"],
    ["internal", "candidate"], ["another", "person"], ["other", "people"],
  ]

  static func saysRejection(_ words: [String], quoted: Bool) -> Bool {
    let news: Set<String> = [
      "rejection", "rejected", "rejecting", "regret", "unsuccessful", "dreaded",
    ]
    if words.contains(where: news.contains) { return true }
    if quoted, words.contains("unfortunately") { return true }
    if containsRun(words, ["turned", "down"]) || containsRun(words, ["turned", "me", "down"]) {
      return true
    }
    if negated(words, decisions, window: 3) { return true }
    // "didn't get it", "didnt get the job", "didn't make it".
    for (index, word) in words.enumerated() where word == "get" || word == "make" {
      let after = words.dropFirst(index + 1).prefix(2)
      let object = after.first.map { ["it", "the", "this", "that", "in"].contains($0) } ?? false
      if object, words[max(0, index - 2)..<index].contains(where: negations.contains) {
        if word == "get", after.first == "the",
          !after.contains(where: { ["job", "role", "position", "post", "offer"].contains($0) })
        {
          continue
        }
        return true
      }
    }
    // The place went to someone else.
    if others.contains(where: { containsRun(words, $0) }),
      words.contains(where: {
        ["went", "go", "chose", "choose", "picked", "offered", "gave", "with", "hired"]
          .contains($0)
      })
    {
      return true
    }
    // An answer of no: "they said no", "costa said no to me", "reply to the no", "got a no".
    for (index, word) in words.enumerated() where word == "no" && index > 0 {
      let previous = words[index - 1]
      let next = index + 1 < words.count ? words[index + 1] : nil
      let said = ["said", "says", "saying", "told", "a", "the"].contains(previous)
      if said, next == nil || next == "to" || next == "for" { return true }
    }
    return false
  }

  // MARK: - A later stage

  /// Words that say a meeting took place, as against a note written to someone.
  static let meetings: Set<String> = [
    "call", "called", "meeting", "met", "chat", "chatted", "spoke", "talked", "saw", "sat",
  ]

  static let seniors: Set<String> = [
    "md", "ceo", "cfo", "cto", "coo", "director", "founder", "cofounder", "co-founder",
    "partner", "vp", "president", "chairman", "chair", "owner", "boss",
  ]

  static func saysLaterStage(_ words: [String]) -> Bool {
    if containsRun(words, ["me", "back"]) || containsRun(words, ["case", "study"])
      || words.contains(where: { ["presentation", "presented", "presenting"].contains($0) })
      || containsRun(words, ["final", "stage"]) || containsRun(words, ["assessment", "centre"])
      || containsRun(words, ["assessment", "center"])
    {
      return true
    }
    // "a call with the md after the panel": a meeting after an earlier stage. The meeting must
    // be said: "a message to the boss after interview" is the first note to a senior person,
    // not a later round with them.
    if let after = words.firstIndex(of: "after"),
      words.dropFirst(after + 1).contains(where: { ["panel", "interview", "first"].contains($0) }),
      words.prefix(after).contains(where: { meetings.contains($0) })
    {
      return true
    }
    return false
  }
}
