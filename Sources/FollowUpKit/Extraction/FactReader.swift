/// Reads the facts of an interview out of what a person types.
///
/// Two ways in. `facts(in:)` reads a message about anything ("I'm Jordan, I met Priya Shah at
/// Northgate Foods yesterday for the operations coordinator job") and returns every fact it
/// states: this is what lets one message answer several questions. `answer(_:to:)` reads a reply
/// to one question, where a bare "sam and ola" or "northgate foods" is clearly the answer.
///
/// ```swift
/// let reader = FactReader(today: CivilDate(year: 2026, month: 11, day: 27)!)
/// let facts = reader.facts(in: "I'm Jordan, I met Priya Shah at Northgate Foods yesterday")
/// facts.name?.full          // "Jordan"
/// facts.interviewers?.first // Priya Shah
/// facts.when?.date          // 2026-11-26
/// ```
public struct FactReader: Sendable {
  /// A fact the engine asks about.
  public enum Slot: String, Sendable, CaseIterable, Codable {
    case name, interviewer, company, role, when, outcome
  }

  public var today: CivilDate

  public init(today: CivilDate) {
    self.today = today
  }

  /// Every fact stated in a message about anything.
  public func facts(in text: String) -> Facts {
    var scan = FactScan(text: text, today: today, capitalsByHabit: true)
    var facts = scan.read()
    // "I would like to thank the PI", "good evening sir pls help": people read from a message
    // about anything are kept only as far as their names can be vouched for, as at the
    // interviewer question, so that the question is still asked.
    if let people = facts.interviewers {
      let vouched = people.compactMap(VouchedName.vouched)
      facts.interviewers = vouched.isEmpty ? nil : vouched
    }
    // "an interview at Loop+ this morning": the symbols typed on the name's words are kept, as
    // at the company question.
    if let company = facts.company, let typed = Self.typedSpan(of: company, in: text) {
      facts.company = CompanyAnswer.withSymbols(typed, read: company) ?? company
    }
    return Self.shaped(facts)
  }

  /// The words of `text` that spell `value` word for word (folded), as typed, with any symbol
  /// glued to them; nil when they do not appear in a row.
  static func typedSpan(of value: String, in text: String) -> String? {
    let wanted = value.split(separator: " ").map { CorrectionReader.folded(String($0)) }
    guard !wanted.isEmpty, !wanted.contains(where: \.isEmpty) else { return nil }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    guard words.count >= wanted.count else { return nil }
    for start in 0...(words.count - wanted.count) {
      let window = words[start..<(start + wanted.count)]
      if zip(window, wanted).allSatisfy({ CorrectionReader.folded($0.0) == $0.1 }) {
        return window.joined(separator: " ").trimming(",;:!?")
      }
    }
    return nil
  }

  /// Reads a reply to the question for `slot`. Returns the facts found (the asked-for one and
  /// any others the reply states), or nil when the reply does not answer the question.
  ///
  /// A company or role that is not a noun phrase (`FieldShape`) is none: "actually can we just
  /// send it to gemma" at the company question names no company, and the question stays open.
  public func answer(_ text: String, to slot: Slot) -> Facts? {
    guard var facts = unshapedAnswer(text, to: slot) else { return nil }
    let unshaped = facts.company
    facts = Self.shaped(facts)
    // "its called we buy any car", "'the good loaf co.'": a name the person introduced as a
    // name, by a naming verb or in quotes, is one whatever its words.
    if slot == .company, facts.company == nil, let unshaped,
      CompanyAnswer.isNamed(unshaped, in: text)
    {
      facts.company = unshaped
    }
    // "amazon. the warehouse near the motorway. it was yesterday btw": the name ends where its
    // noun phrase does (`CompanyAnswer.nameOnly`), so a day told in a statement of its own
    // after it is read from that statement (answers tuning 36's cf060 lost it).
    if slot == .company, facts.company != nil, facts.when == nil {
      facts.when =
        MessageParts.statements(of: text).dropFirst().lazy.compactMap {
          InterviewDay(reading: $0, today: today)
        }.first
    }
    switch slot {
    case .company: return facts.company == nil ? nil : facts
    case .role: return facts.role == nil ? nil : facts
    case .name, .interviewer, .when, .outcome: return facts
    }
  }

