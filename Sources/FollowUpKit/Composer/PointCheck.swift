/// Whether the person's point, tidied, reads as a sentence the note can vouch for.
///
/// The point is the one sentence only this person would write, so it is kept in their words;
/// but words typed fast or in a second language can miss an article ("my aunt runs ayurveda
/// clinic", "I read about 600 robot"), and a note that pastes them reads as careless. Rewriting
/// them would put words in the person's mouth, so such a point is left out, and the reply shows
/// it and how to add it as they would like it to read. The check knows a few shapes, so it
/// catches the common slips, not every one.
///
/// ```swift
/// PointCheck.problem(in: "My aunt runs ayurveda clinic in Pune.")  // "a thing with no article"
/// PointCheck.problem(in: "I have 3 cats.")  // nil
/// ```
enum PointCheck {
  /// What is wrong with the sentence, or nil when nothing the check knows of is.
  static func problem(in sentence: String) -> String? {
    let words = sentence.split(separator: " ").map {
      String($0).lowercased().trimming(",.!?;:()\"")
    }
    let original = sentence.split(separator: " ").map(String.init)
    for (index, word) in words.enumerated() where index + 1 < words.count {
      let next = words[index + 1]
      // "600 robot": a count of more than one before a thing in the singular.
      if let count = Int(word), count > 1, !(1900...2100).contains(count) {
        // "till class 10 so ...": no noun after the number, nothing to count.
        if let head = words[(index + 1)...].prefix(while: { !stops.contains($0) }).last,
          head.first?.isLetter == true, !head.hasSuffix("s"), !uncounted.contains(head)
        {
          return "a number before a thing in the singular"
        }
      }
      // "runs ayurveda clinic": a thing in the singular with no article after a verb that needs one.
      if articleVerbs.contains(word), next.first?.isLetter == true, !next.hasSuffix("s"),
        !TopicGrammar.determiners.contains(next), !quantities.contains(next)
      {
        if original.indices.contains(index + 1), original[index + 1].first?.isLowercase == true {
          return "a thing with no article"
        }
      }
    }
    return nil
  }

  /// Words that end the noun after a number: "4 young adults in ...".
  private static let stops: Set<String> = [
    "in", "on", "at", "for", "to", "of", "with", "and", "or", "but", "so", "from", "by", "it",
    "is", "are", "was", "were",
  ]

  /// Nouns whose plural is their singular, and units.
  private static let uncounted: Set<String> = [
    "staff", "people", "children", "men", "women", "sheep", "fish", "kg", "km", "mph", "percent",
    "k", "m", "am", "pm", "feet", "deer", "personnel", "crew", "series",
  ]

  /// Verbs whose object is a countable thing: "runs a clinic", "installs a palletiser".
  private static let articleVerbs: Set<String> = [
    "runs", "owns", "manages", "install", "installs", "opened", "opens",
  ]

  /// Words that stand for an article: "runs two clinics", "owns some land".
  private static let quantities: Set<String> = [
    "some", "any", "two", "three", "four", "five", "several", "many", "more", "no", "another",
    "each", "every", "one", "all", "his", "her", "our", "their", "my", "up", "out", "it", "them",
    "these", "those", "there", "here", "with", "to", "for", "at", "in", "on", "by", "from",
  ]
}
