/// Reading the role: "for the operations coordinator job", "as a junior developer", "Year 4
/// teacher.", and a bare reply to "What role?".
extension FactScan {
  /// Sets the role from "the X job", "as a X", "X interview" or a bare segment ending in a job
  /// noun.
  mutating func readRole() {
    guard facts.role == nil else { return }
    // "for the X job", "the X role", "X position", "as a X", "for X at", "X interview".
    for index in tokens.indices
    where !used[index] && Self.roleSuffixes.contains(tokens[index].plain) {
      // "the head of post", "head of role design": after "of" the word is what a title is of,
      // never the noun closing a post's name (tuning 39's ca048 had the role "head of", and
      // the "assistant editor interview" said after it was never read).
      if index > 0, tokens[index - 1].plain == "of" { continue }
      // Walk back over the title to "the", "a", "for", "as".
      var start = index
      while start > 0, !used[start - 1], tokens[start - 1].isWord,
        ![
          "the", "a", "an", "for", "as", "at", "this", "my", "that", "to", "of", "with", "about",
          "in", "on", "i", "had", "was", "is", "interview", "interviewed", "applied", "apply",
        ].contains(tokens[start - 1].plain)
          // "a head of fundraising role", "the director of studies post": "of" after a job's
          // noun is inside the title, which is named whole or not at all.
          || isTitleOf(start - 1),
        index - start < 6
      {
        start -= 1
      }
      if start < index, let role = roleTitle(start..<index) {
        facts.role = role
        // "a cafe job", "teaching post": a kind of job; "the X job", "X role": the post.
        // "backend role", "a buying role", "junior DevOps role": words that end on no job's
        // noun name a kind of post, whose title the role question still asks (tuning 41's
        // ce035 and ce045 were written "the backend role").
        facts.roleIsKind =
          !["role", "position", "title"].contains(tokens[index].lower)
          && !(start > 0 && ["the", "this", "that"].contains(tokens[start - 1].lower))
          || !Self.roleNouns.contains(tokens[index - 1].plain)
        for position in start...index { used[position] = true }
        return
      }
      // "the position of Trainee Solicitor"
      if plain(index + 1) == "of", let range = roleRange(from: index + 2),
        let role = roleTitle(range)
      {
        facts.role = role
        for position in index..<range.upperBound { used[position] = true }
        return
      }
    }
    for index in tokens.indices where !used[index] {
      let word = tokens[index].plain
      var start: Int?
      if word == "as", ["a", "an"].contains(plain(index + 1)) { start = index + 2 }
      // "i need email for care home manager", "a thank-you note for the hiring manager": after
      // the word for the message, "for" names who it is for, the interviewer by their job;
      // an interviewer's job is never the person's role.
      if word == "for", isAfterMessageWord(index) {
        continue
      }
      // "Mr Jung, who I think is a team manager", "she is a staff nurse": after "is" a job is
      // the post only when the post is what "is" speaks of ("the job is a care assistant",
      // "it's a barista role"); said of a person it is that person's job.
      if word == "is", !isSaidOfPost(index) { continue }
      if ["for", "is"].contains(word) {
        start = index + 1 + (["a", "an", "the"].contains(plain(index + 1)) ? 1 : 0)
      }
      if word == "be", ["a", "an"].contains(plain(index + 1)) { start = index + 2 }
      guard let begin = start, let range = roleRange(from: begin), let role = roleTitle(range)
      else { continue }
      facts.role = role
      for position in index..<range.upperBound { used[position] = true }
      return
    }
    // "Warehouse supervisor interview", "Store manager interview at Harlows"
    for index in tokens.indices
    where ["interview", "interviews"].contains(tokens[index].plain) && index > 0 {
      var start = index
      while start > 0, !used[start - 1], tokens[start - 1].isWord,
        ![
          "the", "a", "an", "my", "for", "had", "an", "at", "i", "this", "that", "phone", "video",
          "panel", "second", "first", "final", "2nd", "1st", "3rd",
        ].contains(tokens[start - 1].plain), index - start < 5
      {
        start -= 1
      }
      if start < index, Self.roleNouns.contains(tokens[index - 1].plain),
        let role = roleTitle(start..<index)
      {
        facts.role = role
        // "my physio interview": the kind of interview, not yet the post's title.
        facts.roleIsKind = true
        for position in start..<index { used[position] = true }
        return
      }
    }
    // A bare segment between commas or dashes: "Year 4 teacher.", "transport planner,".
    var segmentStart = 0
    for index in 0...tokens.count {
      let boundary =
        index == tokens.count || tokens[index].kind == .stop || tokens[index].kind == .pause
        || (index < tokens.count && ["at", "with"].contains(tokens[index].plain))
      guard boundary else { continue }
      let range = segmentStart..<index
      // A job title is a noun phrase: "actually to the ops manager" (who the note is for) is a
      // clause, with an article or a preposition inside it.
      let clause = range.dropFirst().contains {
        ["to", "the", "a", "an", "my", "your", "his", "her", "their", "our"].contains(
          tokens[$0].plain)
      }
      if (1...5).contains(range.count), range.allSatisfy({ !used[$0] && tokens[$0].isWord }),
        !clause, Self.roleNouns.contains(tokens[index - 1].plain), let role = roleTitle(range)
      {
        // "barista / baker": a second title after a slash is half of the job, kept whole so
        // the note never names one half as the post (`RoleTitle` prints both or neither).
        if let pair = slashPair(after: index), namesJob(pair) {
          facts.role = Self.glossed(role, text(pair)) ?? role + " / " + text(pair)
          for position in range.lowerBound..<pair.upperBound { used[position] = true }
          return
        }
        facts.role = role
        facts.roleIsBare = true
        for position in range { used[position] = true }
        return
      }
      segmentStart = index + 1
    }
  }

