import Foundation

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

  /// `text` with "no" written "not" where a value held follows it word for word, after a
  /// value of its own: "shift leader no shift manager". Nil when no such "no" stands there;
  /// "no, it's Leeds" or "no idea" are left to the other readings.
  func heldDeniedWithNo(_ text: String) -> String? {
    let held =
      [known.role, known.company].compactMap { $0 }
      + (known.interviewers ?? []).map(\.full) + [known.name?.full].compactMap { $0 }
    let words = text.split(separator: " ").map(String.init)
    for index in words.indices.dropFirst(2) where words[index].lowercased() == "no" {
      guard !words[index - 1].hasSuffix(","), !words[index - 1].hasSuffix(".") else { continue }
      let after = words[(index + 1)...].map { Self.folded($0.trimming(",.!?;:")) }
      let denies = held.contains { value in
        let valueWords = value.split(separator: " ").map { Self.folded(String($0)) }
        return !valueWords.isEmpty && after.starts(with: valueWords)
      }
      if denies {
        var changed = words
        changed[index] = "not"
        return changed.joined(separator: " ")
      }
    }
    return nil
  }

  /// The facts a correction can change.
  enum Target: CaseIterable {
    case name, signOff, interviewer, company, role, when
  }

  func read(_ text: String) -> Correction? {
    guard !MessageText.isLong(text), !MessageText.isQuestion(text) else { return nil }
    // "its shift leader no shift manager": "no" before a value held, word for word, sets it
    // aside as "not" does (tuning 49's cu027 held the role "shift leader no shift manager").
    if let denied = heldDeniedWithNo(text) { return read(denied) }
    // Marks alone are the last reading: "my surname is Rodríguez Herrera" says more.
    // "its Tan Mei Ling, Tan is surname": a remark on which word is the family name orders the
    // name read, or the one held.
    let found = ordering(
      ownNameCorrection(text) ?? readByMeaning(text) ?? markedName(text, words: Self.words(text)),
      in: text)
    // "its Ní Bhriain with an i after the r": a spelling told in words names its own target,
    // unless another reading of a fact already holds its letters ("it is Northfields Homes with
    // s" read as the company "Northfields Homes", the whole name said; "my name's spelt Róisín
    // Ní Dhomhnaill with the fadas", the marks put on after). A swap read otherwise keeps no
    // held capitals or letters told ("kofi asante", "Lópes"), so the spelling wins over it.
    let spelled = spelledInWords(text)
    let holds = { (other: Correction) -> Bool in
      if case .swap = other { return false }
      return Self.folded(other.valueText).contains(Self.folded(spelled?.valueText ?? ""))
    }
    let read = if let spelled, !(found.map(holds) ?? false) { spelled } else { found }
    // "is it weird to email the council": a company or role must be a noun phrase.
    guard read?.hasFieldShape ?? true else { return nil }
    if case .role(let role) = read { return .role(Self.withoutClosingAdverb(role)) }
    // "its Małgorzata Zielińska-Nowak, with polish letters": the marks the person typed are the
    // name's, whichever reading found it.
    // "surname is wiśniewska": a name typed in lower case is written with its capitals, its
    // particles ("van", "de") left small; a word typed small beside capitals ("dela Cruz") is
    // small on purpose.
    if case .name(var name) = read, !text.contains(where: \.isUppercase) {
      let written = { (part: String) in
        part.split(separator: " ").map { word -> String in
          let word = String(word)
          return word == word.lowercased() && !PersonName.particles.contains(word)
            ? PersonName.asTyped(word) : word
        }.joined(separator: " ")
      }
      name.given = name.given.map(written)
      name.family = name.family.map(written)
      return .name(MarkedSpelling.respelled(name, by: text))
    }
    if case .name(let name) = read { return .name(MarkedSpelling.respelled(name, by: text)) }
    if case .signOff(let name) = read { return .signOff(MarkedSpelling.respelled(name, by: text)) }
    // "oh the firm is smith & jones": a word typed in lower case takes the capitals the held
    // company gave it.
    // "the name is Rolling Pin Bakery Co, no 'the'": the person says the article is not theirs.
    if case .company(let company) = read, Self.dropsArticle(text),
      company.lowercased().hasPrefix("the ")
    {
      // The held spelling without its article, when that is the name said again.
      let bare = String(company.dropFirst(4))
      if let held = known.company, held.lowercased().hasPrefix("the "),
        Self.folded(String(held.dropFirst(4))) == Self.folded(bare)
      {
        return .company(String(held.dropFirst(4)))
      }
      return .company(bare)
    }
    if case .company(let company) = read, let held = known.company,
      !text.contains(where: \.isUppercase)
    {
      return .company(Self.casedLike(company, held: held))
    }
    if case .company(let company) = read, Self.isEmphasis(company, in: text) {
      return .company(
        company.split(separator: " ").enumerated().map { offset, word in
          CompanyAnswer.capitalised(word.lowercased(), first: offset == 0)
        }.joined(separator: " "))
    }
    return read
  }

  /// Whether a company named in capitals in a message typed otherwise in lower case is shouted
  /// for emphasis: "lol wait i typed flutterwave, it's PAYSTACK" means the firm written
  /// Paystack, as the person wrote it before. A word with a vowel and four letters or more is
  /// read as a word, so it is written as a name's ("Paystack", "Lidl"); an initialism by its
  /// shape ("KPMG", no vowel) or a known one keeps its capitals, and a person who types
  /// capitals elsewhere in the message ("Sorry, it's ASOS") spelled it on purpose.
  static func isEmphasis(_ company: String, in text: String) -> Bool {
    let words = company.split(separator: " ").map(String.init)
    guard !words.isEmpty,
      words.allSatisfy({ word in
        word.count >= 4 && word.allSatisfy { $0.isLetter && $0.isUppercase }
          && word.contains(where: { "AEIOUY".contains($0) })
          && !CompanyAnswer.initialisms.contains(word.lowercased())
      })
    else { return false }
    // The message's other words are in lower case: the capitals mark only the name.
    let rest = text.split(separator: " ").filter { piece in
      !words.contains(String(piece).trimming(",.!?;:()\"'"))
    }
    return !rest.contains { piece in
      piece.contains(where: \.isUppercase) && piece != "I"
    }
  }

  /// Whether the message says a name has no "the": a clause "no 'the'", "without the", "drop
  /// the the" speaks of the article itself, not of a thing after it.
  static func dropsArticle(_ text: String) -> Bool {
    clausesOf(text).contains { clause in
      let words = clause.lowercased().split(separator: " ").map {
        String($0).trimming("'\"‘’“”")
      }
      return (2...3).contains(words.count) && words.last == "the"
        && ["no", "without", "drop", "remove", "minus", "lose"].contains(words[0])
    }
  }

  private func readByMeaning(_ text: String) -> Correction? {
    let words = Self.words(text)
    if let named = namedLater(text) { return named }
    if let added = addedInterviewer(text, words: words) { return added }
    if let fewer = removedInterviewer(text, words: words) { return fewer }
    // "i said", "i wrote", "i put": the person quoting what they typed before.
    // "i only put ...": one adverb may stand between.
    let quotingWords = words.filter { !["only", "just"].contains($0.lower) }
    let quoting = zip(quotingWords, quotingWords.dropFirst()).contains {
      $0.0.lower == "i"
        && [
          "said", "wrote", "put", "typed", "meant", "mean", "told",
          // "sorry i write aldi!! is LIDL": the present for the past, as a learner of English
          // writes it.
          "write", "type",
        ].contains($0.1.lower)
    }
    // "not Sophie its Sofia" holds the old name and a new one: a change, not a fuller name.
    let negates = words.contains { Self.negations.contains($0.lower) }
    if !negates, let fuller = fullerInterviewer(text, words: words) { return fuller }
    // "her name's Rose Amadi", "his surname is Okafor", "yusufs surname is ibrahim": naming
    // someone already met corrects them.
    let lowerWords = words.map(\.lower)
    let namesSomeone =
      known.interviewers != nil
      && lowerWords.contains {
        ["her", "his", "their", "interviewer's"].contains($0) || heldPossessives.contains($0)
      }
      && lowerWords.contains { ["name", "name's", "surname", "names"].contains($0) }
    let cued = words.indices.contains { Self.isCue(words, at: $0) }
    guard words.count <= 24,
      quoting || namesSomeone || cued
        || words.contains(where: { Self.negations.contains($0.lower) })
    else {
      return nil
    }
    let changes = Self.changes(in: text)
    // "not" alone is a correction only in a short message ("Sara not Sarah") or when the words
    // it negates are something held ("richard not rich"): "leadership question not so good" is
    // an answer about how it went.
    let strong =
      words.indices.contains { Self.isCue(words, at: $0) && words[$0].lower != "not" } || quoting
      || namesSomeone
    let negatesHeld = changes.contains { change in
      change.old.map { old in
        Target.allCases.contains { value(of: $0).map { resembles(old, [$0]) } ?? false }
          // "it wasnt yesterday": the day held, said in other words.
          || known.when?.date != nil
            && Self.day(in: old, today: reader.today)?.date == known.when?.date
      } ?? false
    }
    guard strong || words.count <= 8 || negatesHeld else { return nil }
    if let retitled = jobPutRight(text, changes: changes) { return retitled }
    // "sorry i meant the assistant store manager role": the fact word closes the value.
    if strong, let role = closedRole(text) { return .role(role) }
    // The target from the first reading that names one; then the first reading that gives a
    // value of the target's kind.
    guard
      let target = changes.lazy.compactMap({ self.target(words: words, change: $0) }).first
        ?? self.target(words: words, change: nil)
    else { return outcomeChange(text, words: words, quoting: quoting) }
    // Only what was said can be corrected: at the question that first asks for a fact, a reply
    // about it is the answer ("its hunter wells, sign off with just hunter").
    switch target {
    case .signOff, .name: guard known.name != nil else { return nil }
    case .interviewer: guard known.interviewers != nil else { return nil }
    case .company: guard known.company != nil else { return nil }
    case .role: guard known.role != nil else { return nil }
    case .when: guard known.when != nil else { return nil }
    }
    // A day said with its number is the surest reading of a day: "thursday last week not this
    // week, so the 19th" is the 19th.
    let ordered =
      target == .when
      ? changes.filter { $0.new.contains(where: \.isNumber) }
        + changes.filter { !$0.new.contains(where: \.isNumber) } : likeHeldFirst(changes, target)
    // In a message typed with capitals, a person's name has them: "Sorry, small thing, she
    // spells her name the Irish way, Dr Niamh Ó Conaill" names her in the capitals, never in
    // "small thing" (tuning 36's bu021 greeted "Dear Dr Thing"). Only when another reading
    // has them, shaped as a name: "not dr asante btw, dr asamoah" after a company typed with
    // capitals is still the name.
    let capitalWords = words.dropFirst().filter(\.capitalised).count
    let namesInCapitals =
      [.interviewer, .name, .signOff].contains(target) && capitalWords >= 2
      && ordered.contains { change in
        let parts = change.new.split(separator: " ")
        return parts.count <= 5
          && parts.allSatisfy {
            $0.first?.isUppercase == true || PersonName.particles.contains(String($0))
          }
      }
    for change in ordered {
      if namesInCapitals, change.new == change.new.lowercased() { continue }
      // "the job came through a recruiter": a value that is a clause corrects nothing; a later
      // change in the message may still name the fact ("the company of the job is hubspot").
      if let correction = correction(target, change: change, words: words),
        correction.hasFieldShape
      {
        if case .company(let company) = correction,
          let whole = Self.wholeName(for: company, change: change, in: ordered)
        {
          return .company(whole)
        }
        // "asked why credit union not bank": with only "not" to mark it and the words set
        // aside naming nothing held, a value that is a part of the one held puts nothing right
        // (tuning 35's bs041 made "Lewisham Plus Credit Union" "Union" at the discussion).
        if !strong, !negatesHeld, isPart(correction, of: target) { continue }
        return correction
      }
    }
    return outcomeChange(text, words: words, quoting: quoting)
  }

  /// The company a one-word re-spelling gives, or the whole name the message says against
  /// the same old words when that name holds it and goes on in capitals: "company is JCT
  /// Motor Group not motors" reads "Motor" for "motors", which makes the held "JCT motors"
  /// "JCT Motor", and "JCT Motor Group", which holds that and goes on with "Group" typed as
  /// a name's word (tuning 51's cy010 had kept "JCT Motor"). A whole that leaves out a held
  /// word ("the bank name is Crestline Bank not crestfield" for "Crestfield Bank UK") or goes
  /// on in small letters ("its grant thornton obviously not giant") is no fuller name.
  static func wholeName(
    for company: String, change: Change, in changes: [Change]
  ) -> String? {
    let words = { (text: String) in text.split(separator: " ").map { folded(String($0)) } }
    let held = words(company)
    guard change.new.split(separator: " ").count == 1, change.old != nil else { return nil }
    return changes.first { other in
      let whole = words(other.new)
      let typed = other.new.split(separator: " ")
      return other.old == change.old && whole.count > held.count && !isClause(other.new)
        && Set(held).isSubset(of: Set(whole))
        && zip(whole, typed).allSatisfy { word, typedWord in
          held.contains(word) || typedWord.first?.isUppercase == true
            || typedWord.first?.isNumber == true || typedWord == "&"
        }
    }?.new
  }

  /// The readings of a message that say no old value, those that re-spell the value held (a
  /// company, or the person's own name) first: "wait the shop is Kutz with a z and its the &
  /// sign, Kutz & Kulture Barbers" names the company twice, once inside the remark on its
  /// letters and once whole, and the reading like "kuts and kulture barbers" is the name; the
  /// remark around it never is. With an old
  /// value said ("not Tesco"), the new one is whatever stands against it, like the held or not.
  func likeHeldFirst(_ changes: [Change], _ target: Target) -> [Change] {
    // Only a company: a role's readings share its common words ("customer", "service") with
    // any aside about the job (tuning 20's ao059).
    // A person's own name too: "sorry just noticed, its adebayo johnson no hyphen" reads
    // "noticed" and "adebayo johnson", and the one like the name held is the name (answers
    // tuning 36's cf038 signed "Noticed").
    guard target == .company || target == .name, changes.allSatisfy({ $0.old == nil }),
      let held = value(of: target)
    else { return changes }
    // "sorry the role title is Energy Specialist, they call customer service that": a clause
    // that says where the words came from shares them with the held value, and names nothing.
    let like = { (change: Change) in
      Self.folded(change.new) != Self.folded(held) && !Self.isClause(change.new)
        && self.resembles(change.new, [held])
    }
    return changes.filter(like) + changes.filter { !like($0) }
  }

  /// `value` with each word written as the held value writes it, for a message typed all in
  /// lower case (one typed with capitals is kept as typed: "Pick n Pay Hyper").
  static func casedLike(_ value: String, held: String) -> String {
    let heldWords = held.split(separator: " ").map(String.init)
    return value.split(separator: " ").map(String.init).enumerated().map { offset, word in
      guard word == word.lowercased() else { return word }
      // A word new to the name is written as a company answer in lower case would be.
      return heldWords.first(where: { $0.lowercased() == word })
        ?? CompanyAnswer.capitalised(word, first: offset == 0)
    }.joined(separator: " ")
  }

  /// Words that make a clause a verdict on the interview: "it went ok", "the interview was
  /// rough", "the result is a no".
  static let verdictWords: Set<String> = [
    "went", "go", "going", "gone", "interview", "result", "outcome",
  ]

  /// "ok scratch what i said about it going well, they just emailed and its a no", "actually
  /// thinking about it i reckon it went ok": how it went, said again otherwise. Only when an
  /// outcome is held, the message marks itself as a change of mind (a correction word, or the
  /// person quoting what they said), and what it now says of the interview differs; the words
  /// quoting the old verdict ("what i said about it going well") are left out of the reading.
  func outcomeChange(_ text: String, words: [Word], quoting: Bool) -> Correction? {
    guard let held = known.outcome else { return nil }
    let lower = words.map(\.lower)
    let marked =
      quoting || lower.contains(where: { ["actually", "scratch", "sorry", "wait"].contains($0) })
      || zip(lower, lower.dropFirst()).contains { $0 == ("thinking", "about") }
    guard marked else { return nil }
    // The new verdict: after "but" when the old one is quoted, else the message's last clause
    // that reads as one, then the whole message.
    var reading = text
    if quoting, let but = text.range(of: " but ", options: .caseInsensitive) {
      reading = String(text[but.upperBound...])
    }
    // Only a clause about the interview itself gives a verdict: "that would be nice for me"
    // says nothing of how it went.
    let clauses = Self.clausesOf(reading).filter { clause in
      let lower = clause.lowercased()
      let words = Self.words(clause).map(\.lower)
      return !(lower.contains("i said") || lower.contains("what i") || lower.contains("i put"))
        && words.contains(where: Self.verdictWords.contains)
    }
    guard let outcome = clauses.reversed().lazy.compactMap({ Outcome(reading: $0) }).first,
      outcome != held
    else { return nil }
    return .outcome(outcome)
  }

  /// "there was a 2nd interviewer, Mrs Hope the head teacher", "i forgot, there was also Dr
  /// Iyer from clinical", "it was aoife AND her boss ronan, forgot him", "just realised there
  /// were 3, also obinna from the tech team": someone to add to the people already met.
  ///
  /// The sign is what the person says of the number of people: another one, one forgotten, or
  /// a count above the people held ("there were 3", "2 of them not 1"). The one added is the
  /// person a clause of the message names who is not among them.
  func addedInterviewer(_ text: String, words: [Word]) -> Correction? {
    guard let people = known.interviewers, words.count <= 24 else { return nil }
    let lower = words.map(\.lower)
    // "there were 3", "2 of them not 1", "3 people": more people than held.
    let counted = lower.indices.contains { index in
      let count = Int(lower[index]) ?? DateReader.numbers[lower[index]]
      guard let count, count > people.count, count <= 9, !["a", "an"].contains(lower[index])
      else { return false }
      let before = index > 0 ? lower[index - 1] : ""
      let after = index + 1 < lower.count ? lower[index + 1] : ""
      // "there were 3, also obinna": the count closes its clause; "there were 2 new sites"
      // counts something else.
      let closes = ["", "and", "also", "not", "actually", "sorry"].contains(after)
      return ["were", "was"].contains(before) && closes
        || ["of", "people", "interviewers", "ppl"].contains(after)
    }
    // "the second person was Colm not Colin": a name set against another is that person
    // re-named, not someone added; a count set against the old one ("2 not 1") is not.
    guard counted || !lower.contains(where: Self.negations.contains) else { return nil }
    // Said of a person: "another interviewer", "a 2nd person", "there was also someone".
    // "I forgot there was a woman from HR too, Deirdre, she asked most of the questions": the
    // person owning up to leaving someone out may go on to say what they did (tuning 39's
    // ca029 lost Deirdre at 18 words), so forgetting is read over the whole message.
    let personWord = lower.contains {
      ["interviewer", "person", "someone", "panel", "woman", "man", "guy", "lady"].contains($0)
    }
    let another =
      personWord
      && (words.count <= 16
        && lower.contains {
          ["another", "2nd", "second", "third", "3rd", "also", "forgot"].contains($0)
        }
        || lower.contains { $0.hasPrefix("forgot") || $0 == "forget" })
    // "forgot him completely", "forgot to mention her": someone left out.
    let forgot = lower.indices.dropLast().contains { index in
      lower[index].hasPrefix("forg")
        && lower[(index + 1)...].prefix(3).contains { ["him", "her", "them"].contains($0) }
    }
    // "her manager joined at the end, Olu Adebayo ... thank both of them": someone who joined,
    // or "both" said of one person held, is one more (tuning 40's cc040 had put Olu in
    // Claire's place).
    let joined =
      lower.contains { ["joined", "joining", "popped"].contains($0) }
      || people.count == 1
        && lower.indices.contains { index in
          // "thank both of them", "them both": people; "interviews at both" is places.
          lower[index] == "both"
            && (index + 1 < lower.count && lower[index + 1] == "of"
              || index > 0 && ["them", "thank", "em"].contains(lower[index - 1]))
        }
    guard another || counted || forgot || joined else { return nil }
    let held = Set(people.flatMap(\.fullWords).map(Self.folded))
    // The clause naming someone new, the last first ("..., forgot him" names no one).
    // A clause that says what another fact is ("role is support worker", "company: acme")
    // names no one; "bolaji from the agency" does.
    let factNouns = Self.companyWords.union(["role", "job", "position", "post", "day", "date"])
    for clause in Self.clausesOf(text).reversed() {
      let words = clause.split(separator: " ").map(String.init)
      let lower = words.map { $0.lowercased() }
      let saysFact = lower.indices.contains { index in
        factNouns.contains(lower[index].trimming(":"))
          && (lower[index].hasSuffix(":")
            || index + 1 < lower.count && Self.copulas.contains(lower[index + 1]))
      }
      // "she did most of the store walk", "i think i should thank both": a clause with a
      // pronoun for its subject tells what someone did, and names no one (tuning 40's cc023
      // had added "Walk").
      if saysFact
        || ["she", "he", "they", "i", "we", "it", "she's", "he's", "i'm"].contains(
          lower.first ?? "")
      {
        continue
      }
      // "no wait it was aoife mulcahy AND her boss ronan": the names after the clause's verb.
      let verb = words.lastIndex { ["was", "were", "is", "also"].contains($0.lowercased()) }
      let tail = verb.map { words.suffix(from: $0 + 1).joined(separator: " ") }
      for reading in [clause, tail].compactMap({ $0 }) where !reading.isEmpty {
        guard let named = DirectAnswer.people(reading) else { continue }
        // "oops i forgot, her name is Kemi Adewale": a name sharing a word with someone held
        // is that person, named more fully, not someone new.
        let added = named.filter { person in
          !person.isNameless && !person.fullWords.map(Self.folded).contains(where: held.contains)
        }
        guard !added.isEmpty, added.count <= 2 else { continue }
        return .interviewers(people + added)
      }
    }
    return nil
  }

  /// "sorry it was only imran in the end, beth had to leave", "actually ola wasnt there, it was
  /// just sam": fewer people than held. In a message that owns up to a slip, a held person said
  /// to be the only one, or said not to have been there, leaves the others (or that one) out.
  func removedInterviewer(_ text: String, words: [Word]) -> Correction? {
    guard let people = known.interviewers, people.count >= 2, words.count <= 24,
      words.indices.contains(where: { Self.isCue(words, at: $0) })
    else { return nil }
    let lower = words.map(\.lower)
    func held(_ word: String) -> Int? {
      let folded = Self.folded(word)
      guard folded.count >= 2 else { return nil }
      return people.firstIndex { $0.fullWords.map(Self.folded).contains(folded) }
    }
    // "only imran", "just sam": the one who was there.
    var kept: Set<Int> = []
    for index in lower.indices where ["only", "just"].contains(lower[index]) {
      for word in lower[(index + 1)...].prefix(2) {
        if let person = held(word) { kept.insert(person) }
      }
    }
    // "beth had to leave", "ola wasnt there", "mrs harding wasnt in the interview".
    let absent: Set<String> = [
      "wasnt", "wasn't", "didnt", "didn't", "left", "leave", "couldnt", "couldn't", "never",
    ]
    var gone: Set<Int> = []
    for index in lower.indices {
      guard let person = held(lower[index]),
        lower[(index + 1)...].prefix(3).contains(where: absent.contains)
      else { continue }
      gone.insert(person)
    }
    let remaining = (kept.isEmpty ? Set(people.indices) : kept).subtracting(gone)
    guard !remaining.isEmpty, remaining.count < people.count else { return nil }
    return .interviewers(people.indices.filter(remaining.contains).map { people[$0] })
  }

  /// "its Bríd with a fada on the i btw", "Zoë not Zoe": a word of a held name typed again
  /// with the marks it lacks. The marks are the sign: typed on purpose, in a short message that
  /// says it is about the spelling (a correction cue, "not", or a word about marks or spelling),
  /// so "José told us about the new clinic" at another question changes nothing.
  func markedName(_ text: String, words: [Word]) -> Correction? {
    guard words.count <= 14 else { return nil }
    let lower = words.map(\.lower)
    let aboutSpelling =
      words.indices.contains { Self.isCue(words, at: $0) }
      || lower.contains { Self.negations.contains($0) }
      || lower.contains { word in
        [
          "fada", "accent", "spell", "mark", "proper", "umlaut", "cedilla", "tilde", "acute",
          "hyphen", "apostrophe", "letters",
        ]
        .contains { word.hasPrefix($0) }
      }
    guard aboutSpelling else { return nil }
    if let people = known.interviewers,
      people.contains(where: { MarkedSpelling.changes($0, by: text) })
    {
      return .interviewers(people.map { MarkedSpelling.respelled($0, by: text) })
    }
    if let name = known.name, MarkedSpelling.changes(name, by: text) {
      return .name(MarkedSpelling.respelled(name, by: text))
    }
    return nil
  }

  /// "its kemi adewale if u need the full name", "her name's Rose Amadi btw": a name that holds
  /// every word of one already met, and more, is that person's fuller name. Only in a message
  /// that is the name alone or says it is about a name, so "kemi adewale told me about the new
  /// depot" stays what it is.
  func fullerInterviewer(_ text: String, words: [Word]) -> Correction? {
    guard let people = known.interviewers, words.count <= 14 else { return nil }
    // A comma, a bracket or a full stop ends a name: "text, ill whatsapp bruce" at the channel
    // question is no name "Text Ill Whatsapp Bruce". Each word with whether a mark ends it.
    var marked: [(word: String, ends: Bool)] = []
    var current = ""
    for character in text + " " {
      if " ;!,().".contains(character) {
        let word = current.trimming(":\"“”")
        current = ""
        // "Dr. Bello", "Mr S. Raghavan": the dot of a title or an initial ends nothing.
        let ends =
          ",().".contains(character)
          && !(character == "."
            && (PersonName.titles[word.lowercased()] != nil || word.count == 1))
        if !word.isEmpty {
          marked.append((word, ends))
        } else if ends, let last = marked.popLast() {
          marked.append((last.word, true))
        }
      } else {
        current.append(character)
      }
    }
    let typed = marked.map(\.word)
    // Runs of words a name is made of, titles included.
    var runs: [[String]] = []
    var run: [String] = []
    for (word, ends) in marked {
      defer {
        if ends, !run.isEmpty {
          runs.append(run)
          run = []
        }
      }
      let lower = word.lowercased()
      let title = PersonName.titles[lower.trimming(".")] != nil
      if title
        || DirectAnswer.isNameShaped(word) && !DirectAnswer.sentenceWords.contains(lower)
          && !Self.cues.contains(lower) && !Self.leading.contains(lower)
          && !Self.trailing.contains(lower) && !["full", "btw"].contains(lower)
      {
        if title, !run.isEmpty {
          runs.append(run)
          run = []
        }
        run.append(word)
      } else {
        if !run.isEmpty { runs.append(run) }
        run = []
      }
    }
    if !run.isEmpty { runs.append(run) }
    let aboutName = words.contains { ["name", "name's", "surname", "full"].contains($0.lower) }
    for run in runs where (2...5).contains(run.count) {
      guard aboutName || run.count == typed.count,
        let fuller = PersonName(parsing: run.joined(separator: " "))
      else { continue }
      let have = Set(Self.folded(fuller.full).isEmpty ? [] : fuller.fullWords.map(Self.folded))
      for (index, person) in people.enumerated() {
        let held = person.fullWords.map(Self.folded)
        guard !held.isEmpty, held.allSatisfy(have.contains), have.count > held.count else {
          continue
        }
        // "Oyelaran Castellanos LLP" after Mr Oyelaran, "Brennan Electrical Contractors Ltd"
        // after Mr Brennan: the words added say what sort of body it is, so this is the firm
        // named after the person, not the person's fuller name.
        // A fuller name adds words around the name held, not on both sides of it: "grand, noel
        // seemed happy" is how it went, with Noel in it.
        let folded = run.filter { PersonName.titles[$0.lowercased().trimming(".")] == nil }
          .map(Self.folded).filter { !$0.isEmpty }
        let opens = Array(folded.prefix(held.count)) == held
        let closes = Array(folded.suffix(held.count)) == held
        let reordered =
          Set(folded.prefix(held.count)) == Set(held)
          || Set(folded.suffix(held.count)) == Set(held)
        guard opens || closes || reordered else { continue }
        let added = run.map { $0.lowercased() }.filter { !held.contains(Self.folded($0)) }
        if added.contains(where: {
          OrganisationNouns.legalSuffixes.contains($0.trimming("."))
            || OrganisationNouns.commonKinds.contains($0)
        }) {
          continue
        }
        var all = people
        var renamed = fuller
        if renamed.title == nil { renamed.title = person.title }
        renamed.job = person.job
        all[index] = renamed
        return .interviewers(all)
      }
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
    // "scratch that, it's not Premier Inn, it's Travelodge": the words marking a change of
    // mind are no value, and read as one they were taken for the new name.
    let text = withoutBracketBeforeNot(withoutOpeningMarker(text))
    let lower = " " + text.lowercased()
    // "i said Y but it's X", "i wrote Y but its X", "i put Y, it should be X".
    // "deloitte*", "joy marks* with an s": the chat convention for "I meant".
    if let star = text.firstIndex(of: "*") {
      let before = clean(String(text[..<star]))
      if !before.isEmpty { found.append(Change(new: before, old: nil)) }
    }
    // "sorry i write aldi!! is LIDL": the present for the past, as a learner of English writes.
    // "i told you Mr Tanaka but it was Mr Tanabe": telling is quoting what was typed too.
    // "i only put Marisol Vega before but its Marisol Vega Ortiz": an adverb may come between.
    let quotings = [" i said ", " i wrote ", " i put ", " i typed ", " i write ", " i type "]
    let adverbed = quotings.flatMap { said in
      [" only ", " just "].map { " i" + $0 + said.dropFirst(3) }
    }
    for said in quotings + adverbed + [" i told you "] {
      if let range = lower.range(of: said) {
        let offset = lower.distance(from: lower.startIndex, to: range.upperBound) - 1
        let after = String(text.dropFirst(max(0, offset)))
        // "i put friday it was thursday": the new value said with "it was" after the old one.
        // "aldi!! is LIDL": an exclamation closes the old value, and "is" alone opens the new
        // one where chat drops its "it".
        // The joint nearest the old value first: "i write aldi!! is LIDL. i am crazy today,
        // too many application" is corrected by what follows "is", not by the last clause.
        let splits = [" but ", ", ", " - ", " it was ", " its ", " it's ", " it is ", "! is "]
          .compactMap { after.range(of: $0, options: .caseInsensitive) }
          .sorted { $0.lowerBound < $1.lowerBound }
        for split in splits {
          // "i wrote First Kernow, that was my interview last year": a remark on the old
          // value, not the new one.
          // The new one is said after the remark: "This one is Go Cornwall Bus".
          let rest = String(after[split.lowerBound...]).trimming(" ,-")
          if remarksOnOld(rest) {
            let old = clean(String(after[..<split.lowerBound]))
            let later = clausesOf(rest).dropFirst().lazy.map { clean(withoutSource($0)) }
              .first { !$0.isEmpty }
            if let later, !old.isEmpty { found.append(Change(new: later, old: old)) }
            continue
          }
          let old = clean(String(after[..<split.lowerBound]))
          // The new value ends with its clause: "... it was the costa coffee, long day".
          let new = clean(withoutSource(clausesOf(String(after[split.upperBound...])).first ?? ""))
          if !new.isEmpty, !old.isEmpty { found.append(Change(new: new, old: old)) }
        }
      }
    }
    // "it wasnt Femke it was Fenna": the old value denied, then the new one stated, with or
    // without a comma between (answers tuning 31's bv178 had met "Abn Amro").
    for clause in clausesOf(text.replacingOccurrences(of: ",", with: "")) {
      let words = clause.split(separator: " ").map(String.init)
      let lowered = words.map { $0.lowercased().trimming(".,!") }
      guard lowered.count >= 5, ["it", "that", "she", "he"].contains(lowered[0]),
        ["wasnt", "wasn't", "isnt", "isn't"].contains(lowered[1]),
        let again = lowered.indices.dropFirst(3).first(where: {
          lowered[$0 - 1] == lowered[0] && ["was", "is"].contains(lowered[$0])
            || ["its", "it's"].contains(lowered[$0]) && lowered[0] == "it"
        })
      else { continue }
      // "it was Fenna" has its subject before "was"; "its Fenna" is subject and verb in one.
      let oldEnd = ["its", "it's"].contains(lowered[again]) ? again : again - 1
      let old = clean(words[2..<oldEnd].joined(separator: " "))
      let new = clean(words[(again + 1)...].joined(separator: " "))
      if !new.isEmpty, !old.isEmpty { found.append(Change(new: new, old: old)) }
    }
    // "can u change the role to Trainee Solicitor", "change thompson to thomson": the value
    // after "to", to the clause's end; what stands between is the fact or the old value
    // (answers tuning 30's bt206 set the role "u change the").
    for clause in clausesOf(text) {
      let words = clause.split(separator: " ").map(String.init)
      let lowered = words.map { $0.lowercased().trimming(".,!") }
      guard
        let change = lowered.firstIndex(where: {
          ["change", "changed", "update", "fix"].contains($0)
        }
        ),
        let to = lowered.indices.dropFirst(change + 1).first(where: { lowered[$0] == "to" }),
        to + 1 < words.count, to - change <= 4,
        // "he tell they change to new repairs system": a change someone else makes is told,
        // not asked of the assistant (tuning 51's discussion had set the role "new repairs
        // system").
        change == 0 || !Self.othersChanging.contains(lowered[change - 1])
      else { continue }
      let new = clean(words[(to + 1)...].joined(separator: " "))
      let between = clean(words[(change + 1)..<to].joined(separator: " "))
      if !new.isEmpty { found.append(Change(new: new, old: between.isEmpty ? nil : between)) }
    }
    // "Y should be X".
    if let range = lower.range(of: " should be ") ?? lower.range(of: " should say ") {
      let start = lower.distance(from: lower.startIndex, to: range.lowerBound) - 1
      let end = lower.distance(from: lower.startIndex, to: range.upperBound) - 1
      let old = clean(String(text.prefix(max(0, start))))
      let new = clean(String(text.dropFirst(max(0, end))))
      if !new.isEmpty { found.append(Change(new: new, old: old.isEmpty ? nil : old)) }
    }
    // "X not Y" and "not Y, X" / "not Y but X".
    // "tata consultancy services instead of tcs": "instead of" sets the old value aside as
    // "not" does.
    let clauses = clausesOf(text).map {
      $0.replacingOccurrences(of: " instead of ", with: " not ", options: .caseInsensitive)
    }
    for (index, clause) in clauses.enumerated() {
      let clauseWords = clause.split(separator: " ").map(String.init)
      guard let not = clauseWords.firstIndex(where: { negations.contains($0.lowercased()) })
      else {
        continue
      }
      // "y not i", "with a y, not an i": a letter, which `clean` would take for a word
      // around a value.
      let lastLetter = { (words: ArraySlice<String>) -> String? in
        guard let last = words.last, Self.letter(last) != nil, words.count <= 3 else { return nil }
        return last
      }
      // "the advert says Research Associate not Assistant": the source that states the value
      // is no part of it (tuning 35's bs040 printed "the advert says Research Associate role").
      // "can you sign the note as Lena, not Eleni": a wish about the name before "not" gives
      // its own form, after its cue, never the words the cue acts on (answers tuning 34's
      // cb171 was signed "Note").
      let wished = NameWish.read(clauseWords[..<not].joined(separator: " "), held: nil)?.form.full
      let left =
        lastLetter(clauseWords[..<not]) ?? wished
        ?? clean(withoutSource(clauseWords[..<not].joined(separator: " ")))
      // "it wasnt yesterday it was friday": the new value said with "it was" after the old one,
      // split before the old one is cleaned (cleaning would keep only what follows "was").
      let rawRight = clauseWords[(not + 1)...].joined(separator: " ")
      if lastLetter(clauseWords[(not + 1)...]) == nil,
        let its = Self.restatingJoints.lazy.compactMap({
          rawRight.range(of: $0, options: .caseInsensitive)
        }).first
      {
        let old = clean(String(rawRight[..<its.lowerBound]))
        let new = clean(String(rawRight[its.upperBound...]))
        if !old.isEmpty, !new.isEmpty { found.append(Change(new: new, old: old)) }
      }
      var right =
        lastLetter(clauseWords[(not + 1)...])
        ?? clean(clauseWords[(not + 1)...].joined(separator: " "))
      // "not Y but X".
      if let but = right.range(of: " but ") {
        found.append(
          Change(
            new: clean(String(right[but.upperBound...])),
            old: clean(String(right[..<but.lowerBound]))))
        right = clean(String(right[..<but.lowerBound]))
      }
      // "not Sophie its Sofia": the same, said with "it's".
      if let its = Self.restatingJoints.lazy.compactMap({
        right.range(of: $0, options: .caseInsensitive)
      }).first {
        found.append(
          Change(
            new: clean(String(right[its.upperBound...])),
            old: clean(String(right[..<its.lowerBound]))))
        right = clean(String(right[..<its.lowerBound]))
      }
      guard !right.isEmpty else { continue }
      // "honestly not sure how it went": what "not" sets aside is a value, never a clause
      // opening straight after it (a pronoun, a verb, a question word), so the words are a
      // verdict, not a swap (answers tuning 33's bz120 became the role "honestly").
      let rightWords = right.lowercased().split(separator: " ").map(String.init)
      if rightWords.count >= 3,
        rightWords.prefix(2).contains(where: DirectAnswer.clauseWords.contains)
      {
        continue
      }
      // "its Ngozi not Ngozy": the new value mirrors the old one, word for word.
      let oldCount = right.split(separator: " ").count
      // "its brennan family dental not just brennan dental": every word set aside stands in the
      // words before "not", so those words are the fuller value, whole; no window of them is.
      let leftWords = Set(left.split(separator: " ").map { folded(String($0)) })
      let fuller =
        left.split(separator: " ").count > oldCount
        && right.split(separator: " ").allSatisfy { leftWords.contains(folded(String($0))) }
      if not >= oldCount, !fuller {
        // "its Q2 digital not Q3": the words before "not" spelled most like the old ones, when
        // they are close; else those just before it ("english not arabic").
        let target = folded(right)
        let distance = { (start: Int) in
          EditDistance.between(
            folded(clauseWords[start..<(start + oldCount)].joined(separator: " ")), target)
        }
        // A window that starts or ends on a joining word, or stops beside one ("brightwell &"
        // of "brightwell & sons not brightwell ltd", "K Papadakis" of "K Papadakis & Co not
        // papadakis bros"), cuts a name in two: never a mirror.
        let joins: Set<String> = ["&", "and", "+", "n", "of"]
        let joinsAt = { (index: Int) in
          index >= 0 && index < not && joins.contains(clauseWords[index].lowercased())
        }
        let cutsName = { (start: Int) in
          joinsAt(start) || joinsAt(start + oldCount - 1) || joinsAt(start - 1)
            || joinsAt(start + oldCount)
        }
        let closest = (0...(not - oldCount)).filter { !cutsName($0) }.min {
          (distance($0), -$0) < (distance($1), -$1)
        }
        let close = closest.flatMap { distance($0) * 2 <= target.count ? $0 : nil }
        let start = close ?? (not - oldCount)
        let mirrored = clean(clauseWords[start..<(start + oldCount)].joined(separator: " "))
        // A mirror that is the old value again ("staff nurse not just nurse") changes nothing;
        // one spelled unlike the old value that only cuts the words before "not" short is a
        // guess, tried after them whole ("chef de partie not sous chef").
        // A mirror keeps the old value's word count: "was chef" cleaned to "chef" mirrors
        // nothing of "sous chef" in "the job was chef de partie not sous chef".
        if !mirrored.isEmpty, mirrored != left, folded(mirrored) != folded(right),
          mirrored.split(separator: " ").count == oldCount, !cutsName(start)
        {
          if close == nil, !left.isEmpty, left.lowercased().hasSuffix(" " + mirrored.lowercased()) {
            found.append(Change(new: left, old: right))
          }
          // "Route Planning Analyst not route planner": a mirror that stops short of "not"
          // leaves words of the value after it, so the words before "not" are the value whole
          // (tuning 35's bs032 set the role "Route Planning").
          if close != nil, oldCount >= 2, start + oldCount < not, !left.isEmpty,
            left.split(separator: " ").count > oldCount
          {
            found.append(Change(new: left, old: right))
          }
          found.append(Change(new: mirrored, old: right))
        }
      }
      if !left.isEmpty { found.append(Change(new: left, old: right)) }
      // "X, not Y" and "not Y, X": the value is in the clause beside it. Not the clause before
      // one that says its own subject ("perdón, the company is not ATP, is the LTA"): the
      // value follows it (tuning 38's by048 made the company "Perdón").
      if left.isEmpty, index > 0, not <= 1 {
        let before =
          NameWish.read(clauses[index - 1], held: nil)?.form.full ?? clean(clauses[index - 1])
        if !before.isEmpty { found.append(Change(new: before, old: right)) }
      }
      // "it wasnt kier, kier is the main contractor, ...": a clause that opens on the value
      // set aside and its copula says what that one is, not what is meant (tuning 10's e035
      // made the company "Main Contractor Group").
      if left.isEmpty, index + 1 < clauses.count,
        !remarksOnOld(clauses[index + 1], old: right.lowercased())
      {
        let next = clean(clauses[index + 1])
        if !next.isEmpty { found.append(Change(new: next, old: right)) }
      }
    }
    // The value a negation sets aside in the message ("kier" of "it wasnt kier"), lower case.
    let setAside: String? = clauses.lazy.compactMap { clause -> String? in
      let words = clause.split(separator: " ").map(String.init)
      guard let not = words.firstIndex(where: { negations.contains($0.lowercased()) }),
        not + 1 < words.count
      else { return nil }
      let old = clean(words[(not + 1)...].joined(separator: " ")).lowercased()
      return old.isEmpty ? nil : old
    }.first
    // "ignore shirin, i checked the email and it was Shahrzad": a clause taking back a value
    // names the old one, which the value restated after it replaces (answers tuning 34's
    // cb179 read "Hold on" as the company).
    var takenBack: String?
    // "it's X", "meant X", "is called X": the last clause with a value after its cue.
    for clause in clauses {
      let opening = clause.lowercased().split(separator: " ").map { String($0).trimming(".,!") }
      if let verb = opening.firstIndex(where: Self.retractions.contains), verb <= 2,
        verb + 1 < opening.count,
        !["that", "this", "what", "it", "my", "the", "last", "previous", "everything"].contains(
          opening[verb + 1])
      {
        let old = clean(opening[(verb + 1)...].joined(separator: " "))
        if !old.isEmpty, old.split(separator: " ").count <= 3 { takenBack = old }
      }
      // "i forgot", "i always mix them up": the person telling of themselves, no value; but
      // "i meant the assistant manager job" names one.
      // "sorry I forget": the same after the words that mark the correction.
      let clauseWords = clause.lowercased().split(separator: " ").drop {
        cues.contains(String($0).trimming(".,!")) && $0 != "i"
      }.map(String.init)
      // "i checked the email and it was Shahrzad": how the person found out, then the value
      // restated with "it was", still names it.
      // Only a short value after the joint: "... and it was gemma who said to email her" tells
      // of someone, it restates nothing.
      let spoken = " " + clause.lowercased() + " "
      let restates = Self.restatingJoints.contains { joint in
        guard let at = spoken.range(of: joint, options: .backwards) else { return false }
        return spoken[at.upperBound...].split(separator: " ").count <= 3
      }
      if clauseWords.count > 1, clauseWords[0] == "i", !["meant", "mean"].contains(clauseWords[1]),
        !restates
      {
        continue
      }
      // "scrap that bit about supervisor", "ignore what i said about the day": a clause taking
      // something back names the old value, never the new one.
      if clauseWords.contains(where: Self.retractions.contains) { continue }
      if remarksOnOld(clause, old: setAside) { continue }
      // "just looked at his linkedin its Frazer with a z": how the person found out comes
      // first, and the value is what they restate after "it's", wherever that stands.
      let padded = " " + clause + " "
      if let its = Self.restatingJoints.lazy.compactMap({
        padded.range(of: $0, options: [.caseInsensitive, .backwards])
      }).first, padded[..<its.lowerBound].split(separator: " ").count >= 2 {
        let after = clean(String(padded[its.upperBound...]))
        if !after.isEmpty { found.append(Change(new: after, old: takenBack)) }
      }
      // "sorry the company is not Peabody": what follows a negation is the value set aside,
      // so the clause's own value ends before it (tuning 34's bq018 took "Peabody" back as
      // the new company).
      let words = clause.split(separator: " ")
      let kept = words.firstIndex { negations.contains($0.lowercased()) }.map { words[..<$0] }
      let value = clean((kept ?? words[...]).joined(separator: " "))
      if !value.isEmpty { found.append(Change(new: value, old: nil)) }
    }
    return found.filter { !$0.new.isEmpty }
  }

  /// "sorry Mr Idowu is actually the depot manager not security supervisor": the value set
  /// aside is the job held for someone met, so that job is put right and the name stays
  /// (answers tuning 34's cb074 met "Mr Depot Manager" in place of Mr Idowu).
  ///
  /// Cheap tests first, as every reply at every question is read for it: someone met must hold
  /// a job, and the message must be short; `changes` are read only then, unless given.
  func jobPutRight(_ text: String, changes given: [Change]? = nil) -> Correction? {
    guard var people = known.interviewers, people.contains(where: { $0.job != nil }),
      !MessageText.isLong(text)
    else { return nil }
    // The message speaks of the person: their name, or a pronoun for them ("she was the ops
    // manager not HR"). "the role is assistant manager not store manager" speaks of the role,
    // whatever job someone met was given.
    let said = Set(Self.words(text).map { Self.folded($0.lower) })
    let speaksOfPerson =
      !said.isDisjoint(with: ["she", "he", "her", "his", "shes", "hes", "she's", "he's"])
      || people.contains { $0.fullWords.contains { said.contains(Self.folded($0)) } }
    guard speaksOfPerson else { return nil }
    for change in given ?? Self.changes(in: text) {
      guard let old = change.old.map(Self.folded), !old.isEmpty,
        let index = people.firstIndex(where: { $0.job.map(Self.folded) == old })
      else { continue }
      var words = change.new.split(separator: " ").map(String.init)
      if let first = words.first?.lowercased(), ["the", "a", "an"].contains(first) {
        words.removeFirst()
      }
      while let last = words.last?.lowercased(),
        ["actually", "really", "tho", "though"].contains(last)
      {
        words.removeLast()
      }
      guard !words.isEmpty, words.count <= 5 else { continue }
      people[index].job = words.joined(separator: " ")
      return .interviewers(people)
    }
    return nil
  }

  /// The words that say the new value after an old one set aside: "not Sophie its Sofia", "she
  /// is not Mrs she is Sister Bashir" (a person is restated with "she is" as a thing with "it's").
  static let restatingJoints = [
    " it's ", " its ", " it is ", " it’s ", " it was ", " she is ", " he is ", " she's ", " he's ",
    " she was ", " he was ", " they are ", " they're ", " shes ", " hes ",
  ]

  /// Words that say which part of a name follows ("first name", "last name", "full name").
  static let nameSideWords: Set<String> = ["first", "last", "full", "given"]

  /// Whether a correction's value is only words of the value held for its target.
  func isPart(_ correction: Correction, of target: Target) -> Bool {
    guard let held = value(of: target) else { return false }
    let heldWords = Set(VouchedName.split(held).map { Self.folded($0) })
    let words = VouchedName.split(correction.valueText).map { Self.folded($0) }
    return !words.isEmpty && words.allSatisfy(heldWords.contains)
  }

  /// Whether a clause says what the old value was, and so names no new value: pointed to
  /// ("that was my interview last year", "that's my other application") or named again as
  /// its subject ("kier is the main contractor" after "it wasnt kier", when `old` is "kier").
  static func remarksOnOld(_ clause: String, old: String? = nil) -> Bool {
    let lower = clause.lowercased()
    if let old, !old.isEmpty, lower.hasPrefix(old + " is ") || lower.hasPrefix(old + " was ") {
      return true
    }
    let words = lower.split(separator: " ").map { String($0).trimming(".,!") }
    guard words.count >= 3 else { return false }
    let opening: [[String]] = [
      ["that", "was"], ["that", "is"], ["that's"], ["thats"], ["which", "was"], ["which", "is"],
    ]
    guard let said = opening.first(where: { words.starts(with: $0) }) else { return false }
    let next = words[said.count]
    return ["my", "another", "our", "an", "a"].contains(next)
      || words.dropFirst(said.count).starts(with: ["the", "other"])
  }

  /// Verbs that take back what was said: "scrap that", "ignore what i said", "forget the bit
  /// about ...".
  static let retractions: Set<String> = ["scrap", "scratch", "ignore", "disregard"]

  /// The value without the source that states it opening it: "the advert says Critical Care
  /// Nurse" is "Critical Care Nurse" (tuning 30's bi043 had "advert says Critical Care Nurse"
  /// as the new value, which matched no fact and changed the wrong one). A source of up to
  /// three words, then a verb of stating.
  static func withoutSource(_ text: String) -> String {
    let words = text.split(separator: " ")
    guard
      let verb = words.prefix(4).firstIndex(where: {
        ["says", "said", "states", "lists", "reads"].contains($0.lowercased())
      }), verb >= 1, verb + 1 < words.count
    else { return text }
    return words[(verb + 1)...].joined(separator: " ")
  }

  /// The text without words taking back what was said opening it ("scratch that,"), which
  /// say a change is coming and are never part of its value.
  static func withoutOpeningMarker(_ text: String) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    for marker in Correction.takeBacks where words.count > marker.count {
      let opening = words.prefix(marker.count).map {
        $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.!:;-"))
      }
      if opening == marker {
        return words.dropFirst(marker.count).joined(separator: " ")
      }
    }
    return text
  }

  /// Whether a word is a fact word run into its copula: "companys lidl", "role's team leader".
  static func isFactWordWithCopula(_ word: String) -> Bool {
    let lower = word.lowercased()
    return ["'s", "’s", "s"].contains { suffix in
      let stem = String(lower.dropLast(suffix.count))
      return lower.hasSuffix(suffix) && stem != "called"
        && (factWords.contains(stem) || companyWords.contains(stem))
    }
  }

  /// Words that say the value after them was wrong: "not Y", "it wasnt yesterday".
  static let negations: Set<String> = ["not", "wasnt", "wasn't", "isnt", "isn't", "aint"]

  /// The clauses of a message: cut at commas, full stops and the like.
  /// Words before "change" that make it something another side does: "they change to ...".
  static let othersChanging: Set<String> = [
    "they", "he", "she", "we", "it", "theyre", "they're", "will", "gonna", "theyll", "they'll",
    "dem", "company", "school", "shop", "store", "firm", "council",
  ]

  /// The text without a short bracket between a value and the "not" that sets the old one
  /// aside: "the job is senior care assistant (nights) not senior carer". A bracket ends a
  /// clause, so the words in it had stood alone against "not" and became the new value ("the
  /// role is nights", tuning 51's cy002). A shift or a grade in brackets is an aside to a
  /// title, which the role leaves out as it does at the role question.
  static func withoutBracketBeforeNot(_ text: String) -> String {
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")")
    else { return text }
    let inside = text[text.index(after: open)..<close]
    let after = text[text.index(after: close)...].drop { $0 == " " || $0 == "," }
    guard inside.split(separator: " ").count <= 3, !inside.contains("("),
      after.lowercased().hasPrefix("not ")
    else { return text }
    return (text[..<open].trimming(" ") + " " + after).squeezed
  }

  static func clausesOf(_ text: String) -> [String] {
    var clauses: [String] = []
    var current = ""
    for character in text {
      // "not lidl, aldi 🙈 it was the 26th": a pictograph ends a clause as a comma does.
      if ",;!?()".contains(character) || character == "\n"
        || character.unicodeScalars.first?.properties.isEmojiPresentation == true
      {
        clauses.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    clauses.append(current)
    return clauses.flatMap(sentences)
      .flatMap { $0.components(separatedBy: " - ") }
      .map { $0.trimming(" .:") }.filter { !$0.isEmpty }
  }

  /// A clause cut at each full stop that ends a sentence; the full stop of an abbreviation
  /// ("Crumb & Co. Artisan Bakery", "St. Mungo's", "J. Murphy & Sons", "B.M. Plumbing") or of a
  /// person's title ("it's Sra. López, not Sr.") ends none, so a corrected name is never cut at
  /// its own dot.
  static func sentences(_ clause: String) -> [String] {
    let parts = clause.components(separatedBy: ". ")
    var result: [String] = []
    for part in parts {
      if let last = result.last,
        let word = last.split(separator: " ").last.map(String.init),
        CompanyAnswer.isAbbreviation(word + ".") || word.count == 1 && word != "i"
          || PersonName.titles[word.lowercased()] != nil,
        !opensStatement(part)
      {
        result[result.count - 1] = last + ". " + part
      } else {
        result.append(part)
      }
    }
    return result
  }

  /// Whether a part after an abbreviation's dot opens a statement of its own, so the dot ends
  /// a sentence too: "brightwell ltd. role was warehouse operative" (a fact word and its
  /// copula, typed in lower case), "harlow & co. it went well" (a pronoun). "Crumb & Co.
  /// Artisan Bakery" goes on naming the company.
  static func opensStatement(_ part: String) -> Bool {
    let words = part.split(separator: " ").prefix(2).map { String($0) }
    guard let first = words.first, first.first?.isLowercase == true else { return false }
    if ["i", "it", "its", "it's", "she", "he", "they", "we"].contains(first) { return true }
    let copulas: Set<String> = ["is", "was", "were", "=", ":", "-"]
    return words.count == 2 && (factWords.contains(first) || roleWords.contains(first))
      && copulas.contains(words[1])
  }

  /// A value without the words around it: cues, fact words and copulas at its start ("sorry
  /// the company is actually called"), chat at its end ("btw", "lol").
  static func clean(_ value: String) -> String {
    var words = value.split(separator: " ").map(String.init)
    // "the home is Willowbank", "company name should be X": what follows an early copula.
    let isCopula = { (word: String) in
      ["is", "was", "=", "should", "'s"].contains(word.lowercased())
    }
    let count = words.count
    // "also its Greggs", "i wrote the company wrong its smile-rite dental": the value restated
    // with "it's" after the words that say a slip was made (a cue) or open the clause is what
    // follows it; what came before tells of the slip.
    let restated = restatedAt(words)
    if let its = restated { words.removeFirst(its + 1) }
    // "oops sorry the agency is Brightfield & Co": the words owning up to the slip open the
    // message and are no part of what names the fact, so the copula is looked for after them
    // (tuning 42's cg050 found none within four words, and read on to take "I was thinking
    // of somewhere else" for the role).
    let owning = words.prefix {
      ["oops", "whoops", "sorry", "soz", "ah", "oh", "argh", "ugh", "wait"].contains(
        $0.lowercased().trimming(",.!:;-"))
    }.count
    if owning > 0, owning + 2 < words.count,
      words.dropFirst(owning).prefix(4).contains(where: isCopula)
    {
      words.removeFirst(owning)
    }
    // Whether a copula was taken off: the value after it opens with no second one.
    var afterCopula = false
    if let copula = words.prefix(4).firstIndex(where: isCopula), copula > 0,
      copula + 1 < words.count
    {
      words.removeFirst(copula + 1)
      afterCopula = true
    } else if let copula = words.indices.dropFirst().first(where: {
      // "oh one thing the job was chef de partie": the value follows its fact word's copula;
      // not in a sentence telling something ("she also said the firm is moving ...").
      // "sorry team leader name is Joanne": a naming word before the copula too.
      isCopula(words[$0])
        && (factWords.contains(words[$0 - 1].lowercased())
          || ["name", "surname", "names"].contains(words[$0 - 1].lowercased()))
        && (!words[..<($0 - 1)].contains { DirectAnswer.clauseWords.contains($0.lowercased()) }
          // "before i forget my surname is da Silva": "my" before a name word says whose
          // name the value is, whatever clause opened the message (answers tuning 36's
          // cf174).
          || $0 >= 2 && words[$0 - 2].lowercased() == "my"
            && ["name", "surname", "names"].contains(words[$0 - 1].lowercased()))
    }), copula + 1 < words.count {
      words.removeFirst(copula + 1)
      afterCopula = true
    }
    // "tues. my bad, earlier i just put analyst": owning up to a slip alone is no value
    // (tuning 29's br091 made the role "bad").
    if [["my", "bad"], ["hold", "on"], ["hang", "on"]].contains(
      words.map({ $0.lowercased().trimming(",.!") }))
    {
      return ""
    }
    // "my bad the role is ...", "hold on it was ...": the words owning up to a slip go first.
    for slip in [["my", "bad"], ["hold", "on"], ["hang", "on"]]
    where words.count > 2 && words.prefix(2).map({ $0.lowercased().trimming(",.!") }) == slip {
      words.removeFirst(2)
      if let copula = words.prefix(4).firstIndex(where: isCopula), copula > 0,
        copula + 1 < words.count
      {
        words.removeFirst(copula + 1)
      }
    }
    // "companys lidl", "role's team leader": a fact word run into its copula. After a copula
    // the value has begun: "the job title is Trusts and Foundations Fundraiser" (tuning 34's
    // bq057 lost "Trusts" as "trust" run into "is").
    if !afterCopula, words.count > 1, let first = words.first, isFactWordWithCopula(first) {
      words.removeFirst()
    }
    var changed = true
    var stripped = 0
    var openers = 0
    while changed, let first = words.first {
      changed = false
      let lower = first.lowercased().trimming(".:,'\"“”")
      // "wait its First Harbor Bank & Trust", "sorry its The Ivy": past the clause's first word,
      // a run of words typed with capitals is the name as the person spells it, its own first
      // word included; so it is after a copula ("sorry company name is Just Eat" had kept
      // "Eat").
      if stripped > 0 || restated != nil || afterCopula, words.count > 1,
        first.first?.isUppercase == true,
        words[1].first?.isUppercase == true, first != "I"
      {
        break
      }
      // "IT support executive", "AS level tutor": a word typed in capitals is the value's own
      // qualifier, never a little word before it (the pronoun "I" aside).
      let typedCapitals =
        first.count >= 2 && first == first.uppercased()
        && first.contains(where: \.isLetter)
      if typedCapitals, words.count > 1, words.contains(where: { $0 != $0.uppercased() }) {
        break
      }
      // "btw its calder and finch building", "oh well, it's ...": the words that open speech
      // lead into the value; a capitalised one may be the name's own ("Well Pharmacy").
      let opens =
        words.count > 1
        && (DiscourseOpener.kind(of: lower) == .interjection
          || DiscourseOpener.opens(lower) && (first == first.lowercased() || first.hasSuffix(",")))
      // "First Kernow", "Last Orders Bar": "first", "last", "full" and "given" lead into a
      // value only as words of a name's part ("first name is ..."); before anything else they
      // are the value's own (tuning 35's bs030 made "First Kernow" "Kernow").
      let ofName =
        !Self.nameSideWords.contains(lower)
        || (words.count > 1
          && ["name", "names", "name's", "surname", "surnames", "initial"].contains(
            words[1].lowercased().trimming(".:,'\"“”")))
      if ofName,
        leading.contains(lower) || cues.contains(lower) || factWords.contains(lower) || opens
      {
        words.removeFirst()
        changed = true
        stripped += 1
        if opens, !leading.contains(lower), !cues.contains(lower) { openers += 1 }
      }
    }
    // Whether words before the value introduced it: a copula, a cue, "it's". Words that only
    // open speech introduce nothing ("yeah pretty good i reckon" is no value).
    let introduced = words.count + openers < count
    // "... by the way": an aside closing the message, as "btw" is.
    if words.count > 3,
      words.suffix(3).map({ $0.lowercased().trimming(".,!") }) == ["by", "the", "way"]
    {
      words.removeLast(3)
    }
    // "gaz is actually gary i think": the person's doubt after a value their words introduced
    // is no part of it; a reply with no such words ("yeah pretty good i reckon") is not made
    // a value by cutting it.
    for hedge in closingHedges
    where introduced && words.count > hedge.count
      && words.suffix(hedge.count).map({ $0.lowercased().trimming(".,!") }) == hedge
    {
      words.removeLast(hedge.count)
      break
    }
    // "the company is kuehne+nagel i spelt it wrong": a clause the person opens about
    // themselves after the value tells of the slip; no name, firm or job holds the word "i"
    // before a verb (answers tuning 36's cf102 took the day beside it for the company). "Class
    // I" after a capitalised word is a numeral.
    if let own = words.indices.dropFirst().first(where: { index in
      let lower = words[index].lowercased().trimming(".,!")
      if words[index] == "I", words[index - 1].first?.isUppercase == true { return false }
      // "its owned by accenture so i got confused", "before i forget, ...": after a word
      // joining clauses, the "i" opens a clause of its own, no remark after a value.
      if clauseJoiners.contains(words[index - 1].lowercased()) { return false }
      // "like i said, paralegal": "i said" quoting what was typed leads to the value; only
      // "i wrote it wrong" tells of the slip.
      let next = { (offset: Int) in
        index + offset < words.count ? words[index + offset].lowercased().trimming(".,!") : ""
      }
      if quotingVerbs.union(["meant", "mean", "told"]).contains(next(1)),
        !["it", "that", "them", "wrong"].contains(next(2))
      {
        return false
      }
      return ["i'm", "im", "i've", "ive"].contains(lower)
        || lower == "i" && index + 1 < words.count
          && !["think", "believe", "guess", "reckon", "suppose"].contains(
            words[index + 1].lowercased())
    }),
      // "before i forget my surname is da Silva": a clause that goes on to a copula introduces
      // the value, it tells of no slip.
      !words[own...].contains(where: { isCopula($0) || $0.lowercased() == "it's" })
    {
      words.removeSubrange(own...)
    }
    // "with an r", "capital D", "if that helps", "with the accents": remarks on the value.
    while let last = words.last?.lowercased().trimming(".,!"), trailing.contains(last),
      !Self.endsNameRun(words)
    {
      words.removeLast()
    }
    // "Dimitri my bad": owning up to the slip, after the value.
    if words.count > 2, words.suffix(2).map({ $0.lowercased().trimming(".,!") }) == ["my", "bad"] {
      words.removeLast(2)
    }
    // "oxford biomedica no l at the end": a remark on a letter, after the value.
    if let no = words.indices.dropFirst().first(where: {
      words[$0].lowercased() == "no" && $0 + 1 < words.count && letter(words[$0 + 1]) != nil
        && !["i", "a"].contains(words[$0 + 1].lowercased())
    }) {
      words.removeSubrange(no...)
    }
    // "Garry two r's", "Matthews double t": counting a letter is a remark on the spelling.
    if let count = words.indices.dropFirst().first(where: {
      ["one", "two", "three", "double", "single", "2", "3"].contains(words[$0].lowercased())
        && $0 + 1 < words.count && Self.countedLetter(words[$0 + 1]) != nil
    }) {
      words.removeSubrange(count...)
    }
    // "with an h at the end": a remark on the letters may run to the word's end.
    // "Zhang Wei like my passport": a likeness after the value says where it is written.
    if let with = words.indices.dropFirst().last(where: {
      ["with", "capital", "if", "as", "like"].contains(words[$0].lowercased())
    }), words.count - with <= 4 || words.suffix(2).map({ $0.lowercased() }) == ["the", "end"] {
      words.removeSubrange(with...)
    }
    while let last = words.last?.lowercased().trimming(".,!"), trailing.contains(last),
      !Self.endsNameRun(words)
    {
      words.removeLast()
    }
    // "Also, please sign it as F. Ncube": a clause of nothing but the words that open speech
    // says no value (tuning 39's ca025 and ca047 were signed "Also").
    // A word typed in capitals is a name's ("HM" of "H&M not HM"), never "hm".
    if words.allSatisfy({
      DiscourseOpener.opens($0.lowercased().trimming(".,!")) && $0 != $0.uppercased()
    }) {
      return ""
    }
    return words.joined(separator: " ").trimming(" .,:;\"'“”‘’")
  }

  /// Whether the last word is typed with a capital after another so typed: "Home Instead" is a
  /// name whole, and its "Instead" no word about the change (answers tuning 34's cb078 made
  /// the company "Helping Hands Instead").
  static func endsNameRun(_ words: [String]) -> Bool {
    guard words.count >= 2, let last = words.last, let before = words.dropLast().last else {
      return false
    }
    return last.first?.isUppercase == true && before.first?.isUppercase == true
      && last != last.uppercased()
  }

  /// Where a value is restated with "it's" after the words telling of the slip: the last "its",
  /// "it's" past a clause's first word, within its first four words or after a correction cue
  /// ("i typed the company wrong its lidl"). Nil when it is a possessive: after a copula or
  /// "and" ("the company is Cole and its Partners"), or deep in the words with no cue before.
  static func restatedAt(_ words: [String]) -> Int? {
    let lower = words.map { $0.lowercased().trimming(".,:!") }
    guard
      let its = lower.indices.dropFirst().last(where: {
        // "oh sorry just realised shes jeanette not janet": a person restated with "she's" or
        // "he's" as a thing with "it's"; the words before it told how the slip was found.
        ["its", "it's", "it’s", "shes", "she's", "she’s", "hes", "he's", "he’s"].contains(
          lower[$0]) && $0 + 1 < lower.count
      })
    else { return nil }
    // "the company is Cole and its Partners": after a copula or "and", "its" is a possessive.
    let copula = lower[..<its].contains { ["is", "was", "'s", "="].contains($0) }
    guard !copula, !["and", "&"].contains(lower[its - 1]) else { return nil }
    let cued = lower[..<its].contains { cues.contains($0) && $0 != "not" }
    return its < 4 || cued ? its : nil
  }

  /// The letter a counted mention names: "r's", "rs", "t" (of "two r's", "double t").
  static func countedLetter(_ word: String) -> Character? {
    var lower = word.lowercased().trimming(".,!")
    if lower.hasSuffix("'s") || lower.hasSuffix("’s") { lower = String(lower.dropLast(2)) }
    if lower.count == 2, lower.hasSuffix("s") { lower = String(lower.dropLast()) }
    return letter(lower)
  }

  // MARK: - The target

  /// The fact a correction is about: named by a word, else found by resemblance.
  func target(words: [Word], change: Change?) -> Target? {
    let lower = words.map(\.lower)
    let has = { (set: Set<String>) in lower.contains(where: set.contains) }
    // A fact word names the target when the sentence says what it is: "the practice is called
    // Harlow Reed", "company: Kora & Finch", "the job was X", "the role not Y" — not "they're
    // opening a second practice in Galway".
    // Where a fact word first names its fact, if it does.
    let naming = { (set: Set<String>) -> Int? in
      let copular = lower.indices.first { index in
        set.contains(lower[index])
          && lower[(index + 1)..<min(lower.count, index + 4)].contains(where: Self.copulas.contains)
      }
      let pointed = lower.indices.dropFirst().first { index in
        // "with the library instead" is a place in a sentence, not the fact named.
        set.contains(lower[index])
          && ["meant", "mean", "the", "wrong"].contains(lower[index - 1])
          && (index < 2 || !Self.prepositions.contains(lower[index - 2]))
          && lower.contains(where: { Self.cues.contains($0) && $0 != "not" })
      }
      return [copular, pointed].compactMap { $0 }.min()
    }
    let names = { (set: Set<String>) in naming(set) != nil }
    // "Fiona surname is Graunt not Grant, i checked her email signature": the words after "not"
    // are a held value, word for word, so they say which fact more surely than a word in an
    // aside.
    if let old = change?.old?.lowercased(), !old.isEmpty,
      let held = Target.allCases.filter({ $0 != .signOff && $0 != .when }).first(where: {
        target in
        value(of: target).map { value in
          value.lowercased() == old
            || value.lowercased().split(separator: " ").contains(Substring(old))
        } ?? false
      })
    {
      return held
    }
    // "wait no it was tuesday not yesterday, sorry im all over the place": the words after
    // "not" are the day held, said as it was said, so the day is put right, whatever fact word
    // an aside holds ("place").
    if let old = change?.old, let held = known.when?.date,
      Self.day(in: old, today: reader.today)?.date == held
    {
      return .when
    }
    // "I just checked her email signature, it is ...": their signature is where the
    // interviewer's name was found, not the note's sign-off.
    let theirSignature = lower.indices.contains { index in
      lower[index] == "signature"
        && lower[max(0, index - 2)..<index].contains(where: {
          ["her", "his", "their"].contains($0)
        })
    }
    // "thats what the sign says", "which feels like a good sign": a thing, not the sign-off.
    let signNoun = lower.indices.contains { Self.isSignNoun(lower, at: $0) }
    if !theirSignature,
      has(["signature", "signed", "sign-off", "bottom"]) || has(["sign"]) && !signNoun
    {
      return .signOff
    }
    if lower.contains("my"), has(["name", "surname", "name's", "names"]) { return .name }
    // "y not i": a letter for a letter, in a name of someone met.
    if let old = change?.old.flatMap(Self.letter), let new = change?.new,
      Self.letter(new) != nil,
      knownPeopleWords.contains(where: { $0.lowercased().contains(old) })
    {
      return .interviewer
    }
    // "kemi is Dr Adewale", "olga was Dr Petrova": someone met, said to be someone.
    let heldSubject = lower.indices.dropLast().contains { index in
      knownPeopleWords.contains { $0.lowercased() == lower[index] }
        && ["is", "was"].contains(lower[index + 1])
    }
    if heldSubject, change.map({ DirectAnswer.people($0.new) != nil }) ?? false {
      return .interviewer
    }
    // "Pete surname is Ashworth": a held name straight before the part of a name it has.
    let heldBeforePart = lower.indices.dropLast().contains { index in
      knownPeopleWords.contains { $0.lowercased() == lower[index] }
        && ["surname", "name", "name's"].contains(lower[index + 1])
    }
    if has(["her", "his", "their", "interviewer", "interviewer's", "she", "he", "she's", "he's"])
      || has(heldPossessives) || heldBeforePart,
      has(["name", "surname", "name's", "spelled", "spelt", "spelling", "t's", "called"])
        || change?.old.map({ old in resembles(old, knownPeopleWords) }) == true
    {
      return .interviewer
    }
    // "the job is called learning officer": "called" after a fact word named before it only
    // says how that fact is named (read as the company's word, it had made the role the
    // company, tuning 51's cy044). "the company of the job is hubspot" names the company.
    let roleWords: Set<String> = ["role", "job", "position", "post", "title", "vacancy"]
    if let company = naming(Self.companyWords) {
      if lower[company] == "called", let role = naming(roleWords), role < company {
        return .role
      }
      return .company
    }
    if names(roleWords) { return .role }
    if has(["day", "date"]) || lower.contains(where: { DateReader.weekdays[$0] != nil }) {
      return .when
    }
    guard let change else { return nil }
    // No word names the fact: the held value the old words (or the new ones) resemble most.
    let held = Target.allCases.compactMap { target in value(of: target).map { (target, $0) } }
      .filter { $0.0 != .signOff }
    if let old = change.old,
      let best = held.filter({ resembles(old, [$0.1]) || resembles($0.1, [old]) })
        .max(by: { similarity(old, $0.1) < similarity(old, $1.1) })
    {
      return best.0
    }
    if let best = held.filter({ resembles(change.new, [$0.1]) || resembles($0.1, [change.new]) })
      .max(by: { similarity(change.new, $0.1) < similarity(change.new, $1.1) })
    {
      return best.0
    }
    if Self.day(in: change.new, today: reader.today) != nil,
      known.when != nil || change.old != nil
    {
      return .when
    }
    // "its Tehrani with an i": one word of one held value, re-spelled.
    // "its qureshi with a q not a k": the letters said beside it name no other word.
    if let slack = Self.letterSlack(change.old),
      let (target, _) = respelledTarget(change.new, slack: slack)
    {
      return target
    }
    return nil
  }

  /// Whether two words sound alike as names do when spelled otherwise: "Catherine" and
  /// "Kathryn", "Sofia" and "Sophia", "Jaimie" and "Jamie". The consonants in order, with the
  /// letters that spell one sound two ways made one (c and k, ph and f, z and s) and the vowels
  /// after the first letter left out. Four such sounds at least: with fewer, "think" would sound
  /// like "Tanaka".
  static func soundsAlike(_ a: String, _ b: String) -> Bool {
    let keyA = soundKey(a)
    let keyB = soundKey(b)
    return keyA.count >= 4 && keyA == keyB && folded(a) != folded(b)
  }

  /// The consonant skeleton `soundsAlike` compares.
  static func soundKey(_ word: String) -> String {
    var letters = folded(word).filter(\.isLetter)
    guard letters.count >= 4 else { return "" }
    letters = letters.replacingOccurrencesOf("ph", with: "f")
    var key = ""
    for (offset, letter) in letters.enumerated() {
      let sound: Character =
        switch letter {
        case "c", "q": "k"
        case "z": "s"
        default: letter
        }
      if offset > 0, "aeiouy".contains(sound) { continue }
      if offset > 0, sound == "h", let last = key.last, "kstp".contains(last) { continue }
      if key.last == sound { continue }
      key.append(sound)
    }
    return key
  }

  /// Whether `short` is written as the initials of `name`: "m&s" of "Marks & Spencer", "DWP" of
  /// "Department for Work and Pensions", "M and S" of "Marks and Spencer". The little words of
  /// a name ("and", "for", "of", "the") may be left out of its initials or kept.
  static func initials(_ short: String, of name: String) -> Bool {
    let shortWords = short.lowercased().replacingOccurrencesOf("&", with: " ")
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      .filter { $0 != "and" }
    // Letters typed together ("dwp") or one by one ("m and s").
    let letters =
      shortWords.count == 1
      ? shortWords[0]
      : shortWords.allSatisfy({ $0.count == 1 })
        ? shortWords.joined() : ""
    guard (2...5).contains(letters.count) else { return false }
    let words = name.lowercased().replacingOccurrencesOf("&", with: " ")
      .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    guard words.count >= 2 else { return false }
    let little: Set<String> = ["and", "for", "of", "the", "de", "la"]
    let all = String(words.compactMap(\.first))
    let full = String(words.filter { !little.contains($0) }.compactMap(\.first))
    return full.count >= 2 && (letters == full || letters == all)
  }

  /// Letters and digits only, without accents or case: "Ní Bhriain" and "ni bhriain", "O'Shea"
  /// and "oshea" are the same name spelled with other marks.
  static func folded(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
          CharacterSet.alphanumerics.contains($0) && !CharacterSet.nonBaseCharacters.contains($0)
        }))
  }

  /// How alike two values are: shared words first, then closeness of spelling.
  func similarity(_ a: String, _ b: String) -> Int {
    let shared = Set(a.lowercased().split(separator: " ")).intersection(
      b.lowercased().split(separator: " "))
    return shared.count * 100 - EditDistance.between(Self.folded(a), Self.folded(b))
  }

  /// Words that put a noun in a place in a sentence: "with the library", "at the school".
  static let prepositions: Set<String> = [
    "with", "at", "in", "for", "from", "to", "of", "about", "by", "near", "into", "on",
  ]

  /// Whether "sign" at `index` is a thing, not the verb of the note's sign-off: after a symbol
  /// ("with the & sign"), or after an article and the words that describe it ("thats what the
  /// sign says", "which feels like a good sign", "a really positive sign"): a noun phrase,
  /// where the verb "sign" never stands.
  static func isSignNoun(_ lower: [String], at index: Int) -> Bool {
    guard lower[index] == "sign", index > 0 else { return false }
    if ["&", "and", "+", "@", "#", "plus", "hash"].contains(lower[index - 1]) { return true }
    var cursor = index - 1
    while cursor >= 0, index - cursor <= 3 {
      if ["the", "a", "an", "that", "this", "another", "any", "no"].contains(lower[cursor]) {
        return true
      }
      // A word that ends the noun phrase going back: a pronoun or a word that asks.
      if opensVerbPhrase.contains(lower[cursor]) { return false }
      cursor -= 1
    }
    return false
  }

  /// Words after which "sign" is the verb, never inside a noun phrase before it: "can you
  /// sign it", "please just sign as", "i'd sign with".
  static let opensVerbPhrase: Set<String> = [
    "i", "you", "we", "me", "it", "please", "pls", "plz", "just", "can", "could", "would",
    "will", "should", "to", "and", "but", "then", "so", "id", "i'd", "lets", "let's", "only",
  ]

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

  /// Whether the word at `index` marks a correction. A verb of changing ("change", "fix",
  /// "update") does only when what it changes is a fact or the message itself ("change her
  /// name", "fix it to ...", "update the company"): "how to change a barrel" tells of the
  /// interview.
  /// The words after "i actually" that say something was put right: a copula or a verb of
  /// meaning or typing ("it actually was Reid", "i actually meant Kowalska").
  /// The words before "mean" or "meant" when it is the person meaning something other than
  /// they said: "i meant", "sorry meant", "oops, mean": themselves, or a word owning the slip.
  static let meaningSubjects: Set<String> = [
    "i", "i'd", "sorry", "soz", "oops", "whoops", "wait", "no", "nope", "oh", "ah", "um", "umm",
    "erm", "er", "yes", "yeah", "ok", "okay", "or",
  ]

  /// Adverbs between the person and "meant": "i actually meant", "i really meant".
  static let meaningAdverbs: Set<String> = ["actually", "really", "just", "obviously", "only"]

  /// Words after which "wrong" owns a slip: "it's wrong", "i spelt it wrong", "her name
  /// wrong", "all wrong".
  static let wrongAfter: Set<String> = [
    "it", "that", "this", "is", "was", "are", "were", "'s", "its", "it's", "thats", "that's",
    "all", "completely", "totally", "so", "bit", "me", "i", "name", "surname", "names",
    "spelling", "spelt", "spelled", "typed", "wrote", "put", "one", "them", "him", "her",
    "got", "both", "the", "a", "very", "quite", "slightly", "also", "still", "interviewer",
    "interviewers", "person", "people", "details", "info", "order", "time", "letters",
  ]

  /// Words before which "wrong" owns a slip: "wrong name", "wrong person", "wrong spelling".
  static let wrongBefore: Set<String> = [
    "name", "surname", "spelling", "person", "one", "lady", "guy", "man", "woman", "place",
    "letter", "word", "bit", "info", "details", "thing", "sorry", "oops", "its", "it's",
  ]

  static let actuallyPutsRight: Set<String> = [
    "is", "was", "meant", "mean", "said", "wrote", "put", "typed", "spelled", "spelt", "means",
  ]

  static func isCue(_ words: [Word], at index: Int) -> Bool {
    let word = words[index].lower
    // "my bad", "hold on": two words that own up to a slip, or stop to put one right.
    if index > 0, (words[index - 1].lower, word) == ("my", "bad") { return true }
    if index + 1 < words.count, ["hold", "hang"].contains(word), words[index + 1].lower == "on" {
      return true
    }
    // "no l at the end", "no e before the y": a remark on a letter puts a spelling right.
    // "no i think ..." and "no a ..." are words, not letters.
    if word == "no", index > 0, index + 1 < words.count, letter(words[index + 1].lower) != nil,
      !["i", "a"].contains(words[index + 1].lower)
    {
      return true
    }
    // "ignore that", "scratch what i said", "disregard my last message": a verb that takes back
    // what was said is a correction when its object is the message itself.
    if ["ignore", "scratch", "disregard"].contains(word), index + 1 < words.count {
      return ["that", "this", "what", "it", "my", "the", "last", "previous"].contains(
        words[index + 1].lower)
    }
    guard cues.contains(word) else { return false }
    // "sorry for being late", "sorry to hear that": an apology for a thing done, or
    // sympathy, puts nothing right ("sorry for being late" had been read as the interviewer's
    // name put right, "show" for "Shah"). "sorry for the letter, i want english order" and
    // "Sorry, for the company please write ..." still own a slip.
    if ["sorry", "apologies"].contains(word), index + 2 < words.count {
      let (next, object) = (words[index + 1].lower, words[index + 2].lower)
      if (["for", "about"].contains(next) && object.hasSuffix("ing") && object.count > 4)
        || (next == "to" && object == "hear")
      {
        return false
      }
    }
    // "it meant the world when his carer spoke it": only the person means a thing other than
    // they said ("i meant", "i actually meant"); what a thing meant to someone puts nothing
    // right (tuning 37's bw018 read "carer" as the person's name put right).
    if word == "meant", index > 0,
      ["it", "that", "this", "which", "he", "she", "they", "what"].contains(words[index - 1].lower)
    {
      return false
    }
    // "so adult lessons mean a lot to me": what a thing means to someone is their feeling, and
    // only the person meaning ("i mean", "i really meant", "sorry, meant") puts a value right
    // (tuning 42's cg023 read the person's line of interest as the role "dad never learned to
    // swim").
    if ["mean", "meant"].contains(word), index > 0 {
      var before = index - 1
      while before > 0, Self.meaningAdverbs.contains(words[before].lower) { before -= 1 }
      if !Self.meaningSubjects.contains(words[before].lower) { return false }
    }
    // "he tell they change to new repairs system": a change, update or fix another side makes
    // is told of, and asks nothing of the assistant (tuning 51's discussion had set the role).
    if ["change", "update", "fix"].contains(word), index > 0,
      Self.othersChanging.contains(words[index - 1].lower)
    {
      return false
    }
    // "which has to be a good sign": a sign judged good or bad says how it went, and puts
    // nothing right; "saw it on the sign" still tells where a spelling was found.
    if word == "sign", isSignNoun(words.map(\.lower), at: index),
      !["the", "a", "an", "that", "this"].contains(words[index - 1].lower)
    {
      return false
    }
    // "so i know where it goes wrong": what goes wrong is an event going badly, no slip of the
    // person's ("i got her name wrong" still is one).
    if word == "wrong", index > 0,
      ["go", "goes", "went", "going", "gone"].contains(words[index - 1].lower)
    {
      return false
    }
    // "I've seen so many patients use inhalers wrong": "wrong" after a thing someone does
    // tells how it is done, and owns no slip; only after the slip's own words ("it", "is",
    // "her name", "spelt", "the company") or before them ("wrong name", "the wrong day") does
    // it put something right (tuning 42's cg047 read the line of interest as "Make, not Mark").
    if word == "wrong", index > 0 {
      let before = words[index - 1].lower
      let after = index + 1 < words.count ? words[index + 1].lower : ""
      let ownsSlip =
        Self.wrongAfter.contains(before) || Self.factWords.contains(before)
        || Self.factWords.contains(after) || Self.wrongBefore.contains(after)
      if !ownsSlip { return false }
    }
    // "a brand I actually care about", "it actually went fine": "actually" between a subject and
    // a verb of its own weighs the verb, and puts nothing right; "i actually meant Reed" and
    // "it's actually Harlow Reed" still do (tuning 39's ca024 took the person's own line at
    // the question of interest for the company "Grew up on Tayto Cheese &").
    // A relative pronoun is a subject too: "the first one whos actually smiled" (tuning 44's
    // ck018 read it as the day put right, from "shed ring me monday").
    if word == "actually", index > 0, index + 1 < words.count,
      [
        "i", "we", "you", "he", "she", "they", "it", "that", "this", "who", "who's", "whos",
        "which",
      ].contains(words[index - 1].lower),
      !Self.actuallyPutsRight.contains(words[index + 1].lower)
    {
      return false
    }
    // "should i tell him im redoing the cert? booked it for saturday": "should" before its
    // subject asks for advice; only after it ("it should be Kemi") does it put a fact right.
    if word == "should", index + 1 < words.count,
      ["i", "we", "you", "he", "she", "they", "i'd"].contains(words[index + 1].lower)
    {
      return false
    }
    guard ["change", "fix", "update", "correct", "edit"].contains(word) else { return true }
    // "theatre could change that", "it would fix a lot": a verb of change after a modal whose
    // subject is not the person or FollowUp tells what something may do; asked of FollowUp
    // ("can you change", "could u fix") or said by the person ("i need to change") it asks.
    if index >= 2, Lexicon.modals.contains(words[index - 1].lower),
      !["you", "u", "ya", "i", "we", "pls", "please", "plz"].contains(words[index - 2].lower)
    {
      return false
    }
    var next = index + 1
    while next < words.count,
      ["the", "her", "his", "their", "my", "your"].contains(words[next].lower)
    {
      next += 1
    }
    guard next < words.count else { return true }
    let object = words[next].lower
    return ["it", "that", "this", "to", "name", "surname", "spelling"].contains(object)
      || factWords.contains(object) || companyWords.contains(object)
  }

  /// "lily's", "yusufs": a person already met, named as the owner of what follows ("lily's
  /// surname is tan too").
  var heldPossessives: Set<String> {
    // "matron's name is Clarke", "the manager's surname": a person is also named by the title
    // or the job they were given.
    var described: [String] = []
    for person in known.interviewers ?? [] {
      let titleWords = person.title.map(VouchedName.split) ?? []
      let jobWords = person.job.map(VouchedName.split) ?? []
      described += (titleWords + jobWords).filter { $0.count >= 4 }
    }
    // A job's word takes the possessive only with its mark: "partners" is a plural, or a
    // firm's name ("Dunmore Hale Partners"), never "the partner's" (answers tuning 34's cb192
    // met "Mr Dunmore Hale Partners").
    return Set(
      knownPeopleWords.flatMap { word in
        let lower = word.lowercased()
        return [lower + "'s", lower + "s", lower + "’s"]
      }
        + described.flatMap { word in
          let lower = word.lowercased()
          return [lower + "'s", lower + "’s"]
        })
  }

  /// Every word of the interviewers' names.
  var knownPeopleWords: [String] {
    (known.interviewers ?? []).flatMap { [$0.given, $0.family].compactMap { $0 } }
  }

  /// Two values are the same thing re-spelled: a few letters apart, one inside the other with
  /// the spaces taken out ("Willowbank" in "Willow Bank Nursing Home"), or sharing a word.
  func resembles(_ text: String, _ values: [String]) -> Bool {
    let a = text.lowercased()
    // "Loop&Co" for "Loop and Co", "Smile Bright Dental & Co": a name's "&" is its "and",
    // however many words the name has.
    let withoutAnd = { (text: String) in
      Self.folded(
        text.replacingOccurrencesOf("&", with: " ").split(separator: " ").filter { $0 != "and" }
          .joined())
    }
    if withoutAnd(a).count >= 4,
      values.contains(where: { withoutAnd($0.lowercased()) == withoutAnd(a) })
    {
      return true
    }
    guard !a.isEmpty, a.split(separator: " ").count <= 4 else { return false }
    // "it wasnt m&s", "not DWP": a name's initials are that name.
    if values.contains(where: { Self.initials(a, of: $0) || Self.initials($0, of: a) }) {
      return true
    }
    let squashedA = Self.folded(a)
    // "catherine" for "Kathryn": a word of a name spelled as it sounds.
    if a.split(separator: " ").contains(where: { word in
      values.contains {
        $0.split(separator: " ").contains { Self.soundsAlike(String(word), String($0)) }
      }
    }) {
      return true
    }
    for value in values {
      let b = value.lowercased()
      guard !b.isEmpty else { continue }
      let squashedB = Self.folded(b)
      if a == b || squashedA.count >= 4 && squashedB.contains(squashedA) { return true }
      // "Goldberg-Hale" for "Goldberg": a double-barrelled name holds the one held as a part.
      let parts = a.split(separator: " ").filter { $0.contains("-") }.flatMap {
        $0.split(separator: "-").map { Self.folded(String($0)) }
      }
      let heldWords = b.split(separator: " ").map { Self.folded(String($0)) }
      if parts.contains(where: { $0.count >= 4 && heldWords.contains($0) }) { return true }
      // "St Mary's Catholic Primary School" for "St Mary's": the held name, made fuller.
      if squashedB.count >= 5, squashedA.hasPrefix(squashedB) { return true }
      if min(a.count, b.count) >= 3,
        EditDistance.between(a, b) <= max(1, min(a.count, b.count) / 4)
      {
        return true
      }
      let shared = Set(a.split(separator: " ")).intersection(b.split(separator: " "))
      // A word shared must name this one: "the forest school" is not "St Michael's Primary
      // School" for sharing "school", a kind of place any organisation's name may hold.
      if shared.contains(where: {
        $0.count >= 3 && !Self.leading.contains(String($0))
          && !OrganisationNouns.inNames.contains(String($0))
      }) {
        return true
      }
    }
    return false
  }
}
