/// Reading answers to the interview's fact questions: name, interviewer, company, role, when,
/// outcome.
extension Conversation {
  /// An answer at one of the fact questions.
  mutating func handleFactAnswer(_ text: String, to question: Question) -> [Output] {
    guard let slot = question.slot else { return miss() }
    if question == .role, let heard = answers.roleHeard, let answer = Confirmation(reading: text) {
      // "yes": the role heard earlier is the title; "no": it is asked for plainly.
      answers.roleHeard = nil
      if answer == .yes { return afterAnswer(InterviewScript.roleIs(heard)) }
      facts.role = nil
      return [.say(InterviewScript.question(.role, facts: facts))]
    }
    if question == .company, let heard = answers.companyHeard,
      let answer = Confirmation(reading: text)
    {
      answers.companyHeard = nil
      if answer == .yes { return afterAnswer(InterviewScript.companyIs(heard)) }
      facts.company = nil
      return [.say(InterviewScript.question(.company, facts: facts))]
    }
    let reader = FactReader(today: today)
    // "oh wait its warehouse operative": at a question for a name, a company or a role, the
    // interjections are set aside when what is left is a bare answer; a longer remark after
    // "sorry" may be a correction, read as typed. Not at how it went or the day: there "oh
    // well" is the answer.
    let plain = MessageText.withoutLeadingInterjections(text)
    let named: Set<Question> = [.name, .interviewer, .company, .role]
    var text = named.contains(question) && Self.isBareReply(plain) ? plain : text
    // "is it ok if there were two? Dre the GM and Kelsey ...": a question asking leave, then
    // the answer itself. The answer after it is read; the question alone was taken as a question
    // back, and its "ok" as how the interview went (tuning 26's ba007 greeted nobody).
    // Only names typed with a capital after it: "does it matter? its just a supermarket" is a
    // question back and a remark, not a company.
    if question == .interviewer, let after = Self.answerAfterQuestion(text),
      after.first?.isUppercase == true, reader.answer(after, to: slot)?.interviewers != nil
    {
      text = after
    }
    // "card" typed a question early: remember the channel and ask this question again. Not
    // when the message gives the day asked for: "friday, on Teams" says how the interview was
    // held, not how the note goes (tuning 36's bu030 lost the day and asked a third time).
    let givesDay = question == .when && reader.answer(text, to: .when)?.when != nil
    if !givesDay, let early = earlyChannel(in: text) {
      return [.say(InterviewScript.earlyChannel(early.channel, then: currentPrompt()))]
    }
    // "meh", "ok" at how it went are a verdict (so-so), not a refusal to answer.
    // Not "hmm" or "erm": hesitation says nothing yet.
    let verdict = question == .outcome ? Outcome(reading: text) : nil
    let hesitates = WordSplitter.words(text).allSatisfy {
      DiscourseOpener.kind(of: $0) == .interjection
    }
    let committed = verdict != nil && verdict != .unsure && !hesitates
    // An optional question declined ("rather not say", "no idea") is answered, not missed.
    if question.isOptional, Decline.reads(text), !MessageText.isQuestion(text), !committed {
      return decline(question)
    }
    // So is a day offered as alternatives ("thursday or friday"): the person does not know it.
    if question == .when, DateReader.offersAlternatives(text), !MessageText.isQuestion(text) {
      return decline(question)
    }
    // The opening was said before any question: what it states is taken ("hi its Morag
    // here"), but it is not trusted as the answer to the question ("Yesterday I attended
    // interview ..." and "yo quick one - linkedin msg ..." name no one). Only a bare reply of a
    // few words, which can be nothing but the answer, is read as one.
    let trusted = !readingOpening || Self.isBareReply(text)
    // A question back ("why does it matter who", "whats the difference between role and job
    // title") is never a name, a company or a role, nor a refusal at the name questions ("nah
    // id rather not say").
    // Asked by its words, not by a question mark: "her name was jo?" is doubt about an answer.
    let asksBack =
      named.contains(question) && MessageText.isQuestion(text.trimming(" ?"))
      && !Self.isBareReply(text.trimming(" ?"))
    let refuses =
      (question == .name || question == .interviewer || question == .company)
      && Decline.refuses(text)
    // "Correction: ...", "correction - its Eurest": a message that names itself a correction
    // is never the answer to the question in hand, and none of the readings of a correction
    // found what it puts right; the role had become "Correction" (tuning 42's cg030).
    if Self.labelsItselfACorrection(text) {
      return [.say(InterviewScript.unclearCorrection + "\n\n" + currentPrompt())]
    }
    guard committed || !MessageText.isNonAnswer(text), !asksBack, !refuses, trusted,
      let answer = reader.answer(text, to: slot)
    else {
      // Not this answer, but perhaps others: "I interviewed at Acme yesterday" asked for a name.
      if !MessageText.isQuestion(text) {
        let before = facts
        var stated = reader.facts(in: text)
        // "the store manager, didnt catch her name": a job said about who interviewed is theirs.
        if slot == .interviewer { stated.role = nil }
        merge(stated)
        let added = Facts.difference(from: before, to: facts)
        if !added.isEmpty {
          return afterAnswer(
            Acknowledgement.text(for: unconfirmedLeftOut(added), asked: nil, today: today))
        }
        // Or what came up at the interview, said early: kept for when the note needs it.
        // Only a sentence that plainly tells of the conversation counts, not a bare name.
        // Only topics the note can print (`TopicGate`): a company answer with "lol ... sorry"
        // in it is no topic.
        if topics.isEmpty, WordSplitter.words(text).count >= 5,
          // Nor a name alone ("Kevin Grady"): at a question about the facts it is the fact.
          case let early = TopicGate.printable(
            TopicExtractor(context: extractionContext).topics(in: text), source: text
          ).filter({ !TopicGate.isNameOnly($0.text) }),
          let found = early.first, found.score >= 0.55
        {
          answers.topics = early
          keepEarlyInterest(from: text)
          return [.say(InterviewScript.keptTopic(found.text) + "\n\n" + currentPrompt())]
        }
      }
      // An opening that states nothing the script asks for: the question is simply asked.
      if readingOpening { return [.say(currentPrompt())] }
      // Never a third time: the second answer the script cannot read is taken as typed.
      if misses >= 1, !MessageText.isQuestion(text), let taken = takeAsTyped(text, question) {
        return taken
      }
      // "actually can we just send it to gemma": what was read is said, so the person sees
      // why the question comes again.
      if reader.readsAsRemark(text, slot: slot) {
        var said = miss(question: MessageText.isQuestion(text))
        if case .say(let hint) = said.first {
          said[0] = .say(InterviewScript.remarkNotValue(question) + " " + hint)
        }
        return said
      }
      return miss(question: MessageText.isQuestion(text))
    }
    let before = facts
    // The asked fact is replaced (the person may be answering again after "back"); others are
    // only filled in where missing, so a passing mention never overwrites an answer.
    switch slot {
    case .name: facts.name = answer.name
    case .interviewer: facts.interviewers = answer.interviewers
    case .company:
      facts.company = answer.company
      facts.companyInFull = answer.company.flatMap { TradingName.askedInFull(text, name: $0) }
      answers.companyHeard = nil
      // "I had an interview with Deloitte Ghana", then "Deloitte" at this question: the one
      // "interviewer" held was the employer, named in full. Nobody who interviewed is known
      // yet, so the question is asked rather than the note greeting "Dear Deloitte".
      if let company = answer.company, let people = facts.interviewers,
        Self.wasTheEmployer(people, company: company)
      {
        facts.interviewers = nil
      }
    case .role:
      facts.role = answer.role
      facts.roleAnswered = answer.role == nil ? nil : true
      answers.roleHeard = nil
    case .when:
      facts.when = answer.when
      answers.dayHeard = nil
    case .outcome: facts.outcome = answer.outcome
    }
    merge(answer, except: slot)
    // "Sarah Kim at Brightwell Partners": a company placed with "at" is where the interview
    // was, not the interviewer's title or team, so it is taken.
    if let heard = answers.companyHeard,
      text.lowercased().contains("at " + heard.lowercased())
    {
      answers.companyHeard = nil
    }
    let added = unconfirmedLeftOut(Facts.difference(from: before, to: facts))
    var said = Acknowledgement.text(for: added, asked: slot, today: today)
    // "plnt.io, all lowercase": the reply says the person's word on the letters was heard.
    if slot == .company, let company = facts.company, company == company.lowercased(),
      company.contains(where: \.isLetter), LetterCaseRemark.saysLowerCase(text)
    {
      said += " " + InterviewScript.keptInSmallLetters
    }
    // "... the text is just to kylie": the reply says whom the note is for, so the person sees
    // the others met were heard and left out on purpose.
    if slot == .interviewer, let remark = AddresseeRemark.read(text),
      let people = facts.interviewers, remark.resolved(in: people) != nil
    {
      if remark.together, people.count >= 2 {
        // "address it to both though, fenella and tom": one note greets them all, decided
        // here and obeyed when the note is written (`joiningGreeting`).
        // Everyone pointed at, read again when the note is written; those named by the
        // remark when it names them among others held ("address as Prof Ogunbiyi and Dr Eze").
        let chosen = remark.resolved(in: people).map { $0.map { people[$0].full } } ?? []
        if chosen.count < people.count {
          answers.greetAlso = chosen
        } else {
          answers.greetTogether = true
        }
        let greeted = jointGreeting(adding: chosen, to: 0)?.words
        said +=
          " "
          + InterviewScript.greetingJoined(greeted ?? Acknowledgement.list(people.map(\.spoken)))
      } else if remark.only {
        said += " " + InterviewScript.noteOnlyFor(Acknowledgement.list(people.map(\.spoken)))
      }
    }
    if let outcome = added.outcome, outcome == .badly,
      answers.remarks.insert(.hardInterview).inserted
    {
      said = Acknowledgement.hardInterview
    }
    return afterAnswer(said)
  }

