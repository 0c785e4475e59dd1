/// Reads which note a person needs from what they say: "it's been two weeks and I haven't heard
/// back" is a check-in, "they turned me down" a reply to a rejection, "I've got a second
/// interview" or "they offered me the job" thanks after a later round.
///
/// Read by meaning, on phrases rather than single words, and minding the ones that say the
/// opposite ("I haven't been turned down", "no offer yet"). A first note is never "read": it is
/// what a conversation is without any of these.
struct OccasionReading: Hashable, Sendable {
  var occasion: Occasion
  var round: LaterRound?
  /// "I'd like to ask for feedback" said with the news.
  var feedback: Bool?
  /// The message asks for the change in so many words ("actually", "instead", "write a
  /// check-in"), so it may switch a conversation already under way.
  var explicit: Bool
  /// Read from what happened (`OccasionCues`) rather than from the occasion's own words: enough
  /// to choose at the start, not to switch a draft already written.
  var inferred = false
}

enum OccasionReader {
  /// The occasion a message tells of, or nil.
  static func read(_ text: String) -> OccasionReading? {
    guard !MessageText.isLong(text) || text.utf8.count <= 2000 else { return nil }
    let words = WordSplitter.words(text)
    guard !words.isEmpty else { return nil }
    let joined = " " + words.joined(separator: " ") + " "
    func has(_ phrases: [String]) -> Bool { phrases.contains { joined.contains(" \($0) ") } }
    let explicit = has(explicitMarkers)
    let feedback: Bool? = has(feedbackWishes) ? true : nil
    // "although I think I didn't get it" guesses: nothing was told, so no rejection reply.
    if has(rejection) && !has(notRejected) && OccasionGuess.tells(rejection, in: text) {
      return OccasionReading(
        occasion: .rejectionReply, feedback: feedback, explicit: explicit || has(rejectionNames))
    }
    // "even though I don't think I got the job" fears the opposite of an offer: a guess is no
    // news (tuning 49's cu036 had been thanked "for the offer" it never had).
    if has(offer) && OccasionGuess.tells(offer, in: text) || offeredTheJob(words), !has(noOffer) {
      return OccasionReading(occasion: .laterRound, round: .offer, explicit: explicit)
    }
    if let round = laterRound(words), !has(["first interview"]) || has(["second", "final"]) {
      return OccasionReading(
        occasion: .laterRound, round: .interview(round), explicit: explicit)
    }
    // "i want to send a thank you email, not heard anything yet": a thank-you asked for is the
    // first note, as in `inferred`; only a check-in named as such overrides it.
    if has(checkInNames) || has(silence) && !asksForThanks(text) {
      return OccasionReading(occasion: .checkIn, explicit: explicit || has(checkInNames))
    }
    if has(firstNoteNames) {
      return OccasionReading(occasion: .firstNote, explicit: true)
    }
    return inferred(text, explicit: explicit, feedback: feedback)
  }

  /// The occasion read from what happened when no phrase names it: a decision against the
  /// person, a later stage, or silence and the wish to chase it.
  static func inferred(_ text: String, explicit: Bool, feedback: Bool?) -> OccasionReading? {
    let cues = OccasionCues(text)
    if cues.rejection {
      return OccasionReading(
        occasion: .rejectionReply, feedback: feedback, explicit: explicit, inferred: true)
    }
    if cues.laterStage {
      return OccasionReading(
        occasion: .laterRound, round: .interview("next round"), explicit: explicit,
        inferred: true)
    }
    // "I had interview ... and I want to send thank you email": a thank-you asked for is the
    // first note, never a check-in read from a cue beside it. A decision against the person or
    // a later stage, read above, still names the note ("they said no but i want to send a thank
    // you anyway" is a reply to the rejection).
    if cues.silence || cues.chasing, !asksForThanks(text) {
      return OccasionReading(occasion: .checkIn, explicit: explicit, inferred: true)
    }
    return nil
  }

