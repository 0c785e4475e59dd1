/// "actually please greet her as Helen", said at any question of the interview.
extension Conversation {
  /// An instruction about how to greet the interviewer, at a question other than the one about
  /// who interviewed (where it is read with the answer): taken for the greeting, never as the
  /// answer to the question in hand, which is asked again. With several interviewers, the one
  /// the message names ("call him Steve not mr fletcher") or else the first is meant.
  mutating func takeGreetingCue(_ text: String, at question: Question) -> [Output]? {
    // "Call Her Daddy Media": a message typed in title case is a name, not an instruction.
    let words = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }
    let titleCase = words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
    guard question != .interviewer, question.slot != nil || question == .discussion, !titleCase,
      // "tadek is just what the lads call him. job is forklift driver": the name a cue gives
      // is in the cue's own sentence.
      let cue = MessageParts.sentences(of: text).lazy.compactMap({
        GreetingCue.read($0, quoting: false)
      }).first,
      // "he said i can call him Steve but i'd rather keep it Mr Harris": offered, then refused.
      !Self.refusesAfter(cue, in: text)
    else { return nil }
    if var people = answers.facts.interviewers,
      let first = people.firstIndex(where: { !$0.isNameless })
    {
      let rest = Set(CorrectionReader.folded(cue.rest).split(separator: " "))
      let named = people.firstIndex { person in
        !person.isNameless
          && person.fullWords.contains { rest.contains(Substring(CorrectionReader.folded($0))) }
      }
      people[named ?? first].greetAs = cue.name
      answers.facts.interviewers = people
    } else {
      answers.greetAs = cue.name
    }
    return [.say(InterviewScript.greetingNoted(cue.name) + "\n\n" + currentPrompt())]
  }

  /// Whether the words after the greeting named turn it down: "but i'd rather keep it ...".
  static func refusesAfter(_ cue: GreetingCue, in text: String) -> Bool {
    let lower = text.lowercased()
    guard let at = lower.range(of: cue.name.lowercased()) else { return false }
    let after = WordSplitter.words(String(lower[at.upperBound...]))
    return after.contains { ["but", "rather", "instead", "though"].contains($0) }
  }
}
