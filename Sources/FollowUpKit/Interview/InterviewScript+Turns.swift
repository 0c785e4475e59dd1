/// What the assistant says around the questions: greetings, notices, commands and going back.
extension InterviewScript {
  static let welcomeBack = "Welcome back."
  static let hello = "Hello! "
  static let truncatedNotice = "That message was very long, so I read only its first 16 KB."
  static let invalidTextNotice =
    "Some characters in that message couldn't be read, so I left them out."
  static let startingOver = "Starting over."
  static let carryingOn = "Carrying on."
  static let goingBack = "Going back."
  static let backToDraft = "Back to the draft."
  static let nothingBeforeFirst = "This is the first question, so there's nothing to go back to."
  static let keptAsItWas = "Kept as it was."
  static let skipped = "Skipped."

  /// An instruction about the greeting, taken at another question.
  static func greetingNoted(_ name: String) -> String {
    "Got it: the note will greet them as \(name)."
  }

  /// The same, said with a fuller name given in the message: "sorry Pete surname is Ashworth
  /// ... use Mr Ashworth".
  static func renamedAndGreeted(_ people: String, _ person: String, as name: String) -> String {
    "Got it: you met \(people), and the note will greet \(person) as \(name)."
  }

  /// An optional question answered with "not sure" or "rather not say": left out, saying so.
  static func leftOut(_ question: Question) -> String {
    switch question {
    case .role: "No problem: I'll leave the role out."
    case .when: "No problem: I'll leave the day out."
    case .outcome, .name, .interviewer, .company, .discussion, .topic, .interest, .channel,
      .occasion, .heard, .development, .feedback:
      "Skipped."
    }
  }

  /// The second answer the script could not read, taken as typed rather than asked a third time.
  static func takenAsTyped(_ value: String, _ question: Question) -> String {
    switch question {
    case .name: "I'll sign the note as \"\(value)\"; say back to change it."
    case .interviewer: "I'll use \"\(value)\" as their name; say back to change it."
    case .company: "I'll use \"\(value)\" as the company; say back to change it."
    case .role: "I'll use \"\(value)\" as the role; say back to change it."
    case .when, .outcome, .discussion, .topic, .interest, .channel, .occasion, .heard,
      .development, .feedback:
      "Got it."
    }
  }

  /// Twice nothing usable for a fact the note would name: it goes on without it, in a shape
  /// that needs none, rather than asking a third time.
  static func goingOnWithout(_ question: Question) -> String {
    switch question {
    case .name:
      "I'll leave your name off for now; at the draft, say \"sign it\" and your name to add it."
    case .company:
      "I'll leave the company's name out for now (\"the role\"); say back to add it."
    case .interviewer, .role, .when, .outcome, .discussion, .topic, .interest, .channel,
      .occasion, .heard, .development, .feedback:
      leftOut(question)
    }
  }

  /// Twice no name for the interviewer: the note greets the hiring manager until there is one.
  static let greetingHiringManager =
    "I'll greet them as the hiring manager for now: once you have their name (the invitation email usually has it), say back to add it."
  static let emailThen = "Email, then."
  static let emailByDefault =
    "Email, then: it's the usual choice, and it gives you a subject line."
  /// A message whose place is not said ("a message", "msg"): the short shape of a LinkedIn
  /// message or a text, which suits either.
  static let shortMessageChannel =
    "A short message, then: one paragraph with no subject line, the shape of a LinkedIn message. Say text if it goes to their phone."
  static let goodbye = "Goodbye, and good luck!"
  static let goodbyeWithoutDraft =
    "Goodbye! We hadn't got as far as a draft, so there's nothing to copy yet."
  static let draftKept = "Here's your draft, so nothing is lost:"

  /// `restart` when there is something to lose.
  static func confirmRestart(losingDraft: Bool) -> String {
    "Start over? This forgets everything so far\(losingDraft ? ", including your draft" : ""). Type yes to start over, or no to carry on."
  }

  /// After `back`, the answer already given.
  static func youSaid(_ answer: String) -> String {
    "(You said: \(answer). Type a new answer, or skip to keep it.)"
  }

  /// How an outcome reads back to the person.
  static func outcomeAnswer(_ outcome: Outcome) -> String {
    switch outcome {
    case .well: "it went well"
    case .mixed: "mixed"
    case .badly: "it went badly"
    case .unsure: "hard to tell"
    }
  }

  /// `skip` at a question the note cannot do without, with the reason.
  static func cannotSkip(_ stage: Stage) -> String {
    let reason: String
    switch stage {
    case .name: reason = "the note needs your name to sign off."
    case .interviewer: reason = "the note greets them by name."
    case .company: reason = "the note names the company so they can place you."
    case .discussion, .topic:
      reason = "one specific thing from the interview is what makes the note worth sending."
    case .draft: reason = "say done when you're happy with the draft."
    case .done: reason = "we've finished: type show, restart or quit."
    case .role, .when, .outcome, .interest, .channel, .occasion, .heard, .development,
      .feedback:
      reason = "the note needs it."
    }
    return "I can't skip this one: \(reason)"
  }

