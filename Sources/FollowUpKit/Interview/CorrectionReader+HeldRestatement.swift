import Foundation

/// A name already held, typed again in changed form: "no its Reid" after Mr Reed, "sorry i
/// meant Kowalska not Kowalczyk for the lady lol", "its william on my cv" after Will Young,
/// "btw its Deepak Sharma only" after Deepak Kumar Sharma, "its Mwangi-Kibet" after Dr Mwangi.
///
/// A person putting a name right often uses no wording a reading of correction shapes knows
/// ("no its Reid"), or says it beside the answer to the question in hand ("... the company is
/// harrow & sons removals"), whose fact word would otherwise name the target. What marks the
/// correction is the name itself: a run of name words that lines up with the words of a name
/// held, one of them at least spelled otherwise. So the target is the name it resembles, the
/// new value is that name with the typed words in place, and the rest of the message is left to
/// answer the question asked. A run holding any word that lines up with no word of the name
/// ("Reid Logistics" after Mr Reed) is something else, named, and changes nothing.
extension CorrectionReader {
  /// How a typed word stands to one word of a name held.
  enum WordMatch: Equatable {
    /// The same word ("anna" for "Anna").
    case same
    /// The same word spelled otherwise, at this distance ("Reid" for "Reed").
    case respelled(Int)
  }

  /// The correction a message makes by typing a held name again in changed form, or nil.
  func restatedName(_ text: String) -> Correction? {
    let typed = Self.nameRuns(in: text)
    // "is it ok to write email? she only gave me her card": a question asks, it puts nothing
    // right ("only" is no "Orla").
    guard !typed.words.isEmpty, typed.words.count <= 24, !MessageText.isQuestion(text) else {
      return nil
    }
    let lower = typed.words.map { $0.lowercased() }
    // A name typed again says it is put right by a word around it ("no", "its", "sorry", "not",
    // "i meant"): a message that is only a name is the answer to the question asked.
    let words = Self.words(text)
    let signed =
      words.indices.contains { Self.isCue(words, at: $0) }
      || lower.contains { Self.negations.contains($0) || Self.restatingWords.contains($0) }
    guard signed else { return nil }
    // "sign it priyanka not priya": the slot word names the sign-off, which keeps the name held.
    // "i just checked her email signature and it's Dr Nowak-Ellis": someone else's signature
    // is where the name was found, not the person's own sign-off (tuning 35's bs060 kept "Dr
    // Nowak" and took the message for the discussion).
    let signsOff = lower.indices.contains { index in
      ["sign", "signed", "signature", "sign-off"].contains(lower[index])
        && !(index > 0
          && ["her", "his", "their", "email", "e-mail", "emails"].contains(lower[index - 1]))
    }
    guard !signsOff else { return nil }
    // The slot word decides between two names a run resembles: "my" is the person's own name;
    // "her", "his", "the lady" someone met.
    let saysOwn = lower.contains("my")
    var best: (correction: Correction, score: Int)?
    func consider(_ correction: Correction, _ score: Int) {
      if best.map({ score > $0.score }) ?? true { best = (correction, score) }
    }
    // One word re-spelled is said as a swap, so the reply says what changed ("Reid, not
    // Reed") and the word changes wherever it was used.
    func swapped(_ old: PersonName, _ new: PersonName) -> Correction? {
      let pairs = zip(old.fullWords, new.fullWords).filter { $0.0 != $0.1 }
      guard old.fullWords.count == new.fullWords.count, pairs.count == 1, let pair = pairs.first
      else { return nil }
      return .swap(pair.1, for: pair.0)
    }
    // "i wrote dr siddique but its siddiqi": the value set aside, word for word a held name's,
    // says whose name is put right more surely than a closer spelling.
    let named = { (person: PersonName) in
      typed.setAside.joined().contains { word in
        person.fullWords.contains { Self.match(word, $0) == .same }
      } ? 50 : 0
    }
    for (run, title) in zip(typed.runs, typed.titles) {
      if let name = known.name, let (renamed, score) = Self.restated(name, by: run) {
        consider(swapped(name, renamed) ?? .name(renamed), score + (saysOwn ? 50 : 0) + named(name))
      }
      for (index, person) in (known.interviewers ?? []).enumerated() {
        guard case (var renamed, let score)? = Self.restated(person, by: run) else { continue }
        // "the matron is Mrs Josephine Mensah not Mr Joseph": the title typed with the name
        // is part of what is put right, so it is no swap of one word.
        let retitled = title.map { $0 != person.title } ?? false
        if retitled { renamed = Self.retitled(renamed, as: title, from: person) }
        var people = known.interviewers ?? []
        people[index] = renamed
        consider(
          (retitled ? nil : swapped(person, renamed)) ?? .interviewers(people),
          score + (saysOwn ? 0 : 1) + named(person))
      }
    }
    return best?.correction
  }

