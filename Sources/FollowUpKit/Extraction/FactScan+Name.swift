/// Reading the person's own name: "I'm Jordan Lee", "Priya here.", and a bare reply to "What's
/// your name?".
extension FactScan {
  /// The message has one to four words that could all be a name, and nothing else.
  var isOnlyName: Bool {
    let words = tokens.filter(\.isWord)
    return (1...5).contains(words.count)
      && words.allSatisfy { isNameWord($0, strict: false) || PersonName.titles[$0.lower] != nil }
  }

  /// Sets the person's own name from "my name is", "I'm", "Priya here." and the like.
  mutating func readOwnName() {
    guard facts.name == nil else { return }
    let cues: [([String], Bool)] = [
      (["my", "name", "is"], true), (["my", "name's"], true), (["name's"], true),
      (["name", "is"], true),
      (["i", "am"], false), (["i'm"], false), (["im"], false), (["call", "me"], true),
      (["this", "is"], false), (["it's"], false), (["its"], false),
    ]
    for index in tokens.indices where !used[index] {
      for (cue, strong) in cues where document.matches(cue, at: index) {
        // "this is", "it's" introduce a name only at the start of the message.
        if ["this", "it's", "its"].contains(cue[0]), !isMessageStart(index) { continue }
        let start = index + cue.count
        let range = nameWords(from: start, strong: strong)
        guard !range.isEmpty else { continue }
        // "I am french", "im welsh": after "I am" a word of a people or a language says where
        // the person is from, not who they are.
        if !strong, saysOrigin(range) { continue }
        // "i am hired maybe!", "im knackered lol": in a message typed all in lower case, "I am"
        // before a word is no evidence that the word is a name (it is as often how the person
        // is), so the question that asks for the name is asked. A name standing as a clause of
        // its own ("hi im zoë, had an interview") is; so are "my name is", "call me".
        if !strong, lowercaseMode {
          let ends =
            range.upperBound >= tokens.count
            || [",", "."].contains(document.text(tokens[range.upperBound]))
            || tokens[range.upperBound].lower == "here"
          guard ends else { continue }
        }
        // "I'm at Northgate", "I'm Jordan Lee from ...": the words must not run into a company.
        if let name = PersonName(parsing: text(range)) {
          facts.name = name
          for position in index..<range.upperBound { used[position] = true }
          return
        }
      }
    }
    // "Priya here." / "siobhan o'brien here" / "Tomás here, ..." at the start.
    var start = 0
    while start < tokens.count,
      ["hi", "hello", "hey", "hiya", "heya", "there", "all"].contains(tokens[start].lower)
        || tokens[start].kind != .word
    { start += 1 }
    let range = nameWords(from: start, strong: true)
    // "canadian here, job hunting in london": where the person is from, as after "I am"
    // (tuning 38's by037 was called "Canadian").
    // "Hi there - career changer here, 57": in a message that writes capitals, words left in
    // lower case before "here" say what the person is, not who (tuning 45's cm042 was signed
    // "Career").
    // The habit shows in how the message opens ("Hi there - ..."), not in the names or
    // initialisms it holds ("siobhan o'brien here ... (Dana Patel)", "... at KCB").
    let writesCapitals =
      tokens.first(where: { $0.kind == .word }).map { token in
        let typed = document.text(token)
        return typed.first?.isUppercase == true && typed.dropFirst().contains(where: \.isLowercase)
      } ?? false
    let uncasedAmongCased = writesCapitals && range.allSatisfy { !tokens[$0].isCapitalized }
    if !range.isEmpty, lower(range.upperBound) == "here", !saysOrigin(range), !uncasedAmongCased,
      let name = PersonName(parsing: text(range))
    {
      facts.name = name
      for position in start...range.upperBound { used[position] = true }
      return
    }
    // "maria de la cruz - marketing executive at ...": a name as the first item of a dashed list.
    if start == 0, (2...4).contains(range.count), range.upperBound < tokens.count,
      document.text(tokens[range.upperBound]) == "-", let name = PersonName(parsing: text(range))
    {
      facts.name = name
      for position in range { used[position] = true }
      return
    }
    // "Ryan McDonald. Warehouse supervisor interview ..." : a name alone as the first sentence.
    if start == 0, !range.isEmpty, range.count >= 2, range.upperBound < tokens.count,
      tokens[range.upperBound].kind == .stop,
      range.allSatisfy({ tokens[$0].isCapitalized }), let name = PersonName(parsing: text(range))
    {
      facts.name = name
      for position in range { used[position] = true }
    }
  }

  /// Only greetings and filler come before `index`.
  private func isMessageStart(_ index: Int) -> Bool {
    var cursor = index - 1
    while cursor >= 0 {
      let token = tokens[cursor]
      if token.kind == .word,
        !["hi", "hello", "hey", "hiya", "heya", "ok", "okay", "so", "right", "well", "morning"]
          .contains(token.lower)
      {
        return false
      }
      cursor -= 1
    }
    return true
  }

