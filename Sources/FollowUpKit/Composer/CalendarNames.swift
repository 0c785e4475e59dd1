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

  /// Holidays, days and the months whose names are no other word.
  static let names: WordSet = [
    "christmas", "xmas", "easter", "halloween", "diwali", "eid", "ramadan", "hanukkah",
    "passover", "hogmanay", "thanksgiving", "whitsun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
    "june", "july", "september", "october", "november", "december",
  ]
}
