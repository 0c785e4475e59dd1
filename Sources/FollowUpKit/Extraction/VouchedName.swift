/// The one reader that decides whether a run of words is a person's name, and which words of it
/// are a title or a job instead.
///
/// A greeting or a sign-off prints a name to the very person it names, so it prints only what
/// can be vouched for. Earlier rounds fixed each wrong greeting with one more word list ("Hi
/// shift,", "Dear Sergeant,", "Dear Mr Pryce work coach,") and the fixes did not carry to unseen
/// text. This reader separates the parts by grammar instead:
/// - a title stands before the name ("Sergeant Lisa Morrow", "Mrs Mrs Imelda Sweeny" once);
/// - a job or team word, and the word directly before it, describe the person ("shift manager
///   Darren", "Area manager Jane Whitfield", "Mr Gareth Pryce work coach team leader");
/// - in a reply typed with capitals, a name's words have them: a word the person left in lower
///   case there is a description ("farmer Huw Jenkins", "Mrs Pearce headteacher") — a reply
///   typed all in lower case was capitalised when it was parsed, so this costs it nothing;
/// - a pronoun is never a name ("me is Li Wei" is no "Me"), nor a letter alone ("M." for
///   Monsieur), though an initial inside a name is kept ("Mr S. Raghavan").
/// A title alone or a job alone is never a name. What is left is the name; when nothing is
/// left the note greets with a plain form rather than a guess.
enum VouchedName {
  /// The person with only vouched words in the name: the title kept, description words moved to
  /// the job. Nil when no word of the name can be vouched for.
  ///
  /// ```swift
  /// VouchedName.vouched(PersonName(given: "shift", family: "manager Darren"))
  /// // PersonName(given: "Darren", job: "shift manager")
  /// ```
  static func vouched(_ person: PersonName) -> PersonName? {
    // "Bríd who", "Kasia tho": chat words about the name are none of it.
    guard let person = ChatInName.cleaned(person), var found = reread(person) else { return nil }
    // The greeting the person asked for stays with the person, however the name is read again.
    found.greetAs = found.greetAs ?? person.greetAs
    // "Sir Pls", "Dear Thx": a word of three letters or more with no vowel (y and w count) is
    // chat shorthand, not a name; "Ng" is short enough to be one.
    let words = found.fullWords
    if words.contains(where: { word in
      let letters = CorrectionReader.folded(word).filter(\.isLetter)
      return letters.count >= 3 && !letters.contains(where: { "aeiouyw".contains($0) })
    }) {
      return nil
    }
    // "older fella", "the lady": a word for a person not named is no name's ("Guy" can be one).
    if words.contains(where: { word in
      let lower = word.lowercased()
      return lower != "guy" && lower != "gal" && PeopleAnswer.personNouns.contains(lower)
    }) {
      return nil
    }
    // "Polish S" from "with the polish s", "French": a word for a people or a language, alone
    // or beside initials only, with no title, says where someone or something is from.
    let named = words.filter { !isInitial($0) && $0.filter(\.isLetter).count > 1 }
    if found.title == nil, !named.isEmpty,
      named.allSatisfy({ isPeopleWord($0.lowercased()) })
    {
      return nil
    }
    // "IT Service Desk Manager Mr Okonkwo" read as "Service": one word that names a kind of
    // organisation, with no title, is a team or a place, never whom to greet ("Dear Service,").
    if found.title == nil, words.count == 1, let only = words.first?.lowercased(),
      OrganisationNouns.inNames.contains(only) || OrganisationNouns.forEmployer.contains(only)
    {
      return nil
    }
    // "HPLC", "QC lab manager": one word all in capitals, with no title, is an acronym.
    if found.title == nil, words.count == 1, let only = words.first, only.count >= 2,
      only.allSatisfy({ $0.isUppercase || !$0.isLetter })
    {
      return nil
    }
    return found
  }

