/// The commands that work at any stage: help, back, skip, restart, show, quit.
extension Conversation {
  mutating func handle(_ command: Command) -> [Output] {
    switch command {
    case .help:
      return [.say(InterviewScript.help(stage))]
    case .back:
      return goBack()
    case .skip:
      return skip()
    case .restart:
      let hasSomething = !facts.isEmpty || draft != nil || !topics.isEmpty
      guard hasSomething else {
        self = Conversation(today: today, surface: surface)
        started = true
        return [.say(InterviewScript.startingOver + "\n\n" + currentPrompt())]
      }
      pending = .confirmRestart
      return [.say(InterviewScript.confirmRestart(losingDraft: draft != nil))]
    case .show:
      switch phase {
      case .drafting: return showDraft(intro: "", heading: true, footer: .full)
      case .revisiting, .finished(.some): return showDraft(intro: "", heading: true, footer: .none)
      case .asking, .finished(.none): return [.say(summary())]
      }
    case .quit:
      let draft = self.draft
      phase = .finished(draft)
      guard draft != nil else {
        return [.say(InterviewScript.goodbyeWithoutDraft), .endSession]
      }
      var outputs = showDraft(intro: InterviewScript.draftKept, heading: false, footer: .none)
      outputs.append(.say(InterviewScript.goodbye))
      outputs.append(.endSession)
      return outputs
    }
  }

  private mutating func goBack() -> [Output] {
    misses = 0
    let previous: Question
    switch phase {
    case .finished(.none):
      // After quitting before there was a draft, back goes to the first question still open:
      // entering the draft stage without a topic stranded the conversation (found by fuzzing).
      guard let next = nextQuestion() else {
        return enterDraft(prefix: InterviewScript.backToDraft)
      }
      phase = .asking(next)
      return [.say(InterviewScript.goingBack + " " + currentPrompt())]
    case .finished(.some):
      return enterDraft(prefix: InterviewScript.backToDraft)
    case .drafting(let draft):
      previous = .channel
      phase = .revisiting(.channel, draft)
    case .asking(let question), .revisiting(let question, _):
      guard let earlier = questionAsked(before: question) else {
        return [.say(InterviewScript.nothingBeforeFirst + "\n\n" + currentPrompt())]
      }
      previous = earlier
      phase = phase.asking(earlier)
    }
    if previous == .discussion {
      // Going back to the discussion: the topics found are kept until a new answer replaces them.
      return [
        .say(InterviewScript.goingBack + " " + InterviewScript.question(.discussion, facts: facts))
      ]
    }
    var text = InterviewScript.goingBack + " " + currentPrompt()
    if previous != .topic, let current = currentAnswer(previous) {
      text += "\n" + InterviewScript.youSaid(current)
    }
    return [.say(text)]
  }

  /// The answer given to a question, as the person would recognise it.
  func currentAnswer(_ question: Question) -> String? {
    switch question {
    case .name: return facts.name?.full
    case .interviewer: return facts.interviewers.map { Acknowledgement.list($0.map(\.full)) }
    case .company: return facts.company
    case .role: return facts.role
    case .when: return facts.when.map { Acknowledgement.dayDescription($0, today: today) }
    case .outcome: return facts.outcome.map(InterviewScript.outcomeAnswer)
    case .topic: return answers.topic?.text ?? draft.flatMap { _ in currentRequest()?.topic.text }
    case .channel:
      return answers.channel?.channel.name
        ?? draft.flatMap { _ in currentRequest()?.channel.name }
    case .interest: return answers.interest
    case .discussion: return nil
    case .occasion, .heard, .development, .feedback: return occasionAnswer(question)
    }
  }

  private mutating func skip() -> [Output] {
    guard let question = phase.question else {
      return [.say(InterviewScript.cannotSkip(stage) + "\n\n" + currentPrompt())]
    }
    // Going back to a question already answered: skip keeps the answer.
    if currentAnswer(question) != nil {
      if question == .role { answers.roleHeard = nil }
      if question == .company { answers.companyHeard = nil }
      if question == .when { answers.dayHeard = nil }
      return afterAnswer(InterviewScript.keptAsItWas)
    }
    guard question.isOptional else {
      return [.say(InterviewScript.cannotSkip(stage) + "\n\n" + currentPrompt())]
    }
    answers.skipped.insert(question)
    if question == .channel {
      if draft == nil { answers.channel = ChannelChoice(channel: .email) }
      return afterAnswer(InterviewScript.emailThen)
    }
    return afterAnswer(InterviewScript.skipped)
  }

  /// What is known so far, for `show` before there is a draft.
  func summary() -> String {
    var known: [String] = []
    if let name = facts.name { known.append("your name: \(name.full)") }
    if let people = facts.interviewers {
      known.append("interviewer: \(Acknowledgement.list(people.map(\.full)))")
    }
    if let company = facts.company { known.append("company: \(company)") }
    if let role = facts.role { known.append("role: \(role)") }
    if let when = facts.when {
      known.append("when: \(Acknowledgement.dayDescription(when, today: today))")
    }
    if let outcome = facts.outcome {
      known.append("how it went: \(InterviewScript.outcomeAnswer(outcome))")
    }
    if let topic = answers.topic, !topic.text.isEmpty { known.append("topic: \(topic.text)") }
    return InterviewScript.summary(known: known) + "\n\n" + currentPrompt()
  }
}
