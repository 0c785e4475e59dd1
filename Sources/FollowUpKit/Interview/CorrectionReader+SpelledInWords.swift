/// A held value said again with its spelling told in words: "ah its Ní Bhriain with an i after
/// the r", "my second surname is Lopes with s not z", "Ofori-Atta with a hyphen not a space",
/// "its kofi asante, with an n", "chloe (barnes btw, with an e)", "her surname has two t's,
/// Pratt".
///
/// The remark on letters ("with an e", "with a hyphen", "two t's") says the words beside it are
/// a spelling: a name the conversation already holds, typed again. The person rarely says which
/// fact; the held value those words re-spell is the target, whichever it is (their own name, an
/// interviewer's, the company). The new words replace the held ones they re-spell, written with
/// the held words' capitals when typed in lower case, and with the letters now typed; the
/// remark itself is never a value. Read as a swap of the held words, so every fact holding them
/// is fixed alike.
extension CorrectionReader {
  /// The swap a spelling remark asks for, or nil when the message has no remark or its words
  /// re-spell no single held value.
  func spelledInWords(_ text: String) -> Correction? {
    let tokens = text.split(separator: " ").map(String.init)
    guard let (index, length, letters) = Self.spellingRemark(in: tokens) else { return nil }
    // The words before the remark ("its Ní Bhriain | with an i"), else those after it ("two
    // t's, | Pratt").
    let before = Self.nameRun(tokens[..<index].reversed()).reversed().map { $0 }
    let after = Self.nameRun(Array(tokens[(index + length)...]))
    let slack = letters ? 1 : 0
    for run in [Array(before), after] where !run.isEmpty {
      // The longest run of the words said that re-spells a held run: "it was kofi asante" is
      // "kofi asante", never "was kofi asante".
      for start in run.indices {
        let said = Array(run[start...])
        if let (old, new) = heldRespelled(by: said, slack: slack) { return .swap(new, for: old) }
      }
    }
    return nil
  }

  /// Where a remark on letters starts in the message, how many words it takes, and whether it
  /// names letters (which widens how far the new spelling may be from the old).
  ///
  /// A small closed grammar: "with a/an/the" and then one letter ("with an e", "with s not z"),
  /// a letter with a mark ("with the ń") or a mark's name ("with a hyphen", "with a dash",
  /// "with the accent", "with a fada"); "two t's", "double t".
  static func spellingRemark(in tokens: [String]) -> (Int, Int, Bool)? {
    let words = tokens.map { $0.lowercased().trimming(",.;:()!?\"") }
    for index in words.indices {
      let next = index + 1 < words.count ? words[index + 1] : ""
      let third = index + 2 < words.count ? words[index + 2] : ""
      if words[index] == "with" {
        // "with s not z"; "with a bigger bakery" is no letter "a".
        if Self.isLetterSaid(next), next != "a" { return (index, 2, true) }
        if ["a", "an", "the"].contains(next) {
          if Self.isLetterSaid(third) { return (index, 3, true) }
          if Self.markNames.contains(third) { return (index, 3, false) }
        }
      }
      if ["two", "double", "2"].contains(words[index]),
        Self.isLetterSaid(next)
          || next.count == 3 && next.hasSuffix("'s") && Self.isLetterSaid(String(next.prefix(1)))
          || next.count == 2 && next.hasSuffix("s") && Self.isLetterSaid(String(next.prefix(1)))
      {
        // "with two r's": the remark starts at its "with".
        return index > 0 && words[index - 1] == "with" ? (index - 1, 3, true) : (index, 2, true)
      }
    }
    return nil
  }

  /// The names of the marks a name's spelling is told by.
  static let markNames: Set<String> = [
    "hyphen", "dash", "accent", "fada", "fadas", "apostrophe", "space", "umlaut", "cedilla",
    "tilde", "capital",
  ]

  /// One letter said as such: "e", "ń".
  static func isLetterSaid(_ word: String) -> Bool {
    word.count == 1 && word.first?.isLetter == true
  }

  /// The name-shaped words next to a remark, nearest first as given: up to three, past chat
  /// words ("btw", "sorry") and stopping at a word that states the name ("its", "is", "was")
  /// or opens a bracket.
  static func nameRun(_ tokens: [String]) -> [String] {
    let chat: Set<String> = ["btw", "sorry", "pls", "please", "lol", "i", "think"]
    var run: [String] = []
    for token in tokens {
      let word = token.trimming(",.;:!?()\"")
      if run.isEmpty, chat.contains(word.lowercased()) || word.isEmpty { continue }
      guard DirectAnswer.isNameShaped(word), !DirectAnswer.statingWords.contains(word.lowercased()),
        !["was", "is", "put", "spelled", "spelt", "spells", "has", "and", "it"].contains(
          word.lowercased())
      else { break }
      run.append(word)
      // "(barnes": a bracket opens the run; ", Pratt": a comma after the word closes it.
      if token.hasPrefix("(") || run.count == 3 { break }
      if token.hasSuffix(","), tokens.first != token { break }
    }
    return run
  }

  /// The held words `said` re-spells, and the new words written as the held ones are: one
  /// held value only, and a change of letters, marks or joins, not the same words again.
  func heldRespelled(by said: [String], slack: Int) -> (String, String)? {
    let key = Self.folded(said.joined())
    // "Ltd" is two letters from "and": a word this short re-spells too much.
    guard key.count >= 4 else { return nil }
    var best: [(distance: Int, old: [String])] = []
    let held = [known.name?.full, known.company] + (known.interviewers ?? []).map(\.full)
    for value in held.compactMap({ $0 }) {
      let words = value.split(separator: " ").map(String.init)
      for start in words.indices {
        for end in start..<min(words.count, start + 3) {
          let run = Array(words[start...end])
          let other = Self.folded(run.joined())
          guard other.count >= 3 else { continue }
          let distance = EditDistance.between(key, other)
          guard distance <= max(1, min(key.count, other.count) / 4) + slack else { continue }
          // The same words typed again change nothing.
          guard run.joined(separator: " ") != said.joined(separator: " ") else { continue }
          best.append((distance, run))
        }
      }
    }
    guard let nearest = best.map(\.distance).min() else { return nil }
    let olds = Set(best.filter { $0.distance == nearest }.map { $0.old.joined(separator: " ") })
    guard olds.count == 1, let match = best.first(where: { $0.distance == nearest }) else {
      return nil
    }
    let old = match.old
    // A word typed in lower case takes the held capitals; one typed in lower case with the held
    // letters and no mark is the held word typed fast ("lopez" keeps López), while capitals
    // typed are meant ("McBride" for Mcbride).
    let capitalised = old.first?.first?.isUppercase == true
    let new = said.map { word -> String in
      if let same = old.first(where: { Self.folded($0) == Self.folded(word) }),
        word == word.lowercased(), !word.contains(where: { !$0.isASCII }), !word.contains("-"),
        !same.contains("-")
      {
        return same
      }
      return capitalised && word == word.lowercased() ? PersonName.capitaliseName(word) : word
    }
    let newText = new.joined(separator: " ")
    let oldText = old.joined(separator: " ")
    guard newText != oldText else { return nil }
    return (oldText, newText)
  }
}
