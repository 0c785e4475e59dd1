/// The one thing from the interview a check-in or a rejection reply may mention, from the
/// person's answer, and the answers that say there is nothing.
///
/// The occasion's sentences frame it as a thing ("I've been thinking more about {topic}"), so a
/// report of the conversation gives its object ("I talked about the team restructure I led" is
/// "the team restructure I led"), and a thing followed by a clause of its own keeps the thing
/// ("the new PCR machines the lab just got" is "the new PCR machines").
enum OccasionTopic {
  /// `clausesWelcome`: the occasion's note has a frame for a clause ("I was glad to hear that
  /// ..."), so the employer's news told in a clause ("jake said they've just bought out another
  /// agency") is taken before the person's report of their own questions ("role play phoning a
  /// landlord, then questions on why property"), which is the interview's routine.
  static func topic(
    in text: String, extractor: TopicExtractor, clausesWelcome: Bool = false
  ) -> Topic? {
    let found = extractor.topics(in: text).first
    if let found, isThing(found.text) { return found }
    if clausesWelcome, let found, [.news, .plan].contains(found.kind), found.score >= 0.6 {
      return found
    }
    let object = reportedObject(text)
    if let typed = extractor.typedTopic(object), isThing(typed.text) { return typed }
    if let thing = leadingThing(object) { return Topic(text: thing, score: 0.5) }
    return nil
  }

  static func isThing(_ text: String) -> Bool {
    !text.isEmpty && TopicGrammar.form(of: text) == .nounPhrase
  }

  /// "we discussed X", "I explained X", "she asked about X": X.
  static func reportedObject(_ text: String) -> String {
    var rest = text.squeezed.trimming(" .!")
    let lowered = rest.lowercased().replacingApostrophes()
    let subjects = ["we ", "i ", "she ", "he ", "they ", "mostly ", "mainly ", "just "]
    let verbs = [
      "talked about ", "talked through ", "discussed ", "spoke about ", "chatted about ",
      "explained ", "presented ", "went through ", "went over ", "mentioned ", "asked about ",
      "covered ", "told them about ", "told her about ", "told him about ", "described ",
    ]
    var cut = 0
    var remaining = lowered
    for subject in subjects where remaining.hasPrefix(subject) {
      cut += subject.count
      remaining = String(remaining.dropFirst(subject.count))
      break
    }
    for verb in verbs where remaining.hasPrefix(verb) {
      cut += verb.count
      rest = String(rest.dropFirst(cut))
      return rest
    }
    return rest
  }

  /// "the new PCR machines the lab just got": the thing before a second determiner opens a
  /// clause about it.
  static func leadingThing(_ text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let determiners: Set<String> = ["the", "a", "an", "their", "our", "your", "my", "his", "her"]
    guard let first = words.first, determiners.contains(first.lowercased()) else { return nil }
    for index in 2..<max(2, words.count) where determiners.contains(words[index].lowercased()) {
      let thing = words[..<index].joined(separator: " ")
      return isThing(thing) ? thing : nil
    }
    return nil
  }

  /// "no sir nothing", "nothing really", "no, not that I know of": only words of none.
  static func saysNothing(_ text: String) -> Bool {
    let words = Tokenizer.tokens(text.replacingApostrophes().lowercased()).filter(\.isWord).map(
      \.lower)
    guard !words.isEmpty, words.contains(where: noneWords.contains) else { return false }
    return words.allSatisfy { noneWords.contains($0) || fillers.contains($0) }
  }

  static let noneWords: Set<String> = [
    "no", "nothing", "none", "nope", "nah", "not", "n/a", "na", "nil", "nothin",
  ]
  static let fillers: Set<String> = [
    "sir", "madam", "ma'am", "maam", "really", "new", "yet", "so", "far", "that", "i", "know",
    "of", "since", "at", "all", "much", "honestly", "tbh", "sorry", "afraid", "i'm", "im",
    "think", "don't", "dont", "anything", "as", "special", "particular", "specific", "well",
    "um", "hmm", "just", "oh", "ah", "thanks", "thank", "you",
  ]
}