  private static func reread(_ person: PersonName) -> PersonName? {
    let words = person.fullWords
    let job = person.job.map(split) ?? []
    // "Charge Nurse Bernadette Quinn", "Staff Nurse Amy Lee": a word and a job's head noun
    // opening the mention are an office, never a name ("Dear Charge,"); the name follows.
    if person.title == nil, words.count >= 3, isOfficeHead(words[1]), titleWord(words[0]) == nil,
      !isJobWord(words[0]), words[2...].allSatisfy({ isNameWord($0) || isParticle($0) }),
      var name = PersonName(parsing: words[2...].joined(separator: " "))
    {
      name.job = ([words[0].lowercased(), words[1].lowercased()] + job).joined(separator: " ")
      name.greetAs = person.greetAs
      return name
    }
    // The common case: every word is a name's and the job holds no name ("Area manager Jane
    // Whitfield" was read as "Area", job "manager Jane Whitfield"); kept exactly as read.
    if !words.isEmpty, words.allSatisfy({ isNameWord($0) || isParticle($0) || isInitial($0) }),
      words.first.map(isParticle) == false || person.title != nil,
      words.first.flatMap(titleWord) == nil,
      words.last.map(isInitial) == false,
      // "Mrs Hollis-Grant the SENCo" keeps its job; a lone word ("Area" of "Area manager Jane
      // Whitfield") is read again with a job that holds a name the grammar marks.
      person.title != nil || words.count > 1 || !job.contains(where: isNameWord)
        || read(job, inDescription: true) == nil
    {
      return person
    }
    var typed = [person.title].compactMap { $0 } + words
    if person.familyFirst == true, let given = person.given, let family = person.family {
      typed = [person.title].compactMap { $0 } + split(family) + split(given)
    }
    guard let found = read(typed + job) else { return nil }
    if found.name.fullWords == words {
      var kept = person
      kept.title = found.name.title ?? person.title
      kept.job =
        person.job.flatMap { job -> String? in
          job.isEmpty ? nil : job
        } ?? PeopleAnswer.description(found.description)
      return kept
    }
    var result = found.name
    result.job = PeopleAnswer.description(found.description)
    return result
  }

  /// An interviewer as a correction leaves them: the corrected name when it can be vouched for;
  /// a correction of the title alone ("she is Dr (Mrs) Adeleke, not just Mrs", read as "Mrs
  /// Dr") keeps the one person held and gives them the new title.
  static func corrected(_ person: PersonName, held: [PersonName]) -> PersonName {
    if let vouched = vouched(person) { return vouched }
    let titles = ([person.title].compactMap { $0 } + person.fullWords).compactMap(titleWord)
    guard held.count == 1, var kept = vouched(held[0]) ?? Optional(held[0]) else { return person }
    // "James Whitlock is not finance manager, he is director" read as "Mr Finance Manager": a
    // correction that names no one leaves the one person named, who is still greeted by name.
    guard let new = titles.first(where: { $0 != held[0].title }) else {
      return vouched(held[0]) ?? person
    }
    kept.title = new
    return kept
  }

  /// A proper name (a company's, a place's) as typed in a message: where the person typed
  /// capitals, the name's words have them, so lower-case words after it are a remark ("Deliveroo
  /// HOP all caps") and a value all in lower case is none ("old"); joining words inside it stay
  /// ("Siddiqui and Partners"). In a message typed all in lower case, case is no evidence.
  static func properName(_ value: String, typedWithCapitals: Bool) -> String? {
    guard typedWithCapitals else { return value }
    var words = split(value)
    let lowerCase = { (word: String) in word.first(where: \.isLetter)?.isLowercase ?? false }
    while let last = words.last, lowerCase(last) { words.removeLast() }
    guard words.contains(where: { $0.contains(where: \.isUppercase) }) else { return nil }
    return words.joined(separator: " ")
  }

  /// A name found inside a description of a person: "shift manager Darren", "a guy from HR,
  /// Kevin Grady I think". Only a name the grammar marks is taken: one after a title or a job
  /// word, or two or more capitalised words standing among lower-case ones.
  static func inDescription(_ text: String) -> PersonName? {
    guard let found = read(split(text), inDescription: true) else { return nil }
    var name = found.name
    // "from Talent" after the name is theirs; before it, only words that name a job are
    // ("shift manager Darren"), not "it was a phone call with".
    let before = Array(found.description.prefix(found.before))
    let after = Array(found.description.dropFirst(found.before))
    name.job =
      PeopleAnswer.description(after)
      ?? (before.contains(where: isJobWord) ? PeopleAnswer.description(before) : nil)
    return name
  }

