/// Names of the calendar written as names in every printed slot of a note.
///
/// People type fast and in lower case ("after christmas", "friday nights", "all of december"),
/// and a note that repeats "christmas" in lower case reads as careless. Holidays, the days of
/// the week and the months whose names are no other English word are always names, so they are
/// capitalised wherever they stand. "may" and "march" are also verbs, and stay as typed unless
/// `TopicRepair.monthsWritten` finds a date beside them.
///
/// ```swift
/// CalendarNames.written("a tree recycling scheme after christmas")
/// // "a tree recycling scheme after Christmas"
/// ```
enum CalendarNames {
  /// Whether `word` is a month's name dating what follows, by the number after it: a day ("May
  /// 3", "march 15th") or a year ("May 2027 timetable change"). "May" and "March" are also a
  /// modal and a verb; before a date's number they are the month, whatever their case.
  static func datesMonth(_ word: String, before next: String) -> Bool {
    let lower = word.lowercased()
    guard MonthName.full.contains(where: { $0.lowercased() == lower }) else { return false }
    let core = next.lowercased().trimming(",.;:!?")
    let digits = core.prefix(while: \.isNumber)
    guard let number = Int(digits) else { return false }
    let suffix = String(core.dropFirst(digits.count))
    return (1...31).contains(number) && ["", "st", "nd", "rd", "th"].contains(suffix)
      || (1900...2100).contains(number) && suffix.isEmpty
  }

  /// The text with every calendar name written with its capital.
  static func written(_ text: String) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      written(word: String(word))
    }.joined(separator: " ")
  }

  /// One word with its capital when it is a calendar name: "christmas," -> "Christmas,",
  /// "fridays" -> "Fridays", "christmas-themed" -> "Christmas-themed".
  static func written(word: String) -> String {
    let letters = word.prefix(while: \.isLetter)
    guard letters.first?.isLowercase == true else { return word }
    let lower = letters.lowercased()
    let rest = word.dropFirst(letters.count)
    // "fridays": a plural of a day is a name too; "'s" and marks stay as typed.
    let singular = lower.hasSuffix("s") && !names.contains(lower) ? String(lower.dropLast()) : lower
    guard names.contains(singular) else { return word }
    return lower.prefix(1).uppercased() + lower.dropFirst() + rest
  }

  /// The text with "on" before a weekday's part standing bare after a thing: "your late
  /// night football league Friday nights" -> "... league on Friday nights". A time of the
  /// week said after a noun needs its preposition; after a verb ("starting Friday nights")
  /// or a preposition it has one or needs none.
  static func onSupplied(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    var index = 1
    while index + 1 < words.count {
      defer { index += 1 }
      let day = words[index].lowercased()
      let part = words[index + 1].lowercased().trimming(",.;:!?")
      let before = words[index - 1]
      let lower = before.lowercased()
      guard weekdays.contains(day), dayParts.contains(part),
        before.first?.isLowercase == true, before.allSatisfy(\.isLetter),
        !lower.hasSuffix("ing"), !lower.hasSuffix("ed"),
        !TopicRepair.prepositions.contains(lower), !TopicGrammar.determiners.contains(lower),
        !["and", "or", "every", "some", "most", "all", "both", "late", "early"].contains(lower)
      else { continue }
      words.insert("on", at: index)
      index += 1
    }
    return words.joined(separator: " ")
  }

  /// The days of the week.
  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Parts of a day said in the plural after a weekday: "Friday nights".
  private static let dayParts: Set<String> = ["nights", "mornings", "evenings", "afternoons"]

  /// Holidays, days and the months whose names are no other word.
  static let names: WordSet = [
    "christmas", "xmas", "easter", "halloween", "diwali", "eid", "ramadan", "hanukkah",
    "passover", "hogmanay", "thanksgiving", "whitsun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
    "june", "july", "september", "october", "november", "december",
  ]
}
