/// Shapes of a point the blind judge of tuning set 11 faulted and the earlier readings let
/// through: two clauses run together, a singular thing with no article after "has" or "is",
/// a place's kind with no "the", a plural owner with describing words before it, a verb form
/// outside written English, a chat tag after a comma, and a place typed in lower case.
/// Each is read from the sentence's grammar, never from the sentences the judge saw.
extension PointGrammar {
  /// The first of these shapes in the sentence, or nil.
  static func clauseDoubt(_ words: [String], _ original: [String]) -> String? {
    runOn(words, original) ?? bareAfterHaving(words, original) ?? namedPlaceKind(words, original)
      ?? describedOwner(words, original) ?? nonStandardForm(words) ?? chatTag(words, original)
      ?? lowerCasePlace(words, original)
  }

  // MARK: - Two clauses run together

  /// "I have four children I know breakfast is important", "I love whisky labels actually I
  /// collect them": a second subject pronoun opening a clause of its own (a verb, then what
  /// the verb takes) with no conjunction, relative word or mark before it, after a clause that
  /// already has its verb. "The kids I taught loved it" and "the one thing I miss" are
  /// relative clauses with no "that", which English writes: there the verb takes nothing
  /// after it, or another verb follows.
  static func runOn(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst(2) where index + 2 < words.count {
      guard ["i", "we", "they", "he", "she"].contains(words[index]) else { continue }
      let previous = words[index - 1]
      // "... specialise in — I honestly think ...": a dash standing alone, of any length,
      // is a written mark between two clauses, as a comma or a semicolon is.
      guard original[index - 1].last.map({ ",.;:!?-–—".contains($0) }) != true,
        !clauseLinks.contains(previous),
        !Lexicon.stopwords.contains(previous)
          || runOnAdverbs.contains(previous),
        !TopicRepair.prepositions.contains(previous), !saysOrThinks(previous),
        hasVerb(words[..<index]), !previous.hasSuffix("ed"),
        runOnAdverbs.contains(previous) || !isDeterminedNoun(before: index, words),
        // "The day after I was done I got ...", "when I was 14 I sang": a clause opened by a
        // subordinating word before it is the main clause's, with only a comma missing.
        !words[..<(index - 1)].contains(where: { openingLinks.contains($0) })
      else { continue }
      let verb = words[index + 1]
      let object = words[index + 2]
      guard verb.allSatisfy(\.isLetter), !runOnAuxiliaryFree(verb), isObjectStart(object) else {
        continue
      }
      return "two clauses run together (\"\(previous) \(words[index])\")"
    }
    return nil
  }

  /// Whether the word before `index` ends a noun phrase opened by "the", "this" or "every":
  /// "the reason I studied law", "the first time I saw it", "every day we open" hold a
  /// relative clause with no "that", which English writes. A count ("four children I know
  /// ...") or an adverb opens no such phrase.
  private static func isDeterminedNoun(before index: Int, _ words: [String]) -> Bool {
    let start = max(0, index - 4)
    return words[start..<(index - 1)].contains {
      ["the", "this", "that", "every", "each", "any", "whatever", "which"].contains($0)
    }
  }

  /// Words after which a second clause may open: conjunctions and relative words.
  private static let clauseLinks: WordSet = [
    "and", "but", "so", "because", "or", "when", "while", "if", "since", "that", "which", "who",
    "where", "as", "until", "before", "after", "though", "although", "unless", "once", "how",
    "why", "what", "whether", "than", "till", "cos", "coz", "then", "now",
    // A time before the subject opens the clause it belongs to: "two weeks later I got".
    "later", "ago", "earlier", "afterwards", "today", "yesterday", "tomorrow", "tonight",
  ]

  /// Words opening a clause that a main clause follows.
  private static let openingLinks: WordSet = [
    "when", "after", "before", "if", "once", "since", "because", "while", "until", "as",
    "whenever", "although", "though", "unless",
  ]

  /// Adverbs that may stand where a clause ends ("... labels actually I collect them"): a
  /// function word elsewhere, but no link between clauses.
  private static let runOnAdverbs: WordSet = ["actually", "honestly", "basically", "really"]

