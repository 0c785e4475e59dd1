/// No question is asked a third time: the one place that counts the answers given to the
/// question in hand, and settles it instead of asking again.
///
/// Every handler re-asks in its own way (a hint, a topic found too generic, a channel named
/// early, a partial answer), so a limit kept in each of them missed the paths that were not a
/// "miss". Here the count is taken after any answer that leaves the same question open, and the
/// third asking is replaced by the answer taken as typed, or, for a question the note can do
/// without, by leaving it out with a word saying so.
extension Conversation {
  /// The reply to a message at any stage, never showing the same question a third time.
  mutating func respond(to text: String) -> [Output] {
    let before = phase.question
    if asks.question != before { asks = QuestionAsks(question: before) }
    let attempt = asks.attempt
    asks.attempt = nil
    let answersBefore = answers
    let toldBefore = answers.told
    let outputs = respondToMessage(text)
    // Only an answer to the question counts; `respondToMessage` notes one in `asks.attempt`.
    let answered = asks.attempt
    guard let question = phase.question, question == before, asks.question == question else {
      asks = QuestionAsks(question: phase.question)
      return outputs
    }
    // A channel named early ("card" at the role question) answers the question after next,
    // not this one: kept, and not counted the first time. A second one ("email", then "card")
    // is a reply to this question all the same: counted, with the answer typed before it kept
    // as the one to take. Anything else typed here was meant for it, even when it also told
    // something else ("50 50. he liked my forklift licences ...").
    let early = WordSplitter.words(text).count <= 3 && Channel(reading: text) != nil
    guard answered != nil,
      !early || answers.told == toldBefore || toldBefore.channel != nil
    else {
      asks.attempt = answered ?? attempt
      // A message that is no answer, took nothing and asked for nothing the person can name (a
      // question back, "...", an emoji, a greeting) is answered, and the question shown again;
      // but it is a reply to the question all the same, so it counts with the answers: the
      // question is shown at most twice ("is the pro bono clinic a good one to pick?" typed
      // twice at the topic question settles it at the second). What the person told in
      // between (a correction, a fact said early) took something, so it does not count.
      let trimmed = text.trimming(" \t\n")
      // Stepping away ("brb kids", "hang on") spends no ask either: it waits for the person.
      if answered == nil, !early, answers.told == toldBefore, Command(reading: trimmed) == nil,
        !PastedReview.isReview(text), !PastedNote.isNote(trimmed),
        question == .topic || !AwayAside.isWholeAside(trimmed)
      {
        asks.asides = (asks.asides ?? 0) + 1
        if asks.replies > QuestionAsks.limit {
          return settleAtLimit(question, before: answersBefore) ?? outputs
        }
      }
      return outputs
    }
    if early { asks.attempt = attempt }
    asks.answers += 1
    guard asks.replies > QuestionAsks.limit else { return outputs }
    // The refusal of the answer is not said, since the answer is now taken.
    return settleAtLimit(question, before: answersBefore) ?? outputs
  }

  /// A sentence around the answer ("bell & sons? no wait thats my name lol its Reyes Heating &
  /// Air", "hale and whitcombe (its an & in the name)"): the part shaped like the answer is
  /// taken, and shown.
  private mutating func takePart(of typed: String, _ question: Question) -> [Output]? {
    guard let part = AnswerPart.likely(in: typed, for: question, known: facts) else { return nil }
    return takeAsTyped(part, question)
  }

  /// Whether the fact a question asks for now holds a value the person typed.
  private func holdsAnswer(_ question: Question) -> Bool {
    switch question {
    case .name: facts.name != nil
    case .interviewer: facts.interviewers.map { $0 != [.hiringManager] } ?? false
    case .company: facts.company != nil
    case .role: facts.role != nil
    case .when, .outcome, .discussion, .topic, .interest, .channel, .occasion, .heard,
      .development, .feedback:
      false
    }
  }

