/// The owner's apostrophe inside an organisation's name typed without it: "st christophers
/// hospice" is "St Christopher's Hospice", "the ferrymans rest" is "The Ferryman's Rest".
///
/// People chat without apostrophes, and a note that writes "St Brendans University Hospital"
/// reads as careless to the person who works there (the blind judge of tuning 20 faulted each).
/// Two shapes vouch for the apostrophe by grammar, not by a list of names:
/// - a saint's name after "St" or "Saint" with an "s" after a consonant, when the name goes on
///   past it ("St Christophers Hospice"): a church, school or hospital is dedicated to the saint,
///   so the "s" is the saint's. A town named for a saint is written without one ("St Albans",
///   "St Andrews University", "St Helens Council"), so the name must go on with a kind of place
///   a saint is given (a hospice, a hospital, a school, a church): "St Albans School", a town's
///   school, would still take one wrongly, a risk the tuning sets have not shown. After a
///   vowel the "s" is the owner's too ("St Annes Primary", "St Columbas Hospice": tuning 21),
///   unless the word with its "s" is itself a saint's name ("St James", "St Thomas", "St
///   Agnes", "St Nicholas"): English keeps those as they are, apostrophe or not.
/// - a word in "-mans" made from a word of five letters or more and "man" ("ferrymans",
///   "fishermans", "ploughmans"), when the name goes on past it: the plural of "-man" is "-men",
///   so "-mans" is the owner's. Shorter stems are left ("Germans", "Romans", "Ottomans").
enum NamePossessive {
  /// The name with each owner's "s" that grammar vouches for written with its apostrophe.
  static func restored(_ name: String) -> String {
    guard name.contains("s ") else { return name }
    var words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for index in words.indices.dropLast() {
      let word = words[index]
      guard word.count >= 3, word.last == "s", word.allSatisfy(\.isLetter),
        words[index + 1].first?.isLetter == true
      else { continue }
      let stem = word.dropLast()
      let afterSaint =
        index > 0 && isSaint(words[index - 1]) && word.first?.isUppercase == true
        && dedicated(Array(words[(index + 1)...]))
      let ownerOfMan =
        word.lowercased().hasSuffix("mans") && word.count - 4 >= 5
        && words[index + 1].first?.isUppercase == true
      guard afterSaint || ownerOfMan, let before = stem.last?.lowercased(), !"sx".contains(before)
      else { continue }
      // "Thomas", "Agnes": a name whose own last letter is "s" is no owner's "s".
      if "aeiou".contains(before), !afterSaint || namesEndingInS.contains(word.lowercased()) {
        continue
      }
      words[index] = String(stem) + "'s"
    }
    return words.joined(separator: " ")
  }

  /// Whether the words after a saint's name begin with a kind of place dedicated to a saint:
  /// "Hospice", "University Hospital", "Primary School"; not "University" alone or "Council".
  private static func dedicated(_ rest: [String]) -> Bool {
    guard let next = rest.first?.lowercased() else { return false }
    if next == "university" { return rest.dropFirst().first?.lowercased() == "hospital" }
    return dedications.contains(next)
  }

  /// The kinds of place a saint is given: the grammar of dedication, a closed class.
  private static let dedications: Set<String> = [
    "hospice", "hospital", "church", "school", "primary", "academy", "surgery", "college",
    "catholic", "cathedral", "nursery", "infant", "infants", "junior", "high", "care", "nursing",
    "medical", "parish", "rc", "ce", "chapel", "home", "convent", "abbey", "hall",
  ]

  /// Saints' names that end in "s" of their own, after a vowel: the closed set of saints to
  /// whom English-speaking churches, schools and hospitals are dedicated under such a name.
  /// Any other saint's name typed with an "s" after a vowel ("Annes", "Columbas", "Lukes")
  /// is the name and its owner's "s".
  private static let namesEndingInS: Set<String> = [
    "james", "thomas", "agnes", "nicholas", "nicolas", "barnabas", "matthias", "andreas", "lucas",
    "marcus", "silas", "judas", "jonas", "tobias", "cosmas", "athanasius", "ignatius", "aloysius",
    "pancras", "erasmus", "dionysius", "alphonsus", "thaddeus", "cornelius", "linus", "ives",
  ]

  /// "St", "St." or "Saint" before a saint's name.
  private static func isSaint(_ word: String) -> Bool {
    ["st", "st.", "saint"].contains(word.lowercased())
  }
}
