/// One sentence of a text and where it starts, in characters.
struct ReviewSentence {
  var text: String
  var offset: Int

  static func split(_ text: String) -> [ReviewSentence] {
    var result: [ReviewSentence] = []
    var current = ""
    var start = 0
    for (index, character) in text.enumerated() {
      if current.isEmpty, character == " " || character == "\n" {
        start = index + 1
        continue
      }
      current.append(character)
      if ".!?\n".contains(character) {
        result.append(ReviewSentence(text: current, offset: start))
        current = ""
        start = index + 1
      }
    }
    if !current.isEmpty { result.append(ReviewSentence(text: current, offset: start)) }
    return result
  }
}
