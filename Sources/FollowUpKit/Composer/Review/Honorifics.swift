import Foundation

/// Titles and greeting words as people write them before a name, in the languages of the
/// notes FollowUp reads: "Dear Sister Quinn", "Respected Prof. Srinivasan", "Estimada Señora
/// Ruiz", "Chef Ferri". None of them is a name, so none of them can be the wrong name.
enum Honorifics {
  /// Titles that go with the family name in a formal greeting: "Mr Shah", never "Mr Priya".
  static let familyTitles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "messrs", "mister"]
  /// Titles of a man and of a woman, to notice "Mr" written to a woman.
  static let male: Set<String> = [
    "mr", "mister", "sir", "señor", "senor", "sr", "herr", "monsieur",
  ]
  static let female: Set<String> = [
    "mrs", "ms", "miss", "madam", "madame", "mme", "mlle", "señora", "senora", "sra", "frau",
    "dame", "lady", "sister", "signora",
  ]

  /// Titles earned by a degree or a post, which a plain "Mr" or "Ms" takes away: "Dear Mrs
  /// Farah" to Dr Farah reads as not having noticed. "Ms" for "Mrs" is not that.
  static let earned: Set<String> = ["dr", "doctor", "prof", "professor"]

  /// Titles, ranks and forms of address that stand before a name.
  static let titles: Set<String> =
    familyTitles.union(male).union(female).union([
      "dr", "doctor", "prof", "professor", "dean", "chef", "sister", "nurse", "matron", "father",
      "fr", "brother", "pastor", "rev", "reverend", "imam", "rabbi", "sheikh", "cllr",
      "councillor", "lord", "captain", "capt", "coach", "officer", "sergeant", "sgt", "judge",
      "hon", "dott", "dottore", "dottoressa", "ing", "eng", "engr", "arch", "don", "doña", "dona",
      "signor", "signore", "m", "sensei", "shri", "sri", "smt", "kumari", "ustadh", "ustaz",
      "hajji", "chief", "director", "principal", "headteacher", "superintendent", "inspector",
      "commander", "major", "colonel", "lieutenant", "general", "admiral", "bishop", "canon",
      "elder", "deacon", "mother", "aunty", "auntie", "uncle", "madam", "maam", "ma'am", "sir",
      "puan", "encik", "cik", "khun", "pak", "bapak", "ibu",
    ])

  /// Words that open a greeting, in English and the languages people write to. Before an
  /// interviewer's name or a title, any words open the greeting (`WrongNameRule` reads them by
  /// their place); the list is kept for a greeting whose name is wrong, so that "Bonjour Tom"
  /// to Priya quotes "Tom", not "Bonjour". Salutations are a closed class of each language.
  static let salutations: Set<String> = [
    "dear", "hi", "hello", "hey", "hiya", "howdy", "greetings", "morning", "good", "afternoon",
    "evening", "day", "respected", "respectful", "esteemed", "honoured", "honored", "bonjour",
    "bonsoir", "salut", "cher", "chère", "chere", "hola", "buenos", "buenas", "días", "dias",
    "estimado", "estimada", "estimados", "querido", "querida", "ciao", "buongiorno", "caro",
    "cara", "gentile", "egregio", "egregia", "hallo", "guten", "tag", "sehr", "geehrte",
    "geehrter", "liebe", "lieber", "moin", "servus", "hej", "hei", "olá", "ola", "bom", "dia",
    "boa", "tarde", "prezado", "prezada", "cześć", "dzień", "dobry", "szanowny", "szanowna",
    "pani", "pan", "namaste", "namaskar", "shalom", "salaam", "salam", "assalamu", "alaikum",
    "kia", "ora", "yo", "beste", "geachte", "kære", "kaere", "hyvä", "dobrý", "den", "vážený",
    "vážená", "stimate", "stimată", "kedves", "sayın", "merhaba", "xin", "chào", "chao",
    "annyeong", "konnichiwa", "ni", "hao", "jambo", "habari", "sawubona", "to", "attn",
  ]

  /// Words of a greeting to a group or a role, not a person: "Dear Hiring Team".
  static let generic: Set<String> = [
    "hiring", "team", "manager", "managers", "sir", "madam", "all", "there", "everyone", "both",
    "panel", "recruitment", "and", "to", "whom", "it", "may", "concern", "colleagues", "friends",
    "folks", "committee", "board", "panelists", "panellists", "y'all", "you", "guys", "again",
    "the", "of", "at", "interview", "selection", "hr", "talent", "acquisition", "people",
    "department", "dept", "office", "partners", "staff", "members", "sirs", "ladies",
    "gentlemen", "mesdames", "messieurs", "señores", "a", "quien", "corresponda", "thanks",
    "thank",
  ]

  /// A name compared as letters alone: "Inês" and "Ines", "O'Connell" and "OConnell".
  static func folded(_ word: String) -> String {
    word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .filter { $0.isLetter }
  }

  /// An interviewer with a title read as a name set right: "Sister Grace Otieno" typed to the
  /// conversation reads as the given name "Sister"; here it is the title Sister, the given name
  /// Grace and the family name Otieno. A family name written first with a hyphenated given
  /// name after it ("Park Ji-hoon") is set the right way round.
  static func normalised(_ person: PersonName) -> PersonName {
    var person = person
    if person.title == nil, let given = person.given,
      titles.contains(given.lowercased().trimming(".")), let family = person.family
    {
      let parts = family.split(separator: " ").map(String.init)
      person = PersonName(
        title: given, given: parts.count > 1 ? parts[0] : nil,
        family: parts.count > 1 ? parts.dropFirst().joined(separator: " ") : family)
    }
    if let given = person.given, let family = person.family, !family.contains(" "),
      family.contains("-"), PersonName.familyNameFirst.contains(given.lowercased())
    {
      person = PersonName(title: person.title, given: family, family: given)
    }
    return person
  }
}
