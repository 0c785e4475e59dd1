/// Changes the person asks for at the draft, each applied as an undoable revision.
extension Conversation {
  mutating func handleDraftMessage(_ text: String, draft: Draft) -> [Output] {
    // "for Grace make it warmer": Grace's note, and only hers.
    var text = text
    var draft = draft
    let reader = FactReader(today: today)
    // "address it just to Marco" names whose note is kept, not a note to change.
    if DraftRequestReader.recipientsChange(text) == nil,
      let (index, rest) = namedRecipient(in: text), !rest.isEmpty,
      DraftRequestReader.read(rest, reader: reader) != nil
        || DraftRequestReader.readSeveral(rest, reader: reader) != nil
    {
      // "for Linda make it warmer" with Linda's note left out: said, and nothing changes.
      if draft.leftOut.contains(index) {
        return [.say(InterviewScript.alreadyLeftOut(recipients[index].spoken))]
      }
      draft.recipient = index
      update(draft)
      text = rest
    }
    let everyNote = Self.meansEveryNote(text)
    // "add it anyway": the line kept out at the point question, put in as the person typed it.
    if let held = heldPointAddition(text) {
      misses = 0
      return perform(.add(held), on: draft, everyNote: everyNote)
    }
    // With none kept out, "add it anyway" names no sentence: it was being added as "It anyway."
    if asksForHeldLine(text) { return [.say(InterviewScript.noHeldLine)] }
    // "make it a bit warmer and sign it just Sam": several changes in one message.
    if let several = DraftRequestReader.readSeveral(text, reader: FactReader(today: today)) {
      misses = 0
      return performAll(several, everyNote: everyNote)
    }
    guard
      let request = DraftRequestReader.read(text, reader: reader)
        ?? DraftRequestReader.readAmongReasons(text, reader: reader)
    else {
      if let company = fullerCompany(in: text) {
        misses = 0
        return revise(
          .rename(.company, company, recipient: draft.recipient),
          done: InterviewScript.companyChanged(company),
          unchanged: InterviewScript.companyAlready(company))
      }
      // "put jamie-lee fitzsimmons at the bottom": the person's own wish on their name, read
      // as it is at the questions (`nameWishCorrection`), before a reading of one word of it
      // (tuning 41's ce018 was not understood).
      if let correction = nameWishCorrection(text)
        ?? CorrectionReader(reader: FactReader(today: today), known: facts).read(text)
      {
        misses = 0
        return applyInDraft(correction)
      }
      return miss(question: MessageText.isQuestion(text))
    }
    misses = 0
    return perform(request, on: draft, everyNote: everyNote)
  }

  /// Several changes in turn; the draft is shown once, after the last.
  /// When one of them could not be made ("call him Mick, its a pub not a bank": no "a bank" in
  /// the note), the draft the others made is still shown, after what each did or why not.
  private mutating func performAll(_ requests: [DraftRequest], everyNote: Bool) -> [Output] {
    var intros: [String] = []
    var changed = false
    for request in requests {
      guard let draft else { break }
      let outputs = perform(request, on: draft, everyNote: everyNote)
      // What each change did (or why not), without showing the note each time.
      for output in outputs {
        if case .showNote = output {
          changed = true
          break
        }
        if case .say(let line) = output { intros.append(line) }
      }
    }
    let intro = intros.joined(separator: "\n")
    guard changed else { return [.say(intro)] }
    return showDraft(intro: intro, heading: false)
  }

  /// A recipient named as the one the change is for: "for Grace ...", "... for Raj", "on
  /// Grace's note". Returns their index and the message without the words that named them.
  func namedRecipient(in text: String) -> (Int, String)? {
    guard recipients.count > 1 else { return nil }
    let words = text.squeezed.split(separator: " ").map(String.init)
    for (position, word) in words.enumerated() {
      let plain = word.lowercased().trimming(",.:;!?")
      let name = plain.hasSuffix("'s") ? String(plain.dropLast(2)) : plain
      guard
        let index = recipients.firstIndex(where: {
          [$0.given, $0.family].compactMap { $0?.lowercased() }.contains(name)
        })
      else { continue }
      var start = position
      var end = position + 1
      if start > 0, ["for", "to", "on", "in"].contains(words[start - 1].lowercased()) {
        start -= 1
      } else if !plain.hasSuffix("'s") {
        continue
      }
      if end < words.count, ["note", "one", "note,", "one,"].contains(words[end].lowercased()) {
        end += 1
      }
      let rest = (words[..<start] + words[end...]).joined(separator: " ").trimming(" ,:;")
      return (index, rest)
    }
    return nil
  }

