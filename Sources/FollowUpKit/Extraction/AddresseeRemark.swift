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
///   Mr Tan" (a form asked for, not a choice among the people);
/// - a verb of sending with the people after it and no marker: "send it to the engineer" picks
///   one of those met, "I'd send it to Ms O'Sullivan and Mr Foley" greets both in one note;
/// - "both" as the choice: "address it to both though, fenella and tom", "both of them i
///   suppose, mr pembury-smythe and kelly", "I want to address the mail to both of them": one
///   note greeting everyone pointed at (the people in the clause after it, else all met).
///
/// The clause may open with the person's own words before the wish ("I'd", "so i rather") and
/// may follow a remark joined by "so", "but" or "because" ("the engineer was a bit rough with me
/// so i rather send it to mrs ndlovu only"): the wish is read from the part that says it.
///
/// Who the words point at is resolved against the people read (`resolved`): a remark that points
/// at no one held, or at one of several alike, changes nothing and is read as before.
struct AddresseeRemark: Hashable, Sendable {
  /// Each person pointed at, as typed ("Ir. Kumaran", "kylie", "Prof Rosnah").
  var named: [String]
  /// Whether the note is for these people only ("only", "just"): the others met get none.
  var only: Bool
  /// Whether one note greets everyone pointed at together ("both", "to X and Y"): the reading
  /// of whom the note is addressed to that the composer obeys (`Answers.greetAlso`).
  var together = false
  /// Under "both" with no one named in its clause, the people named in the clause after it
  /// ("address both, Lauren and Dr Ashdown"): the forms to greet them by, when they resolve.
  var listed: [String] = []
  /// The answer without the clause that said it.
  var rest: String

  /// The first clause of `text` shaped as such a remark, or nil.
  static func read(_ text: String) -> AddresseeRemark? {
    guard text.count <= 400 else { return nil }
    let clauses = clauseRanges(text)
    // A remark in a one-clause answer names people the answer does not: nothing to point at.
    guard clauses.count >= 2 else { return nil }
    for (at, range) in clauses.enumerated() {
      let clause = String(text[range])
      guard let wish = parts(of: clause).lazy.compactMap(reading).first else { continue }
      var rest = text
      rest.replaceSubrange(range, with: "")
      var remark = AddresseeRemark(named: wish.named, only: wish.only, rest: rest)
      remark.together = wish.together
      if wish.together, wish.named.isEmpty, at + 1 < clauses.count {
        remark.listed = listedNames(String(text[clauses[at + 1]])) ?? []
      }
      return remark
    }
    return nil
  }

  /// The clause, then each part after a conjunction that joins a remark to the wish ("... was a
  /// bit rough with me so i rather send it to X"), then the part before one ("address the mail
  /// to both of them anyway because she ...").
  static func parts(of clause: String) -> [String] {
    let words = clause.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(
      String.init)
    var result = [clause]
    for index in words.indices.dropFirst()
    where ["so", "but", "because", "cause", "coz", "cos"].contains(words[index].lowercased()) {
      result.append(words[(index + 1)...].joined(separator: " "))
      result.append(words[..<index].joined(separator: " "))
    }
    return result
  }