  /// Verbs whose object is a clause with no "that": "I know I can", "I hope we will".
  private static func saysOrThinks(_ word: String) -> Bool {
    [
      "know", "think", "hope", "feel", "believe", "guess", "mean", "said", "say", "knew",
      "thought", "felt", "realised", "realized", "sure", "glad", "proud", "wish", "found",
      "learned", "learnt", "saw", "see", "heard", "remember", "noticed", "bet", "reckon",
    ].contains(word)
  }

  /// Whether the words hold a finite verb: a form of "be", "have", "do", a modal, a past in
  /// "-ed", or a word after a subject pronoun.
  private static func hasVerb(_ words: ArraySlice<String>) -> Bool {
    words.indices.contains { index in
      let word = words[index]
      if ["am", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did"].contains(
        word) || word.hasSuffix("'m") || word.hasSuffix("'ve") || word.hasSuffix("'s")
      {
        return true
      }
      if word.count >= 4, word.hasSuffix("ed") { return true }
      return index > words.startIndex
        && ["i", "we", "they", "you", "he", "she"].contains(words[index - 1])
    }
  }

  /// Words that cannot be the verb of a clause of its own: a form that needs another verb
  /// ("I taught loved", "I did was") is read as a relative clause with no "that".
  private static func runOnAuxiliaryFree(_ word: String) -> Bool {
    word.hasSuffix("ly")
      || Lexicon.stopwords.contains(word)
        && ![
          "do", "did", "have", "had",
          "got", "love", "like", "went",
        ].contains(word)
  }

  /// Whether a word opens what a verb takes: a determiner, an object pronoun, or a plain noun
  /// (not a verb in "-ed", not a preposition, not the end of the clause).
  private static func isObjectStart(_ word: String) -> Bool {
    if [
      "them", "it", "him", "her", "me", "us", "you", "a", "an", "the", "my", "our", "his",
      "their", "this", "these", "those", "some", "all",
    ].contains(word) {
      return true
    }
    guard word.count >= 3, word.allSatisfy(\.isLetter), !word.hasSuffix("ed"),
      !word.hasSuffix("ly"), !Lexicon.stopwords.contains(word),
      !TopicRepair.prepositions.contains(word)
    else { return false }
    return true
  }

  // MARK: - A singular thing with no article after "has" or "is"

  /// "my uncle has small coffee farm", "my daughter has nut allergy", "he is good teacher":
  /// after a form of "have" or "be", two or more plain words with no determiner whose last is
  /// a singular count noun. A describing word of degree ("pretty", "super") makes the phrase
  /// an adjective's ("is pretty cool"); an adjective by its ending is no head.
  static func bareAfterHaving(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() {
      guard havingOrBeing.contains(words[index - 1]) || objectVerbs.contains(words[index - 1]),
        original[index - 1].last?.isLetter == true
      else { continue }
      var end = index
      while end < words.count, end - index < 4, isPlain(original[end]),
        !phraseJoins.contains(words[end])
      {
        end += 1
        if original[end - 1].last.map({ ",.;:!?".contains($0) }) == true { break }
      }
      let phrase = Array(words[index..<end])
      guard phrase.count >= 2, let head = phrase.last,
        !phrase.contains(where: { degreeWords.contains($0) || $0.hasSuffix("ly") }),
        !phrase.contains(where: { Lexicon.stopwords.contains($0) }),
        !TopicGrammar.determiners.contains(phrase[0]),
        !["been", "got", "no", "never", "not"].contains(phrase[0]),
        !phrase.dropLast().contains(where: { $0.hasSuffix("ing") || $0.hasSuffix("ed") }),
        isCountHead(head)
      else { continue }
      let ends =
        end == words.count || original[end - 1].last.map({ ",.;:!?".contains($0) }) == true
        || phraseJoins.contains(words[end])
      if ends { return "a singular \"\(phrase.joined(separator: " "))\" with no article" }
    }
    return nil
  }

  /// Every form of "have" and "be", with the contractions of "be" after a pronoun: "we are
  /// small team", "I'm big fan" drop the article as "has small farm" does.
  private static let havingOrBeing: WordSet = [
    "has", "have", "had", "is", "was", "are", "were", "am", "be", "i'm", "i’m", "it's", "it’s",
    "he's", "he’s", "she's", "she’s", "that's", "that’s",
  ]

  /// Common verbs whose object is a thing one has or makes: "I own small bakery", "we opened
  /// new branch", "I started part time job", "I run youth club".
  private static let objectVerbs: WordSet = [
    "own", "owns", "owned", "run", "runs", "ran", "open", "opens", "opened", "build", "builds",
    "built", "start", "starts", "started",
  ]