  /// Whether the one person held is the employer: no title or job, and a name that opens with
  /// every word of the company's ("Deloitte Ghana" for "Deloitte").
  static func wasTheEmployer(_ people: [PersonName], company: String) -> Bool {
    guard people.count == 1, let person = people.first, person.title == nil, person.job == nil
    else { return false }
    let name = person.fullWords.map { $0.lowercased() }
    let firm = company.split(separator: " ").map { $0.lowercased() }
    return !firm.isEmpty && name.count > firm.count && Array(name.prefix(firm.count)) == firm
  }

  /// A reply of at most four words in one clause ("Priya Shah", "northgate foods"): nothing in
  /// it but an answer.
  /// Whether the message opens with a label saying it corrects something: "Correction:",
  /// "update -", "edit,".
  static func labelsItselfACorrection(_ text: String) -> Bool {
    let words = text.split(separator: " ").map(String.init)
    guard words.count >= 2, let first = words.first else { return false }
    let label = first.lowercased().trimming(":-,.;")
    guard ["correction", "update", "edit", "erratum", "typo"].contains(label) else { return false }
    return first.last.map { ":-,;".contains($0) } == true || ["-", ":", "–"].contains(words[1])
  }

  static func isBareReply(_ text: String) -> Bool {
    let trimmed = text.trimming(" \t\n.!")
    return WordSplitter.words(trimmed).count <= 4
      && !trimmed.contains(where: { ",;:()?\n".contains($0) }) && !trimmed.contains(" - ")
  }