  /// Words that name the message the person wants written: after them "for" names its reader.
  static let messageWords: Set<String> = [
    "email", "e-mail", "note", "message", "msg", "letter", "text", "thank-you", "thankyou",
    "follow-up", "followup", "reply", "card", "dm", "linkedin", "thanks", "mail", "sms",
    "whatsapp", "txt",
  ]

  /// Whether the "is" at `index` speaks of the post: its subject, past a hedge ("i think",
  /// "probably"), is the job's noun or a pronoun for the thing ("it", "this", "that").
  func isSaidOfPost(_ index: Int) -> Bool {
    var subject = index - 1
    while subject >= 0,
      ["probably", "basically", "actually", "just", "really"].contains(
        plain(subject))
    {
      subject -= 1
    }
    guard subject >= 0 else { return true }
    let word = plain(subject)
    return Self.postNouns.contains(word) || ["it", "this", "that", "title"].contains(word)
  }

  /// Whether the "for" at `index` follows the word for the message ("a follow up for a startup
  /// founder", "a thank you for the hiring manager"), typed as one word or as two: what
  /// follows is who the message is for, never the person's own job.
  func isAfterMessageWord(_ index: Int) -> Bool {
    guard index > 0 else { return false }
    if Self.messageWords.contains(tokens[index - 1].plain) { return true }
    guard index > 1 else { return false }
    let pair = tokens[index - 2].plain + " " + tokens[index - 1].plain
    return ["follow up", "thank you", "thank u"].contains(pair)
  }

  /// Whether "of" at `index` joins a job's noun to its field inside one title: "head of
  /// fundraising", "director of studies", "teacher of mathematics".
  func isTitleOf(_ index: Int) -> Bool {
    index > 0 && tokens[index].plain == "of" && tokens[index - 1].isWord && !used[index - 1]
      && Self.roleNouns.contains(tokens[index - 1].plain)
  }

  /// A title typed with its abbreviation beside it ("2IC / assistant store manager", "ASM /
  /// assistant store manager"): one job said twice, so the spelled-out half is the title.
  /// Nil when neither half is an abbreviation of a single word: "barista / baker" is a pair.
  static func glossed(_ first: String, _ second: String) -> String? {
    // "HCA / healthcare assistant": the first half already written out (`TitleClipping`)
    // is the second word for word.
    if TitleClipping.writtenOut(first).lowercased() == TitleClipping.writtenOut(second).lowercased()
    {
      return second
    }
    let isAbbreviation = { (half: String) -> Bool in
      let words = half.split(separator: " ")
      guard words.count == 1, let word = words.first, (2...5).contains(word.count) else {
        return false
      }
      let letters = word.filter(\.isLetter)
      return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }
    let spelled = { (half: String) in half.split(separator: " ").count >= 2 }
    if isAbbreviation(first), spelled(second) { return second }
    if isAbbreviation(second), spelled(first) { return first }
    return nil
  }