  /// `show` before there is a draft: what is known so far.
  static func summary(known: [String]) -> String {
    var text =
      "There's no draft yet: I'll write it once we've covered what came up in the interview."
    if !known.isEmpty { text += "\nSo far: " + known.joined(separator: "; ") + "." }
    return text
  }

  /// A channel named at another question: kept, and the question asked again.
  static func earlyChannel(_ channel: Channel, then question: String) -> String {
    "Got it: \(channel.spoken). First, though: " + question.lowercasedFirst()
  }

  /// A channel named in the opening message, kept so its question is not asked.
  static func channelFromOpening(_ channel: Channel) -> String {
    "I'll write it as \(channel.spoken), as you said."
  }

  /// A channel named at the topic question.
  static func earlyChannelAtTopic(_ channel: Channel) -> String {
    "Got it: \(channel.spoken). First, though, the topic."
  }

  /// "i already said", with no answer after it: the assistant owns the miss.
  static let missedIt = "Sorry, I missed it."

  /// A discussion told before it was asked for.
  static func keptTopic(_ topic: String) -> String {
    "Got it: I'll keep \(topic) in mind for the note."
  }

  // MARK: - Corrections

  /// Said when a message names itself a correction but what it puts right cannot be told.
  static let unclearCorrection =
    "I couldn't tell what to put right there. Say it like \"the company is Acme\" or \"her name is Priya Shah\", or answer the question."

  static func signingAs(_ name: String) -> String { "Got it: I'll sign the note as \(name)." }
  /// The person's name corrected, with the name the note is signed with when it is shorter.
  static func renamed(_ name: String, signed: String) -> String {
    "Got it: you're \(name), and I'll sign the note as \(signed)."
  }
  /// A form of the name asked for before the name is known.
  static let signingInFull = "Got it: I'll sign the note with your full name."
  static let signingGiven = "Got it: I'll sign the note with your first name."
  static func youMet(_ people: String) -> String { "Got it: you met \(people)." }
  /// Said when only the job of someone met is put right.
  static func jobNoted(_ person: String, _ job: String) -> String {
    "Got it: \(person) is the \(job)."
  }
  /// Said when the answer about who interviewed picks whom the note is for ("the text is just
  /// to kylie"): the others met get no note.
  static func noteOnlyFor(_ people: String) -> String {
    "The note is for \(people) only, as you said."
  }
  static func gotIt(_ value: String) -> String { "Got it: \(value)." }
  /// "Got it: the company is Rolling Pin Bakery Co.": one full stop after a name ending in one.
  /// Said when the person gave the company's letters: "fenn&fire (small letters)".
  static let keptInSmallLetters = "I'll keep it in small letters, as you said."
  static func companyInSmallLetters(_ company: String) -> String {
    "Got it: I'll write \(company) in small letters, as you said."
  }
  static func companyIs(_ company: String) -> String {
    FullStops.single("Got it: the company is \(company).")
  }
  static func roleIs(_ role: String) -> String { "Got it: the role is \(role)." }
  /// The role question when a role was heard in passing: offered, since what people say first
  /// is often the kind of job ("a cafe job") rather than the title the note should use.
  static func heardRoleQuestion(_ role: String) -> String {
    "What's the job title? You mentioned \(role): say yes to use that, or type the title. (Or skip.)"
  }
  /// The company question when a company was heard in the answer about the interviewer.
  static func heardCompanyQuestion(_ company: String) -> String {
    "Which company or organisation was it? You mentioned \(company): say yes if that's its name, or type the name."
  }
  static func interviewWas(_ day: String) -> String { "Got it: the interview was \(day)." }
  static func heardDayQuestion(_ phrase: String) -> String {
    "Which day was the interview? You said \(phrase): \"yesterday\", \"on Tuesday\" or a date all work. (Or skip to keep \(phrase).)"
  }
  static func swappedFact(_ new: String, _ old: String) -> String {
    "Got it: \(new), not \(old)."
  }

  // MARK: - Files

  static func saved(_ path: String) -> String {
    // A reminder (issue 14) is the other file the chat saves.
    path.lowercased().hasSuffix(".ics")
      ? "Saved the reminder to \(path): open it to add it to your calendar."
      : "Saved the note to \(path)."
  }
  static func confirmOverwrite(_ path: String) -> String {
    "\(path) already exists. Replace it? (yes or no)"
  }
  static func saveFailed(_ path: String, reason: String) -> String {
    "I couldn't save to \(path): \(reason). Your draft is safe; try another file name."
  }
  static let fileLeftAlone = "I left the file as it was. Your draft is unchanged."
  static let noDraftToSave = "There's no draft to save yet."
}
