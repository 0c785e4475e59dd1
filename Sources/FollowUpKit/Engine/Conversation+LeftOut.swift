/// Which of the people met get a note: "send it to Steve only, Linda was just HR", "no note for
/// Tom". One note per interviewer is where a draft starts; a person who sat in, or set the
/// interview up, may need none. Leaving someone out is a revision, so undo brings their note
/// back as it was, and the notes kept keep their own topics and changes.
extension Conversation {
  /// The interviewers who get a note: everyone met, less those left out, in the order the
  /// notes are shown: from the note on the chosen topic (the one the person
  /// asked for, so it comes first), then round the others as the person named them.
  var keptRecipients: [Int] {
    let left = draft?.leftOut ?? []
    let kept = recipients.indices.filter { !left.contains($0) }
    let start = kept.firstIndex { $0 >= (draft?.pointRecipient ?? 0) } ?? 0
    return Array(kept[start...] + kept[..<start])
  }

  /// The note after this one in the order shown, or nil at the last.
  func recipient(after index: Int) -> Int? {
    let kept = keptRecipients
    guard let position = kept.firstIndex(of: index), position + 1 < kept.count else { return nil }
    return kept[position + 1]
  }

  /// The one interviewer the words name, by a name ("Steve", "linda's"), a title ("the
  /// professor", "Mrs Holt") or their job ("the HR lady" names no one unless a job says HR);
  /// nil when no one or more than one fits.
  func recipientIndex(named words: String) -> Int? {
    let asked = Self.lowerWords(words).map { word in
      word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }.filter { !["the", "a", "my", "note", "one", "lady", "guy", "man", "woman"].contains($0) }
    guard !asked.isEmpty else { return nil }
    let fits = recipients.indices.filter { index in
      let known = Self.wordsNaming(recipients[index])
      return asked.allSatisfy { known.contains(Self.titleKey($0)) }
    }
    return fits.count == 1 ? fits[0] : nil
  }

  /// The words a person may be named by: their names, their title, their job's words.
  private static func wordsNaming(_ person: PersonName) -> Set<String> {
    var words = Set(
      [person.given, person.family].compactMap { $0 }.flatMap {
        Self.lowerWords($0)
      })
    if let title = person.title { words.insert(titleKey(title.lowercased())) }
    if let job = person.job { words.formUnion(Self.lowerWords(job)) }
    return words
  }

  /// Every word of a text, lowered, none dropped.
  static func lowerWords(_ text: String) -> [String] {
    Tokenizer.tokens(text).filter(\.isWord).map(\.lower)
  }

  /// One spelling for a title however typed: "professor", "prof." and "Prof" are one.
  private static func titleKey(_ word: String) -> String {
    guard let title = PersonName.titles[word.trimming(".")] else { return word }
    return title == "Professor" ? "prof" : title.lowercased()
  }

  /// "send it to Steve only": every other note left out, Steve's shown. With one person met,
  /// it is how to greet them, as before.
  mutating func keepOnly(_ words: String, draft: Draft) -> [Output] {
    // "the professor" is someone described, not the words of a greeting.
    let described = ["the", "my", "her", "his"].contains(Self.lowerWords(words).first ?? "")
    guard recipients.count > 1, let index = recipientIndex(named: words) else {
      // "address it to fiona only" with Fiona the one person met: her note is the note.
      if recipients.count == 1, recipientIndex(named: words) == 0 {
        return [.say(InterviewScript.alreadyOnlyNote(recipients[0].spoken))]
      }
      if described {
        return [
          .say(
            InterviewScript.noNoteFor(
              MessageText.displayable(words),
              notes: Acknowledgement.list(keptRecipients.map { recipients[$0].spoken })))
        ]
      }
      return perform(.greet(words), on: draft)
    }
    let others = keptRecipients.filter { $0 != index }
    guard !others.isEmpty else {
      return [.say(InterviewScript.alreadyOnlyNote(recipients[index].spoken))]
    }
    // "address Professor Shaw only" when the note says "Dear Prof Shaw": the form they typed
    // is how to greet him too. Made first, so the undo the reply offers brings the notes back.
    var draft = draft
    let person = recipients[index]
    if !described, words.contains(where: \.isUppercase), words != person.informal,
      words != person.formal, draft.revisions.count + 1 < Draft.maximumRevisions
    {
      draft.append(.rename(.greeting, words, recipient: index))
    }
    return leaveOut(others, showing: index, draft: draft)
  }

  /// "no note for Tom": Tom's note left out, another shown.
  mutating func leaveOut(_ words: String, draft: Draft) -> [Output] {
    guard recipients.count > 1 else { return [.say(InterviewScript.onlyOneNote)] }
    guard let index = recipientIndex(named: words) else {
      return [
        .say(
          InterviewScript.noNoteFor(
            MessageText.displayable(words),
            notes: Acknowledgement.list(keptRecipients.map { recipients[$0].spoken })))
      ]
    }
    guard keptRecipients.contains(index) else {
      return [.say(InterviewScript.alreadyLeftOut(recipients[index].spoken))]
    }
    guard let shown = keptRecipients.first(where: { $0 != index }) else {
      return [.say(InterviewScript.lastNoteKept(recipients[index].spoken))]
    }
    return leaveOut(
      [index], showing: draft.recipient == index ? shown : draft.recipient, draft: draft)
  }

  /// "dont mention craig" with Craig's own note in view, or a note that never mentions him:
  /// his note left out. Nil when the words name no one met, or a line of the note names them
  /// (then the line is what goes).
  func leftOutByRemoval(_ words: String, draft: Draft) -> Int? {
    guard keptRecipients.count > 1, let index = recipientIndex(named: words),
      keptRecipients.contains(index)
    else { return nil }
    if index == draft.recipient { return index }
    let body = currentNote()?.lines.filter { $0.part != .greeting && $0.part != .signOff } ?? []
    let names = Self.wordsNaming(recipients[index])
    let mentioned = body.contains { line in
      !Set(Self.lowerWords(line.text)).isDisjoint(with: names)
    }
    return mentioned ? nil : index
  }

  /// Leaves out `people`'s notes in one revision and shows `shown`'s note.
  mutating func leaveOut(_ people: [Int], showing shown: Int, draft: Draft) -> [Output] {
    guard draft.revisions.count < Draft.maximumRevisions else {
      return [.say(InterviewScript.tooManyChanges)]
    }
    var changed = draft
    changed.append(.leaveOut(recipients: people.sorted()))
    changed.recipient = shown
    update(changed)
    let intro = InterviewScript.leftOut(
      people.map { recipients[$0].spoken }, kept: keptRecipients.map { recipients[$0].spoken })
    return showDraft(intro: intro, heading: true, footer: .full)
  }
}
