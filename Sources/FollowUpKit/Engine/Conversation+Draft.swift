/// The draft stage: showing the note and revising it turn by turn.
extension Conversation {
  /// The interviewers, each of whom gets a note.
  var recipients: [PersonName] { facts.interviewers ?? [] }

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
    return request(for: draft.recipient, revisions: draft.applied)
  }

  /// The request for one recipient with the given revisions applied.
  func request(for recipient: Int, revisions: ArraySlice<Revision>) -> NoteRequest? {
    guard let draft, let sender = facts.name, let company = facts.company,
      recipient < recipients.count,
      recipient < draft.baseTopics.count
    else { return nil }
    var settings = DraftSettings(
      channel: channel ?? .email, freeAccount: freeAccount, topic: draft.baseTopics[recipient])
    for revision in revisions { settings.apply(revision, recipient: recipient) }
    return NoteRequest(
      sender: settings.senderOverride ?? sender,
      recipient: settings.interviewerOverride ?? recipients[recipient],
      company: settings.companyOverride ?? company,
      role: settings.roleOverride ?? facts.role,
      when: facts.when,
      today: today,
      outcome: facts.outcome,
      topic: settings.topic,
      interest: recipient == 0 ? interest : nil,
      channel: settings.channel,
      freeAccount: settings.freeAccount,
      tone: settings.tone,
      length: settings.length,
      added: settings.added,
      removed: settings.removed,
      removedAdded: settings.removedAdded,
      replacements: settings.replacements,
      variant: draft.variant &+ UInt64(recipient))
  }

  /// Enters the draft stage: writes the note (once) and shows it.
  mutating func enterDraft(prefix: String) -> [Output] {
    stage = .draft
    misses = 0
    var intro: [String] = []
    if !prefix.isEmpty { intro.append(prefix) }
    if draft == nil {
      let topics = initialTopics()
      var history = DraftHistory(baseTopics: topics)
      if let sender = facts.name, let first = recipients.first, let topic = topics.first {
        history.variant = NoteRequest.variant(
          sender: sender, recipient: first, company: facts.company ?? "", topic: topic)
      }
      draft = history
      if recipients.count > 1 {
        intro.append(
          "You met \(recipients.count) people, so I've written one note each: a separate note per person, each on its own point, reads as meant for them."
        )
      }
      if facts.outcome == .badly {
        intro.append(
          "I've kept it short and about the conversation, with no mention of how the interview went: a note that apologises reads as making amends."
        )
      }
    }
    return showDraft(intro: intro.joined(separator: " "), heading: true, footer: .full)
  }

  /// Each interviewer's starting topic: the chosen one for whoever brought it up (or the first
  /// interviewer), and for the others what they talked about, else another distinct topic.
  private func initialTopics() -> [Topic] {
    guard let chosen = topic else { return [] }
    func owner(_ topic: Topic) -> Int? {
      guard let speaker = topic.speaker else { return nil }
      return recipients.firstIndex {
        [$0.given, $0.family].compactMap { $0?.lowercased() }.contains(speaker)
      }
    }
    var result = [Topic?](repeating: nil, count: max(1, recipients.count))
    result[owner(chosen) ?? 0] = chosen
    var unused = topics.filter { $0.text != chosen.text }
    for index in result.indices where result[index] == nil {
      let theirs = unused.firstIndex { owner($0) == index } ?? unused.indices.first
      if let theirs {
        result[index] = unused.remove(at: theirs)
      } else {
        result[index] = chosen
      }
    }
    return result.map { $0 ?? chosen }
  }

  /// The outputs that show the current draft, with a heading and the next-step line.
  /// What follows a shown draft: the timing advice and how to ask for changes, a short prompt
  /// after a revision, or nothing.
  enum Footer {
    case full
    case brief
    case none
  }

  mutating func showDraft(intro: String, heading: Bool, footer: Footer = .brief) -> [Output] {
    guard let note = cachedCurrentNote(), let draft else { return [.say("There's no draft yet.")] }
    var outputs: [Output] = []
    var lines: [String] = []
    if !intro.isEmpty { lines.append(intro) }
    if heading {
      let person = currentRequest()?.recipient.full ?? ""
      var title = "Here's your draft, as \(note.channel.spoken) to \(person)"
      if recipients.count > 1 { title += " (note \(draft.recipient + 1) of \(recipients.count))" }
      lines.append(title + ":")
    }
    if !lines.isEmpty { outputs.append(.say(lines.joined(separator: "\n\n"))) }
    outputs.append(.showNote(note))
    switch footer {
    case .full: outputs.append(.say(draftFooter()))
    case .brief: outputs.append(.say("Anything else to change? Say done when you're happy."))
    case .none: break
    }
    return outputs
  }

  private func draftFooter() -> String {
    var lines = [SendTiming.advice(for: facts.when, today: today)]
    if let draft, recipients.count > 1, draft.recipient + 1 < recipients.count {
      lines.append("Say next for \(recipients[draft.recipient + 1].informal)'s note.")
    }
    lines.append(InterviewScript.question(.draft, facts: facts))
    return lines.joined(separator: "\n")
  }

  // MARK: - Revisions

  mutating func handleDraftMessage(_ text: String) -> [Output] {
    guard let request = DraftRequestReader.read(text, reader: FactReader(today: today)) else {
      return miss(question: MessageText.isQuestion(text))
    }
    misses = 0
    return perform(request)
  }

  mutating func handleDoneMessage(_ text: String) -> [Output] {
    // After quitting before there was a draft, going back to the draft stage stranded the
    // conversation there: every message got "There's no draft yet" (found by fuzzing).
    guard draft != nil else {
      return [.say("We hadn't got as far as a draft. Type restart to write one.")]
    }
    if let request = DraftRequestReader.read(text, reader: FactReader(today: today)),
      request != .done
    {
      stage = .draft
      return perform(request)
    }
    return [.say(InterviewScript.question(.done, facts: facts))]
  }

  private mutating func perform(_ request: DraftRequest) -> [Output] {
    guard let draft else { return [.say("There's no draft yet.")] }
    let recipient = draft.recipient
    switch request {
    case .shorter:
      return revise(
        .shorter, done: "Here it is, shorter:", unchanged: atLimitMessage(shorter: true))
    case .longer:
      return revise(
        .longer, done: "Here it is, a little longer:", unchanged: atLimitMessage(shorter: false))
    case .tone(let tone):
      let names: [Tone: String] = [
        .formal: "more formal", .warm: "warmer", .neutral: "in a neutral tone",
      ]
      return revise(
        .tone(tone), done: "Here it is, \(names[tone] ?? tone.rawValue):",
        unchanged:
          "It's already \([Tone.formal: "formal", .warm: "warm", .neutral: "in a neutral tone"][tone] ?? tone.rawValue)."
      )
    case .topicNumber(let number):
      guard (1...max(1, topics.count)).contains(number), number <= topics.count else {
        if topics.isEmpty { return [.say(Self.noTopicsFound(number))] }
        return [.say("There's no topic \(number). The topics I found:\n" + topicList())]
      }
      return changeTopic(topics[number - 1], recipient: recipient)
    case .otherTopic:
      guard let current = currentRequest()?.topic,
        let other = topics.first(where: { $0.text != current.text })
      else {
        return [
          .say(
            "I only found one topic in what you told me. You can type another one in your own words: \"use their new training scheme\"."
          )
        ]
      }
      return changeTopic(other, recipient: recipient)
    case .topicWords(let words):
      if isPersonInConversation(words) { return [.say(nameGivenAsTopic())] }
      if let matched = matchTopic(words) { return changeTopic(matched, recipient: recipient) }
      guard let typed = TopicExtractor(context: extractionContext).typedTopic(words) else {
        return [
          .say(
            "I couldn't make a topic of that. Try a few words, such as \"use their new training scheme\"."
          )
        ]
      }
      return changeTopic(typed, recipient: recipient)
    case .channel(let channel, let free):
      return revise(
        .channel(channel, freeAccount: free), done: "Here it is as \(channel.spoken):",
        unchanged: "It's already \(channel.spoken).")
    case .freeAccount:
      return revise(
        .channel(.linkedin, freeAccount: true),
        done: "Here it is as a LinkedIn message for a free account (200 characters at most):",
        unchanged: "It's already short enough for a free account.")
    case .correction(let correction):
      return applyInDraft(correction)
    case .renameCompany(let value):
      return revise(
        .rename(.company, value, recipient: recipient), done: "Changed the company to \(value):",
        unchanged: "The company is already \(value).")
    case .renameRole(let value):
      return revise(
        .rename(.role, value, recipient: recipient), done: "Changed the role to \(value):",
        unchanged: "The role is already \(value).")
    case .renameInterviewer(let value):
      guard let name = PersonName(parsing: value), Correction.isPlausibleName(name) else {
        return [.say("That doesn't look like a name, so I left the draft as it was.")]
      }
      return revise(
        .rename(.interviewer, name.full, recipient: recipient),
        done: "Changed the name to \(name.full):", unchanged: "The note already uses \(name.full).")
    case .add(let sentence):
      return add(sentence, recipient: recipient)
    case .removeLast, .removeOrdinal, .removeMatching:
      return remove(request, recipient: recipient)
    case .replace(let old, let new):
      return replace(old, with: new)
    case .undo:
      guard self.draft?.canUndo == true else {
        return [.say("There's nothing to undo: this is the first version.")]
      }
      self.draft?.cursor -= 1
      return showDraft(intro: "Undone. Here's the previous version:", heading: false)
    case .redo:
      guard self.draft?.canRedo == true else { return [.say("There's nothing to redo.")] }
      self.draft?.cursor += 1
      return showDraft(intro: "Redone:", heading: false)
    case .why:
      return [.say(reasons())]
    case .done:
      return finish()
    case .nextRecipient:
      guard recipients.count > 1 else {
        return [.say("There's only one note: you met one person.")]
      }
      let next = (recipient + 1) % recipients.count
      self.draft?.recipient = next
      return showDraft(intro: "", heading: true, footer: .full)
    case .recipientNamed(let name):
      let wanted = name.lowercased()
      guard
        let index = recipients.firstIndex(where: {
          $0.full.lowercased().contains(wanted)
            || wanted.contains(($0.given ?? $0.full).lowercased())
        })
      else {
        return [
          .say(
            "I don't have a note for \(MessageText.displayable(name)). The notes are for "
              + Acknowledgement.list(recipients.map(\.full)) + ".")
        ]
      }
      self.draft?.recipient = index
      return showDraft(intro: "", heading: true, footer: .full)
    case .address(let address):
      self.address = address
      return [
        .say(
          "Got it: I'll address the email to \(address) when you save it as an .eml file or use mailto."
        )
      ]
    case .save(let path):
      return save(to: path)
    case .mailto:
      return mailto()
    case .export:
      return exportAll()
    }
  }

  private func atLimitMessage(shorter: Bool) -> String {
    let channel = currentRequest()?.channel ?? .email
    if shorter {
      switch channel {
      case .email:
        return
          "That's as short as an email gets while still thanking them and making one point. For something briefer, try a LinkedIn message or a card."
      case .linkedin, .card:
        return "That's as short as it gets while still thanking them and making one point."
      }
    }
    switch channel {
    case .linkedin:
      return
        "That's as long as I'd make a LinkedIn message: it has to fit in \(currentRequest()?.freeAccount == true ? 200 : 300) characters."
    case .card: return "That's as long as a card should be: 80 words at most."
    case .email:
      return
        "That's as long as I'd make it: any longer and a follow-up starts to read like a second cover letter."
    }
  }

  /// Applies a revision if the note changes and keeps its channel's limits; otherwise says why
  /// not and leaves the draft as it was.
  mutating func revise(_ revision: Revision, done: String, unchanged: String) -> [Output] {
    guard let draft, let before = cachedCurrentNote(), let beforeRequest = currentRequest() else {
      return [.say("There's no draft yet.")]
    }
    var trial = draft
    trial.append(revision)
    guard let request = request(for: trial.recipient, revisions: trial.applied) else {
      return [.say(unchanged)]
    }
    // A removal is judged on the note without the line: the composer would bring a removed
    // line back to keep an email at 50 words, and the person would see "already gone".
    let after: Note
    switch revision {
    case .remove, .removeAdded: after = NoteComposer.composeKeepingRemovals(request)
    default: after = NoteComposer.compose(request)
    }
    // A name change counts even when this tone does not show it ("Dear Priya" either way): it
    // shows in the formal greeting and in the exports. Other changes must change the note.
    if case .rename = revision {
      if request == beforeRequest { return [.say(unchanged)] }
    } else if after == before {
      return [.say(unchanged)]
    }
    guard after.fits(request.limits) else {
      return [.say(limitRefusal(request: request, note: after))]
    }
    self.draft = trial
    noteCache = NoteCache(request: request, note: after)
    return showDraft(intro: done, heading: false)
  }

  private func limitRefusal(request: NoteRequest, note: Note) -> String {
    let limits = request.limits
    if let maximum = limits.maximumCharacters, note.characterCount > maximum {
      return
        "That would make the message \(note.characterCount) characters, over the \(maximum) a LinkedIn message allows, so I left the draft as it was. Try shorter first, or drop a line."
    }
    if let maximum = limits.maximumWords, note.wordCount > maximum {
      return
        "That would make the note \(note.wordCount) words, over the \(maximum) that suit \(request.channel.spoken), so I left the draft as it was. Try shorter first, or drop a line."
    }
    if let minimum = limits.minimumWords, note.wordCount < minimum {
      return
        "That would leave the email at \(note.wordCount) words, under \(minimum), which reads as curt, so I left the draft as it was."
    }
    return "That change would break the note's limits, so I left the draft as it was."
  }

  private mutating func changeTopic(_ topic: Topic, recipient: Int) -> [Output] {
    if !topics.contains(where: { $0.text == topic.text }) { topics.append(topic) }
    return revise(
      .topic(topic, recipient: recipient), done: "Here it is, built on \(topic.text):",
      unchanged: "The note is already built on \(topic.text).")
  }

  /// The topic whose words best match what the person typed ("the podcast").
  private func matchTopic(_ words: String) -> Topic? {
    let wanted = Set(Phrase.contentKey(words).split(separator: " "))
    guard !wanted.isEmpty else { return nil }
    var best: (Topic, Int)?
    for topic in topics {
      let have = Set(Phrase.contentKey(topic.text).split(separator: " "))
      let shared = have.intersection(wanted).count
      // Most of what the person typed must be in the topic: "your new graduate scheme" is not
      // "the new depot" just because both are new.
      if shared * 2 >= wanted.count, shared > (best?.1 ?? 0) { best = (topic, shared) }
    }
    return best?.0
  }

  private mutating func add(_ sentence: String, recipient: Int) -> [Output] {
    let cleaned = InterestReader.secondPerson(sentence, context: extractionContext)
    let findings = DraftReviewer.problems(inSentence: cleaned)
    if let finding = findings.first {
      return [.say("I'd leave that out: \(finding.message) The draft is unchanged.")]
    }
    return revise(
      .add(cleaned, recipient: recipient), done: "Added it:",
      unchanged: "That's already in the note.")
  }

  private mutating func remove(_ request: DraftRequest, recipient: Int) -> [Output] {
    guard let note = currentNote() else { return [.say("There's no draft yet.")] }
    let body = note.lines.filter { $0.part != .greeting && $0.part != .signOff }
    var target: Note.Line?
    switch request {
    case .removeLast:
      target = body.last
    case .removeOrdinal(let number):
      target = number <= body.count ? body[number - 1] : nil
    case .removeMatching(let words):
      // "the topic", "the thanks", "the closing line": parts named by what they do.
      let named: [(String, Note.Part)] = [
        ("topic", .topic), ("thank", .thanks), ("clos", .close), ("greeting", .greeting),
        ("sign", .signOff),
      ]
      if let part = named.first(where: { words.lowercased().contains($0.0) })?.1,
        let line = note.lines.last(where: { $0.part == part })
      {
        target = line
        break
      }
      let wanted = Phrase.stems(words)
      var best: (Note.Line, Int)?
      for line in body {
        let have = Phrase.stems(line.text)
        let shared = have.intersection(wanted).count
        if shared > 0, shared > (best?.1 ?? 0) { best = (line, shared) }
      }
      target = best?.0
    default:
      target = nil
    }
    guard let line = target else {
      return [
        .say(
          "I couldn't find that line in the draft, so nothing changed. You can say \"drop the last line\" or \"remove the bit about ...\" with a word from the line."
        )
      ]
    }
    switch line.part {
    case .thanks:
      return [
        .say(
          "I'd keep the thanks: thanking them for their time is the heart of a follow-up. The draft is unchanged."
        )
      ]
    case .topic:
      return [
        .say(
          "That sentence is what makes the note personal, so I'd keep it. To change it, say \"use another topic\" or type a topic. The draft is unchanged."
        )
      ]
    case .greeting, .signOff:
      return [.say("The greeting and sign-off stay. The draft is unchanged.")]
    case .added:
      return revise(
        .removeAdded(line.addedIndex ?? 0, recipient: recipient), done: "Removed \"\(line.text)\":",
        unchanged: "That line is already gone.")
    case .topicDetail, .connection, .interest, .close:
      return revise(
        .remove(line.part, recipient: recipient), done: "Removed \"\(line.text)\":",
        unchanged: "That line is already gone.")
    }
  }

  mutating func replace(_ old: String, with new: String) -> [Output] {
    guard let note = currentNote() else { return [.say("There's no draft yet.")] }
    let text = ([note.subject ?? ""] + note.lines.map(\.text)).joined(separator: "\n")
    guard text.replacingWords(old, with: new) != text else {
      return [
        .say(
          "I couldn't find \"\(MessageText.displayable(old))\" in the draft, so nothing changed.")
      ]
    }
    let findings = DraftReviewer.problems(inSentence: new)
    if let finding = findings.first {
      return [.say("I'd leave that out: \(finding.message) The draft is unchanged.")]
    }
    return revise(
      .replace(old, with: new), done: "Swapped \"\(old)\" for \"\(new)\":",
      unchanged: "Nothing to swap.")
  }

  /// The reasons behind the draft, from the advice.
  func reasons() -> String {
    guard let request = currentRequest() else { return "There's no draft yet." }
    var lines = [
      "Why the draft reads as it does:",
      "- It's built on one thing from this interview, \(request.topic.text), so it couldn't have been sent to any other employer. That's what makes a follow-up memorable.",
      "- It thanks \(request.recipient.informal) for their time and names the role and company, so they can place you at once.",
      "- It's short and makes one point: a longer note starts to read like a second cover letter, which can come across as desperate.",
      "- It doesn't press for a decision: it closes calmly and leaves the next step to them.",
    ]
    if request.outcome == .badly {
      lines.append(
        "- It doesn't mention how the interview went: a note that apologises or explains reads as making amends, and draws attention to what you'd rather they forgot."
      )
    }
    switch request.channel {
    case .email:
      lines.append(
        "- As an email it has a short subject line and a body of \(NoteComposer.compose(request).wordCount) words (50 to 150 suits a follow-up)."
      )
    case .linkedin:
      lines.append(
        "- As a LinkedIn message it stays within \(request.freeAccount ? 200 : 300) characters, the limit for a connection note."
      )
    case .card: lines.append("- As a card it stays under 80 words: a card is read in a glance.")
    }
    lines.append("- " + SendTiming.advice(for: request.when, today: request.today))
    return lines.joined(separator: "\n")
  }

  /// "done": the note is ready.
  mutating func finish() -> [Output] {
    stage = .done
    var text =
      "Your note is ready to copy from above. " + SendTiming.advice(for: facts.when, today: today)
    if recipients.count > 1 {
      text +=
        " There's a note for each of \(Acknowledgement.list(recipients.map(\.informal))): say next to see the other\(recipients.count > 2 ? "s" : "")."
    }
    if surface == .terminal {
      text +=
        "\nType save FILE to save it (save note.eml for an email draft), mailto for a link that opens your email, or restart to write another."
    } else {
      text += "\nSay export for the note as a file or a mailto link, or restart to write another."
    }
    if let name = facts.name { text += "\nGood luck, \(name.given ?? name.full)!" }
    return [.say(text)]
  }
}
