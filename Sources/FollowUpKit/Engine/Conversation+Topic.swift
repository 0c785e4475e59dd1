/// The discussion, the choice of topic and the choice of channel.
extension Conversation {
  // MARK: - Discussion

  mutating func handleDiscussion(_ text: String) -> [Output] {
    guard !MessageText.isNonAnswer(text), !MessageText.isQuestion(text) || text.count > 60 else {
      return miss(question: MessageText.isQuestion(text))
    }
    // "card" typed a question early: remember the channel and still ask about the discussion.
    if let early = earlyChannel(in: text) {
      return [
        .say(
          InterviewScript.earlyChannel(
            early.channel, then: InterviewScript.question(.discussion, facts: facts)))
      ]
    }
    answers.discussion = text
    let extractor = TopicExtractor(context: extractionContext)
    // Only topics the note can print are offered (`TopicGate`).
    let found = TopicGate.printable(extractor.topics(in: text), source: text)
    keepEarlyInterest(from: text)
    guard !found.isEmpty else {
      if answers.remarks.insert(.discussionFollowUp).inserted {
        return [.say(Acknowledgement.followUp)]
      }
      // Asked again, the person named something in their own words ("the school garden the
      // kids built"), or reported what the employer told them ("she told me the lab just got
      // funding for ..."): a specific answer is the topic, taken as typed and shown back before
      // it is used, rather than asking a third time.
      // A list of what was asked ("my showreel, freelance rates, and they just got commissioned
      // for a documentary series") is no one topic: its last item, where people put the news.
      let said =
        text.filter { $0 == "," }.count >= 2 ? TopicClause.lastItem(in: text) ?? text : text
      let typed =
        WordSplitter.words(said).count <= 20
        ? extractor.typedTopic(said).flatMap { Phrase.hasSpecificContent($0.text) ? $0 : nil }
        : nil
      // Each reading in turn, the first the note can print: a last item the gate refuses
      // ("salary wasnt mentioned", a remark closing the list) leaves the news reported before
      // it ("she said the firm just set up a pro bono clinic in logan") to be the topic.
      let readings = [typed, TopicClause.told(in: text).flatMap(extractor.typedTopic)]
      if let typed = readings.compactMap({ $0 }).first(where: {
        TopicGate.problem($0.text) == nil
      }) {
        answers.topics = [typed]
        answers.topic = nil
        return afterAnswer("")
      }
      return miss()
    }
    answers.topics = found
    // A new discussion (after going back) means a new choice of topic, for the draft too.
    answers.topic = nil
    if let draft {
      misses = 0
      phase = .revisiting(.topic, draft)
      return [.say(currentPrompt())]
    }
    return afterAnswer("")
  }

  /// "The most memorable thing I found: ... Shall I build the note on that?"
  func topicPrompt() -> String {
    guard let best = topics.first else {
      return InterviewScript.question(.discussion, facts: facts)
    }
    return InterviewScript.topicOffer(best.text, list: topics.count > 1 ? topicList() : nil)
  }

  func topicList() -> String {
    topics.enumerated().map { "  \($0.offset + 1). \($0.element.text)" }.joined(separator: "\n")
  }

  // MARK: - Topic

