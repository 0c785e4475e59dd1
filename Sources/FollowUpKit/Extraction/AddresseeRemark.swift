/// Who, among the people met, the note is for, and by what form they are to be greeted, said in
/// the answer about who interviewed: "the text is just to kylie", "The message is only for Ms
/// Naidoo", "I send only to Lorraine", "so just fern", "can address to Ir. Kumaran only", "put
/// Prof Rosnah and Dr Arun, that's how everybody call them".
///
/// Such a clause names no one new: it points at people the same answer has already named, so it
/// is taken out before the people are read (read as a list, "put Prof Rosnah and Dr Arun" added
/// two people who were met already). It is read by its shape, on one clause at a time:
/// - a note said to be for someone, with "only" or "just": "the text is just to kylie", "its
///   only for X", "only for X";
/// - a verb of sending or addressing with "only" or "just" beside the person: "I send only to
///   Lorraine", "address to Ir. Kumaran only";
/// - "just" or "only" with nothing but a name after it, the whole clause: "so just fern";
/// - a verb of writing a form, with no marker: "put Prof Rosnah and Dr Arun", "address him as
///   Mr Tan" (a form asked for, not a choice among the people).
///
/// Who the words point at is resolved against the people read (`resolved`): a remark that points
/// at no one held, or at one of several alike, changes nothing and is read as before.
struct AddresseeRemark: Hashable, Sendable {
  /// Each person pointed at, as typed ("Ir. Kumaran", "kylie", "Prof Rosnah").
  var named: [String]
  /// Whether the note is for these people only ("only", "just"): the others met get none.
  var only: Bool
  /// The answer without the clause that said it.
  var rest: String

  /// The first clause of `text` shaped as such a remark, or nil.
  static func read(_ text: String) -> AddresseeRemark? {
    guard text.count <= 400 else { return nil }
    let clauses = clauseRanges(text)
    // A remark in a one-clause answer names people the answer does not: nothing to point at.
    guard clauses.count >= 2 else { return nil }
    for range in clauses {
      let clause = String(text[range])
      guard let (named, only) = reading(clause) else { continue }
      var rest = text
      rest.replaceSubrange(range, with: "")
      return AddresseeRemark(named: named, only: only, rest: rest)
    }
    return nil
  }

  /// The people the remark points at, by index into `people`, or nil when any form named points
  /// at no one held or at several alike.
  func resolved(in people: [PersonName]) -> [Int]? {
    var found: [Int] = []
    for form in named {
      guard let index = Conversation.heldPerson(named: form, in: people), !found.contains(index)
      else { return nil }
      found.append(index)
    }
    return found.isEmpty ? nil : found
  }

  /// `people` as the remark leaves them: only those pointed at when it says "only", each
  /// greeted by the form typed when that form has a title or more than one word ("Ir.
  /// Kumaran", "Prof Rosnah": the person asked for it; a titles-stacked "Prof Dr Rosnah" built
  /// from the name is never as they would write it). Nil when it points at no one held.
  func applied(to people: [PersonName]) -> [PersonName]? {
    guard let indices = resolved(in: people) else { return nil }
    var people = people
    for (index, form) in zip(indices, named) {
      let words = form.split(separator: " ").map(String.init)
      if words.count >= 2 {
        people[index].greetAs = words.map(Self.asTyped).joined(separator: " ")
      }
    }
    return only ? indices.map { people[$0] } : people
  }

  /// A word of the form as it will be written: "ir." stays "Ir."; a name typed in lower case
  /// gets its capitals.
  private static func asTyped(_ word: String) -> String {
    let bare = word.trimming(",;:!?\"'()“”‘’")
    guard bare == bare.lowercased() else { return bare }
    if let title = PersonName.titles[bare.trimming(".").lowercased()] {
      return bare.hasSuffix(".") ? title + "." : title
    }
    return PersonName.capitaliseName(bare)
  }

  /// Words that open a clause before what it says: "so just fern", "can address to ...".
  static let openers: Set<String> = [
    "so", "and", "but", "please", "pls", "plz", "can", "could", "you", "u", "i", "we", "will",
    "would", "want", "wanna", "to", "ok", "okay", "actually", "then", "also",
  ]

  /// Nouns and pronouns for the note itself: "the text is just to kylie".
  static let noteWords: Set<String> = [
    "text", "message", "msg", "note", "email", "mail", "card", "letter", "it", "its", "it's",
    "this", "one",
  ]

  /// Verbs that send a note to someone or address it.
  static let sendingVerbs: Set<String> = [
    "send", "sending", "address", "addressed", "write", "writing", "email", "message", "text",
  ]