  /// An optional question declined: the outcome is unsure, the role or day left out.
  mutating func decline(_ question: Question) -> [Output] {
    if question == .outcome {
      facts.outcome = .unsure
      return afterAnswer(Acknowledgement.outcomeLine(.unsure))
    }
    answers.skipped.insert(question)
    if question == .role {
      facts.role = nil
      answers.roleHeard = nil
    }
    return afterAnswer(InterviewScript.leftOut(question))
  }

  /// The second unreadable answer to a question, taken as typed and shown, so no question is
  /// asked a third time. Nil when there is nothing in it to take (no letters, far too long).
  mutating func takeAsTyped(_ text: String, _ question: Question) -> [Output]? {
    let typed = text.trimming(" \t\n.!,")
    // "idk", "forgot her name": the note greets the hiring manager until there is a name.
    if question == .interviewer, Decline.reads(text) || Decline.saysNotKnowing(text),
      text.contains(where: \.isLetter)
    {
      return greetHiringManager()
    }
    // "no clue sorry", "erm dunno" say there is no answer: never a name or a company.
    guard typed.contains(where: \.isLetter), typed.count <= 60, !MessageText.isNonAnswer(text),
      !Decline.reads(text)
    else {
      if question.isOptional { return decline(question) }
      return nil
    }
    if question == .when || question == .outcome { return decline(question) }
    // A sentence is not a name, a company or a role: only a few words without a pronoun or a
    // verb of their own are taken ("call handler" is a role, "i had it at" is not).
    let words = typed.split(separator: " ").map { $0.lowercased() }
    let sentence =
      words.contains { DirectAnswer.clauseWords.contains($0) } || !FieldShape.isNounPhrase(typed)
    guard words.count <= 6, !sentence else {
      return question == .interviewer ? greetHiringManager() : nil
    }
    switch question {
    case .name, .interviewer:
      // "Tony supervisor", typed twice: a name and the job after it, the job the
      // interviewer's (tuning 35's bs027 greeted no one after taking "Tony supervisor" whole,
      // as a compound job like "Project Manager" is read the first time).
      if question == .interviewer, case (let found?, let job?) = PeopleAnswer.person(in: typed),
        var person = VouchedName.vouched(found), !person.fullWords.isEmpty,
        !person.fullWords.contains(where: VouchedName.isJobWord)
      {
        person.job = person.job ?? job
        facts.interviewers = [person]
        return afterAnswer(InterviewScript.takenAsTyped(person.full, question))
      }
      let parts = typed.split(separator: " ").map(String.init)
      guard parts.count <= 4, parts.allSatisfy(DirectAnswer.isNameShaped),
        let name = PersonName(parsing: typed)
      else { return question == .interviewer ? greetHiringManager() : nil }
      if question == .name { facts.name = name } else { facts.interviewers = [name] }
      return afterAnswer(InterviewScript.takenAsTyped(name.full, question))
    case .company:
      facts.company = typed
      facts.companyInFull = nil
      answers.companyHeard = nil
    case .role:
      facts.role = typed
      facts.roleAnswered = true
      answers.roleHeard = nil
    case .when, .outcome:
      return decline(question)
    case .discussion, .topic, .interest, .channel, .occasion, .heard, .development, .feedback:
      return nil
    }
    return afterAnswer(InterviewScript.takenAsTyped(typed, question))
  }

