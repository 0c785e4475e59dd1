/// Corrections in plain words: "actually the company is Brightwell Partners".
extension Conversation {
  /// Changes the fact a correction is about and returns the words saying so, or nil when it
  /// names nothing held.
  mutating func take(_ correction: Correction) -> String? {
    let acknowledgement: String
    switch correction {
    case .name(let name):
      // "its Sofia sorry typo", "its more formal": chat words are no name (`ChatInName`).
      guard let name = ChatInName.cleaned(name) else { return nil }
      // A sign-off that was the old name, or its given name, is the corrected one's too.
      if let held = facts.name, let signOff = facts.signOff {
        facts.signOff = Self.renewed(signOff, old: held, new: name)
      }
      facts.name = name
      let signed = SignOffName.signed(facts) ?? name.full
      acknowledgement =
        signed == name.full || signed.isEmpty
        ? InterviewScript.signingAs(name.full) : InterviewScript.renamed(name.full, signed: signed)
    case .signOff(let name):
      guard let name = ChatInName.cleaned(name) else { return nil }
      // "I should sign as Kwame A. Asante" of "Kwame Asante": a sign-off holding every word
      // of the name held and more is the name in full, held as the name too.
      if let held = facts.name, name.fullWords.count > held.fullWords.count,
        held.fullWords.map(CorrectionReader.folded).allSatisfy(
          name.fullWords.map(CorrectionReader.folded).contains)
      {
        facts.name = name
      }
      facts.signOff = name
      acknowledgement = InterviewScript.signingAs(name.full)
    case .interviewers(let people):
      let held = facts.interviewers ?? []
      let people = people.map { person in
        let person = VouchedName.corrected(person, held: held)
        // "shes ms begum not mrs": a greeting made with the title held follows the new one.
        guard
          let before = held.first(where: {
            $0.family != nil && $0.family == person.family && $0.title != person.title
          })
        else { return person }
        return CorrectionReader.retitled(person, as: person.title, from: before)
      }
      // "we had a joke about Kieron Pollard since he has the same surname" in a discussion
      // held "Andy Pollard" again: at the questions that ask what was said, a correction that
      // changes no one is none, and the message is read as the answer it is (tuning 34's
      // bq040 lost its discussion to "you met Andy Pollard"). At a fact's question such a
      // reading still sets the rest of the message aside for the answer beside it.
      if people == held, phase == .asking(.discussion) || phase == .asking(.topic) {
        return nil
      }
      facts.interviewers = people
      // "Mr Idowu is actually the depot manager not security supervisor": only a job put
      // right, so the reply says that job.
      let retitled =
        people.count == held.count && zip(people, held).allSatisfy({ $0.full == $1.full })
        ? people.indices.first(where: { people[$0].job != held[$0].job }) : nil
      if let index = retitled, let job = people[index].job {
        acknowledgement = InterviewScript.jobNoted(people[index].spoken, job)
      } else {
        acknowledgement = InterviewScript.youMet(Acknowledgement.list(people.map(\.spoken)))
      }
    case .interviewerSpelling(let word, let part):
      guard var people = facts.interviewers, let index = closestInterviewer(to: word, in: people)
      else { return nil }
      people[index] = Self.respelled(people[index], word, part: part)
      facts.interviewers = people
      acknowledgement = InterviewScript.gotIt(people[index].full)
    case .company(let company):
      let company = CompanyRemark.named(company)
      facts.company = company
      answers.companyHeard = nil
      acknowledgement = InterviewScript.companyIs(company)
    case .role(let role):
      facts.role = role
      answers.roleHeard = nil
      acknowledgement = InterviewScript.roleIs(role)
    case .when(let day):
      facts.when = day
      answers.dayHeard = nil
      acknowledgement = InterviewScript.interviewWas(
        Acknowledgement.dayDescription(day, today: today))
    case .outcome(let outcome):
      facts.outcome = outcome
      acknowledgement = Acknowledgement.outcomeLine(outcome)
    case .swap(let new, let old):
      // "sorry one thing, it was monday not tuesday": a weekday swapped for the held day's is
      // the interview day corrected, at whatever question it is typed.
      if let day = swappedDay(new, for: old) { return take(.when(day)) }
      // "Got it: Sharon, not Karen.": the words as the note writes them, not as typed.
      let shownOld = heldSpelling(of: old) ?? old
      guard swapInFacts(old, with: new) else { return nil }
      let shownNew = heldSpelling(of: new) ?? new
      // "its Kemi, with one m" for Kemi confirms what is held: no "Kemi, not Kemi". Marks
      // and hyphens are a change worth saying ("Zieliński, not Zielinski").
      acknowledgement =
        shownNew.lowercased() == shownOld.lowercased()
        ? InterviewScript.gotIt(shownNew) : InterviewScript.swappedFact(shownNew, shownOld)
    }
    return acknowledgement
  }

