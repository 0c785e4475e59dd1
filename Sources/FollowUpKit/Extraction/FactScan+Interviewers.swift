/// Reading who interviewed the person: titled names anywhere ("Dr Okafor"), names after a cue
/// ("met with Priya Shah"), lists ("Dana Patel, Raj Mehta and Li Wei") and bare replies.
extension FactScan {
  /// Sets the interviewers from titled names, names after a cue, names in brackets and names
  /// after a job ("the manager Mrs Kowalska").
  /// Nouns for a post one applies for: "a job with", "a role with" name an employer next.
  static let postNouns: Set<String> = [
    "job", "jobs", "role", "roles", "position", "post", "placement", "apprenticeship",
    "internship", "vacancy", "traineeship",
  ]

  /// Pronouns only a verb or a preposition takes as its object: "the manager give me ...".
  static let objectPronouns: Set<String> = ["me", "us", "him", "them", "you", "it"]

  /// Whether the words from `start` name a post: "for Chef de Partie position" is the job
  /// applied for, its title a title's word ("Chef"), never someone met (tuning 37's bw011 was
  /// greeted "Dear Chef de Partie"). A few words, then a noun for a post.
  func namesPost(from start: Int) -> Bool {
    var index = start + 1
    while index < tokens.count, index - start <= 4, tokens[index].isWord {
      if Self.postNouns.contains(tokens[index].lower) {
        return true
      }
      index += 1
    }
    return false
  }