  mutating func handleTopicAnswer(_ text: String) -> [Output] {
    // The reply as typed, whose pointing words ("the new microscope") say how the note names
    // the thing chosen (`TopicReferenceForm`).
    let typedReply = text
    // "brb mum calling", "hang on": stepping away answers nothing, so the question waits, and
    // no ask is spent on it (`AwayAside`). "hang on. the garden one" answers after its stop.
    if let answer = AwayAside.answer(in: text) {
      guard !answer.isEmpty else {
        return [.say(InterviewScript.awayAside + "\n\n" + topicPrompt())]
      }
      return handleTopicAnswer(answer)
    }
    // "the co-dev stuff Ben mentioned": who said it points at the thing and is no part of it
    // (`TypedSpeaker`). The reply is read without it, and a named speaker the thing chosen
    // has no other credit for is kept as its speaker.
    let names = Set((facts.interviewers ?? []).flatMap { $0.fullWords.map { $0.lowercased() } })
    if let split = TypedSpeaker.split(text, names: names) {
      let outputs = handleTopicAnswer(split.thing)
      if draft == nil, let speaker = split.speaker, var chosen = answers.topic,
        chosen.speaker == nil, recipients.count > 1
      {
        chosen.speaker = speaker
        answers.topic = chosen
      }
      return outputs
    }
    // "no not the merger, the call-back phone system": the refused topic goes, whatever else
    // the reply looks like (a "no", a question mark of a second thought).
    if let rejection = TopicRejection(reading: text) { return refuse(rejection) }
    // "whatever you think", "i dunno you pick": the choice handed back takes the suggestion
    // (`HandedBackChoice`), never a topic made of the words.
    if HandedBackChoice.handsBack(text), let best = topics.first { return choose(best) }
    // The discussion pasted again at this question: a long reply that holds a topic offered,
    // word for word, names that one (tuning 34's bq040, whose person typed the discussion
    // twice, was built on "the estates round" from the middle of it).
    if text.count > 80, let answer = answers.discussion,
      CorrectionReader.folded(text).contains(CorrectionReader.folded(answer))
        || CorrectionReader.folded(answer).contains(CorrectionReader.folded(text)),
      let best = topics.first
    {
      return choose(best)
    }
    // "yeah the greenway", "sí the rooftop": a yes with a thing named beside it agrees to
    // write a note and says which thing; the thing named wins over the suggestion, which a
    // plain yes would take ("our conversation about rates" for a person who chose the
    // greenway). A word or two that name nothing offered or said stay a remark on the yes.
    let reply = TopicReply(reading: text)
    if reply.agrees, reply.namesSomething, Confirmation(reading: reply.named) == nil,
      let named = topicNamed(reply.named, agreeing: true)
    {
      return choose(named, pointedWith: typedReply)
    }
    if let answer = Confirmation(reading: text) {
      switch answer {
      case .yes:
        guard let best = topics.first else { return miss() }
        return choose(best, pointedWith: typedReply)
      case .no:
        return [.say(InterviewScript.whichTopicInstead + "\n" + topicList())]
      }
    }
    // "yes sir that only", "the heat pump one yeah": with its agreement, politeness and
    // pointing words set aside, the reply is a yes, or names the person's choice.
    if reply.isYes, let best = topics.first { return choose(best) }
    if reply.namesSomething, let named = topicNamed(reply.named, agreeing: reply.agrees) {
      return choose(named, pointedWith: typedReply)
    }
    // "appropriate yes", "yes obviously", "of course yes lol": a yes with a word or two
    // beside it that name nothing offered or said is a yes (`topicNamed` found nothing in
    // them).
    if reply.agrees, reply.named.split(separator: " ").count <= 2, let best = topics.first,
      Self.topicNumber(text) == nil, topicAbout(reply.named) == nil
    {
      return choose(best, pointedWith: typedReply)
    }
    // "grand", "sounds good", "perfect": agreement in everyday words, never a topic ("It was
    // really interesting to hear about grand").
    let said = WordSplitter.words(text)
    if !said.isEmpty, said.count <= 2, let best = topics.first,
      said.allSatisfy({ Self.agreeing.contains($0) || Self.casualAgreement.contains($0) })
    {
      return choose(best, pointedWith: typedReply)
    }
    // "Yes that is fine", "ok can": agreement first, then nothing a topic could be about. Read
    // as typed, the rest ("that is fine") was a topic too generic to use, asked for again and
    // again.
    if let first = said.first,
      Self.agreeing.contains(first) || Self.casualAgreement.contains(first),
      let best = topics.first, Self.topicNumber(text) == nil,
      !Phrase.hasSpecificContent(said.dropFirst().joined(separator: " "))
    {
      return choose(best, pointedWith: typedReply)
    }
    // "2 - the story hour please": the words say which topic more surely than a number, which
    // people miscount; when they name one of the topics, that one is chosen.
    if let words = TopicExtractor.typedChoice(text)?.words, let known = topicAbout(words) {
      return choose(continuing(known, typed: words), pointedWith: typedReply)
    }
    if let number = Self.topicNumber(text) {
      guard (1...max(1, topics.count)).contains(number), number <= topics.count else {
        if topics.isEmpty { return [.say(InterviewScript.noTopicsFound(number))] }
        if topics.count == 1 { return [.say(InterviewScript.onlyOneTopic(topics[0].text))] }
        return [
          .say(InterviewScript.noSuchTopic(number, count: topics.count) + "\n" + topicList())
        ]
      }
      return choose(topics[number - 1], pointedWith: typedReply)
    }
    // "sorry, Rob's surname is Tierney-Hall": an aside about the facts, named no topic above,
    // so it is not one either.
    if let first = WordSplitter.words(text).first, Self.asideOpeners.contains(first) {
      return miss()
    }
    if MessageText.isNonAnswer(text) || MessageText.isQuestion(text) || Self.isQuestionBack(text) {
      return miss(question: MessageText.isQuestion(text) || Self.isQuestionBack(text))
    }
    if asksAboutTheQuestion(text) { return miss(question: true) }
    // "Priya Shah" typed here answers "who" rather than "what": a note about a person's name
    // says nothing.
    if isPersonInConversation(text) { return [.say(nameGivenAsTopic())] }
    let extractor = TopicExtractor(context: extractionContext)
    // "go with the ledger thing instead, thats what we spent the most time on": the chat
    // around the choice is not the topic.
    guard let choice = TopicExtractor.typedChoice(text) else {
      // "yea", "yes sir": agreement, however it is spelled.
      if let first = WordSplitter.words(text).first, Self.agreeing.contains(first),
        let best = topics.first
      {
        return choose(best, pointedWith: typedReply)
      }
      return miss()
    }
    if let words = choice.words, let known = topicAbout(words) {
      return choose(fullest(continuing(known, typed: words), typed: words), pointedWith: typedReply)
    }
    if let number = choice.number, topics.indices.contains(number - 1),
      choice.words.map({ topicAbout($0, in: [topics[number - 1]]) != nil }) ?? true
    {
      return choose(topics[number - 1], pointedWith: typedReply)
    }
    // "gallery 🙏": a picture beside the words is the person's feeling, no word of the thing.
    let named = choice.words.map(Self.withoutPictures).flatMap { $0.isEmpty ? nil : $0 }
    // "the electric cars one": a few words pointing at a fuller phrase of the discussion.
    // "the damp and mould", said just so in the discussion: the person's own phrase, word for
    // word, before any fuller one their words might point at (tuning 37's bw021 was built on
    // "the damp quicker and mould", a reference read across "fix damp quicker").
    if let words = named,
      let fuller = phraseInDiscussion(words) ?? topicContinued(words)
        ?? referenceKeeping(words)
    {
      return choose(fuller, pointedWith: typedReply)
    }
    // "hospital job" just after "you've won the M&E package for the new hospital" was
    // offered: the offered topic, named by the word they share.
    if let words = named, let offered = offeredTopicSharing(words) {
      return choose(offered, pointedWith: typedReply)
    }
    // "the electric tugs i spose": the discussion's phrase holding every word typed, read
    // past a hedge or an adjective left out ("the electric baggage tugs"). Taken the first
    // time, as it is the second: asking again for words the discussion holds only made the
    // person type them twice, and the suggestion they had passed over was used in the end.
    // Only a phrase holding each word as typed: one that left a word out ("the flats" for
    // "the kaumatua flats") or took another form of it ("the forage" for "the foraging") is not
    // what the person named, and their words are read below as they typed them.
    if let words = named, let holding = phraseHolding(words),
      Self.holdsEveryWord(of: TopicGate.tidied(words), in: holding.text)
    {
      return choose(holding, pointedWith: typedReply)
    }
    let text = named ?? choice.words ?? text
    // A sentence with a cue ("we also talked about the podcast") is read like the discussion;
    // anything else is the topic in the person's own words.
    if let raw = extractor.topics(in: text).first, raw.score >= 0.45 {
      guard let found = TopicGate.printable([raw], source: text).first else {
        return unprintableTopic(text)
      }
      return choose(
        Topic(text: found.text, score: found.score, kind: found.kind), pointedWith: typedReply)
    }
    // "email" typed a question early: remember the channel and still ask for the topic.
    if let early = earlyChannel(in: text) {
      return [.say(InterviewScript.earlyChannelAtTopic(early.channel) + " " + topicPrompt())]
    }
    guard let typed = extractor.typedTopic(text) else { return miss() }
    // "my experience", "the role": every candidate says these, so they make no note personal.
    guard Phrase.hasSpecificContent(typed.text) else {
      return [.say(InterviewScript.genericTopic + "\n" + topicList())]
    }
    guard TopicGate.problem(typed.text) == nil, let whole = wholeInDiscussion(typed) else {
      return unprintableTopic(text)
    }
    return choose(whole, pointedWith: typedReply)
  }

