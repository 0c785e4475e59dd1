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
        return [.say("Starting over.\n\n" + currentPrompt())]
      }
      pending = .confirmRestart
      return [
        .say(
          "Start over? This forgets everything so far\(draft == nil ? "" : ", including your draft"). Type yes to start over, or no to carry on."
        )
      ]
    case .show:
      if draft != nil {
        return showDraft(intro: "", heading: true, footer: stage == .draft ? .full : .none)
      }
      return [.say(summary())]
    case .quit:
      let wasStage = stage
      stage = .done
      if draft != nil {
        var outputs = showDraft(
          intro: "Here's your draft, so nothing is lost:", heading: false, footer: .none)
        outputs.append(.say("Goodbye, and good luck!"))
        outputs.append(.endSession)
        return outputs
      }
      _ = wasStage
      return [
        .say("Goodbye! We hadn't got as far as a draft, so there's nothing to copy yet."),
        .endSession,
      ]
    }
  }

  private mutating func goBack() -> [Output] {
    misses = 0
    let previous: Stage
    switch stage {
    case .done:
      // After quitting before there was a draft, back goes to the first question still open:
      // entering the draft stage without a topic stranded the conversation (found by fuzzing).
      guard draft != nil || nextStage() == .draft else {
        advance()
        return [.say("Going back. " + currentPrompt())]
      }
      previous = .draft
    case .draft:
      previous = .channel
    case .name:
      return [
        .say("This is the first question, so there's nothing to go back to.\n\n" + currentPrompt())
      ]
    default:
      guard let index = Stage.asked.firstIndex(of: stage), index > 0 else {
        return [.say(currentPrompt())]
      }
      previous = Stage.asked[index - 1]
    }
    if previous == .draft { return enterDraft(prefix: "Back to the draft.") }
    stage = previous
    if previous == .discussion {
      // Going back to the discussion: the topics found are kept until a new answer replaces them.
      return [.say("Going back. " + InterviewScript.question(.discussion, facts: facts))]
    }
    var text = "Going back. " + currentPrompt()
    if previous != .topic, let current = currentAnswer(previous) {
      text += "\n(You said: \(current). Type a new answer, or skip to keep it.)"
    }
    return [.say(text)]
  }

  /// The answer given for a stage, as the person would recognise it.
  func currentAnswer(_ stage: Stage) -> String? {
    switch stage {
    case .name: return facts.name?.full
    case .interviewer: return facts.interviewers.map { Acknowledgement.list($0.map(\.full)) }
    case .company: return facts.company
    case .role: return facts.role
    case .when: return facts.when.map { Acknowledgement.dayDescription($0, today: today) }
    case .outcome:
      return facts.outcome.map {
        ["well": "it went well", "mixed": "mixed", "badly": "it went badly"][$0.rawValue]
          ?? $0.rawValue
      }
    case .topic: return topic?.text
    case .channel: return channel?.name
    case .discussion, .draft, .done: return nil
    }
  }

  private mutating func skip() -> [Output] {
    // Going back to a stage already answered: skip keeps the answer.
    if currentAnswer(stage) != nil, stage != .draft, stage != .done {
      return afterAnswer("Kept as it was.")
    }
    guard stage.isOptional else {
      let reason: String
      switch stage {
      case .name: reason = "the note needs your name to sign off."
      case .interviewer: reason = "the note greets them by name."
      case .company: reason = "the note names the company so they can place you."
      case .discussion, .topic:
        reason = "one specific thing from the interview is what makes the note worth sending."
      case .draft: reason = "say done when you're happy with the draft."
      case .done: reason = "we've finished: type show, restart or quit."
      default: reason = "the note needs it."
      }
      return [.say("I can't skip this one: \(reason)\n\n" + currentPrompt())]
    }
    skipped.insert(stage)
    if stage == .channel {
      channel = .email
      return afterAnswer("Email, then.")
    }
    return afterAnswer("Skipped.")
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
      known.append("how it went: \(currentAnswer(.outcome) ?? outcome.rawValue)")
    }
    if let topic { known.append("topic: \(topic.text)") }
    var text =
      "There's no draft yet: I'll write it once we've covered what came up in the interview."
    if !known.isEmpty { text += "\nSo far: " + known.joined(separator: "; ") + "." }
    return text + "\n\n" + currentPrompt()
  }
}
