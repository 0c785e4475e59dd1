/// "please add Tunde in the greeting too", "put tyler in too since he was there": one note
/// that greets another person as well, asked for before the note or after it.
extension Conversation {
  /// A request to greet another person too, at a question of the interview: kept until the
  /// note is written, said back, and never the answer to the question in hand (asked again).
  mutating func takeGreetingAddition(_ text: String, at question: Question) -> [Output]? {
    let interview: Set<Question> = [
      .company, .role, .when, .outcome, .discussion, .topic, .interest, .channel,
    ]
    guard interview.contains(question), !(facts.interviewers ?? []).isEmpty,
      let names = GreetingAddition.read(text)
    else { return nil }
    var all = answers.greetAlso ?? []
    for name in names where !all.contains(name) { all.append(name) }
    answers.greetAlso = all
    let greeted = jointGreeting(adding: all, to: 0)?.words ?? Acknowledgement.list(all)
    return [.say(InterviewScript.greetingJoined(greeted) + "\n\n" + currentPrompt())]
  }

  /// The greeting of the note to recipient `index` when it greets `names` as well, and the
  /// other notes whose people it now greets (they get no note of their own: one note to both
  /// is what was asked). People are greeted in the order they were met, each as their own
  /// note would greet them ("Sister Margaret", "Captain Adewale"); a person not among them
  /// ("put phil in as well") as the person named them. Nil when no one is added.
  func jointGreeting(adding names: [String], to index: Int) -> (words: String, joined: [Int])? {
    let people = recipients
    guard index < people.count else { return nil }
    var greeted = [index]
    var extra: [String] = []
    for name in names {
      let asked = Self.nameWords(name)
      let match = people.indices.first { other in
        let held =
          Self.nameWords(people[other].full)
          + Self.nameWords(people[other].greetAs ?? "")
        return !asked.isEmpty && asked.allSatisfy(held.contains)
      }
      if let match {
        if !greeted.contains(match) { greeted.append(match) }
      } else if !extra.contains(name) {
        extra.append(name)
      }
    }
    // "add Tunde in the greeting too" when the chosen topic put Tunde's note first: the person
    // was writing to the first one met, who stays greeted.
    if greeted.count + extra.count < 2, index != 0 { greeted.append(0) }
    let words = greeted.sorted().map { people[$0].informal } + extra
    guard words.count >= 2 else { return nil }
    return (Acknowledgement.list(words), greeted.filter { $0 != index }.sorted())
  }

  /// The first draft with the greeting asked for before it: the note on the chosen topic
  /// greets everyone named, and those people get no note of their own.
  func joiningGreeting(_ draft: Draft) -> Draft {
    var names = answers.greetAlso ?? []
    if answers.greetTogether == true { names += recipients.map(\.full) }
    guard !names.isEmpty else { return draft }
    let index = draft.pointRecipient ?? 0
    guard let (words, joined) = jointGreeting(adding: names, to: index) else { return draft }
    var draft = draft
    draft.recipient = index
    draft.append(.rename(.greeting, words, recipient: index))
    if !joined.isEmpty { draft.append(.leaveOut(recipients: joined)) }
    return draft
  }

  /// "put tyler in too": the note in view greets them as well, saying so.
  mutating func greetAlso(_ names: [String], draft: Draft) -> [Output] {
    // "put kemi in too" after the note greets Sue and Phil: Phil stays greeted.
    var names = names
    if let greeting = currentRequest()?.greeting, greeting.contains(" and ") {
      let greeted = greeting.replacingOccurrencesOf(" and ", with: ", ")
        .split(separator: ",").map { String($0).trimming(" ") }.filter { !$0.isEmpty }
      names = greeted + names.filter { !greeted.contains($0) }
    }
    guard let (words, joined) = jointGreeting(adding: names, to: draft.recipient) else {
      return [.say(InterviewScript.greetingAlready(Acknowledgement.list(names)))]
    }
    let others = joined.filter { !draft.leftOut.contains($0) }
    if !others.isEmpty, draft.revisions.count + 2 < Draft.maximumRevisions {
      var draft = draft
      draft.append(.leaveOut(recipients: others))
      update(draft)
    }
    return revise(
      .rename(.greeting, words, recipient: draft.recipient),
      done: InterviewScript.greetingChanged(words),
      unchanged: InterviewScript.greetingAlready(words))
  }
}

extension InterviewScript {
  /// Said when the person asks, before the note, to greet someone else as well.
  static func greetingJoined(_ words: String) -> String {
    "Got it: the note will greet \(words) together."
  }
}
