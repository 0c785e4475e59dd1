/// Finds the person's own interest in what they said about the interview.
///
/// "i said id love to be involved in that kind of thing": one short sentence of the person's own
/// interest may follow the topic in the note. Only a first-person wish counts ("I'd love to",
/// "I'd like to"), never a CV fact, and it is turned to speak to the interviewer like a topic.
enum InterestReader {
  static func interest(in text: String, context: ExtractionContext = ExtractionContext()) -> String?
  {
    let document = Document(text)
    let tokens = document.tokens
    let openers: [[String]] = [
      ["i'd", "love", "to"], ["id", "love", "to"], ["i", "would", "love", "to"],
      ["i'd", "really", "love", "to"],
      ["i'd", "like", "to"], ["id", "like", "to"], ["i", "would", "like", "to"],
      ["i'd", "be", "keen", "to"],
      ["i'd", "enjoy"], ["i", "would", "enjoy"],
    ]
    for index in tokens.indices {
      for opener in openers where document.matches(opener, at: index) {
        let start = index + opener.count
        var end = start
        while end < tokens.count, tokens[end].isWord, end - start < 14 {
          if ["but", "because", "so", "which", "lol", "haha"].contains(tokens[end].lower),
            end > start + 1
          {
            break
          }
          if tokens[end].lower == "and", end + 1 < tokens.count,
            Lexicon.clauseSubjects.contains(tokens[end + 1].lower)
          {
            break
          }
          end += 1
        }
        guard end - start >= 2 else { continue }
        let finder = CandidateFinder(document: document, context: context)
        let phrase = finder.render(start..<end, prefix: [], replacesDeterminer: false)
        let lead =
          opener.contains("like")
          ? "I'd like to " : (opener.last == "enjoy" ? "I'd enjoy " : "I'd love to ")
        return lead + phrase
      }
    }
    return nil
  }
}

extension InterestReader {
  /// A sentence the person typed, turned to speak to the interviewer like a topic: "mention that
  /// I'd love to help with their workshops" -> "I'd love to help with your workshops".
  static func secondPerson(_ text: String, context: ExtractionContext) -> String {
    let document = Document(text)
    guard let first = document.tokens.firstIndex(where: \.isWord) else { return text.squeezed }
    let finder = CandidateFinder(document: document, context: context)
    var rendered = finder.render(
      first..<document.tokens.count, prefix: [], replacesDeterminer: false)
    // Keep the person's closing punctuation.
    if let last = text.trimming(" \t\n").last, "!?".contains(last),
      !rendered.hasSuffix(String(last))
    {
      rendered += String(last)
    }
    return rendered.isEmpty ? text.squeezed : rendered
  }
}
