/// "actually only send to Ms Duckworth, Josh was just watching", said while the interview is
/// still being asked: a wish about who gets the note, never the answer to the question in hand.
///
/// At the draft the same words change which notes there are (`keepOnly`, `leaveOut`). Before
/// it, no note exists yet, so the wish changes who is held as met for the note: the person
/// named stays, the others go ("only send to Ms Duckworth") or the one named goes ("no note
/// for Josh"). Read at every question, so the company question never takes the wish for a
/// company ("Actually Only Send to Ms Duckworth").
extension Conversation {
  /// The interviewers kept by a wish about who gets the note, or nil when the text is no such
  /// wish, names no one held, or would leave no one.
  func recipientRemark(_ text: String) -> Correction? {
    guard case .asking = phase, let people = facts.interviewers, people.count > 1,
      let request = DraftRequestReader.recipientsChange(text)
    else { return nil }
    switch request {
    case .onlyFor(let words):
      guard let index = Self.heldPerson(named: words, in: people) else { return nil }
      return .interviewers([people[index]])
    case .leaveOut(let words):
      guard let index = Self.heldPerson(named: words, in: people) else { return nil }
      var kept = people
      kept.remove(at: index)
      return .interviewers(kept)
    default:
      return nil
    }
  }

  /// The one held person whose name, title or job holds every word of `words` ("Ms Duckworth",
  /// "josh", "the trainee"); nil when none or several do.
  static func heldPerson(named words: String, in people: [PersonName]) -> Int? {
    let asked = lowerWords(words).filter {
      !["the", "a", "my", "her", "his", "note", "one"].contains($0)
    }
    guard !asked.isEmpty else { return nil }
    let fits = people.indices.filter { index in
      let person = people[index]
      var known = Set(
        [person.given, person.family, person.job].compactMap { $0 }.flatMap(lowerWords))
      // "ms", "Ms." and "Ms" are one title however typed ("Ir." held, "ir" asked).
      if let title = person.title { known.insert(title.lowercased().trimming(".")) }
      return asked.allSatisfy { word in
        known.contains(word)
          || known.contains(PersonName.titles[word.trimming(".")]?.lowercased() ?? word)
          // "Ms O'Sullivan" for Breda O'Sullivan, met with no title: the title is the form
          // asked for, not a word that must match.
          || person.title == nil && PersonName.titles[word.trimming(".")] != nil
            && asked.count > 1
      }
    }
    return fits.count == 1 ? fits[0] : nil
  }
}
