/// A reply to "Who interviewed you?", read as people: each a name, the title it was given, and
/// the person's own job or team.
///
/// People describe interviewers as they introduce them: "Mrs Amadi (deputy head)", "tom, he's
/// the ops director", "Carl from finance", "the lady from HR, Wanjiru", "the owner Mr Tan",
/// "matt from the agency and then Erin the client lead". The reply is cut into mentions (at
/// "and", "&", "then" and commas); a mention that holds a name is a person, and a mention that
/// holds only a description ("he's the ops director", "(deputy head)") belongs to the person
/// next to it. The description is the interviewer's, kept on them, never the candidate's role.
enum PeopleAnswer {
  /// One mention of the reply, and what set it off from the one before: a comma alone, a full
  /// stop (a new sentence), or a word that joins people ("and", "then", "plus").
  struct Mention {
    var text: String
    var afterComma: Bool
    var opensSentence = false
    var afterJoiner = false
  }

  static func read(_ text: String) -> [PersonName] {
    var people: [PersonName] = []
    var pendingJob: String?
    var pendingTitles: [String] = []
    // In a reply typed with capitals, names have them: a mention typed all in lower case there
    // is a description ("Aisha Bello (ops lead)", "Piotr Zieliński (hiring manager)").
    let mixedCase = typedWithCapitals(text) && text != text.capitalized
    // Whether the reply says a name was not caught ("didn't catch his name", "whose name i
    // missed"): then a person described without a name is an interviewer all the same.
    var notCaught = false
    // The person just described who may yet be named ("the lady from HR, Wanjiru"): not one
    // whose own mention said the name was not caught.
    var awaitingName: Int?
    // "Mr Tom Ashworth, Head of Individual Giving", "gaz, well gareth": with no word that joins
    // people, what a comma sets off after someone named is said of them (see `Apposition`).
    let joined = Apposition.joinsPeople(text)
    // "3 of them, the head, a governor and ...", "panel, ...": a reply that counts the people
    // says each one described was there, named or not (`PanelCount`).
    let counted = PanelCount.counts(text)
    // Whether the sentence being read remarks on the people already held rather than listing
    // more: "mr and mrs okoro, the owners. they do it together" (see `PeoplePosition`).
    var remarking = false
    // How many people were held when the last mention was read: a mention that added nobody
    // ("sir..") is the one a self-repair straight after it takes back.
    var heldBefore: Int?
    for listed in mentionList(in: text) {
      let lastNamedNobody = heldBefore.map { $0 == people.count } ?? false
      heldBefore = people.count
      var mention = listed.text
      // "pretty sure it was mrs whitfield": the person's certainty before "it was" is no
      // part of the answer, nor the subject of a clause about someone named (answers tuning
      // 36's cf053 met "Pretty Sure").
      let typed = mention.split(separator: " ").map(String.init)
      mention = typed.dropFirst(stanceLength(typed)).joined(separator: " ")
      if PanelCount.isCountAlone(mention) { continue }
      if listed.opensSentence {
        remarking = !people.isEmpty && !PeoplePosition.opens(listed, in: text, after: people)
      }
      // "Inspector Marsh? no wait she's a sergeant": the person corrects themselves before
      // anything else is read; who follows replaces who came before.
      if let marker = selfCorrectionLength(mention, after: people.last) {
        // "Mr Pryce. didnt get his first name. oh wait it was Gareth": the part the person
        // held lacked, not someone else.
        // "mrs okonjo, no wait okafor": words taking back what was said replace it; only
        // remembering ("oh wait") completes it (tuning 29's br023 met "Mrs Okafor Okonjo").
        let rest = mention.split(separator: " ").dropFirst(marker).joined(separator: " ")
        let remembering = mention.lowercased().hasPrefix("oh wait")
        if remembering, let last = people.last, let found = person(in: rest).0,
          let whole = PeoplePosition.completed(last, by: found, saying: rest, selfRepair: true)
        {
          people[people.count - 1] = whole
          continue
        }
        // "ms reyes-santos ..., and sir.. i mean mr bautista": the repair takes back the
        // false start it follows, which named no one, and the people before it stay.
        let takenBack = lastNamedNobody ? nil : people.last
        if !lastNamedNobody || people.isEmpty {
          people.removeAll()
          pendingJob = nil
        }
        pendingTitles = []
        mention = mention.split(separator: " ").dropFirst(marker).joined(separator: " ")
        if mention.isEmpty { continue }
        // "mrs okonjo, no wait okafor": one word put right for a title and a family name is
        // the family name, and the title stays.
        if let title = takenBack?.title, takenBack?.given == nil,
          !mention.contains(" "), PersonName.titles[mention.lowercased()] == nil
        {
          mention = title + " " + mention
        }
      }
      // "bill hunting, owns the place", "kwame who owns and runs the place": a mention that
      // opens on what someone does says it of the person before; it names no one ("Owns" and
      // "Runs" had been met).
      if !people.isEmpty,
        let first = mention.split(separator: " ").first.map({ $0.lowercased() }),
        Self.doings.contains(first)
      {
        continue
      }
      if listed.afterComma, !joined, let last = people.last, !last.fullWords.isEmpty {
        // "dr tanaka kenji, tanaka is his surname": a remark on the name, read before any
        // other remark after a comma would take it as said of the person.
        if let renamed = Self.renamed(last, by: mention) {
          people[people.count - 1] = renamed
          continue
        }
        if let said = Apposition.said(of: last, in: mention) {
          people[people.count - 1] = said
          continue
        }
        if Apposition.isRemark(mention, mixedCase: mixedCase) {
          var described = last
          let words = mention.split(separator: " ").map(String.init)
          if described.job == nil, isJobLike(words.map { $0.lowercased() }),
            let job = description(words)
          {
            described.job = job
          }
          people[people.count - 1] = described
          continue
        }
      }
      let describedAt = people.count - 1
      if awaitingName != describedAt { awaitingName = nil }
      // "idk some lady", "a woman called joy didnt get her last name": what comes from the
      // remark on is no name; what comes before it is read as any mention, and a name said
      // after "but" too ("not sure of the surname but first name is tariq").
      var remarked = false
      if let cut = notKnowingStart(mention) {
        notCaught = true
        remarked = true
        mention = cut.before.isEmpty ? cut.after : cut.before
        if mention.isEmpty { continue }
      }
      // "mr summers and mrs bishop (no relation haha)": a remark opened by a denial, in lower
      // case, names no one (answers tuning 34's cb157 met "Relation").
      if !remarked, let first = mention.split(separator: " ").first,
        ["no", "not", "nope"].contains(first),
        mention == mention.lowercased(), selfCorrectionLength(mention, after: people.last) == nil,
        // "no h maybe": a remark on a letter of the name before is read as one.
        mention.split(separator: " ").dropFirst().first.map({ $0.count > 1 }) ?? false,
        !mention.split(separator: " ").contains(where: { PersonName.titles[String($0)] != nil })
      {
        continue
      }
      // "first the recruiter jordan bloom then ...": a word that orders the people is no name.
      mention = withoutSequenceWord(mention)
      // "think her name was joy", "first name was raj": a name stated is the name.
      if !remarking, let stated = statedName(in: mention) {
        if let last = people.last, last.isUnnamed, awaitingName == describedAt {
          var named = stated
          named.job = last.job
          people[people.count - 1] = named
        } else {
          var named = stated
          named.job = pendingJob
          pendingJob = nil
          people.append(named)
        }
        continue
      }
      // "some guy from HR", "someone from the governors", "the store manager" before anyone is
      // named: a new person, described; their name may follow ("the lady from HR, Wanjiru").
      if !remarking, let described = describedPerson(mention, after: people) {
        // "area manager and the PT lead": a description waiting for no one is a person too.
        if let pending = pendingJob {
          people.append(PersonName(job: pending))
          pendingJob = nil
        }
        people.append(PersonName(job: described.isEmpty ? nil : described))
        awaitingName = remarked ? nil : people.count - 1
        continue
      }
      // "tom - wait no it was tim": the person corrects themselves; what follows replaces.
      let opening = mention.lowercased().split(separator: " ").prefix(2).map(String.init)
      if let first = opening.first, ["wait", "no", "sorry", "actually", "oops"].contains(first) {
        people.removeAll()
        pendingJob = nil
        var words = mention.split(separator: " ").map(String.init)
        while let word = words.first?.lowercased(),
          ["wait", "no", "sorry", "actually", "oops", "i", "mean", "meant", "it", "was"].contains(
            word)
        {
          words.removeFirst()
        }
        mention = words.joined(separator: " ")
        if mention.isEmpty { continue }
      }
      // "tanaka's her family name", "ong is his surname": a remark on the name before it.
      if let last = people.last, let renamed = Self.renamed(last, by: mention) {
        people[people.count - 1] = renamed
        continue
      }
      // "dr lim wei ling, goes by wei ling": a remark on what the person before is called.
      if let last = people.last,
        CalledRemark.cueEnd(mention.lowercased().split(separator: " ").map(String.init)) != nil
      {
        people[people.count - 1] = CalledRemark.given(in: mention, of: last) ?? last
        continue
      }
      // "Mr and Mrs Byrne": a title alone shares the family name of the person after it.
      if let title = PersonName.titles[mention.lowercased().trimming(".")] {
        pendingTitles.append(title)
        continue
      }
      // "yaw i think hes IT", "mac suibhne i think it said on his badge": a clause that opens
      // after the name says something of the person; it is no part of the name.
      var remark: String?
      if let cut = PeoplePosition.clauseStart(mention) {
        let words = mention.split(separator: " ").map(String.init)
        remark = words[cut...].joined(separator: " ")
        mention = words[..<cut].joined(separator: " ")
      }
      // "mr hussain and his wife": a spouse named by the relation alone shares the family name
      // of the person before (answers tuning 35's cd039 met Mr Hussain only).
      if let spouse = spouse(mention, of: people.last) {
        people.append(spouse)
        continue
      }
      var (name, job) = person(in: mention)
      // "Callum is fine": saying a name is enough gives no job (tuning 41's ce041 met Callum
      // Reid twice, the second time as "Callum, fine").
      if let said = job, GreetingCue.fine.contains(said.lowercased()) { job = nil }
      // A sentence that remarks on the people held adds no one: it may complete the last
      // person's name ("colm the head chef. o'sullivan.") or say their job, nothing else.
      if remarking {
        // "Mr Bangura. i think its Abu Bakarr Bangura": the name among the words of a hedge.
        if name == nil, !isChatter(mention) { name = VouchedName.inDescription(mention) }
        if let found = name, let last = people.last,
          let whole = PeoplePosition.completed(last, by: found, saying: mention, selfRepair: false)
        {
          people[people.count - 1] = whole
        } else if name == nil, let job, var last = people.last, last.job == nil {
          last.job = job
          people[people.count - 1] = last
        }
        pendingTitles = []
        continue
      }
      let remarkJob = remark.flatMap { said -> String? in
        // "i think hes IT": the hedge and the pronoun are no part of the job.
        let typed: [String] = said.split(separator: " ").map(String.init)
        let words = Array(
          typed.drop { word in
            PeoplePosition.hedges.contains(word.lowercased())
              || fillers.contains(word.lowercased())
          })
        return isJobLike(words.map { $0.lowercased().trimming(".,") }) ? description(words) : nil
      }
      // "Big Mike the superintendent, mike kowalski": the name said again in full, however typed.
      let restated =
        name?.fullWords.first.map { first in
          people.last?.fullWords.last?.lowercased() == first.lowercased()
        } ?? false
      // The first person named ("matt from the agency and then Erin ...", "jess (recruiter)
      // then her manager Ade") is the answer to the question, whatever its case: only a
      // mention in lower case after someone named is demoted to a description.
      // So is one after a description of no one yet ("two people from revenues and benefits,
      // Mrs Patel and ..."): the "and" joined two words of the team, not two people.
      // After a word that joins people, two words or more shaped as a name are the next
      // person however typed ("Rachel Goldberg (Ms) from hr and then tom hughes").
      let joinedName =
        listed.afterJoiner && (name?.fullWords.count ?? 0) >= 2 && job == nil
        && !mention.split(separator: " ").contains { isJobLike([$0.lowercased()]) }
      if let found = name, mixedCase, found.title == nil, !restated, !joinedName,
        !people.isEmpty || pendingJob != nil,
        mention.first(where: \.isLetter)?.isLowercase == true,
        !mention.contains(where: \.isUppercase)
      {
        name = nil
        job = job ?? description(mention.split(separator: " ").map(String.init))
        if people.isEmpty, let pending = pendingJob, let said = job {
          job = pending + " and " + said
        }
      }
      // "Project Manager", "QC lab manager": a lone word that runs into a job word, with no
      // joining word between ("Carl from finance", "Erin the client lead"), is the job's.
      if let found = name, found.title == nil, found.fullWords.count == 1 {
        let words = VouchedName.split(mention)
        if let at = words.firstIndex(of: found.fullWords[0]),
          let jobAt = words.indices.dropFirst(at + 1).first(where: {
            VouchedName.isJobWord(words[$0])
          }),
          !words[(at + 1)..<jobAt].contains(where: { joiners.contains($0.lowercased()) }),
          jobAt - at <= 3
        {
          name = nil
          job = job ?? description(words)
        }
      }
      // "shift manager Darren", "Kevin Grady I think": a name the grammar marks among words
      // that are not a name's.
      if name == nil, !isChatter(mention), let found = VouchedName.inDescription(mention) {
        name = found
        job = found.job ?? job
      }
      // A trailing remark about a person just named: "nice guy bit intense".
      if name != nil, !people.isEmpty, isChatter(mention) { continue }
      // "matron, mrs josephine mensah": a title said alone and set off by a comma before a
      // person with a title of their own is what they are (their job), not a second person;
      // "Mr and Mrs Byrne" joins two.
      if var titled = name, titled.title != nil, listed.afterComma, pendingTitles.count == 1 {
        titled.job = titled.job ?? job ?? pendingTitles[0].lowercased()
        name = titled
        pendingTitles = []
      }
      if let name, let family = name.family ?? name.given, name.title != nil {
        for title in pendingTitles { people.append(PersonName(title: title, family: family)) }
      }
      // "matron - sandra bellamy": a title said alone, just before a name said without one,
      // is that person's.
      if var titled = name, titled.title == nil, pendingTitles.count == 1 {
        titled.title = pendingTitles[0]
        name = titled
      }
      // "Rachel Goldberg (Ms) from hr": a title said alone after someone named without one,
      // with no name after it to take it, is theirs.
      if name == nil, pendingTitles.count == 1, let at = people.indices.last,
        people[at].title == nil, people[at].family != nil
      {
        people[at].title = pendingTitles[0]
      }
      pendingTitles = []
      // "someone from hr called dee" describes a new person of its own.
      if var name, let last = people.last, last.isUnnamed, awaitingName == describedAt,
        !introducesPerson(mention)
      {
        // "the lady from HR, Wanjiru": the name of the person just described.
        name.job = job ?? last.job
        people[people.count - 1] = name
      } else if var name {
        // "Principal Dwyer", "Coach Carter": a job word used as a title before one name is how
        // the person is addressed; the name alone is a surname, never a greeting.
        if name.title == nil, name.greetAs == nil, name.fullWords.count == 1,
          let title = jobAsTitle(mention)
        {
          name.greetAs = title + " " + name.fullWords[0]
        }
        // "her colleague yaw i think hes IT": the job said after the name beats a relation.
        let ownJob = job.flatMap {
          isJobLike($0.lowercased().split(separator: " ").map(String.init)) ? $0 : nil
        }
        name.job = ownJob ?? remarkJob ?? job ?? pendingJob
        pendingJob = nil
        people.append(name)
      } else if let job {
        // A description alone: of the person before it ("tom, he's the ops director"), or of the
        // one after it ("the lady from HR, Wanjiru").
        if var last = people.last, last.job == nil {
          last.job = job
          people[people.count - 1] = last
        } else {
          pendingJob = job
        }
      }
    }
    // "chair was helen marsh (mrs)": a title said alone after the last person, with no one
    // after it to take it, is that person's.
    if pendingTitles.count == 1, let last = people.indices.last, people[last].title == nil,
      people[last].family != nil
    {
      people[last].title = pendingTitles[0]
    }
    // "Nguyen Van Minh but he said call him Minh": the part they are called by is greeted.
    if people.count == 1, let called = CalledRemark.given(in: text, of: people[0]) {
      people[0] = called
    }
    // Only the first few are compared, so a pasted list of thousands costs no quadratic time.
    // Only what can be vouched for as a name is kept: "Mr Pryce work coach" is Mr Pryce, a
    // work coach; "Sergeant" alone or "M." alone is no one.
    // A person described but never named counts only when the reply says the name was not
    // caught; otherwise the question is asked again, for a name.
    let vouched = people.prefix(12).compactMap { person -> PersonName? in
      guard person.fullWords.isEmpty, person.title == nil else {
        return VouchedName.vouched(person)
      }
      return notCaught || counted ? person : nil
    }
    // "a man from finance and one from operations, didnt catch either name": with no name at
    // all, each description left over is one unnamed person.
    // "brid (Bríd with the fada)": the marks typed anywhere in the reply are the name's.
    var kept = vouched.map { MarkedSpelling.respelled($0, by: text) }
    if notCaught, let job = pendingJob.flatMap(unnamedJob) { kept.append(PersonName(job: job)) }
    return Array(sameSaidAgain(kept).prefix(6))
  }