  /// The tone a greeting asked for implies: "hi will" is warm, "Dear Mr King" formal, "dear
  /// will" neutral; nil when the words are not a greeting.
  static func greetingTone(_ text: String) -> Tone? {
    let words = WordSplitter.words(text)
    guard let first = words.first, (2...4).contains(words.count) else { return nil }
    switch first {
    case "hi", "hello", "hey": return .warm
    case "dear":
      let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "mx"]
      return titles.contains(words[1].trimming(".")) ? .formal : .neutral
    default: return nil
    }
  }

  /// "make both warmer", "all of them shorter": the change is for every note.
  static func meansEveryNote(_ text: String) -> Bool {
    let words = Set(WordSplitter.words(text))
    return !words.isDisjoint(with: ["both", "all", "every", "each", "everyone"])
  }

  mutating func handleDoneMessage(_ text: String, draft: Draft?) -> [Output] {
    // After quitting before there was a draft, going back to the draft stage stranded the
    // conversation there: every message got "There's no draft yet" (found by fuzzing).
    guard let draft else { return [.say(InterviewScript.noDraftAfterQuit)] }
    if let request = DraftRequestReader.read(text, reader: FactReader(today: today)),
      request != .done
    {
      phase = .drafting(draft)
      return perform(request, on: draft, everyNote: Self.meansEveryNote(text))
    }
    return [.say(InterviewScript.question(.done, facts: facts))]
  }

  mutating func perform(_ request: DraftRequest, on draft: Draft, everyNote: Bool = true)
    -> [Output]
  {
    let recipient = draft.recipient
    let script = InterviewScript.self
    // With several interviewers, tone, length and wording change the note in view only.
    func scoped(_ revision: Revision) -> Revision {
      recipients.count > 1 && !everyNote ? .only(revision, recipient: recipient) : revision
    }
    switch request {
    case .shorter:
      return revise(
        scoped(.shorter), done: script.madeShorter, unchanged: atLimitMessage(shorter: true))
    case .longer:
      return revise(
        scoped(.longer), done: script.madeLonger, unchanged: atLimitMessage(shorter: false))
    case .tone(let tone):
      return revise(
        scoped(.tone(tone)), done: script.toneChanged(tone), unchanged: script.toneAlready(tone))
    case .topicNumber(let number):
      guard (1...max(1, topics.count)).contains(number), number <= topics.count else {
        if topics.isEmpty { return [.say(script.noTopicsFound(number))] }
        return [.say(script.noTopicNumbered(number) + "\n" + topicList())]
      }
      return changeTopic(topics[number - 1], recipient: recipient)
    case .otherTopic:
      guard let current = currentRequest()?.topic,
        let other = topics.first(where: { $0.text != current.text })
      else { return [.say(script.onlyOneTopicFound)] }
      return changeTopic(other, recipient: recipient)
    case .topicWords(let words):
      if isPersonInConversation(words) { return [.say(nameGivenAsTopic())] }
      if let matched = matchTopic(words) { return changeTopic(matched, recipient: recipient) }
      guard let typed = TopicExtractor(context: extractionContext).typedTopic(words) else {
        return [.say(script.notATopic)]
      }
      return changeTopic(typed, recipient: recipient)
    case .channel(let channel, let free):
      return revise(
        .channel(channel, freeAccount: free), done: script.channelChanged(channel),
        unchanged: script.channelAlready(channel))
    case .freeAccount:
      let limit = ChannelLimits.of(.linkedin, freeAccount: true).maximumCharacters ?? 0
      return revise(
        .channel(.linkedin, freeAccount: true), done: script.freeAccountChanged(limit: limit),
        unchanged: script.freeAccountAlready)
    case .correction(let correction):
      return applyInDraft(correction)
    case .renameCompany(let value):
      return revise(
        .rename(.company, value, recipient: recipient), done: script.companyChanged(value),
        unchanged: script.companyAlready(value))
    case .renameRole(let value):
      return revise(
        .rename(.role, value, recipient: recipient), done: script.roleChanged(value),
        unchanged: script.roleAlready(value))
    case .renameInterviewer(let value):
      guard let name = PersonName(parsing: value), Correction.isPlausibleName(name) else {
        return [.say(script.notAName)]
      }
      return revise(
        .rename(.interviewer, name.full, recipient: recipient),
        done: script.interviewerChanged(name.full), unchanged: script.interviewerAlready(name.full))
    case .greet(let words):
      return greet(words, draft: draft)
    case .greetAlso(let names):
      return greetAlso(names, draft: draft)
    case .signedWith(let name, let closing):
      return performAll([.closing(closing), .correction(.signOff(name))], everyNote: everyNote)
    case .signOwnName(let form):
      // The name held, in the form asked for: "Jordan" for the first name.
      guard let held = facts.name,
        let name = form == .first ? held.given.map({ PersonName(given: $0) }) : held
      else { return [.say(script.notAName)] }
      return applyInDraft(.signOff(name))
    case .greetForm(let form):
      guard let person = currentRequest()?.recipient else { return [.say(script.noDraft)] }
      let words: String?
      switch form {
      case .first: words = person.given
      case .full:
        let parts = [person.given, person.family].compactMap { $0 }
        words = parts.isEmpty ? nil : parts.joined(separator: " ")
      case .titled: words = person.family == nil ? nil : person.formal
      }
      guard let words else { return [.say(script.notAName)] }
      return greet(words, draft: draft)
    case .closing(let words):
      return revise(
        .rename(.closing, words, recipient: recipient), done: script.closingChanged(words),
        unchanged: script.closingAlready(words))
    case .add(let sentence):
      return add(sentence, recipient: recipient)
    case .removeLast, .removeOrdinal, .removeMatching:
      // "dont mention craig" with Craig's own note in view: his note, not a line of it.
      if case .removeMatching(let words) = request,
        let index = leftOutByRemoval(words, draft: draft),
        let other = keptRecipients.first(where: { $0 != index })
      {
        return leaveOut([index], showing: index == recipient ? other : recipient, draft: draft)
      }
      return remove(request, recipient: recipient)
    case .onlyFor(let words):
      return keepOnly(words, draft: draft)
    case .leaveOut(let words):
      return leaveOut(words, draft: draft)
    case .replace(let old, let new):
      // "say hi will instead of dear mr king": the greeting's form, which follows the tone.
      if let tone = Self.greetingTone(new), Self.greetingTone(old) != nil {
        return revise(
          scoped(.tone(tone)), done: script.toneChanged(tone), unchanged: script.toneAlready(tone))
      }
      return replace(old, with: new)
    case .undo:
      guard draft.canUndo else { return [.say(script.nothingToUndo)] }
      var moved = draft
      moved.cursor -= 1
      update(moved)
      // Notes left out come back: say whose, and show which note this is of how many.
      let back = draft.leftOut.subtracting(moved.leftOut).sorted()
      if !back.isEmpty {
        return showDraft(
          intro: script.notesBack(back.map { recipients[$0].spoken }), heading: true,
          footer: .full)
      }
      return showDraft(intro: script.undone, heading: false)
    case .redo:
      guard draft.canRedo else { return [.say(script.nothingToRedo)] }
      var moved = draft
      moved.cursor += 1
      update(moved)
      return showDraft(intro: script.redone, heading: false)
    case .why:
      return [.say(reasons())]
    case .done:
      return finish(draft)
    case .nextRecipient:
      let kept = keptRecipients
      guard kept.count > 1 else {
        return [.say(recipients.count > 1 ? script.onlyOneNoteKept : script.onlyOneNote)]
      }
      var moved = draft
      moved.recipient = self.recipient(after: recipient) ?? kept[0]
      update(moved)
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
            script.noNoteFor(
              MessageText.displayable(name), notes: Acknowledgement.list(recipients.map(\.spoken))))
        ]
      }
      if draft.leftOut.contains(index) {
        return [.say(script.alreadyLeftOut(recipients[index].spoken))]
      }
      var moved = draft
      moved.recipient = index
      update(moved)
      return showDraft(intro: "", heading: true, footer: .full)
    case .address(let address):
      answers.address = address
      return [.say(script.addressKept(address))]
    case .save(let path):
      return save(to: path)
    case .mailto:
      return mailto()
    case .export:
      return exportAll()
    }
  }

  private func atLimitMessage(shorter: Bool) -> String {
    let request = currentRequest()
    let channel = request?.channel ?? .email
    return InterviewScript.atLimit(
      channel, shorter: shorter,
      limits: ChannelLimits.of(channel, freeAccount: request?.freeAccount ?? false))
  }

  /// Applies a revision if the note changes and keeps its channel's limits; otherwise says why
  /// not and leaves the draft as it was.
  mutating func revise(_ revision: Revision, done: String, unchanged: String) -> [Output] {
    guard let draft, let before = cachedCurrentNote(), let beforeRequest = currentRequest() else {
      return [.say(InterviewScript.noDraft)]
    }
    guard draft.revisions.count < Draft.maximumRevisions else {
      return [.say(InterviewScript.tooManyChanges)]
    }
    var trial = draft
    trial.append(revision)
    guard let request = request(for: trial.recipient, in: trial, revisions: trial.applied) else {
      return [.say(unchanged)]
    }
    // A removal is judged on the note without the line: the composer would bring a removed
    // line back to keep an email at its minimum, and the person would see "already gone".
    let after: Note
    switch revision {
    case .remove, .removeAdded: after = NoteComposer.composeKeepingRemovals(request)
    case .shorter, .longer, .tone, .topic, .channel, .rename, .add, .replace, .only, .leaveOut:
      after = NoteComposer.compose(request)
    }
    // A name change counts even when this tone does not show it ("Dear Priya" either way): it
    // shows in the formal greeting and in the exports. Other changes must change the note.
    // The greeting's and the closing's own words show in the note, so the note tells.
    if case .rename(let field, _, _) = revision, field != .greeting, field != .closing {
      if request == beforeRequest { return [.say(unchanged)] }
    } else if after == before {
      return [.say(unchanged)]
    }
    // No change may leave a note with nothing between its greeting and sign-off.
    guard after.hasBody || !before.hasBody else { return [.say(InterviewScript.noBodyLeft)] }
    guard after.fits(request.limits) else {
      return [.say(InterviewScript.limitRefusal(request: request, note: after))]
    }
    update(trial)
    noteCache = NoteCache(request: request, note: after)
    return showDraft(intro: done, heading: false)
  }

  /// "can we say Dear Kavitha", "address it to only Kofi": the greeting of the note in view
  /// uses the words asked for, in the channel's form. Words that name another of the
  /// interviewers show that person's note, greeted so.
  private mutating func greet(_ words: String, draft: Draft) -> [Output] {
    let script = InterviewScript.self
    let asked = Self.nameWords(words)
    if recipients.count > 1, !asked.isEmpty, !words.lowercased().contains(" and "),
      let index = recipients.firstIndex(where: { person in
        let parts = Self.nameWords(person.full)
        return asked.allSatisfy(parts.contains)
      }), index != draft.recipient
    {
      // A note left out is not brought back by greeting its person: undo does that.
      if draft.leftOut.contains(index) {
        return [.say(script.alreadyLeftOut(recipients[index].spoken))]
      }
      var moved = draft
      moved.recipient = index
      update(moved)
      // Their name as the note already greets them: their note, as it is.
      let person = recipients[index]
      if words == person.informal || words == person.formal {
        return showDraft(intro: "", heading: true, footer: .full)
      }
      let heading = script.draftHeading(
        channel: currentRequest()?.channel ?? draft.channel, person: recipients[index].spoken,
        index: index, of: recipients.count)
      let outputs = revise(
        .rename(.greeting, words, recipient: index),
        done: heading + "\n\n" + script.greetingChanged(words),
        unchanged: script.greetingAlready(words))
      if outputs.contains(where: { if case .showNote = $0 { true } else { false } }) {
        return outputs
      }
      return showDraft(intro: "", heading: true, footer: .full)
    }
    return revise(
      .rename(.greeting, words, recipient: draft.recipient), done: script.greetingChanged(words),
      unchanged: script.greetingAlready(words))
  }

  /// "can u put the full name Sentinel365 Cyber Ltd": capitalised words around the company's
  /// name as the note has it, which hold it and more, are its full name. Only read when the
  /// message is no other change.
  func fullerCompany(in text: String) -> String? {
    guard let company = currentRequest()?.company, !company.isEmpty else { return nil }
    let held = company.split(separator: " ").map { $0.lowercased() }
    let words = text.split(separator: " ").map { String($0).trimming(",.!?;:\"'()") }
    func capitalised(_ word: String) -> Bool {
      guard let first = word.first, first.isUppercase || first.isNumber else {
        return word == "&"
      }
      return !DirectAnswer.sentenceWords.contains(word.lowercased())
    }
    guard words.count >= held.count, words.count <= 24,
      let start = (0...(words.count - held.count)).first(where: { index in
        zip(words[index...], held).allSatisfy { $0.lowercased() == $1 }
      })
    else { return nil }
    var first = start
    var end = start + held.count
    while first > 0, capitalised(words[first - 1]) { first -= 1 }
    while end < words.count, capitalised(words[end]) { end += 1 }
    guard end - first > held.count else { return nil }
    return words[first..<end].joined(separator: " ")
  }

  /// A name's words, lower case, without titles: "Mr Kofi Mensah" is kofi and mensah.
  static func nameWords(_ text: String) -> [String] {
    text.split(separator: " ").map { $0.lowercased().trimming(".,") }.filter {
      PersonName.titles[$0] != nil || $0 == "madam" ? false : !$0.isEmpty
    }
  }

  /// A word swap whose old words name the person greeted or the company: the name
  /// changed where the note keeps it, rather than text that may not be in the note as typed
  /// ("Mrs Ofori-Atta" when the note says "Dear Abena,").
  private mutating func renamedByWords(_ old: String, _ new: String) -> [Output]? {
    guard let draft, let request = currentRequest() else { return nil }
    let script = InterviewScript.self
    let oldWords = Self.nameWords(old)
    let newWords = Self.nameWords(new)
    guard !oldWords.isEmpty, !newWords.isEmpty, new.split(separator: " ").count <= 6 else {
      return nil
    }
    if request.company.lowercased() == old.lowercased() {
      return revise(
        .rename(.company, new, recipient: draft.recipient), done: script.companyChanged(new),
        unchanged: script.companyAlready(new))
    }
    // "say Mei not Mei Ling at the end": words of the person's own name, said in another
    // form, are how the note is signed.
    let ownWords = Self.nameWords(request.sender.full)
    if oldWords.allSatisfy(ownWords.contains),
      new.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }),
      let name = PersonName(parsing: new)
    {
      return applyInDraft(.signOff(name))
    }
    // The person greeted, or another of the interviewers (whose note it then shows).
    let people = [request.recipient] + recipients
    let names = { (person: PersonName) in
      oldWords.allSatisfy(Self.nameWords(person.full).contains)
    }
    // "say Ms Shah not Priya": a title in the new words says it is a name too.
    let newTitled = new.split(separator: " ").contains {
      PersonName.titles[$0.lowercased().trimming(".")] != nil || $0.lowercased() == "madam"
    }
    let titled = old.split(separator: " ").contains {
      PersonName.titles[$0.lowercased().trimming(".")] != nil || $0.lowercased() == "madam"
    }
    // The person greeted, named with a title or in full, and a new form that is a name too.
    if people.contains(where: names), titled || newTitled || oldWords.count > 1,
      new.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true })
    {
      return greet(new, draft: draft)
    }
    return nil
  }

  private mutating func changeTopic(_ topic: Topic, recipient: Int) -> [Output] {
    if !topics.contains(where: { $0.text == topic.text }) { answers.topics.append(topic) }
    return revise(
      .topic(topic, recipient: recipient), done: InterviewScript.topicChanged(topic.text),
      unchanged: InterviewScript.topicAlready(topic.text))
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
    // Refused before it is read or composed: a sentence longer than the whole note cannot fit.
    if let request = currentRequest(), request.limits.isExceeded(bySentence: sentence) {
      return [.say(InterviewScript.longerThanNote(request.channel, limits: request.limits))]
    }
    let cleaned = InterestReader.secondPerson(sentence, context: extractionContext)
    if let finding = DraftReviewer.problems(inSentence: cleaned).first {
      return [.say(InterviewScript.wouldLeaveOut(finding.message))]
    }
    return revise(
      .add(cleaned, recipient: recipient), done: InterviewScript.added,
      unchanged: InterviewScript.alreadyInNote)
  }

  mutating func replace(_ old: String, with new: String) -> [Output] {
    // "change Mrs Ofori-Atta to Madam Ofori-Atta": words that name the person greeted or the
    // company are that name changed, wherever the note shows it, not text to find as typed.
    if let renamed = renamedByWords(old, new) { return renamed }
    guard let note = currentNote() else { return [.say(InterviewScript.noDraft)] }
    let text = ([note.subject ?? ""] + note.lines.map(\.text)).joined(separator: "\n")
    guard text.replacingWords(old, with: new) != text else {
      return [.say(InterviewScript.notFoundInDraft(MessageText.displayable(old)))]
    }
    if let finding = DraftReviewer.problems(inSentence: new).first {
      return [.say(InterviewScript.wouldLeaveOut(finding.message))]
    }
    return revise(
      .replace(old, with: new), done: InterviewScript.swapped(old, new),
      unchanged: InterviewScript.nothingToSwap)
  }
}
