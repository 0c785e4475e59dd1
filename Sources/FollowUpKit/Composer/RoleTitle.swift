/// Whether the role the person gave reads as a job title the note can name.
///
/// The opening names the role in "about the {title} role at {company}", a slot only a job title
/// fits. People answer "what role?" the way they would say it to a friend: "counter + fryer",
/// "bookkeeper part time", "labourer w view to plant operator", "the gig-ish one", "postie".
/// Pasted into the slot these read as careless, and no rewording of them can be vouched for,
/// so the note names the role only when it is a title by its grammar, and otherwise says "the
/// role" at the company, which is still true:
/// - a short noun phrase (at most five words), of letters, digits, hyphens and apostrophes, with
///   no symbol ("+", "&", "/") and no preposition but "of" ("head of marketing"); an advert's
///   own "&" between capitalised words ("Head of Fundraising & Comms") and its comma before a
///   function ("VP, FP&A") are kept;
/// - whose head (its last word) names a person by their work: a word formed as English forms
///   such nouns ("-er", "-or", "-ist", "-ian", "-ant", "-ent", "-ee", "-ive", "-yst", "-man"),
///   one of the common titles not so formed ("chef", "nurse", "clerk"), an activity ("the
///   teaching role"), or an initialism in capitals ("PCSO");
/// - with no word of schedule or contract ("part time", "weekends", "sessional", "temp"),
///   which says when the job is worked, not what it is, and no chat abbreviation ("w", "asst").
/// - with no grade ("band 6", "level 3"), no abbreviation after its head ("staff nurse ICU"),
///   and a pair typed with a slash named whole ("barista and baker") or not at all.
/// Holidays, months and days inside a title are written as names ("Christmas").
///
/// ```swift
/// RoleTitle.printable("visitor experience assistant")  // "visitor experience assistant"
/// RoleTitle.printable("bookkeeper part time")  // nil
/// RoleTitle.printable("christmas tree yard helper")  // "Christmas tree yard helper"
/// ```
enum RoleTitle {
  /// The title as the note prints it, or nil when the gate cannot vouch for it. A role whose
  /// head is a word of the company's name ("Müller" at "Muller") is the company, given again
  /// at the role question, not a title; "garden centre assistant" at "Hughes Garden Centre"
  /// is one.
  /// `answered`: the role was the person's reply to the role question (`Facts.roleAnswered`).
  static func printable(_ role: String, company: String, answered: Bool = false) -> String? {
    let named = Set(company.split(separator: " ").map { CorrectionReader.folded(String($0)) })
    guard let head = role.split(separator: " ").last,
      !named.contains(CorrectionReader.folded(String(head)))
    else { return nil }
    return printable(role, answered: answered)
  }