  /// Whether the message asks for a thank-you to be written or sent: a word of wanting or
  /// asking ("want", "need", "help", "can", "please", "like to") before a thank-you word, in
  /// the same clause, with no word saying it was sent already ("sent", "already", "wrote").
  /// "I want to send thank you email" asks for one; "I sent a thank you email two weeks ago"
  /// tells of one sent, and the silence after it is a check-in.
  static func asksForThanks(_ text: String) -> Bool {
    for clause in OccasionCues.clauses(text.replacingApostrophes()) {
      let words = Tokenizer.tokens(clause).filter(\.isWord).map(\.lower)
      guard let thanks = words.firstIndex(where: { $0.hasPrefix("thank") }) else { continue }
      if words.contains(where: thanksDone.contains) { continue }
      if words[..<thanks].contains(where: thanksWishes.contains) { return true }
    }
    return false
  }

  /// Words that ask for a note: the wish or the request before "thank you".
  static let thanksWishes: Set<String> = [
    "want", "wanna", "need", "needs", "help", "can", "could", "please", "pls", "like", "write",
    "send", "make", "draft",
  ]

  /// Words that tell of a thank-you already sent, or of one more after it.
  static let thanksDone: Set<String> = [
    "sent", "already", "wrote", "written", "emailed", "again", "another", "second",
  ]

  /// A first message that asks for help writing to someone without saying which note: "I need
  /// to write a follow-up email", "can you help me write a linkedin message", "what should i say
  /// to someone who interviewed me". A thank-you ("help me write a thank u note pls") names the
  /// first note, today's common flow, so it never brings the menu.
  ///
  /// Read as a request (a verb of writing or sending with a word that asks: help, need, how,
  /// what, should, can) about someone from the process, not as the facts it may also carry: those
  /// are kept while the menu asks which note.
  static func isVagueRequest(_ text: String) -> Bool {
    let words = Tokenizer.tokens(text.replacingApostrophes()).filter(\.isWord).map(\.lower)
    guard words.count <= 30, !words.contains(where: { $0.hasPrefix("thank") }) else {
      return false
    }
    // "want to send a quick linkedin message to the CTO after my interview": a note asked for
    // straight after the interview is the first note, named by when it is sent (a later round
    // or news is read before this, by `read`).
    if let after = words.firstIndex(of: "after"),
      words.dropFirst(after + 1).prefix(2).contains(where: { $0.hasPrefix("interview") })
    {
      return false
    }
    let writes: Set<String> = [
      "write", "writing", "draft", "say", "send", "reply", "respond", "email", "mail", "message",
      "note", "text", "word", "follow", "followup", "follow-up",
    ]
    let asks: Set<String> = [
      "help", "need", "how", "what", "should", "can", "could", "want", "do", "pls", "please",
      "u", "you",
    ]
    let about: Set<String> = [
      "employer", "recruiter", "hiring", "company", "interviewer", "interviewed", "interview",
      "job", "application", "hr", "someone", "them", "him", "her", "panel", "met", "manager",
      "lady", "guy", "woman", "man", "linkedin", "mail", "email", "message",
      "note", "follow", "followup", "follow-up",
    ]
    // "follow up msg", "linkedin message pls": the note named and nothing else asks for it as
    // surely as "can you help me write ..." does (tuning 31's bk027 was greeted "Nice to meet
    // you, Follow"). Only words naming a note, so a name is never read as one.
    let notes = AddresseeRemark.noteNouns
    let naming: Set<String> = [
      "a", "an", "the", "up", "quick", "short", "linkedin", "pls", "please",
    ]
    if words.count >= 2, words.contains(where: notes.contains),
      words.allSatisfy({ notes.contains($0) || writes.contains($0) || naming.contains($0) })
    {
      return true
    }
    return words.contains(where: writes.contains) && words.contains(where: asks.contains)
      && words.contains(where: about.contains)
  }