  /// The words after a slash at `index` up to the segment's end, when they are a short run of
  /// words of their own: the second half of a pair of titles ("barista / baker").
  private func slashPair(after index: Int) -> Range<Int>? {
    guard index < tokens.count, tokens[index].equals("/") else { return nil }
    var end = index + 1
    while end < tokens.count, tokens[end].isWord { end += 1 }
    guard (1...5).contains(end - index - 1),
      end == tokens.count || tokens[end].kind == .stop
    else { return nil }
    return (index + 1)..<end
  }

  /// A job title starting at `start`, ending at a role noun: "policy officer", "Senior Data Analyst".
  private func roleRange(from start: Int) -> Range<Int>? {
    var end = start
    var lastNoun: Int?
    // "Head of Research & Insight at Kantar": after "of" the field is the rest of the title.
    var field = false
    while end < tokens.count, end - start < 6 {
      let token = tokens[end]
      guard token.isWord, !used[end] else { break }
      if Self.companyStops.contains(token.plain) && !Self.roleNouns.contains(token.plain)
        || field && token.plain == "at"
      {
        break
      }
      if Self.roleNouns.contains(token.plain) || field { lastNoun = end }
      if isTitleOf(end) { field = true }
      end += 1
    }
    guard let lastNoun else { return nil }
    // "for a vet clinic", "for a nurse agency": a job's word before a word for a workplace
    // says what kind of place it is; no one there was named a vet.
    let next = lastNoun + 1
    if next < tokens.count, tokens[next].isWord,
      OrganisationNouns.forEmployer.contains(tokens[next].plain)
        || OrganisationNouns.inNames.contains(tokens[next].plain),
      !Self.roleNouns.contains(tokens[next].plain)
    {
      return nil
    }
    return start..<(lastNoun + 1)
  }

  /// When a job is worked, said after its title: "forklift driver nights".
  static let shiftWords: Set<String> = [
    "nights", "night", "days", "weekends", "mornings", "evenings", "nightshift", "nightshifts",
    "overnight", "overnights",
  ]

  /// The role as it goes in the note: the typed words without articles or "job".
  /// Roman numerals that give a title's level ("Data Analyst II"); "i" and "v" are words too.
  static let levelNumerals: Set<String> = ["ii", "iii", "iv"]

  func roleTitle(_ range: Range<Int>) -> String? {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end,
      ["the", "a", "an", "for", "as", "to", "be", "it", "was", "this", "that", "my"].contains(
        tokens[start].plain), document.text(tokens[start]) != "IT", !isQualifierIT(start)
    { start += 1 }
    while end > start,
      Self.roleSuffixes.contains(tokens[end - 1].plain)
        || tokens[end - 1].kind != .word && tokens[end - 1].kind != .number
    { end -= 1 }
    guard start < end else { return nil }
    let words = (start..<end).map { tokens[$0] }
    guard words.allSatisfy({ $0.isWord }), words.count <= 8 else { return nil }
    if words.indices.contains(where: { index in
      let word = words[index]
      // "call handler", "interview coordinator": a noun of the chat that names a job's work
      // when a job noun follows it.
      // "call centre agent": a job noun later in the title does the same (answers tuning 30's
      // bt199 was asked again for a title).
      if ["call", "interview"].contains(word.plain), index + 1 < words.count,
        words[(index + 1)...].contains(where: {
          Self.roleNouns.contains($0.plain) || RoleTitle.namesPerson(document.text($0))
        })
      {
        return false
      }
      return document.text(word) != "IT" && !isQualifierIT(start + index)
        && [
          "i", "i'm", "they", "it", "what", "not", "sure", "idk", "know", "call", "remember",
          "don't",
          "dont", "he", "she", "we", "you", "interview", "interviewed", "went", "had",
        ].contains(word.plain)
    }) {
      return nil
    }
    if words.allSatisfy({ Lexicon.Lookup.stopwords.contains($0) }) { return nil }
    // "Senior role so tone matters", "a graduate scheme": a word of rank alone says how senior
    // the post is, not what it is; a title needs the job's own noun ("senior carer").
    // "n / a": a letter alone is no title.
    if words.count == 1, document.text(words[0]).count < 2 { return nil }
    // "graduate trainee" is a title: its second word is the noun the first qualifies.
    if words.count == 1, RoleTitle.rankWords.contains(words[0].plain) { return nil }
    var title = text(start..<end)
    // "Warehouse supervisor" opening a sentence: the capital is the sentence's, not the title's
    // ("IT support analyst" keeps its abbreviation).
    let first = document.text(words[0])
    if words.count > 1, words[0].isCapitalized, first.count < 2 || first != first.uppercased(),
      words.dropFirst().allSatisfy({ !$0.isCapitalized && $0.kind == .word }),
      start == 0 || tokens[start - 1].kind == .stop || tokens[start - 1].kind == .pause
    {
      title = title.lowercasedFirst()
    }
    guard title.count <= 80 else { return nil }
    // "it support analyst" typed in lower case: the qualifier is written as the title writes it.
    if isQualifierIT(start), title.lowercased().hasPrefix("it ") {
      title = "IT" + title.dropFirst(2)
    }
    // "data analyst ii": the level closing a title is a numeral, written in capitals.
    if let last = words.last, Self.levelNumerals.contains(last.plain) {
      title = title.dropLast(last.plain.count) + last.plain.uppercased()
    }
    return TitleClipping.writtenOut(title)
  }

