/// Words that say how the person stands toward what they type, never what it is about.
///
/// At the topic question people name their choice the way they chat: "the 40 events thing
/// definitely", "the event sourcing move obviously", "agentforce def", "smokehouse obviously".
/// A discourse or stance marker (obviously, definitely, honestly, tbh, lol, I guess) sits at
/// the edge of the phrase it comments on and is no part of it; pasted into the note it read
/// "I particularly enjoyed talking about the 40 events definitely." The class is closed, as
/// the pronouns are: a small set of words whose job in chat is the speaker's attitude. Only
/// the edges are read, so a marker inside a phrase ("the really big refit") stays, and at
/// least one word is always left.
///
/// ```swift
/// DiscourseMarker.trimmed("the event sourcing move obviously")  // "the event sourcing move"
/// DiscourseMarker.trimmed("honestly the smokehouse tbh")  // "the smokehouse"
/// ```
enum DiscourseMarker {
  /// The words with every marker at either end set aside, repeatedly ("def the garden lol").
  static func trimmed(_ words: [String]) -> [String] {
    Array(words[kept(words)])
  }

  /// Where the words stand once every marker at either end is set aside; at least one word.
  static func kept(_ words: [String]) -> Range<Int> {
    var start = 0
    var end = words.count
    var changed = true
    while changed, end - start > 1 {
      changed = false
      for marker in markers where end - start > marker.count {
        let count = marker.count
        if (0..<count).allSatisfy({ plain(words[end - count + $0]) == marker[$0] }) {
          end -= count
          changed = true
        } else if (0..<count).allSatisfy({ plain(words[start + $0]) == marker[$0] }) {
          start += count
          changed = true
        }
        if changed { break }
      }
    }
    return start..<end
  }

  /// The text with its edge markers set aside, its spacing kept to single spaces and no
  /// punctuation left dangling where a marker was ("the garden, honestly" is "the garden").
  static func trimmed(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let kept = trimmed(words)
    guard kept.count < words.count else { return text }
    return kept.joined(separator: " ").trimming(" ,;:-")
  }

  /// Whether the word is a marker of one word: "obviously", "tbh".
  static func isMarker(_ word: String) -> Bool {
    let word = plain(word)
    return markers.contains { $0.count == 1 && $0[0] == word }
  }

  private static func plain(_ word: String) -> String {
    word.lowercased().trimming(",.!?;:()\"")
  }

  /// Discourse and stance markers of chat, of one word or a fixed few.
  static let markers: [[String]] = [
    // Certainty and obviousness.
    ["obviously"], ["obvs"], ["definitely"], ["def"], ["defo"], ["deffo"], ["surely"],
    ["clearly"], ["for", "sure"], ["of", "course"], ["ofc"],
    // Candour.
    ["honestly"], ["tbh"], ["tbf"], ["ngl"], ["frankly"], ["personally"], ["imo"], ["imho"],
    // Doubt.
    ["probably"], ["maybe"], ["perhaps"], ["prob"], ["i", "guess"], ["i", "think"],
    ["i", "suppose"], ["i", "reckon"], ["ig"], ["idk"],
    // Emphasis and filler.
    ["really"], ["literally"], ["basically"], ["actually"], ["anyway"], ["anyways"],
    ["though"], ["tho"], ["lol"], ["haha"], ["hahaha"], ["lmao"],
  ]
}
