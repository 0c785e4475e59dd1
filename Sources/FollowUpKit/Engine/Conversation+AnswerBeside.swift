/// A correction and an answer in one message.
extension Conversation {
  /// The answer to the question in hand typed beside a correction, already taken: "actually the
  /// role was senior admin officer, i undersold it lol. names kwame asante", "sorry its Shaun not
  /// Sean. it went ok". Returns nil when no other part of the message answers it.
  ///
  /// People fix an earlier slip and answer in one breath. The correction has been read from the
  /// whole message; the answer is looked for in the message's other sentences (and, where the
  /// reading needs words of its own kind, as for a day or how it went, its other clauses). A
  /// part that holds a correction word or the corrected value, or asks something, is not the
  /// answer; one in a correction's own wording about the fact asked ("company is greene king"
  /// at the company question) is. At the questions whose short answers are trusted whatever their words (a name,
  /// the people met), a part must also say it is a name ("names ...", "mine is ...", a title,
  /// capitals), so "..., long day" never becomes one.
  /// Personal pronouns that open a clause about someone: never a field's noun phrase.
  static let personalSubjects: Set<String> = ["i", "im", "i'm", "we", "he", "she", "they"]

  mutating func answerBeside(
    _ correction: Correction, in text: String, besides source: String, at question: Question,
    _ acknowledgement: String, before held: Facts? = nil
  ) -> [Output]? {
    guard question.slot != nil, !isAnswered(question) else { return nil }
    // The statements of the message (`MessageParts`), without the one the correction was read
    // from.
    let sentences = MessageParts.statements(of: text)
    var parts = sentences.count > 1 ? sentences.filter { $0 != source } : []
    if question == .when || question == .outcome {
      parts += sentences.flatMap { sentence in
        let clauses = CorrectionReader.clausesOf(sentence)
        return clauses.count > 1 ? clauses : []
      }
    }
    // "retail assistant but i wrote the company wrong its TK Maxx", "3/12 and i spelt the
    // interviewer wrong", "improver plasterer, not fully qualified yet. also i wrote gary ...":
    // the answer comes first and the remark on the slip after it, so the words before a
    // clause the person opens about themselves, or before the first comma, are a part too
    // (answers tuning 33's bz088, bz090, bz097 lost the role and the day beside a correction).
    if [.role, .company, .when].contains(question) {
      let openings =
        sentences.compactMap(Self.openingConjunct)
        + sentences.compactMap { sentence -> String? in
          // Cut at a comma only: a bracket holds a remark on a word ("ruth (kerr btw, with an
          // r) was nice"), never the answer before it.
          let clauses = sentence.components(separatedBy: ", ")
          guard clauses.count > 1, let first = clauses.first,
            !first.contains(where: { "()".contains($0) })
          else { return nil }
          return first.trimming(" .")
        }
      parts += openings.filter { !parts.contains($0) && $0 != source }
    }
    guard !parts.isEmpty else { return nil }
    // "sorry i meant Kojo not Kofi!! the ops lead. company is Ghana Post": a part the person
    // labels as the answer to the question asked is that answer before any other part.
    let labelled = parts.filter { Self.labels($0, question) }
    for part in labelled + parts.filter({ !labelled.contains($0) }) {
      let words = CorrectionReader.words(part).map(\.lower)
      // "idk yet. also ms marsh's first name is chelsey": at the outcome question, not knowing
      // is the answer (unsure); elsewhere it is none.
      // "... i wrote it wrong. fine i think?": at how it went and the day, a question mark on
      // words that ask nothing is a hedge, not a question back.
      let hedges = question == .outcome || question == .when
      let asks = MessageText.isQuestion(hedges ? part.trimming("? ") : part)
      // At how it went, "not" and "actually" are a verdict's own words ("not great", "quite
      // well actually"): with them, only a part that reads as a correction itself is one
      // (answers tuning 30's bt230 and bt236 lost the verdict beside a corrected day and
      // role). "meh" is a verdict there, not a non-answer (bt229).
      let verdictCues: Set<String> = question == .outcome ? ["not", "actually"] : []
      // "my bad" owns up to the slip: a cue of two words.
      let typedWords = CorrectionReader.words(part)
      let cued =
        words.contains { CorrectionReader.cues.contains($0) && !verdictCues.contains($0) }
        || typedWords.indices.contains {
          CorrectionReader.isCue(typedWords, at: $0) && !verdictCues.contains(typedWords[$0].lower)
        }
      let correcting =
        cued || words.contains(where: verdictCues.contains) && readCorrection(part) != nil
      // "The library's in Dewsbury" beside a corrected company is a remark, no role: read
      // whole, before an answer's article comes off it.
      let clause =
        [.role, .company].contains(question) && !labelled.contains(part)
        && FieldShape.fault(part) == .openingVerb("is")
      guard !words.isEmpty, !correcting, !asks, !clause,
        !MessageText.isNonAnswer(part)
          || question == .outcome
            && (Decline.saysNotKnowing(part) || Outcome(reading: part) != nil)
      else { continue }
      // "it was wednesday the 2nd, i got mixed up": at how it went, a clause of the
      // correction's own sentence told of the person ("i got mixed up") is their remark on
      // the slip, unless it says how the interview went ("..., went well though"); read as
      // the verdict, "mixed up" had made the interview a hard one (tuning 51's cy054).
      // The word tests come first: reading the sentence as a correction is the dear one.
      if question == .outcome, !sentences.contains(part),
        words.contains(where: Self.personalSubjects.contains),
        !words.contains(where: CorrectionReader.verdictWords.contains),
        let sentence = sentences.first(where: { $0.contains(part) }),
        sentence == source || readCorrection(sentence) != nil
      {
        continue
      }
      // "... its sharon. ive been calling her karen all day": a part that names the value the
      // correction set aside, and is not labelled as the answer, is a remark on the slip.
      if let held, !labelled.contains(part),
        Self.remarksOnSlip(part, before: held, after: facts, source: source)
      {
        continue
      }
      // The part holding the corrected value ("... i only put one? kelly") is the correction;
      // but a verdict that names it ("atkins one went meh") says how that interview went.
      let folded = CorrectionReader.folded(part)
      let verdictOnIt =
        question == .outcome && words.contains(where: CorrectionReader.verdictWords.contains)
        && Outcome(readingIncidental: part) != nil
      // A part labelled as the answer ("role was trainee dental nurse" beside Parkside Dental
      // Care) is the answer, whatever words it shares with the corrected value.
      if !verdictOnIt, !labelled.contains(part),
        correction.valueText.split(separator: " ").contains(where: {
          let word = CorrectionReader.folded(String($0))
          return word.count >= 3 && folded.contains(word)
        })
      {
        continue
      }
      // Evidence of the answer's own kind where any few words would be taken: at an optional
      // question ("i keep losing track of days" is no outcome) and at the names.
      // "ayesha siddiqui. also sorry the company was ...": the answer comes first and the
      // remark after it, so a short opening statement before the correction's is the reply to
      // the question asked.
      let opening =
        part == sentences.first && part != source && sentences.count > 1 && words.count <= 4
      switch question {
      case .name, .interviewer:
        let nameShaped = part.split(separator: " ").allSatisfy {
          DirectAnswer.isNameShaped(String($0))
        }
        // "Hana (one n), head of comms. and i only put Marisol Vega before but its ...": an
        // opening statement that reads as people met, each with their job, is the reply too
        // (answers tuning 31's bv166 lost Hana beside a correction of the person's own name).
        let first = part == sentences.first && part != source && sentences.count > 1
        let people =
          question == .interviewer && first && words.count <= 8
          && FactReader(today: today).answer(part, to: .interviewer)?.interviewers.map {
            !$0.isEmpty && $0.allSatisfy { VouchedName.vouched($0) != nil }
          } == true
        if !Self.saysItIsAName(part, words: words), !(opening && nameShaped), !people { continue }
      // A clear verdict on the interview only: "i mixed it up with the phone screen" is no
      // "mixed"; "good" alone is.
      case .outcome:
        // "it was good", "ok i guess": a few words are a verdict.
        let short = words.count <= 4
        // "pretty badly if im honest. chloe (barnes btw, with an e) ...": the opening statement
        // before the correction's is the reply to the question asked, as at the names.
        let opens = part == sentences.first && part != source && sentences.count > 1
        let verdict =
          short || opens || words.contains(where: CorrectionReader.verdictWords.contains)
          // "... one p in the middle. and honestly it was a disaster": after the correction, the
          // message's closing statement is the answer to the question in hand when it reads as
          // a clear verdict; "mixed" there is a muddle ("i mixed it up"), not a verdict.
          || part == sentences.last && !words.contains(where: { $0.hasPrefix("mix") })
        // A whole statement of its own besides the correction's ("the 21st sorry not 20th.
        // honestly really well they said theyd call me next week") is read as a reply to the
        // question would be; so is not knowing ("dunno how it went really"), which is unsure.
        let ownStatement = sentences.count > 1 && sentences.contains(part) && part != source
        let reads =
          Outcome(readingIncidental: part) != nil
          || (short || ownStatement) && Outcome(reading: part) != nil
          || Decline.saysNotKnowing(part)
        if !verdict || !reads { continue }
      case .when: if Self.day(in: part, today: today) == nil { continue }
      // "sorry i write aldi!! is LIDL. i am crazy today": a clause about the person, opening
      // on a personal pronoun, is a remark; a role or a company is a noun phrase.
      case .role, .company:
        if let first = words.first, Self.personalSubjects.contains(first) { continue }
      default: break
      }
      var trial = self
      trial.misses = 0
      let reply =
        question == .when && InterviewDay(reading: part, today: today) == nil
        ? (DateReader.weekdays[words.first ?? ""] != nil ? "on " : "the ") + part
        : Self.withoutLead(part, labelled: labelled.contains(part))
      let outputs = trial.answer(reply, to: question)
      guard trial.isAnswered(question), trial.facts != facts || trial.phase != phase else {
        continue
      }
      self = trial
      return Self.prefixed(outputs, with: acknowledgement)
    }
    return nil
  }