  /// Which of `people` was named last before the greeting cue for `name`: "Dr Hussain the
  /// consultant (said call him Sami) and Claire" greets Dr Hussain as Sami, not Claire, the
  /// last named (tuning 45's cm022 wrote "Dear Sami" to Claire). Nil when no name is found
  /// before the cue.
  static func namedBefore(_ name: String, in text: String, among people: [PersonName]) -> Int? {
    let lower = text.lowercased()
    guard let cue = lower.range(of: name.lowercased(), options: .backwards)?.lowerBound
    else { return nil }
    var best: (index: Int, at: String.Index)?
    for (index, person) in people.enumerated() where !person.isNameless {
      guard let word = person.fullWords.first(where: { PersonName.titles[$0.lowercased()] == nil }),
        let found = lower.range(of: word.lowercased()), found.lowerBound < cue
      else { continue }
      if best.map({ found.lowerBound > $0.at }) ?? true { best = (index, found.lowerBound) }
    }
    return best?.index
  }

  /// "sorry I am on bus, slow internet": a reply that opens by saying where or how the person
  /// is (the first person, "be", a preposition) is about their situation, so the clauses after
  /// it explain that, and none is the answer.
  static func saysWhereThePersonIs(_ text: String) -> Bool {
    var words = WordSplitter.words(text)
    while let first = words.first, ChatAside.isChat(first) || first == "oh" { words.removeFirst() }
    let openers: [[String]] = [["i", "am"], ["i'm"], ["im"]]
    guard let opener = openers.first(where: { words.starts(with: $0) }),
      words.count > opener.count
    else { return false }
    let prepositions: Set<String> = ["on", "in", "at", "with", "out", "off", "away", "outside"]
    return prepositions.contains(words[opener.count])
  }

  /// Whether the company or role a reply would give, were its shape not read (`FieldShape`),
  /// is a clause: the reply was a remark to the assistant rather than an answer.
  func readsAsRemark(_ text: String, slot: Slot) -> Bool {
    guard slot == .company || slot == .role, let raw = unshapedAnswer(text, to: slot),
      let value = slot == .company ? raw.company : raw.role
    else { return false }
    return !FieldShape.isNounPhrase(value)
  }

  /// The facts with a company or role that fails the shape of a noun phrase left out.
  static func shaped(_ facts: Facts) -> Facts {
    var facts = facts
    if let company = facts.company, !FieldShape.isNounPhrase(company) { facts.company = nil }
    // "its a long title": a role whose head is the question's own word names no job.
    if let role = facts.role,
      !FieldShape.isNounPhrase(role)
        || ["title", "titles"].contains(role.split(separator: " ").last?.lowercased() ?? "")
    {
      facts.role = nil
      facts.roleIsKind = nil
      facts.roleIsBare = nil
    }
    return facts
  }

