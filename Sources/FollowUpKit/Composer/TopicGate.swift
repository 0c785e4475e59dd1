/// Whether a topic can be printed in the note's topic sentence.
///
/// The topic sentence is the note's one specific thing, and the judged notes showed what
/// reaches it when nothing checks: a reply pasted as the topic ("i guess", "sí", "lol its
/// Sunny Cove Surf Co not school sorry"), a bare verb where a thing should be ("do all of
/// december inc christmas eve"). The gate asks of every topic, found or typed, whether it is a
/// phrase a careful writer would print, and a topic that fails is never offered or taken: the
/// conversation keeps a topic that passes, or asks again. A few faults have a plain repair
/// that changes no meaning (`tidied`): a hedge at either end ("the brewery takeover i guess"),
/// and the light verb "doing" before a thing ("doing a tree recycling scheme").
///
/// ```swift
/// TopicGate.problem("lol its Sunny Cove Surf Co not school sorry")  // "a chat marker"
/// TopicGate.problem("your new frailty unit")  // nil
/// TopicGate.tidied("the brewery takeover i guess")  // "the brewery takeover"
/// ```
enum TopicGate {
  /// What stops the topic being printed, or nil when the gate vouches for it. Read on the
  /// topic as tidied. `insisted`: the person named it twice, so a common thing ("the weekend
  /// shifts") is still theirs to choose; only its grammar is asked of it.
  static func problem(_ topic: String, insisted: Bool = false) -> String? {
    // Chat anywhere but a hedge at the end ("lol its ... sorry") makes the line a message.
    if let marker = topic.split(separator: " ").dropLast(2)
      .map({ $0.lowercased().trimming(",.!?;:()\"") }).first(where: chatMarkers.contains)
    {
      return "a chat marker \"\(marker)\""
    }
    let text = tidied(topic)
    let original = text.split(separator: " ").map(String.init)
    let words = original.map { $0.lowercased().trimming(",.!?;:()\"") }
    guard !words.isEmpty else { return "no words" }
    if let marker = words.first(where: chatMarkers.contains) {
      return "a chat marker \"\(marker)\""
    }
    // "i" in lower case is typing, not writing; a topic is never about the candidate.
    if original.contains("i") { return "a lower-case \"i\"" }
    // "sí", "ok", "ja": one short word in lower case names nothing.
    if words.count == 1, original[0].first?.isLowercase == true, words[0].count <= 3 {
      return "one short word"
    }
    // "ok cool": nothing a note could be about.
    if !insisted, !Phrase.hasSpecificContent(text) { return "nothing specific" }
    // "its not just rewires anymore", "it's really growing": "it" as the subject points back
    // at a thing named before, which the clause alone never says.
    if words.count > 1, ["it", "its", "it's"].contains(words[0]),
      ["not", "is", "was", "will", "really", "just", "so", "very", "been", "going"].contains(
        words[1])
    {
      return "a subject pointing back, \"\(original[0])\""
    }
    // "you something at lunchtime" of "(child tells you something at lunchtime)": an object
    // pronoun straight before a thing is a clause whose verb was cut off.
    if words.count > 1, objectPronouns.contains(words[0]), thingOpeners.contains(words[1]) {
      return "a clause that lost its verb before \"\(original[1])\""
    }
    // Read as the note would say it: "get more young people into farming" is mended to
    // "getting ...", "do all of december" is not.
    let said = TopicReshaping.said(text)
    if TopicGrammar.form(of: said) == .nounPhrase,
      let first = said.split(separator: " ").first.map({ $0.lowercased() }),
      bareVerbs.contains(first)
    {
      return "a bare verb where a thing should be"
    }
    // Nothing in it the note can positively read: no whole clause, no noun phrase.
    guard let reading = VouchedTopic.reading(TopicArticles.determined(TopicArticles.supplied(said)))
    else {
      return "nothing the note can vouch for"
    }
    // "your pilot of having work coaches sit" said for "... sit in GP surgeries once a week":
    // the noun phrase the note could vouch for is cut from its own words, so another topic,
    // or another wording of this one, is printed instead.
    if reading.text != said,
      let cut = TopicPhraseCheck.constituentCut(
        reading.text.split(separator: " ").map(String.init), in: said)
    {
      return "the note could print it only cut: \(cut)"
    }
    // "Friday", "mention", "the 14th": a day, a date or a word of talk names no topic.
    if let word = nonTopicWord(reading.text) { return "no topic, only \"\(word)\"" }
    // A noun phrase that opens as one, or a whole clause (`TopicShape`), read as the judge
    // reads it (`TopicPhraseCheck`).
    return TopicShape.problem(said) ?? TopicPhraseCheck.problem(said)
  }