  /// An answer to the menu: a number or the occasion in words.
  static func readMenu(_ text: String) -> OccasionReading? {
    let words = WordSplitter.words(text)
    let trimmed = text.trimming(" \t\n.!)")
    switch trimmed {
    case "1": return OccasionReading(occasion: .firstNote, explicit: true)
    case "2": return OccasionReading(occasion: .checkIn, explicit: true)
    case "3": return OccasionReading(occasion: .rejectionReply, explicit: true)
    case "4":
      return OccasionReading(
        occasion: .laterRound, round: .interview("second interview"), explicit: true)
    case "5": return OccasionReading(occasion: .laterRound, round: .offer, explicit: true)
    default: break
    }
    if let reading = read(text) { return reading }
    let joined = " " + words.joined(separator: " ") + " "
    // After the menu, the words of one of its lines are enough: a later meeting ("after the
    // call with the md", "the panel") before the generic thanks; a follow-up or the result is
    // the check-in, since the thank-you note is its own line.
    let later = OccasionReading(
      occasion: .laterRound, round: .interview("second interview"), explicit: true)
    let menuWords: [(String, OccasionReading)] = [
      (" rejection ", OccasionReading(occasion: .rejectionReply, explicit: true)),
      (" rejected ", OccasionReading(occasion: .rejectionReply, explicit: true)),
      (" round ", later), (" stage ", later), (" panel ", later),
      (" offer ", OccasionReading(occasion: .laterRound, round: .offer, explicit: true)),
      (" check ", OccasionReading(occasion: .checkIn, explicit: true)),
      (" chase ", OccasionReading(occasion: .checkIn, explicit: true)),
      (" follow up ", OccasionReading(occasion: .checkIn, explicit: true)),
      (" follow-up ", OccasionReading(occasion: .checkIn, explicit: true)),
      (" followup ", OccasionReading(occasion: .checkIn, explicit: true)),
      (" result ", OccasionReading(occasion: .checkIn, explicit: true)),
      (" status ", OccasionReading(occasion: .checkIn, explicit: true)),
    ]
    if let chosen = menuWords.first(where: { joined.contains($0.0) })?.1 { return chosen }
    let thanks = words.contains { ["thank", "thanks", "thankyou", "thx"].contains($0) }
    if thanks, let after = words.firstIndex(of: "after"),
      words.dropFirst(after + 1).contains(where: {
        OccasionCues.seniors.contains($0) || $0 == "call"
      })
    {
      return later
    }
    let firstWords = [" thank ", " thanks ", " first ", " thank-you ", " thankyou "]
    if firstWords.contains(where: joined.contains) {
      return OccasionReading(occasion: .firstNote, explicit: true)
    }
    return nil
  }

  /// "second interview", "final round", "third interview": the round as the person named it.
  static func laterRound(_ words: [String]) -> String? {
    let ordinals = [
      "second", "2nd", "third", "3rd", "fourth", "4th", "final", "last", "next", "another",
      "follow-up", "followup",
    ]
    let rounds = ["interview", "round", "stage", "interviews"]
    for (index, word) in words.enumerated() where ordinals.contains(word) {
      guard index + 1 < words.count, rounds.contains(words[index + 1]) else { continue }
      // "the next round of funding" is their news, not the person's interview.
      if index + 2 < words.count, words[index + 2] == "of" { continue }
      // "before the final round" told as a plan for later is still a later round; "last
      // round" in "my last round of interviews elsewhere" is not.
      let ordinal = word == "another" || word == "next" ? "next" : word
      let kind = words[index + 1] == "interviews" ? "interview" : words[index + 1]
      let normalised = ["2nd": "second", "3rd": "third", "4th": "fourth", "last": "final"][ordinal]
      return "\(normalised ?? ordinal) \(kind)"
    }
    return nil
  }