  /// Whether the words read as a name are one word of a people or a language ("french",
  /// "canadian"): said of the person, it says where they are from, not who they are.
  func saysOrigin(_ range: Range<Int>) -> Bool {
    range.count == 1 && VouchedName.isPeopleWord(tokens[range.lowerBound].lower)
  }

  /// Up to four words that read as a name, starting at `start`; particles are allowed inside.
  func nameWords(from start: Int, strong: Bool) -> Range<Int> {
    var end = start
    var inside = self
    while end < tokens.count, end - start < 5 {
      let token = tokens[end]
      inside.allowsShortCapitalised = end > start && tokens[end - 1].isCapitalized
      // In text with capitals, a name's later words are capitalised too: "Prof Elena Russo
      // chaired it" ends at "Russo".
      if end > start, !lowercaseMode, !token.isCapitalized,
        !PersonName.particles.contains(token.lower),
        tokens[start].isCapitalized
      {
        break
      }
      if inside.isNameWord(token, strict: !strong) {
        end += 1
        continue
      }
      if end > start, PersonName.particles.contains(token.lower), end + 1 < tokens.count,
        inside.isNameWord(tokens[end + 1], strict: !strong)
      {
        end += 1
        continue
      }
      break
    }
    return start..<end
  }

  /// A word that can be part of a person's name here.
  func isNameWord(_ token: Token, strict: Bool) -> Bool {
    guard token.kind == .word, token.lower.count <= 30 else { return false }
    let word = token.lower
    if PersonName.titles[word] != nil { return false }
    if Self.notNames.contains(word) || Lexicon.stopwords.contains(word) {
      // "Nguyễn Văn An", "Do", "Le": short capitalised words inside a name already begun.
      let functionWords: Set<String> = [
        "and", "the", "for", "at", "in", "on", "of", "to", "i", "a", "my", "by", "or", "is", "it",
        "we", "me", "he", "us",
      ]
      guard token.isCapitalized, word.count <= 3, !functionWords.contains(word),
        allowsShortCapitalised
      else { return false }
    }
    if OrganisationNouns.inNames.contains(word) { return false }
    // "thank-you", "follow-up": a hyphenated word is a name's ("Abu-Zahra", "Jean-Paul") only
    // when none of its parts is a word that never names anyone.
    if word.contains("-"),
      word.split(separator: "-").contains(where: { Self.notNames.contains(String($0)) })
    {
      return false
    }
    // "Monday" and "March" are not names; "Thu", "May" and "June" can be.
    if DateReader.weekdays[word] != nil, word.count >= 6 { return false }
    if DateReader.months[word] != nil, word.count >= 4,
      !["april", "may", "june", "july", "august", "abril", "agosto", "aprile"].contains(word)
    {
      return false
    }
    if word.contains(where: { $0.isNumber }) { return false }
    if strict && !lowercaseMode && !token.isCapitalized { return false }
    // "Professor Lorraine Whitely", "Tom Manning": a word ending like an adverb or an "-ing"
    // form, written with a capital right after a name's capitalised word, is the name's
    // (tuning 4's k039 had greeted "Dear Professor Lorraine"); a sentence adverb never is.
    let continuesName =
      allowsShortCapitalised && token.isCapitalized && !lowercaseMode
      && !Self.sentenceAdverbs.contains(word)
    if word.count > 4, word.hasSuffix("ing") || word.hasSuffix("ly"), !continuesName {
      return false
    }
    return true
  }

  /// Adverbs that comment on a whole sentence, which a capital after a name does not make a
  /// surname: "Mrs Patel Honestly it went well".
  static let sentenceAdverbs: Set<String> = [
    "honestly", "really", "actually", "basically", "obviously", "apparently", "hopefully",
    "luckily", "unfortunately", "fortunately", "sadly", "literally", "seriously", "definitely",
    "probably", "finally", "anyway", "initially", "originally", "personally", "generally",
    "usually", "thankfully", "surprisingly", "interestingly", "weirdly", "funnily", "clearly",
    "recently", "currently", "only", "nothing", "something", "everything", "anything", "morning",
    "evening", "during", "including", "regarding", "according", "following",
  ]