  /// The question in hand, settled rather than shown a third time: the last answer typed is
  /// taken as it is; a question the note can do without is left out, and one it needs goes
  /// on without its answer in a form that needs none. Nil only at the topic question with
  /// no topic found, which the discussion settles.
  mutating func settleAtLimit(_ question: Question, before: Answers? = nil) -> [Output]? {
    let typed = asks.attempt
    switch question {
    case .name, .interviewer, .company, .role:
      if question == .role, let heard = answers.roleHeard {
        answers.roleHeard = nil
        return afterAnswer(InterviewScript.takenAsTyped(heard, .role))
      }
      if question == .company, let heard = answers.companyHeard {
        answers.companyHeard = nil
        return afterAnswer(InterviewScript.takenAsTyped(heard, .company))
      }
      // The message taken as this answer is no more than that: nothing else read from it stays
      // ("bell & sons? no wait its Reyes Heating & Air" at the company question is no topic).
      // When it is not taken, what was read from it stays ("we talked about their switch to
      // electric cargo bikes" at the role question leaves the role out and keeps the topic).
      let readFromIt = self
      if let before { answers = before }
      if let typed, let taken = takeAsTyped(typed, question) ?? takePart(of: typed, question),
        holdsAnswer(question)
      {
        return taken
      }
      self = readFromIt
      if question == .interviewer { return greetHiringManager() }
      if question == .role { return decline(.role) }
      // Nothing typed could be it: the note goes on without it, in a form that needs none
      // ("the role" without "at ...", no name under the sign-off), and says so.
      answers.skipped.insert(question)
      return afterAnswer(InterviewScript.goingOnWithout(question))
    case .when, .outcome:
      return decline(question)
    case .interest:
      answers.skipped.insert(.interest)
      return afterAnswer(InterviewScript.interestSkipped)
    case .discussion:
      if occasion == .checkIn || occasion == .rejectionReply {
        misses = max(misses, 1)
        return handleOccasionDiscussion(typed ?? "")
      }
      // The first note is built on what came up. A list of what was asked ("tools, if i have
      // a truck, and hes getting into heat pumps") ends, as people tell it, on what the
      // employer is doing: its last item is taken as typed, and shown. With nothing at all
      // ("erm", "nothing really"), the note is about the role itself, which is what they met
      // to talk about.
      let extractor = TopicExtractor(context: extractionContext)
      let item = typed.flatMap(TopicClause.lastItem(in:))
      // Back at the discussion with nothing new: the topics found before still stand.
      if item == nil, let kept = answers.topic ?? topics.first {
        return afterAnswer(InterviewScript.topicTakenAtLast(kept.text, others: topics.count > 1))
      }
      // Only a topic the note can print (`TopicGate`): "the phone" is nothing specific, and
      // the role itself is still true.
      let topic =
        (item.flatMap(extractor.typedTopic)
        ?? item.map { Topic(text: $0, score: 1, kind: .typed) })
        .flatMap { TopicGate.problem($0.text) == nil ? $0 : nil }
        ?? Topic(
          text: facts.role.flatMap {
            RoleTitle.printable(
              $0, company: facts.company ?? "", answered: facts.roleAnswered == true)
          }
          .map { "the \($0) role" } ?? "the role",
          score: 0, kind: .typed)
      answers.topics = [topic]
      answers.topic = topic
      return afterAnswer(InterviewScript.topicTakenAtLast(topic.text, others: false))
    case .topic:
      // The person named something, twice, that no rule read as a topic: their words are the
      // topic, and the reply says so. A suggestion they did not accept is never used for them.
      if let typed {
        let reply = TopicReply(reading: typed)
        let words = reply.named.isEmpty ? typed : reply.named
        // A person's name ("priya") is who, not what: a note about it says nothing.
        // Said twice, a thing the discussion holds is the person's choice even when it is
        // common ("weekends" of "weekend shifts"): tuning 34's bq012 was built on the
        // person's old job, which they never chose, after "weekends" was typed twice.
        // A phrase ending on a pronoun ("the training through them") points outside itself,
        // and the note could not say what it means.
        let held = phraseHolding(words, insisted: true).flatMap { topic in
          topic.text.split(separator: " ").last.map {
            CandidateFinder.pronounObjects.contains($0.lowercased())
          } == true ? nil : topic
        }
        if !reply.isYes, TopicRejection(reading: typed) == nil,
          !isPersonInConversation(typed), !isPersonInConversation(words),
          let named = Phrase.hasSpecificContent(words) ? topicNamed(words) : held
        {
          return choose(named, saying: InterviewScript.topicTakenAsTyped(named.text))
        }
      }
      guard let best = topics.first else { return nil }
      return choose(
        best, saying: InterviewScript.topicTakenAtLast(best.text, others: topics.count > 1))
    case .channel:
      return setChannel(.email, InterviewScript.emailByDefault)
    case .development:
      answers.skipped.insert(.development)
      return afterAnswer(InterviewScript.noDevelopment)
    case .occasion, .heard, .feedback:
      // Each takes its usual choice once it has missed once: the first note, no news, no
      // request for feedback.
      misses = max(misses, 1)
      return handleOccasionAnswer(typed ?? "", to: question)
    }
  }
}

extension Answers {
  /// What the person has told, without what the assistant has said once (its remarks): a
  /// reply that only adds a remark took nothing from the message.
  var told: Answers {
    var told = self
    told.remarks = []
    return told
  }
}
