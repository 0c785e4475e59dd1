/// Reading answers to the interview's questions.
extension Conversation {
  /// An answer at one of the fact stages: name, interviewer, company, role, when, outcome.
  mutating func handleFactAnswer(_ text: String) -> [Output] {
    guard let slot = stage.slot else { return miss() }
    let reader = FactReader(today: today)
    // "card" typed a question early: remember the channel and ask this question again.
    if Command.words(text).count <= 3, let early = Channel(reading: text) {
      if draft == nil { channel = early }
      return [.say("Got it: \(early.spoken). First, though: " + currentPrompt().lowercasedFirst())]
    }
    guard !MessageText.isNonAnswer(text), let answer = reader.answer(text, to: slot) else {
      // Not this answer, but perhaps others: "I interviewed at Acme yesterday" asked for a name.
      if !MessageText.isQuestion(text) {
        let before = facts
        merge(reader.facts(in: text))
        let added = Facts.difference(from: before, to: facts)
        if !added.isEmpty {
          return afterAnswer(Acknowledgement.text(for: added, asked: nil, today: today))
        }
        // Or what came up at the interview, said early: kept for when the note needs it.
        // Only a sentence that plainly tells of the conversation counts, not a bare name.
        if topics.isEmpty, Command.words(text).count >= 5,
          let found = TopicExtractor(context: extractionContext).topics(in: text).first,
          found.score >= 0.55
        {
          topics = TopicExtractor(context: extractionContext).topics(in: text)
          if interest == nil {
            interest = InterestReader.interest(in: text, context: extractionContext)
          }
          return [
            .say("Got it: I'll keep \(found.text) in mind for the note.\n\n" + currentPrompt())
          ]
        }
      }
      return miss(question: MessageText.isQuestion(text))
    }
    let before = facts
    // The asked fact is replaced (the person may be answering again after "back"); others are
    // only filled in where missing, so a passing mention never overwrites an answer.
    switch slot {
    case .name: facts.name = answer.name
    case .interviewer: facts.interviewers = answer.interviewers
    case .company: facts.company = answer.company
    case .role: facts.role = answer.role
    case .when: facts.when = answer.when
    case .outcome: facts.outcome = answer.outcome
    }
    merge(answer, except: slot)
    let added = Facts.difference(from: before, to: facts)
    var text = Acknowledgement.text(for: added, asked: slot, today: today)
    if let outcome = added.outcome, outcome == .badly, !explainedOutcome {
      text = Acknowledgement.hardInterview
      explainedOutcome = true
    }
    return afterAnswer(text)
  }

  /// Fills facts the message states that are still missing.
  mutating func merge(_ other: Facts, except slot: FactReader.Slot? = nil) {
    if slot != .name, facts.name == nil, let name = other.name { facts.name = name }
    if slot != .interviewer, facts.interviewers == nil, let people = other.interviewers {
      // Your own name is not an interviewer's.
      let own = facts.name?.full.lowercased()
      let others = people.filter { $0.full.lowercased() != own }
      if !others.isEmpty { facts.interviewers = others }
    }
    if slot != .company, facts.company == nil, let company = other.company {
      facts.company = company
    }
    if slot != .role, facts.role == nil, let role = other.role { facts.role = role }
    if slot != .when, facts.when == nil, let when = other.when { facts.when = when }
    if slot != .outcome, facts.outcome == nil, let outcome = other.outcome {
      facts.outcome = outcome
    }
  }

  /// After an answer: acknowledge, move on, ask the next question (or show the draft).
  mutating func afterAnswer(_ acknowledgement: String) -> [Output] {
    advance()
    if stage == .draft { return enterDraft(prefix: acknowledgement) }
    var text = acknowledgement
    if !text.isEmpty { text += "\n\n" }
    return [.say(text + currentPrompt())]
  }

  // MARK: - Discussion

  mutating func handleDiscussion(_ text: String) -> [Output] {
    guard !MessageText.isNonAnswer(text), !MessageText.isQuestion(text) || text.count > 60 else {
      return miss(question: MessageText.isQuestion(text))
    }
    // "card" typed a question early: remember the channel and still ask about the discussion.
    if Command.words(text).count <= 3, let early = Channel(reading: text) {
      if draft == nil { channel = early }
      return [
        .say(
          "Got it: \(early.spoken). First, though: "
            + InterviewScript.question(.discussion, facts: facts).lowercasedFirst())
      ]
    }
    let extractor = TopicExtractor(context: extractionContext)
    let found = extractor.topics(in: text)
    if interest == nil { interest = InterestReader.interest(in: text, context: extractionContext) }
    guard !found.isEmpty else {
      if !askedFollowUp {
        askedFollowUp = true
        return [.say(Acknowledgement.followUp)]
      }
      return miss()
    }
    topics = found
    // A new discussion (after going back) means a new choice of topic.
    topic = nil
    return afterAnswer("")
  }

  var extractionContext: ExtractionContext {
    ExtractionContext(company: facts.company, interviewers: (facts.interviewers ?? []).map(\.full))
  }

  /// "The most memorable thing I found: ... Shall I build the note on that?"
  func topicPrompt() -> String {
    guard let best = topics.first else {
      return InterviewScript.question(.discussion, facts: facts)
    }
    var text = "The most memorable thing I found: \(best.text). Shall I build the note on that?"
    if topics.count > 1 {
      text += "\n" + topicList()
      text += "\nSay yes, pick another by its number, or type a topic in your own words."
    } else {
      text += "\nSay yes, or type a topic in your own words."
    }
    return text
  }

  /// The answer to a topic number when the discussion gave no topics at all: a list heading
  /// with nothing under it would read as a mistake.
  static func noTopicsFound(_ number: Int) -> String {
    "There's no topic \(number): I didn't find any topics in what you told me. "
      + "Type one in your own words, such as \"use their new training scheme\"."
  }