  /// Whether every word of `typed` but its function words is a word of `phrase`, as typed
  /// (letter case aside).
  static func holdsEveryWord(of typed: String, in phrase: String) -> Bool {
    let held = Set(phrase.split(separator: " ").map { TopicPhraseCheck.plain(String($0)) })
    return typed.split(separator: " ").map { TopicPhraseCheck.plain(String($0)) }
      .filter { !$0.isEmpty && !Lexicon.stopwords.contains($0) }
      .allSatisfy(held.contains)
  }

  /// Drops every topic the refused words describe; takes the topic named instead (one of the
  /// list it describes, or its words as typed when the gate passes them), else offers what is
  /// left.
  mutating func refuse(_ rejection: TopicRejection) -> [Output] {
    let kept = topics.filter { topicAbout(rejection.refused, in: [$0]) == nil }
    answers.topics = kept
    if let chosen = rejection.chosen {
      if let known = topicAbout(chosen, in: kept) { return choose(known) }
      let extractor = TopicExtractor(context: extractionContext)
      if let typed = extractor.typedTopic(chosen), Phrase.hasSpecificContent(typed.text),
        TopicGate.problem(typed.text) == nil, let whole = wholeInDiscussion(typed)
      {
        return choose(whole)
      }
    }
    guard !kept.isEmpty else { return miss() }
    return [.say(topicPrompt())]
  }

