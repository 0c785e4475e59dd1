/// A name read as a sequence of parts, so that the words of one part are never taken apart.
///
/// Earlier rounds read a name word by word, and each culture's name broke in its own place:
/// "Marcus St. Hilaire" was cut at the full stop ("Marcus St"), "aoife mac an bhaird" was
/// refused because "an" is also an English word, "van der merwe, pieter" was greeted "Van".
/// The parts follow three rules, whatever the language:
/// - a particle ("van der", "Ó", "Mac an", "St.", "bin", "de la") binds to the part after it, so
///   a particle is never a name on its own and a run of particles never ends a name;
/// - a hyphenated or apostrophised word ("Bakare-Adeyemi", "O'Shea") is one part;
/// - an abbreviation written with a full stop inside a name ("St.") is kept whole.
/// A name that opens with a particle opens with its family name, so "van der Merwe, Pieter"
/// puts the given name after the comma.
enum NameParts {
  /// Abbreviations that stand inside a name before the part they bind to ("St. Hilaire",
  /// "Ste. Marie"); their full stop ends no sentence.
  static let abbreviations: Set<String> = ["st.", "ste.", "st", "ste"]

  /// Whether `word` is a particle: a word that binds to the name part after it.
  static func isParticle(_ word: String) -> Bool {
    let lower = word.lowercased()
    return PersonName.familyParticles.contains(lower) || PersonName.particles.contains(lower)
      || abbreviations.contains(lower)
  }

  /// For each word, whether it is bound to a later part of the name: a particle, or a short
  /// joining word just after one ("an" of "Mac an tSaoir", "der" of "van der"), with a part
  /// that is no particle still to come. Such words are the name's, whatever else they are in
  /// English.
  static func bound(_ words: [String]) -> [Bool] {
    var result = Array(repeating: false, count: words.count)
    // Read from the end: a particle binds when a part that is no particle follows it.
    var partAfter = false
    for index in words.indices.reversed() {
      let word = words[index].trimming(",").lowercased()
      let afterParticle = index > 0 && isParticle(words[index - 1].trimming(","))
      if isParticle(word) || afterParticle && joiningWords.contains(word) {
        result[index] = partAfter
      } else {
        partAfter = true
      }
    }
    return result
  }

  /// How many words the first part of a name takes: one, with the particles bound to it
  /// ("Dela Cruz", "van der Merwe"). A short capitalised word before another ("Dela Cruz",
  /// "Da Silva") binds as a particle does when typed so.
  static func firstPartCount(_ words: [String]) -> Int {
    var count = 0
    let bound = bound(words)
    while count < words.count - 1,
      bound[count] || (words[count].count <= 4 && dropsAsParticle(words[count]))
    {
      count += 1
    }
    return count + 1
  }

  /// "Dela", "Dos", "Van": a particle written with a capital or run together ("dela").
  static func dropsAsParticle(_ word: String) -> Bool {
    let lower = word.lowercased()
    return isParticle(lower) || ["dela", "delos", "dalla", "degli"].contains(lower)
  }

  /// Short words that continue a particle in Irish, Dutch and Spanish names: "Mac an",
  /// "van den", "de los".
  static let joiningWords: Set<String> = ["an", "der", "den", "la", "las", "los", "y", "te"]

  /// Whether a full stop after `word` belongs to a name part ("St." of "St. Hilaire") rather
  /// than ending a sentence.
  static func keepsFullStop(_ word: String) -> Bool {
    abbreviations.contains(word.lowercased().trimming(".") + ".")
  }

  /// The text cut into sentences at ". ", except after an abbreviation that binds to the part
  /// after it: "Marcus St. Hilaire, sign off as Marcus" is one sentence.
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    for piece in text.components(separatedBy: ". ") {
      if let last = result.last,
        let word = last.split(separator: " ").last.map(String.init), keepsFullStop(word)
      {
        result[result.count - 1] = last + ". " + piece
      } else {
        result.append(piece)
      }
    }
    return result
  }

  /// "van der merwe, pieter", "ó súilleabháin, siobhán": a head that opens with a particle is a
  /// family name, so one name part alone after the comma is the given name. Nil for any other
  /// reply ("will young, and no not the singer" opens with no particle).
  static func familyThenGiven(head: [String], next: String?) -> PersonName? {
    guard head.count >= 2, let first = head.first,
      PersonName.familyParticles.contains(
        first.lowercased()),
      let next
    else { return nil }
    let given = next.split(separator: " ").map { String($0).trimming(".,!") }
    guard given.count == 1, let part = given.first, DirectAnswer.isNameShaped(part),
      !isParticle(part), !DirectAnswer.sentenceWords.contains(part.lowercased()),
      !DirectAnswer.clauseWords.contains(part.lowercased())
    else { return nil }
    return PersonName(parsing: ([part] + head).joined(separator: " "))
  }
}
