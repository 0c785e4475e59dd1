/// Reminders for the next note, and the review of a pasted note written for an occasion after
/// the first.
extension Conversation {
  /// The reminder for the next note: the check-in after a first note or a later round, the
  /// check-in in hand when it is too early to send, or the next one after it. Nil when there
  /// is nothing to send later (a rejection reply, two check-ins already) or no day is known.
  func reminder(for asked: TimingQuestion? = nil) -> Reminder? {
    guard let company = facts.company else { return nil }
    let person = facts.interviewers?.first?.full ?? "the interviewer"
    var timing = nextCheckIn
    if occasion == .checkIn, asked != .another, let date = checkInTiming.sendDate, today < date {
      timing = checkInTiming
    }
    guard timing.mayCheckIn, let date = timing.sendDate else { return nil }
    let first = timing.checkIns == 0
    let role = facts.role.map { " about the \($0) role" } ?? ""
    let summary = "Check in with \(person) at \(company)"
    let details =
      (first
        ? "If you haven't heard back, send \(person) a short check-in\(role): thank them again and ask simply about the timeline."
        : "If there's still no reply, send \(person) one last short check-in\(role). After that, leave the next move to them.")
      + "\nFollowUp writes it: say \"write a check-in\"."
    let identity = [
      facts.name?.full ?? "", person, company, facts.role ?? "", facts.when?.date?.iso ?? "",
      occasion.rawValue, String(timing.checkIns), date.iso,
    ].joined(separator: "\u{1F}")
    return Reminder(date: date, summary: summary, details: details, identity: identity, made: today)
  }

  /// `save reminder.ics`: the calendar file in the terminal, its text in a remote chat. Nil
  /// when the path is not an .ics file, so the note's own save goes on.
  mutating func saveReminder(to path: String?) -> [Output]? {
    guard let path, path.lowercased().hasSuffix(".ics") else { return nil }
    guard let reminder = reminder() else {
      let known = facts.when?.date != nil || answers.occasion?.heard?.date != nil
      return [
        .say(
          known || occasion == .rejectionReply
            ? InterviewScript.noReminderNeeded : InterviewScript.noReminderDate)
      ]
    }
    let text = ICalendar.event(reminder)
    let day = CheckInTiming.spoken(reminder.date, today: today)
    guard surface == .terminal else {
      let export = Export(text: text, eml: nil, mailto: nil, ics: text)
      // Shown in the chat with plain line ends and no final line break: a chat message ends
      // where its text does, and a transcript of it must read back the same. The export keeps
      // the exact RFC 5545 text, CRLF included.
      var shown = text.replacingOccurrencesOf("\r\n", with: "\n")
      while shown.hasSuffix("\n") { shown.removeLast() }
      return [
        .say(InterviewScript.reminderFromChat(day)),
        .say(shown),
        .export(export),
      ]
    }
    guard MessageText.displayable(path) == path, path.count <= 255 else {
      return [.say(InterviewScript.unsafeFileName)]
    }
    return [
      .say(InterviewScript.reminderSaved(day)),
      .saveFile(SaveRequest(path: path, contents: text, overwrite: false)),
    ]
  }

  /// `review` of a note written for a check-in or a rejection reply: the conversation's
  /// occasion, or the one the note plainly is. Nil for a first note's review, which goes on
  /// as before.
  mutating func handleOccasionReview(_ draftText: String) -> [Output]? {
    let kind =
      occasion == .firstNote ? DraftReviewer.occasion(ofPasted: draftText) : occasion
    guard let kind, kind == .checkIn || kind == .rejectionReply else { return nil }
    let channel = currentRequest()?.channel ?? answers.channel?.channel
    let findings = DraftReviewer.review(
      draftText, occasion: kind, interviewers: facts.interviewers ?? [], company: facts.company,
      channel: channel)
    var outputs: [Output] = [.advice(findings)]
    var lines: [String] = []
    if findings.isEmpty {
      lines.append(InterviewScript.occasionReviewClean(kind))
    } else {
      lines.append(InterviewScript.reviewHeading)
      for finding in findings { lines.append("- \(finding.code.rawValue): \(finding.message)") }
    }
    if !findings.isEmpty, let rewrite = occasionRewrite(draftText, occasion: kind) {
      lines.append(InterviewScript.occasionRewriteHeading(kind))
      outputs.append(.say(lines.joined(separator: "\n")))
      outputs.append(.showNote(rewrite))
      outputs.append(
        .say(
          phase.question == nil
            ? InterviewScript.ownDraftUnchanged
            : InterviewScript.carryOnWhereWeWere + currentPrompt()))
      return outputs
    }
    if phase.question != nil, started { lines.append("\n" + currentPrompt()) }
    outputs.append(.say(lines.joined(separator: "\n")))
    return outputs
  }

  /// The pasted note rewritten for its occasion, with the names the conversation knows or the
  /// note's own greeting and signature when they look like names.
  private func occasionRewrite(_ text: String, occasion kind: Occasion) -> Note? {
    let parsed = PastedDraft(text)
    guard let (recipient, sender) = PastedReview.names(parsed, facts: facts) else { return nil }
    var request = NoteRequest(
      sender: sender, recipient: recipient, company: facts.company ?? "", role: facts.role,
      when: facts.when, today: today, topic: Topic(text: "", score: 0),
      channel: parsed.subject == nil && Note.words(in: parsed.body) < 60 ? .linkedin : .email)
    var details = answers.occasion ?? OccasionAnswers(occasion: kind)
    details.occasion = kind
    if kind == .rejectionReply, details.feedback == nil {
      details.feedback = text.lowercased().contains("feedback")
    }
    request.occasion = details.note
    return NoteComposer.compose(request)
  }
}
