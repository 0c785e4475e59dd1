/// The person's reply at the topic question, read for the thing it names once the chat around
/// it is set aside.
///
/// People answer "Shall I build the note on that?" as they chat: "the heat pump one yeah",
/// "mental health car yeah", "yes sir that only", "ok po". The words that agree ("yeah",
/// "ok"), that are polite ("sir", "po", "pls") or that point ("that one", "the X one",
/// "only", "go with") say how the person answers, not what about; what is left is their
/// choice. Read whole, such a reply was neither a yes nor a topic, so the question came again
/// and at the second time the note fell back on the suggestion the person had just turned
/// down. Only the reply's ends are stripped: chat frames a choice, and a word inside it ("the
/// room with the printers") is part of what was named.
///
/// ```swift
/// TopicReply(reading: "the heat pump one yeah")  // named "heat pump", agrees
/// TopicReply(reading: "yes sir that only")       // named "", agrees: a yes
/// ```
struct TopicReply: Equatable {
  /// The words that name the chosen thing, as typed; empty when the reply names nothing.
  var named: String
  /// Whether the reply held a word of agreement.
  var agrees: Bool
  /// Whether any chat was set aside: a reply with none is read by the usual rules.
  var stripped: Bool

  init(reading text: String) {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    var agrees = false
    var stripped = false
    func plain(_ word: String) -> String { word.lowercased().trimming(",.!?;:-") }
    // One word, or a two-word wrapper ("go with", "that one"), at either end, until none is.
    var changed = true
    while changed, !words.isEmpty {
      changed = false
      let first = plain(words[0])
      if Self.isAgreement(first) || Self.polite.contains(first) || Self.pointing.contains(first) {
        agrees = agrees || Self.isAgreement(first)
        words.removeFirst()
        changed = true
      }
      guard let last = words.last.map(plain) else { break }
      if Self.isAgreement(last) || Self.polite.contains(last) || Self.pointing.contains(last) {
        agrees = agrees || Self.isAgreement(last)
        words.removeLast()
        changed = true
      }
      // "smokehouse obviously", "def the garden": a discourse marker is set aside like
      // politeness (`DiscourseMarker`).
      let kept = DiscourseMarker.kept(words)
      if kept.count < words.count {
        words = Array(words[kept])
        changed = true
      }
      stripped = stripped || changed
    }
    named = words.joined(separator: " ").trimming(" ,.!?;:-")
    self.agrees = agrees
    self.stripped = stripped
  }

  /// A plain yes with only politeness and pointing around it: "yes sir that only", "ok po".
  var isYes: Bool { agrees && named.isEmpty }

  /// Whether the words left name something specific, and by words rather than a number, a
  /// refusal or a sentence of its own (those are read by the usual rules).
  var namesSomething: Bool {
    guard stripped, !named.isEmpty, Phrase.hasSpecificContent(named) else { return false }
    let words = named.split(separator: " ")
    // "but make it about ...": a reply that goes on as a sentence is read by the usual rules.
    guard let first = words.first?.lowercased(),
      !Lexicon.stopwords.contains(first)
        || ["the", "your", "their", "our", "a", "an"].contains(first)
    else { return false }
    return words.count <= 6
      && !named.contains(where: { $0.isNumber || ",;:?!".contains($0) })
      && !words.contains(where: { Self.notChoice.contains($0.lowercased()) })
  }

  /// Agreement, however it is spelled ("yeah", "yesss", "ok", "sure").
  static func isAgreement(_ word: String) -> Bool {
    Confirmation.isYesWord(word) || agreeing.contains(word)
  }

  /// Words of agreement `Confirmation.isYesWord` does not hold.
  /// "sí" as typed with its accent: `Confirmation.isYesWord` holds the plain "si".
  private static let agreeing: Set<String> = [
    "y", "yup", "okey", "alright", "fine", "correct", "sí", "oui", "da",
  ]

  /// Politeness and laughter around an answer: "sir", "po" (Tagalog), "ji" (Hindi), "lah",
  /// "pls", "haha".
  private static let polite: Set<String> = [
    "sir", "madam", "maam", "ma'am", "po", "ji", "lah", "la", "pls", "plz", "please", "thanks",
    "thx", "kindly", "mate", "boss", "dear",
    // Laughter around a yes: "obviously yes haha".
    "haha", "hahaha", "hehe", "lol", "lmao", "xd", "ha",
  ]

  /// Words that point at a choice rather than name it: "that one", "the X one", "only",
  /// "go with", "same".
  private static let pointing: Set<String> = [
    "that", "this", "one", "only", "just", "it", "go", "with", "same", "that's", "thats",
    "is", "use", "take", "pick", "option", "topic", "then",
  ]

  /// Words that make the reply a refusal or a question rather than a choice.
  private static let notChoice: Set<String> = [
    "no", "not", "nah", "nope", "what", "which", "why", "how", "instead", "dont", "don't",
  ]
}