  /// The title as the note prints it, or nil when the gate cannot vouch for it. A role that
  /// was the person's `answered` reply to the role question needs no known head: the question
  /// says it names the job ("deckhand", "hvac tech"), and the head word only adds evidence; the
  /// gate still refuses its schedule, grade, symbols and chat.
  static func printable(_ role: String, answered: Bool = false) -> String? {
    // "barista / baker": two titles typed as a pair are both the job; printing one half
    // would name a job the person did not apply for, so both are named or neither.
    if role.contains("/") {
      let halves = role.split(separator: "/").map { String($0).trimming(" ") }
      guard halves.count == 2, !halves.contains(where: { $0.contains("/") }),
        let first = printable(halves[0], answered: answered),
        let second = printable(halves[1], answered: answered)
      else { return nil }
      return "\(first) and \(second)"
    }
    // "VP, FP&A", "Manager, Customer Success": a title as a job advert writes it, the rank,
    // a comma, then the function in capitals, printed as typed when the rank is a title.
    if let comma = role.firstIndex(of: ","),
      let rank = printable(String(role[..<comma]), answered: answered),
      let function = Self.function(String(role[role.index(after: comma)...]))
    {
      return rank + ", " + function
    }
    // "retail assistant (part-time)": an aside in brackets says how, not what; the title
    // stands without it.
    var role = role
    if role.hasSuffix(")"), let open = role.lastIndex(of: "("), open > role.startIndex {
      role = String(role[..<open]).trimming(" ")
    }
    if let titled = inField(role) { return titled }
    var words = role.split(separator: " ").map(String.init)
    // "ward sister band 6", "band 5 physiotherapist": a grade is a pay scale's label, not
    // part of the title, and it is written in as many ways as there are employers ("Band 6",
    // "band six"); the title stands without it.
    // "grade 4 teacher": "grade" opening the title is the class taught, as "year 3" is, and
    // stays; a pay grade follows the title ("staff nurse grade 5").
    if let grade = words.indices.dropLast().first(where: { index in
      gradeWords.contains(words[index].lowercased())
        && !(index == 0 && words[index].lowercased() == "grade")
        && words[index + 1].contains(where: \.isNumber)
        && words[index + 1].allSatisfy({ $0.isNumber || $0.isLetter })
    }), words.count >= 3 {
      words.removeSubrange(grade...(grade + 1))
    }
    // "staff nurse ICU", "long haul driver AZ": an abbreviation after the head noun names
    // the ward or the licence, and English puts such a word before the head ("ICU staff
    // nurse"); after it, it reads as a pasted label, so the title stands without it.
    // After a word of rank the initialism is the head itself ("senior SRE", "lead QA").
    if words.count >= 2, let last = words.last, isInitialism(last),
      !isInitialism(words[words.count - 2]), isPersonNoun(words[words.count - 2]),
      !rankWords.contains(words[words.count - 2].lowercased())
    {
      words.removeLast()
    }
    guard (1...5).contains(words.count) else { return nil }
    for (index, word) in words.enumerated() {
      // "Head of Fundraising & Comms": "&" between two capitalised words is the advert's.
      if word == "&", index > 0, index + 1 < words.count,
        words[index - 1].first?.isUppercase == true, words[index + 1].first?.isUppercase == true
      {
        continue
      }
      guard word.allSatisfy({ $0.isLetter || $0.isNumber || "-'’".contains($0) }) else {
        return nil
      }
      let lower = word.lowercased()
      // "library and information assistant": "and" joining two words that both come before
      // the head describes one job, not two; a title never opens or ends on it.
      if lower == "and", index > 0, index + 2 < words.count,
        words[index - 1].allSatisfy(\.isLetter), words[index + 1].allSatisfy(\.isLetter),
        !isPersonNoun(words[index - 1])
      {
        continue
      }
      if scheduleWords.contains(lower) || prepositions.contains(lower) { return nil }
      // "w", "pt", "asst": a lower-case word of one or two letters, or a clipped one, is a
      // chat abbreviation; "of" is the one short word a title holds.
      if word.first?.isLowercase == true, lower.count <= 2, !["of", "de"].contains(lower) {
        return nil
      }
      if clippings.contains(lower) { return nil }
    }
    // "head of marketing", "chef de partie": before "of" stands the head; otherwise the last
    // word.
    // "front of house supervisor": or the last, after a phrase with "of" in it.
    let ofIndex = words.firstIndex { ["of", "de"].contains($0.lowercased()) }
    let heads = [ofIndex.map { $0 > 0 ? words[$0 - 1] : "" }, words.last].compactMap { $0 }
    guard
      heads.contains(where: { isPersonNoun($0, alone: words.count == 1) })
        || answered && isPlainTitle(words)
    else {
      return nil
    }
    // "hvac service technician": a word spelled as its letters say ("HVAC", "English").
    return words.map { CalendarNames.written(word: ProperSpelling.spelling(of: $0)) }.joined(
      separator: " ")
  }

  /// Whether words typed as the answer to the role question read as a job's name with no
  /// head the gate knows: one to four words of letters (a hyphen or apostrophe inside), none a
  /// word of a sentence or a vague answer ("same as before", "the usual one"), and a head that
  /// is no rank alone ("senior") and no time or thing that only looks like a person's noun
  /// ("summer", "relief").
  /// English ends a title at the noun for the person, so a word naming one before the head
  /// ("team leader inbound", "engineer II backend") or a plural one ("plumbers mate", which
  /// wants its apostrophe) says the words after it are a comment; a head in "-ing" is an
  /// activity or a clause ("signal keeps dropping"); a short word in lower case is a chat
  /// abbreviation ("sre") unless it is a title's usual clipping ("dev", "rep").
  static func isPlainTitle(_ words: [String]) -> Bool {
    guard (1...4).contains(words.count), let head = words.last?.lowercased() else { return false }
    guard !rankWords.contains(head), !notPeople.contains(head), !head.hasSuffix("ing") else {
      return false
    }
    let before = words.dropLast()
    if before.contains(where: { word in
      !isInitialism(word) && namesPerson(word)
        || word.lowercased().hasSuffix("s") && namesPerson(String(word.dropLast()))
    }) {
      return false
    }
    return words.allSatisfy { word in
      let lower = word.lowercased()
      guard lower.count >= 2, word.allSatisfy({ $0.isLetter || "-'’".contains($0) }),
        !vagueWords.contains(lower), !DirectAnswer.clauseWords.contains(lower)
      else { return false }
      return lower.count > 3 || word.first?.isUppercase == true || clippedTitles.contains(lower)
        || ProperSpelling.spelling(of: word) != word
    }
  }

