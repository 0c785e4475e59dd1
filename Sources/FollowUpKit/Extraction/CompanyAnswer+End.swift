/// Where a reply to "Which company?" stops naming the company.
///
/// People answer the company question the way they chat, and the name is only part of what
/// they type: "braeside care home its in inverness", "um pret a manger", "the company's
/// Polpharma", "Tata Consultancy Services (TCS) chennai office", "so its 'the good loaf co.' a
/// bakery in brixton". Read whole, the clause and the frame became words of the name ("Braeside
/// Care Home Its", "Um Pret A Manger", "Company's Polpharma"). A name is a noun phrase, so it
/// ends by sentence shape: where a clause begins (a subject pronoun or a possessive after the
/// name's first word), before an initialism in brackets that only abbreviates the words before
/// it, and before the office or branch it was at; a discourse word or a "the company's" frame
/// before it is no part of it. A name the person set apart in quotes is the name, whatever its
/// words.
extension CompanyAnswer {
  /// The reply with what is not the company's name set aside: the quoted name when the person
  /// quoted one, otherwise the reply from its first name word to where the name ends.
  ///
  /// ```swift
  /// CompanyAnswer.nameOnly("braeside care home its in inverness")  // "braeside care home"
  /// CompanyAnswer.nameOnly("um pret a manger, the one at kings cross")
  /// // "pret a manger, the one at kings cross"
  /// ```
  static func nameOnly(_ text: String) -> String {
    if let quoted = quotedName(text) { return quoted }
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    // "i put karen didnt i, its aldi", "my wee one grabbed the phone": a reply that opens as a
    // sentence is read as one, by the correction and remark readers.
    guard words.count >= 2, let opening = words.first.map(plain),
      !DirectAnswer.clauseWords.contains(opening) || openers.contains(opening)
    else { return text }
    let lower = { (index: Int) in plain(words[index]) }
    // "um pret a manger", "oh Monzo": a hesitation before a word that is not a name's joining
    // word only opens the reply; "so its ...", "well it was ...": a discourse word before an
    // opener does too.
    var changed = true
    while changed, words.count >= 2 {
      changed = false
      let next = plain(words[1])
      // "Sorry, correction: ...": a word set off by a comma is read with what follows.
      // "HM Revenue & Customs": a word typed in capitals is a name's, never a hesitation
      // (tuning 38's by028 printed "Revenue & Customs").
      let capitals = words[0].count >= 2 && words[0].allSatisfy(\.isUppercase)
      let opens =
        hesitations.contains(lower(0)) && !capitals && !["and", "&", "of", "n"].contains(next)
        || ["so", "well"].contains(lower(0)) && openers.contains(next)
      if opens, !words[0].hasSuffix(",") {
        words.removeFirst()
        changed = true
      }
    }
    // "the company's Polpharma", "company's emag": an organisation noun with "'s" before a
    // name is "the company is", a frame, not the name's first word.
    if let frame = words.firstIndex(where: { word in
      let key = plain(word).replacingOccurrences(of: "’", with: "'")
      return key.hasSuffix("'s") && kindWords.contains(String(key.dropLast(2)))
    }), frame <= 1, frame + 1 < words.count,
      words[..<frame].allSatisfy({ plain($0) == "the" })
    {
      words.removeFirst(frame + 1)
    }
    // The name is in the first clause; what follows a comma or a full stop ("infosys bpm,
    // pune. btw can you sign it Adi") is left for the other readers.
    let end =
      words.firstIndex(where: { $0.count > 1 && ",;.!?".contains($0.last ?? " ") })
      .map { $0 + 1 } ?? words.count
    var head = Array(words[..<end])
    let mark = head.last.flatMap { word in ",;.!?".contains(word.last ?? " ") ? word.last : nil }
    if mark != nil, let last = head.last { head[head.count - 1] = String(last.dropLast()) }
    // "sorry po my surname is ...": what opens on an interjection, or as a sentence once the
    // hesitation is set aside, is talk for the other readers too.
    guard let opening = head.first.map(plain), !FieldShape.interjections.contains(opening),
      !DirectAnswer.clauseWords.contains(opening) || openers.contains(opening)
    else { return text }
    var name = placeCut(officeCut(clauseCut(withoutAbbreviation(head))))
    guard !name.isEmpty else { return text }
    if let mark, let last = name.last { name[name.count - 1] = last + String(mark) }
    return (name + words[end...]).joined(separator: " ")
  }