  /// Whether the person typed names with capitals: a capitalised word inside a sentence that
  /// is not all capitals. "HR", "IT" or "CTO" are acronyms, and the first word of a sentence
  /// takes the keyboard's capital: neither says how the person writes names.
  static func typedWithCapitals(_ text: String) -> Bool {
    var sentenceStart = true
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let letters = word.filter(\.isLetter)
      if !sentenceStart, letters.first?.isUppercase == true,
        letters.contains(where: \.isLowercase)
      {
        return true
      }
      sentenceStart = word.last.map { ".!?".contains($0) } ?? false
    }
    return false
  }

  /// The mention before a remark that the name is not known ("a woman called joy" of "a woman
  /// called joy didnt get her last name", "" of "didnt catch either name sorry") and what is
  /// said after a "but" that follows it, or nil when the mention makes no such remark.
  static func notKnowingStart(_ mention: String) -> (before: String, after: String)? {
    let words = mention.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(".,!") }
    let remarks = (Decline.phrases + Decline.notTold + notKnownRemarks).map {
      $0.split(separator: " ").map(String.init)
    }
    for index in lower.indices {
      let single = ["idk", "dunno", "forgot", "forget", "idek"].contains(lower[index])
      // "gemma something", "declan somebody": a word for an unknown surname after a given name.
      let something =
        index > 0 && index == lower.count - 1 && ["something", "somebody"].contains(lower[index])
      let remark = remarks.contains { phrase in
        index + phrase.count <= lower.count
          && zip(lower[index...], phrase).allSatisfy { $0.0 == $0.1 }
      }
      guard single || something || remark else { continue }
      var kept = Array(words[..<index])
      while let last = kept.last?.lowercased().trimming(".,"),
        ["i", "but", "and", "though", "tbh", "think", "so"].contains(last)
      {
        kept.removeLast()
      }
      let after = words[index...].firstIndex { $0.lowercased() == "but" }.map {
        words[($0 + 1)...].joined(separator: " ")
      }
      return (kept.joined(separator: " "), after ?? "")
    }
    return nil
  }

  /// Remarks that a name was not caught, beside the refusals `Decline` reads.
  static let notKnownRemarks = [
    "whose name", "name i missed", "names i missed", "missed her name", "missed his name",
    "never got", "can't remember", "cant remember", "not sure what", "no idea what",
    // "the woman who interviewed me never actually said her name".
    "never said", "never actually said", "never told", "never gave", "never introduced",
    "didnt say", "didn't say", "didnt give", "didn't give", "didnt introduce", "didn't introduce",
  ]

  /// The mention without a word that orders people or fills a pause before the answer: "first
  /// the recruiter jordan bloom", "umm it was gemma".
  static func withoutSequenceWord(_ mention: String) -> String {
    var words = mention.split(separator: " ").map(String.init)
    while words.count > 1, let first = words.first?.lowercased().trimming(".,"),
      ["first", "firstly", "then", "later", "finally", "umm", "um", "uh", "erm", "er", "hmm"]
        .contains(first)
    {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// A name the mention states: "think her name was joy", "first name was raj", "his name is
  /// bob". Nil when the mention states none.
  static func statedName(in mention: String) -> PersonName? {
    let words = mention.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(".,'’") }
    if let remembered = rememberedName(words, lower) { return remembered }
    guard let at = lower.firstIndex(where: { ["name", "names", "name's", "names"].contains($0) })
    else { return nil }
    var start = at + 1
    // "her name was joy", "names were sam and raj": a name is stated with "is" or "was" after
    // "name", or "name's"; "they all said their names really fast" states none.
    if start < lower.count, ["was", "is", "s", "were", "are"].contains(lower[start]) {
      start += 1
    } else if lower[at] != "name's" {
      return nil
    }
    guard start < words.count else { return nil }
    var rest = Array(words[start...])
    if let end = rest.firstIndex(where: { DirectAnswer.sentenceWords.contains($0.lowercased()) }) {
      rest = Array(rest[..<end])
    }
    return DirectAnswer.namePart(rest)
  }

  /// "only remember kelly", "i remember raj": asked who interviewed them, a person who says
  /// whom they remember names them; the name is the verb's whole object. Not denied ("cant
  /// remember her name" names no one: "cant" is no plain lead) and not a clause ("remember
  /// she said").
  static func rememberedName(_ words: [String], _ lower: [String]) -> PersonName? {
    // Only the closed words of a plain statement stand before the verb: "only", "i", "just".
    let leads: Set<String> = ["only", "i", "just", "can", "do"]
    guard let at = lower.firstIndex(where: { ["remember", "recall", "remembered"].contains($0) }),
      lower[..<at].allSatisfy(leads.contains), at + 1 < words.count, words.count - at - 1 <= 3
    else { return nil }
    let rest = Array(words[(at + 1)...])
    guard
      !rest.contains(where: {
        let word = $0.lowercased()
        return DirectAnswer.sentenceWords.contains(word) || personNouns.contains(word)
      })
    else { return nil }
    return DirectAnswer.namePart(rest)
  }

  /// What a mention that introduces a new, unnamed person says of them: "some guy from HR" is
  /// HR, "someone from the governors" governors, "the store manager" store manager (when no one
  /// is named before it, or the one before has a job already). Nil when the mention holds a
  /// name or describes the person before it ("he's the ops director", "one of the founders").
  static func describedPerson(_ mention: String, after people: [PersonName]) -> String? {
    let lower = mention.lowercased().split(separator: " ").map { String($0).trimming(".,") }
    guard let first = lower.first, lower.count >= 2 || personNouns.contains(first),
      person(in: mention).0 == nil
    else { return nil }
    if lower.count >= 2, first == "one", lower[1] == "of" { return nil }
    let introduces =
      ["some", "a", "an", "another", "one"].contains(first) || personNouns.contains(first)
      || lower.contains(where: personNouns.contains)
    let appositive = first == "the" && (people.last.map { $0.job == nil } ?? false)
    guard introduces || first == "the" && !appositive && isJobLike(lower) else { return nil }
    // "someone else": a person brought in with no job said is a person all the same.
    if lower.contains(where: personNouns.contains) { return unnamedJob(mention) ?? "" }
    return unnamedJob(mention)
  }

  /// The job or team of a person described without a name: "some guy from HR" is HR, "the
  /// contracts guy" contracts, "the owner came in at the end" owner.
  static func unnamedJob(_ text: String) -> String? {
    var words = text.split(separator: " ").map { String($0).trimming(".,") }.filter {
      !personNouns.contains($0.lowercased()) && !["else", "other"].contains($0.lowercased())
    }
    while let first = words.first?.lowercased(),
      [
        "some", "a", "an", "another", "one", "the", "from", "of", "in", "at", "with", "just",
        "only", "this", "that",
      ].contains(first)
    {
      words.removeFirst()
    }
    if let end = words.firstIndex(where: { word in
      let lower = word.lowercased()
      // "IT" typed in capitals is a team, not the pronoun.
      let acronym = word.count >= 2 && word.uppercased() == word
      return !acronym && DirectAnswer.sentenceWords.contains(lower)
        && !["of", "the"].contains(lower)
        || ["came", "who", "whose", "which", "that", "but"].contains(lower)
        || chatterWords.contains(lower) || afterthoughts.contains(lower)
    }) {
      words = Array(words[..<end])
    }
    return description(words)
  }

  /// Words for a person not named: "some guy", "a woman", "someone".
  static let personNouns: Set<String> = [
    "someone", "somebody", "guy", "man", "woman", "lady", "chap", "bloke", "person", "gentleman",
    "fella", "fellow", "gal", "lad", "lass",
  ]

  /// The people with a name said again more fully kept once: "Big Mike the superintendent, mike
  /// kowalski" and "Ma'am Carla (Carla Jensen)" are one person each. A later name that starts
  /// with the word an earlier one ends with restates it, when their titles agree ("Mr and Mrs
  /// Byrne" are two); "Sarah Smith and Sarah Jones" share no such word, and stay two.
  static func sameSaidAgain(_ people: [PersonName]) -> [PersonName] {
    var result: [PersonName] = []
    for person in people {
      let words = person.fullWords.map { $0.lowercased() }
      // "Paul Hoang (Hoang Van Phuc on linkedin)": the name again with the family name first is
      // the same person in another order; they are greeted as they were introduced.
      if person.writesFamilyFirst,
        result.contains(where: { earlier in
          earlier.fullWords.count >= 2
            && earlier.fullWords.last?.lowercased() == words.first
        })
      {
        continue
      }
      // "mr wilson traffic office manager, stephen wilson": a titled name whose first word is
      // the family name said again in full was a family name and the start of the job; a
      // job's word is never a surname ("Mr Traffic" greeted no one).
      if person.title == nil, words.count == 2,
        let index = result.firstIndex(where: { earlier in
          earlier.title != nil && earlier.familyFirst != true && earlier.fullWords.count == 2
            && earlier.given?.lowercased() == words[1] && earlier.given?.lowercased() != words[0]
        })
      {
        let earlier = result[index]
        var whole = person
        whole.title = earlier.title
        whole.job = [earlier.family?.lowercased(), earlier.job].compactMap { $0 }
          .joined(separator: " ")
        whole.greetAs = earlier.greetAs
        result[index] = whole
        continue
      }
      // "kobayashi, the team lead. kobayashi is his surname": the same name said again; "Mr
      // Bangura. i think its Abu Bakarr Bangura": a family name alone and a full name ending
      // with it. One person each, when their titles agree, greeted by the fuller name.
      if let index = result.firstIndex(where: { earlier in
        let earlierWords = earlier.fullWords.map { $0.lowercased() }
        guard !words.isEmpty, !earlierWords.isEmpty,
          earlier.title == nil || person.title == nil || earlier.title == person.title
        else { return false }
        if earlierWords == words { return true }
        let (short, long) = earlierWords.count < words.count ? (earlier, person) : (person, earlier)
        // "dana patel and raj mehta, raj didnt really say much": a given name alone, said
        // after the full name, is the same person spoken of again, whatever words were taken
        // for a job beside it ("... so Fiona and Callum is fine" met Callum Reid twice in
        // tuning 41's ce041).
        if words.count < earlierWords.count, short.fullWords.count == 1, short.title == nil,
          long.fullWords.count >= 2, long.given?.lowercased() == words.first
        {
          return true
        }
        return short.fullWords.count == 1 && short.family != nil && long.fullWords.count >= 2
          && long.fullWords.last?.lowercased() == short.family?.lowercased()
      }) {
        let earlier = result[index]
        var fuller = person.fullWords.count >= earlier.fullWords.count ? person : earlier
        fuller.title = person.title ?? earlier.title
        // A short form said again later keeps the job said with the full name.
        fuller.job =
          person.fullWords.count < earlier.fullWords.count
          ? earlier.job ?? person.job : person.job ?? earlier.job
        fuller.greetAs = person.greetAs ?? earlier.greetAs
        // "Mr Bangura" first: they are greeted as they were introduced.
        let short = person.fullWords.count < earlier.fullWords.count ? person : earlier
        if fuller.greetAs == nil, short.title != nil, short.fullWords.count == 1 {
          fuller.greetAs = short.informal
        }
        result[index] = fuller
        continue
      }
      if let first = words.first, words.count >= 2,
        let index = result.firstIndex(where: { earlier in
          earlier.fullWords.last?.lowercased() == first
            && (earlier.title == nil || person.title == nil || earlier.title == person.title)
        })
      {
        var fuller = person
        fuller.title = person.title ?? result[index].title
        fuller.job = person.job ?? result[index].job
        result[index] = fuller
        continue
      }
      result.append(person)
    }
    return result
  }

  /// The reply cut where one mention ends: brackets, commas, "and", "&", "then", "plus".
  static func mentions(in text: String) -> [String] {
    mentionList(in: text).map(\.text)
  }

  /// `mentions(in:)`, each with whether a comma alone set it off from the mention before it.
  static func mentionList(in text: String) -> [Mention] {
    var pieces: [Mention] = []
    var current = ""
    var afterComma = false
    // "Sam & Ola" is two people; "the F&B manager" is one job.
    for character in text.replacingOccurrencesOf(" & ", with: " and ") {
      if ",;()[]+/\n".contains(character) {
        pieces.append(Mention(text: current, afterComma: afterComma))
        current = ""
        afterComma = character == ","
      } else {
        current.append(character)
      }
    }
    pieces.append(Mention(text: current, afterComma: afterComma))
    // A dash between spaces, typed or turned into an en or em dash by the keyboard, sets off
    // an aside: "Mr. Lim Boon Keng — Lim is the family name". Inside a word it joins a name.
    // Only the first part of a piece keeps the comma before it.
    // The first part of a piece keeps what set the piece off; the rest are set off by the cut.
    func split(
      _ pieces: [Mention], sentence: Bool = false, _ cut: (String) -> [(String, Bool)]
    ) -> [Mention] {
      pieces.flatMap { piece in
        cut(piece.text).enumerated().map { offset, part in
          Mention(
            text: part.0, afterComma: offset == 0 && piece.afterComma,
            opensSentence: offset == 0 ? piece.opensSentence : sentence,
            afterJoiner: offset == 0 ? piece.afterJoiner || part.1 : part.1)
        }
      }
    }
    func plain(_ parts: [String]) -> [(String, Bool)] { parts.map { ($0, false) } }
    pieces = split(pieces) { plain($0.components(separatedBy: " - ")) }
    pieces = split(pieces) { plain($0.components(separatedBy: " – ")) }
    pieces = split(pieces) { plain($0.components(separatedBy: " — ")) }
    pieces = split(pieces) { plain($0.components(separatedBy: ": ")) }
    pieces = split(pieces, sentence: true) { plain(sentences($0)) }
    pieces = split(pieces) { piece -> [(String, Bool)] in
      var parts: [(String, Bool)] = []
      var words: [String] = []
      var joined = false
      let typed = piece.split(separator: " ").map(String.init)
      for (index, word) in typed.enumerated() {
        let lower = word.lowercased().trimming(".")
        let next = index + 1 < typed.count ? typed[index + 1].lowercased() : ""
        // "steve and jas both shift managers", "mr singh and mrs kaur both from the housing
        // team": what follows "both" is said of the two, no part of the second's name
        // (answers tuning 40's cn032 and cn045 met one person).
        if ["both", "all"].contains(lower), !words.isEmpty, joined { break }
        // "mr okoro sorry i mean mr okafor": the name taken back and the one meant are two
        // mentions, the second a self-correction (`isSelfCorrection`); the apology before it
        // is neither's (answers tuning 40's cn043 kept "Mr Okoro").
        if lower == "i", ["mean", "meant"].contains(next), !words.isEmpty {
          if let last = words.last?.lowercased().trimming(".,!"),
            ["sorry", "oops", "no", "sry", "soz"].contains(last)
          {
            words.removeLast()
          }
          if !words.isEmpty { parts.append((words.joined(separator: " "), joined)) }
          words = [word]
          joined = false
          continue
        }
        if ["and", "then", "plus"].contains(lower) {
          if !words.isEmpty { parts.append((words.joined(separator: " "), joined)) }
          words = []
          joined = true
        } else {
          words.append(word)
        }
      }
      if !words.isEmpty { parts.append((words.joined(separator: " "), joined)) }
      return parts
    }
    return pieces.map {
      var mention = $0
      mention.text = withoutChat($0.text.trimming(" .\"“”-–"))
      return mention
    }
    .filter { !$0.text.isEmpty }
  }

  /// A mention without the chat that closes it: "a chap named Frank Lovely lol" names Frank
  /// Lovely. A filler is never the last word of a name; a word alone is left as typed.
  static func withoutChat(_ mention: String) -> String {
    var words = mention.split(separator: " ").map(String.init)
    // "Mr Bakare himself": a reflexive pronoun stresses who it was; it is no name either. Nor
    // is a word of asking said to the assistant ("sir pls" is "sir, please": no one).
    while words.count > 1, let last = words.last?.lowercased().trimming(".!,"),
      InterestReader.chatFillers.contains(last)
        || ["himself", "herself", "themselves", "pls", "plz", "please", "thanks", "thx"].contains(
          last)
    {
      words.removeLast()
    }
    // "Dr Huw Jenkins MRCVS", "Tom Hardy MBE": letters after a name typed with capitals are
    // post-nominals, never its family name; a name typed all in capitals keeps them.
    while words.count > 2, let last = words.last, Self.isPostNominal(last),
      words[words.count - 2].contains(where: \.isLowercase)
    {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }

  /// Three or more capital letters, no other: "MRCVS", "FRCS", "MBE".
  static func isPostNominal(_ word: String) -> Bool {
    let letters = word.trimming(".,")
    return letters.count >= 3 && letters.allSatisfy { $0.isLetter && $0.isUppercase }
  }

  /// A piece cut at its full stops, except the stop of a title: "olga ivanova. ops manager" is
  /// two, "Dr. Okafor" one.
  static func sentences(_ piece: String) -> [String] {
    var result: [String] = []
    for part in piece.components(separatedBy: ". ") {
      // "Mr. S. Raghavan": after a title or an initial the dot ends no sentence; nor after a
      // short title alone before a name ("En. Faizal").
      // What follows must read as a name up to the next person: "En. Faizal", not "Sam. Ola was
      // there too".
      let named = part.split(separator: " ").prefix {
        !["and", "then", "plus", "&"].contains($0.lowercased())
      }
      let next =
        named.allSatisfy({ $0.first?.isUppercase == true })
        ? named.first.map(String.init) ?? "" : ""
      let lastWords = result.last?.split(separator: " ").map(String.init) ?? []
      // The short word opens a mention: first, or after a word that joins two people.
      let opensMention =
        lastWords.count == 1
        || (lastWords.count >= 2
          && ["and", "then", "plus", "&"].contains(lastWords[lastWords.count - 2].lowercased()))
      if let last = result.last, let typed = lastWords.last,
        PersonName.shortTitles.contains(typed.lowercased())
          || typed.count == 1 && typed.first?.isLetter == true
          || (opensMention && PersonName.abbreviatedTitle(typed + ".", before: next) != nil)
      {
        result[result.count - 1] = last + ". " + part
      } else {
        result.append(part)
      }
    }
    return result
  }

  /// How many words of a stance open the mention before "it was" or "its": "pretty sure",
  /// "probably", "definitely". Doubt said with "i" ("i think it was ...") and not knowing
  /// ("idk") are read where the people are.
  static func stanceLength(_ words: [String]) -> Int {
    let lower = words.map { $0.lowercased().trimming(",.!") }
    let stances: [[String]] = [
      ["pretty", "sure"], ["fairly", "sure"], ["quite", "sure"], ["im", "pretty", "sure"],
      ["i'm", "pretty", "sure"], ["im", "fairly", "sure"], ["i'm", "fairly", "sure"],
      ["probably"], ["maybe"], ["definitely"],
    ]
    for stance in stances where lower.starts(with: stance) {
      let rest = lower.dropFirst(stance.count)
      if rest.starts(with: ["it", "was"]) || ["its", "it's"].contains(rest.first ?? "") {
        return stance.count
      }
    }
    return 0
  }

  /// The name and the description in one mention. "Carl from finance": Carl, "finance";
  /// "the owner Mr Tan": Mr Tan, "owner"; "he's the ops director": no name, "ops director".
  static func person(in mention: String) -> (PersonName?, String?) {
    var words = mention.split(separator: " ").map(String.init)
    // What people put before an answer: "it was", "i met", "interviewed by", "with".
    for opener in openers
    where words.count > opener.count
      && zip(words, opener).allSatisfy({ $0.0.lowercased() == $0.1 })
    {
      words.removeFirst(opener.count)
      break
    }
    guard !words.isEmpty else { return (nil, nil) }
    // "dr okafor chaired it", "sam ran it": a verb in the past with a pronoun as its object
    // says what the person did, and the name ends before it (tuning 30's bi048 greeted "Dr
    // Chaired"). A name in "-ed" ("Ahmed", "Javed") has no pronoun after it.
    if let verb = words.indices.dropFirst().first(where: { index in
      let lower = words[index].lowercased()
      return index + 1 < words.count && lower.count >= 5 && lower.hasSuffix("ed")
        && ["it", "me", "us", "them", "everything"].contains(
          words[index + 1].lowercased().trimming(".,!"))
    }) {
      words = Array(words[..<verb])
    }
    // "Chief Inspector Rachel Obi": the word before a rank is the office's, not a job.
    if let office = rankPhrase(words) {
      let (found, job) = person(in: words.dropFirst().joined(separator: " "))
      if var name = found, name.title != nil {
        name.title = office
        return (name, job)
      }
    }
    var lower = words.map { $0.lowercased().trimming(".'’") }
    // "chair was dawit haile head of housing": a job, "was", then the person who held it.
    if let be = lower.prefix(4).firstIndex(where: { ["was", "is"].contains($0) }), be >= 1,
      be + 1 < words.count, isJobLike(Array(lower[..<be])),
      lower[..<be].allSatisfy({ jobWords.contains($0) || ["the", "a", "an"].contains($0) })
    {
      // "the manager was nice" says how they were: only a name the reply marks (two words, a
      // title or a capital) is the person who held the job.
      let (found, own) = person(in: words[(be + 1)...].joined(separator: " "))
      if let found,
        found.fullWords.count >= 2 || found.title != nil
          || words[be + 1].first?.isUppercase == true
      {
        return (found, own ?? description(Array(words[..<be])))
      }
    }
    // "we spoke with maya", "on zoom with Hannah Schmidt", "a PM named Tobi": the name follows.
    // "on teams with a lady called blessing": a naming word says more surely than "with" where
    // the name is (answers tuning 35's cd051 met "someone").
    if let with = lower.firstIndex(where: { ["called", "named"].contains($0) })
      ?? lower.firstIndex(where: { ["with", "by"].contains($0) }),
      with + 1 < words.count,
      with == 0 || lead.contains(lower[0]) || ["called", "named"].contains(lower[with])
        || isPassiveAgent(lower, by: with)
    {
      let before = description(Array(words[..<with]))
      var rest = Array(words[(with + 1)...])
      if let end = rest.firstIndex(where: { DirectAnswer.sentenceWords.contains($0.lowercased()) }),
        end > 0
      {
        rest = Array(rest[..<end])
      }
      if let name = DirectAnswer.namePart(rest) {
        let job = ["called", "named"].contains(lower[with]) ? before : nil
        return (
          name,
          job.flatMap {
            isJobLike($0.lowercased().split(separator: " ").map(String.init)) ? $0 : nil
          }
        )
      }
    }
    // "Ms Adaeze Nwosu HR manager", "Mr Kwame Asante MD": a job word ends the name; the job
    // starts earlier where its own words do ("front of house manager", "housing manager").
    if let word = lower.indices.dropFirst().first(where: { jobWords.contains(lower[$0]) }),
      case let job = jobStart(words, at: word), job >= 1,
      PersonName.titles[lower[0]] != nil || words[0].first?.isUppercase == true
        || lowerCaseName(words, before: job),
      !lower[..<job].contains(where: jobWords.contains),
      let name = DirectAnswer.namePart(Array(words[..<job])), describing.contains(lower[0]) == false
    {
      // "natalia kowalczyk practice manager": a job word that ends the mention is a compound
      // job, and the word before it is the job's ("practice manager"); "head of IT" starts at
      // its job word.
      if PersonName.titles[lower[0]] == nil, job == word, job == words.count - 1, job >= 3,
        !PersonName.familyParticles.contains(lower[job - 2]),
        let shorter = DirectAnswer.namePart(Array(words[..<(job - 1)]))
      {
        return (shorter, description(Array(words[(job - 1)...])))
      }
      // "sister bernadette o'neill ward manager of AMU", "Dr Hamid Qureshi GP partner": after
      // a title, the word before the job word is the job's when the name keeps a given and a
      // family name without it and the word is typed unlike the name (see `JobModifier`).
      if PersonName.titles[lower[0]] != nil, job == word,
        JobModifier.ends(name: Array(words[1..<job]), typedIn: mention),
        let shorter = DirectAnswer.namePart(Array(words[..<(job - 1)]))
      {
        return (shorter, description(Array(words[(job - 1)...])))
      }
      return (name, description(Array(words[job...])))
    }
    lower = words.map { $0.lowercased().trimming(".'’") }
    // Another fact altogether: "for the analyst job", "yesterday", "at Northgate Foods".
    if otherFacts.contains(lower[0]) { return (nil, nil) }
    // A pronoun or article starts a description: "he's the ops director", "the lady from HR",
    // "one of the founders", "who runs the place"; so does a word for a person that a
    // description follows ("lady from HR Joanne", "guy from ops sam"; "Guy Ritchie" is a name).
    if describing.contains(lower[0])
      || personNouns.contains(lower[0]) && !["someone", "somebody", "person"].contains(lower[0])
        && lower.count > 2 && ["from", "in", "at", "on", "who", "with"].contains(lower[1])
    {
      // "the owner Mr Tan", "the lady from HR Wanjiru": a titled or capitalised name at the end.
      // "the head porter", "the Head Gardener": the word after "head" is the job's noun,
      // never a surname, however it is cased (tuning 42's cg060 greeted "Dear Porter").
      let headsJob = { (split: Int) in
        split > 0 && lower[split - 1] == "head" && split == words.count - 1
          && PersonName.titles[lower[split]] == nil
      }
      if let split = trailingName(words), !headsJob(split),
        let name = DirectAnswer.namePart(Array(words[split...]))
      {
        return (name, description(Array(words[..<split])))
      }
      if let split = trailingName(words), headsJob(split) { return (nil, description(words)) }
      // "a Mrs Patel from the board of trustees": a titled name inside the description, and
      // what follows it from a joining word on describes them.
      if let (name, job) = titledInside(words) { return (name, job) }
      // "a younger guy yaw who mostly took notes": the name right after a word for a person.
      if let (name, at) = nameAfterPersonNoun(words) {
        let before = Array(words[..<at])
        return (
          name,
          isJobLike(before.map { $0.lowercased() })
            ? unnamedJob(before.joined(separator: " ")) : nil
        )
      }
      return (nil, description(words))
    }
    // "Carl from finance", "Erin the client lead", "Dr Eze who runs the lab"; "Priya Shah at
    // Northgate Foods" ends the name at another fact, which is not a description of her.
    // "kojo didnt really talk": a word of what they did not do ends the name too, and
    // says nothing of their job (the name had been "Kojo Didnt Really Talk"). Not after a
    // grammar word: "why does that matter" is a question back, no name.
    if let cut = lower.indices.dropFirst().first(where: {
      (joiners.contains(lower[$0]) || otherFacts.contains(lower[$0])
        || remarkVerbs.contains(lower[$0])
          && !lower[..<$0].contains(where: Lexicon.stopwords.contains)
        // "mrs ashby-lowe joined at the end": after a titled name, a verb of coming in.
        || arrivals.contains(lower[$0]) && PersonName.titles[lower[0]] != nil)
        && words[$0].first?.isLowercase == true
    }) {
      let name = DirectAnswer.namePart(Array(words[..<cut]))
      let job =
        otherFacts.contains(lower[cut]) || remarkVerbs.contains(lower[cut])
          || arrivals.contains(lower[cut])
        ? nil : description(Array(words[cut...]))
      return (name, job)
    }
    // A mention of job words alone describes someone: "ops lead", "CTO", "the MD".
    if isJobLike(lower), !lower.contains(where: { PersonName.titles[$0] != nil }) {
      return (nil, description(words))
    }
    if let name = DirectAnswer.namePart(words) { return (name, nil) }
    // Words no name is made of: a description ("head of HR", "ops lead") or chatter.
    return (nil, isJobLike(lower) ? description(words) : nil)
  }

  /// Whether the "by" at `by` names who did what the words before it say was done: "final
  /// round was taken by Capt. Vikram Rathore", "interview conducted by Dr Lim". The words
  /// before it are then what happened ("final" an adjective of the round), never a name.
  static func isPassiveAgent(_ lower: [String], by: Int) -> Bool {
    guard lower[by] == "by", by >= 2 else { return false }
    let done = lower[by - 1]
    return done.hasSuffix("ed") || done.hasSuffix("en")
      || ["done", "run", "led", "held"].contains(done)
  }

  /// The name said right after a word for a person, up to a word that opens a description
  /// ("who", "from", "that"), with where the person word is: "a younger guy yaw who mostly took
  /// notes" names Yaw. Nil when no word for a person is followed by one or two words shaped as
  /// a name and no sentence's ("some guy from HR", "a man i think").
  static func nameAfterPersonNoun(_ words: [String]) -> (PersonName, Int)? {
    let lower = words.map { $0.lowercased().trimming(".,") }
    guard let noun = lower.firstIndex(where: personNouns.contains) else { return nil }
    let end =
      lower.indices.dropFirst(noun + 1).first {
        ["who", "whos", "who's", "that", "from", "with", "at", "in", "on"].contains(lower[$0])
      } ?? lower.count
    let named = Array(words[(noun + 1)..<end])
    guard (1...2).contains(named.count),
      named.allSatisfy({ word in
        let plain = word.lowercased()
        return DirectAnswer.isNameShaped(word) && !DirectAnswer.sentenceWords.contains(plain)
          && !fillers.contains(plain) && !afterthoughts.contains(plain)
          && !chatterWords.contains(plain) && !jobWords.contains(plain)
          && !personNouns.contains(plain) && !["called", "named"].contains(plain)
      }),
      let name = DirectAnswer.namePart(named)
    else { return nil }
    return (name, noun + 1)
  }

  /// Where the job phrase that ends with the job word at `word` starts: at the word before
  /// "of" ("front of house manager", "head of year"), or at a word ending in -ing just before
  /// the job word ("housing manager", "marketing lead"), a noun made of a verb that names the
  /// work; otherwise at the job word. The name keeps at least one word.
  static func jobStart(_ words: [String], at word: Int) -> Int {
    let lower = words.map { $0.lowercased().trimming(".,") }
    if let of = lower[..<word].firstIndex(of: "of"), of >= 2 { return of - 1 }
    if word >= 2, lower[word - 1].count > 5, lower[word - 1].hasSuffix("ing"),
      words[word - 1].first?.isLowercase == true
    {
      return word - 1
    }
    return word
  }

  /// Whether a mention brings in a person of its own: "someone from hr called dee", "a lady
  /// called bev".
  static func introducesPerson(_ mention: String) -> Bool {
    let lower = mention.lowercased().split(separator: " ").map(String.init)
    guard let first = lower.first else { return false }
    return ["some", "a", "an", "another"].contains(first)
      || lower.contains(where: personNouns.contains)
  }

  /// A mention that opens by taking back what was said: "no wait she's a sergeant", "sorry no,
  /// it was tim", "i mean Tim".
  /// `person` as a remark on their name says they are called: "tanaka is his surname",
  /// "tanaka's her family name"; nil when the mention is no such remark.
  static func renamed(_ person: PersonName, by mention: String) -> PersonName? {
    guard mention.lowercased().contains("name"),
      var renamed = GivenNameRemark.given(in: mention, of: person)
    else { return nil }
    renamed.job = person.job
    return renamed
  }

  /// How many words open a mention that corrects the one before it: two for a pair that takes
  /// back what was said ("no wait", "i mean"); one for a bare "sorry" or "oops" before a single
  /// word that re-spells the family name just given ("mrs adeyemi, sorry adeyemi-cole": tuning
  /// 35's bs041 met "Adeyemi-Cole" as a second person and lost the title). Nil when the mention
  /// corrects nothing.
  static func selfCorrectionLength(_ mention: String, after last: PersonName?) -> Int? {
    if isSelfCorrection(mention) { return 2 }
    let words = mention.lowercased().split(separator: " ").map { String($0).trimming(".,!") }
    guard words.count == 2, ["sorry", "oops", "whoops", "sry", "soz"].contains(words[0]),
      let held = (last?.family ?? last?.given)?.lowercased(), held.count >= 3
    else { return nil }
    let new = words[1]
    let respells =
      new.hasPrefix(held) || held.hasPrefix(new)
      || EditDistance.between(CorrectionReader.folded(new), CorrectionReader.folded(held)) <= 2
    return respells && new != held ? 1 : nil
  }

  static func isSelfCorrection(_ mention: String) -> Bool {
    let opening = mention.lowercased().split(separator: " ").prefix(2).map {
      String($0).trimming(".,!")
    }
    guard opening.count == 2 else { return false }
    let pairs: Set<[String]> = [
      ["no", "wait"], ["wait", "no"], ["no", "sorry"], ["sorry", "no"], ["actually", "no"],
      ["no", "actually"], ["i", "mean"], ["i", "meant"], ["oh", "wait"],
    ]
    return pairs.contains(opening)
  }

  /// In a mention typed in lower case case is no evidence, so two words or more before a job
  /// word are a name ("tom baker head of IT"); one word alone is the job's ("area manager").
  ///
  /// One word before a job of two job words is a name too: "becky store manager" (tuning 30's
  /// bi017, asked again and then greeted "Hello,") is Becky, as "store manager" is a job whole
  /// and a job is never three words of which the first names no job. A word of rank before it
  /// ("general store manager") is the job's.
  static func lowerCaseName(_ words: [String], before job: Int) -> Bool {
    let typed = words.joined(separator: " ")
    guard !typedWithCapitals(typed), words[..<job].allSatisfy({ $0.lowercased() == $0 }) else {
      return false
    }
    if job >= 2 { return true }
    guard job == 1, words.count >= 3, let first = words.first?.lowercased(),
      words.dropFirst().allSatisfy({ VouchedName.isJobWord($0) })
    else { return false }
    return first.count >= 2 && first.allSatisfy(\.isLetter) && !VouchedName.isJobWord(first)
      && !ranks.contains(first)
  }

  /// Words of rank that open a job of job words ("general manager", "area sales manager"),
  /// never a name before one: how senior a post is (`RoleTitle.rankWords`), and its reach or
  /// standing ("area", "acting", "night").
  static let ranks: Set<String> = RoleTitle.rankWords.union([
    "general", "area", "regional", "acting", "interim", "night", "duty", "shift", "associate",
    "national", "group", "district", "divisional",
  ])

  /// Jobs that English puts before a name to address the person holding them ("Principal
  /// Dwyer", "Officer Reyes", "Nurse Adams"), unlike the many it never does ("Manager Steve",
  /// "Director Lee"): a small closed class of school, police, church and civic offices.
  static let addressingJobs: Set<String> = [
    "principal", "headmaster", "headmistress", "superintendent", "chief", "officer",
    "detective", "judge", "mayor", "president", "nurse", "bishop", "deacon", "elder",
  ]

  /// A titled name inside a description, and what is said of them after it: "a Mrs Patel from
  /// the board of trustees" is Mrs Patel, of the board of trustees. Of titles in a row the last
  /// is the name's ("one more lady ms. kavitha from HR"); the name runs to a word that joins a
  /// description ("from", "who", "the") and holds no job word ("the main one was Mr Bilal
  /// Hussain head of IT" is read elsewhere). Nil when the description holds no such name.
  static func titledInside(_ words: [String]) -> (PersonName, String?)? {
    let lower = words.map { $0.lowercased().trimming(".'’") }
    guard
      var title = lower.indices.dropFirst().first(where: { PersonName.titles[lower[$0]] != nil })
    else { return nil }
    while title + 1 < lower.count, PersonName.titles[lower[title + 1]] != nil { title += 1 }
    guard
      let cut = lower.indices.dropFirst(title + 2).first(where: {
        joiners.contains(lower[$0]) || ["at", "of", "in", "on", "with"].contains(lower[$0])
      }),
      !lower[(title + 1)..<cut].contains(where: jobWords.contains),
      let name = DirectAnswer.namePart(Array(words[title..<cut]))
    else { return nil }
    return (name, description(Array(words[cut...])))
  }

  /// The job word that stands as a title before a name: "Principal" of "Principal Dwyer". Only
  /// a mention of the two words alone, both typed with a capital as a title and a name are;
  /// "shift manager Darren" and "the principal, dwyer" describe the person instead. Only the
  /// jobs English uses to address someone (`addressingJobs`) are titles: "Manager Steve" is
  /// Steve the manager, and "Hi Manager Steve" greets him by his job (held-out 25's ba022).
  static func jobAsTitle(_ mention: String) -> String? {
    let words = mention.split(separator: " ").map { String($0).trimming(".,;:!") }
    guard words.count == 2, addressingJobs.contains(words[0].lowercased()),
      VouchedName.isJobWord(words[0]) || jobWords.contains(words[0].lowercased()),
      words[0].first?.isUppercase == true, words[1].first?.isUppercase == true,
      !jobWords.contains(words[1].lowercased()), PersonName.titles[words[0].lowercased()] == nil
    else { return nil }
    return words[0]
  }

  /// Where a name starts at the end of a description: a title, or capitalised words.
  static func trailingName(_ words: [String]) -> Int? {
    if let title = words.lastIndex(where: {
      PersonName.titles[$0.lowercased().trimming(".")] != nil
    }), title > 0, title < words.count - 1,
      DirectAnswer.namePart(Array(words[title...])) != nil
    {
      // "the head chef paolo": a title that is also a trade ("chef", "coach"), after a job
      // word, is the job's ("head chef"), and the name follows it; "the owner Mr Tan" keeps
      // its title.
      // "his sous chef marco": so is one after a word that a determiner or an owner opens.
      let described =
        jobWords.contains(words[title - 1].lowercased())
        || title >= 2
          && ["his", "her", "their", "the", "a", "our", "my"].contains(
            words[title - 2].lowercased())
      if described,
        ["Chef", "Coach", "Matron", "Captain"].contains(
          PersonName.titles[words[title].lowercased().trimming(".")] ?? ""),
        DirectAnswer.namePart(Array(words[(title + 1)...])) != nil
      {
        return title + 1
      }
      return title
    }
    // "his daughter lily", "his wife sue": a relation, then the name.
    if let relation = words.lastIndex(where: { relations.contains($0.lowercased()) }),
      relation + 1 < words.count, !jobWords.contains(words[relation + 1].lowercased())
    {
      return relation + 1
    }
    // "the sales manager darren", "the ops lead called priya": in lower case, a word or two
    // after the job that no sentence is made of are the name.
    if let job = words.lastIndex(where: { jobWords.contains($0.lowercased()) }),
      job > 0, (1...2).contains(words.count - job - 1),
      words[(job + 1)...].allSatisfy({ word in
        let lower = word.lowercased()
        return DirectAnswer.isNameShaped(word) && !DirectAnswer.sentenceWords.contains(lower)
          && !fillers.contains(lower) && !afterthoughts.contains(lower)
          && !chatterWords.contains(lower) && !jobWords.contains(lower)
      })
    {
      // "the lead architect Ruben": a word in lower case before a name typed with its capital
      // goes on with the job (answers tuning 35's cd175 met "architect Ruben", then no one).
      if job + 2 < words.count, words[job + 1].first?.isLowercase == true,
        words[job + 2].first?.isUppercase == true
      {
        return job + 2
      }
      return job + 1
    }
    // "the foreman noel fleming": after an article and one word of job, a word or two that no
    // sentence, job or remark is made of are the name.
    // Only after a definite article: "a student rep" is no one named Rep.
    if words.count >= 3, ["the", "our", "my"].contains(words[0].lowercased()),
      (1...2).contains(words.count - 2),
      words[2...].allSatisfy({ word in
        let lower = word.lowercased()
        return DirectAnswer.isNameShaped(word) && !DirectAnswer.sentenceWords.contains(lower)
          && !fillers.contains(lower) && !afterthoughts.contains(lower)
          && !chatterWords.contains(lower) && !jobWords.contains(lower)
          && !personNouns.contains(lower) && !DirectAnswer.crowdWords.contains(lower)
      }), !personNouns.contains(words[1].lowercased())
    {
      return 2
    }
    var start = words.count
    while start > 1, let first = words[start - 1].first, first.isUppercase,
      DirectAnswer.isNameShaped(words[start - 1]),
      !jobWords.contains(words[start - 1].lowercased())
    {
      start -= 1
    }
    // "The Headmistress", "the Owner": a capital after an article is a job's, not a name's.
    if start > 0, ["the", "a", "an"].contains(words[start - 1].lowercased()) { return nil }
    return start < words.count && start > 0 ? start : nil
  }

  /// The description as it reads: "the ops director" -> "ops director", "from finance" ->
  /// "finance".
  static func description(_ words: [String]) -> String? {
    var words = words.map { $0.trimming(".,") }.filter { !$0.isEmpty }
    while let first = words.first?.lowercased(), fillers.contains(first) { words.removeFirst() }
    while let last = words.last?.lowercased(), ["btw", "too", "also", "i", "think"].contains(last) {
      words.removeLast()
    }
    let text = words.joined(separator: " ")
    return text.isEmpty || text.count > 60 ? nil : text
  }

  /// A description of a job: it names one ("head of HR", "ops lead", "the owner").
  static func isJobLike(_ words: [String]) -> Bool {
    words.contains { jobWords.contains($0) }
  }

  static let openers: [[String]] = [
    ["it", "was"], ["it's"], ["its"], ["i", "met"], ["i", "met", "with"], ["met", "with"],
    ["interviewed", "by"], ["i", "was", "interviewed", "by"], ["with"], ["her", "name", "is"],
    ["his", "name", "is"], ["their", "names", "were"], ["they", "were"],
    // "something like mr chaudhry?": a hedge on the spelling before the name.
    ["something", "like"], ["sth", "like"], ["smth", "like"],
    [
      "the", "interviewer",
      "was",
    ], ["my", "interviewer", "was"], ["there", "were", "two"], ["two", "of", "them"],
    ["a", "panel"], ["panel", "of"], ["mainly"], ["just"],
  ]

  /// Words that start a description of a person rather than their name.
  static let describing: Set<String> = [
    "he", "she", "they", "he's", "she's", "hes", "shes", "theyre", "they're", "the", "a", "an",
    "one", "who", "whos", "who's", "from", "our", "their", "his", "her", "some", "another",
    "head", "also", "plus", "both",
  ]

  /// Words that join a name to its description: "Carl from finance", "Erin the client lead".
  static let joiners: Set<String> = [
    "from", "the", "who", "who's", "whos", "who'd", "whod", "who'll", "she's", "he's", "shes",
    "hes", "is", "was", "our",
    "their", "she", "he", "runs", "manages", "leads", "heads",
  ]

  /// Verbs of coming into the interview: "mrs bishop came in for the last 10 min".
  static let arrivals: Set<String> = [
    "came", "joined", "popped", "arrived", "dropped", "sat", "stepped", "walked",
  ]

  /// What someone does, said of them after their name: "owns the place", "runs the kitchen".
  static let doings: Set<String> = [
    "owns", "runs", "manages", "leads", "heads", "handles", "oversees", "does", "looks",
  ]

  /// Words that start another fact of the interview, not a description of the person: the
  /// company ("at"), the role ("for", "as"), the day.
  static let otherFacts: Set<String> = [
    "at", "in", "for", "as", "on", "yesterday", "today", "last", "this", "via", "over", "about",
    "and", "but", "i",
  ]

  /// Words that say what someone did not do in the interview, never a word of a name or a job:
  /// "kojo didnt really talk", "ama barely spoke". The negatives are typed with the apostrophe
  /// or without it. A plain verb ("dana said ...") is left: at another question it opens a
  /// sentence about the interview, not a mention of a person.
  static let remarkVerbs: Set<String> = {
    let negatives = [
      "didnt", "doesnt", "wasnt", "isnt", "hasnt", "hadnt", "dont", "cant", "wont", "couldnt",
      "wouldnt",
    ]
    return Set(negatives + negatives.map { $0.dropLast(2) + "n't" } + ["barely", "hardly"])
  }()

  /// Words taken off the front of a description.
  static let fillers: Set<String> = [
    "he", "she", "they", "he's", "she's", "hes", "shes", "they're", "is", "was", "are", "the",
    "a", "an", "from", "who", "who's", "whos", "our", "their", "his", "her", "as", "at", "of",
  ]

  /// Words a mention starts with before the name it leads to: "we spoke with maya".
  static let lead: Set<String> = [
    "we", "i", "it", "on", "over", "via", "had", "spoke", "met", "was", "mostly", "mainly",
    "interview", "interviewed", "the", "my",
  ]

  /// Words that end a description without naming anyone: "the manager there", "the owner too".
  static let afterthoughts: Set<String> = [
    "there", "here", "himself", "herself", "themselves", "too", "also", "again", "lol", "haha",
    "btw", "only", "mostly", "mainly", "first", "later", "online", "today",
  ]

  /// Words for how someone is related to a person just named: "his daughter lily".
  /// The spouse of `last`, when the mention is only the relation ("his wife", "her husband"),
  /// with the title a letter gives them and `last`'s family name; nil otherwise.
  static func spouse(_ mention: String, of last: PersonName?) -> PersonName? {
    let words = mention.lowercased().split(separator: " ").map { String($0).trimming(".,;:!") }
    guard let last, let family = last.family, words.count == 2,
      ["his", "her"].contains(words[0])
    else { return nil }
    let title: String
    switch words[1] {
    case "wife", "missus", "missis": title = "Mrs"
    case "husband", "hubby": title = "Mr"
    default: return nil
    }
    return PersonName(title: title, given: nil, family: family)
  }

  static let relations: Set<String> = [
    "wife", "husband", "daughter", "son", "partner", "colleague", "boss", "brother", "sister's",
    "assistant", "deputy", "missus", "missis", "mrs", "hubby", "fiancee", "fiancée", "fiance",
    "girlfriend", "boyfriend", "mum", "mom", "dad", "mother", "father", "niece", "nephew",
  ]

  /// A remark about a person rather than a person: "nice guy bit intense", "really friendly".
  static func isChatter(_ mention: String) -> Bool {
    let words = mention.lowercased().split(separator: " ").map(String.init)
    return words.filter { chatterWords.contains($0) }.count >= 2
      || words.count >= 2 && chatterWords.contains(words[0])
  }

  /// Words of remarks about how someone came across.
  static let chatterWords: Set<String> = [
    "nice", "lovely", "friendly", "guy", "lady", "woman", "man", "bit", "very", "really", "quite",
    "intense", "kind", "strict", "chatty", "quiet", "funny", "seemed", "super", "pretty", "busy",
    "tired", "bored", "great", "cool", "smart", "scary", "warm", "cold", "nervous", "polite",
  ]

  /// Words that name a job or a team.
  static let jobWords: Set<String> = [
    "postdoc", "post-doc",
    "manager", "director", "head", "lead", "officer", "owner", "founder", "founders", "hr", "ceo",
    "cto", "cfo", "coo", "recruiter", "supervisor", "principal", "teacher", "partner", "chair",
    "boss", "ops", "team", "deputy", "president", "vp", "chief", "editor", "curator", "matron",
    "coordinator", "administrator", "engineer", "analyst", "consultant", "agency", "client",
    "finance", "it", "sales", "marketing", "operations", "department", "dept", "governor",
    "md", "gm", "pm", "recruitment", "admissions", "leader", "hiring", "bursar", "clerk",
    "secretary", "culture", "talent", "eng", "engineering", "product", "admin", "pi", "kitchen",
    "data", "research", "clinical", "store", "branch", "site", "office", "recruiter", "hod",
  ]
}
