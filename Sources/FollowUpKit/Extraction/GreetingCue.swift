/// How the person says an interviewer wants to be greeted: "please greet her as Helen", "call
/// him Steve", "goes by gaz", "he said call me beppe", "everyone calls him pasha".
///
/// Such words are an instruction about the greeting, wherever they stand: never a value for the
/// question in hand ("Actually Please Greet Her As Helen" is no company), never a second person
/// met ("call me beppe" in the answer about who interviewed is the interviewer speaking), and
/// never the person's own name. The name that follows the cue is the greeting; the words that
/// lead up to it ("he told me everyone") are the person reporting it, and come off with it.
///
/// The cue is read by its shape: a verb of calling or addressing with the interviewer as its
/// object ("call her Ruth", "i called him Mr Krishnan", "everyone there called her anita"), or a
/// looser wording about the greeting with a name after it ("id say mr holloway", "use Ms
/// Restrepo", "just Jo is fine"). A cue turned down ("dont call him rich") or asked about
/// ("should i call her dr ramaswamy or anita?") is no wish, and the next one is read.
///
/// ```swift
/// GreetingCue.read("gary hinds, manager, goes by gaz", quoting: true)
/// // name "Gaz", rest "gary hinds, manager,"
/// ```
struct GreetingCue: Hashable, Sendable {
  /// The words to greet by: "Helen", "Mrs Amadi".
  var name: String
  /// The message without the instruction.
  var rest: String
  /// Whether only the looser wording says it ("id say", "use", "is fine"): such words also say
  /// other things ("went well id say", "use the bus"), so the name after them is a greeting
  /// only with a title or as a name the person already gave for the interviewer.
  var loose = false
  /// Whether the name carries a title ("Mr Holloway").
  var titled = false

  /// Reads an instruction about the greeting. `quoting` is true where the interviewer's own
  /// words may be reported ("he said call me beppe"): in the answer about who interviewed.
  static func read(_ text: String, quoting: Bool) -> GreetingCue? {
    guard text.count <= 300 else { return nil }
    let typed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(
      String.init)
    let words = typed.map { $0.lowercased().trimming(",.;:!?\"'()“”‘’") }
    func at(_ index: Int) -> String { index < words.count ? words[index] : "" }
    let people: Set<String> = ["her", "him", "them"]
    for index in words.indices {
      let word = words[index]
      let next = at(index + 1)
      var nameAt: Int?
      var loose = false
      var saidFine = false
      // "is fine" after the name is the cue's too: left in, it read as how the interview went.
      var tail = 0
      if ["greet", "address"].contains(word), people.contains(next), at(index + 2) == "as" {
        nameAt = index + 3
      } else if ["call", "calls", "called", "calling"].contains(word), people.contains(next) {
        nameAt = index + 2
      } else if quoting,
        word == "call" && next == "me"
          || ["goes", "go"].contains(word)
            && next == "by"
          || word == "known" && next == "as"
      {
        nameAt = index + 2
      } else if word == "say", index > 0, ["id", "i'd", "i’d", "would"].contains(words[index - 1]) {
        // "id say mr holloway": how the person would put it.
        nameAt = index + 1
        loose = true
      } else if word == "use" {
        nameAt = index + 1
        loose = true
      } else if word == "just", at(index + 2) == "is", Self.fine.contains(at(index + 3)) {
        // "just Jo is fine": one name, said to be enough.
        nameAt = index + 1
        loose = true
        tail = 2
      } else if let (_, end) = name(typed, words, from: index), at(end) == "is",
        Self.fine.contains(at(end + 1)), typed[end - 1].last.map({ ",.;:".contains($0) }) != true
      {
        // "she said ama is fine", "Dr Boateng is fine": a name said to be enough, with or
        // without "just"; vouched like the other looser wordings.
        nameAt = index
        loose = true
        saidFine = true
        tail = 2
      }
      guard let start = nameAt, let (name, end) = name(typed, words, from: start) else {
        continue
      }
      let titled = PersonName.titles[words[start]] != nil
      // "id say", "use": a title is what makes the words after them a form of address.
      if loose, word != "just", !saidFine, !titled { continue }
      // "dont call him rich": a form turned down is no wish.
      if turnsDown(typed, words, before: index) { continue }
      // "everybody calls him big Tam but dont put that": a form turned down after it is said
      // is no wish either (tuning 26's ba008 was greeted "Hi Big,").
      if turnsDown(words, after: end) { continue }
      // "should i call her dr ramaswamy or anita?": a form asked about is no wish yet.
      if asksAbout(typed, from: index) { continue }
      // A cue ends its word's clause only when its own word carried no full stop or comma.
      if typed[index].last.map({ ",.;:".contains($0) }) == true { continue }
      var from = index
      while from > 0, reporting.contains(words[from - 1]),
        typed[from - 1].last.map({ ",.;:(".contains($0) }) != true
      {
        from -= 1
      }
      let kept = Array(typed[..<from]) + Array(typed[min(typed.count, end + tail)...])
      return GreetingCue(
        name: name, rest: kept.joined(separator: " ").trimming(" ,;:-"), loose: loose,
        titled: titled)
    }
    return nil
  }