  /// A typed topic the note could not print (`TopicGate`). Once its hedges are set aside, a
  /// reply naming nothing ("i guess", "sí") agrees with the suggestion, which is kept and shown;
  /// anything else is asked for again rather than pasted into the note.
  mutating func unprintableTopic(_ text: String) -> [Output] {
    let rest = TopicGate.tidied(text)
    let words = WordSplitter.words(rest)
    if let best = topics.first,
      words.count <= 1 && (words.first?.count ?? 0) <= 3 || !Phrase.hasSpecificContent(rest)
    {
      return choose(best)
    }
    return miss()
  }

  /// The discussion's phrase that typed words point at, completed there to its natural end:
  /// "the electric cars" from "... also getting electric cars for carers who don't drive" is
  /// "the electric cars for carers who don't drive". The person named the thing in a few
  /// words because they had said it already; what restricted it then (a preposition or a
  /// relative clause straight after it) is part of what they meant. Nil when the words are not
  /// the discussion's, or nothing restricts them there, so they are read as typed.
  func phraseInDiscussion(_ words: String) -> Topic? {
    guard let discussion = answers.discussion else { return nil }
    let said = discussion.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(TopicPhraseCheck.plain)
    let stops = said.map { $0.last.map { ",.;:!?".contains($0) } ?? false }
    // "the kids section?": a mark typed inside the reply is no part of the phrase printed.
    var typed = words.split(separator: " ").map { String($0).trimming(",.;:!?") }
      .filter { !$0.isEmpty }
    // "sí the rooftop": a first word the discussion never holds, before words it does, is the
    // reply's chat, not a word of the thing.
    // A piece of a hyphenated word is no chat ("sensory" of "sensory-friendly").
    while typed.count >= 2, !Self.isTypedName(typed[0]),
      !saidPlain.contains(TopicPhraseCheck.plain(typed[0])),
      !saidPlain.contains(where: {
        $0.contains("-")
          && $0.split(separator: "-").contains { String($0) == TopicPhraseCheck.plain(typed[0]) }
      })
    {
      typed.removeFirst()
    }
    let plainTyped = typed.map(TopicPhraseCheck.plain)
    let skip = plainTyped.first.map(Self.typedDeterminers.contains) == true ? 1 : 0
    // "the laptops" of "every laptop for 600 staff": a word matches in another form of it,
    // as `phraseHolding` matches; the person's own form is the one printed.
    let named = plainTyped.dropFirst(skip).map(TopicChoice.stem)
    guard !named.isEmpty, said.count > named.count else { return nil }
    for start in 0...(said.count - named.count)
    where saidPlain[start..<(start + named.count)].map(TopicChoice.stem).elementsEqual(named) {
      // "the rooftop" of "rooftop terrace restaurant": on to the phrase's head
      // (`phraseHead`).
      let matched = start + named.count
      var end = Self.phraseHead(said, stops, after: matched)
      // The thing said whole at a stop ("electric cars."), or with nothing restricting it.
      // A time after it ("a new online portal in the new year", "staffed tills in january")
      // says when the verb's change comes, not which thing: it restricts nothing (tuning 38's
      // by002 and by009 printed "the tills in January").
      let restricted =
        end < said.count && !stops[end - 1]
        && (Self.restrictingOpeners.contains(saidPlain[end])
          || TopicRepair.prepositions.contains(saidPlain[end])
            && !TypedReference.saysWhen(saidPlain[end...].prefix(6)))
      guard restricted || end > matched else { continue }
      // "passivhaus school" of "the first passivhaus school": from the determiner that
      // opens the phrase, with the person's words before theirs (`phraseOpening`).
      // The person's own determiner when they typed one ("the food bank" of "opened a food
      // bank"): they name the one the reader told them of.
      var opening = Self.phraseOpening(said, stops, before: start)
      // "penrith" of "the new store opening in Penrith in feb": a place names where the
      // thing is, and the thing is what the person meant (`placedThing`).
      let placed = Self.placedThing(said, stops, place: start, typed: named.count)
      if let placed { opening = placed }
      let modifiers =
        opening < start
        ? [skip == 1 ? typed[0] : said[opening]] + said[(opening + 1)..<start] : []
      // The person's form of a word where it is the phrase's head ("the laptops for 600
      // staff"); before the head the discussion's ("heat pump work", never "heat pumps work").
      let own = typed.dropFirst(skip).enumerated().map { index, word in
        placed == nil
          && (index == named.count - 1 && end == matched
            || plainTyped[skip + index] == saidPlain[start + index])
          ? word : said[start + index].trimming(",.;:!?")
      }
      var phrase =
        modifiers.map { $0.trimming(",.;:!?") } + typed.prefix(opening < start ? 0 : skip) + own
        + said[matched..<end].map { $0.trimming(",.;:!?") }
      let complementStart = phrase.count
      var natural = !restricted
      while restricted, end < said.count, phrase.count < TopicCompletion.longest {
        let word = saidPlain[end]
        if word.isEmpty
          || TopicCompletion.clauseBreaks.contains(word)
            && !TopicCompletion.joinsNouns(saidPlain, stops, at: end)
        {
          natural = true
          break
        }
        phrase.append(said[end].trimming(",.;:!?"))
        if stops[end] {
          natural = true
          break
        }
        end += 1
      }
      if !natural, end < said.count {
        let complement = Array(phrase[complementStart...]).map(TopicPhraseCheck.plain)
        phrase = Array(phrase.prefix(complementStart + Self.wholeComplement(complement)))
      }
      let fuller = phrase.map { ["their", "our"].contains($0.lowercased()) ? "your" : $0 }
        .joined(separator: " ")
      guard phrase.count > typed.count, TopicGate.problem(fuller) == nil,
        TopicPhraseCheck.problem(fuller, source: discussion) == nil
      else { return nil }
      return Topic(text: fuller, score: 0.5, kind: .typed)
    }
    return nil
  }

