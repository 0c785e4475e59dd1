/// The order a person asks their own name to be written in: "Tanaka Yui. Tanaka is family
/// name, so Yui Tanaka in English", "Tóth Eszter (Eszter Tóth in English order)", "Kim Minji,
/// put my given name first".
///
/// A name given family name first and then asked for in the other order is signed as asked:
/// the note is in English, and the person said how it reads there. The request needs words
/// that ask for the note's order ("in English", "western order", "I write it", "given name
/// first"), so a name merely said twice, or said in another country's order ("Sato Hiroshi in
/// Japan order"), changes nothing; the order is then taken from the name said again, or, with none, the
/// given name is put first.
enum NameOrder {
  /// The name as the person asked it to be written, or nil when they asked nothing of its order.
  ///
  /// ```swift
  /// let name = PersonName(parsing: "Tóth Eszter")!
  /// NameOrder.requested("Tóth Eszter (Eszter Tóth in English order)", name: name)?.full
  /// // "Eszter Tóth"
  /// ```
  static func requested(_ text: String, name: PersonName) -> PersonName? {
    let typed = name.full.split(separator: " ").map(String.init).filter {
      PersonName.titles[$0.lowercased().trimming(".")] == nil
    }
    guard typed.count >= 2 else { return nil }
    let words = text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map {
      $0.lowercased()
    }
    // "Park Ji-woo (Park is surname, so Ji-woo Park on linkedin)": naming the family name and
    // then saying the name again with it last asks for that order, as "in English" does.
    let named = namedFamily(words)
    let family = named?.word
    let asks = asksOrder(words)
    guard asks || named != nil else { return nil }
    let held = typed.map { CorrectionReader.folded($0) }
    // The name said again after the words that ask for the order is the one they ask for
    // ("Nguyen Thi Lan — Nguyen is family name, in english order Lan Nguyen"): the words
    // before them run the name typed into the remark on it.
    // Without such words, only a name said after the remark naming the family name counts.
    let cue =
      words.firstIndex { ["english", "western"].contains($0) }.map { $0 + 1 }
      ?? (asks ? 0 : named?.end ?? 0)
    let after = words.dropFirst(cue).map { CorrectionReader.folded($0) }
    let folded = after.count >= 2 || !asks ? after : words.map { CorrectionReader.folded($0) }
    // The name said again in another order: that order is the one to write.
    if folded.count >= held.count {
      for start in 0...(folded.count - held.count) {
        let run = Array(folded[start..<(start + held.count)])
        guard run != held, run.sorted() == held.sorted(), asks || run.last == family else {
          continue
        }
        let ordered = run.compactMap { word in typed.first { CorrectionReader.folded($0) == word } }
        guard ordered.count == typed.count, let family = ordered.last else { return nil }
        return PersonName(
          title: name.title, given: ordered.dropLast().joined(separator: " "), family: family)
      }
    }
    // "Nguyen Thi Lan ... in english order Lan Nguyen": a shorter form said in another order
    // is the name as the person writes it in English.
    guard asks else { return nil }
    if folded.count >= 2, held.count >= 3 {
      for length in stride(from: held.count - 1, through: 2, by: -1) where folded.count >= length {
        for start in 0...(folded.count - length) {
          let run = Array(folded[start..<(start + length)])
          let places = run.compactMap { held.firstIndex(of: $0) }
          guard places.count == run.count, Set(places).count == run.count,
            places != places.sorted()
          else { continue }
          let ordered = places.map { typed[$0] }
          guard let family = ordered.last else { return nil }
          return PersonName(
            title: name.title, given: ordered.dropLast().joined(separator: " "), family: family)
        }
      }
    }
    // "put my given name first": the given name held, or else the last word typed, goes first.
    guard words.contains("first") else { return nil }
    if name.familyFirst == true, let given = name.given, let family = name.family {
      return PersonName(title: name.title, given: given, family: family)
    }
    guard let last = typed.last else { return nil }
    return PersonName(
      title: name.title, given: last, family: typed.dropLast().joined(separator: " "))
  }

  /// Words that ask for an order: "in English (order)", "western order", "given name first",
  /// "I write it ...".
  /// The word the person says is their family name ("Park is surname", "Tanaka is my family
  /// name"), folded, and where the remark ends; nil when they name none.
  static func namedFamily(_ words: [String]) -> (word: String, end: Int)? {
    for index in words.indices.dropFirst() where words[index] == "is" {
      var next = index + 1
      if next < words.count, ["my", "the"].contains(words[next]) { next += 1 }
      guard next < words.count else { continue }
      let noun = words[next]
      if noun == "surname" { return (CorrectionReader.folded(words[index - 1]), next + 1) }
      if next + 1 < words.count, ["family", "last"].contains(noun), words[next + 1] == "name" {
        return (CorrectionReader.folded(words[index - 1]), next + 2)
      }
    }
    return nil
  }

  static func asksOrder(_ words: [String]) -> Bool {
    let joined = " " + words.joined(separator: " ") + " "
    // "Sato Hiroshi in Japan order" tells how the name reads elsewhere: information, not a
    // request, so "order" alone asks nothing; the order of the note's own language does
    // ("english name Tina" is another name, not an order).
    return [
      " in english ", " english order ", " western ", " write it ", " given name first ",
      " first name first ",
      " first name goes first ", " put my first name first ",
    ].contains(where: joined.contains)
  }
}
