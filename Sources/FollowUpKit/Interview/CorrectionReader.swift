/// Reads a correction by meaning: a sign that something said earlier was wrong, what it was
/// about, and the new value.
///
/// People correct themselves in a dozen wordings ("oops her surname has two t's, Matthews",
/// "the practice is called Harlow Reed, not Harlow Read", "sorry i said Harlow Read but it's
/// actually Harlow Reed Partners", "argh autocorrect, it's Harlow Reid", "wait i meant friday
/// the 20th not the 27th"). Rather than one template per wording, a message is a correction
/// when it carries a correction cue, and its target is found in one of two ways: a word naming
/// the fact ("the company", "her surname", "the job", "my name") or, with none, the value
/// already held that the new one (or the "not X" part) resembles. So a correction is never taken
/// as the answer to the question in hand.
struct CorrectionReader {
  let reader: FactReader
  /// What the conversation holds, for finding a target by resemblance.
  let known: Facts

  /// The facts a correction can change.
  enum Target: CaseIterable {
    case name, signOff, interviewer, company, role, when
  }

  func read(_ text: String) -> Correction? {
    guard !MessageText.isLong(text), !MessageText.isQuestion(text) else { return nil }
    let words = Self.words(text)
    // "i said", "i wrote", "i put": the person quoting what they typed before.
    let quoting = zip(words, words.dropFirst()).contains {
      $0.0.lower == "i" && ["said", "wrote", "put", "typed", "meant", "mean"].contains($0.1.lower)
    }
    guard words.count <= 24, quoting || words.contains(where: { Self.cues.contains($0.lower) })
    else {
      return nil
    }
    // "not" alone is a correction only in a short message ("Sara not Sarah"): "leadership
    // question not so good" is an answer about how it went.
    let strong = words.contains { Self.cues.contains($0.lower) && $0.lower != "not" }
    guard strong || words.count <= 8 else { return nil }
    let changes = Self.changes(in: text)
    guard let target = target(words: words, change: changes.first) else { return nil }
    // Only what was said can be corrected: at the question that first asks for a fact, a reply
    // about it is the answer ("its hunter wells, sign off with just hunter").
    switch target {
    case .signOff, .name: guard known.name != nil else { return nil }
    case .interviewer: guard known.interviewers != nil else { return nil }
    case .company: guard known.company != nil else { return nil }
    case .role: guard known.role != nil else { return nil }
    case .when: guard known.when != nil else { return nil }
    }
    // The first reading of the wording that gives a value of the target's kind.
    for change in changes {
      if let correction = correction(target, change: change, words: words) { return correction }
    }
    return nil
  }

  // MARK: - The change: a new value, and the old one when the person names it

  /// A new value and, when said, the old one it replaces.
  struct Change {
    var new: String
    var old: String?
  }

  /// "X not Y", "not Y, X", "Y should be X", "i wrote Y but it's X", "change Y to X", "it's X":
  /// the readings of the wording, most specific first, each cut from the cue words around it.
  static func changes(in text: String) -> [Change] {
    var found: [Change] = []
    let lower = text.lowercased()
    // "i said Y but it's X", "i wrote Y but its X", "i put Y, it should be X".
    for said in [" said ", " wrote ", " put ", " typed "] {
      if let range = lower.range(of: said) {
        let after = String(text[range.upperBound...])
        for joint in [" but ", ", ", " - "] {
          if let split = after.range(of: joint, options: .caseInsensitive) {
            let old = clean(String(after[..<split.lowerBound]))
            let new = clean(String(after[split.upperBound...]))
            if !new.isEmpty, !old.isEmpty { found.append(Change(new: new, old: old)) }
          }
        }
      }
    }
    // "change Y to X", "Y should be X".
    if let range = lower.range(of: " should be ") ?? lower.range(of: " should say ") {
      let old = clean(String(text[..<range.lowerBound]))
      let new = clean(String(text[range.upperBound...]))
      if !new.isEmpty { found.append(Change(new: new, old: old.isEmpty ? nil : old)) }
    }
    // "X not Y" and "not Y, X" / "not Y but X".
    let clauses = clausesOf(text)
    for (index, clause) in clauses.enumerated() {
      let clauseWords = clause.split(separator: " ").map(String.init)
      guard let not = clauseWords.firstIndex(where: { $0.lowercased() == "not" }) else {
        continue
      }
      let left = clean(clauseWords[..<not].joined(separator: " "))
      var right = clean(clauseWords[(not + 1)...].joined(separator: " "))
      // "not Y but X".
      if let but = right.range(of: " but ") {
        found.append(
          Change(
            new: clean(String(right[but.upperBound...])),
            old: clean(String(right[..<but.lowerBound]))))
        right = clean(String(right[..<but.lowerBound]))
      }
      guard !right.isEmpty else { continue }
      if !left.isEmpty { found.append(Change(new: left, old: right)) }
      // "X, not Y" and "not Y, X": the value is in the clause beside it.
      if left.isEmpty, index > 0 {
        let before = clean(clauses[index - 1])
        if !before.isEmpty { found.append(Change(new: before, old: right)) }
      }
      if left.isEmpty, index + 1 < clauses.count {
        let next = clean(clauses[index + 1])
        if !next.isEmpty { found.append(Change(new: next, old: right)) }
      }
    }
    // "it's X", "meant X", "is called X": the last clause with a value after its cue.
    for clause in clauses {
      let value = clean(clause)
      if !value.isEmpty { found.append(Change(new: value, old: nil)) }
    }
    return found.filter { !$0.new.isEmpty }
  }

