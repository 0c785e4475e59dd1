/// Where a reply to "Who interviewed you?" names people, and where it only remarks on them.
///
/// Such a reply is a list of people and remarks about them or the setting: "mr and mrs okoro,
/// the owners. they do it together", "colm the head chef. o'sullivan. irish lad, sound",
/// "ms lim wei ling, HR business partner. lim is her surname, chinese order". Its first
/// sentence lists people. A later sentence brings in another person only from a people
/// position: a word that joins people ("also", "and", "then", "plus"), a title, a name as a
/// subject ("Ola was there too"), a relation
/// ("her colleague yaw"), a word for a person ("a guy called tom"), a repair ("oh wait it was
/// Gareth") or, in a reply typed with capitals, a full name in capitals. Any other later
/// sentence is a remark: it never adds a person, whatever its words look like ("Together",
/// "Chinese Order", "Irish Lad", "Upstairs"); it may only complete the last person's name with
/// the part they lacked ("o'sullivan."), or give them a job.
enum PeoplePosition {
  /// Whether a sentence that opens with `mention` brings in people rather than remarks on them.
  static func opens(
    _ mention: PeopleAnswer.Mention, in text: String, after people: [PersonName] = []
  ) -> Bool {
    if mention.afterJoiner { return true }
    let mention = mention.text
    let words = mention.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(".,!") }
    guard let first = lower.first else { return false }
    if ["also", "and", "then", "plus", "another", "both"].contains(first) { return true }
    // "Mr Tan was there too", "the ceo mr banda popped his head in": a courtesy title near the
    // start brings a person in.
    if PersonName.titles[first] != nil
      || lower.prefix(4).dropFirst().contains(where: Apposition.courtesyTitles.contains)
    {
      return true
    }
    if PeopleAnswer.isSelfCorrection(mention)
      || ["wait", "no", "sorry", "actually", "oops"].contains(first)
    {
      return true
    }
    // "her colleague yaw", "his boss Mr Tan".
    if lower.count >= 2, ["her", "his", "their", "my"].contains(first),
      PeopleAnswer.relations.contains(lower[1])
    {
      return true
    }
    // "a guy called tom", "some lady from finance", "her name was joy": a person brought in.
    if ["some", "a", "an"].contains(first), lower.contains(where: PeopleAnswer.personNouns.contains)
    {
      return true
    }
    if lower.contains(where: { ["name", "names", "name's", "called", "named"].contains($0) }) {
      return true
    }
    // "Sam. Ola was there too": a name as the subject of "was", "is" or another auxiliary.
    // "lim is her surname, chinese order" remarks on the name held: a word of it is no subject.
    let held = Set(people.flatMap { $0.fullWords.map { $0.lowercased() } })
    if lower.count >= 2, DirectAnswer.isNameShaped(words[0]), !held.contains(first),
      !DirectAnswer.sentenceWords.contains(first), !subjects.contains(first),
      !PeopleAnswer.fillers.contains(first), auxiliaries.contains(lower[1])
    {
      return true
    }
    // "Tom Baker was there too": in a reply typed with capitals, a full name in capitals.
    let capitalised = words.prefix {
      $0.first?.isUppercase == true && DirectAnswer.isNameShaped($0)
    }
    return capitalised.count >= 2 && PeopleAnswer.typedWithCapitals(text)
      && !capitalised.contains(where: VouchedName.isJobWord)
  }

  /// Where a clause opens inside a mention, after the name it starts with: a subject pronoun
  /// ("yaw i think hes IT", "mac suibhne i think it said on his badge", "tom he did the
  /// technical bit"). Nil when none opens after the first word.
  static func clauseStart(_ mention: String) -> Int? {
    let words = mention.split(separator: " ").map(String.init)
    let lower = words.map { $0.lowercased().trimming(",.!") }
    // "or maybe she was a director": a mention opened by a conjunction is a clause itself.
    // "can we leave that bit": a question opens with its verb, never with a name.
    guard let first = lower.first, !["or", "but", "so", "because", "and"].contains(first),
      !DirectAnswer.questionOpeners.contains(first)
    else {
      return nil
    }
    let cut = lower.indices.dropFirst().first { index in
      // A capital "I." after a title or before a name is an initial ("Dr I. Khan").
      if words[index].hasSuffix(".") || PersonName.titles[lower[index - 1]] != nil {
        return false
      }
      // The clause opens after a name: the word before it is shaped as one.
      let before = lower[index - 1]
      guard DirectAnswer.isNameShaped(words[index - 1]),
        !DirectAnswer.sentenceWords.contains(before), !PeopleAnswer.fillers.contains(before)
      else { return false }
      if subjects.contains(lower[index]) { return true }
      return lower[index] == "it" && index + 1 < lower.count
        && ["was", "is", "said", "says"].contains(lower[index + 1])
    }
    // "a phd student i think called omar", "the owner's son i think": a hedge alone needs no
    // cut, and a head that holds no name by itself is no name's.
    guard let cut, !lower[cut...].allSatisfy(hedges.contains),
      PeopleAnswer.person(in: words[..<cut].joined(separator: " ")).0 != nil
    else { return nil }
    return cut
  }

  /// The words of a hedge on what was said: "i think", "i guess", "im not sure".
  static let hedges: Set<String> = [
    "i", "think", "guess", "believe", "reckon", "suppose", "im", "i'm", "not", "sure",
  ]

  /// Auxiliaries and forms of "be" that follow a subject: a closed class.
  static let auxiliaries: Set<String> = [
    "was", "is", "were", "are", "has", "had", "did", "does", "will", "would", "also",
  ]

  /// Words said before a name: hedges, fillers and "it was".
  static let leadIns: Set<String> = [
    "i", "think", "its", "it's", "it", "was", "is", "like", "oh", "um", "uh", "umm", "so", "yeah",
    "yes", "well", "ah",
  ]

  /// Subject pronouns, with the forms chat types for "he's" and "it's": a closed class.
  static let subjects: Set<String> = [
    "i", "he", "she", "they", "we", "hes", "he's", "shes", "she's", "theyre", "they're", "its",
    "it's", "i'm", "im", "i've", "ive",
  ]

  /// The last person with the part of their name a later remark supplies, or nil when the
  /// remark supplies none and so names no one.
  ///
  /// The name must be the whole of what was said (`saying`): "o'sullivan." gives Colm his
  /// family name, "they do it together" gives no one "Together". A person described but not
  /// yet named takes the name whole ("the lady from HR. wanjiru"); a given name alone takes a
  /// family name ("colm the head chef. o'sullivan."); a title with a family name alone takes a
  /// given name ("Mr Pryce ... oh wait it was Gareth"). With `selfRepair`, only a title's given name completes: "tom - wait no it
  /// was tim" replaces Tom.
  static func completed(
    _ last: PersonName, by found: PersonName, saying: String, selfRepair: Bool
  ) -> PersonName? {
    let said = saying.split(separator: " ").map { $0.lowercased().trimming(".,!") }
    let words = found.fullWords
    var stripped = said
    // What people put before a name, a closed class of hedges and fillers: "it was Gareth",
    // "i think its Abu Bakarr Bangura", "like Mac Suibhne".
    while stripped.count > 1, let first = stripped.first, leadIns.contains(first) {
      stripped.removeFirst()
    }
    // A title said with the name is the name's: "Dr Okafor" is the whole of "dr okafor".
    if stripped.count > 1, PersonName.titles[stripped[0]] != nil, found.title != nil {
      stripped.removeFirst()
    }
    guard !words.isEmpty, stripped == words.map({ $0.lowercased() }),
      VouchedName.vouched(found) != nil,
      !words.contains(where: { PeopleAnswer.personNouns.contains($0.lowercased()) })
    else { return nil }
    let titlesAgree = found.title == nil || last.title == nil || found.title == last.title
    // "mr bishop. ian bishop.", "farmer bill lol. bill thornbury": the person said again more
    // fully, ending with their family name or opening with the word their name ended with.
    let lowered = words.map { $0.lowercased() }
    if words.count >= 2, lowered != last.fullWords.map({ $0.lowercased() }), titlesAgree,
      !selfRepair,
      lowered.last == last.family?.lowercased() && last.given == nil
        || lowered.first == last.fullWords.last?.lowercased()
    {
      var fuller = found
      fuller.title = found.title ?? last.title
      fuller.job = found.job ?? last.job
      // "Mr Bangura. i think its Abu Bakarr Bangura": greeted as they were introduced.
      if last.title != nil, last.fullWords.count == 1 {
        fuller.greetAs = fuller.greetAs ?? last.greetAs ?? last.informal
      }
      return fuller
    }
    if last.isUnnamed {
      guard !selfRepair else { return nil }
      var named = found
      named.job = last.job
      return named
    }
    // "Mr Pryce" then "Gareth": a given name for a title and a family name.
    if last.given == nil, last.title != nil, let family = last.family, words.count == 1,
      found.title == nil, family.lowercased() != words[0].lowercased()
    {
      var whole = last
      whole.given = words[0]
      return whole
    }
    guard !selfRepair else { return nil }
    // "colm" then "o'sullivan": a family name for a given name alone.
    if last.family == nil, let given = last.given, found.title == nil, words.count <= 3,
      given.lowercased() != words[0].lowercased()
    {
      var whole = last
      whole.family = words.joined(separator: " ")
      return whole
    }
    return nil
  }
}