  /// The one word a topic comes down to when it names nothing a note could be about: every
  /// word of its own is a time (a day, a month, "tomorrow"), a date's number, or a verb of
  /// talk or doing ("mention", "talk") with nothing after it. Nil when anything else is said.
  ///
  /// A correction typed at the discussion question ("oh i put friday it was thursday") was
  /// offered as the topic "Friday", and a question about the choice ("is it not weird to
  /// mention the refit?") as "mention": the note then enjoyed "talking about Friday".
  static func nonTopicWord(_ text: String) -> String? {
    let own = text.split(separator: " ").map { VouchedTopic.plain(String($0)) }
      .filter { !VouchedTopic.function.contains($0) && !$0.isEmpty }
    guard let last = own.last, own.count <= 2 else { return nil }
    // "the new year", "next quarter": a time's own modifier before it names no thing either.
    let empty = own.allSatisfy { word in
      VouchedTopic.isTimeWord(word) || bareVerbs.contains(word)
        || ["new", "next", "last", "coming"].contains(word) && VouchedTopic.isTimeWord(last)
        || talkWords.contains(word) || isDateNumber(word)
    }
    return empty ? last : nil
  }

  /// "14th", "3", "2027": a day's or year's number.
  private static func isDateNumber(_ word: String) -> Bool {
    let digits = word.prefix { $0.isNumber }
    return !digits.isEmpty
      && ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
  }

  /// Words of talk, which a topic sentence already says ("hearing about", "talking about").
  private static let talkWords: Set<String> = [
    "mention", "mentioned", "mentioning", "talk", "talking", "chat", "chatting", "discussion",
    "conversation", "question", "questions", "interview", "topic", "thing", "stuff", "things",
    "weird", "date", "day",
  ]

  /// The topic with its plain faults repaired: hedges and chat asides at either end, and the
  /// light verb "doing" before a determiner.
  static func tidied(_ topic: String) -> String {
    var words = topic.split(separator: " ").map(String.init)
    func lower(_ index: Int) -> String { words[index].lowercased().trimming(",.!?;:()\"") }
    var changed = true
    while changed, !words.isEmpty {
      changed = false
      for hedge in hedges {
        let count = hedge.count
        guard words.count > count else { continue }
        if (0..<count).allSatisfy({ lower(words.count - count + $0) == hedge[$0] }) {
          words.removeLast(count)
          changed = true
        } else if (0..<count).allSatisfy({ lower($0) == hedge[$0] }) {
          words.removeFirst(count)
          changed = true
        }
      }
    }
    // "the event sourcing move obviously": a discourse marker at either edge
    // (`DiscourseMarker`).
    words = DiscourseMarker.trimmed(words)
    if words.count >= 3, lower(0) == "doing", ["a", "an", "the", "your"].contains(lower(1)) {
      words.removeFirst()
    }
    // "argo and helm for ages", "the rewires anymore": how long or whether still they talked
    // or did it is the lost verb's, never the thing's; a noun phrase does not end on it.
    while let tail = verbTimes.first(where: { tail in
      words.count > tail.count
        && (0..<tail.count).allSatisfy({ lower(words.count - tail.count + $0) == tail[$0] })
    }) {
      words.removeLast(tail.count)
    }
    // "nurses -", ", domestic workers", "in February 12 beds": loose ends cut, a name after
    // "called" written as one (`TopicGate+Endings`).
    words = endingsRepaired(words)
    return words.joined(separator: " ").trimming(",;: ")
  }

  /// Times that only a verb takes, closing a topic whose verb was cut: "for ages", "anymore".
  private static let verbTimes: [[String]] = [
    ["for", "ages"], ["for", "hours"], ["for", "a", "while"], ["for", "a", "bit"],
    ["for", "a", "long", "time"], ["anymore"], ["any", "more"], ["no", "more"],
  ]

  /// Whether the topic is nothing but a name: one to three capitalised words of letters
  /// ("Kevin Grady"). Said at a question about the facts (who, which company), such a phrase
  /// is the fact, and a note "about Kevin Grady" says nothing of the interview.
  static func isNameOnly(_ topic: String) -> Bool {
    let words = topic.split(separator: " ")
    return (1...3).contains(words.count)
      && words.allSatisfy { word in
        // "O'Neill", "McKay": a capital, some lower case, no initialism ("HR").
        word.first?.isUppercase == true && word.contains(where: \.isLowercase)
          && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" }
      }
  }

