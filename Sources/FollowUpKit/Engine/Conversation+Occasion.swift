/// The occasions after the first note: choosing one from the person's words or the menu,
/// switching later ("actually they rejected me"), the questions only they ask, and when to
/// send each note.
///
/// The first note's flow is unchanged: a conversation with no occasion asks exactly what it
/// always asked, and the menu only appears when the first words ask for help writing to an
/// employer without saying which note.
extension Conversation {
  /// Which note the conversation writes.
  public var occasion: Occasion { answers.occasion?.occasion ?? .firstNote }

  /// The questions the occasion asks, in order.
  var askedQuestions: [Question] {
    switch occasion {
    case .firstNote:
      return Self.firstNoteQuestions
    case .laterRound:
      return answers.occasion?.round == .offer
        ? [.name, .interviewer, .company, .role, .when, .channel] : Self.firstNoteQuestions
    case .checkIn:
      return [
        .name, .interviewer, .company, .role, .when, .heard, .discussion, .development, .channel,
      ]
    case .rejectionReply:
      return [.name, .interviewer, .company, .role, .discussion, .feedback, .channel]
    }
  }

  static let firstNoteQuestions: [Question] = [
    .name, .interviewer, .company, .role, .when, .outcome, .discussion, .topic, .interest,
    .channel,
  ]

  /// The question asked before `question` in this occasion, for `back`.
  func questionAsked(before question: Question) -> Question? {
    guard let index = askedQuestions.firstIndex(of: question), index > 0 else { return nil }
    return askedQuestions[index - 1]
  }

  /// Whether an occasion's own question has its answer (given, skipped, or a draft exists).
  func isOccasionAnswered(_ question: Question) -> Bool {
    let details = answers.occasion
    let skipped = answers.skipped.contains(question) || draft != nil
    switch question {
    case .heard: return details?.heard != nil || skipped
    case .development: return details?.development != nil || skipped
    case .feedback: return details?.feedback != nil || skipped
    case .occasion, .name, .interviewer, .company, .role, .when, .outcome, .discussion, .topic,
      .interest, .channel:
      return true
    }
  }

  /// The answer given to an occasion's question, as the person would recognise it.
  func occasionAnswer(_ question: Question) -> String? {
    let details = answers.occasion
    switch question {
    case .heard: return details?.heard?.phrase
    case .development: return details?.development
    case .feedback: return details?.feedback.map { $0 ? "yes" : "no" }
    case .occasion: return details.map { $0.occasion.spoken }
    case .name, .interviewer, .company, .role, .when, .outcome, .discussion, .topic, .interest,
      .channel:
      return nil
    }
  }

  /// The question's wording where this occasion words it differently from the first note.
  func occasionPrompt() -> String? {
    guard let question = phase.question, occasion != .firstNote else { return nil }
    return InterviewScript.occasionQuestion(
      Stage(question), occasion: occasion, round: answers.occasion?.round)
  }

  /// The request with the occasion's details, for the composer.
  func withOccasion(_ request: NoteRequest) -> NoteRequest {
    guard let details = answers.occasion, details.occasion != .firstNote else { return request }
    var request = request
    request.occasion = details.note
    return request
  }

  // MARK: - Reading messages