  /// Words of degree before an adjective: "pretty cool", "super busy".
  private static let degreeWords: WordSet = [
    "very", "pretty", "super", "so", "too", "quite", "really", "fairly", "rather", "bit",
    "little", "lot", "much", "more", "most", "less", "kind", "sort", "totally", "well", "still",
    "always", "also", "just", "even", "now", "already",
  ]

  /// Whether a word reads as the head of a singular counted thing: no plural, no adjective or
  /// abstract ending, no mass noun the grammar knows.
  private static func isCountHead(_ word: String) -> Bool {
    guard word.count >= 3, !word.hasSuffix("s"), !word.hasSuffix("ing"), !word.hasSuffix("ed"),
      word.allSatisfy(\.isLetter)
    else { return false }
    let adjectiveEndings = [
      "al", "ful", "ous", "ive", "ic", "able", "ible", "ant", "ent", "ish", "less", "ary",
      "ory", "ness", "ism", "ity", "ment", "ance", "ence", "ture", "ogy", "ship", "tion", "sion",
      "cy", "ate", "ern", "ior", "est", "ow", "ee",
    ]
    return !adjectiveEndings.contains(where: word.hasSuffix) && isCountNoun(word)
  }

  /// A word the grammar reads as a counted noun: not a mass noun, a particle, or a word of
  /// the closed classes.
  private static func isCountNoun(_ word: String) -> Bool {
    !massWords.contains(word) && !Lexicon.stopwords.contains(word)
      && ![
        "up", "out", "off", "down", "away", "back", "home", "here", "there", "ago", "fine",
        "free", "time", "done", "gone", "born", "sure", "keen", "mad", "sad", "bad", "good",
        "great", "nice", "big", "hot", "cold", "new", "old", "young", "huge", "hard", "fun",
        "full", "right", "wrong", "true", "alone", "alive", "aware", "ill", "deaf", "blind",
        "work", "experience", "care", "food", "water", "help", "money", "stuff", "rest", "love",
        "life", "health", "data", "power", "energy", "time", "school", "uni", "college",
        "asthma", "autism", "diabetes", "cancer", "dementia", "pain", "bread", "tea", "coffee",
      ].contains(word)
  }

  /// Nouns English does not count, beside those `PointGrammar` reads as mass nouns.
  private static let massWords: WordSet = [
    "knowledge", "advice", "equipment", "furniture", "software", "hardware", "information",
    "traffic", "weather", "music", "art", "football", "research", "land", "fish", "meat",
    "milk", "rice", "fruit", "wood", "paper", "plastic", "glass", "hair", "skin", "blood",
  ]

  /// Words that end a noun phrase after its head.
  private static let phraseJoins: WordSet = [
    "at", "in", "on", "for", "with", "from", "to", "of", "and", "or", "but", "so", "because",
    "when", "while", "as", "that", "which", "who", "before", "after", "since", "by", "last",
    "this", "every", "about", "too", "like", "where", "if", "there", "here", "now", "then",
  ]

  /// A word typed in lower-case letters only.
  private static func isPlain(_ typed: String) -> Bool {
    let word = typed.trimming(",.!?;:()\"")
    return !word.isEmpty && word.allSatisfy { $0.isLetter && $0.isLowercase || $0 == "-" }
  }

  // MARK: - A place's kind with no "the"

  /// "a cocoa farmer in Ashanti region", "in cardiac ICU": after a preposition, a name or a
  /// describing word and then a noun for a kind of place that English writes with "the"
  /// ("the Ashanti region", "the Thames valley", "a cardiac ICU"), with no determiner.
  static func namedPlaceKind(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() where index + 1 < words.count {
      guard
        ["in", "at", "on", "from", "near", "to", "across", "around", "into"].contains(
          words[index - 1])
      else { continue }
      let head = original[index + 1].trimming(",.!?;:()\"")
      let modifier = original[index].trimming(",.!?;:()\"")
      let endsThere =
        index + 2 == words.count
        || original[index + 1].last.map({ ",.;:!?".contains($0) }) == true
        || phraseJoins.contains(words[index + 2])
      guard endsThere, !TopicGrammar.determiners.contains(words[index]),
        !Lexicon.stopwords.contains(words[index]), modifier.allSatisfy(\.isLetter)
      else { continue }
      // "in Ashanti region": a name, then a kind of area in lower case.
      if modifier.first?.isUppercase == true, modifier.dropFirst().allSatisfy(\.isLowercase),
        takesThe.contains(head)
      {
        return "a place \"\(modifier) \(head)\" with no \"the\""
      }
      // "in cardiac ICU": a describing word in lower case before a unit named by initials.
      if modifier.first?.isLowercase == true, modifier.count >= 4,
        head.count >= 2, head.count <= 4, head.allSatisfy({ $0.isUppercase && $0.isLetter }),
        !Lexicon.stopwords.contains(words[index]), adjectiveLike(words[index])
      {
        return "a unit \"\(modifier) \(head)\" with no article"
      }
    }
    return nil
  }

