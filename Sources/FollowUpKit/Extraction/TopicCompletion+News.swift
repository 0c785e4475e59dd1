/// The thing at the heart of the employer's news, when the news itself cannot be printed.
///
/// When the phrase check drops the first topic and neither its completion nor its core
/// passes, the next candidate was offered, and it was often the interview's routine ("PCR and
/// cell culture", what the candidate was asked). The news was still the employer's own, and
/// the thing it is about ("the new cryo-EM facility") says more of this employer than any
/// question every candidate hears. So the news is kept as its object's noun phrase: from the
/// first determiner or describing word after the verb to the end of the noun, before any
/// preposition, clause, participle or mark, given "the" when it had "a".
///
/// ```swift
/// TopicCompletion.newsCore("they're installing a new cryo-EM facility which arrives in spring")
/// // "the new cryo-EM facility"
/// ```
extension TopicCompletion {
  /// The noun phrase the news is about, or nil when none can be vouched for.
  static func newsCore(_ text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let lower = words.map(TopicPhraseCheck.plain)
    guard words.count >= 3,
      let start = lower.indices.dropFirst().first(where: {
        ["a", "an", "the", "your", "their", "new"].contains(lower[$0])
      })
    else { return nil }
    var end = start + 1
    while end < words.count {
      let word = lower[end]
      if word.isEmpty || TopicRepair.prepositions.contains(word) || clauseBreaks.contains(word)
        || TopicPhraseCheck.relativeSubjects.contains(word) || ["who", "which"].contains(word)
        // "the new cryo-EM facility you got funding": a relative clause's subject ends the
        // thing it is said of.
        || TopicGrammar.subjects.contains(word)
        || ["next", "this", "last", "soon"].contains(word)
        // "arriving in February": an "-ing" verb before what it takes; "recycling scheme" is
        // a noun's part.
        || (word.hasSuffix("ing") && word.count > 5
          && (end + 1 == words.count || TopicRepair.prepositions.contains(lower[end + 1])
            || TopicGrammar.determiners.contains(lower[end + 1])))
        // "focused on", "based in": a participle after the noun opens what restricts it.
        || (end > start + 1 && word.hasSuffix("ed") && word.count > 4)
      {
        break
      }
      end += 1
      if let last = words[end - 1].last, ",.;:!?".contains(last) { break }
    }
    // A determiner and at least one word more, the noun at its end.
    guard
      end - start >= (lower[start] == "new" ? 2 : 3) || end - start == 2 && lower[start] != "new"
    else { return nil }
    var phrase = words[start..<end].map { $0.trimming(",.;:!?") }
    switch lower[start] {
    case "a", "an", "their": phrase[0] = lower[start] == "their" ? "your" : "the"
    case "new": phrase.insert("the", at: 0)
    default: break
    }
    let core = phrase.joined(separator: " ")
    guard Phrase.hasSpecificContent(core), TopicGate.problem(core) == nil else { return nil }
    return core
  }
}