  /// Whether words given at the question that asks for a name hold a name with nothing that
  /// vetoes it: the question is trusted, so case is no evidence here, but a pronoun ("me is Li
  /// Wei"), a rank or job alone ("Warrant Officer") and a letter alone never are a name.
  static func isName(atQuestion words: [String]) -> Bool {
    let letters = words.map { $0.trimming(".,") }.filter { !$0.isEmpty }
    // "I. Mensah" opens with an initial, not the pronoun.
    guard let first = words.first, !pronouns.contains(first.lowercased().trimming(","))
    else { return false }
    // Vocabulary never vetoes a direct answer ("Rose Head", "Will Young"): only a reply with no
    // word that could be a name at all ("Warrant Officer" is a rank, "Sgt" a title) is none.
    return letters.enumerated().contains { offset, word in
      let lower = word.lowercased()
      let next = offset + 1 < letters.count ? letters[offset + 1] : nil
      let beforeRank = next.map { ["officer", "sergeant", "corporal"].contains($0.lowercased()) }
      return titleWord(word) == nil && !pronouns.contains(lower) && !isInitial(word)
        && !(isJobWord(word) && letters.count > 1 && offset == letters.count - 1)
        && beforeRank != true && (word.filter(\.isLetter).count >= 2 || isCaseless(word))
    }
  }

  /// How the person signs: their vouched name, without a rank or a social title ("Cpl Ross
  /// MacLeod" signs "Ross MacLeod", "Mrs Beatrice Nwosu" signs "Beatrice Nwosu"); a title of a
  /// profession stays ("Dr Mariam Abdelrahman"). Empty when nothing can be vouched for: a note
  /// signed with no name is safer than one signed "Me" or "French".
  static func signature(_ sender: PersonName) -> String {
    guard !sender.full.isEmpty else { return "" }
    guard var name = vouched(sender) else { return "" }
    // "French" from "I am french": a word of a people alone is where they are from.
    if name.fullWords.count == 1, name.fullWords.allSatisfy({ isPeopleWord($0.lowercased()) }) {
      return ""
    }
    if let title = name.title, PersonName.ranks.contains(title) || unsigned.contains(title) {
      name.title = nil
    }
    name.job = nil
    return name.full
  }

  /// A word for a people, a language or a country ("french", "welsh", "kerala" is not one):
  /// after "I am" it says where someone is from.
  static func isPeopleWord(_ lower: String) -> Bool {
    ProperSpelling.names.contains(lower)
  }

  /// Social titles, which a person does not sign with.
  static let unsigned: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame"]

  /// The name, its title and the description words, read left to right.
  static func read(_ words: [String], inDescription: Bool = false) -> (
    name: PersonName, description: [String], before: Int
  )? {
    var title: String?
    var name: [String] = []
    var description: [String] = []
    // Why the name can be trusted inside a description: it follows a title or a job word.
    var marked = false
    var index = 0
    while index < words.count {
      let word = words[index]
      let next = index + 1 < words.count ? words[index + 1] : nil
      if name.isEmpty, let written = titleWord(word) {
        if let next, isNameWord(next) || isInitial(next) || titleWord(next) != nil {
          // "Mrs Mrs Imelda Sweeny": a title said twice is one title; "Engr. Mrs Eze" keeps
          // both.
          if let held = title {
            if held != written { title = held + " " + written }
          } else {
            title = written
          }
          marked = true
        } else {
          // A title with no name after it ("Dear Sergeant,") is no name.
          title = nil
          description.append(word)
        }
      } else if name.isEmpty {
        if isNameWord(word) || isInitial(word) && next.map(isNameWord) == true,
          // "Area manager Jane Whitfield": the word before a job word is the job's, unless a
          // title has just marked it as a name ("Mrs Pearce headteacher").
          title != nil || next.map(isJobWord) != true
        {
          // "from Tesco Extra": a place after "from", "at" or "in" is no person, all of it.
          if inDescription, index > 0,
            words[..<index].reversed().first(where: { !isNameWord($0) }).map({
              ["from", "at", "in", "of", "for"].contains($0.lowercased())
            }) == true
          {
            description.append(word)
          } else {
            name.append(word)
          }
        } else {
          if isJobWord(word) { marked = true }
          if title != nil {
            // "Dr HR": a title with no name after it is no name.
            title = nil
          }
          description.append(word)
        }
      } else if isNameWord(word) && next.map(isJobWord) != true
        || isParticle(word) && next.map(isNameWord) == true
        // "Jerome dela Cruz": a short word in lower case between a name's words joins them.
        || word.count <= 4 && word.allSatisfy(\.isLowercase) && next.map(isNameWord) == true
        || isInitial(word) && next.map(isNameWord) == true
      {
        name.append(word)
      } else {
        description.append(contentsOf: words[index...])
        break
      }
      index += 1
    }
    guard !name.isEmpty else { return nil }
    let before = description.count - (words.count - index)
    if inDescription {
      let standsOut = name.count >= 2 && description.contains { $0.first?.isLowercase == true }
      guard marked || title != nil || standsOut else { return nil }
    }
    // The title is set apart here, so that two of them ("Engr Mrs") stay one title.
    guard var parsed = PersonName(parsing: name.joined(separator: " ")) else { return nil }
    if let title {
      if parsed.family == nil || isParticle(name[0]) {
        parsed = PersonName(title: title, family: name.joined(separator: " "))
      } else {
        parsed.title = title
      }
    }
    return (parsed, description, before)
  }

