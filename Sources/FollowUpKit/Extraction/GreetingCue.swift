/// How the person says an interviewer wants to be greeted: "please greet her as Helen", "call
/// him Steve", "goes by gaz", "he said call me beppe", "everyone calls him pasha".
///
/// Such words are an instruction about the greeting, wherever they stand: never a value for the
/// question in hand ("Actually Please Greet Her As Helen" is no company), never a second person
/// met ("call me beppe" in the answer about who interviewed is the interviewer speaking), and
/// never the person's own name. The name that follows the cue is the greeting; the words that
/// lead up to it ("he told me everyone") are the person reporting it, and come off with it.
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
      if ["greet", "address"].contains(word), people.contains(next), at(index + 2) == "as" {
        nameAt = index + 3
      } else if ["call", "calls"].contains(word), people.contains(next) {
        nameAt = index + 2
      } else if quoting,
        word == "call" && next == "me"
          || ["goes", "go"].contains(word)
            && next == "by"
          || word == "known" && next == "as"
      {
        nameAt = index + 2
      }
      guard let start = nameAt, let (name, end) = name(typed, words, from: start) else {
        continue
      }
      // A cue ends its word's clause only when its own word carried no full stop or comma.
      if typed[index].last.map({ ",.;:".contains($0) }) == true { continue }
      var from = index
      while from > 0, reporting.contains(words[from - 1]),
        typed[from - 1].last.map({ ",.;:(".contains($0) }) != true
      {
        from -= 1
      }
      let kept = Array(typed[..<from]) + Array(typed[end...])
      return GreetingCue(name: name, rest: kept.joined(separator: " ").trimming(" ,;:-"))
    }
    return nil
  }

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
    parts.append(first == first.lowercased() ? PersonName.capitaliseName(first) : first)
    index += 1
    let endsClause = typed[index - 1].last.map { ",.;:!?)".contains($0) } ?? false
    if !endsClause, index < words.count, isNameShaped(words[index]),
      typed[index].first?.isUppercase == true, first.first?.isUppercase == true
    {
      parts.append(typed[index].trimming(",.;:!?\"'()“”‘’"))
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
    "also", "oh", "btw", "sorry", "ok", "okay", "would", "you'd",
  ]
}
