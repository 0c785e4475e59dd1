/// The person's own wish about their name: "please write Lan Nguyen for english people", "I go
/// by Karen Chan", "put it as Pádraig Mac Cárthaigh", "proper is Łukasz Wiśniewski", "please
/// sign Lan Nguyen", "My surname is Adeyemi, first name Oluwaseun", or, said later, "Ramírez
/// with accent, and second surname Ortega, Jorge Luis Ramírez Ortega".
///
/// Earlier rounds read each wording with a reader of its own (a remark with "use", one with
/// "sign", a fuller restatement, the marks typed in an aside, the order asked for), and they
/// fought: "please sign Lan Nguyen" was re-accented to "Lan Nguyễn" by the marks typed before
/// it, "put it as Pádraig Mac Cárthaigh" lost to the name typed first, "I go by Karen Chan" was
/// read as the interviewer. A wish is the person's own word on how the name is written, so it
/// wins over every reading of the words around it, wherever in the conversation it is said, and
/// its form is printed exactly as typed: capitalised where typed in lower case, never re-accented
/// or stripped of its accents.
///
/// A wish is a cue that asks ("write", "put it as", "I go by", "the proper form is", "sign") and
/// the name after it; or a remark on the name's marks or parts ("with accent", "second surname",
/// "my full name") beside a form that says the held name again; or the name's parts stated one
/// by one ("surname is Adeyemi, first name Oluwaseun").
struct NameWish: Equatable, Sendable {
  /// Where the wished form goes: the person's name (and so the sign-off), the sign-off only, or,
  /// for what people call the person ("everyone calls me huong"), which part of the name held
  /// is the given name (nothing when it is no part of it: "everyone calls me bec" of "rebecca
  /// thompson" is a nickname, not a wish to sign with it).
  enum Use: Equatable, Sendable { case name, signOff, given }

  /// The form as the person typed it.
  var form: PersonName
  var use: Use
  /// Whether the parts were stated one by one ("surname is Park, first name Ji-woo"): the
  /// order they are written in is then the name held's, not the order they were said in.
  var statedParts = false
  /// Whether the cue put the form in the note's place for a name ("put Weng at the end"): then
  /// it is the sign-off whatever words it shares with the name.
  var placed = false

  /// The wish in `text`, or nil. `held` is the person's name as held before this message: a
  /// remark on the name's marks or parts needs it, to know which name is said again.
  ///
  /// ```swift
  /// NameWish.read("Chan Ka Yan but I go by Karen Chan", held: nil)?.form.full  // "Karen Chan"
  /// ```
  ///
  /// `askedForName` is true for the reply to "What's your name?": there a cue of the person's
  /// own ("i go by lupe", "call me dee", "kat for short") can only introduce a form of their
  /// name, so a form typed in lower case that ends its clause is vouched for by the question.
  static func read(_ text: String, held: PersonName?, askedForName: Bool = false) -> NameWish? {
    guard text.count <= 400 else { return nil }
    let words = Word.split(text)
    let heldWords = Set((held?.fullWords ?? []).map(CorrectionReader.folded))
    if let wish = cued(words, askedForName: askedForName, held: heldWords) { return wish }
    if let parts = statedParts(words) {
      return NameWish(form: parts, use: .name, statedParts: true)
    }
    if let held, let again = remarked(words, held: held) {
      return NameWish(form: again, use: .name)
    }
    return nil
  }

  /// Whether `text` holds a cue that asks for a form of the name (whether or not a name follows
  /// it that can be read): a clause holding one is the wish's, not a restatement of the name.
  static func asks(_ text: String) -> Bool {
    let words = Word.split(text)
    return words.indices.contains { cueEnd(words, at: $0) != nil }
  }

  /// The words of `clause` before its first cue, without the words that join it to the cue:
  /// "well Olubisi Ajayi officially" of "well Olubisi Ajayi officially but sign it Bisi Ajayi".
  static func beforeCue(_ clause: String) -> String {
    let words = Word.split(clause)
    guard let cue = words.indices.first(where: { cueEnd(words, at: $0) != nil }) else {
      return clause
    }
    var kept = Array(words[..<cue])
    while let last = kept.last?.lower, joiners.contains(last) { kept.removeLast() }
    return kept.map(\.typed).joined(separator: " ")
  }

  /// Words that join a clause to the cue after it: "but sign it", "so please write".
  private static let joiners: Set<String> = [
    "but", "and", "so", "please", "pls", "plz", "can", "you", "could", "i", "just", "then", "to",
    "want", "would", "like", "id", "i'd", "should",
  ]

