/// Expands contractions for the formal tone: "I've" -> "I have", "it's" -> "it is".
enum Contractions {
  static let expansions: [String: String] = [
    "i've": "I have", "i'd": "I would", "i'm": "I am", "i'll": "I will", "it's": "it is",
    "you're": "you are", "you've": "you have", "you'd": "you would", "you'll": "you will",
    "don't": "do not", "didn't": "did not", "can't": "cannot", "won't": "will not",
    "isn't": "is not", "wasn't": "was not", "aren't": "are not", "doesn't": "does not",
    "couldn't": "could not", "wouldn't": "would not", "shouldn't": "should not",
    "that's": "that is", "there's": "there is", "what's": "what is", "we're": "we are",
    "we've": "we have", "they're": "they are", "they've": "they have", "let's": "let us",
    "thanks": "thank you", "haven't": "have not", "hasn't": "has not",
  ]

  static func expanded(_ text: String) -> String {
    // Most lines have nothing to expand: no apostrophe and no "thanks".
    let bytes = text.utf8
    if !bytes.contains(0x27) && !bytes.contains(0xE2)
      && !text.utf8.elementsEqualSubsequence("hanks")
    {
      return text
    }
    var output = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      let key = word.lowercased().replacingApostrophes()
      if var expansion = expansions[key] {
        if let first = word.first, first.isUppercase { expansion = expansion.capitalisedFirst() }
        output += expansion
      } else {
        output += word
      }
      word = ""
    }
    for character in text {
      if character.isLetter || character == "'" || character == "\u{2019}" {
        word.append(character)
      } else {
        flush()
        output.append(character)
      }
    }
    flush()
    return output
  }
}

extension String {
  func replacingApostrophes() -> String {
    utf8.holdsCurlyApostrophe ? String(map { $0 == "\u{2019}" ? "'" : $0 }) : self
  }
}

extension String.UTF8View {
  /// The bytes of `needle` occur somewhere in these bytes.
  func elementsEqualSubsequence(_ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    let haystack = Array(self)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
    for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
      if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
    }
    return false
  }
}
