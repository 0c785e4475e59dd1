/// A reply at the topic question that hands the choice back: "whatever you think", "you pick",
/// "i dunno you pick", "up to you", "the one you said".
///
/// The person answers a question about which topic with one about who chooses: they leave the
/// choice to the suggestion. Read as typed, "whatever you think" was a topic and the note said
/// "It was really interesting to hear about whatever you think." (tuning 18, ak036); "i dunno
/// you pick" was asked a second time before the suggestion was taken (ak059). The reply hands
/// the choice back when it says who chooses ("you" with a verb of choosing, thinking or
/// suggesting, "up to you", "your call"), or is only a word of leaving the choice ("whatever",
/// "whichever", "dunno"), is no question ("which would you pick?" is answered as one), and names
/// nothing else: "whatever you think about the scanners"
/// names the scanners and is read as a choice.
///
/// ```swift
/// HandedBackChoice.handsBack("whatever you think")          // true
/// HandedBackChoice.handsBack("i dunno you pick")            // true
/// HandedBackChoice.handsBack("the one you said about Leeds") // false: Leeds is named
/// ```
enum HandedBackChoice {
  /// Whether the reply leaves the choice of topic to the assistant and names no thing.
  static func handsBack(_ text: String) -> Bool {
    // "which would you pick?": a question asked back is answered, not taken as leave to pick.
    guard !MessageText.isQuestion(text) else { return false }
    let words = WordSplitter.words(text)
    guard !words.isEmpty, words.count <= 8 else { return false }
    var handed = false
    var rest: [String] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      let next = index + 1 < words.count ? words[index + 1] : ""
      // "you pick", "you think", "you said", "you suggested": the choice is the reader's.
      if word == "you", choosingVerbs.contains(next) {
        handed = true
        index += 2
        continue
      }
      // "up to you", "your call", "your choice".
      if word == "up", next == "to", index + 2 < words.count, words[index + 2] == "you" {
        handed = true
        index += 3
        continue
      }
      if word == "your", ["call", "choice", "pick"].contains(next) {
        handed = true
        index += 2
        continue
      }
      if leavingWords.contains(word) {
        handed = true
      } else if !fillers.contains(word) {
        rest.append(word)
      }
      index += 1
    }
    return handed && !Phrase.hasSpecificContent(rest.joined(separator: " "))
  }

  /// Verbs after "you" that give the reader the choice.
  private static let choosingVerbs: Set<String> = [
    "pick", "choose", "decide", "think", "said", "say", "suggested", "suggest", "recommend",
    "reckon", "prefer", "like", "want", "thought", "picked", "chose", "mentioned",
  ]

  /// Words that leave a choice to another on their own.
  private static let leavingWords: Set<String> = [
    "whatever", "whichever", "dunno", "idk", "either", "anything",
  ]

  /// Words around a handed-back choice that name nothing: pronouns, pointing words, hedges.
  private static let fillers: Set<String> = [
    "i", "the", "one", "that", "this", "it", "is", "ok", "okay", "fine", "just", "then", "go",
    "with", "hmm", "um", "erm", "honestly", "really", "not", "sure", "don't", "dont", "know",
    "best", "think", "what", "works", "good", "lol", "haha", "tbh", "by", "me", "mate",
    "please", "pls", "yeah", "yes", "ones", "one's", "do",
  ]
}