  /// One word as typed, with its lower-case form and whether a comma or full stop ended it.
  struct Word {
    var typed: String
    var lower: String
    var endsClause: Bool

    static func split(_ text: String) -> [Word] {
      text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { part in
        var typed = String(part).trimming(",.;:!?()\"“”‘’")
        guard !typed.isEmpty else { return nil }
        // "Kwame A. Asante": the full stop of an initial ends nothing.
        if typed.count == 1, typed.first?.isUppercase == true, part.hasSuffix(".") {
          typed += "."
          return Word(typed: typed, lower: typed.lowercased(), endsClause: false)
        }
        let ends = part.last.map { ",.;:!?)".contains($0) } ?? false
        return Word(typed: typed, lower: typed.lowercased(), endsClause: ends)
      }
    }
  }

  // MARK: - A cue that asks

  /// The first cue that asks for a form, with the name typed after it.
  ///
  /// The form must be vouched for as a name: typed with a capital ("I go by Karen Chan"), or
  /// saying again a word of the name typed elsewhere in the message ("nguyen thi lan anh ... i
  /// go by lan anh"). A word after a cue in lower case and nowhere else is as often a thing
  /// ("I go by train", "I write software").
  private static func cued(_ words: [Word], askedForName: Bool, held: Set<String>) -> NameWish? {
    // What people call the person says least: any other wish in the message wins over it.
    var called: NameWish?
    var named: NameWish?
    for index in words.indices {
      // The name said before the cue, which a form in lower case may say again.
      let before = Set(words[..<index].map { CorrectionReader.folded($0.typed) })
      // "Friends call me Lakshmi only, you can sign as that": a sign-off cue whose name is a
      // pronoun points back at the form the person just said they are called.
      if let (end, use) = cueEnd(words, at: index), use == .signOff, let earlier = called,
        pointsBack(words, from: end)
      {
        return NameWish(form: earlier.form, use: .signOff)
      }
      // "I go by ...": being known by a name, as "everyone calls me ..." is.
      let goesBy = ["go", "going"].contains(words[index].lower)
      guard let (end, cued) = cueEnd(words, at: index),
        let (form, range) = form(
          words, from: end, known: before.isEmpty && held.isEmpty ? nil : before.union(held))
          ?? (cued == .given || goesBy
            ? namedBefore(words, index) ?? shortFormBefore(words, index) : nil)
      else { continue }
      // "Muhammad Usman Tariq, I go by Usman", "... - Usman is what I go by": a form made of
      // words of the name said before it, or held, tells which of them the person is called
      // by, as "everyone calls me Usman" does; "Chan Ka Yan but I go by Karen Chan" names a
      // form of its own (tuning 46's co054 was signed "Muhammad").
      let use =
        goesBy && cued == .name
          && words[range].allSatisfy {
            let folded = CorrectionReader.folded($0.typed)
            return held.contains(folded)
              || words[..<min(index, range.lowerBound)].contains {
                CorrectionReader.folded($0.typed) == folded
              }
          }
        ? Use.given : cued
      let typedWithCapital = words[range].contains { $0.typed.first?.isUppercase == true }
      let elsewhere = Set(
        words.indices.filter { !range.contains($0) }.map {
          CorrectionReader.folded(words[$0].typed)
        })
      // At the name question a form that ends its clause after a cue of being known by it is
      // the person's own: "guadalupe reyes, i go by lupe" names no one else ("I go by train"
      // answers no such question). It must be a form of the name typed before it ("lupe" of
      // "guadalupe", "tommy" of "tomas"): "Dana Cole, i go by train usually" names nothing.
      // "you can write venkat only" is an instruction, vouched as before.
      let endsAnswer =
        askedForName
        && ["go", "going", "call", "calls", "called", "for"].contains(words[index].lower)
        && (range.upperBound <= index || range.upperBound == words.count
          || words[range.upperBound - 1].endsClause)
        && shortens(words[range].map(\.lower), words[..<min(index, range.lowerBound)].map(\.lower))
      // "put jamie-lee fitzsimmons at the bottom": a form made of the name held, word for word,
      // is vouched for by it however typed (tuning 41's ce018 was not understood).
      let ofHeld =
        !held.isEmpty
        && words[range].allSatisfy { held.contains(CorrectionReader.folded($0.typed)) }
      guard
        typedWithCapital || endsAnswer || ofHeld
          || words[range].contains(where: { elsewhere.contains(CorrectionReader.folded($0.typed)) })
      else { continue }
      if use == .given {
        called = called ?? NameWish(form: form, use: use)
        continue
      }
      // "I go by Vivian at work so please sign it Vivian Wang": how to sign, said anywhere in
      // the message, wins over the name the person goes by, which the sign-off had taken.
      if use == .name {
        named = named ?? NameWish(form: form, use: use)
        continue
      }
      return NameWish(form: form, use: use, placed: words[index].lower == "put")
    }
    return named ?? called
  }

