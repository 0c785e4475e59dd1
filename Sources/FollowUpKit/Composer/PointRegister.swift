/// Whether the person's line, as typed, was written to be read by the interviewer, or typed as a
/// chat message to the assistant.
///
/// The note prints the person's point in their own words, so it can print it only when those
/// words were written for the reader. Judged blind, the points tidied out of chat (tuning 19:
/// one clean of about 23) kept what tidying cannot see: a name typed in lower case ("in costa",
/// "on metrolink", "the chromebook rollout"), an agreement slip ("she still remember"), a remark
/// to the assistant ("so I can tell her it's not as bad as she thinks"), chat idiom ("so I know
/// the pain"). Each negative check caught the faults of the set it was made on and missed the
/// next set's. The register answers the question beneath them: a line typed with a capital at
/// each sentence's start and a capital "I", with no chat spelling or marker, is one the person
/// wrote as they would write to the interviewer, and in it a word in lower case is one they
/// chose to write so. A line typed in lower case tells nothing of which words are names, and
/// was written to the assistant: it is held back, shown, and offered to add as typed or in the
/// person's own words (`InterviewScript.heldLineReminder`). End punctuation is not asked for:
/// the one point judged clean on tuning 19 had none, as most lines typed into a chat have none.
///
/// ```swift
/// PointRegister.chatSign(in: "I did the office move at my last job")  // nil
/// PointRegister.chatSign(in: "in costa i was always on the bar")
/// // "it starts with a small letter"
/// ```
enum PointRegister {
  /// The first sign, said for the person, that `typed` is a chat message rather than a line
  /// written to the reader, or nil when it reads as written.
  static func chatSign(in typed: String) -> String? {
    let tokens = typed.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !tokens.isEmpty else { return nil }
    if let first = tokens.first, startsSmall(first) { return "it starts with a small letter" }
    for index in tokens.indices.dropFirst() where startsSmall(tokens[index]) {
      // "... at rush hour. i like ...": a sentence begun in lower case after a full stop. An
      // abbreviation's inner stop ("e.g. the") ends no sentence.
      let previous = tokens[index - 1]
      if let last = previous.last, ".?!".contains(last), !previous.dropLast().contains(".") {
        return "a sentence in it starts with a small letter"
      }
    }
    for token in tokens {
      let word = token.lowercased().replacingOccurrencesOf("’", with: "'")
        .trimming(",.!?;:()\"'")
      // "i", "i'm", "i've": the first person typed small is chat's; written, it is "I".
      if token.trimming("(\"'").first == "i", firstPersonForms.contains(word) {
        return "it has a small \"i\""
      }
      if PointGate.chatWords.contains(word) || InterestReader.chatFillers.contains(word)
        || chatSpellings.contains(word)
      {
        return "it has \"\(word)\""
      }
      if VouchedPoint.bareContractions.contains(word) || VouchedPoint.clippedWords.contains(word) {
        return "it spells \"\(word)\" as chat does"
      }
    }
    // "!!", "??", an emoji: marks only chat uses.
    for doubled in ["!!", "??", "?!", "!?"] where typed.contains(doubled) {
      return "it has \"\(doubled)\""
    }
    if typed.unicodeScalars.contains(where: {
      $0.properties.isEmojiPresentation || ($0.properties.isEmoji && $0.value > 0x2000)
    }) {
      return "it has an emoji"
    }
    return nil
  }

  /// `typed` with the first person written as writing spells it ("i did" -> "I did"): the one
  /// capital a line added as typed ("add it") takes inside it, since it is never a name's.
  static func withCapitalI(_ typed: String) -> String {
    typed.split(separator: " ", omittingEmptySubsequences: false).map { token in
      let word = token.lowercased().replacingOccurrencesOf("’", with: "'")
        .trimming(",.!?;:()\"'")
      let written = String(token)
      guard written.trimming("(\"'").first == "i", firstPersonForms.contains(word),
        let at = written.firstIndex(of: "i")
      else { return written }
      return written[..<at] + "I" + written[written.index(after: at)...]
    }.joined(separator: " ")
  }

  /// Whether a token opens with a small letter as a word of its own: "iPhone" and "eBay",
  /// which hold a capital after it, are names spelled so.
  private static func startsSmall(_ token: String) -> Bool {
    let word = token.drop { !$0.isLetter && !$0.isNumber }
    guard let first = word.first, first.isLetter, first.isLowercase else { return false }
    return !word.dropFirst().contains(where: \.isUppercase)
  }

  /// The first person's forms, which writing spells with a capital.
  private static let firstPersonForms: Set<String> = ["i", "i'm", "i've", "i'd", "i'll"]

  /// Spellings of speech that writing never uses, beside the chat words `PointGate` knows.
  private static let chatSpellings: Set<String> = ["kinda", "sorta", "dunno", "gimme", "lemme"]
}