  /// A word a name can be made of here: letters shaped like a name, two or more of them, typed
  /// with a capital, and no title, job word or pronoun.
  static func isNameWord(_ word: String) -> Bool {
    guard DirectAnswer.isNameShaped(word), word.filter(\.isLetter).count >= 2 || isCaseless(word)
    else { return false }
    // "al-Farsi", "d'Souza": a particle joined to a capitalised name is a name's.
    // Scripts without case ("王芳") have no lower-case words to set apart.
    let capitalised =
      word.first(where: \.isLetter)?.isLowercase == false
      || word.split(whereSeparator: { "-'’".contains($0) }).dropFirst().first?.first?.isUppercase
        == true
    guard capitalised else { return false }
    let lower = word.lowercased().trimming(".")
    // A title word inside a name is a name's ("Mark Lord"); at its start the reader takes it
    // as the title.
    return !isJobWord(word) && !pronouns.contains(lower)
  }

  /// Letters of a script without case ("李", "王芳"): one of them is a whole name's syllable,
  /// never an initial.
  static func isCaseless(_ word: String) -> Bool {
    word.first(where: \.isLetter).map { !$0.isCased } ?? false
  }

  /// "S." or "J": a letter that stands for a name inside one, never a name alone.
  static func isInitial(_ word: String) -> Bool {
    let letters = word.filter(\.isLetter)
    return letters.count == 1 && word.first?.isUppercase == true && !isCaseless(word)
      && word.allSatisfy { $0.isLetter || $0 == "." }
  }

  static func isParticle(_ word: String) -> Bool {
    PersonName.particles.contains(word) || PersonName.familyParticles.contains(word)
  }

  /// How a letter writes a title or rank typed before a name, or nil.
  static func titleWord(_ word: String) -> String? {
    PersonName.titles[word.lowercased().trimming(".")]
  }

  /// A word that names a job or team: one of the job words, or a word built on one
  /// ("headteacher", "storemanager").
  static func isJobWord(_ word: String) -> Bool {
    let lower = word.lowercased().trimming(".,")
    // "Md Rakibul Hasan": a short job word (MD, GM, HR) is written in capitals or lower case;
    // typed with one capital it is a name's abbreviation.
    if lower.count <= 3, word.count >= 2, word.first?.isUppercase == true,
      word.dropFirst().allSatisfy(\.isLowercase)
    {
      return false
    }
    if PeopleAnswer.jobWords.contains(lower) || extraJobWords.contains(lower) { return true }
    // "the two managers jo and kev", "the owners": a job word said of several is a job word.
    if lower.count > 4, lower.hasSuffix("s"), !lower.hasSuffix("ss"),
      isJobWord(String(lower.dropLast()))
    {
      return true
    }
    return lower.count > 7
      && ["teacher", "manager", "officer", "director", "keeper"].contains {
        lower.hasSuffix($0)
      }
  }

  /// The head noun of a job said before a name as an office ("Charge Nurse", "Staff Nurse",
  /// "Clinical Lead"): a job word, or a care profession's noun that is no surname.
  static func isOfficeHead(_ word: String) -> Bool {
    isJobWord(word)
      || ["nurse", "midwife", "paramedic", "physician", "surgeon", "physio"].contains(
        word.lowercased().trimming(".,"))
  }

  /// Job words beyond the interview's usual ones: the people who interview for farms, kitchens,
  /// shops and public services.
  static let extraJobWords: Set<String> = [
    "farmer", "pharmacist", "foreman", "landlord", "landlady", "receptionist", "superintendent",
    "assistant",
  ]

  /// Words that stand for a person in a sentence, never as their name.
  static let pronouns: Set<String> = [
    "me", "myself", "i", "him", "himself", "her", "herself", "them", "themselves", "you", "it",
    "us", "we", "he", "she", "they", "someone", "somebody",
  ]

  static func split(_ text: String) -> [String] {
    text.split(separator: " ").map { String($0).trimming(",;:()") }.filter { !$0.isEmpty }
  }
}
