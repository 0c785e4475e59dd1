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
    // Any question of the interview: "and i should say he said to call him euan" at the channel
    // question, "id say mr holloway" at the topic question are about the greeting all the same.
    let interview: Set<Question> = [
      .name, .company, .role, .when, .outcome, .discussion, .topic, .interest, .channel,
    ]
    guard interview.contains(question), !titleCase,
      // "tadek is just what the lads call him. job is forklift driver": the name a cue gives
      // is in the cue's own sentence.
      let cue = MessageParts.sentences(of: text).lazy.compactMap({
        GreetingCue.read($0, quoting: false) ?? Self.placedAtTheTop($0)
      }).first(where: vouches),
      // "he said i can call him Steve but i'd rather keep it Mr Harris": offered, then refused.
      !Self.refusesAfter(cue, in: text),
      // "i said Tracey, its Stacey. been calling her Tracey in my head all day": the name the
      // message corrects away is the slip explained, not a wish about the greeting.
      !Self.correctsAway(cue, in: text)
    else { return nil }
    // "sorry Pete surname is Ashworth. should I write Mr Ashworth? yes": the same message may
    // name someone more fully, and the greeting is for that person as named (tuning 39's ca042
    // greeted the other person met as Mr Ashworth).
    var renamed: [PersonName]?
    if let held = answers.facts.interviewers,
      case .interviewers(let corrected)? = readCorrection(text), corrected.count == held.count,
      corrected != held,
      // Only a name said more fully: every word held is kept ("Pete" to "Pete Ashworth"),
      // never a cue's own words read as a name ("id say mr obi" for Kenneth Obi).
      zip(held, corrected).allSatisfy({ before, after in
        let kept = Set(after.fullWords.map(CorrectionReader.folded))
        return before.fullWords.allSatisfy { kept.contains(CorrectionReader.folded($0)) }
      }),
      zip(held, corrected).contains(where: { $0.fullWords.count < $1.fullWords.count })
    {
      renamed = corrected
    }
    if var people = renamed ?? answers.facts.interviewers,
      let first = people.firstIndex(where: { !$0.isNameless })
    {
      let rest = Set(CorrectionReader.folded(cue.rest).split(separator: " "))
      let greeted = Set(
        cue.name.split(separator: " ").map { Substring(CorrectionReader.folded(String($0))) })
      let holds = { (words: Set<Substring>, person: PersonName) in
        !person.isNameless
          && person.fullWords.contains { words.contains(Substring(CorrectionReader.folded($0))) }
      }
      let named =
        people.firstIndex { holds(greeted, $0) } ?? people.firstIndex { holds(rest, $0) }
      people[named ?? first].greetAs = cue.name
      answers.facts.interviewers = people
      if let renamed {
        let said = InterviewScript.renamedAndGreeted(
          Acknowledgement.list(renamed.map(\.full)), people[named ?? first].full, as: cue.name)
        return [.say(said + "\n\n" + currentPrompt())]
      }
    } else {
      answers.greetAs = cue.name
    }
    return [.say(InterviewScript.greetingNoted(cue.name) + "\n\n" + currentPrompt())]
  }

  /// "can u put Mrs Hughes at the top not Claire": a name placed at the note's top (or start,
  /// or in the greeting) is the greeting, said before the draft as after it. Read by the
  /// draft's own reader of such requests (`NameRequest`), and only where a place says the top
  /// is meant, so "hi, it's Tom" is never an instruction (tuning 49's cu018 had read "the top
  /// not Claire" as the interviewer's surname, "Claire Top").
  static func placedAtTheTop(_ sentence: String) -> GreetingCue? {
    let words = WordSplitter.words(sentence)
    let placed = NameRequest.places.contains { phrase, end in
      end == .greeting
        && words.indices.contains { words[$0...].starts(with: phrase) }
    }
    // "please add Tunde in the greeting too" greets him as well (`GreetingAddition`).
    guard placed, GreetingAddition.read(sentence) == nil,
      case .greeting(let name)? = NameRequest.read(sentence)
    else { return nil }
    let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
    return GreetingCue(name: name, rest: "", titled: PersonName.titles[first] != nil)
  }

  /// Whether a cue's name may greet: a verb of calling says so itself ("call him euan"); a
  /// looser wording ("id say mr holloway", "just jo is fine") only with a title or a name the
  /// person gave for an interviewer, so "just lourdes is ok" about their own name, or "use
  /// the bus" is never a greeting.
  func vouches(_ cue: GreetingCue) -> Bool {
    guard cue.loose, !cue.titled else { return true }
    let held = Set(
      (answers.facts.interviewers ?? []).flatMap(\.fullWords).map(CorrectionReader.folded))
    let named = cue.name.split(separator: " ").map { CorrectionReader.folded(String($0)) }
    return !named.isEmpty && named.allSatisfy(held.contains)
  }

  /// Whether the message corrects the cue's name away: a change whose old value holds it.
  static func correctsAway(_ cue: GreetingCue, in text: String) -> Bool {
    let name = CorrectionReader.folded(cue.name)
    return CorrectionReader.changes(in: text).contains { change in
      guard let old = change.old.map(CorrectionReader.folded), !old.isEmpty else { return false }
      return old.split(separator: " ").contains(Substring(name)) || old == name
    }
  }

  /// Whether the words after the greeting named turn it down: "but i'd rather keep it ...".
  static func refusesAfter(_ cue: GreetingCue, in text: String) -> Bool {
    let lower = text.lowercased()
    guard let at = lower.range(of: cue.name.lowercased()) else { return false }
    let after = WordSplitter.words(String(lower[at.upperBound...]))
    return after.contains { ["but", "rather", "instead", "though"].contains($0) }
  }
}