  /// A message about the occasion, read before anything else at any stage: a timing question,
  /// the occasion told or changed, a vague first request (the menu), or an addition to a
  /// check-in that would reproach them. Nil when the message is none of these.
  mutating func handleOccasionMessage(_ text: String) -> [Output]? {
    if phase.question == .occasion { return nil }
    if let asked = TimingQuestion(reading: text), let outputs = answerTiming(asked) {
      return outputs
    }
    if draft != nil, let refusal = refusedAddition(text) ?? refusedRemoval(text) {
      return refusal
    }
    let fresh =
      facts.isEmpty && topics.isEmpty && draft == nil && answers.occasion == nil
      && answers.topic == nil
    let opening = fresh || (phase.question == .name && answers.occasion == nil && draft == nil)
    let reading = OccasionReader.read(text)
    // At the question that asks for a name, a reply that gives one is the name, whatever it
    // asks of the note after it ("seán ó briain. can you sign it Sean without the accent tho,
    // some email systems mess it up": answers tuning 30's bt004 was shown the menu).
    // Its first clause says the name; one that is itself a request ("follow up msg") is not
    // one.
    let firstClause = String(text.prefix { !".,;!?".contains($0) })
    let givesName =
      phase.question == .name && DirectAnswer.ownName(firstClause) != nil
      && !OccasionReader.isVagueRequest(firstClause)
    if opening, !givesName,
      reading == nil || reading?.occasion == .firstNote && reading?.inferred == false,
      OccasionReader.isVagueRequest(text)
    {
      // Which note is not said: the menu asks, keeping any facts the message gave.
      merge(FactReader(today: today).facts(in: text))
      phase = .asking(.occasion)
      misses = 0
      return [.say(InterviewScript.occasionMenu)]
    }
    if phase.question == .discussion, occasion == .checkIn || occasion == .rejectionReply,
      reading?.explicit != true
    {
      return handleOccasionDiscussion(text)
    }
    guard let reading else { return nil }
    // "dimitrios papadopoulos but sign off as dimitris, nobody calls me dimitrios": at the
    // question that asks for a name, a reply that gives one is the name; "nobody calls me" in
    // its remark says what the person is called, not that nobody has been in touch.
    if phase.question == .name, !reading.explicit, CalledRemark.saysCalled(text),
      DirectAnswer.ownName(text) != nil
    {
      return nil
    }
    let atDraft = phase.question == nil
    if atDraft, !reading.explicit,
      reading.inferred || DraftRequestReader.read(text, reader: FactReader(today: today)) != nil
    {
      return nil
    }
    // Mid-conversation, only a phrase that names the occasion ("they rejected me", "I've got a
    // second interview") changes it. Cues of what happened ("a case study", "called me back")
    // told at a question about the interview describe the interview in hand, even beside an
    // "actually" or a "just" that only marks their news ("they've just set up ...").
    guard fresh || atDraft || reading.explicit && !reading.inferred else { return nil }
    let same = reading.occasion == occasion && reading.round == answers.occasion?.round
    if same, reading.occasion != .checkIn || draft == nil { return nil }
    return choose(reading, from: text)
  }

  /// Sets the occasion and reads the facts the message gives with it, keeping everything
  /// already known; then asks the first question still open, or writes the note.
  private mutating func choose(_ reading: OccasionReading, from text: String) -> [Output] {
    let old = answers.occasion
    var details = OccasionAnswers(occasion: reading.occasion)
    details.round = reading.round
    details.feedback = reading.feedback
    details.heard = reading.occasion == .checkIn ? old?.heard : nil
    details.checkIns = old?.checkIns ?? 0
    details.lastCheckIn = old?.lastCheckIn
    details.earlierTopic = old?.earlierTopic
    var advice: String?
    if let draft, let request = currentRequest() {
      // Carrying on from a note already written: its topic and channel carry over.
      if !request.topic.text.isEmpty, occasion != .rejectionReply, occasion != .checkIn {
        details.earlierTopic = request.topic
      }
      if occasion == .checkIn, reading.occasion == .checkIn {
        // Another check-in after the one in hand.
        let timing = checkInTiming
        details.checkIns += 1
        details.lastCheckIn = max(today, timing.sendDate ?? today)
        if !timing.mayCheckIn || details.checkIns >= CheckInTiming.maximumCheckIns {
          advice = InterviewScript.noThirdCheckIn
        }
      }
      answers.channel = ChannelChoice(channel: draft.channel, freeAccount: draft.freeAccount)
      phase = .asking(.name)
      if reading.occasion == .laterRound {
        // A new round has its own day and its own conversation.
        facts.when = nil
        facts.outcome = nil
        answers.topics = []
        answers.interest = nil
        answers.interestEarly = nil
        answers.skipped.remove(.when)
        answers.skipped.remove(.outcome)
        answers.skipped.remove(.interest)
      }
    } else if phase.question == .occasion {
      phase = .asking(.name)
    }
    answers.occasion = reading.occasion == .firstNote ? nil : details
    if reading.occasion == .firstNote {
      answers.topic = nil
    } else if !askedQuestions.contains(.discussion) {
      // No discussion asked: the note refers to the interview itself.
      answers.topic = details.earlierTopic ?? Topic(text: "", score: 0)
    } else if reading.occasion != .laterRound,
      let known = details.earlierTopic ?? (draft != nil ? answers.topic : nil)
    {
      // A check-in or a reply after a note already written: its topic (or none) is known.
      answers.topic = known
    } else {
      answers.topic = nil
    }
    let before = facts
    merge(FactReader(today: today).facts(in: text))
    if facts.when == nil, let elapsed = Self.elapsed(in: text, today: today) {
      facts.when = elapsed
    }
    var added = Facts.difference(from: before, to: facts)
    // An offer is congratulated already: "glad it went well" after it says it twice.
    if reading.round == .offer, added.outcome == .well { added.outcome = nil }
    var lines = [advice ?? InterviewScript.occasionChosen(reading.occasion, round: reading.round)]
    let acknowledged = Acknowledgement.text(for: added, asked: nil, today: today)
    if !acknowledged.isEmpty { lines.append(acknowledged) }
    misses = 0
    return afterAnswer(lines.joined(separator: " "))
  }

