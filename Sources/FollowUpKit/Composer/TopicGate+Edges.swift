/// A topic's edges as a careful writer leaves them: a demonstrative from chat made "the", and
/// a quantifier floated off its cut restriction dropped.
///
/// "these late opening museum after dark nights theyre starting in feb": in chat "these"
/// points at a thing the speaker has in mind; in a note to the person who described it, the
/// thing is known to both, which is what "the" says ("our conversation about these late
/// opening museum" read as chat pasted in). "moving advisors into small energy squads each
/// with their own area", cut at the topic's length, left "squads each": a quantifier floated
/// after its noun says "each with ...", and without what follows it points at nothing, so the
/// phrase ends on the noun. Both are grammar (closed classes), not a list of topics.
///
/// ```swift
/// TopicGate.edged("these late opening museum nights")  // "the late opening museum nights"
/// TopicGate.edged("you are moving advisors into small energy squads each")
/// // "you are moving advisors into small energy squads"
/// TopicGate.edged("this year's budget")  // unchanged: "this" is the time's
/// ```
extension TopicGate {
  /// The topic with a chat demonstrative opening it made "the" and a stranded floating
  /// quantifier closing it dropped; the topic itself when neither is there.
  static func edged(_ topic: String) -> String {
    var words = topic.split(separator: " ").map(String.init)
    guard words.count >= 2 else { return topic }
    // "these late opening nights" -> "the ...": never "this year", "this spring", whose
    // "this" names the time, nor "this is ..." or "these are ...", whose word is a subject.
    let first = words[0].lowercased()
    let second = words[1].lowercased().trimming(",.;:!?")
    if pointingDeterminers.contains(first), !VouchedTopic.isTimeWord(second),
      !TopicGrammar.auxiliaries.contains(second), !second.hasSuffix("'s"),
      words.count >= 3 || first != "this"
    {
      words[0] = words[0].first?.isUppercase == true ? "The" : "the"
    }
    // "... squads each": nothing after the quantifier, so it restricts nothing.
    if words.count >= 3, let last = words.last?.lowercased().trimming(",.;:!?"),
      floatingQuantifiers.contains(last)
    {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }

  /// Demonstratives with which chat points at a thing the speaker has in mind.
  static let pointingDeterminers: Set<String> = ["these", "those", "this"]

  /// Quantifiers that float after the noun they quantify: "squads each with their own area".
  static let floatingQuantifiers: Set<String> = ["each", "both"]
}
