/// What the assistant says about the occasions after the first note: the menu, the questions
/// only they ask, switching, when to send, reminders, and the refusals that keep a check-in
/// calm.
extension InterviewScript {
  static let occasionMenu = """
    What would you like to write?
      1. a thank-you note after an interview
      2. a check-in, when you haven't heard back
      3. a reply to a rejection, to keep the door open
      4. thanks after a second or later interview round
      5. thanks after a call offering you the job
    Say a number, or tell me in your own words.
    """

  /// The greeting for a session started in an occasion (the JSON-lines `start` event).
  static func greeting(for occasion: Occasion) -> String {
    switch occasion {
    case .firstNote: greeting
    case .checkIn:
      "Hi, I'm FollowUp. I'll help you write a short check-in for when you haven't heard back after an interview: calm, friendly, and asking simply about the timeline. You can type help at any point, or back to change an answer."
    case .rejectionReply:
      "Hi, I'm FollowUp. I'll help you write a short reply to a rejection that thanks them and keeps the door open. You can type help at any point, or back to change an answer."
    case .laterRound:
      "Hi, I'm FollowUp. I'll help you write a short thank-you after a later interview round or an offer call. You can type help at any point, or back to change an answer."
    }
  }

  /// Said when the occasion is chosen or changed.
  static func occasionChosen(_ occasion: Occasion, round: LaterRound?) -> String {
    switch occasion {
    case .firstNote:
      return "A thank-you note after the interview, then."
    case .checkIn:
      return
        "A check-in, then: two or three calm sentences that refer to the interview and ask simply about the timeline."
    case .rejectionReply:
      return
        "I'm sorry it wasn't this one. A short, gracious reply is well worth sending: it keeps the door open, and people remember it."
    case .laterRound:
      switch round {
      case .offer?:
        return
          "Congratulations! A short thank-you for the call is a lovely touch, and it doesn't commit you to anything before you've read the details."
      case .interview(let name)?:
        return
          "Good news! A thank-you after the \(name) works like the first one: short, on one thing from that conversation."
      case nil:
        return "A thank-you after a later round, then."
      }
    }
  }

  /// The question wordings that differ by occasion; nil where the first note's is right.
  static func occasionQuestion(_ stage: Stage, occasion: Occasion, round: LaterRound?) -> String? {
    switch (stage, occasion) {
    case (.interviewer, .rejectionReply):
      return
        "Who should the reply go to? Usually whoever told you the news, or who interviewed you."
    case (.when, .checkIn):
      return "When was the interview? \"Last Tuesday\", \"two weeks ago\" or a date all work."
    case (.when, .laterRound) where round == .offer:
      return "When was the call? \"Yesterday\", \"this morning\" or a date all work. (Or skip.)"
    case (.when, .laterRound):
      return "When was that interview? \"Yesterday\", \"on Tuesday\" or a date all work. (Or skip.)"
    case (.discussion, .checkIn), (.discussion, .rejectionReply):
      return
        "What did you talk about in the interview? One specific thing the note can mention in a line, or say \"nothing\"."
    case (.discussion, .laterRound):
      return
        "What came up in that interview that stuck with you? One specific thing: a project, a plan, something they were excited about."
    default:
      return nil
    }
  }

  static func occasionQuestion(_ stage: Stage) -> String {
    switch stage {
    case .occasion: occasionMenu
    case .heard:
      "What did they say about when you'd hear back? A day, \"within two weeks\", or \"nothing\" all work."
    case .development:
      "Has anything happened since, on something you talked about: a launch, an opening, a news story (\"the Leeds centre has opened\")? A line is enough, or skip."
    case .feedback:
      "Would you like the reply to ask for feedback on your interview? One plain request, never asking them to explain the decision. (Yes or no.)"
    default: ""
    }
  }

  static func occasionHint(_ stage: Stage) -> (hint: String, example: String) {
    switch stage {
    case .occasion:
      (
        "Say a number from 1 to 5, or tell me what happened.",
        "For example: 2, or they turned me down"
      )
    case .heard:
      (
        "I need what they said about timing, or \"nothing\" if they didn't say.",
        "For example: by Friday, within two weeks, or nothing"
      )
    case .development:
      (
        "A line about something new since the interview, or skip.",
        "For example: the Leeds centre has opened"
      )
    case .feedback:
      ("Yes to ask for feedback, or no to leave it out.", "For example: yes")
    default: ("", "")
    }
  }

  static func occasionHelp(_ stage: Stage) -> String {
    switch stage {
    case .occasion:
      "Which note to write: a thank-you after an interview, a check-in when you haven't heard back, a reply to a rejection, or thanks after a later round or an offer call."
    case .heard:
      "What they told you about when you'd hear back, so I can tell you when to send the check-in: after that date, or a week to ten days after the interview if they gave none."
    case .development:
      "Something new since the interview on a topic you discussed, such as a launch or an opening: it gives the check-in a reason beyond the wait. Optional: type skip."
    case .feedback:
      "Whether to ask for feedback. If yes, the reply asks once, plainly; it never argues or asks them to explain the decision."
    default: ""
    }
  }