  /// "Steve is Stephen, he said he doesnt like Steve": a held name word, "is", then another
  /// name typed with its capital that opens with the same letter: the person's name in the form
  /// they use (tuning 40's cc047 kept "Steve"). Only one word for one word, and only in a
  /// message that owns up to a slip.
  func identityRename(_ text: String) -> Correction? {
    guard let people = known.interviewers, !people.isEmpty, text.count <= 200 else { return nil }
    let words = Self.words(text)
    guard words.indices.contains(where: { Self.isCue(words, at: $0) }) else { return nil }
    for index in words.indices.dropFirst().dropLast() where words[index].lower == "is" {
      var next = index + 1
      if ["actually", "really"].contains(words[next].lower), next + 1 < words.count { next += 1 }
      let old = words[index - 1].lower
      let new = words[next].lower
      guard words[next].capitalised, new.count >= 2, new.allSatisfy(\.isLetter),
        old.first == new.first, Self.folded(old) != Self.folded(new),
        PersonName.titles[new] == nil
      else { continue }
      for person in people {
        guard let word = person.fullWords.first(where: { Self.folded($0) == Self.folded(old) })
        else { continue }
        return .swap(new.prefix(1).uppercased() + new.dropFirst(), for: word)
      }
    }
    return nil
  }

  /// `person` with the title typed, and a greeting made with the old title made with the new
  /// one ("Mrs Begum" greeted "Ms Begum" once she is Ms).
  static func retitled(_ person: PersonName, as title: String?, from held: PersonName)
    -> PersonName
  {
    var renamed = person
    renamed.title = title
    if let greeting = person.greetAs, let old = held.title, let title {
      var words = greeting.split(separator: " ").map(String.init)
      if words.first == old {
        words[0] = title
        renamed.greetAs = words.joined(separator: " ")
      }
    }
    return renamed
  }

  /// Words that say a value again: "no its Reid", "it is Kowalska".
  static let restatingWords: Set<String> = ["no", "its", "it's", "it’s"]

  /// The runs of name words in a message, and all its words. A run is cut at punctuation and at
  /// a word of the sentence around a name (a pronoun, a verb of being, a correction word), so
  /// "no its Reid" holds one run, "Reid".
  static func nameRuns(in text: String) -> (
    runs: [[String]], words: [String], setAside: [[String]], titles: [String?]
  ) {
    var runs: [[String]] = []
    var setAsideRuns: [[String]] = []
    // The title typed just before each run ("Mrs Josephine Mensah"), as a letter writes it.
    var titles: [String?] = []
    var run: [String] = []
    var words: [String] = []
    var current = ""
    // Where the run began: the word before it says whether it is a name at all.
    var before = ""
    var title: String?
    func close() {
      // "the luas", "a date": after a determiner, a noun. "not Kowalczyk", "i wrote siddique":
      // the value set aside, never the new one.
      let setAside =
        ["the", "a", "an", "this", "that", "not", "than"].contains(before)
        || quotingVerbs.contains(before)
      if !run.isEmpty {
        if setAside {
          setAsideRuns.append(run)
        } else {
          runs.append(run)
          titles.append(title)
        }
      }
      run = []
    }
    func endWord() {
      let word = current.trimming("\"“”‘’'*")
      current = ""
      guard !word.isEmpty else { return }
      let lower = word.lowercased()
      let typedTitle = PersonName.titles[lower.trimming(".")]
      defer {
        words.append(word)
        // "i wrote dr siddique": a title stands between the quoting verb and the name.
        if run.isEmpty, typedTitle == nil { before = lower }
        if run.isEmpty { title = typedTitle }
      }
      // "i saw so many people": the word after a subject pronoun is its verb, not a name.
      // "his carer": a word typed small after a possessive is the thing possessed.
      // "about 300 machines": a word after a number is the thing counted (tuning 40's cc021 had
      // renamed Fraser Macinnes "Machines").
      let afterSubject =
        run.isEmpty
        && (["i", "we", "you", "he", "she", "they"].contains(before)
          || ["his", "their", "our", "your"].contains(before) && word == lower
          || !before.isEmpty && before.allSatisfy(\.isNumber))
      // "its Deepak Sharma only": a focusing adverb is no part of a name.
      // "Ó Briain": a particle of one letter opens a family name as a longer word does.
      let particle = word.count == 1 && word != lower && PersonName.familyParticles.contains(lower)
      if DirectAnswer.isNameShaped(word), word.count >= 2 || particle, !afterSubject,
        !quotingVerbs.contains(lower),
        !["only", "just", "also", "too", "even"].contains(lower),
        DateReader.weekdays[lower] == nil, DateReader.months[lower] == nil,
        !DirectAnswer.sentenceWords.contains(lower), !cues.contains(lower),
        !leading.contains(lower), !trailing.contains(lower), !negations.contains(lower),
        !Lexicon.stopwords.contains(lower), PersonName.titles[lower.trimming(".")] == nil
      {
        run.append(word)
      } else {
        // "let me check the email": a word typed small before an object pronoun is its verb,
        // never a name (answers tuning 36's cf204 read "let" as Lei re-spelled).
        if ["me", "us", "him", "them"].contains(lower), let only = run.first, run.count == 1,
          only == only.lowercased()
        {
          run = []
        }
        close()
      }
    }
    for character in text {
      if character == " " || character == "\n" {
        endWord()
      } else if ",.;:!?()/".contains(character) {
        endWord()
        close()
        before = ""

      } else {
        current.append(character)
      }
    }
    endWord()
    close()
    return (runs, words, setAsideRuns, titles)
  }

