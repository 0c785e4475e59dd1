/// Days the person offers as alternatives, and a weekday that a day number in the same message
/// pins down.
///
/// "thursday or friday", "not sure, tues or weds", "the 19th or 20th": the person does not know
/// which day it was, so no single day is theirs to print, and picking the first would put a
/// guess in the note as a fact. Such a reply names no day. A weekday beside a day number the
/// person gives elsewhere in the message ("date is 23 not 24, it was Monday") is that date when
/// they agree, not the last Monday, which may be a week later.
extension DateReader {
  /// Whether the words offer two different days joined by "or" (or a slash): no single day.
  static func offersAlternatives(_ text: String) -> Bool {
    let words = WordSplitter.words(text.replacingOccurrences(of: "/", with: " or "))
    for index in words.indices.dropFirst().dropLast() where words[index] == "or" {
      let (before, after) = (words[index - 1], words[index + 1])
      guard before != after else { continue }
      if weekdays[before] != nil, weekdays[after] != nil, weekdays[before] != weekdays[after] {
        return true
      }
      // "the 19th or 20th", "19th or the 20th": two day numbers, at least one an ordinal.
      let afterDay = after == "the" && index + 2 < words.count ? words[index + 2] : after
      if let first = dayNumber(before), let second = dayNumber(afterDay), first != second,
        [before, afterDay].contains(where: { $0.contains(where: \.isLetter) })
      {
        return true
      }
    }
    return false
  }

  /// The date of a day number elsewhere in the message that falls on `weekday`, this month or
  /// the month before: "23" in "date is 23 not 24, it was Monday". Only a number said as a
  /// day counts: an ordinal ("23rd"), or a bare number after "the", "on", "is" or "was" that
  /// ends its phrase ("Band 6 post", "3 people" count things). A number after "not" is the day
  /// refused; one beside a month is read as a date elsewhere.
  static func agreeingDate(_ words: [String], weekday: Weekday, today: CivilDate) -> CivilDate? {
    for (index, word) in words.enumerated() {
      let before = index > 0 ? words[index - 1] : ""
      let after = index + 1 < words.count ? words[index + 1] : ""
      let ordinal = word.contains(where: \.isLetter)
      let said =
        ordinal
        || ["the", "on", "is", "was", "date"].contains(before)
          && (!after.contains(where: \.isLetter) || ["not", "or", "and", "sorry"].contains(after))
      guard said, let day = dayNumber(word), before != "not", months[after] == nil,
        months[before] == nil
      else { continue }
      if let date = today.latest(onDay: day), date.weekday == weekday {
        return date
      }
    }
    return nil
  }
}