  /// A name the person put in quotes: "so its 'the good loaf co.' a bakery in brixton". The
  /// quote opens at a word's start and closes at a word's end, so an apostrophe inside a word
  /// ("st aidan's") is never one.
  static func quotedName(_ text: String) -> String? {
    let quotes: [(Character, Character)] = [("'", "'"), ("\"", "\""), ("‘", "’"), ("“", "”")]
    let characters = Array(text)
    for (open, close) in quotes {
      guard
        let start = characters.indices.first(where: { index in
          characters[index] == open && (index == 0 || characters[index - 1] == " ")
        })
      else { continue }
      var end = start + 1
      while end < characters.count {
        let atWordEnd =
          end + 1 == characters.count || " ,.;:!?".contains(characters[end + 1])
        if characters[end] == close, atWordEnd, end > start + 1,
          characters[end - 1] != " "
        {
          let inside = String(characters[(start + 1)..<end]).trimming(" ")
          let count = inside.split(separator: " ").count
          guard (1...8).contains(count), inside.contains(where: \.isLetter) else { break }
          return inside
        }
        end += 1
      }
    }
    return nil
  }

  /// The words without an initialism in brackets that abbreviates the capitalised words just
  /// before it: "Tata Consultancy Services (TCS)" is the firm's name, the bracket its short
  /// form. A bracket that adds to the name ("Caring Hands (Fife)") stays.
  static func withoutAbbreviation(_ words: [String]) -> [String] {
    guard let index = words.firstIndex(where: { $0.hasPrefix("(") }), index > 0 else {
      return words
    }
    let inside = words[index].trimming("(),.")
    guard words[index].hasSuffix(")") || words[index].hasSuffix("),"), inside.count >= 2,
      inside.allSatisfy({ $0.isLetter && $0.isUppercase })
    else { return words }
    let initials = words[..<index].filter { !joiningWords.contains($0.lowercased()) }
      .compactMap(\.first).map { Character($0.uppercased()) }
    var letters = inside[...]
    for initial in initials where letters.first == initial { letters.removeFirst() }
    guard letters.isEmpty, initials.first == inside.first else { return words }
    var result = words
    result.remove(at: index)
    return result
  }

  /// The words up to a clause that follows the name: "braeside care home its in inverness",
  /// "wee stars my wee one grabbed it". A subject pronoun or a possessive typed in lower case
  /// after the name's first word begins a sentence of its own, unless a joining word ("You &
  /// Me Childcare") ties it into the name.
  static func clauseCut(_ words: [String]) -> [String] {
    let clauseOpeners = FieldShape.subjects.union(FieldShape.possessives).union(["its"])
      .subtracting(["us", "me", "him", "them", "her"])
    for index in words.indices.dropFirst() {
      let word = words[index]
      guard word == word.lowercased(), clauseOpeners.contains(plain(word)) else { continue }
      let before = plain(words[index - 1])
      if joiningWords.contains(before) || before == "n" { continue }
      // "called we buy any car": what follows a naming verb is the name, whatever its words.
      if ["called", "named"].contains(before) { return words }
      // "university of leicester like i said", "as we discussed": the word that joins the
      // clause to the reply is the clause's, not the name's last word.
      if index > 1, ["like", "as"].contains(before), words[index - 1] == before {
        return Array(words[..<(index - 1)])
      }
      return Array(words[..<index])
    }
    return words
  }

  /// The words before the office, branch or base of the firm the person went to: "Tata
  /// Consultancy Services chennai office", "bol.com the utrecht office". Where in the firm the
  /// interview was is no part of its name; the place word before the noun goes with it.
  static func officeCut(_ words: [String]) -> [String] {
    guard words.count >= 3, let last = words.last.map(plain), premises.contains(last) else {
      return words
    }
    // One word of place ("chennai office", "the utrecht office"): two may be the name's own
    // ("royal mail delivery office").
    var start = words.count - 1
    while start > 1, start == words.count - 1 || plain(words[start - 1]) == "the" {
      let word = plain(words[start - 1])
      guard words[start - 1] == words[start - 1].lowercased(),
        !OrganisationNouns.inNames.contains(word), !joiningWords.contains(word) || word == "the"
      else { break }
      start -= 1
    }
    // "the post office": the noun is the name's own when nothing before it names a firm.
    guard start < words.count - 1,
      words[..<start].contains(where: { !openers.contains(plain($0)) })
    else { return words }
    return Array(words[..<start])
  }

