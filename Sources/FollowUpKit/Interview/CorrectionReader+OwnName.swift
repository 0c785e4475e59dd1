/// A correction of the person's own name, found by the words "my name", "my surname", "my first
/// name" and the new spelling's resemblance to the name held.
///
/// "my name needs the apostrophe O'Brien", "can u put my full surname asante-boateng", "my first
/// name is Ravindra on paper", "argh autocorrect changed my surname its Reid", "i put my name the
/// wrong way round, its Mei Chen": the person names their own name as the target, so no cue word
/// is needed, and the new value is the word that resembles a part of the name held (a letter
/// apart, a fuller form, a nickname's full name) or, for a named part, the word typed with a
/// capital. At the interviewer question such a reply is never the interviewer's name.
extension CorrectionReader {
  /// The person's name as corrected, or nil when the reply does not correct it.
  func ownNameCorrection(_ text: String) -> Correction? {
    guard let held = known.name else { return nil }
    // The words, and the clause each is in: a surname of several words ends at a comma.
    var typed: [String] = []
    var clauseOf: [Int] = []
    for (clause, part) in text.split(whereSeparator: { ",.;:!?()\"".contains($0) }).enumerated() {
      for word in part.split(separator: " ") {
        typed.append(String(word))
        clauseOf.append(clause)
      }
    }
    let lower = typed.map { $0.lowercased() }
    // "my name", "my full surname", "my first name": which part is named, if one is.
    guard let my = lower.firstIndex(of: "my"),
      let slot = lower.indices.dropFirst(my + 1).prefix(3).first(where: {
        ["name", "surname", "names", "name's"].contains(lower[$0])
      }),
      // "my full surname", not "my interviewer's name": only words for a part between.
      lower[(my + 1)..<slot].allSatisfy(Self.partWords.contains)
    else { return nil }
    let part: NamePart =
      lower[slot] == "surname" || ["last", "family"].contains(lower[slot - 1])
      ? .family : ["first", "given"].contains(lower[slot - 1]) ? .given : .whole
    let candidates = typed.indices.dropFirst(slot + 1).filter { index in
      DirectAnswer.isNameShaped(typed[index])
        // "o'brien e not a": a letter alone is a letter spoken of, unless it opens a name ("Ó").
        && (typed[index].count > 1 || PersonName.familyParticles.contains(lower[index]))
        && !DirectAnswer.sentenceWords.contains(lower[index])
        && !Self.remarkWords.contains(lower[index])
    }
    let heldParts = [held.given, held.family].compactMap { $0 }
    var name = held
    var replaced = false
    // "my surname is jiménez ortiz", "my surname is Ó Briain": a surname of several words, said
    // right after the part is named, replaces the one held when a word of it re-spells it.
    let first = candidates.first ?? 0
    let run = candidates.enumerated().prefix {
      $0.element == first + $0.offset && clauseOf[$0.element] == clauseOf[first]
    }.map { typed[$0.element] }
    // Aligned on the first word that re-spells one held: held words before it stay ("Ana Maria
    // Rodriguez" becomes "Ana Maria Rodríguez Herrera").
    let heldFamily = held.family?.split(separator: " ").map(String.init) ?? []
    let aligned = run.indices.lazy.compactMap { at in
      heldFamily.firstIndex(where: { self.respells(run[at], $0, fuller: false) }).map { $0 - at }
    }.first
    if part == .family, run.count >= 2, let start = aligned, start >= 0 {
      let family = (heldFamily[..<start] + run.map(cased)).joined(separator: " ")
      replaced = family != held.family
      name.family = family
    }
    // Each word that re-spells a part held replaces that part.
    let severalWords = replaced
    for index in candidates where !severalWords {
      let word = typed[index]
      // "Ní Dhomhnaill" re-spelled "Ní Dhomhnaill": a word of a family name of several words
      // replaces that word, never the whole family name.
      let familyWords = name.family?.split(separator: " ").map(String.init) ?? []
      if familyWords.count > 1, part != .given,
        let at = familyWords.firstIndex(where: {
          $0.lowercased() != lower[index] && respells(word, $0, fuller: false)
            || $0.lowercased() == lower[index] && $0 != word
        })
      {
        var words = familyWords
        words[at] = cased(word)
        name.family = words.joined(separator: " ")
        replaced = replaced || name.family != held.family
      } else if familyWords.count > 1,
        familyWords.contains(where: {
          $0.lowercased() == lower[index]
        })
      {
        continue
      } else if let family = held.family, family.lowercased() != lower[index],
        respells(word, family, fuller: true), part != .given
      {
        name.family = cased(word)
        replaced = true
      } else if let first = held.given, first.lowercased() != lower[index],
        respells(word, first, fuller: true) || part == .given && endsWith(word, first),
        part != .family
      {
        name.given = cased(word)
        replaced = true
      }
    }
    // "its Mei Chen" for "Chen Mei": the same words in another order are the name in that order.
    let named = candidates.map { typed[$0] }
    if !replaced, part == .whole, named.count == heldParts.count, named.count >= 2,
      Set(named.map { $0.lowercased() }) == Set(heldParts.map { $0.lowercased() })
    {
      name = PersonName(
        title: held.title, given: named[0], family: named.dropFirst().joined(separator: " "))
      replaced = true
    }
    // "my first name is Ravindra": for a part named, the one word typed with a capital.
    if !replaced, part != .whole,
      let only = candidates.filter({ typed[$0].first?.isUppercase == true }).first,
      candidates.filter({ typed[$0].first?.isUppercase == true }).count == 1
    {
      if part == .family { name.family = typed[only] } else { name.given = typed[only] }
      replaced = true
    }
    // "its liam o'hara if u need my last name": typed before the part is named, a run opening
    // with the given name held is the person's name made fuller (tuning 37's bw016, at the
    // interviewer's question, had met "Oh").
    if !replaced, held.family == nil, part != .given, let given = held.given?.lowercased() {
      let named = typed.indices.prefix(my).filter { index in
        DirectAnswer.isNameShaped(typed[index]) && typed[index].count > 1
          && !DirectAnswer.sentenceWords.contains(lower[index])
          && !Self.remarkWords.contains(lower[index]) && !Lexicon.stopwords.contains(lower[index])
      }
      if let start = named.first(where: { lower[$0] == given }) {
        let run = named.drop(while: { $0 < start }).enumerated().prefix {
          $0.element == start + $0.offset && clauseOf[$0.element] == clauseOf[start]
        }.map { typed[$0.element] }
        if run.count >= 2 {
          name.family = run.dropFirst().map(cased).joined(separator: " ")
          replaced = true
        }
      }
    }
    guard replaced, name != held else { return nil }
    return .name(name)
  }