  /// No name for the interviewer twice: the note greets the hiring manager until there is one.
  mutating func greetHiringManager() -> [Output] {
    facts.interviewers = [.hiringManager]
    return afterAnswer(InterviewScript.greetingHiringManager)
  }

  /// A channel named in a short message at another question ("card"): kept for when the note
  /// needs it, unless the draft already has its own.
  ///
  /// At the company and role questions a channel's word inside a name is no channel: "royal
  /// mail", "card factory", "post room assistant" answer the question (answers tuning 33's
  /// bz066 had "Got it: an email" for Royal Mail). There the message is a channel only when its
  /// other words are small words ("by email", "a card i think").
  mutating func earlyChannel(in text: String) -> ChannelChoice? {
    guard WordSplitter.words(text).count <= 3, let early = Channel(reading: text) else {
      return nil
    }
    if let question = phase.question, question == .company || question == .role {
      let others = WordSplitter.words(text).map { $0.lowercased() }.filter {
        Channel(reading: $0) == nil && !Lexicon.stopwords.contains($0)
      }
      guard others.allSatisfy(Self.channelAsides.contains) else { return nil }
    }
    if draft == nil { answers.channel = ChannelChoice(channel: early) }
    return ChannelChoice(channel: early)
  }

  /// Words beside a channel's that say nothing of a name: "email pls", "card i guess".
  static let channelAsides: Set<String> = [
    "pls", "please", "plz", "thanks", "thx", "guess", "think", "prob", "probs", "send",
    "sending", "fine", "best", "prefer",
  ]