  /// Short clippings that stand in titles as written: "backend dev", "sales rep", "hvac tech".
  private static let clippedTitles: WordSet = ["dev", "rep", "ops", "art", "lab", "bar", "car"]

  /// Words of a vague or chatty reply, never a job's name: "same as before", "the usual one",
  /// "whatever it was", "not sure".
  private static let vagueWords: WordSet = [
    "the", "a", "an", "same", "as", "before", "usual", "one", "thing", "stuff", "whatever",
    "sure", "unsure", "idk", "dunno", "this", "that", "these", "those", "any", "anything",
    "something", "general", "basic", "normal", "new", "old", "first", "second", "other",
    "like", "kind", "sort", "type", "really", "very", "just", "only", "also", "too", "yeah",
    "yep", "nah", "nope", "maybe", "probably", "lol", "haha", "sorry", "skip", "none", "n/a",
    "scheme", "programme", "program", "placement", "internship", "vacancy", "opening", "post",
    "shift", "shifts", "work", "working",
  ]

  /// A title with the field it is in, "clinical fellow in trauma and orthopaedics", "lecturer
  /// in organic chemistry": a title by itself, then "in" and a field of at most four words of
  /// letters, with no article or pronoun, which names a subject, not a place or a team ("in the
  /// claims team" has its article). Nil when the role has no such shape.
  static func inField(_ role: String) -> String? {
    let words = role.split(separator: " ").map(String.init)
    guard let at = words.firstIndex(where: { $0.lowercased() == "in" }), at > 0,
      isPersonNoun(words[at - 1]), let title = printable(words[..<at].joined(separator: " "))
    else { return nil }
    let field = Array(words[(at + 1)...])
    guard (1...4).contains(field.count), field.last?.lowercased() != "and",
      field.first?.lowercased() != "and",
      field.allSatisfy({ word in
        word.allSatisfy(\.isLetter) && !fieldStoppers.contains(word.lowercased())
      })
    else { return nil }
    return title + " in " + field.joined(separator: " ")
  }

  /// Words that make the phrase after "in" a place, a team or a clause rather than a field.
  private static let fieldStoppers: WordSet = [
    "the", "a", "an", "my", "our", "their", "his", "her", "your", "its", "this", "that", "team",
    "department", "dept", "office", "branch", "store", "shop", "site", "unit", "ward", "i",
    "we", "they", "it", "training", "progress", "person", "house", "town", "city",
  ]

  /// The function after a title's comma ("FP&A", "Customer Success", "Research & Insight"),
  /// or nil when it is not one: at most four words, each capitalised or an initialism, joined
  /// by nothing but "&", "and" or "of"; a comment ("part time mornings") is written in lower
  /// case and a date or intake holds a digit.
  static func function(_ text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    guard (1...4).contains(words.count), words.first != "&", words.last != "&" else { return nil }
    for word in words {
      if ["&", "and", "of"].contains(word) { continue }
      guard let first = word.first, first.isUppercase,
        word.allSatisfy({ $0.isLetter || "&-".contains($0) })
      else { return nil }
    }
    return words.joined(separator: " ")
  }

  /// Words that say how senior a post is, not what it is: alone they are no title ("a senior
  /// role"), before an initialism they leave it the head ("senior SRE"), and a word after
  /// them may be the head ("apprentice sparky").
  static let rankWords: Set<String> = [
    "senior", "junior", "graduate", "trainee", "principal", "chief", "deputy", "executive",
    "entry-level", "mid-level", "lead", "staff", "apprentice",
  ]

  /// "ICU", "AZ", "HGV": a word of two to five capitals (digits allowed), an abbreviation.
  private static func isInitialism(_ word: String) -> Bool {
    word.count >= 2 && word.count <= 5 && word.contains(where: \.isLetter)
      && word.allSatisfy { $0.isUppercase || $0.isNumber }
  }