  mutating func readPeople() {
    guard facts.interviewers == nil else { return }
    var people: [PersonName] = []
    let cues: [[String]] = [
      ["interviewed", "by"], ["interviewed", "me"], ["interview", "with"], ["interviewed", "with"],
      ["met", "with"], ["met"], ["spoke", "to"], ["spoke", "with"], ["chat", "with"],
      ["call", "with"],
      ["screen", "with"], ["meeting", "with"], ["interviewer", "was"], ["interviewers", "were"],
      ["interviewer"], ["panel", "of"], ["panel"], ["with"], ["thank"], ["note", "for"],
      ["email", "for"], ["message", "for"], ["card", "for"], ["by"],
    ]
    var index = 0
    while index < tokens.count {
      if used[index] {
        index += 1
        continue
      }
      // A titled name anywhere: "Dr Okafor", "Mrs Kowalska", "Mr. and Mrs. Byrne". A title
      // stands before a name with no article: after one ("the chef gave me his number", "my
      // doctor said") the word is a job, as a title that is a job is after a job word ("the
      // head chef Tommy Reyes"); "the manager Mrs Kowalska" keeps hers.
      // After "as" a title is the job the person went for, never someone met: "i make
      // interview as chef de partie" is no "Chef de Partie" to greet.
      if PersonName.titles[tokens[index].lower] != nil,
        index == 0
          || !Self.determiners.contains(plain(index - 1)) && plain(index - 1) != "as"
            && !(PeopleAnswer.jobWords.contains(plain(index - 1))
              && Self.personRoles.contains(tokens[index].plain)),
        tokens[index].isCapitalized || lowercaseMode || isTitleFollowedByName(index),
        !isJobHead(index), !namesPost(from: index),
        let list = personList(from: index, limit: tokens.count)
      {
        people.append(contentsOf: list.people)
        for position in index..<list.end { used[position] = true }
        index = list.end
        continue
      }
      var matched = false
      for cue in cues where document.matches(cue, at: index) {
        var start = index + cue.count
        // "the interviewer (Mx Taylor)", "a panel - Dana Patel, Raj Mehta", "with two people, ..."
        while start < tokens.count,
          tokens[start].kind == .pause
            || [
              "was", "were", "a", "an", "the", "two", "three", "both", "people", "is", "of",
              "called", "named", "guy", "woman", "man", "lady",
            ].contains(tokens[start].plain)
        {
          start += 1
        }
        // "the fella who interviewed me wed": straight after "interviewed me" a word is the
        // verb's time or place; a name there is set off ("interviewed me - barry", "who
        // interviewed me was Barry"), as English never names the person after the object.
        if cue == ["interviewed", "me"], start == index + cue.count { break }
        // "(wiśniewski with the polish s)", "a message for the ops manager": after a cue and an
        // article, words in lower case describe a thing or a job; a person there has a title or
        // capitals (a person's name never needs "the").
        if start > index + 1, ["the", "a", "an"].contains(plain(start - 1)),
          start < tokens.count, !tokens[start].isCapitalized,
          PersonName.titles[tokens[start].lower] == nil
        {
          // "a message for the ops manager": the one the note is for, described by their job;
          // those words are the reader's, never the person's own role.
          if Self.recipientCues.contains(cue) {
            var end = start
            // Up to a name the job introduces ("the manager Mrs Kowalska"), which is read next.
            while end < tokens.count, end - start < 4, tokens[end].isWord,
              !tokens[end].isCapitalized, PersonName.titles[tokens[end].lower] == nil,
              !["and", "after", "about", "at", "from", "because"].contains(tokens[end].lower)
            {
              end += 1
            }
            if (start..<end).contains(where: { PeopleAnswer.jobWords.contains(tokens[$0].lower) }) {
              for position in index..<end { used[position] = true }
            }
          }
          break
        }
        // "interviewer gave his whatsapp no.": a verb right after the cue makes the cue the
        // subject of a clause; the word is what they did, never their name ("Hi Gave,").
        // A determiner after the word is no sign here: "with jen the manager" names Jen.
        if isVerb(at: start, determinerAfter: false) { break }
        if let list = personList(from: start, limit: tokens.count), !list.people.isEmpty {
          // "a note for target interview", "thank an AD for ...": a word naming the interview
          // or the job, or one after "a", is a company, a kind of place or a job, not a person.
          // So is one untitled word that names a job or runs into one ("email for vet nurse
          // interview"): a word that describes a job is never the person's name.
          if Self.interviewNouns.contains(plain(list.end))
            || start > 0 && ["a", "an"].contains(plain(start - 1))
            || list.people.count == 1 && list.people[0].title == nil
              && (Self.roleNouns.contains(plain(list.end))
                || list.people[0].fullWords.allSatisfy { Self.roleNouns.contains($0.lowercased()) })
          {
            break
          }
          // "went for a job with focus ireland": after a job's noun, "with" names the
          // employer, never someone to greet ("Dear Focus,").
          if cue == ["with"], index > 0, Self.postNouns.contains(plain(index - 1)) { break }
          // "help with text message after my job interview": a channel's word after "with"
          // is what the person wants written, never someone met (tuning 38's by016 greeted
          // "Hi Text,").
          if cue == ["with"], list.people.count == 1, list.people[0].title == nil,
            Channel(reading: plain(start)) != nil
          {
            break
          }
          // "interview with Parcelwise": one bare word after "with", and no "at" anywhere, is
          // more likely the company than a person.
          if cue.last == "with", !["met", "spoke", "chat", "call", "meeting"].contains(cue[0]),
            list.people.count == 1, let only = list.people.first, only.title == nil,
            only.family == nil, !hasOtherCompanyCue()
          {
            break
          }
          people.append(contentsOf: list.people)
          for position in index..<list.end { used[position] = true }
          index = list.end
          matched = true
          break
        }
      }
      if matched { continue }
      // "(Dana Patel, Raj Mehta)": names in brackets.
      if tokens[index].kind == .pause, document.text(tokens[index]) == "(",
        let list = personList(from: index + 1, limit: tokens.count), list.end < tokens.count,
        document.text(tokens[list.end]) == ")",
        list.people.contains(where: { $0.family != nil || $0.title != nil })
      {
        people.append(contentsOf: list.people)
        for position in index...list.end { used[position] = true }
        index = list.end + 1
        continue
      }
      // "the manager Mrs Kowalska", "the owner chloé", "the curator, Dr Ellis"
      // Read by `plain`: a foreign word is none of these English words, and comparing it would
      // take Swift's normalising slow path at every word of a 16 KiB message.
      if Self.personRoles.contains(tokens[index].plain), index > 0,
        ["the", "my", "a"].contains(plain(index - 1))
      {
        var start = index + 1
        // "the head of operations, Marcus Reid": the rest of the job, up to a comma.
        if lower(start) == "of",
          let comma = tokens[start...].prefix(5).firstIndex(where: { $0.equals(",") })
        {
          start = comma
        }
        // "the head chef Tommy Reyes": the job's later words are no title.
        while start < tokens.count, start - index <= 3, Self.personRoles.contains(plain(start)) {
          start += 1
        }
        // "the head gardener", "the lead baker": a job word that modifies another takes the
        // next word typed in lower case as its noun, never as a name (tuning 39's ca005 was
        // greeted "Dear Gardener,"); "the head chef Tommy Reyes" still names Tommy after it.
        if start == index + 1, Self.modifyingRoles.contains(tokens[index].plain),
          start < tokens.count, tokens[start].isWord, !tokens[start].isCapitalized,
          PersonName.titles[tokens[start].lower] == nil, !Lexicon.stopwords.contains(plain(start))
        {
          start += 1
        }
        while start < tokens.count, tokens[start].equals(",") { start += 1 }
        // "the chef gave me his number", "the manager said": a verb after the job makes the
        // job the subject of a clause; no name stands there.
        // "the manager accepted my connect": a word in lower case with a determiner straight
        // after it is a verb taking its object, whatever verb it is; a name is not followed so.
        // "the manager give me her phone": nor is a name followed by an object pronoun, which
        // only a verb takes ("give", however typed, is then the verb).
        if !isVerb(at: start), let list = personList(from: start, limit: tokens.count),
          list.people.count == 1
        {
          people.append(contentsOf: list.people)
          for position in index..<list.end { used[position] = true }
          index = list.end
          continue
        }
      }
      // "Jenna from Lakeview Health", "She interviewed me" with a name before: "Siân Hughes ... She"
      if !lowercaseMode, tokens[index].isCapitalized, lower(index + 1) != "", index > 0 {
        let range = nameWords(from: index, strong: false)
        if !range.isEmpty, ["from"].contains(lower(range.upperBound)),
          let name = PersonName(parsing: text(range))
        {
          people.append(name)
          for position in range { used[position] = true }
          index = range.upperBound
          continue
        }
        if !range.isEmpty, document.matches(["interviewed", "me"], at: range.upperBound),
          let name = PersonName(parsing: text(range))
        {
          people.append(name)
          for position in range { used[position] = true }
          index = range.upperBound
          continue
        }
      }
      // "Help me thank Siân Hughes please."
      index += 1
    }
    if !people.isEmpty { facts.interviewers = uniqued(people) }
  }

