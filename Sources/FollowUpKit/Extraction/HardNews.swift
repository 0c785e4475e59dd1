/// Whether what the interviewer said of the note's topic marks it as hard news: "the practice
/// is going fully private from April ... she said it will be difficult phone calls". A frame
/// that calls such news good ("It was great to hear that", "I was glad to hear that") claims
/// a gladness nobody felt and reads as tone-deaf; the composer words it plainly instead
/// (`Phrasebook.topic(_:form:composed:hard:)`).
///
/// Read in the sentence of the person's account that holds the topic (the one sharing most of
/// its words), from the topic on: the news is hard when what follows it there calls something
/// difficult, tough or worrying, not negated ("it won't be hard"). Effort said of a person ("worked hard") is no
/// judgement of the news.
///
/// ```swift
/// HardNews.marks(
///   topic: "the practice is going fully private from April",
///   in: "she said the practice is going fully private from april, it will be difficult")
/// // true
/// ```
enum HardNews {
  /// Words by which a speaker judges news as hard to bear or to do.
  /// Only words that judge a thing or a change: words of a person's state ("the year 2s who
  /// are struggling") tell whom good news is for.
  static let hardships: Set<String> = [
    "difficult", "hard", "tough", "challenging", "stressful", "worrying", "painful",
    "upsetting", "unpopular", "controversial", "tricky", "rough", "scary", "hardest", "harder",
  ]

  static let negations: Set<String> = [
    "not", "never", "no", "isn't", "isnt", "wasn't", "wasnt", "won't", "wont", "don't", "dont",
    "doesn't", "doesnt", "nothing",
  ]

  /// Words of effort that make "hard" an adverb of doing ("worked hard", "hard work").
  static let efforts: Set<String> = [
    "work", "worked", "working", "works", "worker", "workers", "try", "tried", "trying",
    "push", "pushed", "pushing", "drive",
  ]

  /// Words naming a mishap or a strain the employer has: news of one is never good to hear
  /// ("I was glad to hear that you had two lithium battery fires in the bin lorries": tuning
  /// 35's bs048), however plainly it was told.
  static let troubles: Set<String> = [
    "fire", "fires", "flood", "floods", "flooding", "accident", "accidents", "shortage",
    "shortages", "struggling", "struggles", "cuts", "closure", "closures", "redundancies",
    "layoffs", "backlog", "backlogs", "complaints", "crisis", "outbreak", "theft", "thefts",
    "vandalism", "injuries", "losses", "deficit", "strike", "strikes", "break-in", "break-ins",
  ]

  /// Whether the topic itself tells of a mishap or a strain: a trouble word said of the thing
  /// ("the toddler room is struggling with a lot of new starters"), not in a clause about
  /// whom the news helps ("extra sessions for the kids who are struggling": tuning 35's
  /// bs022 was glad to hear of the struggle).
  static func tellsTrouble(_ topic: String) -> Bool {
    let words = WordSplitter.words(topic)
    for (index, word) in words.enumerated() where troubles.contains(word) {
      let before = words[max(0, index - 3)..<index]
      if before.contains(
        where: [
          "who", "that", "which", "for", "help", "helping", "tackle", "tackling", "reduce",
          "reducing", "prevent", "preventing", "fix", "fixing", "no", "fewer", "less",
        ].contains)
      {
        continue
      }
      // "the flood team", "the old fire station", "the complaints system": a trouble word
      // before another noun names what the thing is for or was, no mishap; one before a
      // little word or at the end heads its phrase ("fires in the bin lorries").
      if index + 1 < words.count, !Lexicon.stopwords.contains(words[index + 1]) { continue }
      return true
    }
    return false
  }

  /// Whether the sentence of `discussion` that holds `topic` says the news is hard.
  static func marks(topic: String, in discussion: String?) -> Bool {
    if tellsTrouble(topic) { return true }
    guard let discussion, !topic.isEmpty else { return false }
    let wanted = Set(WordSplitter.words(topic).filter { $0.count > 3 })
    guard !wanted.isEmpty else { return false }
    var best: (shared: Int, words: [String])?
    for sentence in sentences(discussion) {
      let words = WordSplitter.words(String(sentence))
      let shared = Set(words).intersection(wanted).count
      if shared > (best?.shared ?? 0) { best = (shared, words) }
    }
    // Most of the topic's words must be there: one shared word says little of which sentence
    // told it.
    guard let best, best.shared * 2 >= wanted.count,
      let start = best.words.firstIndex(where: wanted.contains)
    else { return false }
    // What is said of the news comes with it or after it: "what I'd do if a child told me
    // something worrying, ... then she told me about the nurture room" judges another thing.
    return judgesHard(Array(best.words[start...]))
  }

  /// Whether `words` (one sentence, lower case) call something hard, not negated.
  static func judgesHard(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() where hardships.contains(word) {
      let before = words[max(0, index - 3)..<index]
      if before.contains(where: negations.contains) { continue }
      if word == "hard" || word == "harder" {
        let previous = index > 0 ? words[index - 1] : ""
        let next = index + 1 < words.count ? words[index + 1] : ""
        if efforts.contains(previous) || efforts.contains(next) { continue }
      }
      return true
    }
    return false
  }

  /// The sentences of `text`: split at full stops, question and exclamation marks, and line
  /// breaks.
  static func sentences(_ text: String) -> [Substring] {
    text.split(whereSeparator: { ".!?\n".contains($0) })
  }
}
