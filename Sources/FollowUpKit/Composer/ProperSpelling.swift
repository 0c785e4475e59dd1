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
  /// A company's name with the letter case the person gave one of its words elsewhere:
  /// "citizenm tower of london" at the company question, "why citizenM" in the discussion,
  /// is citizenM (tuning 32's bm014 had "Citizenm"). Only a form with a capital inside the
  /// word ("citizenM", "PureGym") or in capitals throughout ("UEDCL") is evidence; a capital
  /// at a word's start is only how a sentence or a name begins.
  static func brandCased(_ company: String, from sources: [String]) -> String {
    var forms: [String: String] = [:]
    for source in sources {
      for word in source.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "&" }) {
        let letters = word.filter(\.isLetter)
        guard letters.count >= 3, letters.dropFirst().contains(where: \.isUppercase) else {
          continue
        }
        forms[word.lowercased()] = forms[word.lowercased()] ?? String(word)
      }
    }
    guard !forms.isEmpty else { return company }
    return company.split(separator: " ", omittingEmptySubsequences: false).map { word in
      forms[word.lowercased()] ?? String(word)
    }.joined(separator: " ")
  }

  /// Text with each known lower-case name written as a name; `sources` are other things the
  /// person typed, whose mid-sentence capitals show how they spell a word.
  static func restored(_ text: String, from sources: [String]) -> String {
    // "ibadan and PH" beside "ibadan and port harcourt": the full form the person wrote
    // (`initialismsExpanded`), then spelled as any other words.
    let text = initialismsExpanded(text, sources: sources)
    // Accents the person typed once, then capitals they typed mid-sentence, which win.
    let spelled = accented(in: sources + [text]).merging(spellings(in: sources)) { $1 }
    var output = ""
    var word = ""
    func flush() {
      if !word.isEmpty {
        output += pluralInitialism(word, known: spelled) ?? spelling(of: word, known: spelled)
      }
      word = ""
    }
    var previous: Character = " "
    for character in text {
      // "it'll", "you're": an apostrophe after a letter keeps the word whole, so "ll" is never
      // read as an initialism of its own ("how it'LL work").
      // "b&bs", "r&d": an ampersand between letters joins one initialism.
      if character.isLetter || character.isNumber
        || (character == "'" || character == "\u{2019}" || character == "&") && previous.isLetter
      {
        word.append(character)
        previous = character
      } else {
        previous = character
        flush()
        output.append(character)
      }
    }
    flush()
    return placeNamesCompleted(
      initialismsSpelledOut(twoLetterInitialisms(output, known: spelled), sources: sources))
  }

  /// "Evs" beside "EV certified": the plural of an initialism the person spelled as one,
  /// written with its capitals ("EVs"). Nil for any other word.
  static func pluralInitialism(_ word: String, known: [String: String]) -> String? {
    guard word.count >= 3, word.hasSuffix("s"), let name = known[word.dropLast().lowercased()],
      name.count >= 2, name.allSatisfy({ $0.isASCII && $0.isUppercase })
    else { return nil }
    return name + "s"
  }

  /// Text with a lower-case phrase whose initials spell an initialism the person typed
  /// written as the name it is: "making tax digital" beside "MTD software" is "Making Tax
  /// Digital". Three words or more, so chance matches ("an", "in") do not count.
  static func initialismsSpelledOut(_ text: String, sources: [String]) -> String {
    var initialisms: Set<String> = []
    for source in sources + [text] {
      for piece in source.split(separator: " ") {
        let word = piece.trimming(",.!?;:()\"'")
        if (3...5).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isUppercase }) {
          initialisms.insert(String(word))
        }
      }
    }
    guard !initialisms.isEmpty else { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for length in [5, 4, 3] {
      var start = 0
      while start + length <= words.count {
        let span = words[start..<(start + length)]
        let initials = String(span.compactMap(\.first)).uppercased()
        // "moving from an" beside "MFA": words a name of the kind is not made of.
        if initialisms.contains(initials),
          !span.contains(where: { Lexicon.stopwords.contains($0.lowercased()) }),
          span.allSatisfy({ word in
            word.first?.isLowercase == true && word.dropLast().allSatisfy(\.isLetter)
          }),
          span.dropLast().allSatisfy({ $0.last?.isLetter == true })
        {
          for index in start..<(start + length) { words[index] = words[index].capitalisedFirst() }
          start += length
        } else {
          start += 1
        }
      }
    }
    return words.joined(separator: " ")
  }

  /// The word as the note writes it: itself unless it is all lower case and a name.
  static func spelling(of word: String, known: [String: String] = [:]) -> String {
    // Read as bytes when the word is ASCII (nearly every word): every rendered word of every
    // topic passes here, and reading its characters and lowering a copy cost a sixth of the
    // time of topic extraction.
    var isASCII = true
    for byte in word.utf8 {
      if byte >= 0x80 {
        isASCII = false
        break
      }
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return word }
    }
    if isASCII {
      guard let first = word.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z")
      else {
        // "5g" beside the person's "5G rollout": a number's letters as they wrote them.
        if let first = word.utf8.first, first >= 0x30, first <= 0x39, let name = known[word] {
          return name
        }
        return word
      }
    } else {
      guard word.first?.isLowercase == true, word == word.lowercased() else { return word }
    }
    // "nhs's", "it'll": the stem is spelled, the ending after the apostrophe kept as typed.
    // Looked for in the bytes first: every rendered word of every topic passes here, and
    // walking a String's characters costs more than the rest of this function.
    if word.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }),
      let mark = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" })
    {
      return spelling(of: String(word[..<mark]), known: known) + word[mark...]
    }
    // Packed once for the lists: packing it for each had been a third of this function.
    let key = WordKey(word)
    // "my insta", "coming up to xmas": a word chat clips is written whole.
    if let whole = clippings.value(for: word, packedAs: key) { return whole }
    // "maori" beside "māori": the accented form, a name's capital kept.
    if !known.isEmpty, let name = known[word] {
      return name == name.lowercased() && names.contains(name) ? name.capitalisedFirst() : name
    }
    if let initialism = initialisms.value(for: word, packedAs: key) { return initialism }
    if let brand = brands.value(for: word, packedAs: key) { return brand }
    if let shaped = initialismByShape(word) { return shaped }
    if let possessive = possessives.value(for: word, packedAs: key) { return possessive }
    if names.contains(word, packedAs: key) { return word.capitalisedFirst() }
    if isASCII ? isASCIIInitialism(word) : isInitialism(word) { return word.uppercased() }
    return word
  }

  /// `isInitialism` for a word of lower-case ASCII, read as bytes.
  private static func isASCIIInitialism(_ word: String) -> Bool {
    if hasForeignStart(word) { return true }
    let count = word.utf8.count
    guard (2...4).contains(count) else { return false }
    for byte in word.utf8 {
      guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return false }
      switch byte {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
        UInt8(ascii: "u"), UInt8(ascii: "y"):
        return false
      default: continue
      }
    }
    return !notInitialisms.contains(word)
  }

  /// Text with a lower-case word that ends a place phrase written as a name: "my placement in
  /// leicester", "flu shots at walgreens", "two more sites in galway". After "in", "at" or
  /// "from", a bare word that ends the phrase is a place or an employer unless it is one of the
  /// ordinary words that stand there ("at work", "in retail"); plural words only after "at"
  /// ("at walgreens"), as "in hotels" is ordinary.
  ///
  /// The reading rests on a counted noun needing a determiner: bare after "in", a word is a
  /// name. A mass noun stands bare there as a common word ("biomarkers in blood", "in
  /// steel"), so a noun the grammar knows as one (`TopicArticles.standsBare`) is never made a
  /// name: "in Blood" in the point had gone on to spell the topic "a Blood test", as if the
  /// person had typed the capital.
  static func placesCapitalised(_ text: String, typed: String? = nil) -> String {
    // "In São Paulo I worked in event catering": a person who gave the names they typed
    // their capitals left "event" small as a common word (tuning 48's cs030 had printed
    // "in Event catering").
    if let typed, casesNames(typed) { return text }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    func plain(_ word: String) -> String { word.lowercased().trimming(",.;:!?()\"") }
    for index in words.indices.dropFirst() {
      var preposition = plain(words[index - 1])
      // "small farmers in Meru and nyeri": a word joined by "and" or "or" to a place's name
      // after the preposition is a place of the same phrase (tuning 30's bi031).
      if ["and", "or", "&"].contains(preposition), index >= 3,
        words[index - 2].first?.isUppercase == true, words[index - 2].last?.isLetter == true,
        placePrepositions.contains(plain(words[index - 3])),
        words[index - 3].last?.isLetter == true
      {
        preposition = plain(words[index - 3])
      }
      guard placePrepositions.contains(preposition), words[index - 1].last?.isLetter == true
      else { continue }
      // "in cork on placement", "in kumasi growing up": a new phrase of place or a verb in
      // "-ing" after it also ends the place's phrase.
      let following = index + 1 < words.count ? plain(words[index + 1]) : ""
      let ends =
        index + 1 == words.count || phraseEnds.contains(following)
        || words[index].last.map { ",.;:!?".contains($0) } == true
        || placeFollowers.contains(following)
        || following.count >= 7 && following.hasSuffix("ing")
      // "in the back room": a function word is never the place's name.
      // "at citizenM": a word the person gave a capital inside is cased as they meant it.
      guard ends, mayBeName(words[index], after: preposition) else { continue }
      words[index] = words[index].capitalisedFirst()
    }
    return words.joined(separator: " ")
  }

  /// Whether the person, in `typed`, writes names with their capitals: a word inside a
  /// sentence, not "I" in any form, with a capital and then small letters ("São Paulo",
  /// "Leeds"). Capitals all through ("NHS") show an initialism, not the habit.
  static func casesNames(_ typed: String) -> Bool {
    let words = typed.split(whereSeparator: \.isWhitespace).map(String.init)
    return words.indices.dropFirst().contains { index in
      let word = words[index].trimming(",.;:!?()\"")
      let previous = words[index - 1]
      guard let first = word.first, first.isUppercase,
        word.dropFirst().contains(where: \.isLowercase),
        previous.last.map({ ".!?".contains($0) }) != true
      else { return false }
      return !["i", "i'm", "i've", "i'd", "i'll", "im", "ive", "id"].contains(word.lowercased())
    }
  }

  /// Whether `typed`, bare after `preposition` ("in", "at", "from"), may be a place's or an
  /// employer's name typed in lower case: no ordinary word that stands bare there.
  static func mayBeName(_ typed: String, after preposition: String) -> Bool {
    let word = typed.lowercased().trimming(",.;:!?()\"")
    return typed.first?.isLowercase == true && !typed.contains(where: \.isUppercase)
      && word.count > 2 && !Lexicon.stopwords.contains(word)
      && !TopicGrammar.determiners.contains(word) && word.allSatisfy(\.isLetter)
      && !bareNouns.contains(word) && !TopicArticles.standsBare(word)
      && !ordinarySuffixes.contains(where: { word.hasSuffix($0) })
      && (!word.hasSuffix("s") || preposition == "at")
  }

  /// The first word of `text` that may be a name typed in lower case (`mayBeName`) and that
  /// `placesCapitalised` could not tell was one, as it does not end its phrase ("in costa i
  /// was ..."), or nil. In a line typed all in lower case no word shows it is a name, so such a
  /// word keeps the line out of the note rather than print a name small.
  static func uncasedName(in text: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    for index in words.indices.dropFirst() {
      let preposition = words[index - 1].lowercased()
      guard placePrepositions.contains(preposition), mayBeName(words[index], after: preposition)
      else { continue }
      // "in dementia care", "in cancer research": a word before a field that stands bare
      // after "in" names the kind of the field, as a name does not (tuning 44's ck001 kept
      // "I did my level 3 in dementia care" out as a name typed small).
      let next = index + 1 < words.count ? words[index + 1] : ""
      if !words[index].hasSuffix(","), next.first?.isLowercase == true,
        fieldHeads.contains(next.lowercased().trimming(",.;:!?()\""))
      {
        continue
      }
      return words[index].trimming(",.;:!?()\"")
    }
    return nil
  }

  /// Fields of work that stand bare after "in" with their kind before them ("in dementia
  /// care", "in cancer research"); not places or premises ("in leeds city", "at costa store").
  static let fieldHeads: Set<String> = [
    "care", "research", "support", "nursing", "medicine", "science", "services", "health",
    "engineering", "design", "sales", "marketing", "finance", "teaching", "education", "law",
    "policy", "therapy", "management", "development", "analysis", "logistics",
  ]

  /// Prepositions that put a place or an employer after them: "in Leeds", "at Boots".
  static let placePrepositions: Set<String> = ["in", "at", "from"]

  /// Words that end a place phrase: "in Pune so ...", "at Boots during ...".
  static let phraseEnds: Set<String> = [
    "so", "and", "but", "because", "during", "for", "when", "where", "which", "as", "back",
    "before", "after", "until", "since", "too", "also", "last", "this", "every", "years", "now",
    // "in lichfield from January", "in brighton in the spring": a time's phrase after it.
    "from", "in", "next", "by",
  ]

  /// Prepositions that open a new phrase after a place's name: "in cork on placement".
  static let placeFollowers: Set<String> = ["on", "with", "near", "over", "around"]

  /// Endings of ordinary abstract words that stand bare after "in": "in training", "in
  /// production", "in biology".
  static let ordinarySuffixes = [
    "ing", "tion", "sion", "ment", "ness", "ity", "ics", "ance", "ence", "ure", "ogy", "ism",
    "ship", "ery", "ary",
  ]

  /// Ordinary words that stand bare after "in", "at" or "from": "at work", "in retail".
  static let bareNouns: Set<String> = [
    "work", "home", "school", "college", "university", "uni", "hospital", "church", "retail",
    "hospitality", "care", "finance", "sales", "marketing", "practice", "person", "time",
    "general", "particular", "fact", "total", "advance", "charge", "training", "theory",
    "public", "private", "business", "education", "healthcare", "nursing", "teaching", "law",
    "medicine", "construction", "logistics", "manufacturing", "engineering", "research",
    "industry", "production", "operations", "accounting", "banking", "insurance", "design",
    "tech", "software", "support", "customer", "service", "scratch", "all", "once", "first",
    "least", "most", "last", "night", "weekends", "summer", "winter", "spring", "autumn", "season",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "placement", "mind", "touch", "love", "here",
    "there", "them", "him", "her", "it", "me", "us", "you", "start", "heart", "detail", "depth",
    "future", "past", "class", "uni's", "primary", "secondary", "nursery", "prison", "court",
    "soil", "water", "air", "space", "science", "nature", "maths", "math", "art", "music",
    "sport", "sports", "film", "fashion", "food", "health", "energy", "policy", "government",
    "politics", "data", "admin", "accounts", "payroll", "print", "stock", "store", "branch",
    "office", "house", "town", "city", "country", "bed", "hand", "order", "use", "line", "place",
    "turn",
    // "from day one", "in year 2", "at level 3": units counted by the number after them.
    "day", "week", "month", "year", "level", "stage", "phase", "step",
    "sea", "dawn", "lunch", "weekend", "abroad", "college's", "home's", "years",
    // Before a phrase of their own ("interested in people with ...").
    "people", "children", "pain", "cash", "debt", "trouble", "bulk", "person's",
  ]

  /// "frp", "crm", "cv": two to four letters with no vowel are no English word but an
  /// initialism, written in capitals, as is a short word with a start no English word has
  /// ("hvac", `hasForeignStart`); chat sounds ("hmm", "pls") and abbreviations written in
  /// lower case ("ltd", "mr") are not.
  static func isInitialism(_ word: String) -> Bool {
    hasForeignStart(word)
      || (2...4).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isLetter }
        && !word.contains(where: { "aeiouy".contains($0) }) && !notInitialisms.contains(word)
  }

  static let notInitialisms: Set<String> = [
    "hmm", "mmm", "pls", "plz", "thx", "shh", "sh", "brr", "grr", "nth", "st", "nd", "rd",
    "th", "mr", "mrs", "ms", "dr", "ltd", "sr", "jr", "vs", "hrs", "min", "mins", "km", "kg",
    "cm", "mm", "ml", "lb", "lbs", "pm", "xx", "xxx", "hm", "tbh", "smh", "ngl", "lmk", "fwd",
    "bc", "w", "nvm", "pvt", "ppl", "btw", "bf", "gf", "jk", "wtf", "ffs", "rly", "thnx", "msg",
    "txt", "pts",
  ]

  /// Words written with a capital inside a sentence in `sources`, by their lower case:
  /// "Microsoft Intune" gives "intune" -> "Intune". A sentence's first word says nothing.
  static func spellings(in sources: [String]) -> [String: String] {
    var found: [String: String] = [:]
    var lowered: Set<String> = []
    var inNames: Set<String> = []
    for source in sources {
      let pieces = source.split(separator: " ")
      // "Moving From An Old Phone System": a source in title case capitalises every word,
      // which says nothing of any one of them.
      let capitals = pieces.filter { $0.first?.isUppercase == true }.count
      if pieces.count >= 4, capitals * 3 >= pieces.count * 2 { continue }
      for piece in pieces where piece.first?.isLowercase == true {
        lowered.insert(String(piece).trimming(",.!?;:()\"'"))
      }
      var startsSentence = true
      for (index, piece) in pieces.enumerated() {
        let word = String(piece).trimming(",.!?;:()\"'")
        defer { startsSentence = piece.last.map { ".!?".contains($0) } ?? false }
        // "5G", "4K": capitals after a number are the word's own wherever it stands, even
        // opening a sentence.
        if word.first?.isNumber == true, word.contains(where: \.isUppercase),
          word.allSatisfy({ $0.isNumber || $0.isUppercase })
        {
          found[word.lowercased()] = word
          continue
        }
        guard !startsSentence, word.count > 1, let first = word.first, first.isUppercase,
          word.allSatisfy({ $0.isLetter || $0.isNumber })
        else { continue }
        let lower = word.lowercased()
        // "I", "A": one letter, and words every sentence capitalises, say nothing.
        if ordinaryCapitals.contains(lower) { continue }
        found[lower] = word
        // Its neighbours in the name, over the small words names hold ("Library of Things").
        var neighbours: [Substring] = []
        for step in [-1, 1] {
          var at = index + step
          while pieces.indices.contains(at),
            ["of", "and", "&", "the", "for", "de"].contains(
              pieces[at].lowercased())
          {
            at += step
          }
          if pieces.indices.contains(at) { neighbours.append(pieces[at]) }
        }
        if neighbours.contains(where: { $0.first?.isUppercase == true }) { inNames.insert(lower) }
      }
    }
    // "the library is starting a Library of Things": a word the person typed in lower case
    // and with a capital only inside a name of several words is a common word in a name, and
    // says nothing of how it is spelled alone. "Derry" alone is a name wherever it stands.
    return found.filter { !(lowered.contains($0.key) && inNames.contains($0.key)) }
  }

  /// Words capitalised for reasons other than being a name.
  private static let ordinaryCapitals: Set<String> = ["i", "i'm", "i'd", "i've", "i'll"]

  /// Initialisms typed in lower case, as they are written.
  static let initialisms: WordMap<String> = [
    "sql": "SQL", "nhs": "NHS", "uk": "UK", "usa": "USA", "eu": "EU", "ai": "AI", "gp": "GP",
    "gps": "GPs", "cqc": "CQC", "nvq": "NVQ", "hr": "HR", "ceo": "CEO",
    "cto": "CTO", "phd": "PhD", "msc": "MSc", "mba": "MBA", "gcse": "GCSE", "gcses": "GCSEs",
    "ux": "UX", "ui": "UI", "seo": "SEO", "api": "API", "apis": "APIs", "ios": "iOS",
    "bsc": "BSc", "qa": "QA", "covid": "COVID", "gaa": "GAA",
  ]

  /// Names of products and services written with a capital inside, which chat types in lower
  /// case ("video walkarounds on tiktok", tuning 34's bq059): never ordinary words, and a note
  /// writes them as their makers do.
  static let brands: WordMap<String> = [
    "tiktok": "TikTok", "youtube": "YouTube", "linkedin": "LinkedIn", "whatsapp": "WhatsApp",
    "facebook": "Facebook", "instagram": "Instagram", "iphone": "iPhone", "ipad": "iPad",
    "paypal": "PayPal", "ebay": "eBay", "powerpoint": "PowerPoint", "sharepoint": "SharePoint",
  ]

  /// Names of languages, peoples and countries that are never ordinary words.
  static let names: WordSet = [
    "english", "spanish", "portuguese", "french", "german", "italian", "dutch", "polish",
    "korean", "japanese", "chinese", "mandarin", "cantonese", "arabic", "urdu", "hindi",
    "punjabi", "bengali", "tamil", "marathi", "gujarati", "telugu", "swahili", "somali",
    "yoruba", "igbo", "hausa", "turkish", "greek", "russian", "ukrainian", "romanian",
    "bulgarian", "hungarian", "czech", "welsh", "irish", "scottish", "british", "american",
    "canadian", "australian", "european", "african", "asian", "nigerian", "ghanaian", "kenyan",
    "indian", "pakistani", "filipino", "tagalog", "vietnamese", "thai", "malay", "indonesian",
    "persian", "farsi", "hebrew", "swedish", "norwegian", "danish", "finnish", "icelandic",
    "brazilian", "mexican", "latin", "gaelic", "maori", "māori", "samoan", "tongan", "fijian",
    "england", "scotland", "wales", "ireland",
    "britain", "france", "germany", "spain", "portugal", "italy", "poland", "korea", "japan",
    "india", "pakistan", "nigeria", "ghana", "kenya", "brazil", "mexico", "canada",
    "australia", "europe", "africa", "asia", "america", "malaysia", "singapore", "philippines",
    "vietnam", "thailand", "indonesia", "greece", "russia", "ukraine", "romania",
    "sweden", "norway", "denmark", "finland", "netherlands", "belgium", "austria",
    "switzerland", "egypt", "morocco", "somalia", "ethiopia", "lisbon", "london", "manchester",
    "birmingham", "leeds", "glasgow", "edinburgh", "cardiff", "belfast", "dublin", "bristol",
    "liverpool", "newcastle", "sheffield", "paris", "berlin", "madrid", "lagos", "nairobi",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
  ]

  /// Nouns chat clips, with the whole word a note writes: "talking about insta" read as pasted
  /// (tuning 31's bk017), and "xmas" had been taken for an initialism ("XMAS"). Only clippings
  /// that are never another word: "sat" (Saturday, or the past of "sit") stays as typed.
  static let clippings = WordMap(clippedForms)

  /// The clippings and their whole words, read also by the person's line
  /// (`VouchedPoint.clippedWords`), which keeps a clipped word out of the note.
  static let clippedForms: [String: String] = [
    "insta": "Instagram", "xmas": "Christmas", "ppl": "people", "govt": "government",
    "dept": "department", "mgmt": "management", "convo": "conversation",
    "convos": "conversations", "bday": "birthday", "pics": "pictures", "vids": "videos",
  ]

  /// Possessives typed without their apostrophe, which are never another word: "a womens only
  /// zone", "everyones toasters".
  static let possessives: WordMap<String> = [
    "womens": "women's", "mens": "men's", "childrens": "children's", "everyones": "everyone's",
    "someones": "someone's",
  ]
}
