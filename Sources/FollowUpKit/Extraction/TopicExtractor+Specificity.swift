/// Which words of a text name something, by the judgement the composer ranks topics with.
///
/// The composer keeps a topic only when `CandidateFinder.specificity` finds a word in it that
/// is neither a function word, interview chatter (`Lexicon.generic`, "the role", "my
/// experience"), nor the interviewer's or the company's own name; names and numbers make it
/// more specific. The review asks the same question of a pasted draft ("does it name anything
/// of this employer?"), so it reads each word through that one judgement instead of keeping a
/// second copy of it.
///
/// ```swift
/// let extractor = TopicExtractor(context: ExtractionContext(company: "Northgate Foods"))
/// extractor.specificWords(in: "your plans for the Leeds depot").map(\.text)  // ["plans", "leeds", "depot"]
/// extractor.specificWords(in: "the role and the company")  // []
/// ```
extension TopicExtractor {
  /// One word that names something, as the composer's scoring reads it.
  struct SpecificWord: Equatable, Sendable {
    /// The word, lower case.
    var text: String
    /// Written with a capital inside a sentence: a name ("Leeds", "Pharmacy First").
    var isName: Bool
    /// Written in digits ("120", "2021").
    var isNumber: Bool
  }

  /// The words of `text` that the composer's scoring counts as specific content, in order.
  func specificWords(in text: String) -> [SpecificWord] {
    let document = Document(text)
    let finder = CandidateFinder(document: document, context: context)
    var result: [SpecificWord] = []
    var sentenceStart = 0
    for (index, token) in document.tokens.enumerated() {
      if token.kind == .stop {
        sentenceStart = index + 1
        continue
      }
      guard token.isWord else { continue }
      if token.kind == .number {
        result.append(
          SpecificWord(text: token.lower, isName: false, isNumber: true))
        continue
      }
      // The composer's judgement of a one-word phrase: nil when the word is chatter.
      guard finder.specificity(index..<index + 1, sentenceStart: sentenceStart) != nil else {
        continue
      }
      let isName = token.isCapitalized && index > sentenceStart && !token.is(.i)
      result.append(
        SpecificWord(text: token.lower, isName: isName, isNumber: false))
    }
    return result
  }
}