  func topicList() -> String {
    topics.enumerated().map { "  \($0.offset + 1). \($0.element.text)" }.joined(separator: "\n")
  }

  // MARK: - Topic

  mutating func handleTopicAnswer(_ text: String) -> [Output] {
    if let answer = Confirmation(reading: text) {
      switch answer {
      case .yes:
        guard let best = topics.first else { return miss() }
        return choose(best)
      case .no:
        return [
          .say(
            "Which would you rather use? Pick a number, or type the topic in your own words.\n"
              + topicList())
        ]
      }
    }
    if let number = Self.topicNumber(text) {
      guard (1...max(1, topics.count)).contains(number), number <= topics.count else {
        if topics.isEmpty {
          return [.say(Self.noTopicsFound(number))]
        }
        if topics.count == 1 {
          return [
            .say("I found only one topic, \(topics[0].text). Say yes to use it, or type your own.")
          ]
        }
        return [
          .say(
            "There's no topic \(number): pick a number from 1 to \(topics.count), or type your own.\n"
              + topicList())
        ]
      }
      return choose(topics[number - 1])
    }
    if MessageText.isNonAnswer(text) || MessageText.isQuestion(text) {
      return miss(question: MessageText.isQuestion(text))
    }
    // "Priya Shah" typed here answers "who" rather than "what": a note about a person's name
    // says nothing.
    if isPersonInConversation(text) { return [.say(nameGivenAsTopic())] }
    let extractor = TopicExtractor(context: extractionContext)
    // A sentence with a cue ("we also talked about the podcast") is read like the discussion;
    // anything else is the topic in the person's own words.
    if let found = extractor.topics(in: text).first, found.score >= 0.45 {
      return choose(Topic(text: found.text, score: found.score, kind: found.kind))
    }
    // "email" typed a question early: remember the channel and still ask for the topic.
    if Command.words(text).count <= 3, let early = Channel(reading: text) {
      channel = early
      return [.say("Got it: \(early.spoken). First, though, the topic. " + topicPrompt())]
    }
    guard let typed = extractor.typedTopic(text) else { return miss() }
    // "my experience", "the role": every candidate says these, so they make no note personal.
    guard Phrase.hasSpecificContent(typed.text) else {
      return [
        .say(
          "That's something every candidate talks about, so it won't make the note stand out. Pick one of the topics I found, or type something specific from the conversation.\n"
            + topicList())
      ]
    }
    return choose(typed)
  }

  /// The answer to a person's name given as the topic.
  func nameGivenAsTopic() -> String {
    let list = topics.isEmpty ? "" : " Or pick one I found:\n" + topicList()
    return
      "That's a name. The note needs something you talked about: type a few words about it, such as \"their new training scheme\"."
      + list
  }

  /// Whether text is only the name of someone in this conversation: an interviewer or the
  /// person, in full or by first name.
  func isPersonInConversation(_ text: String) -> Bool {
    let typed = text.trimming(" .!").lowercased()
    let people = recipients + (facts.name.map { [$0] } ?? [])
    return people.contains { person in
      [person.full, person.informal, person.formal].contains { $0.lowercased() == typed }
    }
  }

  static func topicNumber(_ text: String) -> Int? {
    let words = Command.words(text)
    let ordinals = [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "first": 1, "second": 2, "third": 3,
      "fourth": 4, "fifth": 5,
    ]
    guard words.count <= 4 else { return nil }
    for word in words.reversed() {
      if let value = Int(word) { return value }
      if let value = ordinals[word], words.count <= 3 { return value }
    }
    return nil
  }

  private mutating func choose(_ chosen: Topic) -> [Output] {
    topic = chosen
    if !topics.contains(where: { $0.text == chosen.text }) { topics.insert(chosen, at: 0) }
    // Chosen again after going back from the draft: the draft changes, undoably.
    if var draft, currentRequest()?.topic != chosen {
      draft.append(.topic(chosen, recipient: draft.recipient))
      self.draft = draft
    }
    return afterAnswer("Good choice: the note will be built on \(chosen.text).")
  }

  // MARK: - Channel

  mutating func handleChannelAnswer(_ text: String) -> [Output] {
    let words = Set(Command.words(text))
    if let chosen = Channel(reading: text) {
      let free = chosen == .linkedin && words.contains("free")
      if var draft, currentRequest()?.channel != chosen || currentRequest()?.freeAccount != free {
        draft.append(.channel(chosen, freeAccount: free))
        self.draft = draft
      } else if draft == nil {
        channel = chosen
        freeAccount = free
      }
      return afterAnswer("")
    }
    let unsure: Set<String> = [
      "dunno", "idk", "unsure", "whatever", "default", "either", "any", "anything",
    ]
    if !words.isDisjoint(with: unsure) || text.lowercased().contains("not sure")
      || text.lowercased().contains("you pick") || text.lowercased().contains("you choose")
      || text.lowercased().contains("don't know")
    {
      channel = .email
      return afterAnswer("Email, then: it's the usual choice, and it gives you a subject line.")
    }
    return miss(question: MessageText.isQuestion(text))
  }
}

extension Facts {
  /// The facts set in `after` that were not in `before`, or that changed.
  static func difference(from before: Facts, to after: Facts) -> Facts {
    Facts(
      name: after.name != before.name ? after.name : nil,
      interviewers: after.interviewers != before.interviewers ? after.interviewers : nil,
      company: after.company != before.company ? after.company : nil,
      role: after.role != before.role ? after.role : nil,
      when: after.when != before.when ? after.when : nil,
      outcome: after.outcome != before.outcome ? after.outcome : nil)
  }
}
