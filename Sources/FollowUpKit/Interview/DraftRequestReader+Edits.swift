/// Requests that edit the note's sentences: word swaps, additions and removals.
extension DraftRequestReader {
  /// "say 'valuable' instead of 'great'", "replace great with valuable", "change great to
  /// valuable", "use valuable instead of great", "swap great for valuable".
  static func replacement(_ text: String, _ lowered: String) -> DraftRequest? {
    if let unsaid = notSaying(text, lowered) { return unsaid }
    if let capitals = inCapitals(text) { return capitals }
    let quoted = quotedStrings(text)
    // "say eager rather than keen" is "say eager instead of keen".
    if lowered.contains(" rather than "), !lowered.contains("instead of") {
      let swapped = text.components(separatedByCaseInsensitive: "rather than", padded: true)
        .joined(separator: " instead of ")
      return replacement(swapped, swapped.lowercased())
    }
    // "use eager not keen", "say 'eager', not 'keen'", "make sure it says X not Y", "say Mei
    // not Mei Ling at the end".
    if let body = afterSayingVerb(text) {
      let parts = body.components(separatedByCaseInsensitive: "not", padded: true)
      if parts.count == 2 {
        let new = withoutPlace(parts[0].trimming(" ,\"'“”‘’"))
        // "say Capitec Bank not just Capitec": "just" is how they asked.
        let old = withoutPlace(
          stripLeading(parts[1].trimming(" .!,\"'“”‘’"), ["just", "only", "simply"]))
        if !new.isEmpty, !old.isEmpty, new.split(separator: " ").count <= 4,
          old.split(separator: " ").count <= 4
        {
          return .replace(old, with: new)
        }
      }
    }
    if lowered.contains("instead of") {
      let parts = text.components(separatedByCaseInsensitive: "instead of")
      guard parts.count == 2 else { return nil }
      var new = parts[0].trimming(" ,")
      var old = parts[1].trimming(" .!,")
      if quoted.count == 2 {
        let inNew = quoted.first { new.contains($0) }
        let inOld = quoted.first { old.contains($0) }
        if let inNew, let inOld {
          new = inNew
          old = inOld
        }
      } else {
        // "instead of great say valuable"
        let oldWords = old.split(separator: " ")
        if let say = oldWords.firstIndex(where: {
          ["say", "use", "write", "put"].contains($0.lowercased())
        }), say > 0 {
          new = oldWords[(say + 1)...].joined(separator: " ")
          old = oldWords[..<say].joined(separator: " ")
        } else {
          new = stripLeading(
            new,
            [
              "can it say", "could it say", "can you make it say", "make it say", "have it say",
              "say", "use", "write", "put", "go with", "can you say", "please say",
              "i'd rather say", "i prefer",
            ])
        }
      }
      new = new.trimming(" \"'“”‘’")
      old = old.trimming(" \"'“”‘’")
      // "talk about the podcast instead of the bikes" is a topic change, not a word swap.
      guard !new.isEmpty, !old.isEmpty, new.split(separator: " ").count <= 6,
        old.split(separator: " ").count <= 6
      else { return nil }
      if ["talk about", "go with", "focus on", "mention"].contains(where: { lowered.hasPrefix($0) })
      {
        return nil
      }
      return .replace(old, with: new)
    }
    let patterns: [(String, String)] = [
      ("replace", " with "), ("change", " to "), ("swap", " for "), ("swap", " with "),
      ("switch", " to "), ("turn", " into "),
    ]
    for (verb, joiner) in patterns where lowered.hasPrefix(verb + " ") && lowered.contains(joiner) {
      if quoted.count == 2 { return .replace(quoted[0], with: quoted[1]) }
      let body = String(text.dropFirst(verb.count + 1))
      let parts = body.components(separatedByCaseInsensitive: joiner.trimming(" "), padded: true)
      guard parts.count == 2 else { continue }
      let old = parts[0].trimming(" \"'“”‘’")
      let new = parts[1].trimming(" .!\"'“”‘’")
      // "change the company to X", "change her name to X", "change the tone to formal": not swaps.
      let lowerOld = old.lowercased()
      if [
        "the company", "company", "her name", "his name", "their name", "my name", "the role",
        "role", "the tone", "tone", "the topic", "topic", "the name", "the interviewer",
        "the channel", "it", "the subject",
      ].contains(lowerOld) {
        return nil
      }
      if lowerOld.hasPrefix("the ") && !text.contains("\"") && !text.contains("'")
        && old.split(separator: " ").count > 2
      {
        return nil
      }
      guard !old.isEmpty, !new.isEmpty, old.split(separator: " ").count <= 6 else { return nil }
      return .replace(old, with: new)
    }
    return nil
  }