  /// "APM", "SRE", "KPMG": one short word in capitals.
  static func isInitials(_ value: String) -> Bool {
    !value.contains(" ") && (2...5).contains(value.count)
      && value.allSatisfy { $0.isUppercase || $0.isNumber }
  }

  /// Whether `person` is the candidate: their own name, or two or more of its words.
  func isCandidate(_ person: PersonName) -> Bool {
    guard let name = facts.name else { return false }
    let own = PersonName.key(name.full)
    let words = PersonName.key(person.full)
    return !words.isEmpty && (words == own || (words.count >= 2 && words.isSubset(of: own)))
  }

  /// Fills facts the message states that are still missing.
  mutating func merge(_ other: Facts, except slot: FactReader.Slot? = nil) {
    if slot != .name, facts.name == nil, let name = other.name { facts.name = name }
    // A value another fact already holds is not this one's: your own name is not an
    // interviewer's ("Park Ji-woo ... i go by Jiwoo Park" is you), nor a company's ("Sam
    // Church" at the name question is you, not where you interviewed). Your name said in
    // another order or shorter is still yours ("Tran Minh Khoa but in the US i go by Khoa
    // Tran"): a name of two words or more, each one of yours, is you; one word alone ("Sam"
    // when you are Sam Jones) may well be someone else.
    let own = facts.name.map { PersonName.key($0.full) }
    let isOwn = isCandidate
    if slot != .interviewer, facts.interviewers == nil, let people = other.interviewers {
      // Only a name that can be vouched for: "(wiśniewski with the polish s)" at the name
      // question met no one called Polish S.
      let others = people.filter { !isOwn($0) && ($0.isUnnamed || VouchedName.vouched($0) != nil) }
      if !others.isEmpty { facts.interviewers = others }
    }
    let people = (facts.interviewers ?? []).map { PersonName.key($0.full) }
    if slot != .company, facts.company == nil, let company = other.company,
      PersonName.key(company) != own, !people.contains(PersonName.key(company))
    {
      facts.company = company
      if draft == nil, slot == .interviewer { answers.companyHeard = company }
      // "my interview at dental clinic": a company the opening typed in lower case may be a kind
      // of place, not its name; it is offered at its question rather than taken.
      if draft == nil, let opening, !opening.contains(company) { answers.companyHeard = company }
      // "it was rick at tri-county btw" at the name question, "APM interview" in the opening: a
      // company said in passing at another question, or one short word in capitals (as often
      // a job's initials as a firm's), has no evidence it is the whole name; it is offered at its
      // question rather than taken.
      if draft == nil, slot != nil || Self.isInitials(company) { answers.companyHeard = company }
    }
    // "Dana Whitfield (eng manager)": a bare title said of who interviewed them is theirs.
    if slot != .role, facts.role == nil, let role = other.role,
      !(slot == .interviewer && other.roleIsBare == true)
    {
      facts.role = role
      if draft == nil, other.roleIsKind == true { answers.roleHeard = role }
    }
    if slot != .when, facts.when == nil, let when = other.when {
      facts.when = when
      if draft == nil, when.date == nil { answers.dayHeard = when.phrase }
    }
    if slot != .outcome, facts.outcome == nil, let outcome = other.outcome {
      facts.outcome = outcome
    }
    if let signOff = other.signOff { facts.signOff = signOff }
    dropInterviewersNamedAsCompany()
  }

