/// One word of a value already held, said again spelled otherwise: "sorry autocorrect, its
/// Tehrani with an i" after Shirin Tehrany, "its MacLeod capital L" after Callum Macleod,
/// "mensah with an h at the end" after Kwame Mensa.
///
/// The person names no fact and no old word; the resemblance of the new word to one word of
/// what is held is the target, and only that word changes: the rest of the name or the company
/// stays. Read only in a message that marks itself as a correction (the reader's guard), so a
/// company answer that happens to look like an interviewer's name is never taken for one.
extension CorrectionReader {
  /// The target whose held value has exactly one word the new word re-spells, and that word.
  func respelledTarget(_ new: String, slack: Int = 0) -> (Target, String)? {
    let aligned = [Target.name, .company, .role].filter { target in
      value(of: target).map { Self.alignedRun(new, in: $0, slack: slack) != nil } ?? false
    }
    if aligned.count == 1, let target = aligned.first { return (target, new) }
    guard let word = Self.singleWord(new) else { return nil }
    var found: [(Target, String)] = []
    for target in [Target.name, .interviewer, .company, .role] {
      guard let held = value(of: target) else { continue }
      let matches = Self.respellable(word, in: held, slack: slack)
      if matches.count == 1, let match = matches.first { found.append((target, match)) }
    }
    // Two facts holding a word this close is no reading: the person must say which.
    return found.count == 1 ? found.first : nil
  }

  /// The held value with its one re-spelled word replaced by the new one, or nil when the new
  /// value is not one word re-spelling exactly one of its words.
  func respelled(_ held: String, _ new: String, slack: Int = 0) -> String? {
    // "oxford biomedica" for Oxford Biomedical: the held words said again, one re-spelled.
    if let run = Self.alignedRun(new, in: held, slack: slack) { return run }
    guard let word = Self.singleWord(new) else { return nil }
    let matches = Self.respellable(word, in: held, slack: slack)
    guard matches.count == 1, let old = matches.first else { return nil }
    // Typed in lower case, the word takes the capital the held word had.
    let typed =
      word == word.lowercased() && old.first?.isUppercase == true
      ? PersonName.capitaliseName(word) : word
    return held.split(separator: " ").map { String($0) == old ? typed : String($0) }
      .joined(separator: " ")
  }

  /// The letters a correction says were wrong ("not a k", "not ph"), as a slack on how far the
  /// new word may be from the held one: 0 when no letters are named; nil when the old value
  /// is a word, which names its target itself.
  static func letterSlack(_ old: String?) -> Int? {
    guard let old else { return 0 }
    let letters = old.lowercased()
    guard (1...2).contains(letters.count), letters.allSatisfy(\.isLetter) else { return nil }
    return letters.count
  }

  /// The held value with a run of its words replaced by the new words, when they are as many,
  /// all the same but one (case and marks aside), and that one re-spells its held word.
  static func alignedRun(_ new: String, in held: String, slack: Int) -> String? {
    let newWords = new.split(separator: " ").map(String.init)
    let heldWords = held.split(separator: " ").map(String.init)
    guard newWords.count >= 2, newWords.count <= heldWords.count else { return nil }
    for start in 0...(heldWords.count - newWords.count) {
      let run = heldWords[start..<(start + newWords.count)]
      let differing = zip(run, newWords).filter { folded($0.0) != folded($0.1) }
      guard differing.count == 1, let (old, word) = differing.first,
        !respellable(word, in: old, slack: slack).isEmpty
      else { continue }
      let typed =
        word == word.lowercased() && old.first?.isUppercase == true
        ? PersonName.capitaliseName(word) : word
      return heldWords.map { $0 == old ? typed : $0 }.joined(separator: " ")
    }
    return nil
  }

  /// The new value as one word of at least four letters, or nil.
  static func singleWord(_ new: String) -> String? {
    let parts = new.split(separator: " ")
    guard parts.count == 1, let word = parts.first.map(String.init),
      folded(word).count >= 4, DirectAnswer.isNameShaped(word)
    else { return nil }
    return word
  }

  /// The held words the word re-spells: the same letters with other case or marks, or a few
  /// letters apart (one in four, and the letters the person said were wrong: "sofia with an f
  /// not ph" is two apart from Sophia).
  static func respellable(_ word: String, in held: String, slack: Int = 0) -> [String] {
    let target = folded(word)
    return held.split(separator: " ").map(String.init).filter { heldWord in
      let other = folded(heldWord)
      guard other.count >= 4 else { return false }
      return EditDistance.between(target, other)
        <= max(1, min(target.count, other.count) / 4) + slack
    }
  }
}
