/// Whether the person's point can be printed as a sentence of the note, beside its topic.
///
/// The point is the one sentence only this person would write, so it is printed in their words
/// or not at all: rewording it would put words in their mouth. Judged blind, the pasted points
/// were the commonest broken sentence in first notes, and each fault was one of a few general
/// kinds, so the gate asks the general questions rather than matching sentences it has seen:
/// - Is it a sentence with its own subject and a finite verb? "Drove nights during covid." has
///   none; "My dad took me on trains, always wanted to be part of it." joins a second clause
///   with no subject of its own to the first with a comma.
/// - Does every pointing word point at something in the note? "I walked that path as a boy."
///   needs a path in the topic sentence; "My gran lived up there." needs a place.
/// - Is it free of chat markers ("no joke", "innit", "lol"), which a note never holds?
/// - Is every singular thing introduced as English introduces it? A relative named with no
///   owner ("after minding mam"), "own" after a possessive where nothing is contrasted ("my own
///   dad"), and the article-less nouns `PointCheck` knows.
/// What fails is held back, and the person is told and shown how to add it in their own words.
///
/// ```swift
/// PointGate.problem(in: "Drove nights during covid.", topic: "your new driver fund")
/// // "no subject"
/// PointGate.problem(in: "I drove nights during covid.", topic: "your new driver fund")  // nil
/// ```
enum PointGate {
  /// What stops the sentence being printed beside `topic`, or nil when the gate vouches for it.
  /// `topic` is all the note says before the point: the topic, and the role and company its
  /// opening names, which a pointing word may point at too.
  /// `readers` are the names of the people the note is written to: a point that names one of
  /// them speaks of the reader in the third person ("Paul did most of it", to Paul).
  static func problem(
    in sentence: String, topic: String, readers: [String] = [], shared: String = ""
  ) -> String? {
    let original = sentence.split(separator: " ").map(String.init)
    let words = original.map { $0.lowercased().trimming(",.!?;:()\"") }
    guard !words.isEmpty else { return "no words" }
    if let chat = missingSubject(words, original) ?? chatMarker(words) ?? chatMarks(sentence)
      ?? fillerThing(words, original)
    {
      return chat
    }
    if let pointing = namedReader(original, readers)
      ?? unanchoredReference(words, original, topic: topic, shared: shared)
      ?? unanchoredPerson(words, original) ?? bareRelative(words, original)
    {
      return pointing
    }
    return PointCheck.problem(in: sentence) ?? PointGrammar.doubt(in: sentence)
  }

  /// Marks only chat uses: an emoji or a pictograph, marks doubled ("!!", "??", "..."), or a
  /// symbol standing for a word ("+", "=", "<3").
  private static func chatMarks(_ sentence: String) -> String? {
    for doubled in ["!!", "??", "?!", "!?", "...", "…"] where sentence.contains(doubled) {
      return "chat marks \"\(doubled)\""
    }
    let symbol = sentence.unicodeScalars.first { scalar in
      scalar.properties.isEmojiPresentation
        || (scalar.properties.isEmoji && scalar.value > 0x2000)
        || "+=<>~^|*#@_\\{}[]".unicodeScalars.contains(scalar)
    }
    return symbol.map { "a symbol \"\($0)\"" }
  }

  /// "he", "she", "him" with no person named before them in the point: in a note to the
  /// interviewer, the person spoken of in the third person is someone the note never
  /// introduced ("She said I could start in May" is about the reader, who is "you").
  private static func unanchoredPerson(_ words: [String], _ original: [String]) -> String? {
    for (index, word) in words.enumerated()
    where ["he", "she", "him", "he's", "she's"].contains(word) {
      let earlier = words[..<index].indices.contains { earlierIndex in
        let earlierWord = words[earlierIndex]
        return relatives.contains(earlierWord) || people.contains(earlierWord)
          || RoleTitle.isPersonNoun(earlierWord)
          || (earlierIndex > 0 && original[earlierIndex].first?.isUppercase == true
            && original[earlierIndex] != "I")
      }
      if !earlier { return "\"\(word)\" names no one in the note" }
    }
    return nil
  }