  /// Whether "it" at `index` is the qualifier IT of a title ("it support analyst", "it
  /// helpdesk technician"), not the pronoun: it opens the title and a job noun follows within
  /// four words, with no verb among them ("it was support analyst" is the pronoun).
  func isQualifierIT(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].plain == "it", index + 1 < tokens.count else {
      return false
    }
    let next = (index + 1)..<min(tokens.count, index + 5)
    guard
      next.allSatisfy({
        tokens[$0].isWord
          && !["was", "is", "were", "s", "'s", "be", "been", "went", "felt", "seemed"].contains(
            tokens[$0].plain)
      })
    else { return false }
    return next.contains { Self.roleNouns.contains(tokens[$0].plain) }
  }

  /// Nouns that end a job title: "operations coordinator", "band 5 nurse".
  static let roleNouns = Set<String>([
    "officer", "assistant", "manager", "coordinator", "co-ordinator", "developer", "engineer",
    "analyst", "nurse", "teacher", "designer", "executive", "specialist", "supervisor",
    "technician", "receptionist", "barista", "planner", "consultant", "administrator",
    "advisor", "adviser", "associate", "intern", "internship", "apprentice", "lead", "director",
    "scientist", "researcher", "lecturer", "physio", "physiotherapist", "accountant", "clerk",
    "operative", "driver", "chef", "cook", "cleaner", "carer", "worker", "solicitor", "lawyer",
    "paralegal", "architect", "editor", "writer", "producer", "curator", "librarian", "joiner",
    "electrician", "plumber", "partner", "head", "representative", "rep", "agent", "controller",
    "dispatcher", "inspector", "surveyor", "therapist", "pharmacist", "midwife", "doctor",
    "gp", "dentist", "hygienist", "paramedic", "porter", "tutor", "instructor", "coach",
    "trainer", "practitioner", "fundraiser", "organiser", "organizer", "programmer", "tester",
    "administrator", "admin", "buyer", "merchandiser", "cashier", "waiter", "waitress",
    "bartender", "server", "host", "housekeeper", "concierge", "secretary", "pa",
    "bookkeeper", "auditor", "actuary", "trader", "banker", "underwriter", "broker", "teller",
    "marketer", "copywriter", "journalist", "reporter", "photographer", "illustrator",
    "animator", "artist", "musician", "technologist", "operator", "mechanic", "fitter",
    "welder", "labourer", "builder", "carpenter", "gardener", "groundsperson", "farmer",
    "agronomist", "vet", "veterinary", "keeper", "ranger", "guide", "steward", "attendant",
    "student", "graduate", "trainee", "fellow", "postdoc", "professor", "chair", "ceo", "cto",
    "cfo", "coo", "founder", "owner", "strategist", "scrum", "master", "owner", "support",
    "ops", "operations", "clinician", "psychologist", "counsellor", "counselor", "mentor",
    "worker", "helper", "volunteer", "ambassador", "champion", "navigator", "facilitator",
    "investigator", "examiner", "assessor", "estimator", "buyer", "recruiter", "sourcer",
    "consultant", "tech", "sre", "devops", "architect", "sales", "marketing", "hr", "it",
    "surgeon", "brewer", "handler", "crew", "translator", "interpreter", "baker", "butcher",
    "florist", "stylist", "hairdresser", "barber", "optician", "optometrist", "radiographer",
    "sonographer", "phlebotomist", "pilot", "steward", "stewardess", "conductor", "guard",
    "warden", "officer", "ranger", "forester", "geologist", "chemist", "biologist",
    "physicist", "statistician", "economist", "historian", "archivist", "conservator",
    "curator", "registrar", "caretaker", "janitor", "housekeeper", "receptionist", "clerk",
    "teller", "valuer", "negotiator", "lettings", "estimator", "draughtsman", "draftsperson",
    "planner", "scheduler", "dispatcher", "loader", "picker", "packer", "forklift", "courier",
    "postman", "postwoman", "chauffeur", "mechanic", "technologist", "analyst", "associate",
    "lead", "manager", "head", "chief", "principal", "deputy", "senior", "junior", "graduate",
    "advocate", "counsel", "dev",
  ])

  /// Words that name a job as a kind of thing: "the X job", "the X role".
  static let roleSuffixes = Set<String>([
    "job", "role", "position", "post", "vacancy", "opening", "opportunity", "gig", "placement",
    "internship", "apprenticeship",
  ])

  /// A reply to "What role?": "for the operations coordinator job", "as a junior developer".
  func bareRole() -> String? {
    var start = 0
    // "something like operations coordinator i think": the hedge before a title says it is
    // roughly that title, and is no part of it (answers tuning 30's bt074).
    let hedges: [[String]] = [
      ["something", "like"], ["something", "along", "the", "lines", "of"], ["kind", "of"],
      ["sort", "of"], ["roughly"], ["basically"], ["probably"],
    ]
    if let hedge = hedges.first(where: { hedge in
      tokens.count > hedge.count && hedge.indices.allSatisfy { tokens[$0].plain == hedge[$0] }
    }) {
      start = hedge.count
    }
    while start < tokens.count,
      [
        "it", "was", "for", "as", "a", "an", "the", "to", "be", "i", "applied", "interviewed",
        "role", "is", "job",
      ].contains(tokens[start].plain),
      // "IT support analyst", "AS level tutor": a word in capitals is an abbreviation of the
      // title's, not a little word before it.
      document.text(tokens[start]) != document.text(tokens[start]).uppercased()
        || document.text(tokens[start]).count < 2 || tokens[start].plain == "i",
      !isQualifierIT(start)
    {
      start += 1
    }
    var end = start
    while end < tokens.count, tokens[end].isWord { end += 1 }
    // A title is at most eight words, but the reply may go on after it ("year 4 class teacher
    // its a maternity cover till july"): `roleAnswerEnd` finds where the title stops. A longer
    // reply gives a title only when what is kept names a job by its noun ("teacher"), so a
    // sentence about something else ("i have 2 interviews this week and i mix them") is none.
    guard start < end, end - start <= 16 else { return nil }
    if end < tokens.count, tokens[end].plain == "?" { return nil }
    // "Senior Data Analyst position at Halden Bank": stop at the company.
    var cut = end
    for index in start..<end where ["at", "with"].contains(tokens[index].plain) {
      cut = index
      break
    }
    // "waitress for the rooftop resto", "virtual assistant for property management": after a
    // job noun, "for" starts the team or place the job is for, not more of its title.
    if let forIndex = (start..<cut).first(where: { tokens[$0].plain == "for" }),
      (start..<forIndex).contains(where: { Self.roleNouns.contains(tokens[$0].plain) })
    {
      cut = forIndex
    }
    // "research scientist in the oncology team", "nursery practitioner level 3": the title ends
    // where the person stops naming the job and starts commenting on it.
    guard let named = roleAnswerEnd(start, cut), named - start <= 8,
      end - start <= 8
        || (start..<named).contains(where: { Self.roleNouns.contains(tokens[$0].plain) })
    else { return nil }
    cut = named
    // "forklift driver nights": the shift said after the title is no part of it. The title
    // before it need only name a person by their work ("team leader nights").
    while cut - start > 1, Self.shiftWords.contains(tokens[cut - 1].plain),
      (start..<(cut - 1)).contains(where: {
        Self.roleNouns.contains(tokens[$0].plain) || RoleTitle.namesPerson(tokens[$0].plain)
      })
    {
      cut -= 1
    }
    // "healthcare assistant on nights" without its shift: a title never ends in a preposition.
    while cut - start > 1, Self.placePrepositions.contains(tokens[cut - 1].plain) { cut -= 1 }
    // "1", "42": a number alone is not a job title.
    if (start..<cut).allSatisfy({ tokens[$0].kind == .number }) { return nil }
    // "hard to tell", "email": ordinary words only, with no job word, are not a job title.
    // A phrase ending in a noun for a person by their work ("call centre agent": answers
    // tuning 30's bt199 was asked again for a title) names a job, ordinary words or not.
    if isOrdinaryWords(start..<cut),
      !(start..<cut).contains(where: { Self.roleNouns.contains(tokens[$0].plain) }),
      !(cut - start >= 2 && RoleTitle.namesPerson(document.text(tokens[cut - 1])))
    {
      return nil
    }
    // A company's name is not a job title: "Northgate Foods" typed at the wrong question ends
    // in a word for an organisation. Before the job's own word that word says where the job
    // is done ("pharmacy dispenser", "bar staff", "farm hand"): evidence for a title, no veto.
    if OrganisationNouns.inNames.contains(tokens[cut - 1].lower),
      !Self.roleNouns.contains(tokens[cut - 1].plain)
    {
      return nil
    }
    // "barista / baker": both halves of a pair are the job (`RoleTitle` names both or none).
    // "restaurant supervisor / foh", "carpenter / second fix": a half that names no job says
    // where or what part of it, a comment the title stands without.
    if cut == end, var pair = slashPair(after: end), let first = roleTitle(start..<cut),
      let pairEnd = roleAnswerEnd(pair.lowerBound, pair.upperBound),
      namesJob(pair.lowerBound..<pairEnd)
    {
      // "farm hand / tractor driver for harvest": the second title ends as the first does.
      pair = pair.lowerBound..<pairEnd
      return Self.glossed(first, text(pair)) ?? first + " / " + text(pair)
    }
    // "VP, FP&A", "Relationship Manager, SME": the function after a comma, typed in capitals
    // as the advert writes it, is the rest of the title; "receptionist, part time" comments.
    if cut == end, let first = roleTitle(start..<cut), let function = functionAfter(end) {
      // "Relationship Manager, SME", "teaching assistant, SEN": one initialism after a title
      // with a noun for its head is a qualifier, which English writes before the head.
      let initialism =
        (2...5).contains(function.count) && function.allSatisfy { $0.isUppercase }
      if initialism, let head = first.split(separator: " ").last,
        head.contains(where: \.isLowercase)
      {
        return function + " " + first
      }
      return first + ", " + function
    }
    return roleTitle(start..<cut)
  }

  /// Whether the words name a job by its noun ("baker", "relief milker", "HCA").
  private func namesJob(_ range: Range<Int>) -> Bool {
    guard let last = range.last else { return false }
    return Self.roleNouns.contains(tokens[last].plain)
      || RoleTitle.isPersonNoun(document.text(tokens[last]))
  }

  /// The function of a title typed after the comma at `index` and running to the reply's end:
  /// "FP&A", "Customer Success" (see `RoleTitle.function`).
  private func functionAfter(_ index: Int) -> String? {
    guard index < tokens.count, tokens[index].equals(","), index + 1 < tokens.count else {
      return nil
    }
    var end = index + 1
    while end < tokens.count, tokens[end].isWord { end += 1 }
    guard end == tokens.count || tokens[end].kind == .stop, end > index + 1 else { return nil }
    return RoleTitle.function(text((index + 1)..<end))
  }
}