  /// `person` with the words of `run` in place of the held words they line up with, and how
  /// sure the reading is; nil unless every word of the run lines up with a word of the name
  /// and the name changes.
  ///
  /// Two shapes: the run re-spells one word or more of the name ("Anna Kowalska", "Reid"), or
  /// the run is the name with a word left out ("Deepak Sharma" of "Deepak Kumar Sharma", two
  /// words at least, so one name word alone is never read as a shortened name).
  static func restated(_ person: PersonName, by run: [String]) -> (PersonName, Int)? {
    var held = person.fullWords
    guard !held.isEmpty, !run.isEmpty, run.count <= held.count + 1 else { return nil }
    var renamed = person
    // "Owusu-Ansah" for "Owusu Ansah", "xiaoming" for "Xiao Ming": held words typed as one.
    var joined = 0
    for word in run {
      let bare = folded(word)
      for start in held.indices {
        for end in (start + 1)..<held.count
        where folded(held[start...end].joined()) == bare {
          // In place of the last of them, so a greeting by the family name follows it.
          let written = asWritten(word, held: held[start...end].joined(separator: " "))
          renamed = replacing(held[end], with: written, in: renamed)
          for word in held[start..<end] { renamed = replacing(word, with: nil, in: renamed) }
          joined += 1
        }
      }
    }
    if joined > 0 {
      held = renamed.fullWords
      guard run.allSatisfy({ word in held.contains { match(word, $0) != nil } }) else {
        return nil
      }
      return (renamed, 100 * run.count)
    }
    var used: Set<Int> = []
    var matches: [(typed: String, held: Int, match: WordMatch)] = []
    for word in run {
      let candidates = held.indices.filter { !used.contains($0) }.compactMap {
        index -> (Int, WordMatch)? in
        Self.match(word, held[index]).map { (index, $0) }
      }
      // The same word first, then the closest spelling.
      guard
        let (index, match) = candidates.min(by: { Self.cost($0.1) < Self.cost($1.1) })
      else { return nil }
      used.insert(index)
      matches.append((word, index, match))
    }
    let respelled = matches.filter { $0.match != .same }
    if !respelled.isEmpty {
      for (typed, index, _) in matches {
        renamed = replacing(held[index], with: asWritten(typed, held: held[index]), in: renamed)
      }
      let distance = respelled.reduce(0) { $0 + cost($1.match) }
      return (renamed, 100 * matches.count - distance)
    }
    // A word left out between the first and the last: the run's words, in the name's order.
    guard run.count >= 2, run.count < held.count, matches.first?.held == 0,
      matches.last?.held == held.count - 1,
      matches.map(\.held) == matches.map(\.held).sorted()
    else { return nil }
    for (offset, word) in held.enumerated() where !used.contains(offset) {
      renamed = replacing(word, with: nil, in: renamed)
    }
    return (renamed, 100 * matches.count - 10)
  }

