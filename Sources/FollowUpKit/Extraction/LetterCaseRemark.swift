/// The person's word on a name's letters: "l3dger, all lower case", "bloom & wild (no
/// capitals)". A name they say is written in small letters is written so, as they typed it,
/// where the reader would otherwise capitalise it as it capitalises any name typed in lower case.
enum LetterCaseRemark {
  /// Whether the reply says the name is written in lower case.
  static func saysLowerCase(_ text: String) -> Bool {
    let words = WordSplitter.words(text)
    let phrase = " " + words.joined(separator: " ") + " "
    return words.contains { ["lowercase", "lower-case"].contains($0) }
      || [" lower case ", " small letters ", " no capitals ", " no capital ", " no caps "]
        .contains(where: phrase.contains)
  }

  /// The name as typed in the reply, when the reply says it is written in lower case and the
  /// person typed it so; nil otherwise.
  static func typedLowerCase(_ name: String, in text: String) -> String? {
    guard saysLowerCase(text), let typed = FactReader.typedSpan(of: name, in: text),
      typed == typed.lowercased()
    else { return nil }
    return typed
  }
}

extension LetterCaseRemark {
  /// The company written in small letters, when a message after its answer says so: "fenn&fire
  /// is all small letters", "the company should be lower case". The message must name the
  /// company, by its own letters or by a word for it; a word on the letters of someone's name
  /// ("my name is all lower case") is not about the company.
  static func lowerCased(_ company: String, by text: String) -> String? {
    guard company != company.lowercased(), saysLowerCase(text) else { return nil }
    let words = WordSplitter.words(text)
    let typed = FactReader.typedSpan(of: company, in: text)
    let namesIt =
      typed != nil
      || words.contains {
        ["company", "firm", "organisation", "organization", "brand"].contains($0)
      }
    guard namesIt, !words.contains(where: { ["my", "her", "his", "their"].contains($0) }) else {
      return nil
    }
    if let typed, typed == typed.lowercased() { return typed }
    return company.lowercased()
  }
}

extension LetterCaseRemark {
  /// The name with the capital the person says it has: "shambapay, capital P" is "ShambaPay",
  /// "pasarkita (capital K)" is "PasarKita". A name typed in lower case is capitalised only at
  /// its first letter, so a capital inside it is known only from the person's word on it; the
  /// letter named must stand once in the name after its first letter, or the remark cannot
  /// say which one is meant and the name is left as read.
  static func statedCapital(_ name: String, in text: String) -> String? {
    let words = WordSplitter.words(text)
    guard
      let index = words.indices.dropLast().first(where: { at in
        ["capital", "uppercase", "upper-case"].contains(words[at])
          && words[at + 1].count == 1 && words[at + 1].allSatisfy(\.isLetter)
      })
    else { return nil }
    let letter = words[index + 1].lowercased()
    let inside = name.indices.dropFirst().filter { name[$0].lowercased() == letter }
    guard inside.count == 1, let at = inside.first, name[at].isLowercase,
      name[name.index(before: at)].isLetter
    else { return nil }
    var written = name
    written.replaceSubrange(at...at, with: name[at].uppercased())
    return written
  }
}
