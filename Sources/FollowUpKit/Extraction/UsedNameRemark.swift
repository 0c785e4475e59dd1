/// The person's own word on which name to use: "in the UK I use Hana Kobayashi", "in english i
/// use Khoa Nguyen", "Oluwaseun on paper so use that", "please use Dee".
///
/// A name answer often holds two forms of the name and a word on which one is meant. Earlier
/// rounds read the order ("family name first") or the fuller form and ignored the instruction,
/// so "Kobayashi Hana ... in the UK I use Hana Kobayashi" was signed "Kobayashi Hana" and "seun
/// adeyemi-bakare, Oluwaseun on paper so use that" was signed "Seun". An instruction is positive
/// evidence and beats every reading of the words before it: the form after "use" (or, for "use
/// that", the name the clause opens with) is the name; a single word that re-spells a part of
/// the name held (a fuller "Oluwaseun" for "Seun") replaces that part, and a single word that
/// does not is the name to sign with.
enum UsedNameRemark {
  /// The name a remark says to use, or nil when it says none.
  ///
  /// ```swift
  /// UsedNameRemark.name(in: "in the UK I use Hana Kobayashi")?.full  // "Hana Kobayashi"
  /// ```
  static func name(in remark: String) -> PersonName? {
    let words = remark.split(separator: " ").map { String($0).trimming(".,!;:") }
    let lower = words.map { $0.lowercased() }
    guard let use = lower.firstIndex(where: { ["use", "using"].contains($0) }) else { return nil }
    // "use that", "so use this one": the name the clause opened with.
    let after = Array(words[(use + 1)...])
    if let first = after.first?.lowercased(), ["that", "this", "it", "those"].contains(first) {
      let opening = Array(words[..<use].prefix { !isSentenceWord($0) })
      guard !opening.isEmpty, VouchedName.isName(atQuestion: opening) else { return nil }
      return DirectAnswer.namePart(opening)
    }
    // "I use X", "pls use X": the words that ask come before; nothing but asking may.
    let before = lower[..<use].filter { !placeWords.contains($0) }
    guard before.allSatisfy(askingWords.contains) else { return nil }
    var form = Array(after.prefix { !isSentenceWord($0) })
    while let first = form.first?.lowercased(), ["my", "the", "just", "only"].contains(first) {
      form.removeFirst()
    }
    while form.count > 1, let last = form.last?.lowercased(),
      ["only", "please", "pls"].contains(last)
    {
      form.removeLast()
    }
    guard !form.isEmpty, VouchedName.isName(atQuestion: form) else { return nil }
    return DirectAnswer.namePart(form)
  }

  /// The name held with the form asked for applied, and the name to sign with when the form is
  /// another name altogether.
  static func applied(_ form: PersonName, to held: PersonName) -> (
    name: PersonName, signOff: PersonName?
  ) {
    let words = form.fullWords
    guard words.count == 1, let only = words.first else { return (form, nil) }
    let new = CorrectionReader.folded(only)
    // "Oluwaseun" for "Seun", "Katarzyna" for "Kasia" is no re-spelling: only a part the word
    // holds or re-spells changes.
    var name = held
    if let given = held.given, respells(new, CorrectionReader.folded(given)) {
      name.given = only
      return (name, nil)
    }
    if let family = held.family, respells(new, CorrectionReader.folded(family)) {
      name.family = only
      return (name, nil)
    }
    return (held, form)
  }

  private static func respells(_ new: String, _ part: String) -> Bool {
    guard new.count >= 2, part.count >= 2, new != part else { return false }
    // A fuller form ("Oluwaseun" for "Seun") or a re-spelling replaces the part; a shorter one
    // ("Dee" for "Deepika") is a form to sign with.
    return new.count > part.count && (new.hasSuffix(part) || new.hasPrefix(part))
      || EditDistance.between(new, part) <= max(1, min(new.count, part.count) / 4)
  }

  private static func isSentenceWord(_ word: String) -> Bool {
    let lower = word.lowercased()
    return DirectAnswer.sentenceWords.contains(lower) && !["i"].contains(lower)
      || ["on", "in", "at", "for", "please", "pls", "instead"].contains(lower)
  }

  /// Words that may ask before "use": "i use", "please use", "so you can use".
  static let askingWords: Set<String> = [
    "i", "please", "pls", "plz", "so", "can", "you", "could", "just", "and", "but", "always",
    "usually", "normally", "professionally", "prefer", "to", "would", "like", "rather", "we",
  ]

  /// Words that say where the form is used: "in the UK", "in english", "at work".
  static let placeWords: Set<String> = [
    "in", "the", "uk", "us", "english", "england", "britain", "here", "at", "work", "for", "on",
    "paper", "officially", "australia", "canada", "america", "usa", "ireland", "writing",
  ]
}