  /// Ordinary English words that are never a person's name in these messages. Used for text
  /// typed all in lower case, where capitals cannot tell a name from a word.
  static let notNames = Set<String>([
    "hi", "hello", "hey", "hiya", "heya", "yo", "morning", "afternoon", "evening", "thanks",
    "thank", "please", "help", "note", "email", "follow", "followup", "write", "writing",
    "interview", "interviewed", "interviewing", "interviewer", "interviewers", "had", "met", "meet",
    "meeting", "job", "role", "position", "post", "panel", "people", "two", "three", "guy", "woman",
    "man", "lady", "called", "named", "from", "manager", "owner", "curator", "head", "teacher",
    "boss", "recruiter", "hr", "so", "not", "sure", "applying", "looking", "trying", "nervous",
    "happy", "glad", "new", "here", "just", "really", "very", "still", "going", "doing", "done",
    "ok", "okay", "fine", "good", "great", "well", "bad", "back", "home", "tired", "excited",
    "worried", "hoping", "wondering", "after", "about", "with", "for", "at", "in", "on", "by", "to",
    "the", "a", "an", "and", "or", "but", "it", "its", "it's", "was", "is", "are", "were", "be",
    "been", "that", "this", "there", "they", "she", "he", "we", "you", "i", "me", "my", "your",
    "our", "her", "his", "their", "them", "him", "us", "what", "why", "how", "who", "when", "where",
    "which", "idk", "dunno", "no", "yes", "yeah", "yep", "nope", "nah", "maybe", "some", "any",
    "all", "one", "someone", "somebody", "anyone", "nobody", "none", "company", "team", "yesterday",
    "today", "tomorrow", "week", "last", "next", "this", "day", "days", "ago", "candidate",
    "applicant", "graduate", "student", "name", "names", "called", "call", "anon", "anonymous",
    "unknown", "n/a", "na", "nothing", "skip", "pass", "later", "whatever", "hmm", "um", "uh", "er",
    "erm", "lol", "haha", "ha", "cool", "nice", "sorry", "oops", "wait", "actually", "also",
    "though", "only", "person", "mate", "bro", "dude", "sir", "madam", "human", "someone",
    "everyone", "both", "them", "panel", "director", "ceo", "founder", "lead", "supervisor",
    "officer", "assistant", "coordinator", "developer", "engineer", "analyst", "nurse", "doctor",
    "chef", "cook", "driver", "went", "go", "did", "do", "does", "can", "could", "would", "should",
    "will", "have", "has", "get", "got", "need", "want", "like", "know", "think", "said", "say",
    "asked", "ask", "told", "tell", "talked", "interview's", "spoke", "saw", "rather", "prefer",
    "than", "as", "if", "then", "too", "again", "more", "less", "much", "many", "lot", "lots",
    "bit", "quite", "pretty", "kind", "sort", "type", "thing", "stuff", "question", "questions",
    "answer", "sentence", "word", "words", "message", "chat", "bot", "app", "program", "programme",
    "tool", "assistant", "ai", "gpt", "test", "testing", "asdf", "qwerty", "blah", "foo", "bar",
    "example", "e.g", "eg", "etc", "morning", "tbh", "honestly", "basically", "literally",
    "seriously", "totally", "definitely", "probably", "possibly", "perhaps", "mixed", "feelings",
    "went", "opening", "message", "card", "email", "e-mail", "linkedin", "warmer", "shorter",
    "longer", "formal", "undo", "redo", "save", "mailto", "export", "review", "next", "why", "show",
    "quit", "exit", "restart",
  ]).union(OrganisationNouns.legalSuffixes).union(OrganisationNouns.commonKinds)

  /// A reply to "What's your name?": "jordan lee", "it's José García", "call me Sam".
  func bareName() -> PersonName? {
    var start = 0
    // "Howzit, I'm Thabo" or "Howya! had my interview...": a greeting that opens the message is
    // said to the listener; it is never the person's own name.
    if let first = tokens.first, first.isWord, AnswerClauses.isGreetingWord(first.lower) {
      start = 1
      // The words that address the listener after it go with it: "hello po", "g'day mate".
      while start < tokens.count,
        !tokens[start].isWord || AnswerClauses.addressWords.contains(tokens[start].lower)
      {
        start += 1
      }
    }
    let openers: [[String]] = [
      ["it's"], ["its"], ["i'm"], ["im"], ["i", "am"], ["my", "name", "is"], ["call", "me"],
      ["name's"], ["this", "is"], ["just"],
    ]
    for opener in openers where document.matches(opener, at: start) { start += opener.count }
    let range = nameWords(from: start, strong: true)
    guard !range.isEmpty, range.count <= 5 else { return nil }
    // Whatever follows must be a separate clause: "I'm Aoife, thanks for helping".
    if range.upperBound < tokens.count, tokens[range.upperBound].kind == .word { return nil }
    // "it's ravi, ravi menon": the fuller restatement wins.
    if range.upperBound + 1 < tokens.count, tokens[range.upperBound].equals(",") {
      let again = nameWords(from: range.upperBound + 1, strong: true)
      if again.count > range.count,
        tokens[again.lowerBound].lower == tokens[range.lowerBound].lower,
        again.upperBound == tokens.count || !tokens[again.upperBound].isWord
      {
        return PersonName(parsing: text(again))
      }
    }
    return PersonName(parsing: text(range))
  }
}
