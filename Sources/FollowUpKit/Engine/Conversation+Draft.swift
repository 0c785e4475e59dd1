/// The draft: writing the note for the first time, composing it from the draft's history, and
/// showing it.
extension Conversation {
  /// The interviewers, each of whom gets a note.
  ///
  /// Each is greeted only by what can be vouched for as a name: a name taken as typed after
  /// two asks, or changed by a correction, may still hold a job or a rank ("shift manager
  /// Darren" is greeted "Hi Darren,"); one with no name at all is greeted with the plain form.
  /// A form the person asks for ("address it to Station Manager Drummond") is printed as asked.
  var recipients: [PersonName] {
    guard let people = facts.interviewers, !people.isEmpty else { return [] }
    // A greeting never addresses the candidate by their own name, however it came to be held.
    var vouched = people.filter { !$0.isUnnamed }.compactMap(VouchedName.vouched).filter {
      !isCandidate($0)
    }
    // A greeting asked for before anyone was named is the one person's named since.
    if vouched.count == 1, vouched[0].greetAs == nil { vouched[0].greetAs = answers.greetAs }
    if !vouched.isEmpty { return vouched }
    // Met, but no name caught: greeted by the post the person named, or "Hello,".
    if let unnamed = people.first(where: { $0.isUnnamed && $0.post != nil })
      ?? people.first(where: \.isUnnamed)
    {
      return [unnamed]
    }
    return [PersonName.hiringManager]
  }

  /// The note currently shown, if there is a draft.
  public var note: Note? { currentNote() }

  func currentNote() -> Note? {
    guard let request = currentRequest() else { return nil }
    if let note = noteCache.note(for: request) { return note }
    return NoteComposer.compose(request)
  }

  /// The current note, kept for the rest of the turn and for the reply.
  mutating func cachedCurrentNote() -> Note? {
    guard let request = currentRequest() else { return nil }
    if let note = noteCache.note(for: request) { return note }
    let note = NoteComposer.compose(request)
    noteCache = NoteCache(request: request, note: note)
    return note
  }

  func currentRequest() -> NoteRequest? {
    guard let draft else { return nil }
    return request(for: draft.recipient, in: draft, revisions: draft.applied)
  }

  /// The request for one recipient with the given revisions applied, as a first note; see
  /// `request(for:in:revisions:)` in Conversation+Occasion for the note actually composed.
  func firstNoteRequest(for recipient: Int, in draft: Draft, revisions: ArraySlice<Revision>)
    -> NoteRequest?
  {
    // A name or company left out after two answers with nothing usable: the note goes on
    // without it ("the role" alone, no name under the sign-off).
    let skipped = answers.skipped
    guard let sender = facts.name ?? (skipped.contains(.name) ? PersonName() : nil),
      let company = facts.company ?? (skipped.contains(.company) ? "" : nil),
      recipient < recipients.count,
      recipient < draft.baseTopics.count
    else { return nil }
    var settings = DraftSettings(
      channel: draft.channel, freeAccount: draft.freeAccount, topic: draft.baseTopics[recipient])
    for revision in revisions { settings.apply(revision, recipient: recipient) }
    let person = settings.interviewerOverride ?? recipients[recipient]
    var request = NoteRequest(
      sender: settings.senderOverride ?? facts.signOff ?? sender,
      recipient: person,
      company: settings.companyOverride
        ?? ProperSpelling.brandCased(
          facts.companyInFull == true ? company : TradingName.written(company),
          from: [answers.discussion, answers.interest].compactMap { $0 }),
      role: settings.roleOverride ?? facts.role,
      when: facts.when,
      today: today,
      outcome: facts.outcome,
      topic: settings.topic,
      interest: recipient == (draft.pointRecipient ?? 0) ? answers.interest : nil,
      channel: settings.channel,
      freeAccount: settings.freeAccount,
      tone: settings.tone,
      length: settings.length,
      added: settings.added,
      removed: settings.removed,
      removedAdded: settings.removedAdded,
      replacements: settings.replacements,
      variant: draft.variant &+ UInt64(recipient)
    )
    .greeted(
      settings.greetingOverride,
      signedAs: SignOffName.signature(
        for: sender, wished: settings.senderOverride ?? facts.signOff,
        inFull: facts.signsInFull == true),
      closing: settings.closingOverride)
    request.spellingSources = spellingSources
    request.discussed = answers.discussion
    request.roleAnswered = settings.roleOverride == nil ? facts.roleAnswered : nil
    // News the person's account called hard is never "great to hear" (`HardNews`).
    if HardNews.marks(topic: settings.topic.text, in: answers.discussion) {
      request.topicHard = true
    }
    // "after my trial today": the thanks is for the shift, not a meeting (`TrialShift`).
    // Asked to leave the trial out ("dont say about the trial"), it is false and stays out.
    if answers.trialShift == true
      || answers.trialShift == nil && answers.discussion.map(TrialShift.wasOne) == true
    {
      request.trialShift = true
    }
    // Someone else's topic is credited to them in this note (`TopicSpeaker`).
    request.topicSpeaker = TopicSpeaker.credited(
      settings.topic.speaker, recipient: person, interviewers: recipients)
    return request
  }