  /// Whether the word at `index`, typed in lower case, is a verb taking its place in a clause
  /// rather than a name: a common verb ("gave", "said"), or any word followed by a determiner
  /// ("accepted my connect") or an object pronoun ("give me"), which no name is followed by.
  /// After a job ("the manager accepted my connect") a determiner marks the verb; after a cue
  /// a name may have one next ("with jen the manager"), so `determinerAfter` is false there.
  func isVerb(at index: Int, determinerAfter: Bool = true) -> Bool {
    index < tokens.count && !tokens[index].isCapitalized
      && (Lexicon.clauseVerbs.contains(tokens[index].lower)
        || determinerAfter && FieldShape.determiners.contains(lower(index + 1))
        || Self.objectPronouns.contains(lower(index + 1)))
  }

  /// Whether the title word at `index` is the head of a job's name ("sous chef trial", "ward
  /// sister", "pastry chef"): a title that is also a noun, typed in lower case after a word that
  /// modifies it. A title opens a name: it stands after a pause, a function word, a verb or a
  /// greeting ("met chef marco", "thank coach dave", "hi sister mary"), never after another
  /// word of the same noun phrase; there the word after it is no name ("Hi Chef Trial,").
  func isJobHead(_ index: Int) -> Bool {
    guard index > 0, !tokens[index].isCapitalized,
      !PersonName.shortTitles.contains(tokens[index].lower),
      let title = PersonName.titles[tokens[index].lower],
      PersonName.withAnyName.contains(title) || PersonName.ranks.contains(title)
    else { return false }
    let before = tokens[index - 1]
    guard before.isWord, !before.isCapitalized else { return false }
    let word = before.plain
    let opensName =
      Lexicon.stopwords.contains(word) || Lexicon.clauseVerbs.contains(word)
      || Self.nameLeads.contains(word) || word.hasSuffix("ed") || word.hasSuffix("ing")
    return !opensName
  }