  /// "a thank you email for amazon", "the interviewer of Deloitte": a person is never the
  /// company, so an interviewer whose whole name is the company's is no one met, and the
  /// interviewer question is asked (the greeting is a person's name, never "Hi Amazon").
  mutating func dropInterviewersNamedAsCompany() {
    guard let company = facts.company, let people = facts.interviewers else { return }
    let key = PersonName.key(company)
    let kept = people.filter { $0.isNameless || PersonName.key($0.full) != key }
    guard kept.count < people.count else { return }
    // "call her anjali", said before the person was named: the wish waits for the one named.
    if answers.greetAs == nil,
      let wish = people.lazy.filter({ !kept.contains($0) }).compactMap(\.greetAs).first
    {
      answers.greetAs = wish
    }
    facts.interviewers = kept.isEmpty ? nil : kept
  }

  /// After an answer: acknowledge, move on, ask the next question (or show the draft).
  mutating func afterAnswer(_ acknowledgement: String) -> [Output] {
    misses = 0
    guard let next = nextQuestion() else { return enterDraft(prefix: acknowledgement) }
    phase = phase.asking(next)
    var text = acknowledgement
    if !text.isEmpty { text += "\n\n" }
    return [.say(text + currentPrompt())]
  }

  /// The facts to acknowledge: a role heard as a kind of job is not yet "the role", so it is
  /// offered at its question instead of being announced.
  func unconfirmedLeftOut(_ added: Facts) -> Facts {
    var shown = added
    if answers.roleHeard != nil { shown.role = nil }
    if answers.companyHeard != nil { shown.company = nil }
    return shown
  }

  var extractionContext: ExtractionContext {
    ExtractionContext(company: facts.company, interviewers: (facts.interviewers ?? []).map(\.full))
  }

  /// The words after a question that opens the message, when they are no question themselves:
  /// "is it ok if there were two? Dre and Kelsey" is "Dre and Kelsey". Nil otherwise.
  static func answerAfterQuestion(_ text: String) -> String? {
    guard let mark = text.firstIndex(of: "?") else { return nil }
    let head = String(text[...mark])
    let tail = String(text[text.index(after: mark)...]).trimming(" ?\t\n")
    // "Dana Whitcomb, ... her boss popped in for 5 min? Greg something": a question after a
    // name is doubt about the answer, which the words before it give.
    guard MessageText.isQuestion(head), !head.contains(where: \.isUppercase), !tail.isEmpty,
      !tail.contains("?"),
      !MessageText.isQuestion(tail)
    else { return nil }
    return tail
  }
}

extension Facts {
  /// The facts set in `after` that were not in `before`, or that changed.
  static func difference(from before: Facts, to after: Facts) -> Facts {
    var added = Facts(
      name: after.name != before.name ? after.name : nil,
      interviewers: after.interviewers != before.interviewers ? after.interviewers : nil,
      company: after.company != before.company ? after.company : nil,
      role: after.role != before.role ? after.role : nil,
      when: after.when != before.when ? after.when : nil,
      outcome: after.outcome != before.outcome ? after.outcome : nil,
      signOff: after.signOff != before.signOff ? after.signOff : nil)
    // A name said is acknowledged with how the note will be signed (`SignOffName`), which the
    // sign-off and the form asked for before it decide.
    if added.name != nil {
      added.signOff = after.signOff
      added.signsInFull = after.signsInFull
    }
    return added
  }
}