  /// Enters the draft stage: writes the note (once) and shows it.
  mutating func enterDraft(prefix: String) -> [Output] {
    misses = 0
    var intro: [String] = []
    if !prefix.isEmpty { intro.append(prefix) }
    if let draft {
      phase = .drafting(draft)
    } else {
      phase = .drafting(joiningGreeting(firstDraft()))
      if keptRecipients.count > 1 {
        intro.append(InterviewScript.oneNoteEach(keptRecipients.count))
      }
      if facts.outcome == .badly { intro.append(InterviewScript.keptShortAfterHardInterview) }
    }
    return showDraft(intro: intro.joined(separator: " "), heading: true, footer: .full)
  }

  /// The draft as first written: the chosen topic and channel move into it, and from then on
  /// every change is a revision of it.
  private mutating func firstDraft() -> Draft {
    let (topics, chosenAt) = initialTopics()
    let choice = answers.channel ?? ChannelChoice(channel: .email)
    var draft = Draft(channel: choice.channel, freeAccount: choice.freeAccount, baseTopics: topics)
    // The point was said about the chosen topic, so it goes in that topic's note, and that
    // note is shown first (`keptRecipients`): it is the one the person asked for, and a first
    // note on another interviewer's topic read as if their choice had been set aside.
    if chosenAt > 0 {
      draft.pointRecipient = chosenAt
      draft.recipient = chosenAt
    }
    if let sender = facts.name, let first = recipients.first, let topic = topics.first {
      draft.variant = NoteRequest.variant(
        sender: sender, recipient: first, company: facts.company ?? "", topic: topic)
    }
    answers.topic = nil
    answers.channel = nil
    return draft
  }

  /// Each interviewer's starting topic: the chosen one for whoever brought it up (or the first
  /// interviewer), and for the others what they talked about, else another distinct topic; and
  /// whose note holds the chosen one.
  private func initialTopics() -> (topics: [Topic], chosenAt: Int) {
    guard let chosen = answers.topic ?? topics.first else { return ([], 0) }
    func owner(_ topic: Topic) -> Int? {
      guard let speaker = topic.speaker else { return nil }
      return recipients.firstIndex { TopicSpeaker.names($0, speaker) }
    }
    var result = [Topic?](repeating: nil, count: max(1, recipients.count))
    let chosenAt = owner(chosen) ?? 0
    result[chosenAt] = chosen
    var unused = topics.filter { $0.text != chosen.text }
    for index in result.indices where result[index] == nil {
      // Another topic is theirs when they brought it up. One nobody brought up stands in only
      // when it is a thing of the employer's (a plan, news, a product), never what they asked
      // the person about ("bank reconciliation and tally software") nor a bare part of the
      // talk ("technical bits on HV systems"): that is the interview's routine, and the chosen
      // topic reads better in both notes than routine in one. A requirement of the job ("you
      // need someone who knows Spanish food") is routine whoever said it.
      //
      // Never one another interviewer brought up: it is no more this one's than the chosen
      // topic is, and it put in the first note a thing the person had turned down ("you put
      // new chargers in the yard" for a person who chose Sue's electric buses); the chosen
      // topic, credited to whoever raised it, is what the person asked for.
      let theirs =
        unused.firstIndex { owner($0) == index && !TopicRoutine.isRoutine($0) }
        ?? unused.firstIndex {
          $0.speaker == nil && $0.asked != true && $0.kind != .conversation
            && !TopicRoutine.isRoutine($0) && !toldTogether($0, chosen)
        }
      if let theirs {
        result[index] = unused.remove(at: theirs)
      } else {
        result[index] = chosen
      }
    }
    return (result.map { $0 ?? chosen }, chosenAt)
  }