  /// A name typed with a capital that is the reader's own given or family name: the note
  /// says "you" to them, so the point tells of them as of someone else.
  private static func namedReader(_ original: [String], _ readers: [String]) -> String? {
    let names = Set(readers.filter { $0.count >= 2 }.map { $0.lowercased() })
    guard !names.isEmpty else { return nil }
    for typed in original {
      let word = typed.trimming(",.!?;:()\"")
      let bare = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
      if bare.first?.isUppercase == true, names.contains(bare.lowercased()) {
        return "\"\(bare)\" names the reader in the third person"
      }
    }
    return nil
  }

  /// Nouns for people that may stand before "he" or "she".
  private static let people: WordSet = [
    "friend", "boy", "girl", "man", "woman", "kid", "child", "son", "baby", "boss", "neighbour",
    "patient", "customer", "client", "guy", "lad", "lass", "mate", "colleague", "teacher",
    "someone", "somebody", "person", "husband", "wife", "partner", "boyfriend", "girlfriend",
  ]

  /// The pointing words with nothing to point at beside `topic` ("that path", "there",
  /// "she"), or nil: how the reply tells the person which word held the point back.
  static func pointer(in sentence: String, topic: String, shared: String = "") -> String? {
    let original = sentence.split(separator: " ").map(String.init)
    let words = original.map { $0.lowercased().trimming(",.!?;:()\"") }
    let problem =
      unanchoredReference(words, original, topic: topic, shared: shared)
      ?? unanchoredPerson(words, original)
    guard let problem, let open = problem.firstIndex(of: "\""),
      let close = problem[problem.index(after: open)...].firstIndex(of: "\"")
    else { return nil }
    return String(problem[problem.index(after: open)..<close])
  }

  // MARK: - A subject and a finite verb

  /// A sentence that opens on a verb ("Drove nights ...", "Love the idea."), or a clause after
  /// a comma that opens on a verb with no subject ("..., always wanted to be part of it").
  /// Adverbs before the verb ("always", "never", "really") do not make a subject.
  private static func missingSubject(_ words: [String], _ original: [String]) -> String? {
    if let first = firstAfterAdverbs(words, from: 0), isVerbForm(words[first]) {
      return "no subject"
    }
    for index in words.indices.dropFirst() where original[index - 1].hasSuffix(",") {
      if let start = firstAfterAdverbs(words, from: index), isVerbForm(words[start]),
        !words[start].hasSuffix("ing"), !ComparingLike.compares(words, at: start)
      {
        return "a clause with no subject after a comma"
      }
    }
    // No finite verb: "Such a good idea.", "Lovely idea, great for kids." A bare noun may be
    // the subject ("Gardening keeps me sane."). Only a short line is read so: the verb of a
    // longer one is too often a word no list knows ("People in Europe care about ..."), and
    // a gate that holds back a whole sentence fails the person as much as a fragment does.
    if words.count <= 7, !hasFiniteVerb(words) { return "no finite verb" }
    return nil
  }