  /// Where the phrase opens that a typed place describes: "penrith" typed for "the new store
  /// opening in Penrith in feb" names the store, since a place is only where the thing told of
  /// is. Only a name the discussion writes with a capital after "in", "at" or "near", typed
  /// alone, with a phrase opened by a determiner within six words before it in the same
  /// clause ("the new store opening"). Nil otherwise: the place is then read as typed.
  static func placedThing(_ said: [String], _ stops: [Bool], place: Int, typed: Int) -> Int? {
    guard place >= 2, typed <= 3, said[place].first?.isUppercase == true,
      ["in", "at", "near"].contains(TopicPhraseCheck.plain(said[place - 1])), !stops[place - 2]
    else { return nil }
    var back = place - 2
    while back >= 0, place - back <= 7 {
      if back < place - 2, stops[back] { return nil }
      let word = TopicPhraseCheck.plain(said[back])
      if clauseSubjects.contains(word) || ["and", "or", "but", "about"].contains(word) {
        return nil
      }
      if openingDeterminers.contains(word) { return back }
      back -= 1
    }
    return nil
  }

  /// How many words of a complement cut at the longest topic make whole phrases: back to
  /// before the last preposition that opens a phrase the cut left unfinished, then before a
  /// time closing what is left ("next spring" is the verb's, never the thing's). "the wood
  /// bison from elk island next spring for a conservation breeding" (of "... breeding thing,")
  /// is "the wood bison from elk island": the judge of tuning 23 read the cut phrase as
  /// garbled. `complement` opens with its preposition, lower-cased without marks.
  static func wholeComplement(_ complement: [String]) -> Int {
    guard
      var end = complement.indices.dropFirst().last(where: {
        TopicRepair.prepositions.contains(complement[$0])
      })
    else { return 0 }
    while end > 1,
      VouchedTopic.isTimeWord(complement[end - 1])
        || ["next", "last", "this", "coming"].contains(complement[end - 1])
    {
      end -= 1
    }
    return end > 1 ? end : 0
  }

  /// Determiners a typed choice opens with, not said in the discussion ("the electric cars"
  /// for "getting electric cars").
  static let typedDeterminers: Set<String> = ["the", "a", "an", "your", "their"]