  /// Applies a correction to the draft as an undoable revision where it changes a name.
  mutating func applyInDraft(_ correction: Correction) -> [Output] {
    guard let draft else { return [.say(InterviewScript.noDraft)] }
    let recipient = draft.recipient
    let script = InterviewScript.self
    switch correction {
    case .signOff(let name):
      // "sign Aisyah only": the words that asked are not the name.
      let name = SignOffRemark.plain(name)
      return revise(
        .rename(.sender, name.full, recipient: recipient),
        done: script.senderChanged(name.full), unchanged: script.senderAlready(name.full))
    case .name(let name):
      let name = SignOffRemark.plain(name)
      return revise(
        .rename(.sender, name.full, recipient: recipient),
        done: script.senderChanged(name.full), unchanged: script.senderAlready(name.full))
    case .interviewers(let people):
      if people.count == 1, recipients.count == 1 {
        return revise(
          .rename(.interviewer, people[0].full, recipient: recipient),
          done: script.interviewerChanged(people[0].full),
          unchanged: script.interviewerAlready(people[0].full))
      }
      facts.interviewers = people
      var renewed = draft
      renewed.recipient = 0
      renewed.baseTopics = topicsForRecipients(people.count, keeping: draft.baseTopics)
      update(renewed)
      return showDraft(
        intro: script.youMet(Acknowledgement.list(people.map(\.spoken))), heading: true)
    case .interviewerSpelling(let word, let part):
      guard let current = currentRequest()?.recipient else { return [.say(script.noDraft)] }
      let fixed = Self.respelled(current, word, part: part)
      return revise(
        .rename(.interviewer, fixed.full, recipient: recipient),
        done: script.interviewerChanged(fixed.full),
        unchanged: script.interviewerAlready(fixed.full))
    case .company(let company):
      let company = CompanyRemark.named(company)
      return revise(
        .rename(.company, company, recipient: recipient),
        done: script.companyChanged(company), unchanged: script.companyAlready(company))
    case .role(let role):
      return revise(
        .rename(.role, role, recipient: recipient), done: script.roleChanged(role),
        unchanged: script.roleAlready(role))
    case .when(let day):
      facts.when = day
      return showDraft(
        intro: script.interviewWas(Acknowledgement.dayDescription(day, today: today)),
        heading: false)
    case .outcome(let outcome):
      facts.outcome = outcome
      return showDraft(intro: Acknowledgement.outcomeLine(outcome), heading: false)
    case .swap(let new, let old):
      // "it was monday not tuesday" with the draft in view: the interview day corrected.
      if let day = swappedDay(new, for: old) {
        facts.when = day
        return showDraft(
          intro: script.interviewWas(Acknowledgement.dayDescription(day, today: today)),
          heading: false)
      }
      guard let request = currentRequest() else { return [.say(script.noDraft)] }
      let lowerOld = old.lowercased()
      if request.recipient.full.lowercased().contains(lowerOld) {
        let fixed = request.recipient.full.replacingWords(old, with: new)
        return revise(
          .rename(.interviewer, fixed, recipient: recipient),
          done: script.interviewerChanged(fixed),
          unchanged: script.interviewerAlready(fixed))
      }
      if request.company.lowercased().contains(lowerOld) {
        let fixed = request.company.replacingWords(old, with: new)
        return revise(
          .rename(.company, fixed, recipient: recipient), done: script.companyChanged(fixed),
          unchanged: script.companyAlready(fixed))
      }
      if request.sender.full.lowercased().contains(lowerOld) {
        let fixed = request.sender.full.replacingWords(old, with: new)
        return revise(
          .rename(.sender, fixed, recipient: recipient), done: script.senderChanged(fixed),
          unchanged: script.senderAlready(fixed))
      }
      if let role = request.role, role.lowercased().contains(lowerOld) {
        let fixed = role.replacingWords(old, with: new)
        return revise(
          .rename(.role, fixed, recipient: recipient), done: script.roleChanged(fixed),
          unchanged: script.roleAlready(fixed))
      }
      // Not a name or the company: the words of the note itself, with the same checks.
      return replace(old, with: new)
    }
  }