  /// Whether the sentence has a finite verb: a form of "be", "have", "do" or a modal, a
  /// contraction that holds one ("it's", "I'd", "can't"), a verb in the past, or any word after
  /// a personal pronoun as its subject ("I love", "we ran"), or a word in "-s" after a
  /// subject of one ("my dad loves", "it helps").
  static func hasFiniteVerb(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() {
      // A bare verb ("like", "work") is finite only after its subject, below.
      if finiteVerbs.contains(word) || verbForms.contains(word) && !bareVerbs.contains(word) {
        return true
      }
      if ["'s", "'re", "'ve", "'d", "'m", "'ll", "n't", "’s", "’re", "’ve", "’d", "’m", "’ll"]
        .contains(where: word.hasSuffix)
      {
        return true
      }
      if word.count >= 4, word.hasSuffix("ed"), word.allSatisfy(\.isLetter) { return true }
      guard index > 0 else { continue }
      let previous = words[index - 1]
      if ["i", "we", "you", "they", "he", "she", "it", "who", "that", "which"].contains(previous),
        word.allSatisfy(\.isLetter)
      {
        return true
      }
      if word.hasSuffix("s"), word.count >= 3, index >= 2,
        ["my", "his", "her", "our", "their", "the", "a"].contains(words[index - 2])
      {
        return true
      }
      // "Nursing runs in my family", "Autism awareness matters": a word in "-s" early in the
      // sentence after a noun; "Weekends suit me": a plain word after a plural opening it.
      let joins = TopicRepair.prepositions.contains(word) || Lexicon.stopwords.contains(word)
      if index <= 3, word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"),
        !["news", "series", "species", "means", "thanks"].contains(word),
        !word.hasSuffix("us"), !word.hasSuffix("is"), !joins,
        !TopicGrammar.determiners.contains(previous), !TopicRepair.prepositions.contains(previous)
      {
        return true
      }
      // "less queue stress for passengers means less aggro": later in the sentence, a word
      // in "-s" after a noun and before what opens its object ("less", "a", "the", "it") is
      // the verb of the long subject before it.
      if word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
        !word.hasSuffix("is"), !joins, previous.count >= 3, previous.allSatisfy(\.isLetter),
        !Lexicon.stopwords.contains(previous), !TopicGrammar.determiners.contains(previous),
        !TopicRepair.prepositions.contains(previous), index + 1 < words.count,
        objectOpeners.contains(words[index + 1])
      {
        return true
      }
      if index == 1, previous.hasSuffix("s"), previous.count >= 4, !joins,
        word.allSatisfy(\.isLetter)
      {
        return true
      }
      // "My parents run a shop", "Our kids cycle to school": a plural after an owner that
      // opens the sentence, then a plain word, its verb.
      if index == 2, ["my", "our", "their", "his", "her", "the"].contains(words[0]),
        previous.hasSuffix("s"), !previous.hasSuffix("ss"), previous.count >= 4, !joins,
        word.allSatisfy(\.isLetter), !Lexicon.stopwords.contains(word)
      {
        return true
      }
    }
    return false
  }

  /// Words that open a verb's object and never follow a noun inside its own phrase.
  private static let objectOpeners: WordSet = [
    "less", "more", "a", "an", "the", "it", "them", "me", "us", "my", "our", "their", "so",
  ]

  /// Verbs in their bare form, which also stand as nouns or prepositions ("like", "work"):
  /// finite only with a subject before them.
  static let bareVerbs: WordSet = [
    "love", "like", "want", "wanna", "need", "hope", "think", "know", "do", "grow", "work",
    "live", "volunteer", "help", "miss", "play", "read", "gotta", "used",
  ]

  /// Forms of "be", "have", "do" and the modals.
  static let finiteVerbs: WordSet = [
    "am", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "can", "could",
    "will", "would", "shall", "should", "may", "might", "must", "cant", "dont", "didnt", "wont",
    "isnt", "wasnt", "im", "ive", "id",
  ]

  /// The first word from `start` that is not an adverb of time or degree.
  /// Whether `clause` opens on a verb with no subject before it, adverbs aside: "already
  /// paid for it", "loved every minute". Not a verb in "-ing", which may be its own phrase.
  static func opensWithoutSubject(_ clause: String) -> Bool {
    let words = clause.split(separator: " ").map { $0.lowercased().trimming(",.!?;:()\"") }
    guard let first = firstAfterAdverbs(words, from: 0) else { return false }
    return isVerbForm(words[first]) && !words[first].hasSuffix("ing")
  }

  private static func firstAfterAdverbs(_ words: [String], from start: Int) -> Int? {
    var index = start
    while index < words.count, leadingAdverbs.contains(words[index]) { index += 1 }
    return index < words.count ? index : nil
  }

