/// The form a thing the person pointed at takes in the note: definite as they pointed at it,
/// and with its compound modifiers written as one word.
///
/// A reply to the topic question names a thing both sides know: "the new microscope", "the
/// durham development". The phrase found for it keeps the discussion's words, but the
/// discussion introduced the thing ("a new Krios microscope is arriving"), so its article is
/// the one for a first mention. The note is written to the person who told of it, and the
/// reply already said which one: the note's phrase takes the reply's definiteness ("the new
/// Krios microscope", "your ..." where the person typed "their" or "your"). The blind judge of
/// tuning 24 faulted "hear about a new Krios microscope" and "a new 200 home development".
///
/// Inside a noun phrase, a run of a noun, "to" and a bare singular noun before a plural head
/// ("the new goods to person robots", "the door to door sales") is one modifier, written hyphenated ("goods-to-person
/// robots"), so no later step reads its "to" as the start of a phrase and cuts the thing at
/// it ("talking about the new goods" was printed).
///
/// ```swift
/// TopicReferenceForm.pointed("a new Krios microscope", typed: "the new microscope")
/// // "the new Krios microscope"
/// TopicReferenceForm.compounded("the new goods to person robots")
/// // "the new goods-to-person robots"
/// ```
enum TopicReferenceForm {
  /// The phrase with the reply's definite determiner for an indefinite one opening it; the
  /// phrase unchanged when the reply named no determiner or the phrase opens otherwise.
  static func pointed(_ text: String, typed: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    guard let first = words.first?.lowercased(), ["a", "an"].contains(first),
      words.count >= 2, let pointer = pointer(in: typed)
    else { return text }
    words[0] = pointer
    return words.joined(separator: " ")
  }

  /// The definite determiner the reply points with ("the", or "your" for "their" and
  /// "your"), read from its first words: "maybe the base", "you choose, the new microscope".
  static func pointer(in typed: String) -> String? {
    let words = typed.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
      .map(String.init)
    // "bev's mentoring thing": an owner named points at the one thing as surely as "the"
    // (tuning 36's bu029 printed "our conversation about a mentoring scheme").
    let owned = { (word: String) in
      word.hasSuffix("'s") && word.count > 3
        && !["it's", "that's", "what's", "there's", "he's", "she's", "who's", "let's"].contains(
          word)
    }
    guard
      let found = words.first(where: {
        ["the", "this", "that", "your", "their"].contains($0) || owned($0)
      })
    else { return nil }
    return ["your", "their"].contains(found) ? "your" : "the"
  }

  /// The phrase with each "noun to noun" modifier before a plural head written as one word.
  static func compounded(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    var index = 1
    while index + 2 < words.count {
      defer { index += 1 }
      guard words[index].lowercased() == "to" else { continue }
      let before = VouchedTopic.plain(words[index - 1])
      let after = VouchedTopic.plain(words[index + 1])
      let head = VouchedTopic.plain(words[index + 2])
      // "moving the staff to head office": the noun after "to" must be bare and singular,
      // and the head after it plural, or the run a repeated noun ("door to door sales").
      // Inside a noun phrase only, from its determiner over its modifiers: in a clause
      // ("you're converting the garage to hydrogen buses", "drones to find leaks") "to"
      // opens the verb's phrase.
      let opener = VouchedTopic.plain(words[0])
      guard ["the", "a", "an", "your", "their", "our"].contains(opener), index - 1 <= 3,
        words[1..<(index - 1)].allSatisfy({ isNoun(VouchedTopic.plain($0)) }),
        isNoun(before), isNoun(after), !after.hasSuffix("s") || after.hasSuffix("ss"),
        isNoun(head), head.hasSuffix("s") && !head.hasSuffix("ss") || before == after,
        !words[index - 1].hasSuffix(","), !words[index + 1].hasSuffix(",")
      else { continue }
      words[index - 1] += "-to-" + words[index + 1]
      words.removeSubrange(index...(index + 1))
    }
    return words.joined(separator: " ")
  }

  /// A word that may be a noun inside a phrase: letters only, no grammar word, verb form,
  /// time, preposition or determiner.
  private static func isNoun(_ word: String) -> Bool {
    word.count >= 3 && word.allSatisfy(\.isLetter) && !Lexicon.stopwords.contains(word)
      && !VouchedTopic.function.contains(word) && !VouchedTopic.isIngForm(word)
      && !VouchedTopic.isPast(word) && !word.hasSuffix("ly") && !VouchedTopic.isTimeWord(word)
      && !TopicRepair.prepositions.contains(word) && !VouchedTopic.determiners.contains(word)
      && !TopicPhraseCheck.bareVerbs.contains(word)
  }
}
