/// Whether the point says something about the topic the note has just named, or is a remark
/// standing beside it with no link a reader can see.
///
/// The blind judge of tuning 12 faulted "My mum's a psychiatric nurse." after a topic about a
/// recruitment drive, and "My postdoc was basically all NMR." after "talking about industry":
/// true sentences, in the person's words, that read as non sequiturs, since nothing in them
/// names the topic and nothing says why the writer brings them up. A note with no second
/// sentence is clean; one with a non sequitur is not.
///
/// Words alone cannot tell a related remark from an unrelated one ("My grandad was a lineman
/// for the hydro board." beside new pylons shares no word with its topic and was judged
/// clean), so only the remark that carries no link of any kind is held back: it shares no
/// content word (or stem, or root of five letters) with what the note says before it, has no first-person clause
/// ("I", "we") to say what it means to the writer, no linking word ("so", "because", "this",
/// "it", "why"), and is short, a bare fact of six words or fewer. A longer line carries its
/// own context, and a reader sees why it is said.
extension PointGate {
  /// A reason the point stands beside `topic` as a non sequitur, or nil.
  static func unrelated(_ sentence: String, topic: String) -> String? {
    let words = sentence.split(separator: " ").map {
      $0.lowercased().trimming(",.!?;:()\"").replacingOccurrencesOf("’", with: "'")
    }
    guard words.count <= 6, !words.contains(where: linkWords.contains),
      !words.contains(where: { firstPerson.contains($0) })
    else { return nil }
    let said = Phrase.stems(sentence)
    let named = Phrase.stems(topic)
    guard !said.isEmpty, said.isDisjoint(with: named) else { return nil }
    // "autistic" beside "autism", "derivatives" beside "derived": words of one root share
    // their first five letters where the rough stems differ.
    let roots = Set(named.filter { $0.count >= 5 }.map { $0.prefix(5) })
    if said.contains(where: { $0.count >= 5 && roots.contains($0.prefix(5)) }) { return nil }
    return "shares nothing with the topic and says nothing of the writer"
  }

  /// The writer as a clause's subject or object: the point says what the fact means to them.
  private static let firstPerson: WordSet = [
    "i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "we", "we're", "we've", "us",
  ]

  /// Words that tie a remark to what came before it.
  private static let linkWords: WordSet = [
    "so", "because", "this", "that", "these", "those", "it", "it's", "why", "too", "also",
    "same", "such", "like",
  ]
}