  /// A typed name word as the name is to be written: as typed when it has capitals or marks the
  /// held word lacks ("McBride", "Siobhán"), else with the held word's capitals when it is the
  /// same word, else capitalised as a name is.
  static func asWritten(_ typed: String, held: String) -> String {
    if typed != typed.lowercased() { return typed }
    if folded(typed) == folded(held), typed != folded(typed) {
      return PersonName.capitalised([typed]).first ?? typed
    }
    if folded(typed) == folded(held), !held.contains(" ") { return held }
    return typed.split(separator: "-", omittingEmptySubsequences: false).map {
      PersonName.capitalised([String($0)]).first ?? String($0)
    }.joined(separator: "-")
  }

  static func cost(_ match: WordMatch) -> Int {
    switch match {
    case .same: 0
    case .respelled(let distance): distance
    }
  }

  /// How a typed word stands to a word of a name held, or nil when it is another word.
  ///
  /// A re-spelling keeps the word's first letter (or its sound: "Catherine" for "Kathryn") and
  /// is close: a few letters apart for its length ("Reid", "Ngozi"), the same length with half
  /// its letters kept ("Kojo" for "Kofi"), a long shared start ("Kowalska" for "Kowalczyk"), the
  /// held word made fuller ("William" for "Will", "Mwangi-Kibet" for "Mwangi"). A possessive
  /// ("Kofi's") is the same word.
  static func match(_ typed: String, _ held: String) -> WordMatch? {
    let a = folded(typed)
    let b = folded(held)
    guard !a.isEmpty, !b.isEmpty else { return nil }
    if a == b || a == b + "s" || typed.lowercased().hasPrefix(held.lowercased() + "'")
      || typed.lowercased().hasPrefix(held.lowercased() + "’")
    {
      return .same
    }
    guard a.count >= 3, b.count >= 3 else { return nil }
    let distance = EditDistance.between(a, b)
    if soundsAlike(typed, held) { return .respelled(distance) }
    guard a.first == b.first else { return nil }
    let shorter = min(a.count, b.count)
    if distance <= max(1, shorter / 4) { return .respelled(distance) }
    // "Kowalska" for "Kowalski": the same length, a letter or two apart. Half the letters
    // apart is another word: "answer" of "I did not know what to answer" is no "Andrei".
    if a.count == b.count, a.count >= 4, distance <= 2, distance * 2 <= a.count {
      return .respelled(distance)
    }
    let shared = zip(a, b).prefix { $0 == $1 }.count
    if shared >= 4, shared * 5 >= shorter * 3 { return .respelled(distance) }
    // "Mwangi-Kibet" for "Mwangi": the held word as one part of a joined name.
    let parts = typed.split(separator: "-").map { folded(String($0)) }
    if parts.count > 1, parts.contains(b) { return .respelled(distance) }
    // "William" for "Will": the held word the start of a longer one, as a short form is.
    if a.hasPrefix(b), a.count - b.count <= 4 { return .respelled(distance) }
    return nil
  }

  /// `person` with one word of its given or family name replaced (or, with nil, left out).
  static func replacing(_ old: String, with new: String?, in person: PersonName) -> PersonName {
    var renamed = person
    func swapped(_ part: String?) -> String? {
      guard let part else { return nil }
      var words = part.split(separator: " ").map(String.init)
      guard let index = words.firstIndex(of: old) else { return part }
      if let new { words[index] = new } else { words.remove(at: index) }
      return words.isEmpty ? nil : words.joined(separator: " ")
    }
    if let given = person.given, given.split(separator: " ").contains(Substring(old)) {
      renamed.given = swapped(given)
    } else {
      renamed.family = swapped(person.family)
    }
    // "Dear Dr Mwangi" chosen before: the greeting follows the name it was made of.
    if let greeting = person.greetAs {
      let words = greeting.split(separator: " ").map(String.init)
      if words.contains(old) {
        renamed.greetAs =
          words.compactMap { $0 == old ? new : $0 }.joined(separator: " ")
      }
    }
    return renamed
  }
}
