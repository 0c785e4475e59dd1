/// What the employer said about when the person would hear back, read from their words.
///
/// "By Friday", "within two weeks", "the end of the month", "the 20th" name a day, counted from
/// the interview (a weekday is the first one after it); "they didn't say" or "nothing" names
/// none, which is an answer too: the check-in then waits a week to ten days.
struct HeardTiming: Hashable, Sendable, Codable {
  /// The person's words, trimmed: "within two weeks".
  var phrase: String
  /// The day they gave, when the words name one.
  var date: CivilDate?

  /// Reads an answer to "what did they say about timing?". Nil when the words say neither a
  /// time nor that there was none.
  static func read(_ text: String, interview: CivilDate?, today: CivilDate) -> HeardTiming? {
    let words = WordSplitter.words(text)
    let phrase = text.trimming(" \t\n.!")
    let joined = " " + words.joined(separator: " ") + " "
    let none = [
      " nothing ", " no ", " didn't say ", " didnt say ", " did not say ", " not sure ",
      " no idea ", " none ", " they didn't ", " they didnt ", " never said ", " no timeline ",
      " no date ", " can't remember ", " cant remember ", " dunno ", " idk ", " nope ",
      " not really ", " no they didn't ",
    ]
    let anchor = interview ?? today
    if let days = relativeDays(words) {
      return HeardTiming(phrase: phrase, date: anchor.adding(days: days))
    }
    if let weekday = words.lazy.compactMap({ DateReader.weekdays[$0] }).first {
      var ahead = (weekday.rawValue - anchor.weekday.rawValue + 7) % 7
      if ahead == 0 { ahead = 7 }
      if joined.contains(" next ") && ahead < 7 { ahead += 7 }
      return HeardTiming(phrase: phrase, date: anchor.adding(days: ahead))
    }
    // "by end of november": the last day of the month named.
    if let end = words.firstIndex(of: "end"), end + 2 < words.count, words[end + 1] == "of",
      let month = monthNumber(words[end + 2])
    {
      let year = month < anchor.month ? anchor.year + 1 : anchor.year
      return HeardTiming(
        phrase: phrase,
        date: CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)))
    }
    // "by the 25th", "by 25th": that day of the month, the next one after the interview.
    if let day = words.lazy.compactMap(ordinalDay).first,
      let date = CivilDate(year: anchor.year, month: anchor.month, day: day)
    {
      if date > anchor { return HeardTiming(phrase: phrase, date: date) }
      let next = anchor.month == 12 ? (anchor.year + 1, 1) : (anchor.year, anchor.month + 1)
      return HeardTiming(
        phrase: phrase, date: CivilDate(year: next.0, month: next.1, day: day))
    }
    if joined.contains(" end of the month ") || joined.contains(" end of month ") {
      let last = CivilDate.daysIn(month: anchor.month, year: anchor.year)
      return HeardTiming(
        phrase: phrase, date: CivilDate(year: anchor.year, month: anchor.month, day: last))
    }
    if joined.contains(" end of the week ") || joined.contains(" this week ") {
      let ahead = (Weekday.friday.rawValue - anchor.weekday.rawValue + 7) % 7
      return HeardTiming(phrase: phrase, date: anchor.adding(days: ahead))
    }
    if let day = InterviewDay(reading: text, today: today.adding(days: 60)), let date = day.date,
      date > anchor
    {
      return HeardTiming(phrase: phrase, date: date)
    }
    if none.contains(where: joined.contains) || joined == " no " {
      return HeardTiming(phrase: "nothing", date: nil)
    }
    return nil
  }

  /// "25th", "1st", "22nd": a day of the month.
  static func ordinalDay(_ word: String) -> Int? {
    guard ["st", "nd", "rd", "th"].contains(where: word.hasSuffix) else { return nil }
    guard let day = Int(word.dropLast(2)), (1...31).contains(day) else { return nil }
    return day
  }

  /// "november", "nov": the month's number.
  static func monthNumber(_ word: String) -> Int? {
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    return months.firstIndex { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) }.map {
      $0 + 1
    }
  }

  /// "within a week", "in two weeks", "a couple of days", "ten days": days after the interview.
  static func relativeDays(_ words: [String]) -> Int? {
    let numbers: [String: Int] = [
      "a": 1, "an": 1, "one": 1, "1": 1, "two": 2, "2": 2, "couple": 2, "three": 3, "3": 3,
      "few": 3, "four": 4, "4": 4, "five": 5, "5": 5, "six": 6, "6": 6, "seven": 7, "7": 7,
      "ten": 10, "10": 10, "fourteen": 14, "14": 14,
    ]
    for (index, word) in words.enumerated() {
      let unit: Int
      switch word {
      case "day", "days": unit = 1
      case "week", "weeks": unit = 7
      case "fortnight": return 14
      case "month", "months":
        if index > 0, words[index - 1] == "the" { continue }
        unit = 30
      default: continue
      }
      var count = 1
      for back in stride(from: index - 1, through: max(0, index - 3), by: -1) {
        if let value = numbers[words[back]] {
          count = value
          break
        }
      }
      return count * unit
    }
    return nil
  }
}