  /// The clauses of a message: cut at commas, full stops and the like.
  static func clausesOf(_ text: String) -> [String] {
    var clauses: [String] = []
    var current = ""
    for character in text {
      if ",;!?()".contains(character) || character == "\n" {
        clauses.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    clauses.append(current)
    return clauses.flatMap { $0.components(separatedBy: ". ") }
      .flatMap { $0.components(separatedBy: " - ") }
      .map { $0.trimming(" .:") }.filter { !$0.isEmpty }
  }

  /// A value without the words around it: cues, fact words and copulas at its start ("sorry
  /// the company is actually called"), chat at its end ("btw", "lol").
  static func clean(_ value: String) -> String {
    var words = value.split(separator: " ").map(String.init)
    // "the home is Willowbank", "company name should be X": what follows an early copula.
    if let copula = words.prefix(4).firstIndex(where: {
      ["is", "was", "=", "should", "'s"].contains($0.lowercased())
    }), copula > 0, copula + 1 < words.count {
      words.removeFirst(copula + 1)
    }
    var changed = true
    while changed, let first = words.first {
      changed = false
      let lower = first.lowercased().trimming(".:,'\"“”")
      if leading.contains(lower) || cues.contains(lower) || factWords.contains(lower) {
        words.removeFirst()
        changed = true
      }
    }
    while let last = words.last?.lowercased().trimming(".,!"), trailing.contains(last) {
      words.removeLast()
    }
    return words.joined(separator: " ").trimming(" .,:;\"'“”‘’")
  }

  // MARK: - The target

  /// The fact a correction is about: named by a word, else found by resemblance.
  func target(words: [Word], change: Change?) -> Target? {
    let lower = words.map(\.lower)
    let has = { (set: Set<String>) in lower.contains(where: set.contains) }
    // A fact word names the target when the sentence says what it is: "the practice is called
    // Harlow Reed", "company: Kora & Finch", "the job was X", "the role not Y" — not "they're
    // opening a second practice in Galway".
    let names = { (set: Set<String>) in
      lower.indices.contains { index in
        set.contains(lower[index])
          && lower[(index + 1)..<min(lower.count, index + 4)].contains(where: Self.copulas.contains)
      }
        || lower.indices.dropFirst().contains { index in
          set.contains(lower[index])
            && ["meant", "mean", "the", "wrong"].contains(lower[index - 1])
            && lower.contains(where: { Self.cues.contains($0) && $0 != "not" })
        }
    }
    if has(["sign", "signature", "signed", "sign-off", "bottom"]) { return .signOff }
    if lower.contains("my"), has(["name", "surname", "name's", "names"]) { return .name }
    if has(["her", "his", "their", "interviewer", "interviewer's", "she", "he", "she's", "he's"]),
      has(["name", "surname", "name's", "spelled", "spelt", "spelling", "t's", "called"])
        || change?.old.map({ old in resembles(old, knownPeopleWords) }) == true
    {
      return .interviewer
    }
    if names(Self.companyWords) { return .company }
    if names(["role", "job", "position", "post", "title", "vacancy"]) { return .role }
    if has(["day", "date"]) || lower.contains(where: { DateReader.weekdays[$0] != nil }) {
      return .when
    }
    guard let change else { return nil }
    // No word names the fact: the held value the old words (or the new ones) resemble.
    for target in Target.allCases {
      let held = value(of: target)
      guard let held else { continue }
      if let old = change.old, resembles(old, [held]) || resembles(held, [old]) { return target }
    }
    for target in Target.allCases {
      guard let held = value(of: target), target != .signOff else { continue }
      if resembles(change.new, [held]) { return target }
    }
    if InterviewDay(reading: change.new, today: reader.today)?.date != nil,
      known.when != nil || change.old != nil
    {
      return .when
    }
    return nil
  }

  /// Words that say what a fact is.
  static let copulas: Set<String> = [
    "is", "was", "'s", "should", "called", "=", ":", "not", "name", "spelled", "spelt",
    "isn't", "wasn't", "to",
  ]

  /// The value held for a target, as text.
  func value(of target: Target) -> String? {
    switch target {
    case .name: known.name?.full
    case .signOff: known.signOff?.full
    case .interviewer: known.interviewers?.map(\.full).joined(separator: " ")
    case .company: known.company
    case .role: known.role
    case .when: known.when?.phrase
    }
  }

  /// Every word of the interviewers' names.
  var knownPeopleWords: [String] {
    (known.interviewers ?? []).flatMap { [$0.given, $0.family].compactMap { $0 } }
  }

  /// Two values are the same thing re-spelled: a few letters apart, one inside the other with
  /// the spaces taken out ("Willowbank" in "Willow Bank Nursing Home"), or sharing a word.
  func resembles(_ text: String, _ values: [String]) -> Bool {
    let a = text.lowercased()
    guard !a.isEmpty, a.split(separator: " ").count <= 4 else { return false }
    let squashedA = a.filter { $0.isLetter || $0.isNumber }
    for value in values {
      let b = value.lowercased()
      guard !b.isEmpty else { continue }
      let squashedB = b.filter { $0.isLetter || $0.isNumber }
      if a == b || squashedA.count >= 4 && squashedB.contains(squashedA) { return true }
      if min(a.count, b.count) >= 3,
        EditDistance.between(a, b) <= max(1, min(a.count, b.count) / 4)
      {
        return true
      }
      let shared = Set(a.split(separator: " ")).intersection(b.split(separator: " "))
      if shared.contains(where: { $0.count >= 3 && !Self.leading.contains(String($0)) }) {
        return true
      }
    }
    return false
  }
}