  /// Whether a negation stands in the cue's own clause, up to three words before its verb:
  /// "dont call him rich", but not "not rich, call him Mr Holloway".
  private static func turnsDown(_ typed: [String], _ words: [String], before index: Int) -> Bool {
    var at = index - 1
    while at >= 0, at >= index - 3 {
      if typed[at].last.map({ ",.;:!?".contains($0) }) == true { return false }
      if negations.contains(words[at]) { return true }
      at -= 1
    }
    return false
  }

  /// Whether the clause after the name turns the form down: "but dont put that", "dont use it
  /// tho": a negation and a verb of writing within the three words after the name. "call him
  /// Steve, not Stephen" turns down another form, not this one.
  private static func turnsDown(_ words: [String], after end: Int) -> Bool {
    let following = Array(words.dropFirst(end).prefix(4))
    return following.indices.dropLast().contains { at in
      negations.contains(following[at]) && writingVerbs.contains(following[at + 1])
    }
  }

  /// Verbs that put a form into the note: "dont put that", "don't use it", "never write it".
  static let writingVerbs: Set<String> = ["put", "use", "write", "say", "include", "add"]

  /// Whether the sentence holding the word at `index` ends with a question mark.
  private static func asksAbout(_ typed: [String], from index: Int) -> Bool {
    for word in typed[index...] {
      if word.hasSuffix("?") { return true }
      if let last = word.last, ".!".contains(last) { return false }
    }
    return false
  }

  /// Words that turn a cue down: "dont call him rich", "please don't address her as Mrs".
  static let negations: Set<String> = [
    "dont", "don't", "don’t", "not", "never", "didnt", "didn't", "no", "doesnt", "doesn't",
  ]

  /// Words that say a name is enough: "just Jo is fine".
  static let fine: Set<String> = ["fine", "ok", "okay", "good", "enough", "best"]

  /// The name after a cue, with an optional title, and the index after it: one word, or two
  /// when the second was typed with a capital ("Helen Carter"). Nil for a word that is no name
  /// ("call him back", "call them that").
  private static func name(_ typed: [String], _ words: [String], from start: Int) -> (
    String, Int
  )? {
    var index = start
    var parts: [String] = []
    if index < words.count, let title = PersonName.titles[words[index]] {
      parts.append(title)
      index += 1
    }
    guard index < words.count, isNameShaped(words[index]) else { return nil }
    let first = typed[index].trimming(",.;:!?\"'()“”‘’")
    parts.append(PersonName.asTyped(first))
    index += 1
    let endsClause = typed[index - 1].last.map { ",.;:!?)".contains($0) } ?? false
    // "dr lim wei ling, goes by wei ling": two words typed together in the name given earlier
    // are one given name, whatever their case.
    let givenTogether =
      index < words.count
      && (1..<max(1, start)).contains { at in
        words[at - 1] == words[index - 1] && words[at] == words[index]
      }
    if !endsClause, index < words.count, isNameShaped(words[index]),
      typed[index].first?.isUppercase == true && first.first?.isUppercase == true || givenTogether
    {
      parts.append(PersonName.asTyped(typed[index]))
      index += 1
    }
    return (parts.joined(separator: " "), index)
  }

  /// A word that can be a name: letters (with a hyphen or an apostrophe), two or more, and not
  /// a word of the sentence around it.
  private static func isNameShaped(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
      && !notNames.contains(word)
  }

  /// Words after "call him" or "goes by" that are no name.
  static let notNames: Set<String> = [
    "that", "this", "it", "back", "up", "out", "later", "again", "by", "as", "the", "a", "an",
    "and", "or", "but", "not", "instead", "then", "because", "since", "now", "too", "so",
    "please", "pls", "plz", "thanks", "her", "him", "them", "me", "first", "his", "their",
    "name", "something", "anything", "whatever", "tomorrow", "today", "monday", "on",
    "about", "over", "in", "to", "when", "if", "for", "with",
  ]

  /// Words that lead up to a reported instruction: "she said to", "he told me everyone",
  /// "actually please".
  static let reporting: Set<String> = [
    "he", "she", "they", "said", "says", "told", "tells", "me", "us", "to", "everyone",
    "everybody", "people", "all", "and", "but", "so", "who", "wants", "want", "asked", "likes",
    "prefers", "please", "pls", "plz", "actually", "can", "you", "could", "should", "i", "just",
    "also", "oh", "btw", "sorry", "ok", "okay", "would", "you'd", "id", "i'd", "say", "there",
  ]
}