  /// Kinds of place whose name English writes with "the": "the Ashanti region", "the Rift
  /// valley", "the Volta river".
  private static let takesThe: WordSet = [
    "region", "area", "district", "province", "county", "state", "valley", "river", "coast",
    "desert", "peninsula", "delta", "basin", "islands", "mountains", "highlands", "lowlands",
    "sea", "ocean", "lake", "forest", "plateau",
  ]

  /// A describing word by its ending: "cardiac", "medical", "paediatric", "neonatal".
  private static func adjectiveLike(_ word: String) -> Bool {
    ["ic", "al", "ive", "ous", "ary", "ory", "ate"].contains(where: word.hasSuffix)
  }

  // MARK: - A plural owner after describing words

  /// "my little sisters hair", "our older brothers car": after a possessive and describing
  /// words, a plural directly before a noun that ends the phrase, where English writes an
  /// apostrophe ("sister's", "brothers'"). `ownerWithoutApostrophe` reads the shape with no
  /// describing word between.
  static func describedOwner(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices {
      guard ["my", "our", "his", "her", "their", "your"].contains(words[index]) else {
        continue
      }
      // Up to two describing words, then the plural owner and the thing owned.
      for gap in 1...2 {
        let owner = index + gap + 1
        let owned = owner + 1
        guard owned < words.count,
          (index + 1..<owner).allSatisfy({ isPlain(original[$0]) && describing.contains(words[$0]) }
          )
        else { continue }
        let plural = words[owner]
        let thing = words[owned]
        guard plural.count >= 4, plural.hasSuffix("s"), !plural.hasSuffix("ss"),
          !plural.hasSuffix("us"), !plural.hasSuffix("is"), isPlain(original[owner]),
          original[owner].last?.isLetter == true, isPlain(original[owned]),
          thing.count >= 3, !Lexicon.stopwords.contains(thing), !thing.hasSuffix("ed"),
          !thing.hasSuffix("ly"), !saysOrThinks(thing), !TopicRepair.prepositions.contains(thing),
          !ownersVerbs.contains(thing)
        else { continue }
        let ends =
          owned + 1 == words.count
          || original[owned].last.map({ ",.;:!?".contains($0) }) == true
          || phraseJoins.contains(words[owned + 1])
        if ends { return "a plural owner with no apostrophe (\"\(plural) \(thing)\")" }
      }
    }
    return nil
  }

  /// Verbs a plural subject takes that end its sentence: "my two sons play", "my older
  /// brothers agree".
  private static let ownersVerbs: WordSet = [
    "play", "work", "live", "agree", "help", "cook", "sing", "dance", "swim", "travel", "study",
    "know", "care", "visit", "win", "lose", "laugh", "cry", "fight", "argue", "left", "grew",
  ]

  /// Describing words that stand between a possessive and a relative: "my little sister".
  private static let describing: WordSet = [
    "little", "big", "older", "younger", "elder", "baby", "twin", "late", "best", "old",
    "two", "three", "four", "grand", "step", "eldest", "youngest", "oldest",
  ]

  // MARK: - Words outside written English

  /// "you dey bring", "dem go", "I wan work there": a verb or pronoun form of a spoken
  /// variety (Nigerian Pidgin, Scots, Caribbean English) standing where written English has a
  /// common word ("are", "them", "want"). Not rewritten, since the choice of word is the
  /// person's: the point is held back.
  static func nonStandardForm(_ words: [String]) -> String? {
    for index in words.indices {
      let word = words[index]
      guard spokenForms.contains(word) else { continue }
      // A spoken form stands after a subject, or opens what a verb does.
      let afterSubject =
        index > 0
        && ["i", "you", "we", "they", "he", "she", "dem", "una", "e", "it"].contains(
          words[index - 1])
      if afterSubject || ["dem", "una", "wetin", "abeg", "sef", "oya"].contains(word) {
        return "a spoken form \"\(word)\""
      }
    }
    return nil
  }

