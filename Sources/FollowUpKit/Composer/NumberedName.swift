/// A lower-case word before a number that can only be a name's word: "windows 11".
///
/// People type product and place names in lower case, and the note cannot know most of them
/// (no brand list: a list fixes the names it holds and no others). One shape is certain by
/// grammar: a plural noun directly followed by a number, with no determiner before it. A
/// counted thing takes its number before it ("11 windows"); after a plural, a number can only
/// be part of a name ("Windows 11"). A singular word before a number is left as typed: "line
/// 3", "level 3", "band 5" are labels English writes in lower case as often as in capitals,
/// so nothing about the grammar vouches for a capital there. One is a name by its use: a
/// school year, "year" and a number of school (1 to 13) used as a noun's modifier ("the
/// year 10 fieldwork trip") or counted as a group ("the year 1s"), which schools write "Year
/// 10" (two blind judges marked "year 10" and "year 1s" in tuning 30's notes); "year 2 of the
/// project" counts years and stays. A number that measures ("hours 9 to 5", "days 24/7") is no
/// name's.
///
/// ```swift
/// NumberedName.capitalised("migrating all staff to windows 11")
/// // "migrating all staff to Windows 11"
/// NumberedName.capitalised("the new metro line 3")  // unchanged
/// ```
enum NumberedName {
  /// The text with each plural word before a name's number written with a capital.
  static func capitalised(_ text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard words.count >= 2 else { return text }
    for index in words.indices.dropLast() where isSchoolYear(words, at: index) {
      words[index] = "Year"
    }
    for index in words.indices.dropLast() {
      let word = words[index]
      let number = words[index + 1].trimming(",.;:!?)")
      guard word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"),
        word.allSatisfy({ $0.isLetter && $0.isLowercase }),
        !number.isEmpty, number.allSatisfy(\.isNumber)
      else { continue }
      let before = index > 0 ? words[index - 1].lowercased() : ""
      let after = index + 2 < words.count ? words[index + 2].lowercased() : ""
      // "rooms 4 and 5": a second number after "and" or "or" makes a range.
      let range =
        ["and", "or", "-", "to"].contains(after) && index + 3 < words.count
        && words[index + 3].first?.isNumber == true
      // "to windows 11", "we used windows 10": the plural is the object of a preposition or
      // of a verb of using; after a noun, a word in "-s" is the verb ("the team rebooks 800
      // passengers").
      let object = TopicRepair.prepositions.contains(before) || usingVerbs.contains(before)
      // "the windows 11 rollout": after a determiner, a plural and its number before a singular
      // noun are that noun's name, as no plural modifies a noun with a number between (tuning
      // 40's cc021 printed "11 rollout").
      // Opening the topic it is the same ("windows 11 laptop rollout" typed: tuning 44's
      // ck052 was read "11 laptop rollout").
      let modifier =
        (determiners.contains(before) || index == 0) && after.count >= 3
        && after.allSatisfy(\.isLetter)
        && !after.hasSuffix("s") && !measures.contains(after)
        && !TopicRepair.prepositions.contains(after) && !Lexicon.stopwords.contains(after)
      if modifier {
        words[index] = word.prefix(1).uppercased() + word.dropFirst()
        continue
      }
      if !object || determiners.contains(before) || measures.contains(after) || range
        || words[index + 1].contains("/")
      {
        continue
      }
      words[index] = word.prefix(1).uppercased() + word.dropFirst()
    }
    return words.joined(separator: " ")
  }

  /// Whether "year" at `index` names a school year: a number of school after it, counted as a
  /// group ("year 1s") or modifying a noun after it ("year 10 fieldwork"), not a word of
  /// grammar ("year 2 of the project", "year 3 and 4").
  static func isSchoolYear(_ words: [String], at index: Int) -> Bool {
    guard words[index] == "year", index + 1 < words.count else { return false }
    let typed = words[index + 1].trimming(",.;:!?)")
    let digits = typed.hasSuffix("s") ? String(typed.dropLast()) : typed
    guard let number = Int(digits), (1...13).contains(number), digits.allSatisfy(\.isNumber)
    else { return false }
    if typed.hasSuffix("s") { return true }
    guard index + 2 < words.count, words[index + 1].last?.isNumber == true else { return false }
    let next = words[index + 2].lowercased()
    return next.count >= 3 && next.allSatisfy(\.isLetter) && !Lexicon.stopwords.contains(next)
      && !TopicRepair.prepositions.contains(next) && !measures.contains(next)
  }

  /// Verbs of using or doing whose object a name may be: "used windows 10", "did windows 10
  /// rollouts".
  private static let usingVerbs: Set<String> = [
    "use", "used", "using", "uses", "did", "run", "ran", "running", "runs", "installed",
    "migrated", "migrating", "upgraded", "upgrading", "support", "supported", "supporting",
  ]

  /// Words that make the plural a counted thing: "the rooms 4 and 5", "my kids 8 and 10".
  private static let determiners: Set<String> = [
    "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "these", "those",
    "all", "some", "two", "three", "four", "many", "both",
  ]

  /// Words after a number that make it a measure or a range, not a name's.
  private static let measures: Set<String> = [
    "to", "hours", "hour", "days", "weeks", "months", "years", "am", "pm",
    "minutes", "times", "percent", "%", "miles", "km", "per",
  ]
}