  /// Which part of a name a correction speaks of.
  enum NamePart { case given, family, whole }

  /// A word typed in lower case takes a name's capitals; typed with capitals it stays.
  private func cased(_ word: String) -> String {
    word == word.lowercased() ? PersonName.capitaliseName(word) : word
  }

  /// `word` re-spells `part`: a few letters apart ("Reid" for "Reed", "O'Brien" for "Obrien"),
  /// or, when `fuller`, the part made fuller ("Asante-Boateng" for "Asante", "Ravindra" for
  /// "Ravi").
  private func respells(_ word: String, _ part: String, fuller: Bool) -> Bool {
    let a = Self.folded(word)
    let b = Self.folded(part)
    guard a.count >= 3, b.count >= 3 else { return false }
    if a == b { return true }
    if fuller, a.count > b.count, a.hasPrefix(b) { return true }
    return EditDistance.between(a, b) <= max(1, min(a.count, b.count) / 4)
  }

  /// "use my full first name chukwuemeka, not emeka": a short form may be the end of the given
  /// name as well as its start, read so only where the person names their first name (a
  /// fuller whole name, "my full name, Oluwaseun Adebayo-Williams" for "Seun", asks for the
  /// sign-off).
  private func endsWith(_ word: String, _ part: String) -> Bool {
    let a = Self.folded(word)
    let b = Self.folded(part)
    return b.count >= 4 && a.count > b.count && a.hasSuffix(b)
  }

  /// Words of the remark around a new spelling, never part of it.
  static let remarkWords: Set<String> = [
    "needs", "need", "apostrophe", "hyphen", "accent", "fada", "capital", "letter", "letters",
    "sorry", "oops", "argh", "autocorrect", "changed", "put", "full", "use", "paper", "english",
    "wrong", "way", "round", "spelt", "spelled", "typed", "two", "double", "should", "be", "like",
    "u", "can", "you", "please", "pls", "tho", "though", "actually", "its",
  ]

  /// Words that say which part of one's name is meant: "my full surname", "my first name".
  static let partWords: Set<String> = [
    "first", "last", "full", "family", "given", "middle", "real", "legal", "proper", "own",
  ]
}
