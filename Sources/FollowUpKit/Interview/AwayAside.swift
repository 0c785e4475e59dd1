/// A reply that says the person is stepping away for a moment: "brb mum calling", "hang on",
/// "one sec".
///
/// Typed at a question, such an aside is no answer to it. Read as one at the topic question,
/// "brb mum calling" became the note's topic ("It was really interesting to hear about BRB mum
/// calling."). The aside opens with a pause marker, a small closed class of chat ("brb", "hang
/// on", "one sec"); what follows it up to a stop is its reason ("mum calling", "someone at the
/// door"), and only what comes after a stop ("hang on. the garden one") may be the answer.
///
/// ```swift
/// AwayAside.answer(in: "brb mum calling")  // "" (an aside, and no answer in it)
/// AwayAside.answer(in: "hang on, the garden one")  // "the garden one"
/// AwayAside.answer(in: "the garden")  // nil (no aside)
/// ```
enum AwayAside {
  /// Nil when the reply opens with no pause marker; else what follows the aside's first stop
  /// (a comma or a sentence's end), empty when nothing does.
  static func answer(in text: String) -> String? {
    let words = withoutLeadingSounds(
      text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    let plain = words.map { $0.lowercased().trimming(",.!?;:-") }
    guard
      let marker = markers.first(where: { marker in
        plain.count >= marker.count && plain.prefix(marker.count).elementsEqual(marker)
      })
    else { return nil }
    // The marker alone, or its reason after it, up to the first stop.
    guard
      let stop = words.indices.first(where: { index in
        index >= marker.count - 1 && words[index].last.map { ",.!?;:".contains($0) } == true
      })
    else { return "" }
    // "hang on which one? i had two this week": an aside that asks something back is no
    // answer, whatever follows it (answers tuning 30's bt066 took "this week" as the day).
    if words[stop].hasSuffix("?") { return "" }
    let rest = words.dropFirst(stop + 1).joined(separator: " ")
    // "let me check the job ad, one sec": a second pause after the first is no answer either
    // (bt194 set the role "one sec").
    if let after = answer(in: rest), after.isEmpty { return "" }
    return rest
  }

  /// The whole reply is an aside, its marker alone or with its reason ("hang on someone at
  /// the door"), with nothing after a stop and nothing in the reason that puts a fact right:
  /// "hang on its tuesday not monday" is a correction, read as one.
  static func isWholeAside(_ text: String) -> Bool {
    guard let answer = answer(in: text), answer.isEmpty else { return false }
    let rest = withoutLeadingSounds(text.split(separator: " ").map(String.init))
    let words = rest.joined(separator: " ").lowercased()
      .split(whereSeparator: { !$0.isLetter && $0 != "'" })
    return !words.contains(where: { correcting.contains(String($0)) })
  }

  /// The words after the sounds that may open an aside: "hmm let me check the job ad" (a
  /// sound of thinking), "sorry brb kids" (an apology for going; answers tuning 40's cn014
  /// met "Brb"). None of them is an answer, nor a sign that a fact is put right.
  private static func withoutLeadingSounds(_ words: [String]) -> [String] {
    var words = words
    while words.count > 1,
      ["hmm", "hmmm", "um", "umm", "erm", "uh", "ah", "oh", "ok", "okay", "sorry", "soz", "sry"]
        .contains(words[0].lowercased().trimming(",.!?;:-"))
    {
      words.removeFirst()
    }
    return words
  }

  /// Words that make a reason more than a reason: it states or puts right a fact.
  static let correcting: Set<String> = [
    "not", "actually", "meant", "mean", "wrong", "typo", "it's", "its", "is", "was", "sorry",
    "oops", "no", "name's", "called", "spelt", "spelled",
  ]

  /// Pause markers of chat, each opening an aside.
  static let markers: [[String]] = [
    ["brb"], ["afk"], ["hang", "on"], ["hold", "on"], ["one", "sec"], ["one", "second"],
    ["one", "min"], ["one", "minute"], ["one", "moment"], ["1", "sec"], ["2", "secs"],
    ["just", "a", "sec"], ["just", "a", "second"], ["just", "a", "minute"], ["wait", "a", "sec"],
    ["wait", "a", "second"], ["gimme", "a", "sec"], ["gimme", "a", "min"],
    ["give", "me", "a", "sec"], ["give", "me", "a", "second"], ["give", "me", "a", "minute"],
    ["be", "right", "back"], ["back", "in", "a", "sec"], ["back", "in", "a", "min"],
    // Going to look something up is a pause too.
    ["let", "me", "check"], ["lemme", "check"], ["let", "me", "look"], ["let", "me", "find"],
    ["i'll", "check"], ["ill", "check"], ["need", "to", "check"],
  ]
}
