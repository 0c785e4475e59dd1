/// A correction that says which word of a name is the family name or the given name: "its Tan
/// Mei Ling, Tan is surname", "wong is the surname so it should be mr wong", "minh is his first
/// name, nguyen is the surname".
///
/// The remark is about the order of a name, not a new spelling: the name the correction gives
/// (or, with none, the name already held) is re-read with it, so "Tan" becomes the family name of
/// "Tan Mei Ling" rather than a surname pasted after the held "Mei Ling Tan". Each clause is read
/// on its own (`GivenNameRemark`), so "minh is his first name, nguyen is the surname" reads as
/// two remarks that agree rather than one that names the first word it finds.
extension CorrectionReader {
  /// `name` re-read with each clause of `text` that says which of its words is given or family;
  /// nil when no clause says so or the order is the one it already has.
  static func ordered(_ name: PersonName, by text: String) -> PersonName? {
    // Each remark in turn: "minh is his first name, nguyen is the surname" of "Nguyen Van
    // Minh" leaves "Nguyen" the family name, not "Nguyen Van".
    var result = name
    for clause in clausesOf(text) where isOrderRemark(clause) {
      guard let ordered = GivenNameRemark.given(in: clause, of: result) else { continue }
      result = ordered
      result.job = name.job
      result.greetAs = name.greetAs
    }
    return result.given == name.given && result.family == name.family
      && result.familyFirst == name.familyFirst ? nil : result
  }

  /// Whether a clause says of a word that it is a part of a name: "Tan is surname", "wei is my
  /// first name", "nguyen is the family name". "my surname is Okafor" and "olga's surname is
  /// Reid" name a new value instead: the part noun comes before the copula there.
  static func isOrderRemark(_ clause: String) -> Bool {
    let words = Self.words(clause).map(\.lower)
    let determiners: Set<String> = ["my", "the", "his", "her", "their"]
    return words.indices.dropFirst().contains { index in
      guard ["is", "'s"].contains(words[index]) else { return false }
      var next = index + 1
      if next < words.count, determiners.contains(words[next]) { next += 1 }
      guard next < words.count else { return false }
      if words[next] == "surname" { return true }
      return next + 1 < words.count && words[next + 1] == "name"
        && ["first", "given", "family", "last"].contains(words[next])
    }
  }

  /// A held name put in the order a remark gives it, when the message names no new one: the
  /// person's own (the remark said of "my" name) or one interviewer's.
  func heldNameOrder(_ text: String) -> Correction? {
    let lower = Self.words(text).map(\.lower)
    if lower.contains("my"), let name = known.name, let ordered = Self.ordered(name, by: text) {
      return .name(ordered)
    }
    guard var people = known.interviewers else { return nil }
    for (index, person) in people.enumerated() {
      guard let ordered = Self.ordered(person, by: text) else { continue }
      people[index] = ordered
      return .interviewers(people)
    }
    return nil
  }

  /// The reading of a message that remarks on a name's order: a name it gives that holds every
  /// word of the one held ("its Tan Mei Ling, Tan is surname" for "Mei Ling Tan") is re-read
  /// with the remark; else the held name is put in the remark's order ("wong is the surname so
  /// it should be mr wong" read as "Mr Wong" would lose "Kar Ho").
  func ordering(_ read: Correction?, in text: String) -> Correction? {
    guard let held = heldNameOrder(text) else {
      return read.map { withNameOrder($0, in: text) }
    }
    let restated: Bool
    switch (read, held) {
    case (.name(let new)?, .name):
      restated = known.name.map { Self.restates(new, $0) } ?? false
    case (.interviewers(let new)?, .interviewers):
      let old = known.interviewers ?? []
      restated = new.contains { person in
        !old.contains(person) && old.contains { Self.restates(person, $0) }
      }
    default: restated = false
    }
    return restated ? read.map { withNameOrder($0, in: text) } : held
  }

  /// Whether `new` says every word of `held` again, in any order.
  static func restates(_ new: PersonName, _ held: PersonName) -> Bool {
    let newWords = Set(new.fullWords.map(folded))
    return held.fullWords.count >= 1 && held.fullWords.map(folded).allSatisfy(newWords.contains)
  }

  /// The correction with each name it gives re-read with the message's remark on their order.
  func withNameOrder(_ correction: Correction, in text: String) -> Correction {
    switch correction {
    case .name(let name): return .name(Self.ordered(name, by: text) ?? name)
    case .interviewers(let people):
      let held = known.interviewers ?? []
      return .interviewers(
        people.map { person in
          held.contains(person) ? person : Self.ordered(person, by: text) ?? person
        })
    default: return correction
    }
  }
}