  static let explicitMarkers = [
    "actually", "instead", "switch", "update", "news", "now", "just", "today", "this morning",
    "yesterday", "finally", "unfortunately", "sadly", "bad news", "good news", "turns out",
  ]
  static let rejection = [
    "turned me down", "rejected me", "rejected", "rejection", "didn't get it", "didnt get it",
    "did not get it", "didn't get the job", "didnt get the job", "did not get the job",
    "didn't get the role", "didnt get the role", "didn't get the position", "unsuccessful",
    "went with someone else", "went with another candidate", "chose someone else",
    "chose another candidate", "not moving forward", "won't be moving forward",
    "not progressing", "won't be progressing", "not taking my application", "they said no",
    "got a no", "was a no", "turned down", "no longer being considered",
    "offered it to someone else", "gave it to someone else", "filled the role", "didn't make it",
    "didnt make it", "not selected", "wasn't selected", "wasnt selected", "reply to a rejection",
  ]
  static let notRejected = [
    "haven't been rejected", "not been rejected", "wasn't rejected", "not rejected",
    "haven't been turned down", "not a rejection", "if they reject", "if i'm rejected",
    "if im rejected", "in case they reject", "afraid of rejection", "scared of rejection",
    "worried about rejection",
  ]
  static let rejectionNames = ["reply to a rejection", "rejection reply", "rejection email"]
  static let offer = [
    "offered me the job", "offered me the role", "offered me the position", "offered me a job",
    "offered me a role", "offered me the post", "got the job", "got the role", "job offer",
    "an offer", "the offer", "made me an offer", "got an offer",
  ]

  /// Whether "offered" tells of the job offered: "she offered me the job", "they offered me a
  /// permanent contract", "I was offered it on the spot", "they offered me!!". What is offered
  /// decides: "she offered me a trial day next week", "offered me a tour", "offered me a
  /// coffee" tell of a kind interview or a next step, and the note is still the thank-you
  /// for the interview (tuning 26's ba025 had been written as thanks for a job offer).
  static func offeredTheJob(_ words: [String]) -> Bool {
    let receivers: Set<String> = ["me", "us", "him", "her", "them"]
    let passives: Set<String> = ["was", "were", "been", "got", "get", "be", "being"]
    let determiners: Set<String> = [
      "a", "an", "the", "another", "one", "some", "their", "her", "his", "its", "my",
    ]
    for index in words.indices where words[index] == "offered" {
      var next = index + 1
      if next < words.count, receivers.contains(words[next]) {
        next += 1
      } else if index == 0 || !passives.contains(words[index - 1]) {
        continue
      }
      // Nothing offered by name, or "it", "the job", "a permanent contract": the job.
      guard next < words.count, determiners.contains(words[next]) else { return true }
      let object = words[(next + 1)...].prefix(4).prefix {
        !["for", "on", "at", "next", "to"].contains($0)
      }
      if object.contains(where: jobNouns.contains) { return true }
    }
    return false
  }

  /// What a job offer offers.
  static let jobNouns: Set<String> = [
    "job", "role", "position", "post", "place", "contract", "apprenticeship", "internship",
    "placement", "traineeship", "offer", "vacancy", "it",
  ]
  static let noOffer = [
    "no offer", "not an offer", "before an offer", "if they offer", "hoping for an offer",
    "waiting for an offer", "waiting on an offer", "expecting an offer", "any offer",
    "another offer", "other offer", "the offer of a tour", "haven't got the job",
  ]
  static let silence = [
    "haven't heard back", "havent heard back", "not heard back", "haven't heard anything",
    "havent heard anything", "haven't heard", "havent heard", "have not heard",
    "not heard anything", "heard nothing", "no reply", "no response", "no word",
    "no news", "still waiting", "radio silence", "ghosted", "hasn't got back", "hasnt got back",
    "haven't got back", "not got back", "hasn't replied", "hasnt replied", "haven't replied",
    "nobody has replied", "no one has replied", "nobody replied", "no one replied",
    "didn't hear back", "didnt hear back", "never heard back", "gone quiet", "gone silent",
  ]
  static let checkInNames = [
    "write a check-in", "write a check in", "a check-in", "a check in", "check in with them",
    "check in with her", "check in with him", "chase them", "chase it up", "nudge them",
  ]
  static let firstNoteNames = [
    "write a thank-you note", "write a thank you note", "the first note",
    "write the thank-you note", "write the thank you note", "a thank-you note after the interview",
  ]
  static let feedbackWishes = [
    "ask for feedback", "get feedback", "want feedback", "like feedback", "some feedback",
    "any feedback", "request feedback",
  ]
}
