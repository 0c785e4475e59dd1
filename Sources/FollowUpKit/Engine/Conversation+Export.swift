/// Saving and exporting the note, and reviewing a draft the person pasted.
extension Conversation {
  /// `save FILE`: a file request in the terminal; the exports inline in a remote chat, which
  /// never writes files.
  mutating func save(to path: String?) -> [Output] {
    guard let note = currentNote() else { return [.say("There's no draft to save yet.")] }
    guard surface == .terminal else {
      return [
        .say(
          "I can't save files from a chat, but here's the note as plain text, an email file and a mailto link you can use."
        ), .export(Exporter.export(note, to: recipientAddress)),
      ]
    }
    guard let path, !path.isEmpty else {
      return [
        .say(
          "Save it where? Type save and a file name: save note.txt for plain text, or save note.eml for an email draft your mail app opens."
        )
      ]
    }
    guard MessageText.displayable(path) == path, path.count <= 255 else {
      return [
        .say("That file name has characters I won't write. Try a plain one, such as note.txt.")
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
    guard let note = currentNote() else { return [.say("There's no draft yet.")] }
    guard note.channel == .email else {
      return [
        .say(
          "A mailto link is for email; this note is \(note.channel.spoken). Say \"make it an email\" first if you'd like one."
        )
      ]
    }
    let link = Exporter.mailto(note, to: recipientAddress)
    var outputs: [Output] = [
      .say("Open this link to start an email with the note filled in:\n" + link)
    ]
    if surface == .remote { outputs.append(.export(Exporter.export(note, to: recipientAddress))) }
    return outputs
  }

  mutating func exportAll() -> [Output] {
    guard let note = currentNote() else { return [.say("There's no draft yet.")] }
    if surface == .terminal {
      return [
        .say("Type save FILE to save it (save note.eml for an email draft), or mailto for a link.")
      ]
    }
    return [
      .say(
        "Here's the note as plain text\(note.channel == .email ? ", an email file and a mailto link" : "")."
      ), .export(Exporter.export(note, to: recipientAddress)),
    ]
  }

  /// The interviewer's email address, if the person gave one.
  var recipientAddress: String? { address }

  // MARK: - Review

  /// "review" and a pasted draft: findings with codes, then a rewrite on its best point.
  mutating func handleReview(_ text: String) -> [Output] {
    let draftText = Review.draftText(text)
    guard !draftText.trimming(" \t\n").isEmpty else {
      return [.say(Review.instructions(surface: surface))]
    }
    let people = facts.interviewers ?? []
    let findings = DraftReviewer.review(draftText, interviewers: people, company: facts.company)
    var outputs: [Output] = [.advice(findings)]
    var lines: [String] = []
    if findings.isEmpty {
      lines.append(
        "I read your draft. It thanks them, makes one specific point and stays short: I wouldn't change a thing."
      )
    } else {
      lines.append("I read your draft. Here's what I'd change:")
      for finding in findings { lines.append("- \(finding.code.rawValue): \(finding.message)") }
    }
    if !findings.isEmpty,
      let rewrite = Review.rewrite(draftText, facts: facts, topic: topic, today: today)
    {
      lines.append("Here's a version built on its best point, \(rewrite.topic.text):")
      outputs.append(.say(lines.joined(separator: "\n")))
      outputs.append(.showNote(rewrite.note))
      outputs.append(
        .say(
          stage == .draft || stage == .done
            ? "Your own draft with me is unchanged; say show to see it."
            : "We can carry on where we were: " + currentPrompt()))
      return outputs
    }
    if !findings.isEmpty {
      lines.append(
        "Tell me one specific thing from the interview and I'll write a version built on it.")
    }
    if stage != .draft && stage != .done, started { lines.append("\n" + currentPrompt()) }
    outputs.append(.say(lines.joined(separator: "\n")))
    return outputs
  }
}

/// The pasted-draft protocol: a message whose first line is `review`.
enum Review {
  static func isReview(_ text: String) -> Bool {
    // The first line is found on the bytes: every message is checked, and splitting a long
    // one into characters only to compare a few bytes cost more than the check.
    let bytes = text.utf8
    let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    guard bytes.distance(from: bytes.startIndex, to: end) <= 32 else { return false }
    return String(text[..<end]).trimming(" \t:").lowercased() == "review"
  }

  static func draftText(_ text: String) -> String {
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    return parts.count > 1 ? String(parts[1]) : ""
  }

  static func instructions(surface: Conversation.Surface) -> String {
    switch surface {
    case .terminal:
      return "To review a note you wrote, type review, paste the note, then a line with only a dot."
    case .remote:
      return
        "To review a note you wrote, send one message: the word review on the first line, then your note."
    }
  }

  /// A rewrite of a pasted draft on its best point, using what the conversation knows and what
  /// the draft says (its greeting, its sign-off).
  static func rewrite(_ text: String, facts: Facts, topic: Topic?, today: CivilDate) -> (
    note: Note, topic: Topic
  )? {
    let parsed = PastedDraft(text)
    let context = ExtractionContext(
      company: facts.company, interviewers: (facts.interviewers ?? []).map(\.full))
    guard let best = TopicExtractor(context: context).topics(in: parsed.content).first ?? topic
    else {
      return nil
    }
    // Names read from the draft only when they look like names: a pasted "greeting" or last
    // line can be anything, and a 200-character "name" would break every channel's limits.
    func plausible(_ name: PersonName) -> PersonName? {
      Correction.isPlausibleName(name) ? name : nil
    }
    let recipient =
      facts.interviewers?.first
      ?? parsed.greeting.flatMap { greeting in
        PersonName(parsing: greeting.split(separator: " ").dropFirst().joined(separator: " "))
      }.flatMap(plausible)
    let signature = parsed.body.split(separator: "\n").last.map(String.init)
    let sender =
      facts.name
      ?? signature.flatMap { $0.split(separator: " ").count <= 4 ? PersonName(parsing: $0) : nil }
      .flatMap(plausible)
    guard let recipient, let sender else { return nil }
    let request = NoteRequest(
      sender: sender, recipient: recipient, company: facts.company ?? "", role: facts.role,
      when: facts.when,
      today: today, outcome: facts.outcome, topic: best,
      channel: parsed.subject == nil && Note.words(in: parsed.body) < 60 ? .linkedin : .email)
    return (NoteComposer.compose(request), best)
  }
}