  /// A clause that is nothing but people joined by "and" or "&" ("Lauren and Dr Ashdown"), as
  /// typed; nil when a part is too long to be a name.
  static func listedNames(_ clause: String) -> [String]? {
    let words = clause.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map {
      String($0).trimming(",;:!?\"'()“”‘’")
    }
    var named: [String] = []
    var current: [String] = []
    for word in words where !word.isEmpty {
      if ["and", "&"].contains(word.lowercased()) {
        named.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(word)
      }
    }
    named.append(current.joined(separator: " "))
    named = named.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    guard named.count >= 2, named.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 3 })
    else { return nil }
    return named
  }

  /// The people the remark points at, by index into `people`, or nil when any form named points
  /// at no one held or at several alike.
  func resolved(in people: [PersonName]) -> [Int]? {
    // "both of them": everyone met, or those the clause after it lists.
    if together, named.isEmpty {
      guard people.count >= 2 else { return nil }
      return Self(named: listed, only: false, rest: "").resolved(in: people)
        ?? Array(people.indices)
    }
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
    let forms =
      named.isEmpty && Self(named: listed, only: false, rest: "").resolved(in: people) != nil
      ? listed : named
    for (index, form) in zip(indices, forms) {
      let words = form.split(separator: " ").map(String.init)
      if words.count >= 2 {
        people[index].greetAs = words.map(Self.asTyped).joined(separator: " ")
      }
    }
    return only || together ? indices.map { people[$0] } : people
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
    "would", "want", "wanna", "to", "ok", "okay", "actually", "then", "also", "i'd", "id",
    "i'll", "rather", "prefer", "like", "think",
  ]

  /// What may follow "both" in a clause that only chooses: "both of them i suppose", "both
  /// please", "to both anyway" (a hedge or a courtesy, never a verb saying something of them).
  static let afterBoth: Set<String> = [
    "of", "them", "em", "i", "suppose", "guess", "think", "please", "pls", "anyway", "though",
    "too", "together", "really", "then", "ok", "okay",
  ]

  /// Nouns and pronouns for the note itself: "the text is just to kylie".
  static let noteWords = noteNouns.union(["it", "its", "it's", "this", "one"])

  /// The nouns that name a note: "msg", "email", "card".
  static let noteNouns: Set<String> = [
    "text", "message", "msg", "note", "email", "mail", "card", "letter",
  ]

  /// Verbs that send a note to someone or address it.
  static let sendingVerbs: Set<String> = [
    "send", "sending", "address", "addressed", "write", "writing", "email", "emailing", "message",
    "messaging", "text", "texting",
  ]

  /// Verbs that ask for a form of the greeting: "put Prof Rosnah", "use Dr Arun".
  static let formVerbs: Set<String> = ["put", "use"]

  /// What one clause says: the forms pointed at and whether the note is for them only.
  static func reading(_ clause: String) -> (named: [String], only: Bool, together: Bool)? {
    var typed = clause.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(
      String.init)
    var lower: [String] { typed.map { $0.lowercased().trimming(",.;:!?\"'()“”‘’") } }
    while let first = lower.first, openers.contains(first), typed.count > 1 {
      typed.removeFirst()
    }
    var marked = false
    var sent = false
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
    // "both of them i suppose": the choice, whole; the people come after it or are all met.
    if words[0] == "both", words.dropFirst().allSatisfy(afterBoth.contains) {
      return ([], false, true)
    }
    // "just send it to imran": the marker before the verb of sending.
    if isMarker(words[0]), words.count >= 3,
      sendingVerbs.contains(words[1]) || formVerbs.contains(words[1])
    {
      typed.removeFirst()
      guard let read = reading(typed.joined(separator: " ")) else { return nil }
      return (read.named, !read.together, read.together)
    }
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
          .contains(words[at]) || noteWords.contains(words[at]) && words[at] != "one"
      {
        if isMarker(words[at]) { marked = true }
        at += 1
      }
      // "address it to both though", "send the mail to both of them anyway".
      if at < words.count, words[at] == "both",
        words[(at + 1)...].allSatisfy(afterBoth.contains)
      {
        return ([], false, true)
      }
      start = at
      sent = sendingVerbs.contains(words[0])
    } else {
      return nil
    }
    var end = words.count
    // "texting bec tho": a stance word closing the wish says nothing of whom it is for.
    while end > start + 1, DiscourseMarker.isMarker(words[end - 1]) { end -= 1 }
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
    let forms = named.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    // "send it to the engineer": one of those met picked by sending to them; "I'd send it to
    // Ms O'Sullivan and Mr Foley": one note to both, greeted as typed.
    if sent, !marked { return (forms, named.count == 1, named.count > 1) }
    // "put" and "use" ask for a form: only a form with a title or more than one word.
    if !marked, !named.allSatisfy({ $0.split(separator: " ").count >= 2 }) { return nil }
    // "just send it to X and Y": one note to both.
    if marked, named.count > 1 { return sent ? (forms, false, true) : nil }
    // "kylie." ends a sentence; the stop of "Ir. Kumaran" stays.
    return (forms, marked, false)
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