  /// The words after a verb of saying that opens the request, past a few words that lead up
  /// to it ("make sure it says", "can it say", "pls just use"); nil when the request does not
  /// open so.
  static func afterSayingVerb(_ text: String) -> String? {
    let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let verbs: Set<String> = ["say", "says", "use", "write", "put", "read", "reads"]
    let leadIns: Set<String> = [
      "make", "sure", "it", "can", "could", "should", "please", "pls", "just", "have", "and",
      "so", "also", "the", "note", "that", "u", "you", "to",
    ]
    for (index, word) in words.prefix(6).enumerated() {
      let lower = word.lowercased()
      if verbs.contains(lower) {
        guard index + 1 < words.count else { return nil }
        return words[(index + 1)...].joined(separator: " ")
      }
      guard leadIns.contains(lower) else { return nil }
    }
    return nil
  }

  /// Words without the place in the note they were said about: "Mei Ling at the end" is "Mei
  /// Ling".
  static func withoutPlace(_ text: String) -> String {
    let places = [
      " at the end", " at the bottom", " at the top", " at the start", " in the sign off",
      " in the sign-off", " in the signoff", " in the greeting", " in the note",
    ]
    for place in places where text.lowercased().hasSuffix(place) {
      return String(text.dropLast(place.count)).trimming(" ,")
    }
    return text
  }

  /// "write ASOS in capitals", "put hsbc in caps": the words named, written in capitals
  /// wherever the note says them (the swap finds them in any case).
  static func inCapitals(_ text: String) -> DraftRequest? {
    let words = text.trimming(" .!?").split(separator: " ").map(String.init)
    let endings = [
      ["in", "capitals"], ["in", "caps"], ["in", "capital", "letters"], ["in", "all", "caps"],
      ["in", "upper", "case"], ["in", "uppercase"], ["all", "caps"],
    ]
    guard let verb = words.first?.lowercased(), ["write", "put", "spell", "have"].contains(verb),
      let ending = endings.first(where: {
        words.count > $0.count + 1
          && words.suffix($0.count).map { $0.lowercased() } == $0
      })
    else { return nil }
    let named = words.dropFirst().dropLast(ending.count).joined(separator: " ")
    guard (1...4).contains(named.split(separator: " ").count), named.contains(where: \.isLetter),
      !["it", "this", "the note", "everything", "all of it"].contains(named.lowercased())
    else { return nil }
    return .replace(named, with: named.uppercased())
  }

  /// "dont say my cousin, just say a family member": words not to say, and what to say
  /// instead when the message goes on to say it; alone ("don't mention the commute") the line
  /// that holds them goes.
  static func notSaying(_ text: String, _ lowered: String) -> DraftRequest? {
    let openers = [
      "don't say", "dont say", "do not say", "don't mention", "dont mention", "do not mention",
      "don't put", "dont put", "don't write", "dont write", "no need to say",
      "no need to mention", "i don't want to say", "i dont want to say", "i don't want it to say",
      "i dont want it to say", "i'd rather not say", "id rather not say", "i'd rather not mention",
      "id rather not mention", "i don't want to mention", "i dont want to mention",
      "i do not want to mention", "i'd rather not say", "i would rather not mention",
    ]
    guard let opener = openers.first(where: { lowered.hasPrefix($0 + " ") }) else { return nil }
    let rest = String(text.dropFirst(opener.count + 1))
    let parts = rest.split(separator: ",", maxSplits: 1).map { String($0).trimming(" .!\"'“”‘’") }
    guard let old = parts.first, !old.isEmpty else { return nil }
    // "dont mention me being in temporary accommodation as a teenager": a longer thing not to
    // say names the line that says it, found by the words they share.
    guard parts.count == 2 else { return .removeMatching(old) }
    // "i dont want to mention my brother actually, take that out": what follows tells what to
    // do with it, not what to say instead (tuning 43's ci051 had read "take that out" as the
    // new words).
    if removesWhatWasSaid(parts[1]) {
      let named =
        WordSplitter.words(old).last.map { ["actually", "please", "pls"].contains($0) } == true
        ? String(old.split(separator: " ").dropLast().joined(separator: " ")) : old
      return .removeMatching(named)
    }
    guard old.split(separator: " ").count <= 6 else { return nil }
    let new = stripLeading(
      stripLeading(parts[1], ["just", "but", "instead", "rather", "maybe"]),
      ["say", "put", "write", "use", "call it", "make it"])
    guard new != parts[1] || parts[1].split(separator: " ").count <= 4, !new.isEmpty,
      new.split(separator: " ").count <= 6
    else { return .removeMatching(old) }
    return .replace(old, with: new.trimming(" .!\"'“”‘’"))
  }