  /// Whether the word names a person by their work, or the work itself.
  static func isPersonNoun(_ word: String, alone: Bool = false) -> Bool {
    // "PCSO", "HCA": an initialism in capitals is a title's own short form.
    if word.count >= 2, word.count <= 5, word.allSatisfy({ $0.isUppercase || $0.isNumber }) {
      return true
    }
    let lower = word.lowercased()
    if titleNouns.contains(lower) || fieldNouns.contains(lower) { return true }
    if notPeople.contains(lower) { return false }
    guard lower.count >= 4, lower.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
    // "teaching", "nursing": the work, which "the teaching role" names as well as a person;
    // alone, since "front desk and booking" is a description.
    if lower.count >= 7, lower.hasSuffix("ing") { return alone }
    return personSuffixes.contains { lower.hasSuffix($0) }
  }

  /// Whether the word names a person by their work ("driver", "operative"), not the field
  /// they work in ("sales", "support"), which a title's noun may still follow ("sales exec").
  static func namesPerson(_ word: String) -> Bool {
    isPersonNoun(word) && !fieldNouns.contains(word.lowercased())
  }

  /// Endings that form nouns for people by what they do.
  private static let personSuffixes = [
    "er", "or", "ist", "ian", "ant", "ent", "ee", "ive", "yst", "man", "woman", "person",
    "smith", "wright", "ier", "eer", "guard", "tress",
  ]

  /// Common titles not formed with one of those endings.
  private static let titleNouns: WordSet = [
    "chef", "nurse", "cook", "clerk", "lead", "head", "guard", "aide", "apprentice", "barista",
    "nanny", "medic", "coach", "associate", "intern", "guide", "steward", "host", "midwife",
    "pilot", "secretary", "paramedic", "fellow", "deputy", "cadet", "architect", "captain",
    "chaplain", "constable", "mechanic", "warden", "surgeon", "physician", "dentist", "vet",
    "therapist", "porter", "tutor", "carer", "analyst", "buyer", "model", "hand",
    "crew", "staff", "operative", "executive", "representative", "paralegal", "colleague",
    "waitress", "hostess", "jackaroo", "jillaroo", "postdoc", "commis", "attorney",
  ]

  /// Fields of work, which "the customer service role", "the IT support role" name as well
  /// as a person's title does.
  private static let fieldNouns: WordSet = [
    "service", "support", "sales", "marketing", "admin", "administration", "reception",
    "accounts", "finance", "security", "maintenance", "operations", "research", "design",
    "development", "hospitality", "retail", "logistics", "catering", "housekeeping", "care",
    "audit", "payroll", "procurement", "compliance", "policy", "communications",
  ]

  /// Words that give a grade after a title: "level 3", "grade 5", "band 6".
  private static let gradeWords: WordSet = ["level", "grade", "band"]

  /// Words ending like a person's noun that are not one: times, things and places.
  private static let notPeople: WordSet = [
    "summer", "winter", "after", "over", "under", "other", "quarter", "semester", "center",
    "corner", "counter", "power", "water", "paper", "computer", "order", "number", "chapter",
    "letter", "matter", "register", "folder", "layer", "floor", "door", "sorry", "event",
    "content", "talent", "weekender", "part-timer", "temp", "casual", "relief", "cover",
  ]

  /// Words that say when or on what terms the job is worked, not what it is.
  private static let scheduleWords: WordSet = [
    "part", "part-time", "parttime", "full", "full-time", "fulltime", "time", "weekend",
    "weekends", "weekday", "weekdays", "sessional", "temp", "temporary", "casual", "nights",
    "evenings", "shifts", "hours", "contract", "zero", "cover",
    "maternity", "fixed", "term", "ish", "gig", "gig-ish", "role", "job", "position", "sorry",
  ]

  /// Prepositions: a title is one noun phrase, and one with "to", "in" or "with" in it is a
  /// description ("labourer with a view to plant operator").
  private static let prepositions: WordSet = [
    "to", "in", "with", "w", "for", "at", "on", "from", "by", "into", "and", "or", "plus", "then",
    "view", "inc", "etc",
  ]

  /// Clipped words of chat that stand for a title's word: "asst", "mgr", "postie".
  private static let clippings: WordSet = [
    "asst", "mgr", "coord", "postie", "sparky", "chippy", "brickie", "dept", "sup", "supv",
  ]
}