  func topicsForRecipients(_ count: Int, keeping existing: [Topic]) -> [Topic] {
    var result = Array(existing.prefix(count))
    var others = topics.filter { topic in !result.contains(where: { $0.text == topic.text }) }
    while result.count < count {
      result.append(
        others.isEmpty
          ? (result.first ?? topics.first ?? Topic(text: "our conversation", score: 0))
          : others.removeFirst())
    }
    return result
  }

  /// The interviewer whose name is closest to a re-spelled word.
  private func closestInterviewer(to word: String, in people: [PersonName]) -> Int? {
    guard !people.isEmpty else { return nil }
    var best = (index: 0, distance: Int.max)
    for (index, person) in people.enumerated() {
      for part in [person.given, person.family].compactMap({ $0 }) {
        let distance = EditDistance.between(part, word)
        if distance < best.distance { best = (index, distance) }
      }
    }
    return best.index
  }

  /// The name with one part re-spelled: the part named, or the one closest to the new spelling.
  /// A greeting chosen for them is respelled with it.
  static func respelled(_ name: PersonName, _ word: String, part: Correction.NamePart) -> PersonName
  {
    var fixed = respelledParts(name, word, part: part)
    fixed.greetAs = name.greetAs.map { respelledGreeting($0, from: name, to: fixed) }
    return fixed
  }

  /// `respelled` before the greeting is brought in step.
  private static func respelledParts(
    _ name: PersonName, _ word: String, part: Correction.NamePart
  ) -> PersonName {
    var fixed = name
    // "she is Dr (Mrs) Adeleke, not just Mrs": a title is never a name's spelling; it is the
    // title corrected.
    if let title = VouchedName.titleWord(word), word.split(separator: " ").count == 1 {
      fixed.title = title
      return fixed
    }
    let spelled =
      word.split(separator: " ").count == 1 && word == word.lowercased()
      ? PersonName.capitaliseName(word) : word
    switch part {
    case .family: fixed.family = spelled
    case .given: fixed.given = spelled
    case .any:
      let givenDistance = name.given.map { EditDistance.between($0, spelled) } ?? Int.max
      let familyDistance = name.family.map { EditDistance.between($0, spelled) } ?? Int.max
      // "Sofia" for "Sophie": a word that starts like the one name held and is spelled about
      // as it sounds is that name respelled, not a surname added.
      // "Catherine" for "Kathryn": spelled otherwise, said the same.
      let respells =
        name.given.map { CorrectionReader.soundsAlike($0, spelled) } == true
        || givenDistance <= max(2, spelled.count / 3)
        || name.given?.lowercased().first == spelled.lowercased().first
          && givenDistance <= max(2, spelled.count * 2 / 3)
      if name.family == nil, !respells {
        fixed.family = spelled
      } else if familyDistance <= givenDistance {
        fixed.family = spelled
      } else {
        fixed.given = spelled
      }
    }
    return fixed
  }

  /// A greeting chosen for someone ("call me Jo") with the words of their name that a
  /// correction respelled respelled in it too: a name corrected is corrected wherever it is
  /// used, so "Jo" greeted becomes "Joanne" when the name is.
  static func respelledGreeting(_ greeting: String, from old: PersonName, to new: PersonName)
    -> String
  {
    var result = greeting
    for (before, after) in [(old.given, new.given), (old.family, new.family)] {
      guard let before, let after, before != after else { continue }
      result = result.replacingWords(before, with: after)
    }
    return result
  }

  /// The sign-off after the person's own name is corrected: the new name where the sign-off
  /// was the old one, the new given name where it was the old given name; any other sign-off
  /// ("sign it Kate") is the person's wish and stays.
  static func renewed(_ signOff: PersonName, old: PersonName, new: PersonName) -> PersonName {
    if signOff.full == old.full { return new }
    if signOff.family == nil, signOff.given == old.given, let given = new.given {
      return PersonName(given: given)
    }
    return signOff
  }