  static func quotedStrings(_ text: String) -> [String] {
    // Every quote mark holds the byte 0x22, 0x27 or 0xE2 and equals no other character: a text
    // with none of them holds no quotes, found without comparing its characters one by one
    // (Swift compares a character beyond ASCII through its normalising slow path).
    guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 }) else { return [] }
    var results: [String] = []
    var current: String?
    var previous: Character = " "
    for character in text {
      let isQuote =
        character == "\"" || character == "“" || character == "”" || character == "‘"
        || character == "’" && current != nil
        || (character == "'" && (current != nil || !previous.isLetter))
      if isQuote {
        if let open = current {
          // Trimmed: replace "picture" with "view " put a double space in the note (found by
          // fuzzing), and "with " "" must not swap a word for nothing.
          let inner = open.trimming(" ")
          if !inner.isEmpty { results.append(inner) }
          current = nil
        } else {
          current = ""
        }
      } else if current != nil {
        current?.append(character)
      }
      previous = character
    }
    return results
  }

  static func stripLeading(_ text: String, _ prefixes: [String]) -> String {
    let lowered = text.lowercased()
    for prefix in prefixes.sorted(by: { $0.count > $1.count }) where lowered.hasPrefix(prefix + " ")
    {
      return String(text.dropFirst(prefix.count + 1))
    }
    return text
  }

  /// "mention that X", "add a line saying X", "say that X", "include that X", "also say X".
  static let additionOpeners = [
    "mention that", "please mention that", "can you mention that", "mention", "add that",
    "add a line saying",
    "add a line that says", "add a sentence saying", "add a sentence that says",
    "add a line about",
    "add a sentence about", "add a line:", "add:", "add", "say that", "include that", "include",
    "also say", "also mention", "also mention that", "and say", "put in that", "put in",
    "tell her that",
    "tell him that", "tell them that", "let her know that", "let him know that",
    "let them know that",
    "write that", "add in that", "can you add that", "could you add that", "please add that",
    "please add", "tell her", "tell him", "tell them", "let her know", "let him know",
    "let them know", "say", "add a sentence:", "add a line", "add a sentence", "put in a line",
    "put in a line saying", "put in a line that says", "end with", "finish with", "close with",
  ].sorted { $0.count > $1.count }

  static func addition(_ text: String, words: [String]) -> String? {
    let openers = additionOpeners
    let lowered = text.lowercased()
    for opener in openers
    where lowered.hasPrefix(opener + " ") || (opener.hasSuffix(":") && lowered.hasPrefix(opener)) {
      let rest = String(text.dropFirst(opener.count)).trimming(" :\"'“”")
      guard !rest.isEmpty else { return nil }
      // "add more detail" is "longer"; "add a sign-off"? not a sentence.
      let restWords = rest.lowercased().split(separator: " ")
      if opener == "add"
        && (restWords.first.map { ["more", "a", "some", "detail", "details"].contains(String($0)) }
          ?? false)
        && restWords.count <= 3
      {
        return nil
      }
      if restWords.count < 2 { return nil }
      // A bare "say" adds a sentence only when one follows: "say I'd love to visit", not "say
      // it more warmly".
      if opener == "say", let first = restWords.first, !Self.subjects.contains(String(first)) {
        return nil
      }
      return rest
    }
    return nil
  }

  /// "drop the last line", "remove the bit about next steps", "delete the second sentence".
  static func removal(_ text: String, words: [String]) -> DraftRequest? {
    // "take out the uncle part, not comfortable with that": what to remove is named in the
    // statement that asks; a remark after a break is the reason, never part of the target
    // (it was searched for "that").
    if let clause = firstStatement(of: text),
      let request = removal(
        clause, words: WordSplitter.words(clause))
    {
      return request
    }
    // "maybe take out the gran bit actually": a courtesy around the clause that asks is set
    // aside here too, as a message read in parts keeps the courtesies of each part.
    // "omg take out the remitly part": an exclamation before the verb is set aside here only,
    // as before a correction ("omg the company is wrong, it's ...") it opens what is put right.
    var words = words
    let plain = DraftRequestReader.withoutCourtesy(text)
    if plain != text.squeezed, !plain.isEmpty { words = WordSplitter.words(plain) }
    while let first = words.first, words.count > 2, ["omg", "ooh", "aw", "oh"].contains(first) {
      words.removeFirst()
    }
    guard let verb = words.first,
      [
        "drop", "remove", "delete", "cut", "lose", "take", "get", "kill", "scrap", "ditch", "omit",
        "skip", "no", "without",
      ].contains(verb)
    else {
      return nil
    }
    var rest = Array(words.dropFirst())
    if verb == "take", rest.first == "out" { rest.removeFirst() }
    if verb == "get", rest.starts(with: ["rid", "of"]) { rest.removeFirst(2) }
    // "cut it down", "trim it", "take it out": the whole note, not one of its lines.
    if rest.first == "it" || (rest.first == "this" && rest.count <= 2) { return nil }
    if rest.first == "the" { rest.removeFirst() }
    let ordinals = [
      "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2,
      "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
    ]
    let cardinals = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
    if let first = rest.first {
      if ["last", "final", "closing", "end"].contains(first), rest.count <= 3 {
        return .removeLast
      }
      if let number = ordinals[first], rest.count >= 2, Self.units.contains(rest[1]) {
        return .removeOrdinal(number)
      }
      // "remove sentence 3", "delete line two".
      if Self.units.contains(first), rest.count == 2,
        let number = Int(rest[1]) ?? ordinals[rest[1]] ?? cardinals[rest[1]], number > 0
      {
        return .removeOrdinal(number)
      }
    }
    if let about = rest.firstIndex(where: {
      ["about", "mentioning", "on", "saying", "where", "that", "with"].contains($0)
    }), about + 1 < rest.count {
      return .removeMatching(rest[(about + 1)...].joined(separator: " "))
    }
    // "the uncle part", "the pizza bit": the unit word says what kind of thing goes, the
    // words before it which one.
    if rest.count >= 2, let last = rest.last, Self.units.contains(last) { rest.removeLast() }
    if !rest.isEmpty, rest.count <= 6, !(rest.count == 1 && Self.units.contains(rest[0])) {
      return .removeMatching(rest.joined(separator: " "))
    }
    return nil
  }

  /// The message up to its first break between statements (a comma, a full stop, a semicolon
  /// or a dash between spaces), when it has one: nil for a message of one statement.
  static func firstStatement(of text: String) -> String? {
    let breaks = [", ", ". ", "? ", "; ", " - ", " \u{2013} "]
    let cut = breaks.compactMap { text.range(of: $0)?.lowerBound }.min()
    guard let cut else { return nil }
    let clause = text[..<cut].trimming(" ")
    return clause.isEmpty ? nil : String(clause)
  }

  /// Words that open a sentence to add after a bare "say": "say I'd love to visit".
  static let subjects: Set<String> = [
    "i", "i'd", "i'm", "i've", "i'll", "we", "we're", "we'd", "you", "you're", "you've",
    "how", "what", "thanks", "thank", "it's", "that's",
  ]
  /// What a removal names: "the second line", "that bit".
  static let units: Set<String> = [
    "line", "sentence", "bit", "part", "paragraph", "sentences", "lines",
  ]
}