  /// The words before "but", "and" or "also" where a clause about the person follows ("retail
  /// assistant but i wrote ..."): nil when no such joint comes after the first word.
  static func openingConjunct(_ sentence: String) -> String? {
    let words = sentence.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(",.!?") }
    guard
      let joint = lower.indices.dropFirst().first(where: { index in
        ["but", "and", "also", "plus"].contains(lower[index]) && index + 1 < lower.count
          && (personalSubjects.contains(lower[index + 1]) || lower[index + 1] == "also")
      })
    else { return nil }
    return words[..<joint].joined(separator: " ").trimming(" ,.")
  }

  /// Whether `part` is a sentence naming a word the correction took out of the facts ("ive
  /// been calling her karen all day" once Karen is Sharon): then it speaks of the slip and holds
  /// no answer. A noun phrase that shares a word with the old value ("graduate software
  /// engineer" beside Kestrel Software -> Kestrel Systems) may still be the answer.
  static func remarksOnSlip(
    _ part: String, before: Facts, after: Facts, source: String
  ) -> Bool {
    let lower = part.lowercased().split(separator: " ").map { String($0).trimming(",.!?") }
    guard lower.contains(where: DirectAnswer.clauseWords.contains) || !FieldShape.isNounPhrase(part)
    else { return false }
    func words(_ facts: Facts) -> Set<String> {
      let values =
        [facts.name?.full, facts.company, facts.role].compactMap { $0 }
        + (facts.interviewers ?? []).map(\.full)
      return Set(
        values.flatMap { $0.split(separator: " ") }.map { CorrectionReader.folded(String($0)) }
          .filter { $0.count >= 3 })
    }
    // The words taken out of the facts, and those the correction names as the old value
    // ("its sharon not karen" when Sharon is already held).
    // Only an old value as short as a name: "i wrote my name without the polish letter
    // before" names no value.
    let named = CorrectionReader.changes(in: source).compactMap(\.old)
      .filter { $0.split(separator: " ").count <= 2 }
      .flatMap { $0.split(separator: " ") }.map { CorrectionReader.folded(String($0)) }
      .filter { $0.count >= 3 }
    let gone = words(before).subtracting(words(after)).union(named)
    guard !gone.isEmpty else { return false }
    return part.split(whereSeparator: { !$0.isLetter && $0 != "'" }).contains {
      gone.contains(CorrectionReader.folded(String($0)))
    }
  }

  /// The day a part names, where the question asked is the day: "30th" alone, typed beside a
  /// correction, is a day of the month as "the 30th" is.
  static func day(in part: String, today: CivilDate) -> InterviewDay? {
    if let day = InterviewDay(reading: part, today: today) { return day }
    let words = part.split(separator: " ")
    // "wed morning": a weekday's short form opening the part, at the question that asks for
    // the day, is the day as "on wed" is (answers tuning 36's cf102 lost it beside a correction).
    if let first = words.first, DateReader.weekdays[first.lowercased()] != nil {
      return InterviewDay(reading: "on " + part, today: today)
    }
    guard words.count == 1, let word = words.first, word.first?.isNumber == true,
      ["st", "nd", "rd", "th"].contains(where: word.lowercased().hasSuffix)
    else { return nil }
    return InterviewDay(reading: "the " + part, today: today)
  }

  /// A part without the words that introduce it as the answer: "names kwame asante", "mine
  /// is tunde bello", "anyway mrs achterberg", "company is greene king", "role = ux designer".
  ///
  /// A part `labelled` as the answer to the question asked loses its label even without a
  /// copula: "interviewer dr layla haddad" is Dr Layla Haddad.
  static func withoutLead(_ part: String, labelled: Bool = false) -> String {
    var words = part.split(separator: " ").map(String.init)
    // The words naming a fact ("the place is bean & leaf", "the firm: ..."), as a correction
    // names its target (`CorrectionReader.factWords`, `companyWords`).
    let leads: Set<String> = CorrectionReader.factWords.union(CorrectionReader.companyWords).union([
      "mine", "names", "name's", "name", "interviewer", "interviewers", "interviewer's", "company",
      "role", "job", "day", "date", "interview", "my", "the",
    ])
    // "anyway mrs achterberg", "oh, greene king": an opener typed in lower case or closed by a
    // comma; "Well Pharmacy" keeps its first word.
    while let typed = words.first, words.count > 1,
      DiscourseOpener.opens(typed.trimming(",:")),
      typed.hasSuffix(",") || typed.hasSuffix(":") || !typed.contains(where: \.isUppercase)
    {
      words.removeFirst()
    }
    // "names kwame asante", "the interview was thursday": up to a copula after lead words only.
    var index = 0
    while index < words.count, leads.contains(words[index].lowercased().trimming(",:")) {
      index += 1
    }
    let copulas: Set<String> = ["is", "was", "=", ":", "were", "-", "–"]
    // "companys lidl": the fact word run into its copula.
    if index == 0, words.count > 1, CorrectionReader.isFactWordWithCopula(words[0]) {
      words.removeFirst()
    } else if index > 0, index < words.count - 1, copulas.contains(words[index].lowercased()) {
      words.removeFirst(index + 1)
    } else if index == 1, words.count > 1, ["names", "name's"].contains(words[0].lowercased()) {
      words.removeFirst()
    } else if index > 0, index < words.count, words[index - 1].hasSuffix(":") {
      words.removeFirst(index)
    } else if labelled,
      let label = words.firstIndex(where: {
        !["the", "my"].contains($0.lowercased())
      }), label + 1 < words.count
    {
      // Only the label itself: "role: lab technician" keeps its "lab".
      words.removeFirst(label + 1)
    }
    return words.joined(separator: " ")
  }

  /// Whether a part opens with the words naming the fact `question` asks for, followed by a
  /// copula or a value: "company is Ghana Post", "role = customer success associate",
  /// "interviewer - Anjali Deshpande HR", "companys lidl".
  static func labels(_ part: String, _ question: Question) -> Bool {
    let words = part.split(separator: " ").map { $0.lowercased().trimming(",:") }
    guard words.count >= 2, let first = words.first else { return false }
    let names: Set<String> =
      switch question {
      case .company: ["company", "firm", "employer", "organisation", "organization"]
      case .role: CorrectionReader.roleWords
      case .interviewer: ["interviewer", "interviewers"]
      case .when: ["day", "date", "interview"]
      case .name: ["name", "names", "name's", "mine"]
      default: []
      }
    // "day before yesterday", "date of the interview": a preposition after the word makes it
    // part of the value or a phrase about it, no label (answers tuning 30's bt218 read
    // "before yesterday").
    if ["before", "after", "of", "in", "on", "at", "for"].contains(words[1]) { return false }
    let stem = first.hasSuffix("'s") ? String(first.dropLast(2)) : first
    let fused = first.hasSuffix("s") && names.contains(String(first.dropLast()))
    return names.contains(first) || names.contains(stem) || fused && question != .name
  }

  /// A part that says it names someone: a naming word, a title or a capital after its start.
  static func saysItIsAName(_ part: String, words: [String]) -> Bool {
    let naming: Set<String> = [
      "name", "names", "name's", "mine", "i'm", "im", "interviewer", "interviewers", "met",
      "called",
    ]
    if words.contains(where: naming.contains) { return true }
    // "spoke to neil (product) and rohan", "interviewed by two people, sam and ola": a verb of
    // meeting someone, followed by the people read as an answer to who it was.
    if let verb = words.firstIndex(where: { ["spoke", "interviewed", "saw"].contains($0) }),
      words.dropFirst(verb + 1).first.map({ ["to", "with", "by"].contains($0) }) == true
    {
      return true
    }
    // "it was sarah and liam from customer success": more than one person said to be who it
    // was, each with a name.
    let typedWords = part.split(separator: " ").map(String.init)
    if let was = typedWords.firstIndex(where: { ["was", "were"].contains($0.lowercased()) }),
      was <= 2, typedWords.dropFirst(was + 1).contains(where: { $0.lowercased() == "and" }),
      let people = DirectAnswer.people(typedWords.dropFirst(was + 1).joined(separator: " ")),
      people.count >= 2,
      people.allSatisfy({ $0.fullWords.allSatisfy { !Lexicon.stopwords.contains($0.lowercased()) } }
      )
    {
      return true
    }
    if words.contains(where: { PersonName.titles[$0.trimming(".")] != nil }) { return true }
    // "anyway it was paul darby", "it was mark": a few name-shaped words said to be who it was,
    // closing the part, or before a comma that sets off their job ("it was rebecca stone,
    // claims manager").
    let typed = part.split(separator: " ").map(String.init)
    if let was = typed.lastIndex(where: { ["was", "its", "it's"].contains($0.lowercased()) }),
      case let after = typed.suffix(from: was + 1),
      case let rest = after.prefix(while: { !$0.hasSuffix(",") })
        + after.drop(while: { !$0.hasSuffix(",") }).prefix(1).map({ $0.trimming(",") }),
      (1...4).contains(rest.count), rest.allSatisfy(DirectAnswer.isNameShaped),
      !rest.contains(where: { DirectAnswer.sentenceWords.contains($0.lowercased()) }),
      // "it was good" is how it went.
      Outcome(readingIncidental: part) == nil
    {
      return true
    }
    return part.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
  }

  /// The sentences of a message: cut after ".", "?" or "!" before a space, after an emoji
  /// between words ("had 2 interviews this week 🤦 atkins one went meh"), and at line ends, but
  /// not after a title's dot ("Dr. Bello").
  static func sentences(of text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if character == "\n" {
        sentences.append(current)
        current = ""
        continue
      }
      current.append(character)
      let ends = ".?!".contains(character) || isEmoji(character)
      guard ends, index + 1 == characters.count || characters[index + 1] == " " else { continue }
      let lastWord = current.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
      // Only a title written short takes a dot: "sous chef. place is the ivy" ends a sentence.
      if character == ".", PersonName.titles[lastWord] != nil,
        PersonName.shortTitles.contains(lastWord)
      {
        continue
      }
      sentences.append(current)
      current = ""
    }
    sentences.append(current)
    return sentences.map { $0.trimming(" .!") }.filter { !$0.isEmpty }
  }

  /// Whether a character is a pictograph typed as punctuation (a face, a gesture), not a
  /// letter, digit or mark of a name.
  static func isEmoji(_ character: Character) -> Bool {
    character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
      && !character.isLetter && !character.isNumber
  }

  /// Outputs with the correction's acknowledgement said first.
  static func prefixed(_ outputs: [Output], with acknowledgement: String) -> [Output] {
    var outputs = outputs
    if case .say(let text)? = outputs.first {
      outputs[0] = .say(acknowledgement + "\n\n" + text)
    } else {
      outputs.insert(.say(acknowledgement), at: 0)
    }
    return outputs
  }
}