  /// Whether the words from `start`, past the fillers ("as", "with", "it"), are a pronoun
  /// ending the clause ("as that", "with that one", "like this"): the name is one said before.
  private static func pointsBack(_ words: [Word], from start: Int) -> Bool {
    var index = start
    while index < words.count, fillers.contains(words[index].lower) || words[index].lower == "like"
    { index += 1 }
    guard index < words.count, ["that", "this", "it"].contains(words[index].lower) else {
      return false
    }
    if words[index].endsClause || index + 1 == words.count { return true }
    return index + 2 == words.count && ["one", "name"].contains(words[index + 1].lower)
  }

  /// The index after a cue starting at `index` and what it asks for, or nil for no cue there.
  static func cueEnd(_ words: [Word], at index: Int) -> (Int, Use)? {
    func lower(_ at: Int) -> String { at < words.count ? words[at].lower : "" }
    let word = lower(index)
    // A cue's own word ending a clause ("i write, ...") asks for nothing after it.
    let ended = words[index].endsClause
    switch word {
    case "call", "calls":
      // "everyone calls me huong", "friends call me wei ling": what the person is called;
      // "naebody calls me robert", "no one calls me that": what they are not.
      guard lower(index + 1) == "me", !negated(words, before: index) else { return nil }
      return (index + 2, .given)
    case "called":
      // "i am usually called khoa".
      guard index > 0,
        ["usually", "am", "im", "i'm", "always", "normally", "mostly", "just"]
          .contains(lower(index - 1))
      else { return nil }
      return (index + 1, .given)
    case "sign", "signed", "signing", "sign-off", "signoff":
      // "signed up", "sign language": a sign-off names a person after it.
      guard !ended else { return nil }
      // "I usually sign formal stuff as S. Mason-Baptiste": what is signed stands between
      // the cue and "as", and the form follows "as" (tuning 29's br142 signed "formal stuff
      // as S").
      let ahead = (index + 2)..<max(index + 2, min(index + 6, words.count))
      if let asAt = ahead.first(where: { words[$0].lower == "as" }),
        !words[index..<asAt].contains(where: \.endsClause)
      {
        return (asAt + 1, .signOff)
      }
      return (index + 1, .signOff)
    case "know", "knows":
      // "everyone knows me as ploy": what the person is called.
      guard lower(index + 1) == "me", lower(index + 2) == "as" else { return nil }
      return (index + 3, .given)
    case "for":
      // "katherine, kat for short": the form is the words before the cue.
      guard lower(index + 1) == "short", index > 0 else { return nil }
      return (index + 2, .given)
    case "go", "going":
      // "I go by Karen Chan": the person's own name; "goes by" is someone else's.
      guard lower(index + 1) == "by", !words[index + 1].endsClause else { return nil }
      return (index + 2, .name)
    case "write", "put":
      // "please write Lan Nguyen", "put it as X", "put me down as X": a name to write.
      // "In Japan we write Sato Yui": a verb with a subject of its own tells how others write
      // it, and asks nothing (tuning 40's cc039 was signed "Sato" for "Yui").
      guard !ended, index == 0 || !["we", "they", "people", "he", "she"].contains(lower(index - 1))
      else { return nil }
      var end = index + 1
      while ["it", "me", "my", "name", "down", "as"].contains(lower(end)), end - index <= 4 {
        end += 1
      }
      // "write it as", "put it as": the form follows "as"; "write Lan Nguyen" needs none.
      if word == "put",
        !words[(index + 1)..<min(end, words.count)].contains(where: {
          $0.lower == "as"
        })
      {
        // "just put Seun at the bottom": where it goes says it is the sign-off.
        let after = Array(words.dropFirst(end).prefix(8).map(\.lower))
        let placed = after.indices.contains { at in
          ["at", "on"].contains(after[at])
            && after.dropFirst(at + 1).prefix(2).contains { ["bottom", "end"].contains($0) }
        }
        return placed ? (end, .signOff) : nil
      }
      return (end, .name)
    case "proper", "properly", "correct", "correctly", "spelled", "spelt", "spelling":
      // "proper is Łukasz Wiśniewski", "the proper form is X", "spelled X".
      var end = index + 1
      while ["form", "spelling", "way", "version", "is", "it's", "its", ":"].contains(lower(end)),
        end - index <= 3
      {
        end += 1
      }
      guard end > index + 1 || ["spelled", "spelt"].contains(word) else { return nil }
      return (end, .name)
    default:
      return nil
    }
  }