  /// Verbs and greetings a name follows directly: "met chef marco", "hi sister mary".
  static let nameLeads: Set<String> = [
    "met", "meet", "thank", "thanks", "email", "message", "text", "call", "cc", "dear", "hi",
    "hello", "hey", "send", "write", "see", "saw", "by", "with", "to", "and",
  ]

  /// Cues naming the one a note is for: "a message for the ops manager", "thank the chef".
  static let recipientCues: [[String]] = [
    ["thank"], ["note", "for"], ["email", "for"], ["message", "for"], ["card", "for"],
  ]

  /// Words a company or a job stands before: "target interview", "cafe job".
  static let interviewNouns: Set<String> = [
    "interview", "interviews", "job", "role", "position", "post", "shift", "placement",
    "apprenticeship", "internship", "application", "vacancy",
  ]

  /// Job words that modify the noun after them ("head gardener", "lead nurse", "chief
  /// engineer"): the word after one is the job's, not a name.
  static let modifyingRoles: Set<String> = ["head", "lead", "chief", "principal"]

  /// People's roles that may stand before their name: "the manager Mrs Kowalska".
  static let personRoles = Set<String>([
    "manager", "owner", "curator", "head", "teacher", "boss", "recruiter", "director", "ceo",
    "founder", "lead", "supervisor", "interviewer", "chef", "matron", "principal", "partner",
    "editor", "producer", "consultant", "engineer", "pi", "professor", "dean", "gm", "dm",
    "chair", "chairman", "chairwoman", "mayor",
  ])

  /// The people in order, each once.
  private func uniqued(_ people: [PersonName]) -> [PersonName] {
    var seen = Set<String>()
    return people.filter { seen.insert($0.full.lowercased()).inserted }
  }

  /// "dr Okafor", "mrs. Byrne": a title typed in lower case, then a capitalised name.
  private func isTitleFollowedByName(_ index: Int) -> Bool {
    var next = index + 1
    if next < tokens.count, tokens[next].equals("."), tokens[next].end - tokens[next].start == 1 {
      next += 1
    }
    return next < tokens.count && tokens[next].isCapitalized
  }

