extension DateReader {
  /// Prepositions that make the day after them a limit, not the day something took place:
  /// "decision by the 11th", "until Friday", "before 30 November".
  static let deadlines: Set<String> = ["by", "until", "till", "til", "before"]

  /// The first day in `tokens` that can be the interview's: a day named as a deadline ("They
  /// said decision by the 11th") is when they decide, and a note that thanks the interviewer
  /// "for your time on 11 November" for it states a date nobody gave. The day after it is read
  /// instead ("decision by the 11th, I had the interview yesterday"), or none.
  ///
  /// Only the first few deadlines are looked past, each read over at most four words after
  /// its preposition ("by the 11th", "by 11 November", "until next Friday"), so a long
  /// message costs a few readings, not one per word.
  static func readMeeting(_ tokens: [Token], today: CivilDate) -> InterviewDay? {
    var rest = tokens[...]
    for _ in 0..<3 {
      guard let first = read(Array(rest), today: today) else { return nil }
      guard
        let end = deadlineEnd(rest, reading: first, today: today)
          ?? futureEnd(rest, reading: first, today: today)
      else { return first }
      rest = rest[end...]
    }
    return nil
  }

  /// Where the deadline that names `reading` ends, when the first day of `tokens` is one.
  private static func deadlineEnd(
    _ tokens: ArraySlice<Token>, reading: InterviewDay, today: CivilDate
  ) -> Int? {
    for index in tokens.indices where deadlines.contains(tokens[index].lower) {
      let after = index + 1
      for width in 1...4 where after + width <= tokens.endIndex {
        guard read(Array(tokens[after..<(after + width)]), today: today) == reading else {
          continue
        }
        // The deadline's day is the message's first only when nothing before it names one.
        guard read(Array(tokens[tokens.startIndex..<index]), today: today) == nil else {
          return nil
        }
        return after + width
      }
    }
    return nil
  }

  /// Where the clause about what is still to come that names `reading` ends, when the first day
  /// of `tokens` is one: "I will drop it off on Monday" (tuning 40's cc019 had thanked the
  /// interviewer for meeting "on Monday", the day the card goes) names when the note goes, and
  /// an interview the person is writing about is over. The day must stand in the clause of the
  /// marker, within a few words of it ("will drop it off on Monday").
  private static func futureEnd(
    _ tokens: ArraySlice<Token>, reading: InterviewDay, today: CivilDate
  ) -> Int? {
    for index in tokens.indices where marksFuture(tokens, at: index) {
      var at = index + 1
      while at < tokens.endIndex, at - index <= 7,
        tokens[at].kind == .word || tokens[at].kind == .number
      {
        for width in 1...3 where at + width <= tokens.endIndex {
          guard read(Array(tokens[at..<(at + width)]), today: today) == reading else { continue }
          // The future day is the message's first only when nothing before it names one.
          guard read(Array(tokens[tokens.startIndex..<index]), today: today) == nil else {
            return nil
          }
          return at + width
        }
        at += 1
      }
    }
    return nil
  }

  /// Whether the word at `index` says what follows is still to come: "will", "I'll", "gonna",
  /// "going to". "Will" is a name too ("Will interviewed me on Monday"): typed with its capital
  /// it marks the future only after a pronoun.
  private static func marksFuture(_ tokens: ArraySlice<Token>, at index: Int) -> Bool {
    let word = tokens[index].lower
    let before = index > tokens.startIndex ? tokens[index - 1].lower : ""
    switch word {
    case "i'll", "we'll", "gonna", "shall":
      return true
    case "will":
      return !tokens[index].isCapitalized || futureSubjects.contains(before)
    case "going":
      let next = index + 1 < tokens.endIndex ? tokens[index + 1].lower : ""
      return next == "to" && !["was", "were"].contains(before)
    default:
      return false
    }
  }

  /// Pronouns a future "will" follows.
  private static let futureSubjects: Set<String> = ["i", "we", "they", "she", "he", "you", "u"]
}