  /// "It's been two weeks", "ten days ago": the interview day, counted back from today.
  static func elapsed(in text: String, today: CivilDate) -> InterviewDay? {
    let words = WordSplitter.words(text)
    guard let been = words.firstIndex(where: { $0 == "been" || $0 == "over" }),
      let days = HeardTiming.relativeDays(Array(words[been...].prefix(5)))
    else { return nil }
    let phrase = words[(been + 1)...].prefix(3).joined(separator: " ")
    return InterviewDay(phrase: phrase + " ago", date: today.adding(days: -days))
  }

  /// An answer to one of the occasion's own questions.
  mutating func handleOccasionAnswer(_ text: String, to question: Question) -> [Output] {
    var details = answers.occasion ?? OccasionAnswers(occasion: .firstNote)
    switch question {
    case .occasion:
      guard let reading = OccasionReader.readMenu(text) else {
        if misses >= 1 {
          return choose(OccasionReading(occasion: .firstNote, explicit: true), from: "")
        }
        return miss(question: MessageText.isQuestion(text))
      }
      return choose(reading, from: text)
    case .heard:
      let read =
        HeardTiming.read(text, interview: facts.when?.date, today: today)
        ?? (misses >= 1 || Decline.reads(text) ? HeardTiming(phrase: "nothing", date: nil) : nil)
      guard let heard = read else { return miss(question: MessageText.isQuestion(text)) }
      details.heard = heard
      answers.occasion = details
      return afterAnswer(InterviewScript.heardAnswer(heard, today: today))
    case .development:
      let trimmed = text.trimming(" \t\n")
      let lowered = trimmed.lowercased()
      if Decline.reads(text) || Self.nothingNew.contains(lowered.trimming(".!"))
        || OccasionTopic.saysNothing(text)
      {
        answers.skipped.insert(.development)
        return afterAnswer(InterviewScript.noDevelopment)
      }
      if GuiltTripRule.fault(in: trimmed) != nil {
        answers.skipped.insert(.development)
        return afterAnswer(InterviewScript.developmentRefused(InterviewScript.guiltTripReason))
      }
      if let problem = DraftReviewer.problems(inSentence: trimmed).first {
        answers.skipped.insert(.development)
        return afterAnswer(InterviewScript.developmentRefused(problem.message))
      }
      details.development = trimmed
      answers.occasion = details
      return afterAnswer(InterviewScript.developmentKept(CheckInComposer.clause(trimmed)))
    case .feedback:
      let answer = FeedbackAnswer.read(text) ?? (misses >= 1 ? false : nil)
      guard let answer else { return miss(question: MessageText.isQuestion(text)) }
      details.feedback = answer
      answers.occasion = details
      return afterAnswer(answer ? InterviewScript.feedbackYes : InterviewScript.feedbackNo)
    case .name, .interviewer, .company, .role, .when, .outcome, .discussion, .topic, .interest,
      .channel:
      return miss()
    }
  }

