/// Topics whose own grammar cannot be vouched for, put in a shape that does not need it.
///
/// People report what they heard in the English they speak, and a clause carries its grammar
/// into the note: "you install new robotic palletiser in March" or "you are getting new automatic
/// sorting machine" read as broken in "I was glad to hear that ...". The thing itself reads well
/// as a noun phrase ("the new robotic palletiser in March"), which needs no article or tense of
/// theirs. A topic the finder cut before its noun ("the solar panels on the new") ends at the
/// last whole phrase instead.
///
/// ```swift
/// TopicRepair.repaired("you install new robotic palletiser in March")
/// // "the new robotic palletiser in March"
/// ```
enum TopicRepair {
  /// The topic as the note can say it: itself when nothing is wrong with it.
  static func repaired(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    guard words.count >= 3 else { return text }
    // "that from April the team is taking on ...": the finder kept the "that" of "explained
    // that", which the clause frames already say.
    if words[0].lowercased() == "that", TopicGrammar.form(of: text) != .clause,
      TopicGrammar.form(of: words.dropFirst().joined(separator: " ")) == .clause
    {
      return repaired(words.dropFirst().joined(separator: " "))
    }
    func lower(_ index: Int) -> String { words[index].lowercased() }
    // "... on the new": a phrase cut before its noun ends where its preposition began.
    if cutBefore.contains(lower(words.count - 1)),
      !["something", "anything", "brand", "all", "entirely"].contains(lower(words.count - 2)),
      let preposition = words.indices.dropFirst(2).last(where: {
        prepositions.contains(lower($0))
      })
    {
      words = Array(words.prefix(preposition))
      return words.joined(separator: " ")
    }
    guard TopicGrammar.form(of: text) == .clause else { return text }
    // "you moving all the bakeries": a subject and an "-ing" verb with no "are" between.
    if let auxiliary = missingAuxiliaries[lower(0)], lower(1).hasSuffix("ing"), lower(1).count > 4 {
      return ([words[0], auxiliary] + words[1...]).joined(separator: " ")
    }
    guard
      let new = words.indices.dropFirst(1).first(where: {
        // "the Lunar New Year festival": a capital makes it part of a name.
        bareAdjectives.contains(words[$0])
      })
    else { return text }
    // "getting new automatic sorting machine": a bare singular thing after a verb is missing
    // its article; "hiring new staff" or "new robots" are whole, and stay.
    let before = lower(new - 1)
    guard !TopicGrammar.determiners.contains(before), !prepositions.contains(before),
      !quantities.contains(before)
    else { return text }
    let rest = words[(new + 1)...]
    let headEnd = rest.firstIndex(where: { prepositions.contains($0.lowercased()) }) ?? words.count
    guard headEnd > new + 1 else { return text }
    let head = words[headEnd - 1].lowercased().trimming(",.;:")
    guard !head.hasSuffix("s") else { return text }
    return "the " + words[new...].joined(separator: " ")
  }

  /// Text with a month abbreviated after a preposition written in full: "starting in Feb" reads
  /// as chat in a note, "starting in February" does not. Only after "in", "from", "by", "until"
  /// or "since", so a name ("Jan") stays.
  static func monthsWritten(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices.dropFirst()
    where ["in", "from", "by", "until", "since", "early", "late", "mid"].contains(
      words[index - 1].lowercased())
    {
      let word = words[index]
      let core = word.trimming(",.;:!?")
      guard let month = months[core.lowercased()] else { continue }
      words[index] = month + word.dropFirst(core.count)
    }
    return words.joined(separator: " ")
  }

  static let months: [String: String] = [
    "jan": "January", "feb": "February", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sep": "September", "sept": "September", "oct": "October",
    "nov": "November", "dec": "December",
  ]

  /// The "are" or "is" a subject needs before an "-ing" verb.
  static let missingAuxiliaries: [String: String] = [
    "you": "are", "they": "are", "we": "are", "he": "is", "she": "is",
  ]

  /// Adjectives that open a thing: with no article before them after a verb ("won big EU
  /// grant"), the article is missing.
  static let bareAdjectives: Set<String> = [
    "new", "big", "major", "huge", "large", "second", "bigger", "brand-new",
  ]

  /// Words a topic cut before its noun ends on.
  static let cutBefore: Set<String> = [
    "new", "next", "old", "big", "the", "a", "an", "your", "their", "our", "its",
  ]

  static let prepositions: Set<String> = [
    "of", "for", "in", "on", "at", "with", "about", "from", "to", "into", "by", "across",
    "around", "over", "under", "near", "after", "before", "during", "through", "along",
    "towards", "toward", "beside", "between", "against", "within", "without", "via", "past",
    "beyond", "among", "throughout", "up", "down", "off", "onto", "upon", "like", "behind",
    "above", "below", "outside", "inside", "alongside", "opposite", "per",
  ]

  /// Words that make a bare "new" whole: "all new", "some new", "two new".
  static let quantities: Set<String> = [
    "all", "some", "any", "more", "many", "several", "two", "three", "four", "five", "brand",
    "entirely", "completely", "whole", "no",
  ]
}