  /// Verbs that ask for a form of the greeting: "put Prof Rosnah", "use Dr Arun".
  static let formVerbs: Set<String> = ["put", "use"]

  /// What one clause says: the forms pointed at and whether the note is for them only.
  static func reading(_ clause: String) -> (named: [String], only: Bool)? {
    var typed = clause.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(
      String.init)
    var lower: [String] { typed.map { $0.lowercased().trimming(",.;:!?\"'()“”‘’") } }
    while let first = lower.first, openers.contains(first), typed.count > 1 {
      typed.removeFirst()
    }
    var marked = false
    var start = 0
    let words = lower
    guard !words.isEmpty else { return nil }
    // "the text is ...", "this message is ...": the note named with its determiner.
    if words.count >= 2, ["the", "my", "this", "that"].contains(words[0]),
      noteWords.contains(words[1])
    {
      typed.removeFirst()
      return reading(typed.joined(separator: " "))
    }
    func isMarker(_ word: String) -> Bool { word == "only" || word == "just" }
    if isMarker(words[0]), words.count >= 2, !["to", "for"].contains(words[1]) {
      // "just fern", "only fern": the whole clause is the marker and a name.
      marked = true
      start = 1
      // "only fern is on linkedin" says something of fern; it picks no one.
      if words.dropFirst().contains(where: { ["is", "isnt", "isn't", "was", "has"].contains($0) }) {
        return nil
      }
    } else if noteWords.contains(words[0]) {
      // "the text is just to kylie", "its only for Ms Naidoo".
      var at = 1
      if words[0] != "its", words[0] != "it's" {
        guard at < words.count, ["is", "s", "will"].contains(words[at]) else { return nil }
        at += 1
        if at < words.count, words[at] == "be" { at += 1 }
      }
      guard at < words.count, isMarker(words[at]) else { return nil }
      marked = true
      at += 1
      guard at < words.count, ["to", "for"].contains(words[at]) else { return nil }
      start = at + 1
    } else if isMarker(words[0]), words.count >= 3, ["to", "for"].contains(words[1]) {
      // "only for X", "just to X".
      marked = true
      start = 2
    } else if sendingVerbs.contains(words[0]) || formVerbs.contains(words[0]) {
      // "send only to Lorraine", "address to Ir. Kumaran only", "put Prof Rosnah and Dr Arun".
      var at = 1
      while at < words.count,
        ["it", "this", "the", "note", "one", "only", "just", "to", "as"]
          .contains(words[at])
      {
        if isMarker(words[at]) { marked = true }
        at += 1
      }
      start = at
      if !marked, !formVerbs.contains(words[0]) {
        guard words.last.map(isMarker) == true else { return nil }
      }
    } else {
      return nil
    }
    var end = words.count
    if end > start, isMarker(words[end - 1]) {
      marked = true
      end -= 1
    }
    guard end > start else { return nil }
    // The people pointed at, split where "and" or "&" joins them.
    var named: [String] = []
    var current: [String] = []
    for index in start..<end {
      if ["and", "&"].contains(words[index]) {
        named.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(typed[index].trimming(",;:!?\"'()“”‘’"))
      }
    }
    named.append(current.joined(separator: " "))
    // A form is a name of a few words; "put" a whole sentence is something else.
    guard named.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 3 }) else {
      return nil
    }
    // "put" and "use" ask for a form: only a form with a title or more than one word.
    if !marked, !named.allSatisfy({ $0.split(separator: " ").count >= 2 }) { return nil }
    // "just send" with more than one person is no choice of one.
    if marked, named.count > 1 { return nil }
    // "kylie." ends a sentence; the stop of "Ir. Kumaran" stays.
    return (named.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }, marked)
  }

  /// The clauses of an answer: between commas, semicolons, and full stops that end a sentence
  /// (not the stop of an abbreviated title, "Ir. Kumaran", "Dr. Zhao": a short capitalised word).
  static func clauseRanges(_ text: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      var ends = ",;!?\n".contains(character)
      if character == ".",
        text.index(after: index) == text.endIndex
          || text[text.index(after: index)] == " "
      {
        let word = text[start..<index].split(separator: " ").last ?? ""
        // "HR. can address ...": an acronym in capitals ends its sentence like any word.
        let next = text[text.index(after: index)...].split(separator: " ").first
        let abbreviated =
          word.first?.isUppercase == true && word.uppercased() != word
          && (PersonName.titles[word.lowercased()] != nil || word.count <= 2)
          && next?.first?.isUppercase == true
        ends = !abbreviated
      }
      if ends {
        ranges.append(start..<text.index(after: index))
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    if start < text.endIndex { ranges.append(start..<text.endIndex) }
    return ranges.filter { !String(text[$0]).trimming(" ").isEmpty }
  }
}