  /// What was discussed, for a check-in or a rejection reply: one thing the note may mention,
  /// taken as the person typed it. Optional: "nothing" leaves the note on the interview itself,
  /// and an answer it cannot use is asked once more, then left out rather than asked a third
  /// time.
  mutating func handleOccasionDiscussion(_ text: String) -> [Output] {
    let none = Topic(text: "", score: 0)
    if Decline.reads(text) || OccasionTopic.saysNothing(text) {
      answers.topic = none
      return afterAnswer(InterviewScript.noOccasionTopic(occasion))
    }
    let extractor = TopicExtractor(context: extractionContext)
    guard
      let topic = OccasionTopic.topic(
        in: text, extractor: extractor, clausesWelcome: occasion == .rejectionReply)
    else {
      // News told early ("I saw the Leeds centre has opened") is the check-in's development.
      let news = CheckInComposer.clause(text)
      if occasion == .checkIn, !MessageText.isQuestion(text),
        TopicGrammar.form(of: news) == .clause, GuiltTripRule.fault(in: text) == nil,
        DraftReviewer.problems(inSentence: text).isEmpty
      {
        var details = answers.occasion ?? OccasionAnswers(occasion: occasion)
        details.development = text.trimming(" \t\n")
        answers.occasion = details
        answers.topic = none
        return afterAnswer(InterviewScript.developmentKept(news))
      }
      if misses >= 1 {
        answers.topic = none
        return afterAnswer(InterviewScript.noOccasionTopic(occasion))
      }
      misses += 1
      return [.say(InterviewScript.occasionTopicHint)]
    }
    var details = answers.occasion ?? OccasionAnswers(occasion: occasion)
    details.earlierTopic = topic
    answers.occasion = details
    answers.topics = [topic]
    answers.topic = topic
    return afterAnswer(InterviewScript.occasionTopicKept(topic.text))
  }

  static let nothingNew: Set<String> = [
    "no", "nope", "nothing", "not really", "none", "nothing new", "no news", "nah",
    "not that i know",
    "not that i know of", "no nothing", "nothing really", "i don't think so", "dont think so",
    "don't think so", "n/a", "na",
  ]

  /// An addition to the draft that would reproach them or argue: refused with the reason.
  private func refusedAddition(_ text: String) -> [Output]? {
    // Only a request to put words in the note: it opens with the asking verb.
    var lowered = text.lowercased().replacingApostrophes()
    for politeness in ["can you ", "could you ", "please ", "pls ", "and ", "also ", "maybe "]
    where lowered.hasPrefix(politeness) {
      lowered = String(lowered.dropFirst(politeness.count))
    }
    let asks = [
      "mention ", "add ", "say ", "include ", "put ", "tell them ", "let them know ",
      "point out ", "remind them ", "can it say ", "make it say ", "write that ",
    ]
    guard asks.contains(where: lowered.hasPrefix) else { return nil }
    if GuiltTripRule.fault(in: text) != nil, occasion != .rejectionReply {
      return [.say(InterviewScript.refusedAddition(InterviewScript.guiltTripReason))]
    }
    if ArguingRule.fault(in: text) != nil, occasion == .rejectionReply {
      return [.say(InterviewScript.refusedAddition(InterviewScript.arguingReason))]
    }
    return nil
  }

  /// "Drop the last line" when the last line is what the note is for (a check-in's ask, a
  /// rejection reply's good wishes): refused, with the reason.
  private func refusedRemoval(_ text: String) -> [Output]? {
    guard let essential = OccasionComposer.essentialPart(currentRequest()?.occasion),
      let note = currentNote(),
      let request = DraftRequestReader.read(text, reader: FactReader(today: today))
    else { return nil }
    let body = note.lines.filter { $0.part != .greeting && $0.part != .signOff }
    let target: Note.Line?
    switch request {
    case .removeLast: target = body.last
    case .removeOrdinal(let number):
      target = number >= 1 && number <= body.count ? body[number - 1] : nil
    default: return nil
    }
    guard target?.part == essential else { return nil }
    return [.say(InterviewScript.keepOccasionPoint(occasion))]
  }