  private func unshapedAnswer(_ text: String, to slot: Slot) -> Facts? {
    // "..., and kylie moretti. the text is just to kylie": who the note is for, or the form to
    // greet them by, points at people the answer names; read without it, then applied to them.
    // A remark that points at no one read leaves the answer read whole, as typed.
    if slot == .interviewer, let remark = AddresseeRemark.read(text),
      var facts = unshapedAnswer(remark.rest, to: slot), let people = facts.interviewers,
      let applied = remark.applied(to: people)
    {
      facts.interviewers = applied
      return facts
    }
    let typed = text
    var text = text
    // "gary hinds, manager, goes by gaz": how to greet them is no part of who they are.
    // "dr lim wei ling, goes by wei ling" names which part of the name is given, read as such.
    // "dr ruth o'mahony ... she said call her ruth" names a part of the name given: the reply
    // is read whole, so the cue can say which part is given ("dr lim wei ling, goes by wei
    // ling"), and the greeting is the cue's all the same, as the person said it.
    let greeting = (slot == .interviewer ? GreetingCue.read(text, quoting: true) : nil).flatMap {
      cue -> GreetingCue? in
      let named = Set(WordSplitter.words(cue.rest))
      // "just Jo is fine": a looser wording is a wish only about a name the reply gave.
      if cue.loose, !cue.titled, !WordSplitter.words(cue.name).allSatisfy(named.contains) {
        return nil
      }
      return cue
    }
    if let greeting, !greeting.rest.isEmpty,
      !WordSplitter.words(greeting.name).allSatisfy(Set(WordSplitter.words(greeting.rest)).contains)
    {
      text = greeting.rest
    }
    // "Mrs Niadoo sorry Naidoo, the F&B manager": a name re-spelled as it is given; "theatre
    // clwyd, i mean Theatr, autocorrect": one word of a company mended, the rest standing
    // (tuning 35's bs047 had the company "Theatr" alone).
    if [.interviewer, .name, .company, .role].contains(slot),
      let mended = InlineRespelling.mended(text)
    {
      text = mended
    }
    // "Wilko... no sorry, it is Tesco Extra Bury": at a question for one value, what is said
    // last is meant.
    if slot == .company || slot == .role, let last = ChangedMind.lastSaid(text) { text = last }
    // "sainsburys the big one": which branch, said after the name, is no part of it and can
    // hide the name from the reader.
    // "braeside care home its in inverness", "um pret a manger": the name ends where the noun
    // phrase does (`CompanyAnswer.nameOnly`).
    if slot == .company { text = CompanyAnswer.nameOnly(text) }
    if slot == .company { text = CompanyRemark.named(text, places: false) }
    var scan = FactScan(text: text, today: today)
    scan.answersCompany = slot == .company
    var facts = scan.read()
    switch slot {
    case .name:
      // The question asked carries the most weight: a reply shaped like a name is the name.
      var wished = false
      let direct = DirectAnswer.ownName(text)
      if let direct {
        facts.name = direct.name
        wished = direct.wished
        if let signOff = direct.signOff { facts.signOff = signOff }
        // "in the UK I use Hana Kobayashi" says where the name is used: no company ("UK I").
        if let remark = direct.usedIn.map(CorrectionReader.folded), let company = facts.company,
          remark.contains(CorrectionReader.folded(company))
        {
          facts.company = nil
        }
        // "krzysztof nowak, chris is ok": the remark is about the name, not how it went.
        if facts.outcome != nil, let remark = direct.usedIn, text.contains(remark) {
          var rest = FactScan(text: text.replacingOccurrences(of: remark, with: ""), today: today)
          facts.outcome = rest.read().outcome
        }
      }
      if facts.name == nil { facts.name = scan.bareName() }
      // "Tanaka Yui ... so Yui Tanaka in English": the name written in the order asked for,
      // unless the person's own wish on the form already decided it.
      if !wished, let name = facts.name, let ordered = NameOrder.requested(text, name: name) {
        facts.name = ordered
        if facts.signOff?.full == name.full { facts.signOff = nil }
      }
      // "Warrant Officer (ret.) Dmitri Volkov": words before the person's own name are who
      // they are (a rank, a title), not the post they applied for.
      let lower = text.lowercased()
      if let role = facts.role?.lowercased(), let given = facts.name?.fullWords.first?.lowercased(),
        let roleAt = lower.range(of: role), let nameAt = lower.range(of: given),
        roleAt.upperBound <= nameAt.lowerBound
      {
        facts.role = nil
      }
      // A name given as one's own is not also an interviewer: "Chan Ka Yan but I go by Karen
      // Chan" names no one met, whichever form of the name a cue ("by") seemed to introduce.
      if let name = facts.name, let people = facts.interviewers {
        // "guadalupe reyes, i go by lupe", "kat for short": the form the person is known by is
        // theirs too, however it is used.
        let known = (direct?.usedIn).map { WordSplitter.words($0) } ?? []
        let own = Set(
          (name.fullWords + (facts.signOff?.fullWords ?? []) + known).map(CorrectionReader.folded))
        let others = people.filter { person in
          person.fullWords.isEmpty
            || !Set(person.fullWords.map(CorrectionReader.folded)).isSubset(of: own)
        }
        facts.interviewers = others.isEmpty ? nil : others
      }
      // "joy baker": the words taken as the name are not also a job or a company.
      if let name = facts.name?.fullWords.map({ $0.lowercased() }).joined(separator: " ") {
        if let role = facts.role?.lowercased(), name.contains(role) || role.contains(name) {
          facts.role = nil
        }
        if let company = facts.company?.lowercased(),
          name.contains(company) || company.contains(name)
        {
          facts.company = nil
        }
      }
      return facts.name == nil ? nil : facts
    case .interviewer:
      // "idk does it matter": a question asked back names no one.
      if DirectAnswer.asksBack(text) { return nil }
      if let people = DirectAnswer.people(text) {
        facts.interviewers = people
        // "Mrs Amadi (deputy head)": the job is the interviewer's, not the candidate's role.
        if let role = facts.role?.lowercased(),
          people.contains(where: { person in
            person.job.map { $0.lowercased().contains(role) || role.contains($0.lowercased()) }
              ?? false
          })
        {
          facts.role = nil
        }
        if let own = facts.name, people.contains(where: { $0.full == own.full }) {
          facts.name = nil
        }
        // "mr bello, head of operations", "Agnes, she's the manager": a job in the answer about
        // who interviewed is theirs; it is the person's role only when they say it is theirs
        // ("I", "my") or name it as the post ("for the analyst job").
        let words = WordSplitter.words(text)
        let owned: Set<String> = [
          "i", "i'm", "im", "my", "me", "for", "as", "job", "role", "position", "post", "vacancy",
        ]
        if facts.role != nil, !words.contains(where: owned.contains) { facts.role = nil }
      } else if let people = scan.barePeople() {
        facts.interviewers = people
      }
      // "jen from costa": where the interviewer is from, when it is no team, is the employer.
      if facts.company == nil, facts.interviewers != nil,
        let employer = EmployerOfInterviewer.company(in: text)
      {
        facts.company = employer
      }
      // "the home is Ashgrove Lodge btw", "the assistant manager at the greggs on briggate":
      // the employer said beside who interviewed (answers tuning 32's bx043, bx046).
      if facts.company == nil, facts.interviewers != nil {
        if let stated = EmployerOfInterviewer.statedPlace(in: text),
          let company = answer(stated, to: .company)?.company
        {
          facts.company = company
        } else if let employer = EmployerOfInterviewer.workplace(in: text) {
          facts.company = employer
        }
      }
      if facts.interviewers == nil, let own = facts.name, scan.isOnlyName {
        // "Priya Shah" typed alone reads as a name; here it is the interviewer's.
        facts.interviewers = [own]
        facts.name = nil
      }
      // "area manager gary", "chair was helen marsh (mrs)": the job first, then the name; read
      // so when nobody was found or only a job's words were taken for a name ("Chair").
      let onlyJobs = facts.interviewers?.allSatisfy { person in
        !person.fullWords.isEmpty
          && person.fullWords.allSatisfy { PeopleAnswer.jobWords.contains($0.lowercased()) }
      }
      if onlyJobs ?? true, let person = JobThenName.read(text) {
        facts.interviewers = [person]
      } else if onlyJobs ?? true, let people = JobThenName.readEach(text) {
        // "transport manager gary, and one shift supervisor": the jobs are theirs.
        facts.interviewers = people
        facts.role = nil
      }
      // "CA Rohit Malhotra", "HOD maths Mr Joseph": an office in capitals is no name.
      if let people = facts.interviewers {
        facts.interviewers = OfficeInitials.separated(people, typed: text)
      }
      // The greeting asked for is the person's it names ("dr fitzgerald (... everyone calls
      // her dr fitzgerald) and nuala"), or else the person's named just before it.
      if let greeting, var people = facts.interviewers,
        let last = people.lastIndex(where: { !$0.isNameless })
      {
        let named = Set(PersonName.key(greeting.name))
        let owner = people.firstIndex { person in
          !person.isNameless && !named.isDisjoint(with: PersonName.key(person.full))
        }
        people[owner ?? Self.namedBefore(greeting.name, in: typed, among: people) ?? last]
          .greetAs = greeting.name
        facts.interviewers = people
      }
      return facts.interviewers == nil ? nil : facts
    case .company:
      // "whats the point of the company name, just make it general": a reply that opens by
      // asking why is about the question, and no clause of it is the name.
      if let first = WordSplitter.words(text).first,
        ["what", "whats", "what's", "why", "how"]
          .contains(first), DirectAnswer.questionOpeners.contains(first)
      {
        return nil
      }
      // "leeds teaching hospitals nhs trust (at st james's)": a remark in brackets is set
      // aside when the name outside reads on its own; a short name part in brackets ("Caring
      // Hands (Fife)") is no remark and stays.
      let (outside, remarks) = RemarkedAnswer.setAside(text)
      if remarks.contains(where: RemarkedAnswer.isRemark), !outside.isEmpty, outside != text,
        var found = answer(outside, to: .company), let company = found.company
      {
        found.company =
          RemarkedAnswer.fullName(of: company, in: remarks)
          ?? RemarkedAnswer.respelled(company, by: remarks)
        // "bloomkit (lowercase b)": the remark on its letters is the name's.
        if let named = found.company, let typed = LetterCaseRemark.typedLowerCase(named, in: text) {
          found.company = typed
        }
        // "pasarkita (capital K)": the capital the person names is the name's.
        if let named = found.company, let written = LetterCaseRemark.statedCapital(named, in: text)
        {
          found.company = written
        }
        return found
      }
      // "its a small firm, okoro & partners solicitors", "its the council, newham council": a
      // first clause that only says what kind of place it was describes it; the name follows.
      if let named = CompanyAnswer.afterDescription(text), named != text,
        let found = answer(named, to: .company)
      {
        return found
      }
      if let company = scan.bareCompany() {
        // Capitalised by the person, the answer keeps its own punctuation ("Pvt. Ltd.").
        // "st christophers hospice": the owner's apostrophe chat leaves out (`NamePossessive`).
        facts.company = NamePossessive.restored(
          CompanyRemark.named(
            CompanyAnswer.spokenInitials(text)
              // "the Botanist in Newcastle": the "the" typed before a name with capitals is the
              // name's too (tuning 37's bw027 printed "at Botanist"), unless the name ends on
              // a kind of body ("the British Museum"), which the note gives its "the" itself.
              ?? CompanyAnswer.asTyped(text, read: company).map { typed in
                typed.split(separator: " ").contains {
                  CompanyAnswer.kindWords.contains($0.lowercased())
                    || OrganisationNouns.inNames.contains($0.lowercased())
                } ? typed : CompanyAnswer.withThe(text, read: typed)
              }
              ?? CompanyAnswer.continued(text, read: company)
              ?? CompanyAnswer.withThe(
                text, read: CompanyAnswer.withSymbols(text, read: company) ?? company)))
      }
      // "the council. hackney council", "emirates (the airline not the stadium haha)": a
      // reply with a remark beside the name is read clause by clause.
      if facts.company == nil {
        for clause in RemarkedAnswer.clauses(text, order: .lastFirst) where clause != text {
          if let found = answer(clause, to: .company) { return found }
        }
      }
      // "adeyemi taylor logistics (adeyemi-taylor, with a hyphen)": the remark respells it.
      if let company = facts.company {
        let remarks = RemarkedAnswer.setAside(text).remarks
        if !remarks.isEmpty { facts.company = RemarkedAnswer.respelled(company, by: remarks) }
      }
      // "l3dger, all lower case and with a 3 instead of the e": written as the person says.
      if let company = facts.company, let typed = LetterCaseRemark.typedLowerCase(company, in: text)
      {
        facts.company = typed
      }
      // "shambapay, capital P": the capital the person names is the name's ("ShambaPay").
      if let company = facts.company,
        let written = LetterCaseRemark.statedCapital(company, in: text)
      {
        facts.company = written
      }
      // "Sorry, correction: it's Goldberg-Hale": an apology or a laugh is no company.
      if let company = facts.company,
        company.split(separator: " ").allSatisfy({ ChatAside.isChat(String($0)) })
      {
        facts.company = nil
      }
      // "the strathglass hotel near beauly", "h&m on oxford st": where it is, typed after
      // the name, is no part of it.
      if let company = facts.company {
        facts.company = CompanyAnswer.withoutLocation(company, typed: text)
      }
      // "pulse 24/7 gyms", "Smile Studio 32": a number in the company's name is no day.
      if let company = facts.company, company.contains(where: \.isNumber) { facts.when = nil }
      if facts.interviewers != nil, facts.company != nil, scan.isOnlyName {
        facts.interviewers = nil
      }
      return facts.company == nil ? nil : facts
    case .role:
      if let role = scan.bareRole() { facts.role = role }
      // "deputy manager but covering the kitchen too til they find a chef": the title, then a
      // comment on it.
      if facts.role == nil, !Self.saysWhereThePersonIs(text) {
        for clause in RemarkedAnswer.clauses(text, order: .firstFirst) where clause != text {
          if let found = answer(clause, to: .role) { return found }
        }
      }
      return facts.role == nil ? nil : facts
    case .when:
      // "22 of November, no wait that was sunday. it was 24th": a day is one value, and the one
      // said last is meant.
      if let day = ChangedMind.lastDay(text, today: today) {
        facts.when = day
      }
      // At the question itself "sat" or "thu evening" is the day: the short forms, which are
      // also words, need no capital or "on" there.
      if facts.when == nil, WordSplitter.words(text).count <= 4 {
        facts.when = InterviewDay(reading: "on " + text, today: today)
      }
      // "yesterdy morning", "wensday": a day's name typed a letter wrong, where a day was asked.
      if facts.when == nil, let mended = DateReader.nearDaysMended(text) {
        facts.when =
          InterviewDay(reading: mended, today: today)
          ?? InterviewDay(reading: "on " + mended, today: today)
      }
      return facts.when == nil ? nil : facts
    case .outcome:
      // The question asked is trusted: the whole reply is read as the verdict, not only the
      // clear verdicts a message about many things may hold.
      if let outcome = Outcome(reading: text) { facts.outcome = outcome }
      // At the question itself a short reply is an answer, even one that commits to nothing
      // ("no idea", "could go either way"): that is `unsure`, not a miss.
      let words = WordSplitter.words(text)
      let phrase = " " + words.joined(separator: " ") + " "
      let unsure = [" don't know ", " dont know ", " no idea ", " not sure ", " hard to say "]
        .contains(where: phrase.contains)
      if facts.outcome == nil, !MessageText.isQuestion(text), !words.contains("skip"),
        words.count <= 8 || unsure
      {
        facts.outcome = .unsure
      }
      return facts.outcome == nil ? nil : facts
    }
  }
}
