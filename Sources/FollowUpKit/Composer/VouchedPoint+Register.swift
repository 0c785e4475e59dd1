/// Whether a point is written as a note to a hiring manager is written: no chat spelling, no
/// plea for the job, no complaint about a past employer.
extension VouchedPoint {
  /// Spellings that only chat holds: a contraction with its apostrophe dropped ("dont",
  /// "thats"), an owner's "s" with none ("my old mans place"), a clipped word ("meds", "convo"),
  /// a kin word of slang or of another language ("my old man", "my dadi").
  static func chatSpelling(_ words: [String], _ original: [String]) -> String? {
    if let word = words.first(where: { bareContractions.contains($0) || clippedWords.contains($0) })
    {
      return "a chat spelling \"\(word)\""
    }
    // "Me and my brother built ...": "me" as a subject is spoken, not written.
    if words.count >= 3, words[0] == "me", words[1] == "and" {
      return "\"me and\" as a subject"
    }
    for index in words.indices {
      let word = words[index]
      if slangKin.contains(word), original[index].first?.isLowercase == true {
        return "a kin word of chat \"\(word)\""
      }
      guard index >= 1 else { continue }
      let pair = words[index - 1] + " " + word
      if ["old man", "old mans", "old lady", "old ladys", "old dear"].contains(pair),
        index >= 2, ["my", "our", "his", "her", "their"].contains(words[index - 2])
      {
        return "a kin word of chat \"\(pair)\""
      }
      // "my uncles shop", "my mans place": a person's word in "s" after an owner, before a
      // thing that person owns, is an owner's "'s" typed without its apostrophe.
      if index + 1 < words.count, word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"),
        original[index].last?.isLetter == true,
        words[..<index].suffix(2).contains(where: {
          ["my", "our", "his", "her", "their"].contains($0)
        }),
        ownedThings.contains(words[index + 1]),
        isPersonWord(String(word.dropLast()))
      {
        return "an owner's \"s\" with no apostrophe \"\(original[index])\""
      }
    }
    return nil
  }

  /// A word for a person, who may own a place: a relative, "man", "friend", a job ("nurse").
  static func isPersonWord(_ word: String) -> Bool {
    [
      "man", "mum", "mom", "dad", "uncle", "aunt", "auntie", "gran", "nan", "brother", "sister",
      "cousin", "friend", "mate", "parent", "grandad", "grandma", "grandpa", "father", "mother",
      "neighbour", "boss", "son", "daughter", "husband", "wife", "partner",
    ].contains(word) || RoleTitle.isPersonNoun(word, alone: true)
  }

  /// Things a person owns that an owner's "s" stands before: a home or a place of work.
  private static let ownedThings: WordSet = [
    "place", "house", "home", "flat", "shop", "farm", "restaurant", "business", "garage",
    "kitchen", "garden", "café", "cafe", "bar", "pub", "salon", "stall", "bakery", "car", "van",
    "company", "firm", "office", "yard", "workshop",
  ]

  /// Contractions typed without their apostrophe: the written word has one.
  static let bareContractions: WordSet = [
    "dont", "didnt", "doesnt", "cant", "couldnt", "wouldnt", "shouldnt", "isnt", "wasnt",
    "arent", "werent", "havent", "hasnt", "hadnt", "im", "ive", "youre", "theyre", "thats",
    "theres", "whats", "hed", "hes", "shes", "youd", "theyd", "youve", "theyve", "weve",
    "youll", "theyll", "itll", "wouldve", "couldve", "shouldve",
  ]

  /// Words clipped as chat clips them ("meds" for medicine, "convo" for conversation): the
  /// note writes the whole word. Those whose whole word is certain come from
  /// `ProperSpelling.clippedForms`, which writes them out in a topic.
  static let clippedWords = WordSet(
    Array(ProperSpelling.clippedForms.keys) + [
      "meds", "pic", "vid", "yrs", "hrs", "mins", "approx", "w/", "b/c", "bc", "rn", "tho",
      "thru", "abt", "prob", "probs", "def", "defo", "obvs", "msg", "msgs", "sth", "smth",
      "tmrw", "yday",
    ])

  /// Kin words of chat, which a reader of the note may read as flippant ("my bro", "my ma").
  /// A kin word of another language ("my nani") is the person's own and passes.
  private static let slangKin: WordSet = ["pops", "bro", "sis", "fam", "ma", "pa", "bruv"]

  // MARK: - A plea

  /// "so I really want this one", "please consider me", "I need this job": the note asks for
  /// the job in the point, which reads as desperate. A wish or a need whose object is the job
  /// itself, or "please", which a point never needs.
  static func plea(_ words: [String]) -> String? {
    if words.contains("please") || words.contains("pls") { return "a plea for the job" }
    for index in words.indices.dropLast(2)
    where ["want", "need", "deserve", "get", "given"].contains(words[index]) {
      if ["this", "the", "that"].contains(words[index + 1]),
        jobWords.contains(words[index + 2])
      {
        return "a plea for the job"
      }
    }
    for index in words.indices.dropLast() {
      let pair = words[index] + " " + words[index + 1]
      // "this is my dream job": the point tells how much they want the job, not why.
      if ["consider me", "choose me", "pick me", "hire me", "chance please"].contains(pair)
        || (words[index] == "dream" && jobWords.contains(words[index + 1]))
      {
        return "a plea for the job"
      }
    }
    return nil
  }

  /// Words for the job the person applied for, as the object of a wish.
  private static let jobWords: WordSet = [
    "one", "job", "role", "position", "post", "chance", "opportunity", "offer", "place",
  ]

  // MARK: - A complaint about a past employer

  /// "At my last job postmortems were basically blame sessions": a past workplace named with a
  /// word of blame in the same sentence. However true, it tells the reader how the person will
  /// speak of them.
  static func blame(_ words: [String]) -> String? {
    let pastPlace = words.indices.dropLast().contains { index in
      ["last", "previous", "old", "former"].contains(words[index])
        && workplaces.contains(words[index + 1])
    }
    guard pastPlace else { return nil }
    if let word = words.first(where: blameWords.contains) {
      return "criticism of a past employer \"\(word)\""
    }
    // "my previous manager never listened", "nobody trained us": a negation whose subject is
    // the place or its people, not the writer ("we never lost a parcel" is a boast).
    for (index, word) in words.enumerated() where faultingNegations.contains(word) {
      let subject = index > 0 ? words[index - 1] : ""
      if word == "nobody" || !["i", "we", "i'd", "we'd", "i've", "we've"].contains(subject) {
        return "criticism of a past employer \"\(word)\""
      }
    }
    return nil
  }

  /// Negations that, said of a past workplace or its people, find fault with them.
  private static let faultingNegations: WordSet = [
    "never", "didn't", "didn’t", "wasn't", "wasn’t", "weren't", "weren’t", "nobody",
    "couldn't", "couldn’t", "wouldn't", "wouldn’t",
  ]

  /// Words for a workplace after "my last", "my old".
  private static let workplaces: WordSet = [
    "job", "jobs", "company", "employer", "place", "workplace", "team", "boss", "manager",
    "firm", "role", "office", "store", "shop", "hospital", "school", "agency",
  ]

  /// Words that find fault with a place or people.
  private static let blameWords: WordSet = [
    "blame", "blamed", "blaming", "toxic", "awful", "terrible", "horrible", "worst", "chaos",
    "chaotic", "mess", "messy", "useless", "hated", "disorganised", "disorganized",
    "incompetent", "nightmare", "rubbish", "micromanaged", "micromanagement", "underpaid",
    "ignored", "clueless", "lazy", "shambles", "joke",
  ]
}