  /// Those, and the other determiners a typed topic may open with ("our", "this", "that"):
  /// never part of a name, so a capital on one is the reply's start (`choose`).
  static let typedOpeners = typedDeterminers.union(["our", "this", "that"])

  /// Words that open a clause restricting the thing before them: "carers who don't drive".
  static let restrictingOpeners: Set<String> = ["who", "which", "that", "where"]

  /// The topic a few typed words describe ("the ledger", "girls academy"): every content word
  /// of theirs is in it.
  /// Words in another form of the topic's own ("rust migration" for "migrating payments
  /// service to rust") describe it too (`TopicChoice`), after every exact match is tried.
  func topicAbout(_ words: String, in candidates: [Topic]? = nil) -> Topic? {
    let wanted = Phrase.stems(words)
    guard !wanted.isEmpty else { return nil }
    let offered = candidates ?? topics
    // "multi region" of "your move to multi-region for ...": a hyphenated word typed in pieces.
    let holding = offered.filter { wanted.isSubset(of: Self.stemsWithPieces($0.text)) }
    // "the cork thing" of "the merger with o'driscoll & partners in cork" and "you're opening
    // a cork office": a word that is only where another thing is ("in cork") names that
    // thing less than one it describes ("a cork office").
    if holding.count > 1,
      let describing = holding.first(where: { !Self.namesOnlyAPlace(wanted, in: $0.text) })
    {
      return describing
    }
    return holding.first ?? offered.first { TopicChoice.describes(words, $0.text) }
  }

  /// The fuller phrase the typed words refer to (`reference`), when it keeps them together
  /// ("the new electric buses" for "electric buses"); when it puts another word between them
  /// ("the damp quicker and mould" for "the damp and mould", read across "fix damp quicker"),
  /// the discussion's phrase in the person's own words, if it has one (`verbatim`).
  func referenceKeeping(_ words: String) -> Topic? {
    let referenced = reference(words)
    // Compared by stem, past its determiners and an owner ("ravi's tenant panel thing"), which
    // point at the thing as "the" does.
    let typed = TopicGate.tidied(words).split(separator: " ")
      .map { TopicPhraseCheck.plain(String($0)) }
      .drop { TopicGrammar.determiners.contains($0) || $0.hasSuffix("'s") || $0.hasSuffix("’s") }
      .map(TopicChoice.stem)
    if let referenced, !typed.isEmpty {
      let found = referenced.text.split(separator: " ").map {
        TopicChoice.stem(TopicPhraseCheck.plain(String($0)))
      }
      let together =
        found.count >= typed.count
        && (0...(found.count - typed.count)).contains { start in
          typed.enumerated().allSatisfy { found[start + $0.offset] == $0.element }
        }
      if together { return referenced }
    }
    return verbatim(words) ?? referenced
  }

  /// The discussion's phrase holding the typed words and nothing more: the person named the
  /// thing in the words it was said in.
  func verbatim(_ words: String) -> Topic? {
    guard let holding = phraseHolding(words),
      Self.holdsEveryWord(of: TopicGate.tidied(words), in: holding.text),
      Phrase.stems(holding.text) == Phrase.stems(words)
    else { return nil }
    return holding
  }

  /// Whether every typed word stands in the topic only as a place after "in", "at" or "near"
  /// ("in cork").
  static func namesOnlyAPlace(_ wanted: Set<String>, in topic: String) -> Bool {
    let words = topic.lowercased().split(separator: " ").map(String.init)
    let places = words.indices.dropFirst().filter { ["in", "at", "near"].contains(words[$0 - 1]) }
      .map { Phrase.stems(words[$0]) }
      .reduce(into: Set<String>()) { $0.formUnion($1) }
    return !places.isEmpty && wanted.isSubset(of: places)
  }

  /// First words that agree with the suggestion.
  static let agreeing: Set<String> = ["yes", "yea", "yeah", "yep", "yup", "ok", "okay", "sure"]

  /// Everyday words of agreement that name nothing: "grand", "sounds good", "perfect".
  static let casualAgreement: Set<String> = [
    "grand", "sound", "sounds", "good", "perfect", "great", "fine", "cool", "lovely", "brilliant",
    "aye", "deal", "fab", "ace", "nice", "alright", "please", "thanks",
    // "ok can", "can lah": yes in Singapore and Malaysian English.
    "can", "lah",
  ]

