/// A message of several clauses, read clause by clause for what each one is.
///
/// People answer the question asked and tell the next fact in one breath: "care assistant and
/// it was yesterday" at the role question, "frank mills. had my interview with tesco yesterday"
/// at the name question. Read whole, such a message may give the question no answer (the
/// role reader sees a sentence, not a title) or miss a fact a clause states plainly on its own
/// ("with tesco"). Read clause by clause (`MessageParts.clauses`), the clause that answers the
/// question asked wins that field, and the others fill the facts still missing.
extension Conversation {
  /// The answer to the question asked found in one clause of a message that read whole gave
  /// none, with what the other clauses state; nil when no clause answers it.
  mutating func answerInClauses(_ text: String, to question: Question) -> [Output]? {
    guard let slot = question.slot else { return nil }
    let clauses = MessageParts.clauses(of: text)
    // A message that asks something back ("why do u need my name? cant i just add it myself")
    // answers nothing in its other clauses.
    guard clauses.count > 1, !clauses.contains(where: MessageText.isQuestion) else { return nil }
    let reader = FactReader(today: today)
    for (index, clause) in clauses.enumerated() {
      guard !MessageText.isNonAnswer(clause), Self.mayAnswer(clause, slot),
        let found = reader.answer(Self.withoutLead(clause), to: slot)
      else { continue }
      let before = facts
      var trial = self
      trial.take(found, for: slot)
      trial.merge(found, except: slot)
      for (other, said) in clauses.enumerated() where other != index {
        trial.mergeStated(in: said, at: slot)
      }
      guard trial.facts != before else { continue }
      self = trial
      return afterAnswer(acknowledgement(from: before, asked: slot))
    }
    return nil
  }

  /// Whether a clause may be the answer to the question for `slot` on its own. A name, a
  /// company or a role is a few words, never a clause with a subject and verb of its own ("i
  /// have 2 interviews this week"); how it went needs a verdict of its own, since a short
  /// clause beside others ("oh yesterday was tuesday") is not the whole reply the question's
  /// trust is given to.
  static func mayAnswer(_ clause: String, _ slot: FactReader.Slot) -> Bool {
    switch slot {
    case .name, .interviewer, .company, .role:
      let words = Self.withoutLead(clause).lowercased().split(separator: " ").map {
        String($0).trimming(",.;:!")
      }
      return !words.contains(where: DirectAnswer.clauseWords.contains)
    case .outcome: return Outcome(reading: clause) != nil
    case .when: return true
    }
  }

  /// The facts the clauses of a message state, beside the answer already taken from it: each
  /// clause read on its own fills a fact still missing ("with tesco" in "frank mills. had my
  /// interview with tesco yesterday"). A message of one clause was read whole already.
  mutating func mergeClauses(of text: String, at slot: FactReader.Slot) {
    let clauses = MessageParts.clauses(of: text)
    guard clauses.count > 1 else { return }
    for clause in clauses { mergeStated(in: clause, at: slot) }
  }

  /// The facts one clause states, merged where missing: only those whose evidence a clause
  /// carries on its own, the company it names and the day. A name read from a few capitals
  /// ("Wiśniewski with polish letter") or a rank before one's own name ("Warrant Officer (ret.)
  /// Dmitri Volkov") is no fact of its own; the message read whole has said what it can.
  private mutating func mergeStated(in clause: String, at slot: FactReader.Slot) {
    guard !MessageText.isQuestion(clause), !MessageText.isNonAnswer(clause) else { return }
    let read = FactReader(today: today).facts(in: clause)
    var stated = Facts()
    stated.company = read.company
    stated.when = read.when
    merge(stated, except: slot)
  }

  /// The asked fact set from an answer's reading.
  mutating func take(_ answer: Facts, for slot: FactReader.Slot) {
    switch slot {
    case .name: facts.name = answer.name
    case .interviewer: facts.interviewers = answer.interviewers
    case .company:
      facts.company = answer.company
      answers.companyHeard = nil
    case .role:
      facts.role = answer.role
      answers.roleHeard = nil
    case .when: facts.when = answer.when
    case .outcome: facts.outcome = answer.outcome
    }
  }

  /// The words acknowledging what changed since `before`; after a hard interview, the words
  /// for one.
  mutating func acknowledgement(from before: Facts, asked slot: FactReader.Slot) -> String {
    let added = unconfirmedLeftOut(Facts.difference(from: before, to: facts))
    if let outcome = added.outcome, outcome == .badly,
      answers.remarks.insert(.hardInterview).inserted
    {
      return Acknowledgement.hardInterview
    }
    return Acknowledgement.text(for: added, asked: slot, today: today)
  }
}