  /// Verb and pronoun forms of spoken varieties that written English spells otherwise: a
  /// closed class of function words, not of names.
  private static let spokenForms: WordSet = [
    "dey", "dem", "wan", "don", "una", "wetin", "abeg", "sef", "oya", "dis", "dat", "ting",
    "nuh", "cyaan", "affi", "ain't", "aint", "ken", "dinnae", "cannae", "wouldnae", "gonna",
  ]

  // MARK: - A chat tag after a comma

  /// "I'm ready to relocate, no problem.", "I can start Monday, no worries": a closing tag of
  /// two words after a comma, opened by "no" and holding no verb (three are a noun phrase
  /// set beside the clause: "..., no technical ones"), which speech adds and a
  /// note does not.
  static func chatTag(_ words: [String], _ original: [String]) -> String? {
    guard let comma = original.dropLast().lastIndex(where: { $0.hasSuffix(",") }) else {
      return nil
    }
    let tag = Array(words[(comma + 1)...])
    guard (2...2).contains(tag.count), tag.first == "no",
      // "no later", "no more than": a comparison, no tag.
      !tag.contains(where: {
        [
          "is", "was", "are", "one", "matter", "more", "less", "longer", "later", "sooner",
          "earlier", "further", "than",
        ].contains($0)
      })
    else { return nil }
    return "a chat tag \"\(tag.joined(separator: " "))\""
  }

  // MARK: - A place in lower case

  /// "I'm from ennis and ...", "I live near wembley": after a preposition of place, a word in
  /// lower case ending its phrase that the note cannot vouch for: not a word the grammar
  /// knows stands there ("at work", "near home"), not a plural of the kind "in hotels". The
  /// tidying writes as a name what it can be sure of (`ProperSpelling.placesCapitalised`);
  /// what is left is a place it would have to guess, so the point is held back.
  static func lowerCasePlace(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst() {
      let preposition = words[index - 1]
      // "to" is a preposition of place only after a verb of moving ("moved to swindon");
      // after others it opens a verb ("I'd love to help").
      let toPlace = preposition == "to" && index >= 2 && movingVerbs.contains(words[index - 2])
      guard ["in", "from", "near", "at"].contains(preposition) || toPlace,
        original[index - 1].last?.isLetter == true, isPlain(original[index])
      else { continue }
      let word = words[index]
      let ends =
        index + 1 == words.count
        || original[index].last.map({ ",.;:!?".contains($0) }) == true
        || ["and", "but", "so", "too", "where", "when", "because", "as", "last", "for"].contains(
          words[index + 1])
      // A name that looks like a plural to the tidying ("ennis", "inverness"), or any word
      // after "near", which `placesCapitalised` does not read.
      let nameShaped =
        (word.hasSuffix("is") && !word.hasSuffix("sis")) || word.hasSuffix("ss")
        || ((preposition == "near" || toPlace) && !word.hasSuffix("s"))
      guard ends, nameShaped, word.count > 3, !Lexicon.stopwords.contains(word),
        !ProperSpelling.bareNouns.contains(word),
        !ProperSpelling.ordinarySuffixes.contains(where: word.hasSuffix),
        ![
          "business", "class", "glass", "grass", "press", "fitness", "wellness", "stress",
          "tennis", "analysis", "basis", "crisis", "here", "there", "home", "me", "us", "by",
          "crossing", "access", "progress", "congress", "mass", "chess", "dress",
        ].contains(word)
      else { continue }
      return "a place \"\(word)\" in lower case"
    }
    return nil
  }

  /// Verbs of moving, after which "to" names a place: "moved to", "commute to".
  private static let movingVerbs: WordSet = [
    "moved", "move", "moving", "relocated", "relocate", "relocating", "commute", "commuted",
    "commuting", "emigrated", "flew", "fly", "travel", "travelled", "traveled", "drive", "drove",
    "returned", "went", "go", "going", "came", "come", "back",
  ]
}
