/// How the note spells words people type in lower case in a chat: names of languages, peoples
/// and countries, common initialisms, and any word the person wrote capitalised elsewhere.
///
/// People chat in lower case ("i did localisation for korean and english", "i did intune
/// enrolment"), and a note that repeats "korean" or "sql" reads as pasted, not written. Only
/// words whose spelling is certain are changed: a closed list of names that are never ordinary
/// words, and words the person themselves capitalised in another message ("Microsoft Intune").
///
/// ```swift
/// ProperSpelling.restored("i speak some portuguese", from: [])  // "i speak some Portuguese"
/// ProperSpelling.restored("i did intune enrolment", from: ["moving to Microsoft Intune"])
/// // "i did Intune enrolment"
/// ```
enum ProperSpelling {
  /// Text with each known lower-case name written as a name; `sources` are other things the
  /// person typed, whose mid-sentence capitals show how they spell a word.
  static func restored(_ text: String, from sources: [String]) -> String {
    let spelled = spellings(in: sources)
    var output = ""
    var word = ""
    func flush() {
      if !word.isEmpty { output += spelling(of: word, known: spelled) }
      word = ""
    }
    for character in text {
      if character.isLetter || character.isNumber {
        word.append(character)
      } else {
        flush()
        output.append(character)
      }
    }
    flush()
    return output
  }

  /// The word as the note writes it: itself unless it is all lower case and a name.
  static func spelling(of word: String, known: [String: String] = [:]) -> String {
    guard word.first?.isLowercase == true, word == word.lowercased() else { return word }
    if let name = known[word] { return name }
    if let initialism = initialisms[word] { return initialism }
    if names.contains(word) { return word.capitalisedFirst() }
    return word
  }

  /// Words written with a capital inside a sentence in `sources`, by their lower case:
  /// "Microsoft Intune" gives "intune" -> "Intune". A sentence's first word says nothing.
  static func spellings(in sources: [String]) -> [String: String] {
    var found: [String: String] = [:]
    for source in sources {
      var startsSentence = true
      for piece in source.split(separator: " ") {
        let word = String(piece).trimming(",.!?;:()\"'")
        defer { startsSentence = piece.last.map { ".!?".contains($0) } ?? false }
        guard !startsSentence, word.count > 1, let first = word.first, first.isUppercase,
          word.allSatisfy({ $0.isLetter || $0.isNumber })
        else { continue }
        let lower = word.lowercased()
        // "I", "A": one letter, and words every sentence capitalises, say nothing.
        if ordinaryCapitals.contains(lower) { continue }
        found[lower] = word
      }
    }
    return found
  }

  /// Words capitalised for reasons other than being a name.
  private static let ordinaryCapitals: Set<String> = ["i", "i'm", "i'd", "i've", "i'll"]

  /// Initialisms typed in lower case, as they are written.
  static let initialisms: [String: String] = [
    "sql": "SQL", "nhs": "NHS", "uk": "UK", "usa": "USA", "eu": "EU", "ai": "AI", "gp": "GP",
    "gps": "GPs", "cqc": "CQC", "nvq": "NVQ", "hr": "HR", "ceo": "CEO",
    "cto": "CTO", "phd": "PhD", "msc": "MSc", "mba": "MBA", "gcse": "GCSE", "gcses": "GCSEs",
    "ux": "UX", "ui": "UI", "seo": "SEO", "api": "API", "apis": "APIs", "ios": "iOS",
  ]

  /// Names of languages, peoples and countries that are never ordinary words.
  static let names: Set<String> = [
    "english", "spanish", "portuguese", "french", "german", "italian", "dutch", "polish",
    "korean", "japanese", "chinese", "mandarin", "cantonese", "arabic", "urdu", "hindi",
    "punjabi", "bengali", "tamil", "marathi", "gujarati", "telugu", "swahili", "somali",
    "yoruba", "igbo", "hausa", "turkish", "greek", "russian", "ukrainian", "romanian",
    "bulgarian", "hungarian", "czech", "welsh", "irish", "scottish", "british", "american",
    "canadian", "australian", "european", "african", "asian", "nigerian", "ghanaian", "kenyan",
    "indian", "pakistani", "filipino", "tagalog", "vietnamese", "thai", "malay", "indonesian",
    "persian", "farsi", "hebrew", "swedish", "norwegian", "danish", "finnish", "icelandic",
    "brazilian", "mexican", "latin", "gaelic", "england", "scotland", "wales", "ireland",
    "britain", "france", "germany", "spain", "portugal", "italy", "poland", "korea", "japan",
    "india", "pakistan", "nigeria", "ghana", "kenya", "brazil", "mexico", "canada",
    "australia", "europe", "africa", "asia", "america", "malaysia", "singapore", "philippines",
    "vietnam", "thailand", "indonesia", "greece", "russia", "ukraine", "romania",
    "sweden", "norway", "denmark", "finland", "netherlands", "belgium", "austria",
    "switzerland", "egypt", "morocco", "somalia", "ethiopia", "lisbon", "london", "manchester",
    "birmingham", "leeds", "glasgow", "edinburgh", "cardiff", "belfast", "dublin", "bristol",
    "liverpool", "newcastle", "sheffield", "paris", "berlin", "madrid", "lagos", "nairobi",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
}