  /// Read back after the heard question.
  static func heardAnswer(_ heard: HeardTiming, today: CivilDate) -> String {
    guard let date = heard.date else {
      return "Got it: no date. Then a week to ten days after the interview is the time to check in."
    }
    return "Got it: you'd hear by \(CheckInTiming.spoken(date, today: today))."
  }

  /// Said when a check-in or a rejection reply is given a topic from the interview.
  static func occasionTopicKept(_ topic: String) -> String {
    "Got it: the note will mention \(topic)."
  }

  /// An answer to "what did you talk about?" that names no thing: asked once more, then left.
  static let occasionTopicHint =
    "One thing you talked about, in a few words (\"their new mobile app\", \"my dissertation\"), or \"nothing\"."

  /// Said when a check-in or a rejection reply has no topic of its own.
  static func noOccasionTopic(_ occasion: Occasion) -> String {
    occasion == .rejectionReply
      ? "No problem: the reply will simply thank them and keep the door open."
      : "No problem: the check-in will refer to the interview itself."
  }

  static let noDevelopment = "No problem: the check-in will simply ask about the timeline."
  static func developmentKept(_ text: String) -> String {
    "Good: the check-in will mention that \(text)."
  }
  static let feedbackYes = "Got it: the reply will ask for feedback once, plainly."
  static let feedbackNo = "Got it: no request for feedback."

  /// A development that would guilt-trip or press: left out, with the reason.
  static func developmentRefused(_ reason: String) -> String {
    "I'll leave that out: \(reason) The check-in will simply ask about the timeline."
  }

  /// A sentence the person asked to add that guilt-trips or argues: refused, with the reason.
  static func refusedAddition(_ reason: String) -> String {
    "I'd leave that out: \(reason) The draft stays as it was."
  }

  static let guiltTripReason =
    "it reads as a reproach, and a calm check-in that simply asks about the timeline is the kind that gets a friendly reply."
  static let arguingReason =
    "arguing with their decision closes the door this reply is meant to keep open."

  /// The answer to "should I send another one?" and "when should I send it?".
  static func timingAnswer(_ advice: String, reminder: Bool, inTerminal: Bool) -> String {
    guard reminder else { return advice }
    return advice + " "
      + (inTerminal
        ? "Type save reminder.ics for a calendar reminder."
        : "Say save reminder.ics for a calendar reminder to import.")
  }

  static let noReminderDate =
    "I can't set a reminder without a day: tell me when the interview was (say back, or \"the interview was on Tuesday\")."
  static let noReminderNeeded =
    "There's nothing to send later for this one, so there's no reminder to set."
  static func reminderSaved(_ date: String) -> String {
    "Here's the reminder for \(date), as a calendar file to import:"
  }
  static func reminderFromChat(_ date: String) -> String {
    "Here's a reminder for \(date) as calendar text. I can't save files from a chat: save it as reminder.ics and open it to add it to your calendar."
  }

  /// Said when a check-in is the third.
  static let noThirdCheckIn =
    "You've checked in twice already, so I'd gently advise against a third: it starts to read as pressure. I can still write it if you'd like; say write a check-in."

  static func keepOccasionPoint(_ occasion: Occasion) -> String {
    switch occasion {
    case .checkIn:
      "I'd keep that line: asking simply about the timeline is what a check-in is for. The draft is unchanged."
    case .rejectionReply:
      "I'd keep that line: wishing them well and asking to be kept in mind is what keeps the door open. The draft is unchanged."
    case .firstNote, .laterRound:
      "I'd keep that line: it's what the note is for. The draft is unchanged."
    }
  }

  static let offerTiming =
    "Send it today if you can, and give your answer to the offer separately, once you've read the details."
  static let rejectionTiming =
    "Send it today or tomorrow, while the news is fresh. After it there's nothing to chase: they know where to find you."
  static let afterRejection =
    "No: after a reply to a rejection there's nothing more to send. If a similar role comes up there later, apply, and mention that you met them."

  // MARK: - Reviewing a note for another occasion

  static func occasionReviewClean(_ occasion: Occasion) -> String {
    switch occasion {
    case .checkIn:
      "I read your check-in. It's calm, thanks them and asks simply about the timeline: I wouldn't change a thing."
    case .rejectionReply:
      "I read your reply. It's gracious and keeps the door open: I wouldn't change a thing."
    case .firstNote, .laterRound: reviewClean
    }
  }

  static func occasionRewriteHeading(_ occasion: Occasion) -> String {
    switch occasion {
    case .checkIn: "Here's a calmer version that asks simply about the timeline:"
    case .rejectionReply: "Here's a version that keeps the door open:"
    case .firstNote, .laterRound: "Here's a version:"
    }
  }
}