  /// `words` as a fact held writes them ("karen" -> "Karen", "mcnamee" -> "McNamee"), or nil
  /// when no fact holds them as whole words.
  func heldSpelling(of words: String) -> String? {
    let values =
      [facts.name?.full, facts.company, facts.role].compactMap { $0 }
      + (facts.interviewers ?? []).map(\.full)
    let wanted = words.split(separator: " ").map { CorrectionReader.folded(String($0)) }
    guard !wanted.isEmpty else { return nil }
    for value in values {
      let held = value.split(separator: " ").map(String.init)
      let folded = held.map(CorrectionReader.folded)
      guard held.count >= wanted.count else { continue }
      for start in 0...(held.count - wanted.count)
      where Array(folded[start..<(start + wanted.count)]) == wanted {
        return held[start..<(start + wanted.count)].joined(separator: " ")
      }
    }
    return nil
  }

  /// "Shah not Sha": replaces the word in every fact that holds it. A word respelled is the
  /// same word wherever it was written: "the name is Beatty not Beattie" fixes both Mr Beattie
  /// and Beattie Joinery.
  /// The interview day a swap of weekdays names: "monday not tuesday" when the day held is a
  /// Tuesday. Nil when either word is no weekday or the held day is not the old one.
  func swappedDay(_ new: String, for old: String) -> InterviewDay? {
    guard let held = facts.when?.date,
      let oldDay = DateReader.weekdays[old.lowercased().trimming(",.")], oldDay == held.weekday,
      let newDay = DateReader.weekdays[new.lowercased().trimming(",.")], newDay != oldDay,
      let day = InterviewDay(reading: "on " + new, today: today)
    else { return nil }
    return day
  }

  private mutating func swapInFacts(_ old: String, with new: String) -> Bool {
    let lowerOld = old.lowercased()
    var swapped = false
    // Only a change counts: "a k" is inside "Hamza Kureshi" as letters, not as words. The
    // same word said again ("not Kemi its Kemi, with one m") confirms what is held.
    let same = old == new
    if let name = facts.name, name.full.lowercased().contains(lowerOld),
      let fixed = PersonName(parsing: name.full.replacingWords(old, with: new)),
      fixed.full != name.full || same
    {
      if let signOff = facts.signOff {
        facts.signOff = Self.renewed(signOff, old: name, new: fixed)
      }
      facts.name = fixed
      swapped = true
    }
    if var people = facts.interviewers,
      let index = people.firstIndex(where: { $0.full.lowercased().contains(lowerOld) }),
      var fixed = PersonName(parsing: people[index].full.replacingWords(old, with: new)),
      fixed.full != people[index].full || same
    {
      fixed.job = people[index].job
      fixed.greetAs = people[index].greetAs.map {
        $0.replacingWords(old, with: new)
      }
      people[index] = fixed
      facts.interviewers = people
      swapped = true
    }
    // "it is Mrs Funmilayo Adebayo-Ogun": a name made longer is the person's own, and the firm
    // named after her ("Adebayo+Partners Architects") keeps its name; a re-spelling is of both.
    let lengthened = new.lowercased().hasPrefix(lowerOld) && new.count > old.count
    if let company = facts.company, company.lowercased().contains(lowerOld),
      !(swapped && lengthened)
    {
      // "I said Leeds, it's Kirklees Council" of "Leeds City Council": a new value ending on
      // the head word the held name has after the old words is a whole name, never a part
      // put in (tuning 49's cu006 printed "Kirklees Council City Council").
      let head = new.split(separator: " ").last.map { $0.lowercased() }
      let afterOld = company.lowercased().components(separatedBy: lowerOld).dropFirst()
        .joined(separator: " ").split(separator: " ").map(String.init)
      let whole = new.split(separator: " ").count >= 2 && head.map(afterOld.contains) == true
      let fixed = CompanyRemark.named(whole ? new : company.replacingWords(old, with: new))
      swapped = swapped || fixed != company
      facts.company = fixed
    }
    if !swapped, let role = facts.role, role.lowercased().contains(lowerOld) {
      facts.role = role.replacingWords(old, with: new)
      swapped = true
    }
    return swapped
  }
}
