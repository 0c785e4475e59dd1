/// An organisation's name as it stands after "at" in a note: with "the" when English gives it
/// one.
///
/// A name whose head is a common noun for an institution keeps the article that noun takes:
/// "the Met Office", "the Met Police", "the Scottish Fire and Rescue Service", "the Horniman
/// Museum and Gardens", and every name built as "X of Y" on such a noun ("the Port of Tyne",
/// "the University of Leeds", "the Lagos State Ministry of Health"). A name whose head is a
/// proper name or a trading name takes none ("at Tesco", "at Royal Mail", "at BioNexa
/// Therapeutics Ltd"). Some institution nouns are used without "the" when a place or a person's
/// name stands before them, and are left alone: "at Leeds City Council", "at Oakwood Academy",
/// "at St Columba's Hospital", "at Hughes Garden Centre", "at Severn Valley Railway Trust",
/// "at Harbour Housing Association" (where "the" is optional, none is added). Decided by the head noun, so a name
/// the person typed with "The" keeps it as typed, and one that names a company is never given
/// an article.
///
/// ```swift
/// InstitutionName.phrase("Met Office")  // "the Met Office"
/// InstitutionName.phrase("Tesco")  // "Tesco"
/// InstitutionName.phrase("Severn Valley Railway Trust")  // "Severn Valley Railway Trust"
/// ```
enum InstitutionName {
  /// The name with "the" before it when its head takes one.
  static func phrase(_ name: String) -> String {
    // "Newcastle Uni", "uni of leeds": the clipping is chat in a letter (tuning 42's cg024 was
    // faulted for "at Newcastle Uni"), and stands for one word only.
    let words = name.split(separator: " ").map(String.init)
    if words.count >= 2, words.contains(where: { $0.lowercased() == "uni" }) {
      return phrase(
        words.map { $0.lowercased() == "uni" ? "University" : $0 }.joined(separator: " "))
    }
    // "The Office of the Ombudsman" typed with its article: inside a sentence the article is
    // the sentence's ("at the Office of the Ombudsman") when English gives the rest one anyway;
    // a trading name ("The Ivy", "The Grange at Tower Hill") keeps its capital.
    if name.hasPrefix("The ") {
      let rest = String(name.dropFirst(4))
      return takesArticle(rest) ? "the " + rest : name
    }
    return takesArticle(name) ? "the " + name : name
  }

  /// Whether English puts "the" before the name.
  static func takesArticle(_ name: String) -> Bool {
    let words = name.split(separator: " ").map { String($0).trimming(",.") }
    guard words.count >= 2, let first = words.first, let last = words.last else { return false }
    // Typed with its own article, or with an owner ("Sainsbury's"), or a company's suffix.
    if ["the", "a", "an"].contains(first.lowercased()) { return false }
    if words.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") || $0 == "&" }) {
      return false
    }
    if companySuffixes.contains(last.lowercased()) { return false }
    // "44 Bree Gallery", "1 Hotel Mayfair": a name that opens on a number, a street's or the
    // firm's own, is a proper name said bare, whatever its head.
    if first.contains(where: \.isNumber) { return false }
    // "Royal Free Hospital", "Royal Berkshire Hospital", "National Portrait Gallery": a name
    // that opens on a describing word of the crown or the nation, whatever name follows it,
    // keeps the article its institution noun takes after that word alone ("the Royal
    // Infirmary"); "Royal Mail" and "National Express" end on no such noun and stay bare.
    if words.count >= 3, nationalWords.contains(first.lowercased()),
      ordinaryInstitutions.contains(last.lowercased()) || last.lowercased() == "hospital"
    {
      return true
    }
    // "Royal Berkshire NHS Foundation Trust", "NHS Lothian Health Board": a head noun after
    // the common nouns that say what kind of public body it is names that body, which takes
    // "the" whatever place stands before it.
    if words.count >= 3, publicBodyHeads.contains(last.lowercased()),
      words.dropLast().contains(where: { publicBodyMarks.contains($0.lowercased()) })
    {
      return true
    }
    // "Port of Tyne", "University of Lagos", "Lagos State Ministry of Health": the noun before
    // "of" or "for" is the head.
    if let of = words.firstIndex(where: { ["of", "for"].contains($0) }), of >= 1 {
      return words[of - 1].first?.isUppercase == true
        && (institutionHeads.contains(words[of - 1].lowercased())
          || ofHeads.contains(words[of - 1].lowercased()))
    }
    // "Horniman Museum and Gardens": the head of the first of two joined names.
    if let and = words.firstIndex(of: "and"), and >= 1,
      institutionHeads.contains(words[and - 1].lowercased())
    {
      return true
    }
    // "National Trust", "British Council", "Royal Society": a name made of a describing word
    // and an institution noun alone is a common noun phrase, which takes "the" ("Royal Mail",
    // "National Express" are not institution nouns, and stay bare).
    if words.count == 2, describingWords.contains(first.lowercased()),
      ordinaryInstitutions.contains(last.lowercased())
    {
      return true
    }
    return last.first?.isUppercase == true && institutionHeads.contains(last.lowercased())
  }

  /// Describing words that make a name of common words: "National", "Royal", "British".
  private static let describingWords: Set<String> = [
    "national", "royal", "british", "scottish", "welsh", "irish", "english", "european",
    "federal", "central", "general", "civil", "open", "natural", "imperial",
  ]

  /// Describing words that give a name "the" before its institution noun however many names
  /// stand between: "the Royal Free Hospital", "the National Railway Museum".
  private static let nationalWords: Set<String> = ["royal", "national", "british"]

  /// Institution nouns that take "the" after such a describing word alone.
  private static let ordinaryInstitutions: Set<String> = [
    "trust", "society", "council", "association", "government", "federation", "foundation",
    "theatre", "opera", "ballet", "orchestra", "academy", "infirmary", "mint", "archives",
    "parliament", "assembly", "university", "college", "bank", "guard", "legion",
  ]

  /// Institution nouns that keep "the" whatever names stand before them: "at Met Office" is
  /// wrong. Not those where a name before them may stand bare ("at Harbour Housing
  /// Association", "at Riverside Hospital Trust"): the note adds an article only where its
  /// absence is an error.
  private static let institutionHeads: Set<String> = [
    "office", "police", "service", "agency", "authority", "ministry", "department", "museum",
    "institute", "commission", "executive", "inspectorate", "gallery", "observatory", "library",
    "tribunal", "treasury", "navy", "army", "constabulary",
  ]

  /// Nouns that take "the" when built as "X of Y", and not otherwise: "the University of
  /// Leeds" but "at Leeds University", "the Bank of England" but "at HDFC Bank".
  private static let ofHeads: Set<String> = [
    "university", "port", "bank", "college", "school", "academy", "council", "city", "county",
    "house", "hospital", "court", "church", "cathedral", "centre", "center", "palace",
    "royal", "chamber", "isle", "duchy", "state", "republic", "government", "borough",
    "district", "province", "diocese",
  ]

  /// Heads of a public body's name: "trust", "board", "authority".
  private static let publicBodyHeads: Set<String> = [
    "trust", "board", "authority", "service", "partnership",
  ]

  /// The words that make such a head a public body's: "NHS Foundation Trust", "Health Board".
  private static let publicBodyMarks: Set<String> = ["nhs", "foundation", "health"]

  /// Endings that make a name a company's: never "the".
  private static let companySuffixes: Set<String> = [
    "ltd", "limited", "plc", "llp", "llc", "inc", "co", "group", "gmbh", "sa", "bv",
  ]
}
