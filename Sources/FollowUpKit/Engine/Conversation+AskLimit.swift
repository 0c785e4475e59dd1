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
    let toldBefore = answers.told
    let outputs = respondToMessage(text)
    // Only an answer to the question counts; `respondToMessage` notes one in `asks.attempt`.
    let answered = asks.attempt
    guard let question = phase.question, question == before, asks.question == question else {
      asks = QuestionAsks(question: phase.question)
      return outputs
    }
    // A channel named early ("card" at the role question) answers the question after next,
    // not this one: kept, and not counted. Anything else typed here was meant for it, even
    // when it also told something else ("50 50. he liked my forklift licences ...").
    let early = WordSplitter.words(text).count <= 3 && Channel(reading: text) != nil
    guard answered != nil, !early || answers.told == toldBefore else {
      asks.attempt = answered ?? attempt
      return outputs
    }
    asks.answers += 1
    guard asks.answers > QuestionAsks.limit else { return outputs }
    // The refusal of the answer is not said, since the answer is now taken.
    return settleAtLimit(question) ?? outputs
  }

  /// The question in hand, settled rather than shown a third time: the last answer typed is
  /// taken as it is; a question the note can do without is left out. Nil only when the person
  /// has typed nothing usable for a question the note needs: then asking again is the only
  /// way on.
  mutating func settleAtLimit(_ question: Question) -> [Output]? {
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
      if let typed, let taken = takeAsTyped(typed, question) { return taken }
      if question == .interviewer, typed != nil { return greetHiringManager() }
      if question == .role { return decline(.role) }
      // A whole sentence is no name or company: the question stays, since the note needs it
      // and nothing typed could be it.
      return nil
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
      // The first note is built on what came up: a specific answer was already taken as typed
      // at the second asking, and "nothing really" or "erm" is no topic to write about, so the
      // question stays, with its example.
      return nil
    case .topic:
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