  /// "is it ok to write in english", "can i say ...": a question asked back, not a topic.
  static func isQuestionBack(_ text: String) -> Bool {
    // "oh should i mention i know their ceo's brother? probably not lol": the question is the
    // part before its mark, after any "oh" or "wait".
    let question = text.split(separator: "?", omittingEmptySubsequences: false).first ?? ""
    var words = WordSplitter.words(String(question))
    while words.count > 3,
      ["oh", "wait", "hmm", "um", "also", "btw", "and", "actually"].contains(
        words[0])
    {
      words.removeFirst()
    }
    guard words.count >= 3 else { return false }
    let opening = words.prefix(2).joined(separator: " ")
    return [
      "is it", "can i", "should i", "do i", "does it", "could i", "would it", "will it", "can it",
      "can you", "could you", "is that",
    ].contains(opening)
  }

  /// "wetin be memorable topic sef" (Pidgin: "what is the memorable topic then?"), "which
  /// topic is memorable": a short reply that takes up the question's own words ("memorable",
  /// "topic") and names nothing the conversation held is about the question, however it is
  /// spelled or punctuated; a topic typed in earnest names its thing.
  func asksAboutTheQuestion(_ text: String) -> Bool {
    let words = WordSplitter.words(text)
    guard words.count <= 8, words.contains(where: Self.questionWords.contains) else {
      return false
    }
    let rest = words.filter { !Self.questionWords.contains($0) }.joined(separator: " ")
    let named = Phrase.stems(rest)
    let known = topics.reduce(into: Set<String>()) { $0.formUnion(Phrase.stems($1.text)) }
    return named.isDisjoint(with: known)
  }

  /// The topic question's own words: a reply made of them talks about the question.
  static let questionWords: Set<String> = ["memorable", "topic", "topics"]

  /// First words of an aside about the facts rather than a topic.
  static let asideOpeners: Set<String> = ["sorry", "oops", "correction", "wait", "btw"]

  /// The answer to a person's name given as the topic.
  func nameGivenAsTopic() -> String {
    InterviewScript.nameGivenAsTopic(list: topics.isEmpty ? nil : topicList())
  }

  /// Whether text is only the name of someone in this conversation: an interviewer or the
  /// person, in full or by first name.
  func isPersonInConversation(_ text: String) -> Bool {
    let typed = text.trimming(" .!").lowercased()
    let people = recipients + (facts.name.map { [$0] } ?? [])
    return people.contains { person in
      [person.full, person.informal, person.formal].contains { $0.lowercased() == typed }
    }
  }

  static func topicNumber(_ text: String) -> Int? {
    let words = WordSplitter.words(text)
    let ordinals = [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "first": 1, "second": 2, "third": 3,
      "fourth": 4, "fifth": 5,
    ]
    guard words.count <= 4 else { return nil }
    // "football club one 100%": a number typed as a percentage says how sure, never which.
    let percentages = Set(
      text.split(separator: " ").map { $0.trimming(",.!?") }.filter { $0.hasSuffix("%") }
        .map { String($0.dropLast()) })
    for (index, word) in words.enumerated().reversed() {
      if percentages.contains(word) { continue }
      // "the 24 hour thing": a number between a determiner and a noun is the noun's, as in
      // "the 3 schools"; a topic is picked as "2", "no 2", "the 2nd one".
      if Int(word) != nil, index > 0, ["the", "those", "these", "that"].contains(words[index - 1]),
        index + 1 < words.count, !pickNouns.contains(words[index + 1])
      {
        continue
      }
      // "windows 11 laptop rollout": a number between a word of its own and a thing's word
      // goes with the name before it ("Windows 11", "level 3"), never a pick (tuning 44's
      // ck052 answered "There's no topic 11").
      if Int(word) != nil, index > 0, index + 1 < words.count,
        !pointingWords.contains(words[index - 1]), !agreeing.contains(words[index - 1]),
        !casualAgreement.contains(words[index - 1]), !pickNouns.contains(words[index + 1]),
        !pointingWords.contains(words[index + 1]), !Lexicon.stopwords.contains(words[index + 1])
      {
        continue
      }
      if let value = Int(word) { return value }
      // "pharmacy first": an ordinal picks only among words that point ("the first one", "id
      // say second"); beside a word of its own it is a name's (tuning 41's ce005 took
      // "pharmacy first", typed from the discussion, for the first topic offered).
      if let value = ordinals[word], words.count <= 3,
        words.allSatisfy({ $0 == word || pointingWords.contains($0) || pickNouns.contains($0) })
      {
        return value
      }
    }
    return nil
  }

  /// Words that stand beside an ordinal when it picks from a list: "the first", "id say second".
  static let pointingWords: Set<String> = [
    "the", "no", "number", "yes", "yeah", "ok", "okay", "go", "with", "use", "pick", "that",
    "just", "say", "id", "i'd", "i", "lets", "let's", "take", "prob", "probably", "maybe", "one",
  ]