  /// A list of people starting at `start`: "Dana Patel, Raj Mehta and Li Wei", "Mr and Mrs Byrne".
  /// Returns nil unless at least one person is read; `end` is the token after the list.
  func personList(from start: Int, limit: Int) -> (people: [PersonName], end: Int)? {
    var people: [PersonName] = []
    var pendingTitles: [String] = []
    var index = start
    var end = start
    while index < limit {
      // Title, possibly with a dot: "Dr.", "Mrs".
      if let title = PersonName.titles[tokens[index].lower], tokens[index].kind == .word {
        var next = index + 1
        if next < limit, isTitleDot(next) { next += 1 }
        pendingTitles.append(title)
        index = next
        // "Mr and Mrs Byrne": the title waits for the name after "and".
        if index < limit, ["and", "&"].contains(tokens[index].lower), index + 1 < limit,
          PersonName.titles[tokens[index + 1].lower] != nil
        {
          index += 1
          continue
        }
        continue
      }
      let range = nameWords(from: index, strong: !pendingTitles.isEmpty)
      guard !range.isEmpty else { break }
      // An organisation is not a person: "with Acme Ltd", "with Brightwell Energy".
      if range.upperBound < limit
        && OrganisationNouns.inNames.contains(tokens[range.upperBound].lower)
      {
        break
      }
      if range.count > 3 { break }
      // "North Sea Renewables (NSR)": words whose initials follow in brackets are an
      // organisation's name, as people write one; a person's never is.
      if range.count >= 2, range.upperBound + 1 < limit,
        document.text(tokens[range.upperBound]) == "(",
        document.text(tokens[range.upperBound + 1]).lowercased()
          == range.map({ tokens[$0].lower.prefix(1) }).joined()
      {
        break
      }
      let words = text(range)
      if pendingTitles.isEmpty {
        guard let name = PersonName(parsing: words) else { break }
        people.append(name)
      } else {
        for title in pendingTitles {
          guard let name = PersonName(parsing: title + " " + words) else { continue }
          people.append(name)
        }
        pendingTitles.removeAll()
      }
      index = range.upperBound
      end = index
      // A description after a comma or in brackets is not part of the list: "mrs o'connell, the
      // head teacher", "Zoë Martin from HR".
      if index < limit, tokens[index].equals(","), index + 1 < limit,
        ["the", "a", "who", "from", "my"].contains(tokens[index + 1].lower)
      {
        break
      }
      if index < limit,
        [",", "and", "&", "+", "/", "-"].contains(tokens[index].lower)
          || (tokens[index].equals(",") && lower(index + 1) == "and")
      {
        var next = index + 1
        if next < limit, tokens[next].equals("and") { next += 1 }
        // "a guy called dave and a woman called siân"
        while next < limit,
          ["a", "the", "guy", "woman", "man", "lady", "called", "named", "also"].contains(
            tokens[next].lower)
        { next += 1 }
        if next < limit,
          isNameWord(tokens[next], strict: true) || PersonName.titles[tokens[next].lower] != nil
        {
          index = next
          continue
        }
      }
      break
    }
    return people.isEmpty ? nil : (people, end)
  }

  /// A reply to "Who interviewed you?": "Sam and Ola", "a panel - Dana Patel, Raj Mehta".
  func barePeople() -> [PersonName]? {
    var start = 0
    let skip: Set<String> = [
      "it", "was", "with", "i", "met", "spoke", "to", "a", "an", "the", "panel", "two", "three",
      "people", "both", "of", "them", "guy", "woman", "man", "lady", "called", "named", "by",
      "interviewed", "me", "interviewer", "interviewers", "were", "is", "they", "are",
    ]
    while start < tokens.count, skip.contains(tokens[start].lower) || tokens[start].kind == .pause {
      start += 1
    }
    // "the taproom manager, dave o'neill": a job description first, then the name.
    if let comma = tokens[start...].firstIndex(where: { $0.equals(",") }), comma - start <= 4,
      tokens[start..<comma].contains(where: { Self.personRoles.contains($0.lower) })
    {
      start = comma + 1
    }
    guard start < tokens.count, let list = personList(from: start, limit: tokens.count) else {
      return nil
    }
    // Anything after the list must be a description, not more sentence: "mrs o'connell, the head
    // teacher" is fine; "the hiring manager, I didn't catch her name" has no name at all.
    if list.end < tokens.count, tokens[list.end].kind == .word,
      !["from", "who", "and", "in", "at"].contains(tokens[list.end].lower)
    {
      return nil
    }
    return list.people
  }
}