  /// Whether the clause before the cue at `index` denies it: "naebody calls me robert",
  /// "no one calls me that", "people don't call me rob". A closed class of the words of
  /// denial, read back to the start of the clause.
  private static func negated(_ words: [Word], before index: Int) -> Bool {
    var cursor = index - 1
    while cursor >= 0, index - cursor <= 3, !words[cursor].endsClause {
      if denials.contains(words[cursor].lower) { return true }
      cursor -= 1
    }
    return false
  }

  /// Words that deny what follows: "nobody", "naebody", "never", "don't".
  private static let denials: Set<String> = [
    "nobody", "naebody", "noone", "no", "never", "not", "dont", "don't", "doesnt", "doesn't",
    "nae", "nobody's", "hardly",
  ]

  /// The name typed from `start`: name-shaped words up to the end of the clause, capitalised
  /// where typed in lower case, nothing else changed.
  ///
  /// A name runs to its end and no further: after its first word, a word typed in lower case
  /// goes on with it only when it says again a word of the name said before the cue (`known`:
  /// "priyanka raghunathan ... sign it priya raghunathan"), or is an initial ("priya r"). Chat
  /// after a name ("sign as grace its easier", "sign aisyah only ya") is then never part of it,
  /// by the shape of the sentence rather than a list of chat words. With nothing said before
  /// (`known` nil) every name-shaped word goes on, as typed.
  static func form(_ words: [Word], from start: Int, known: Set<String>? = nil)
    -> (PersonName, Range<Int>)?
  {
    var index = start
    while index < words.count, fillers.contains(words[index].lower) { index += 1 }
    // "sign with my english name, Tiffany Lin": a word saying which of their names, then
    // "name", stands before the name itself (answers tuning 32's bx124).
    if index + 1 < words.count, ["name", "names"].contains(words[index + 1].lower),
      words[index].typed == words[index].lower,
      !words[index + 1].endsClause || index + 2 < words.count
    {
      index += 2
    }
    let first = index
    var typed: [String] = []
    while index < words.count, typed.count < 5 {
      let word = words[index]
      guard DirectAnswer.isNameShaped(word.typed), !stops.contains(word.lower),
        !DirectAnswer.sentenceWords.contains(word.lower)
          || word.typed.first?.isUppercase == true
            && !["i", "i'm", "my", "the", "a", "for", "and", "on", "in", "to"].contains(word.lower)
      else { break }
      if let known, !typed.isEmpty, word.typed == word.lower, word.lower.count > 1,
        !known.contains(CorrectionReader.folded(word.typed))
      {
        break
      }
      typed.append(word.typed)
      index += 1
      if word.endsClause { break }
    }
    guard !typed.isEmpty, VouchedName.isName(atQuestion: typed),
      !typed.allSatisfy({ VouchedName.isJobWord($0) || PersonName.titles[$0.lowercased()] != nil })
    else { return nil }
    return asTyped(typed).map { ($0, first..<index) }
  }

  /// "Lan is what ppl call me": the name before "is what" in the words before the cue at `cue`.
  private static func namedBefore(_ words: [Word], _ cue: Int) -> (PersonName, Range<Int>)? {
    guard
      let what = words[..<cue].indices.last(where: {
        words[$0].lower == "what" && $0 > 0 && words[$0 - 1].lower == "is"
      })
    else { return nil }
    let end = what - 1
    var start = end
    while start > 0, end - start < 3, DirectAnswer.isNameShaped(words[start - 1].typed),
      !words[start - 1].endsClause, !DirectAnswer.sentenceWords.contains(words[start - 1].lower),
      !stops.contains(words[start - 1].lower)
    {
      start -= 1
    }
    guard start < end else { return nil }
    return asTyped(words[start..<end].map(\.typed)).map { ($0, start..<end) }
  }

