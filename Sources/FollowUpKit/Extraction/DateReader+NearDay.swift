/// A day's name typed a letter or two wrong, at the question that asks for the day.
///
/// "yesterdy morning", "wensday": answers tuning 40's cn091 and cn098 were asked again for a
/// day any reader sees. Weekdays and "yesterday" are a closed set, like the months
/// (`TopicRepair.nearMonth`), so a word of five letters or more that starts as one of them does
/// and is at most one letter from it (two, for the names of eight letters or more) can only be
/// that day, and so can the first four letters or more of a name of eight ("yest"). Read only
/// where the day was asked for: elsewhere a near miss may be a name.
extension DateReader {
  /// `text` with each near miss of a day's name written as that name, or nil when none is.
  static func nearDaysMended(_ text: String) -> String? {
    var changed = false
    let words = text.split(separator: " ", omittingEmptySubsequences: false).map { piece in
      let word = String(piece)
      let core = word.lowercased().trimming(",.!?;:")
      guard let day = nearDay(core) else { return word }
      changed = true
      return word.lowercased().replacingOccurrencesOf(core, with: day)
    }
    return changed ? words.joined(separator: " ") : nil
  }

  /// The day's name `word` is a near miss of, or nil when it is one already or none.
  static func nearDay(_ word: String) -> String? {
    guard word.count >= 4, word.allSatisfy({ $0.isASCII && $0.isLetter }),
      weekdays[word] == nil, word != "yesterday"
    else { return nil }
    // "yest", "wednes": a long name clipped after four letters or more is that name (tuning
    // 49's cu017 typed "yest" twice and lost the day).
    if let clipped = dayNames.first(where: { $0.count >= 8 && $0.hasPrefix(word) }) {
      return clipped
    }
    guard word.count >= 5 else { return nil }
    for name in dayNames where name.first == word.first {
      let allowed = name.count >= 8 ? 2 : 1
      if abs(name.count - word.count) <= allowed,
        EditDistance.between(name, word) <= allowed
      {
        return name
      }
    }
    return nil
  }

  /// The full names a near miss is read against.
  private static let dayNames = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
  ]
}
