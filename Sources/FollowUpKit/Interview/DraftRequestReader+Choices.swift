/// Requests that change what the note is about or who it is for: a renamed company, role or
/// interviewer, another topic, another recipient's note.
extension DraftRequestReader {
  /// "the company is X" without a marker is handled by `Correction`; these are the verbs.
  static func rename(_ text: String, words: [String]) -> DraftRequest? {
    let lowered = text.lowercased()
    let forms: [(String, (String) -> DraftRequest)] = [
      ("change the company to ", { .renameCompany($0) }),
      ("change company to ", { .renameCompany($0) }),
      ("change the role to ", { .renameRole($0) }),
      ("change the job title to ", { .renameRole($0) }),
      ("change her name to ", { .renameInterviewer($0) }),
      ("change his name to ", { .renameInterviewer($0) }),
      ("change their name to ", { .renameInterviewer($0) }),
      ("change the interviewer to ", { .renameInterviewer($0) }),
      ("change the name to ", { .renameInterviewer($0) }),
      ("address it to ", { .renameInterviewer($0) }),
      ("call her ", { .renameInterviewer($0) }), ("call him ", { .renameInterviewer($0) }),
      ("she's called ", { .renameInterviewer($0) }), ("he's called ", { .renameInterviewer($0) }),
      ("she is called ", { .renameInterviewer($0) }), ("he is called ", { .renameInterviewer($0) }),
      ("they're called ", { .renameInterviewer($0) }), ("her name's ", { .renameInterviewer($0) }),
      ("his name's ", { .renameInterviewer($0) }),
      ("her full name is ", { .renameInterviewer($0) }),
      ("his full name is ", { .renameInterviewer($0) }),
      ("change the company name to ", { .renameCompany($0) }),
      ("the company's name is ", { .renameCompany($0) }),
      ("change the position to ", { .renameRole($0) }),
      ("change the job to ", { .renameRole($0) }),
      ("call them ", { .renameInterviewer($0) }), ("it's to ", { .renameInterviewer($0) }),
      (
        "change my name to ",
        { .correction(.name(PersonName(parsing: $0) ?? PersonName(given: $0))) }
      ),
    ]
    for (prefix, make) in forms where lowered.hasPrefix(prefix) {
      let value = String(text.dropFirst(prefix.count)).trimming(" .!\"'")
      guard !value.isEmpty, value.count <= 100 else { return nil }
      return make(value)
    }
    return nil
  }