  /// Whether a form shares three letters in a row with a word typed before it: a short form
  /// of the name ("lupe" of "guadalupe", "kat" of "katherine"), not a thing ("train").
  private static func shortens(_ form: [String], _ before: [String]) -> Bool {
    form.contains { word in
      let letters = Array(word)
      guard letters.count >= 3 else { return false }
      return (0...(letters.count - 3)).contains { start in
        let piece = String(letters[start..<(start + 3)])
        return before.contains { $0 != word && $0.contains(piece) }
      }
    }
  }

  /// "kat for short": the one or two name-shaped words the clause holds before "for short".
  private static func shortFormBefore(_ words: [Word], _ cue: Int) -> (PersonName, Range<Int>)? {
    guard cue < words.count, words[cue].lower == "for" else { return nil }
    var start = cue
    while start > 0, cue - start < 2, !words[start - 1].endsClause,
      DirectAnswer.isNameShaped(words[start - 1].typed),
      !DirectAnswer.sentenceWords.contains(words[start - 1].lower),
      !stops.contains(words[start - 1].lower)
    {
      start -= 1
    }
    // Only a clause of its own: "..., kat for short", not "thanks for short notice".
    guard start < cue, start == 0 || words[start - 1].endsClause else { return nil }
    return asTyped(words[start..<cue].map(\.typed)).map { ($0, start..<cue) }
  }

  /// A name from words exactly as typed, each word typed in lower case given its capital.
  static func asTyped(_ typed: [String]) -> PersonName? {
    let written = typed.enumerated().map { offset, word -> String in
      guard word == word.lowercased() else { return word }
      // "van der", "de la": a particle inside a name stays as it is usually written.
      if offset > 0, PersonName.particles.contains(word) { return word }
      return PersonName.capitaliseName(word)
    }
    return PersonName(parsing: written.joined(separator: " "))
  }

  /// Words between a cue and the name: "sign it as", "sign off with just".
  /// The words of a sign-off asked for, without the request's own words before the name:
  /// "the note just Hương" is "Hương".
  static func withoutFillers(_ words: [String]) -> [String] {
    Array(words.drop { fillers.contains($0.lowercased()) })
  }

  private static let fillers: Set<String> = [
    "it", "off", "as", "with", "just", "only", "the", "note", "using", "me", "my", "name", "is",
    "simply", "out", "under", "full",
    // "for the sign off pls put Dami Fashola": the request's own words before the name.
    "pls", "plz", "please", "put", "write", "use", "down",
  ]

  /// Words that end the name after a cue: "write Lan Nguyen for english people".
  private static let stops: Set<String> = [
    "for", "on", "in", "at", "please", "pls", "plz", "instead", "thanks", "thx", "cos",
    "because", "since", "so", "as", "too", "also", "though", "tho", "mate", "lol", "haha",
    "best", "regards", "wishes", "cheers", "kind", "warm", "many", "yours", "sincerely", "up",
  ]

  // MARK: - The parts stated one by one

  /// "My surname is Adeyemi, first name Oluwaseun": the given name and the family name each
  /// stated after the word naming the part; both must be said.
  private static func statedParts(_ words: [Word]) -> PersonName? {
    var given: [String]?
    var family: [String]?
    for index in words.indices {
      let word = words[index].lower
      let next = index + 1 < words.count ? words[index + 1].lower : ""
      var part: Bool?  // true for the given name
      var end = index + 1
      if ["surname", "lastname"].contains(word) {
        part = false
      } else if ["family", "last"].contains(word), next == "name" {
        part = false
        end += 1
      } else if ["first", "given", "christian"].contains(word), next == "name" {
        part = true
        end += 1
      } else if word == "forename" {
        part = true
      }
      guard let isGiven = part, end < words.count, !words[end - 1].endsClause || end > index + 1
      else { continue }
      if ["is", ":", "-"].contains(words[end].lower) { end += 1 }
      var typed: [String] = []
      var cursor = end
      while cursor < words.count, typed.count < 3, DirectAnswer.isNameShaped(words[cursor].typed),
        !DirectAnswer.sentenceWords.contains(words[cursor].lower),
        !stops.contains(words[cursor].lower)
      {
        typed.append(words[cursor].typed)
        if words[cursor].endsClause { break }
        cursor += 1
      }
      guard !typed.isEmpty else { continue }
      if isGiven { given = given ?? typed } else { family = family ?? typed }
    }
    guard let given, let family else { return nil }
    return asTyped(given + family)
  }

