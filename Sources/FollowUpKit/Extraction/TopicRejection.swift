/// "no not the merger, the call-back phone system": at the topic question, a topic refused and,
/// often, another named in its place.
///
/// A refusal that opens the reply ("no not X", "not the X", "hmm maybe not the X") is the
/// person's clearest word on the topic, and it was lost: the question mark of a second thought
/// ("the new phone system instead?") read the reply as a question, and the note kept the very
/// topic refused. The refused words drop every topic they describe; the choice is the first
/// clause after the refusal that names something and is not an aside about it ("she didnt seem
/// happy about it").
///
/// ```swift
/// TopicRejection(reading: "no not the merger, the call-back phone system")
/// // refused "the merger", chosen "the call-back phone system"
/// ```
struct TopicRejection: Equatable {
  /// The words of the refused topic: "the merger".
  var refused: String
  /// The words of the topic named instead, if any.
  var chosen: String?

  init?(reading text: String) {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let plain = words.map(TopicPhraseCheck.plain)
    // The refusal opens the reply, after chat at most.
    // "not the merger", "not that one about the merger": a thing refused, never "not sure".
    guard
      let not = plain.prefix(4).firstIndex(where: { $0 == "not" }),
      plain[..<not].allSatisfy(Self.leadingChat.contains), not + 1 < words.count,
      Self.thingOpeners.contains(plain[not + 1])
    else { return nil }
    var end = not + 1
    while end < words.count, end - not <= 6 {
      let word = words[end]
      end += 1
      if let last = word.last, ",.;:!?".contains(last) { break }
      if end < words.count, Self.clauseStarts.contains(plain[end]) { break }
    }
    let refused = words[(not + 1)..<end].joined(separator: " ").trimming(",.;:!?")
    guard !refused.isEmpty, Phrase.hasSpecificContent(refused) else { return nil }
    self.refused = refused
    chosen = nil
    // The first clause after the refusal that names something and is no aside about it.
    var clause: [String] = []
    func take() -> Bool {
      defer { clause = [] }
      guard let first = clause.first.map(TopicPhraseCheck.plain), !Self.asides.contains(first)
      else { return false }
      let said = clause.joined(separator: " ")
      guard let choice = TopicExtractor.typedChoice(said)?.words,
        Phrase.hasSpecificContent(choice)
      else { return false }
      chosen = choice
      return true
    }
    for word in words.dropFirst(end) {
      if clause.isEmpty, Self.clauseStarts.contains(TopicPhraseCheck.plain(word)) { continue }
      clause.append(word)
      if let last = word.last, ",.;:!?".contains(last), take() { return }
    }
    _ = take()
  }

  /// Chat that may come before the refusal.
  static let leadingChat: Set<String> = [
    "no", "nah", "hmm", "hm", "maybe", "actually", "oh", "wait", "sorry", "um", "erm", "please",
    "ah", "but", "definitely", "probably", "prob", "def",
  ]

  /// Words that open the refused thing.
  static let thingOpeners: Set<String> = [
    "the", "that", "this", "a", "an", "your", "their", "about", "those", "these",
  ]

  /// Words that open the next clause: where the refused words end.
  static let clauseStarts: Set<String> = ["but", "instead", "rather", "use", "do", "go", "and"]

  /// Words opening an aside about the refused topic: a pronoun for a person or for it.
  static let asides: Set<String> = [
    "she", "he", "they", "it", "its", "it's", "that", "thats", "that's", "because", "cos", "as",
    "i", "we", "didnt", "didn't", "theyre",
  ]
}