  static func topicChoice(_ text: String, words: [String], phrase: String) -> DraftRequest? {
    let numbers = [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "first": 1, "second": 2, "third": 3,
      "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    ]
    func number(_ word: String) -> Int? { Int(word) ?? numbers[word] }
    if words.count == 1, let value = Int(words[0]) { return .topicNumber(value) }
    // "pick a different topic", "use a different one", "something else": a short request for
    // another topic that names none. Before the numbers, so "a different one" is not topic 1.
    let wordSet = Set(words)
    if words.count <= 6, !wordSet.isDisjoint(with: ["other", "another", "different", "else"]),
      !wordSet.isDisjoint(with: ["topic", "one", "subject", "thing", "something"]),
      wordSet.isDisjoint(with: ["note", "person", "interviewer", "tone", "word", "name", "line"])
    {
      return .otherTopic
    }
    if words.count <= 5,
      let index = words.firstIndex(where: { Self.topicWords.contains($0) || $0 == "use" }),
      index + 1 < words.count, let value = number(words[index + 1])
    {
      return .topicNumber(value)
    }
    // "let's go with two", "use 3": the number ends the request. Not "the cargo bikes one",
    // where "one" stands for a topic named by its words.
    if words.count <= 5, let last = words.last, let value = number(last),
      words.contains(where: {
        ["topic", "use", "option", "number", "go", "try", "switch"].contains($0)
      }),
      Int(last) != nil || words.count < 2
        || ["topic", "option", "number", "use", "with", "to", "try", "no"].contains(
          words[words.count - 2])
    {
      return .topicNumber(value)
    }
    if words.count <= 5,
      words.contains(where: {
        ["second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th"].contains($0)
      }),
      words.contains(where: { ["one", "topic", "option"].contains($0) })
    {
      if let value = words.compactMap({ numbers[$0] }).first(where: { $0 > 1 }) {
        return .topicNumber(value)
      }
    }
    if Self.otherPhrases.contains(phrase) { return .otherTopic }
    // "go back to the first topic", "the original topic": the first one offered.
    if words.count <= 8, wordSet.contains("topic") || wordSet.contains("one"),
      !wordSet.isDisjoint(with: ["first", "original"]),
      wordSet.isDisjoint(with: ["line", "sentence"])
    {
      return .topicNumber(1)
    }
    let lowered = text.lowercased()
    // "the one about the fraud model", "the bit about the move": a topic by what it is about.
    for opener in ["the one about ", "go back to the one about ", "use the one about "]
    where lowered.hasPrefix(opener) {
      let rest = String(text.dropFirst(opener.count)).trimming(" .!\"'")
      if !rest.isEmpty { return .topicWords(rest) }
    }
    let openers = [
      "go with ", "use ", "talk about ", "mention ", "make it about ", "focus on ", "build it on ",
      "base it on ", "write about ", "switch to ", "instead talk about ", "can you use ",
      "how about ", "what about ", "try ", "switch it to ", "change it to ", "do it about ",
      "write it about ", "base it around ", "make it on ",
    ]
    for opener in openers where lowered.hasPrefix(opener) {
      var rest = String(text.dropFirst(opener.count))
      for suffix in [" instead", " instead please", " please", " as the topic", " for the topic"]
      where rest.lowercased().hasSuffix(suffix) {
        rest = String(rest.dropLast(suffix.count))
      }
      rest = rest.trimming(" .!\"'")
      // "the walking football one": the topic about walking football.
      for suffix in [" one", " thing", " topic", " bit"]
      where rest.lowercased().hasSuffix(suffix) && rest.split(separator: " ").count > 2 {
        rest = String(rest.dropLast(suffix.count))
      }
      let restWords = rest.split(separator: " ")
      guard !rest.isEmpty, restWords.count <= 12, !Self.addressesPeople(rest) else { return nil }
      // "use valuable" is too thin to be a topic; "use a more formal tone" is a tone.
      if restWords.count == 1, lowered.hasPrefix("use ") { return nil }
      if containsAny(rest.lowercased(), formalCues + warmCues + shorterCues + longerCues) {
        return nil
      }
      if Channel(reading: rest) != nil, restWords.count <= 3 { return nil }
      // "use my nickname kasia", "use that to sign": words about the note itself, or a
      // pointing word with nothing after it to point at, are no topic.
      let restLower = restWords.map { $0.lowercased() }
      if !Set(restLower).isDisjoint(with: Self.noteParts) { return nil }
      if let first = restLower.first, ["that", "this", "it", "them"].contains(first),
        restLower.count <= 4
      {
        return nil
      }
      return .topicWords(rest)
    }
    return nil
  }

  /// Whether words (to their first comma or full stop) are only people as a letter addresses
  /// them, each with a title: "Ms McAllister and Mr Rao please" is how to greet, never a topic
  /// (tuning 40's cc052 had built the note on "Ms McAllister and Mr Rao").
  static func addressesPeople(_ text: String) -> Bool {
    let clause = text.split(whereSeparator: { ",.;!".contains($0) }).first.map(String.init) ?? ""
    let words = clause.split(separator: " ").map(String.init).filter {
      !["please", "pls", "plz", "instead"].contains($0.lowercased())
    }
    var titled = false
    for (index, word) in words.enumerated() {
      let lower = word.lowercased()
      if PersonName.titles[lower.trimming(".")] != nil {
        titled = true
        // A title is followed by the name it goes with.
        guard index + 1 < words.count, words[index + 1].first?.isUppercase == true else {
          return false
        }
        continue
      }
      if ["and", "&"].contains(lower) { continue }
      guard word.first?.isUppercase == true, index > 0,
        PersonName.titles[words[index - 1].lowercased().trimming(".")] != nil
          || words[index - 1].first?.isUppercase == true
      else { return false }
    }
    return titled
  }

  /// Words that name a part of the note, not something from the interview.
  static let noteParts: Set<String> = [
    "sign", "signature", "sign-off", "signoff", "nickname", "greeting", "closing", "subject",
    "regards",
  ]

  static func recipientChoice(_ text: String, words: [String], phrase: String) -> DraftRequest? {
    if [
      "next", "next note", "next one", "the next one", "next person", "next interviewer",
      "the other note", "other note", "the next note", "now the next one", "write the next one",
    ].contains(phrase) {
      return .nextRecipient
    }
    let lowered = text.lowercased()
    for opener in [
      "the note for ", "note for ", "now for ", "switch to ", "what about ", "write to ", "now ",
      "show ",
    ] where lowered.hasPrefix(opener) {
      let rest = String(text.dropFirst(opener.count)).trimming(" .!?'s")
      // "show it again", "show me": the draft, not a person's note.
      let first = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
      if ["it", "me", "the", "this", "that", "again", "my", "a", "an", "your", "us"].contains(first)
      {
        continue
      }
      if !rest.isEmpty, rest.split(separator: " ").count <= 3 { return .recipientNamed(rest) }
    }
    if lowered.hasSuffix("'s note") || lowered.hasSuffix("’s note") {
      return .recipientNamed(String(text.dropLast(7)))
    }
    return nil
  }

  /// Words before a topic's number: "topic 2", "option two".
  static let topicWords: Set<String> = [
    "topic", "option", "number", "no", "one", "idea", "suggestion",
  ]
  /// The ways people ask for the other topic.
  static let otherPhrases: Set<String> = [
    "use the other topic", "the other topic", "other topic", "another topic", "different topic",
    "switch topic", "switch topics", "change the topic", "change topic", "use the other one",
    "the other one", "other one", "use another topic", "try another topic",
    "try a different topic",
    "a different topic", "next topic", "use a different topic", "pick another topic",
    "another one",
  ]
}