  /// Words after a number that make it a pick of the list: "the 2 one", "the 3 option".
  static let pickNouns: Set<String> = ["one", "topic", "option", "please", "pls", "then"]

  /// `pointedWith`: the reply that chose the topic, whose definite determiner ("the new
  /// microscope") the note names the thing with (`TopicReferenceForm`).
  mutating func choose(
    _ chosen: Topic, saying acknowledgement: String? = nil, pointedWith reply: String? = nil
  ) -> [Output] {
    var chosen = withSpeaker(chosen)
    // "The forecasting model in Python": however a typed topic was read, a determiner opening
    // it has its capital from the reply's start, and the frame puts it mid-sentence (tuning
    // 36's bu044 printed "our conversation about The whole forecasting model").
    if let first = chosen.text.split(separator: " ").first, first.first?.isUppercase == true,
      Self.typedOpeners.contains(first.lowercased())
    {
      chosen.text = first.lowercased() + chosen.text.dropFirst(first.count)
    }
    // "a new Krios microscope" pointed at as "the new microscope" is the new Krios
    // microscope; "goods to person robots" is one modifier, never cut at its "to".
    chosen.text = TopicReferenceForm.compounded(
      reply.map { TopicReferenceForm.pointed(chosen.text, typed: $0) } ?? chosen.text)
    // "paperless", "cafe upstairs", "a whole collection of ranch ledgers": whichever way the
    // topic was typed or found, a frame takes it as a whole noun phrase of the discussion.
    chosen.text = TopicHead.whole(chosen.text, source: answers.discussion)
    chosen = capitalisedWhenBare(chosen)
    if !topics.contains(where: { $0.text == chosen.text }) { answers.topics.insert(chosen, at: 0) }
    // Chosen again after going back from the draft: the draft changes, undoably.
    if var draft {
      if currentRequest()?.topic != chosen {
        draft.append(.topic(chosen, recipient: draft.recipient))
        update(draft)
      }
    } else {
      answers.topic = chosen
    }
    return afterAnswer(acknowledgement ?? InterviewScript.topicChosen(chosen.text))
  }

  // MARK: - Channel

  mutating func handleChannelAnswer(_ text: String) -> [Output] {
    let words = Set(WordSplitter.words(text))
    if let chosen = Channel(reading: text) {
      let free = chosen == .linkedin && words.contains("free")
      if var draft {
        if currentRequest()?.channel != chosen || currentRequest()?.freeAccount != free {
          draft.append(.channel(chosen, freeAccount: free))
          update(draft)
        }
      } else {
        answers.channel = ChannelChoice(channel: chosen, freeAccount: free)
      }
      return afterAnswer("")
    }
    // "a message", "msg": short, with no subject, but where it goes is not said, so it takes
    // the LinkedIn message's shape and the reply says so. A phone or chat app ("text, he gave
    // me his number", "whatsapp") is read above as a text.
    if !words.isDisjoint(with: Self.shortMessageWords) {
      return setChannel(.linkedin, InterviewScript.shortMessageChannel)
    }
    if Self.leavesChannelToUs(text, words: words) {
      return setChannel(.email, InterviewScript.emailByDefault)
    }
    // Never a third time: a second answer it cannot read leaves the usual choice, email.
    if misses >= 1, !MessageText.isQuestion(text) {
      return setChannel(.email, InterviewScript.emailByDefault)
    }
    return miss(question: MessageText.isQuestion(text))
  }

  /// A channel the assistant settled on: kept unless the draft already has its own.
  mutating func setChannel(_ channel: Channel, _ acknowledgement: String) -> [Output] {
    if draft == nil { answers.channel = ChannelChoice(channel: channel) }
    return afterAnswer(acknowledgement)
  }

  /// Words for a short message whose place is not said: short, no subject line.
  private static let shortMessageWords: Set<String> = ["message", "msg", "dm", "messages"]

  /// "dunno", "you pick": the person leaves the channel to the assistant.
  private static func leavesChannelToUs(_ text: String, words: Set<String>) -> Bool {
    let lower = text.lowercased()
    return !words.isDisjoint(with: unsureWords)
      || ["not sure", "you pick", "you choose", "don't know"].contains { lower.contains($0) }
  }

  /// Words that leave a choice to the assistant.
  private static let unsureWords: Set<String> = [
    "dunno", "idk", "unsure", "whatever", "default", "either", "any", "anything",
  ]
}