  /// Whether two topics are told in the same sentence of the discussion: one piece of news
  /// ("the municipality is rolling out a new billing system in February ... and the clerks
  /// will be the first point of contact"), whose second half is no other thing to write to
  /// another interviewer about. It was given to the HR officer as her note's point, cut from
  /// the news the director told and the person chose.
  func toldTogether(_ topic: Topic, _ other: Topic) -> Bool {
    guard let discussion = answers.discussion else { return false }
    // "Grace told me they're moving to Leeds, and Will talked about the fraud model": a comma
    // before "and" or "but" joins two clauses, each its own news, told by its own speaker.
    let sentences = Self.sentences(of: discussion)
      .flatMap { $0.components(separatedBy: ", and ") }
      .flatMap { $0.components(separatedBy: ", but ") }
      .map(Self.stemsWithPieces)
    guard let first = Self.sentence(telling: topic, in: sentences) else { return false }
    return Self.sentence(telling: other, in: sentences) == first
  }

  /// What follows a shown draft: the timing advice and how to ask for changes, a short prompt
  /// after a revision, or nothing.
  enum Footer {
    case full
    case brief
    case none
  }

  /// The outputs that show the current draft, with a heading and the next-step line.
  mutating func showDraft(intro: String, heading: Bool, footer: Footer = .brief) -> [Output] {
    guard let note = cachedCurrentNote(), let draft else { return [.say(InterviewScript.noDraft)] }
    var outputs: [Output] = []
    var lines: [String] = []
    if !intro.isEmpty { lines.append(intro) }
    if heading {
      lines.append(
        InterviewScript.draftHeading(
          channel: note.channel, person: headingPerson,
          index: keptRecipients.firstIndex(of: draft.recipient) ?? draft.recipient,
          of: keptRecipients.count))
    }
    if !lines.isEmpty { outputs.append(.say(lines.joined(separator: "\n\n"))) }
    outputs.append(.showNote(note))
    switch footer {
    case .full: outputs.append(.say(draftFooter(draft)))
    case .brief: outputs.append(.say(InterviewScript.anythingElse))
    case .none: break
    }
    return outputs
  }

  /// Who the heading says the note is to: the person it greets, or everyone a joint greeting
  /// names ("Sister Margaret and Tunde"), so the heading never names one of two greeted.
  private var headingPerson: String {
    guard let request = currentRequest() else { return "" }
    if let words = request.greeting, words.contains(" and ") { return words }
    return request.recipient.spoken
  }

  private func draftFooter(_ draft: Draft) -> String {
    var lines = [sendAdvice]
    if let next = recipient(after: draft.recipient) {
      lines.append(InterviewScript.sayNext(for: recipients[next].informal))
    }
    if let held = heldLineLeftOut(draft) {
      lines.append(InterviewScript.heldLineReminder(held, typedInCapitals: shouts))
    }
    lines.append(InterviewScript.question(.draft, facts: facts))
    return lines.joined(separator: "\n")
  }

  /// The person's line kept out at the point question, when the note in view is the one it
  /// was said for and nothing has been added in its place: told again under the draft, where
  /// the person sees the note without it, since the reply that said so scrolled past.
  private func heldLineLeftOut(_ draft: Draft) -> String? {
    guard let held = answers.heldPoint, draft.recipient == (draft.pointRecipient ?? 0),
      currentRequest()?.added.isEmpty ?? true
    else { return nil }
    return held
  }

  /// "done": the note is ready.
  mutating func finish(_ draft: Draft) -> [Output] {
    phase = .finished(draft)
    let text = InterviewScript.finished(
      timing: sendAdvice,
      others: keptRecipients.count > 1 ? keptRecipients.map { recipients[$0].informal } : [],
      inTerminal: surface == .terminal, name: SignOffName.calledBy(facts))
    return noteToCopy() + [.say(text)]
  }
}