  // MARK: - A remark on the name's marks or parts

  /// "Ramírez with accent, and second surname Ortega, Jorge Luis Ramírez Ortega": a remark on
  /// the name's accents or parts, beside a form of two words or more that says the held name
  /// again (a word in common, marks aside) and differs from it. The longest such form is meant.
  private static func remarked(_ words: [Word], held: PersonName) -> PersonName? {
    let lower = " " + words.map(\.lower).joined(separator: " ") + " "
    guard remarks.contains(where: { lower.contains(" " + $0) }) else { return nil }
    let heldWords = Set(held.fullWords.map(CorrectionReader.folded))
    var best: [String] = []
    var run: [String] = []
    func close() {
      let folded = run.map(CorrectionReader.folded)
      if run.count >= 2, run.count > best.count, !heldWords.isDisjoint(with: folded),
        run.joined(separator: " ") != held.fullWords.joined(separator: " ")
      {
        best = run
      }
      run = []
    }
    for word in words {
      if DirectAnswer.isNameShaped(word.typed), word.typed.first?.isUppercase == true,
        !DirectAnswer.sentenceWords.contains(word.lower), !stops.contains(word.lower),
        !remarkWords.contains(word.lower)
      {
        run.append(word.typed)
        if word.endsClause { close() }
      } else {
        close()
      }
    }
    close()
    guard !best.isEmpty else { return nil }
    return asTyped(best)
  }

  /// Remarks on a name's marks or parts: "with accent", "both surnames", "my full name".
  private static let remarks: [String] = [
    "accent", "with the accent", "fada", "polish letters", "second surname", "both surnames",
    "two surnames", "full name", "proper name", "double barrel", "hyphen",
  ]

  /// The words of those remarks, never a name's.
  private static let remarkWords: Set<String> = [
    "accent", "accents", "fada", "fadas", "surname", "surnames", "second", "both", "full",
    "sorry", "correction", "please", "actually", "oops",
  ]
}

extension NameWish {
  /// The name held with a wished form applied, and the name to sign with when the form is only
  /// that. A form of several words that re-orders words the name holds ("i go by lan anh" of
  /// "Nguyen Thi Lan Anh") says which of them is the given name; one word re-spells a part or
  /// is a form to sign with (`UsedNameRemark.applied`); any other form is the name.
  static func applied(_ form: PersonName, to held: PersonName) -> (
    name: PersonName, signOff: PersonName?
  ) {
    if let reordered = given(form, in: held) { return (reordered, nil) }
    return form.fullWords.count == 1 ? UsedNameRemark.applied(form, to: held) : (form, nil)
  }

  /// Whether `form` is the given name `held` already has: "everyone calls me rebecca" of
  /// "Rebecca Thompson" asks for nothing new.
  static func isGiven(_ form: PersonName, of held: PersonName) -> Bool {
    guard let given = held.given else { return false }
    return form.fullWords.map(CorrectionReader.folded)
      == given.split(separator: " ").map { CorrectionReader.folded(String($0)) }
  }

  /// The name held with `form`, words it holds in a row at its start or its end, as its given
  /// name, written as before; nil when the form is no such part of it.
  static func given(_ form: PersonName, in held: PersonName) -> PersonName? {
    let words = form.fullWords
    guard !words.isEmpty else { return nil }
    // The words in the order the name is written ("Nguyen Thi Lan Anh", family name first).
    let split = { (part: String?) in (part ?? "").split(separator: " ").map(String.init) }
    let heldWords =
      held.familyFirst == true ? split(held.family) + split(held.given) : held.fullWords
    let folded = heldWords.map(CorrectionReader.folded)
    let wished = words.map(CorrectionReader.folded)
    guard wished.count < folded.count, Set(wished).isSubset(of: folded),
      let start = folded.firstIndex(of: wished[0]),
      start + wished.count <= folded.count,
      Array(folded[start..<(start + wished.count)]) == wished
    else { return nil }
    let before = heldWords[..<start]
    let after = heldWords[(start + wished.count)...]
    // "muhammad aziz bin abdul rahman, i go by aziz": a given name inside the name cannot be
    // written apart from it; the name stays as typed.
    guard before.isEmpty || after.isEmpty else { return held }
    let family = Array(before) + Array(after)
    return PersonName(
      title: held.title, given: words.joined(separator: " "),
      family: family.joined(separator: " "), familyFirst: before.isEmpty ? nil : true)
  }
}
