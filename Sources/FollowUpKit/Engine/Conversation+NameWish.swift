/// "sorry my name is Ramírez with accent, and second surname Ortega, Jorge Luis Ramírez Ortega",
/// said at any question after the name was given.
extension Conversation {
  /// The person's own wish on their name, said at a later question, as a correction of the name
  /// (or of the sign-off) held: it wins over every earlier reading, and over a reading of the same
  /// message as a correction of one word of it. Only a form that says the held name again (a
  /// word in common, marks aside) is the person's own: a name with nothing in common is someone
  /// else's, and "sign the contract" names no one.
  func nameWishCorrection(_ text: String) -> Correction? {
    guard let held = facts.name, let wish = NameWish.read(text, held: held) else { return nil }
    let heldWords = Set(held.fullWords.map(CorrectionReader.folded))
    let wished = wish.form.fullWords.map(CorrectionReader.folded)
    // "can you sign the note as Lena": how to sign may be any name the person goes by, said
    // with a cue of signing (the form vouched by its capitals, `NameWish`); a fuller or other
    // form of the name itself must say again a word of the name held.
    // The signing must be of the note ("sign it", "sign the note as", "sign off as"): "wanting to
    // sign more artists from Asia" told of the interview signs nothing (tuning 39's ca046).
    let lower = " " + text.lowercased() + " "
    let signsNote = [
      " sign it ", " sign as ", " sign off ", " sign the note", " sign the message", " sign with ",
      " sign the email", " sign the card", " sign me ", " sign it as ",
    ].contains(where: lower.contains)
    guard wish.use == .signOff && (signsNote || wish.placed) || !heldWords.isDisjoint(with: wished)
    else {
      return nil
    }
    switch wish.use {
    case .signOff:
      return wish.form.full == facts.signOff?.full ? nil : .signOff(wish.form)
    case .name where wish.statedParts:
      // "first name is Ji-woo, family name Park" of "Park Ji-woo": the parts named, in the
      // order the name held is written.
      guard let given = wish.form.given, let family = wish.form.family else { return nil }
      let familyFirst =
        (held.familyFirst == true ? held.family : held.given)
        .flatMap { $0.split(separator: " ").first }.map { CorrectionReader.folded(String($0)) }
        == family.split(separator: " ").first.map { CorrectionReader.folded(String($0)) }
      let named = PersonName(
        title: held.title, given: given, family: family, familyFirst: familyFirst ? true : nil)
      return named.full == held.full && named.given == held.given ? nil : .name(named)
    case .given:
      if let reordered = NameWish.given(wish.form, in: held), reordered != held {
        return .name(reordered)
      }
      // "people call me mwangi" of "Peter Mwangi Njoroge": a part inside the name is the one
      // the person goes by, so the note is signed with it.
      guard !NameWish.isGiven(wish.form, of: held), wish.form.full != facts.signOff?.full else {
        return nil
      }
      return .signOff(wish.form)
    case .name:
      // "my surname please write Al-Khateeb with hyphen": a one-word form the message says is
      // the surname is the surname written anew, never the given name to sign with (tuning
      // 26's ba044 was signed "Al-Khateeb").
      if wish.form.fullWords.count == 1, held.familyFirst != true, held.family != nil,
        Self.namesSurname(text)
      {
        let named = PersonName(title: held.title, given: held.given, family: wish.form.full)
        return named.full == held.full ? nil : .name(named)
      }
      let applied = NameWish.applied(wish.form, to: held)
      if let sign = applied.signOff { return .signOff(sign) }
      return applied.name.full == held.full ? nil : .name(applied.name)
    }
  }

  /// Whether a message speaks of the surname: "surname", "family name", "last name".
  static func namesSurname(_ text: String) -> Bool {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    return words.indices.contains { index in
      words[index] == "surname"
        || ["family", "last"].contains(words[index]) && words.dropFirst(index + 1).first == "name"
    }
  }
}