  /// Topics that pass the gate, in order: what the conversation may offer. With the person's
  /// words (`source`), a topic the phrase check faults is first completed from them or cut to
  /// its core (`TopicCompletion`); it is dropped when neither passes. Done here, on the few
  /// topics offered, rather than on every candidate the extractor weighs.
  static func printable(_ topics: [Topic], source: String? = nil) -> [Topic] {
    var seen = Set<String>()
    // The first of the employer's own topics dropped for its phrasing.
    var droppedNews: Topic?
    var kept = topics.compactMap { topic -> Topic? in
      var topic = topic
      topic.text = edged(withoutTalkFrame(topic.text))
      if let source {
        guard let text = TopicCompletion.printable(topic.text, source: source) else {
          if droppedNews == nil, !TopicRoutine.isRoutine(topic) { droppedNews = topic }
          return nil
        }
        // "the geothermal heat" of "geothermal heat pumps": a whole noun phrase; a phrase
        // that cannot be made one ("very expensive") is not offered.
        if TopicHead.problem(text, source: source) == nil {
          topic.text = text
        } else if let whole = TopicHead.repaired(text, source: source) {
          topic.text = whole
        } else {
          return nil
        }
      }
      // "you bring new voice picking system": news whose clause the note cannot vouch for
      // (a bare present of an act, `VouchedTopic`) is said by the thing it is about rather
      // than lost to the next candidate ("you need people who learn fast").
      // Only a core with "new": a name ("your Crumb & Co") is no news.
      if problem(topic.text) != nil, !TopicRoutine.isRoutine(topic),
        let core = TopicCompletion.newsCore(topic.text),
        core.split(separator: " ").contains(where: { $0.lowercased() == "new" })
      {
        topic.text = core
      }
      guard problem(topic.text) == nil, seen.insert(topic.text).inserted else { return nil }
      return topic
    }
    // A drop never falls to the interview's routine while the employer's news can be said by
    // the thing it is about (`TopicCompletion.newsCore`). Only when all that is left is
    // routine: another topic of the employer's is said whole, and with nothing left the
    // discussion's own fallbacks read the person's words again.
    if var news = droppedNews, kept.allSatisfy(TopicRoutine.isRoutine),
      let core = TopicCompletion.newsCore(news.text), seen.insert(core).inserted
    {
      news.text = core
      kept.insert(news, at: 0)
    }
    return kept
  }

  /// The topic without a frame of talk before its thing: "telling me about the grow your own
  /// classes" is "the grow your own classes". The frame is how the person reported it ("he was
  /// really into telling me about ..."), and the note's own sentence already says the talk
  /// ("I really enjoyed hearing about telling me about ..." was the result).
  static func withoutTalkFrame(_ topic: String) -> String {
    let words = topic.split(separator: " ")
    // "iain went off on one about whole-life carbon costing": "one about" is the idiom's
    // rant, not a thing, whose subject is what follows "about".
    if words.count > 2, words[0].lowercased() == "one", words[1].lowercased() == "about" {
      return words[2...].joined(separator: " ")
    }
    guard let about = words.prefix(4).firstIndex(where: { $0.lowercased() == "about" }),
      about >= 1, about + 1 < words.count,
      talkVerbs.contains(words[0].lowercased()),
      words[1..<about].allSatisfy({ ["me", "us", "on", "all"].contains($0.lowercased()) })
    else { return topic }
    return words[(about + 1)...].joined(separator: " ")
  }

  /// Verbs of talk in the forms that open a reported topic: "telling me about", "going on
  /// about".
  private static let talkVerbs: Set<String> = [
    "telling", "talking", "going", "speaking", "chatting", "told", "talked", "went", "spoke",
  ]

  /// Pronouns in the object case; "her" is a determiner as often, so it is not read.
  private static let objectPronouns: Set<String> = ["you", "me", "him", "them", "us"]

  /// Words that open a thing: an indefinite pronoun or a determiner.
  private static let thingOpeners: Set<String> = [
    "something", "anything", "everything", "nothing", "someone", "somebody", "anyone",
    "anybody", "everyone", "the", "a", "an", "some", "this", "these", "those",
  ]

  /// Hedges and asides typed around a topic: "i guess", "lol", "tbh", "sorry", "maybe".
  private static let hedges: [[String]] = [
    ["i", "guess"], ["i", "think"], ["i", "suppose"], ["i", "spose"], ["lol"], ["haha"], ["tbh"],
    ["sorry"],
    ["maybe"], ["probably"], ["ig"], ["idk"], ["i", "reckon"], ["or", "something"], ["ok"],
  ]

  /// Chat words that no printable topic holds.
  private static let chatMarkers: Set<String> = [
    "lol", "haha", "lmao", "tbh", "ngl", "btw", "omg", "sorry", "inc", "idk", "pls", "plz", "u",
    "ur", "innit", "gonna", "wanna", "smh", "yeah", "nah", "ok", "okay",
  ]

  /// Verbs in their bare form that open a clause cut from its subject ("do all of december",
  /// "work weekends"): not a thing a noun-phrase frame can hold.
  private static let bareVerbs: Set<String> = [
    "do", "make", "get", "go", "come", "take", "give", "handle", "manage", "be", "have", "keep",
    "put", "bring", "find", "begin", "start", "mention", "say", "tell", "use", "hire", "sell",
    "launch", "build", "expand", "introduce", "include", "ask", "explain", "talk",
    // "focus on the offline part not Ghana": an instruction about the note, not a thing.
    "focus", "emphasise", "emphasize", "highlight", "stick", "pick", "choose",
  ]
}