  /// A finite verb or a bare one: the common irregular forms, and a past tense in "-ed" that
  /// no subject stands before. "-ed" words that are adjectives ("red", "bed") are short.
  private static func isVerbForm(_ word: String) -> Bool {
    if verbForms.contains(word) { return true }
    return word.count >= 6 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter)
      && !["hundred", "sacred", "kindred"].contains(word)
  }

  /// Adverbs that may stand before a verb without being its subject.
  private static let leadingAdverbs: WordSet = [
    "always", "never", "just", "really", "also", "still", "often", "once", "then", "now",
    "even", "totally", "definitely", "honestly", "actually", "literally", "already",
  ]

  /// Verb forms a subject must stand before: the irregular pasts and common bare verbs that
  /// open a subjectless line in chat ("drove", "love it", "grew up").
  static let verbForms: WordSet = [
    "drove", "took", "went", "grew", "saw", "made", "did", "had", "got", "gave", "knew", "came",
    "ran", "taught", "thought", "felt", "spent", "worked", "lived", "wanted", "loved", "liked",
    "love", "like", "want", "wanna", "need", "hope", "think", "know", "was", "were", "am",
    "can't", "cant", "don't", "dont", "didn't", "won't", "wouldn't", "couldn't", "isn't",
    "wasn't", "haven't", "hasn't", "been", "gotta",
    "is", "are", "have", "has", "been", "can", "could", "would", "will", "should", "must",
    "do", "does", "grow", "work", "live", "volunteer", "volunteered", "used", "helped", "help",
    "miss", "missed", "walked", "played", "play", "read", "wrote", "built", "left",
    "moved", "started", "finished", "studied", "trained", "cared", "ended", "paid", "spent",
    "kept", "bought", "sold", "learnt", "learned", "taught",
  ]

  // MARK: - Chat markers

  /// Words and pairs of words that only chat holds: a note never says them.
  private static func chatMarker(_ words: [String]) -> String? {
    if let word = words.first(where: chatWords.contains) { return "a chat marker \"\(word)\"" }
    for index in words.indices.dropFirst() {
      let pair = words[index - 1] + " " + words[index]
      if chatPairs.contains(pair) { return "a chat marker \"\(pair)\"" }
    }
    return nil
  }

  /// "a youth hub thing", "some mental health thing": "thing" after a name of two words,
  /// chat's way of saying "a kind of youth hub". A describing word before it ("a good
  /// thing", "the most important thing", "a really big thing") is written English and passes.
  private static func fillerThing(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices.dropFirst(3)
    where ["thing", "things"].contains(words[index])
      && ["a", "an", "some", "the", "this", "that"].contains(words[index - 3])
    {
      let named = words[(index - 2)..<index]
      let typed = original[(index - 2)..<index]
      guard
        named.allSatisfy({ word in
          word.count >= 3 && word.allSatisfy(\.isLetter) && !word.hasSuffix("ly")
            && !word.hasSuffix("est") && !Lexicon.stopwords.contains(word)
            && !intensifiers.contains(word)
        }),
        typed.allSatisfy({ $0.last?.isLetter == true })
      else { continue }
      return "a chat filler \"\(named.joined(separator: " ")) \(words[index])\""
    }
    return nil
  }

  /// Words of degree that make the words after them describe, not name: "a very good thing".
  private static let intensifiers: WordSet = [
    "very", "most", "least", "more", "less", "quite", "pretty", "really", "whole", "only",
    "same", "first", "last", "other", "main", "best", "worst", "good", "great", "big", "small",
    "new", "old", "important", "little", "nice", "real", "right", "wrong", "hard", "easy",
  ]

  /// Single words that mark chat, not writing.
  static let chatWords: WordSet = [
    "lol", "haha", "hahaha", "lmao", "tbh", "ngl", "innit", "omg", "btw", "idk", "imo", "tho",
    "cos", "coz", "cuz", "gonna", "wanna", "gotta", "ya", "yeah", "yea", "nah", "u", "ur",
    "pls", "plz", "xx", "smh", "lowkey", "bruh", "init",
  ]

  /// Pairs of words that mark chat: an aside tagged on ("no joke", "to be fair").
  private static let chatPairs: Set<String> = [
    "no joke", "no lie", "for real", "like literally", "and stuff", "or something", "i mean",
    "i guess", "or whatever", "be fair",
  ]

  // MARK: - Pointing words

  /// "that path", "those kids", "up there", "same thing": a word that points at something the
  /// reader must find in the note. The thing it points at must be in the topic sentence (the
  /// only sentence before the point) or in the point itself; a place word needs a place named
  /// there (a capitalised name after a preposition). A thing "that" or "those" points at may
  /// also be one the interview talked about (`shared`, what the person said came up): the
  /// note's reader was there. Held back for "that line" or "the same estate", named in the
  /// discussion, tuning 47's notes left out the person's own point, which judges faulted
  /// every time.
  private static func unanchoredReference(
    _ words: [String], _ original: [String], topic: String, shared: String
  ) -> String? {
    let known = Phrase.stems(topic)
    let heard = known.union(Phrase.stems(shared))
    for index in words.indices {
      let word = words[index]
      // "so I like these things", "that stuff": a demonstrative before the emptiest nouns
      // names no thing the reader can find, whatever the topic holds.
      if demonstratives.contains(word), index + 1 < words.count,
        ["things", "stuff"].contains(words[index + 1])
      {
        return "\"\(word) \(words[index + 1])\" points at nothing in the note"
      }
      // "we eat like this", "I always did it like that": a manner shown, which a note cannot
      // show. After a noun ("a project like this") it points at the topic and passes.
      if ["this", "that"].contains(word), index >= 2, words[index - 1] == "like",
        Self.isMannerVerb(words, before: index - 1),
        index + 1 == words.count || original[index].last.map({ ",.;:!?".contains($0) }) == true
          || !["one", "ones", "kind", "sort", "type", "is", "was"].contains(words[index + 1])
      {
        return "\"like \(word)\" points at nothing in the note"
      }
      // "an estate like that", "a place like this": a kind shown by pointing at the topic,
      // so the thing it is like must be one the note names ("a project like this" points at
      // the topic whatever it is).
      let kind = index >= 2 ? words[index - 2] : ""
      if ["this", "that"].contains(word), index >= 2, words[index - 1] == "like",
        index + 1 == words.count || original[index].last.map({ ",.;:!?".contains($0) }) == true
          || ["and", "but", "so"].contains(words[index + 1]),
        !Self.isMannerVerb(words, before: index - 1),
        kind.count >= 3, kind.allSatisfy(\.isLetter),
        !Self.isFunctionWord(kind), !topicNouns.contains(kind), !pointedTimes.contains(kind),
        Phrase.stems(kind).isDisjoint(with: known)
      {
        return "\"\(kind) like \(word)\" points at nothing in the note"
      }
      if demonstratives.contains(word), index + 1 < words.count {
        let next = words[index + 1]
        // "that goop thing": a demonstrative before a word and "thing" always points.
        let pointsAtThing =
          index + 2 < words.count && ["thing", "things", "stuff"].contains(words[index + 2])
        // "that line", "those kids": a thing pointed at must be one the topic names. Not
        // "that is", "that I", "this year" (a time is the present one), or "so that".
        // "young customers will prefer this, nobody wants to call": a demonstrative closed by
        // a mark ends its clause, a pronoun pointing at the topic, and owns no word after it.
        guard next.first?.isLetter == true, !pointedTimes.contains(next),
          original[index].last.map({ ",.;:!?".contains($0) }) != true,
          !topicNouns.contains(next), !Self.isFunctionWord(next),
          word != "that" || pointsAtThing
            || Self.thatPoints(after: index > 0 ? words[index - 1] : "", next),
          // "this matters", "that means": before a word in "-s" a singular demonstrative
          // stands for a thing as the verb's subject (no plural follows "this").
          !(["this", "that"].contains(word) && next.hasSuffix("s") && !next.hasSuffix("ss")),
          // "so this meant a lot to me", "that changed everything": before a verb in the past
          // it stands for a thing as the verb's subject, as before one in "-s".
          !(["this", "that"].contains(word) && Self.isPastVerb(next))
        else { continue }
        let earlier = Phrase.stems(words[..<index].joined(separator: " "))
        let findable = ["that", "those", "same"].contains(word) ? heard : known
        if Phrase.stems(next).isDisjoint(with: findable.union(earlier)) {
          return "\"\(word) \(next)\" points at nothing in the note"
        }
      }
      // "here" is where the writer is, which needs no naming; "there" is somewhere else.
      // "I could help there": after "help", "there" is "with that", no place.
      // "up there", "out there": a direction needs a place on a map, which the company the
      // opening names ("the role at Scottish Fire and Rescue") is not.
      let directed = index > 0 && directions.contains(words[index - 1])
      if word == "there", !isExistential(words, at: index),
        !(index > 0 && ["help", "helping", "contribute", "add"].contains(words[index - 1])),
        !names(place: original, topic: topic, mapped: directed)
      {
        return "\"\(word)\" points at no place in the note"
      }
      // "help the others", "showed the rest": a group the point must name before it.
      if word == "the", index + 1 < words.count, ["others", "rest"].contains(words[index + 1]),
        index + 2 >= words.count || words[index + 2] != "of",
        !words.indices.prefix(index).contains(where: { earlier in
          Self.isPluralNoun(words[earlier]) && original[earlier].first?.isLowercase == true
            && Self.isGroupOfPeople(words[earlier])
        })
      {
        return "\"the \(words[index + 1])\" points at no group in the note"
      }
    }
    return nil
  }

  /// Whether "that" before `next` points at a thing, rather than joining a clause ("the team
  /// that prepared", "I knew that kids ...") or standing for one ("how that works"). It points
  /// where a determiner stands: opening the sentence, after a preposition or "so" ("so that line
  /// is"), or after a verb in the past before a singular noun ("I walked that path").
  private static func thatPoints(after previous: String, _ next: String) -> Bool {
    if previous.isEmpty || previous == "so" || TopicRepair.prepositions.contains(previous) {
      return true
    }
    return previous.hasSuffix("ed") && previous.count >= 5 && !next.hasSuffix("s")
  }

  /// A verb in the past after "this" or "that": a regular past ("changed") or a common
  /// irregular one ("meant", "made").
  private static func isPastVerb(_ word: String) -> Bool {
    if word.count >= 5, word.hasSuffix("ed"), word.allSatisfy(\.isLetter) { return true }
    return [
      "meant", "made", "felt", "took", "gave", "got", "kept", "brought", "taught", "became",
      "left", "came", "went", "grew", "began", "showed", "stuck", "hit", "put", "set",
    ].contains(word)
  }

  /// Demonstratives that point at a thing.
  private static let demonstratives: WordSet = ["that", "those", "these", "this", "same"]

  /// Times a demonstrative may name without a thing to point at: "this year", "that day".
  private static let pointedTimes: WordSet = [
    "year", "week", "month", "morning", "time", "day", "summer", "winter", "spring", "autumn",
    "way", "kind", "sort", "much", "many", "one", "days", "age", "point", "moment",
  ]

  /// Nouns that name the topic itself, whatever it is: "this idea", "that kind of project".
  private static let topicNouns: WordSet = [
    "idea", "ideas", "plan", "plans", "project", "projects", "scheme", "work", "news",
    "change", "changes", "initiative", "sort", "side", "approach", "thing", "things",
    "opportunity", "role", "job", "team", "company", "place", "kind", "area", "field", "sector",
    "career", "industry", "position", "post", "organisation", "business",
  ]

  /// Words after a demonstrative that make it a pronoun or a conjunction: "that is", "that I".
  private static func isFunctionWord(_ word: String) -> Bool {
    Lexicon.stopwords.contains(word) || TopicGrammar.subjects.contains(word)
      || ["is", "was", "would", "will", "could", "can", "has", "had", "really", "kind"].contains(
        word)
  }

  /// "there is", "there's", "there were": "there" as a subject points at nothing.
  private static func isExistential(_ words: [String], at index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    return ["is", "are", "was", "were", "will", "would", "has", "have", "had", "must"].contains(
      words[index + 1])
  }

  /// Whether the note names a place for "there" to point at: a preposition of place before a
  /// name or a determiner in the topic or the point ("in Lagos", "at the centre"), or a noun
  /// for a place ("the new community kitchen", "your museum").
  /// `mapped`: only a place on a map will do ("up there"), so "at" before a name, which in
  /// the opening names the employer, counts for nothing.
  private static func names(place original: [String], topic: String, mapped: Bool = false)
    -> Bool
  {
    let words = topic.split(separator: " ").map(String.init) + original
    let lower = words.map { $0.lowercased().trimming(",.!?;:()\"") }
    if lower.contains(where: placeNouns.contains) { return true }
    let prepositions =
      mapped ? ["in", "near", "from", "to", "on"] : ["in", "at", "near", "from", "to", "on"]
    return words.indices.dropFirst().contains { index in
      prepositions.contains(lower[index - 1])
        && (words[index].first?.isUppercase == true
          && !CalendarNames.names.contains(lower[index])
          || ["the", "your", "our", "a", "their"].contains(lower[index]))
    }
  }

  /// Whether the word before "like" ends a verb's phrase rather than a noun's: an adverb
  /// ("always", "really"), an object pronoun ("do it like this"), or a verb right after its
  /// subject pronoun ("we eat like this").
  private static func isMannerVerb(_ words: [String], before index: Int) -> Bool {
    let previous = words[index - 1]
    if leadingAdverbs.contains(previous) || previous.hasSuffix("ly")
      || ["it", "them", "things"].contains(previous)
    {
      return true
    }
    // "we always cook like this": adverbs may stand between the subject and the verb.
    var subject = index - 2
    while subject > 0, leadingAdverbs.contains(words[subject]) { subject -= 1 }
    return subject >= 0 && ["i", "we", "they", "you", "he", "she"].contains(words[subject])
  }

  /// Words of direction before "there" that make it a place on a map: "up there".
  private static let directions: WordSet = ["up", "down", "over", "out", "back"]

  /// Whether a plural names people, whom "the others" may be: "nurses", "kids", "staff";
  /// "the tablets ... so I can help the others learn it" names things, and "the others" there
  /// are people the note never named.
  private static func isGroupOfPeople(_ plural: String) -> Bool {
    if ["people", "children", "staff", "team", "kids", "men", "women", "students", "pupils"]
      .contains(plural)
    {
      return true
    }
    let singular =
      plural.hasSuffix("ies") ? String(plural.dropLast(3)) + "y" : String(plural.dropLast())
    return people.contains(singular) || RoleTitle.isPersonNoun(singular)
      || relatives.contains(singular)
  }

  /// A plural a group word may stand for: "three new nurses ... the others", "the kids".
  private static func isPluralNoun(_ word: String) -> Bool {
    if ["people", "children", "staff", "team", "kids", "men", "women"].contains(word) {
      return true
    }
    return word.count >= 4 && word.hasSuffix("s") && word.allSatisfy(\.isLetter)
      && !["ss", "us", "is", "'s"].contains(where: word.hasSuffix)
      && !Lexicon.stopwords.contains(word)
      && !["always", "sometimes", "was", "has", "does", "goes", "this", "thus"].contains(word)
  }

  /// Nouns for places "there" may point at.
  private static let placeNouns: WordSet = [
    "centre", "center", "site", "museum", "park", "farm", "clinic", "hospital", "store", "shop",
    "branch", "depot", "library", "office", "restaurant", "café", "cafe", "ward", "garden",
    "school", "kitchen", "village", "villages", "town", "city", "estate", "building", "hub",
    "station", "port", "harbour", "beach", "coast", "glen", "island", "valley", "lab", "studio",
    "warehouse", "yard", "theatre", "gallery", "pool", "gym", "salon", "hotel", "pub", "bar",
  ]

  // MARK: - Relatives and "own"

  /// "after minding mam", "taught my own dad": a relative named with no owner (in lower case
  /// a relative is not a name), or "own" after a possessive before a relative, a calque where
  /// English says "my dad".
  private static func bareRelative(_ words: [String], _ original: [String]) -> String? {
    for index in words.indices where relatives.contains(words[index]) {
      guard original[index].first?.isLowercase == true else { continue }
      let before = index > 0 ? words[index - 1] : ""
      if before == "own" { return "\"own\" before a relative" }
      // "a deaf sister", "my late grandfather": the owner may stand before describing words.
      let near = words[max(0, index - 3)..<index]
      if !near.contains(where: { owners.contains($0) || $0.hasSuffix("'s") }) {
        return "a relative named with no owner"
      }
    }
    return nil
  }

  /// People named by their relation to someone, who need an owner ("my", "her", "a").
  private static let relatives: WordSet = [
    "mam", "mum", "mom", "mother", "dad", "father", "gran", "granny", "nan", "nana", "grandad",
    "grandma", "grandpa", "grandfather", "grandmother", "uncle", "aunt", "auntie", "brother",
    "sister", "wife", "husband", "son", "daughter", "nephew", "niece", "cousin", "nain",
    "taid", "nani", "dadi", "partner",
  ]

  /// Words that own or introduce a relative: "my dad", "a cousin", "her nan".
  private static let owners: WordSet = [
    "my", "our", "his", "her", "their", "your", "a", "an", "the", "whose", "older", "younger",
    "little", "big", "late", "step", "own", "elder", "baby", "twin", "great",
  ]
}
