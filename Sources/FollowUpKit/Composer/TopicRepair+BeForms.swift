/// A bare verb after "be", mended to the "-ing" form English requires there, only where the
/// verb is certain.
///
/// Second-language reported speech drops the "-ing": "you are bring a new voice picking
/// system", "they're open a second site". After a form of "be" and before an object, a plain
/// verb has one reading, the progressive, so the verb is mended: "you are bringing a new voice
/// picking system". Only a verb the program knows as a verb of change (`TopicPhraseCheck
/// .bareVerbs`) is mended, never a state ("need", "want", "have", whose progressive is not
/// English for a plan), and never a word that may be a noun or adjective ("you are open to"):
/// an object must follow. Any other bare word after "be" leaves the clause unvouched
/// (`VouchedTopic.isIngForm`), and the note falls back to the thing inside it.
///
/// ```swift
/// TopicRepair.progressiveAfterBe("you are bring a new voice picking system")
/// // "you are bringing a new voice picking system"
/// TopicRepair.progressiveAfterBe("you are open to new ideas")  // unchanged
/// ```
extension TopicRepair {
  /// The words with each certain bare verb after "be" in its "-ing" form.
  static func progressiveAfterBe(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    let lower = words.map(VouchedTopic.plain)
    var changed = false
    for index in lower.indices.dropFirst() where index + 1 < lower.count {
      var be = index - 1
      while be > 0, VouchedTopic.adverbs.contains(lower[be]) { be -= 1 }
      guard isBe(lower[be]), TopicPhraseCheck.bareVerbs.contains(lower[index]),
        !TopicCompletion.statives.contains(lower[index]), !["do", "go"].contains(lower[index]),
        beObjectOpens(lower[index + 1]) || progressiveParticles.contains(lower[index + 1]),
        let gerund = gerund(of: lower[index]), words[index] == lower[index]
      else { continue }
      words[index] = gerund
      changed = true
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// "are", "is", "am", "be" and the contractions of a subject with "are" or
  /// "is" ("you're", "they're"): the forms after which a verb takes "-ing".
  private static func isBe(_ word: String) -> Bool {
    // Not "was" or "were": "the site was build in 2020" is a past participle dropped.
    ["am", "is", "are", "be"].contains(word)
      || ["you're", "we're", "they're", "youre", "theyre"].contains(word)
  }

  /// A word that opens the verb's object: a determiner, a number, or a describing word.
  private static func beObjectOpens(_ word: String) -> Bool {
    VouchedTopic.startsNounPhrase(word) || ["new", "big", "more", "all"].contains(word)
      || (word.count >= 3 && !VouchedTopic.function.contains(word)
        && word.allSatisfy(\.isLetter) && !VouchedTopic.isIngForm(word))
  }

  /// A verb's particle: "bring in", "roll out", "set up".
  /// Not "in": "the site is build in Leeds" is a participle dropped before a place.
  private static let progressiveParticles: Set<String> = ["out", "up"]
}
