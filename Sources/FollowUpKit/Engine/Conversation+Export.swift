/// Saving and exporting the note, and reviewing a draft the person pasted.
extension Conversation {
  /// `save FILE`: a file request in the terminal; the exports inline in a remote chat, which
  /// never writes files.
  mutating func save(to path: String?) -> [Output] {
    if let outputs = saveReminder(to: path) { return outputs }
    guard let note = currentNote() else { return [.say(InterviewScript.noDraftToSave)] }
    guard surface == .terminal else {
      let export = Exporter.export(note, to: recipientAddress)
      return [.say(InterviewScript.noFilesFromChat), .say(Self.shown(export)), .export(export)]
    }
    guard let path, !path.isEmpty else {
      return [.say(InterviewScript.saveWhere)]
    }
    guard MessageText.displayable(path) == path, path.count <= 255 else {
      return [
        .say(InterviewScript.unsafeFileName)
      ]
    }
    return [
      .saveFile(
        SaveRequest(
          path: path,
          contents: Exporter.contents(
            for: path, note: note, request: currentRequest(), address: recipientAddress),
          overwrite: false))
    ]
  }

  mutating func mailto() -> [Output] {
    guard let note = currentNote() else { return [.say(InterviewScript.noDraft)] }
    guard note.channel == .email else {
      return [.say(InterviewScript.mailtoIsForEmail(note.channel))]
    }
    let link = Exporter.mailto(note, to: recipientAddress)
    var outputs: [Output] = [
      .say(InterviewScript.mailtoLink + "\n" + link)
    ]
    if surface == .remote { outputs.append(.export(Exporter.export(note, to: recipientAddress))) }
    return outputs
  }

  mutating func exportAll() -> [Output] {
    guard let note = currentNote() else { return [.say(InterviewScript.noDraft)] }
    if surface == .terminal {
      return [.say(InterviewScript.saveOrMailto)]
    }
    let export = Exporter.export(note, to: recipientAddress)
    var outputs: [Output] = [.say(InterviewScript.exportHeading), .say(Self.shown(export))]
    if let link = export.mailto { outputs.append(.say(InterviewScript.mailtoLink + "\n" + link)) }
    outputs.append(.export(export))
    return outputs
  }

  /// The export's plain text as a reply shows it: without the file's final line break.
  static func shown(_ export: Export) -> String {
    var text = export.text
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// `done` in a remote chat: the note again, to copy. A terminal has it just above; in a
  /// chat, the message above may be a review's rewrite, or long scrolled away.
  func noteToCopy() -> [Output] {
    guard surface == .remote, let note = currentNote() else { return [] }
    return [.say(InterviewScript.noteToCopy), .showNote(note)]
  }

  /// The interviewer's email address, if the person gave one.
  var recipientAddress: String? { answers.address }

  // MARK: - Review

  /// "review" and a pasted draft: findings with codes, then a rewrite on its best point.
  mutating func handleReview(_ text: String) -> [Output] {
    let draftText = PastedReview.draftText(text)
    guard !draftText.trimming(" \t\n").isEmpty else {
      return [.say(PastedReview.instructions(surface: surface))]
    }
    if let outputs = handleOccasionReview(draftText) { return outputs }
    let people = facts.interviewers ?? []
    // Held to the limits of the channel the person said they will use, when they said one.
    let channel = currentRequest()?.channel ?? answers.channel?.channel
    let findings = DraftReviewer.review(
      draftText, interviewers: people, company: facts.company, channel: channel)
    var outputs: [Output] = [.advice(findings)]
    var lines: [String] = []
    if findings.isEmpty {
      lines.append(InterviewScript.reviewClean)
    } else {
      lines.append(InterviewScript.reviewHeading)
      for finding in findings { lines.append("- \(finding.code.rawValue): \(finding.message)") }
    }
    if !findings.isEmpty,
      let rewrite = PastedReview.rewrite(
        draftText, facts: facts, topic: answers.topic ?? currentRequest()?.topic, today: today)
    {
      lines.append(InterviewScript.rewriteHeading(rewrite.topic.text))
      outputs.append(.say(lines.joined(separator: "\n")))
      outputs.append(.showNote(rewrite.note))
      outputs.append(
        .say(
          phase.question == nil
            ? InterviewScript.ownDraftUnchanged
            : InterviewScript.carryOnWhereWeWere + currentPrompt()))
      return outputs
    }
    if !findings.isEmpty {
      lines.append(InterviewScript.askForSpecificThing)
    }
    if phase.question != nil, started { lines.append("\n" + currentPrompt()) }
    outputs.append(.say(lines.joined(separator: "\n")))
    return outputs
  }
}