  // MARK: - When to send

  /// The check-in timing from what the conversation knows.
  var checkInTiming: CheckInTiming {
    let details = answers.occasion
    return CheckInTiming(
      interview: facts.when?.date, heard: details?.heard?.date, checkIns: details?.checkIns ?? 0,
      lastCheckIn: details?.lastCheckIn)
  }

  /// The line on when to send the note in hand, shown with the draft and at `done`.
  var sendAdvice: String {
    switch occasion {
    case .laterRound where answers.occasion?.round == .offer: InterviewScript.offerTiming
    case .firstNote, .laterRound: SendTiming.advice(for: facts.when, today: today)
    case .checkIn: checkInTiming.advice(today: today)
    case .rejectionReply: InterviewScript.rejectionTiming
    }
  }

  /// The timing after the note in hand has gone: the next check-in, if any.
  var nextCheckIn: CheckInTiming {
    var timing = checkInTiming
    switch occasion {
    case .firstNote, .laterRound:
      if occasion == .laterRound { timing.heard = nil }
    case .checkIn:
      timing.lastCheckIn = max(today, timing.sendDate ?? today)
      timing.checkIns += 1
    case .rejectionReply:
      timing.checkIns = CheckInTiming.maximumCheckIns
    }
    return timing
  }

  /// "When should I send it?", "should I send another one?", "remind me": answered with the
  /// day. Nil where the first note's own answer stands (the question asked back about the
  /// first note's timing).
  private mutating func answerTiming(_ asked: TimingQuestion) -> [Output]? {
    let terminal = surface == .terminal
    var text: String
    switch (asked, occasion) {
    case (.when, .firstNote):
      return nil
    case (.when, _):
      text = sendAdvice
    case (.another, .rejectionReply), (.reminder, .rejectionReply):
      text = InterviewScript.afterRejection
    case (.another, _), (.reminder, _):
      text = nextCheckIn.nextAdvice(today: today)
    }
    let remindable = reminder(for: asked) != nil
    var outputs: [Output] = [
      .say(InterviewScript.timingAnswer(text, reminder: remindable, inTerminal: terminal))
    ]
    if phase.question != nil { outputs.append(.say(currentPrompt())) }
    return outputs
  }
}

extension Conversation {
  /// Starts the conversation in an occasion, as a bridge's `start` event does: the occasion's
  /// greeting and its first question.
  ///
  /// ```swift
  /// var conversation = Conversation(today: today, surface: .remote)
  /// conversation.start(in: .checkIn)  // "Hi, I'm FollowUp. I'll help you write a short check-in ..."
  /// ```
  public mutating func start(in occasion: Occasion, round: LaterRound? = nil) -> [Output] {
    started = true
    if occasion != .firstNote {
      var details = OccasionAnswers(occasion: occasion)
      if occasion == .laterRound { details.round = round ?? .interview("second interview") }
      answers.occasion = details
      if !askedQuestions.contains(.discussion) { answers.topic = Topic(text: "", score: 0) }
    }
    phase = .asking(nextQuestion() ?? .name)
    return [.say(InterviewScript.greeting(for: occasion) + "\n\n" + currentPrompt())]
  }
}

extension Conversation {
  /// Moves today's date forward for a session carried on another day (a bridge passes the
  /// date with every line): "should I send another one?" a week later is answered from that
  /// day, and the note says "on Tuesday" rather than "yesterday". Never moves it back.
  public mutating func advance(to date: CivilDate) {
    if today < date { today = date }
  }
}

extension Conversation {
  /// The request for one recipient with the given revisions applied, with the occasion's
  /// details: every note the draft shows or checks is composed from this.
  func request(for recipient: Int, in draft: Draft, revisions: ArraySlice<Revision>)
    -> NoteRequest?
  {
    firstNoteRequest(for: recipient, in: draft, revisions: revisions).map(withOccasion)
  }
}