  /// The words before a town typed after the kind of place the firm is: "ellery blake
  /// solicitors bradford", "the grand harbour hotel southampton". A name typed in lower case
  /// ends on its kind noun; one more word, no word of a name's ("Ltd", "Trust", "Centre"),
  /// says where it is, as a form's address line would. "nhs" after "hospital" is the service's
  /// label, which comes before the trust's noun when it is part of a name ("... NHS Foundation
  /// Trust") and qualifies nothing at the end. The kind noun must follow the name's own words
  /// ("hotel du vin" is a name that opens on its kind).
  static func placeCut(_ words: [String]) -> [String] {
    guard words.count >= 3, let last = words.last, last == last.lowercased(),
      last.allSatisfy(\.isLetter)
    else { return words }
    let kind = plain(words[words.count - 2])
    let word = plain(last)
    guard townedKinds.contains(kind),
      !OrganisationNouns.inNames.contains(word) || word == "nhs",
      !joiningWords.contains(word), !premises.contains(word),
      !words[..<(words.count - 2)].allSatisfy({ openers.contains(plain($0)) })
    else { return words }
    return Array(words.dropLast())
  }

  /// The company without the place typed after it in lower case: "The Strathglass Hotel Near
  /// Beauly" is the Strathglass Hotel, "H&M on Oxford St" is H&M (tuning 32's bm003 was
  /// thanked for "the role at The Strathglass Hotel Near Beauly"). A preposition the person
  /// capitalised is the name's own ("Hotel On The Square"), as is a place the person wrote
  /// with capitals ("Co-op on Leith Walk"); and a preposition counts after the name's first
  /// word only, never as its first ("On Point Media").
  static func withoutLocation(_ company: String, typed: String) -> String {
    let words = company.split(separator: " ").map(String.init)
    let said = Set(typed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init))
    guard
      let cut = words.indices.dropFirst().first(where: { index in
        let word = words[index].lowercased()
        guard locationWords.contains(word), said.contains(word), !said.contains(word.capitalized),
          index + 1 < words.count
        else { return false }
        // "Co-op on Leith Walk": a place the person capitalised they wrote as the name's.
        let next = words[index + 1]
        return !said.contains(next) || next == next.lowercased()
      })
    else { return company }
    return words[..<cut].joined(separator: " ")
  }

  /// Prepositions that say where a place is, after its name.
  static let locationWords: Set<String> = ["near", "on", "opposite", "off"]

  /// Kinds of place that end a name and are told apart by their town on a form or a sign
  /// ("... Hotel Southampton", "... Solicitors Bradford"); a kind that is a name's modifier
  /// ("care" in "care home") is not one.
  static let townedKinds: Set<String> = [
    "hospital", "hotel", "solicitors", "clinic", "hospice", "museum",
  ]

  /// Whether the person introduced `company` as a name: after "called" or "named", or in
  /// quotes.
  static func isNamed(_ company: String, in text: String) -> Bool {
    let key = CorrectionReader.folded(company)
    guard !key.isEmpty else { return false }
    if let quoted = quotedName(text), CorrectionReader.folded(quoted).hasSuffix(key) {
      return true
    }
    let words = text.split(separator: " ").map(String.init)
    return words.indices.contains { index in
      ["called", "named"].contains(plain(words[index]))
        && CorrectionReader.folded(words[(index + 1)...].joined(separator: " ")).hasPrefix(key)
    }
  }

  /// Nouns for the part of a firm's premises where an interview is held.
  static let premises: Set<String> = [
    "office", "offices", "branch", "base", "site", "campus", "depot",
  ]

  /// Hesitations and discourse openers before an answer: "um pret a manger", "oh monzo". A
  /// chat word that may be a name's ("ty", Welsh for house, is also "thank you") is not one.
  static let hesitations: Set<String> = Set(Lexicon.hesitations).union([
    "oh", "ok", "okay", "right", "anyway",
  ])

  private static func plain(_ word: String) -> String {
    word.lowercased().trimming(",.!?;:\"")
  }
}
