/// A topic named in a few words at the topic question, resolved to what the person meant.
extension Conversation {
  /// A topic of one lower-case word that English counts, written with a capital when the
  /// person never gives it an article: "makaton" in "they use makaton signing with all the
  /// babies" and "we used makaton with him" is a name (Makaton), since a singular count noun
  /// cannot stand bare in English; "talking about makaton" read as a common noun left without
  /// its article (tuning 49's cu018). A word the person writes with a determiner anywhere
  /// ("the merger") is a common noun, and is left as it is.
  func capitalisedWhenBare(_ topic: Topic) -> Topic {
    let word = topic.text
    guard TopicGrammar.isBareCountNoun(word) else { return topic }
    let said = answers.discussion ?? ""
    let words = WordSplitter.words(said)
    let uses = words.indices.filter { words[$0] == word }
    guard !uses.isEmpty,
      !uses.contains(where: { $0 > 0 && FieldShape.determiners.contains(words[$0 - 1]) })
    else { return topic }
    var named = topic
    named.text = word.prefix(1).uppercased() + word.dropFirst()
    return named
  }

  /// The topic a reply's words name: one of the topics offered that holds them all, else the
  /// fuller phrase of the discussion they come from, else the words as typed when the note
  /// can print them. Nil when none of these is printable.
  ///
  /// The person names a thing in a few words because they said it already: "mental health
  /// car" is "the new mental health triage car" of their discussion, and the note uses their
  /// fuller words.
  func topicNamed(_ typed: String, agreeing: Bool = false) -> Topic? {
    // "the minibuses thing": the word for a topic is no part of it.
    // "gallery 🙏": a picture typed beside the words is the person's feeling, no word of the
    // thing; left in, it was a word the discussion never holds, and the reply was not found.
    let words = Self.withoutPictures(TopicExtractor.typedChoice(typed)?.words ?? typed)
    if let known = topicAbout(words) { return fullest(known, typed: words) }
    if let fuller = phraseInDiscussion(words) ?? phraseHolding(words) {
      // "hmm you think the manchester office? ok yes": the discussion's phrase is thin beside
      // the offered topic that holds it ("you're opening a Manchester office next year"),
      // which says what was told about the thing; that topic is the one named.
      let holding = topicAbout(fuller.text)
      if let holding, Phrase.stems(holding.text).count > Phrase.stems(fuller.text).count {
        return holding
      }
      // "yes, packaging": beside a yes, one common word that no offered topic holds says too
      // little to stand for what was told ("our conversation about packaging" for the switch to
      // recyclable trays by 2027); the yes takes the suggestion, unless it is routine. A name
      // ("Valencia") says which thing it is, and so does "the van" typed with its article:
      // the person points at the one thing they were told of.
      let pointed = words.split(separator: " ").contains {
        ["the", "this", "that", "your", "their"].contains($0.lowercased())
      }
      if agreeing, !pointed, isThin(fuller.text), let best = topics.first,
        !TopicRoutine.isRoutine(best)
      {
        return nil
      }
      return fuller
    }
    // "yes obviously", "appropriate yes", "of course yes": beside a yes, a word or two that
    // neither a topic offered nor the discussion holds is a remark on the yes, not a thing to
    // write about.
    if agreeing, words.split(separator: " ").count <= 2 { return nil }
    if let referenced = reference(words) { return referenced }
    if let offered = offeredTopicSharing(words) { return offered }
    // "the brewery takeover i guess": the hedge is no part of the topic.
    let typed = TopicExtractor(context: extractionContext).typedTopic(TopicGate.tidied(words))
    guard let typed, Phrase.hasSpecificContent(typed.text), TopicGate.problem(typed.text) == nil
    else { return nil }
    return wholeInDiscussion(typed)
  }

  /// The words of a reply without those made only of pictures (emoji and their joiners).
  static func withoutPictures(_ text: String) -> String {
    text.split(separator: " ").filter { word in
      !word.unicodeScalars.allSatisfy { scalar in
        !scalar.isASCII
          && (scalar.properties.isEmoji || scalar.properties.isVariationSelector
            || scalar.properties.isJoinControl)
      }
    }.joined(separator: " ")
  }

  /// The discussion's phrase that typed words refer to (`TypedReference`): "solar on the
  /// school" is "the huge solar array on the new elementary school". Nil when the discussion
  /// holds none of the reply's phrases.
  func reference(_ words: String) -> Topic? {
    guard let discussion = answers.discussion,
      let text = TypedReference(discussion: discussion)?.resolved(words)
    else { return nil }
    // "the call in show": the phrase found ("the weekly call-in show about local food") is
    // thin beside the offered topic that holds it ("you're launching a weekly call-in show
    // about local food and farming"), which says what was told; that topic is the one named,
    // as for a phrase typed as said (`topicNamed`).
    // Not a doing with no one doing it ("starting a virtual CFO service"): the thing reads
    // better than the bare "-ing" phrase.
    if let holding = topicAbout(text), Phrase.stems(holding.text).count > Phrase.stems(text).count,
      let first = holding.text.split(separator: " ").first.map({ String($0).lowercased() }),
      !VouchedTopic.isIngForm(first)
    {
      return holding
    }
    return Topic(text: text, score: 0.5, kind: .typed)
  }

  /// The offered topic a reply named, or the discussion's fuller phrase for the same words:
  /// "heat pumps" offered as first said, and typed back, is "air source heat pumps" when the
  /// discussion says that later. The person named the thing; the fullest saying of it is
  /// what they meant.
  func fullest(_ known: Topic, typed words: String) -> Topic {
    guard Phrase.stems(known.text) == Phrase.stems(words), let referenced = reference(words),
      Phrase.stems(referenced.text).isStrictSuperset(of: Phrase.stems(known.text))
    else { return known }
    return referenced
  }

  /// One lower-case common word as the discussion says it ("packaging", "scanners"): no
  /// modifier, complement or clause makes it this employer's.
  func isThin(_ text: String) -> Bool {
    let words = text.split(separator: " ").map(String.init)
      .filter { !["the", "a", "an"].contains($0.lowercased()) }
    guard words.count == 1, let word = words.first, word.allSatisfy(\.isLetter),
      word == word.lowercased()
    else { return false }
    // Written with a capital where the person said it, it is a name.
    let said = answers.discussion?.split(whereSeparator: { $0 == " " || $0 == "\n" }) ?? []
    return !said.contains { $0.trimming(",.;:!?") == word.capitalized }
  }

  /// A typed topic read beside the discussion it names: "the new system and mobile check in
  /// please" lost its tail with the hedge, and the discussion shows "check" ends inside "check
  /// in"; the typed words are completed from it. Nil when they cannot be; the topic itself when
  /// nothing was cut.
  func wholeInDiscussion(_ typed: Topic) -> Topic? {
    guard let discussion = answers.discussion,
      TopicPhraseCheck.constituentCut(
        typed.text.split(separator: " ").map(String.init), in: discussion) != nil
    else { return typed }
    guard var whole = TopicCompletion.completed(typed.text, source: discussion) else {
      return nil
    }
    // "online check" + "in": a particle closing a noun phrase is the noun's, written as one
    // word with a hyphen ("online check-in"), as a noun made of a verb and its particle is.
    let added = whole.split(separator: " ").dropFirst(typed.text.split(separator: " ").count)
    if added.count == 1, let particle = added.first.map(String.init),
      TopicPhraseCheck.particles.contains(particle.lowercased())
    {
      whole = typed.text + "-" + particle
    }
    guard TopicGate.problem(whole) == nil,
      TopicPhraseCheck.problem(whole, source: discussion) == nil
    else { return nil }
    var completed = typed
    completed.text = whole
    return completed
  }

  /// The noun phrase of the discussion that holds every content word typed, in order, within a
  /// few words ("mental health car" in "the new mental health triage car"), from its
  /// determiner when one opens it within three words before. Nil when the discussion holds no
  /// such phrase, or the note could not print it. `insisted`: named twice, so a common thing
  /// is the person's choice (`TopicGate.problem`).
  func phraseHolding(_ words: String, insisted: Bool = false) -> Topic? {
    guard let discussion = answers.discussion else { return nil }
    // "the electric tugs i spose": a hedge at either end is no word of the thing.
    var wanted = TopicGate.tidied(words).split(separator: " ").map {
      TopicPhraseCheck.plain(String($0))
    }
    .filter { !Lexicon.stopwords.contains($0) }
    .map(TopicChoice.stem)
    let said = discussion.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let plainSaid = said.map(TopicPhraseCheck.plain)
    let stems = plainSaid.map(TopicChoice.stem)
    // "sensory storytime" of "a new sensory-friendly storytime": a typed word may be a piece
    // of a hyphenated one (tuning 34's bq029 lost "sensory" as chat and took another thing).
    // "fill finish line" of "fill-finish line": typed pieces run through one such word.
    let pieces = said.map { word in
      word.split(separator: "-").map { TopicChoice.stem(TopicPhraseCheck.plain(String($0))) }
    }
    // How many of the wanted words from `next` the word at `index` holds: one for the word
    // itself, or the run of its pieces typed apart.
    let covered = { (index: Int, next: Int) -> Int in
      if stems[index] == wanted[next] { return 1 }
      guard pieces[index].count > 1 else { return 0 }
      for offset in pieces[index].indices {
        var count = 0
        while offset + count < pieces[index].count, next + count < wanted.count,
          pieces[index][offset + count] == wanted[next + count]
        {
          count += 1
        }
        if count > 0 { return count }
      }
      return 0
    }
    let stops = said.map { $0.last.map { ",.;:!?".contains($0) } ?? false }
    // "sí the rooftop", "ahh the rooftop": a first word the discussion never holds, before
    // words it does, is the reply's chat, not a word of the thing.
    // A word typed with a capital inside ("vCFO", "CFO") is a name or an initialism the
    // person chose, not chat.
    let typedName = words.split(separator: " ").first.map { Self.isTypedName(String($0)) } ?? false
    while !typedName, wanted.count >= 2, !said.indices.contains(where: { covered($0, 0) > 0 }) {
      wanted.removeFirst()
    }
    guard !wanted.isEmpty, wanted.count <= 6 else { return nil }
    for start in stems.indices where covered(start, 0) > 0 {
      // Each further word within the phrase, none across a stop or comma.
      var end = start + 1
      var matched = covered(start, 0)
      // Nor across a subject that opens a clause: "mastery pilot" is not "mastery programme
      // they are piloting", whose "piloting" is the clause's verb.
      while matched < wanted.count, end < said.count, end - start <= wanted.count + 3,
        !stops[end - 1], !Self.clauseSubjects.contains(TopicPhraseCheck.plain(said[end]))
      {
        matched += covered(end, matched)
        end += 1
      }
      guard matched == wanted.count else { continue }
      let first = Self.phraseOpening(said, stops, before: start)
      let typedEnd = end
      end = Self.phraseHead(said, stops, after: end)
      // "rooftop terrace restaurant with tapas": the phrase of a preposition after the head
      // completes the thing, to the end of its clause.
      // A time after it ("staffed tills in january") says when, not which (tuning 38's by002
      // printed "the tills in January").
      if end < said.count, !stops[end - 1],
        TopicRepair.prepositions.contains(plainSaid[end]),
        !TypedReference.saysWhen(plainSaid[end...].prefix(6))
      {
        let head = end
        var natural = false
        while end < said.count, end - first < TopicCompletion.longest {
          let word = plainSaid[end]
          if word.isEmpty
            || TopicCompletion.clauseBreaks.contains(word)
              && !TopicCompletion.joinsNouns(plainSaid, stops, at: end)
          {
            natural = true
            break
          }
          end += 1
          if stops[end - 1] {
            natural = true
            break
          }
        }
        // Cut at the longest topic rather than ended by the sentence: back to whole phrases.
        if !natural, end < said.count {
          end = head + Self.wholeComplement(said[head..<end].map(TopicPhraseCheck.plain))
        }
      }
      // The completed phrase, else the words typed with the discussion's opening: "the council
      // contract" when "for the whole east side of the town from january" cannot be printed.
      // The thing the person named is still theirs; giving up here took the suggestion they
      // had just passed over.
      // "the solar" typed where the discussion opens its phrase with no determiner: the
      // person's own determiner opens it, never a bare noun ("solar").
      let determiner =
        first == start
        ? words.split(separator: " ").first.map(String.init).flatMap {
          Self.typedDeterminers.contains($0.lowercased()) ? $0 : nil
        } : nil
      for stop in Set([end, typedEnd]).sorted(by: >) {
        let opened = (determiner.map { [$0] } ?? []) + said[first..<stop]
        let phrase = opened.map { $0.trimming(",.;:!?") }
          .map { ["their", "our"].contains($0.lowercased()) ? "your" : $0 }
          .joined(separator: " ")
        if TopicGate.problem(phrase, insisted: insisted) == nil,
          TopicPhraseCheck.problem(phrase, source: discussion) == nil
        {
          return Topic(text: phrase, score: 0.5, kind: .typed)
        }
      }
      return nil
    }
    return nil
  }

  /// Where the noun phrase holding the word at `start` opens: back over its modifiers
  /// ("first", "new", "big") to the determiner that opens it, never over a function word
  /// ("about", "and") or a comma; `start` when no determiner opens it within four words
  /// ("the whole transatlantic slavery gallery").
  /// The words between are the person's, and a phrase printed without them says less than
  /// they did ("passivhaus school" of "the first passivhaus school in the county").
  static func phraseOpening(_ said: [String], _ stops: [Bool], before start: Int) -> Int {
    // "their Get Started with Music programme": a word typed with a capital is part of a name
    // whose earlier words, with the small words a name holds between capitals, open the
    // phrase too (tuning 34's bq049 printed "the Music programme").
    var nameStart = start
    while said[nameStart].first?.isUppercase == true {
      var back = nameStart - 1
      while back >= 0, !stops[back],
        nameJoiners.contains(TopicPhraseCheck.plain(said[back])), nameStart - back <= 2
      {
        back -= 1
      }
      guard back >= 0, !stops[back], said[back].first?.isUppercase == true, start - back <= 6
      else { break }
      nameStart = back
    }
    var back = nameStart - 1
    while back >= 0, nameStart - back <= 4, !stops[back] {
      let word = TopicPhraseCheck.plain(said[back])
      if openingDeterminers.contains(word) { return back }
      if Lexicon.stopwords.contains(word) { break }
      back -= 1
    }
    return nameStart
  }

  /// The small words a name holds between its capitals: "Get Started with Music", "Library
  /// of Things".
  static let nameJoiners: Set<String> = ["with", "of", "and", "&", "for", "the", "de", "on"]

  /// Where the noun phrase whose words end before `end` ends: on over the nouns that follow
  /// within it to its head ("the rooftop" of "rooftop terrace restaurant with tapas" is the
  /// restaurant), stopping at a function word, a verb form, a time (or "next" opening one), a
  /// plural that may be a verb ("opens") or a comma. Three words at most.
  /// `from`: where the words found open, when the caller knows; a pair they hold whole may
  /// take a plural head.
  static func phraseHead(
    _ said: [String], _ stops: [Bool], after end: Int, from start: Int? = nil
  ) -> Int {
    // "damp and mould complaints" typed "damp and mould": after two words joined by "and",
    // both typed, a word in "-s" is the pair's plural head, never a verb, which a pair as its
    // subject would take bare ("damp and mould spread"). Elsewhere a word in "-s" may be a
    // verb ("the new site opens"), and a pair half typed may be a list ("availability and
    // shrinkage numbers").
    func afterPair(_ position: Int, added: Int) -> Bool {
      guard let start, start <= position - 3 else { return false }
      return added == 0 && !stops[position - 1] && !stops[position - 2]
        && TopicPhraseCheck.plain(said[position - 2]) == "and"
    }
    var end = end
    var added = 0
    while end < said.count, added < 3, end == 0 || !stops[end - 1] {
      let word = TopicPhraseCheck.plain(said[end])
      // "a manchester office next year": "next" opens the verb's time, never ends the thing
      // ("the manchester office next").
      if ["next", "last", "coming"].contains(word),
        stops[end] || end + 1 == said.count
          || VouchedTopic.isTimeWord(TopicPhraseCheck.plain(said[end + 1]))
      {
        break
      }
      // "the estates round there": a word before "there" or "here" says where, as a
      // preposition does ("round there", "over here"), and is no noun of the thing (tuning
      // 34's bq040 printed "the estates round").
      if !stops[end], end + 1 < said.count,
        ["there", "here"].contains(TopicPhraseCheck.plain(said[end + 1]))
      {
        break
      }
      guard word.count >= 3, word.allSatisfy(\.isLetter), !Lexicon.stopwords.contains(word),
        !VouchedTopic.function.contains(word), !TopicPhraseCheck.bareVerbs.contains(word),
        !VouchedTopic.isIngForm(word), !VouchedTopic.isPast(word), !word.hasSuffix("ly"),
        !VouchedTopic.isTimeWord(word),
        !word.hasSuffix("s") || word.hasSuffix("ss") || afterPair(end, added: added)
      else { break }
      end += 1
      added += 1
    }
    return end
  }

  /// Whether a word holds a capital after its first letter ("vCFO", "CFO", "iPad"): typed so,
  /// it names something, never chat.
  static func isTypedName(_ word: String) -> Bool {
    word.dropFirst().contains(where: \.isUppercase)
  }

  /// Pronouns that open a clause as its subject.
  /// "everyone orders black cake": a pronoun for people at large is a subject too, and the
  /// word after it a verb, never a modifier of the thing ("the orders black cake" was printed).
  static let clauseSubjects: Set<String> = [
    "i", "we", "they", "he", "she", "you", "it", "theyre", "they're", "were", "we're", "hes",
    "he's", "shes", "she's", "it's", "im", "i'm", "everyone", "everybody", "someone",
    "somebody", "nobody", "anyone",
  ]

  /// Determiners that open a noun phrase of the discussion.
  static let openingDeterminers: Set<String> = [
    "the", "a", "an", "their", "our", "its", "his", "her",
  ]
}

/// Who raised a topic the person named in their own words.
extension Conversation {
  /// The chosen topic with the speaker of the offered topic it names, when it has none of its
  /// own: "rust migration" typed for "migrating payments service to rust", which Tom was
  /// excited about, is still Tom's, so with several interviewers it goes in Tom's note or
  /// names him in another's (`TopicSpeaker`). Typed or completed from the discussion, the
  /// topic had lost who said it, and the note to the first interviewer told them about a
  /// thing the other had raised as if it were theirs.
  func withSpeaker(_ chosen: Topic) -> Topic {
    guard chosen.speaker == nil, recipients.count > 1 else { return chosen }
    let said = Phrase.stems(chosen.text)
    guard !said.isEmpty else { return chosen }
    // The offered topic sharing most words with it, when it shares at least half of its own.
    let best = topics.filter { $0.speaker != nil && $0.text != chosen.text }
      .map { topic -> (Topic, Int) in
        let words = Phrase.stems(topic.text)
        let shared = words.filter { word in said.contains { TopicChoice.sameWord(word, $0) } }
        return (topic, 2 * shared.count >= min(words.count, said.count) ? shared.count : 0)
      }
      .max { $0.1 < $1.1 }
    guard let (source, shared) = best, shared > 0 else { return chosen }
    var owned = chosen
    owned.speaker = source.speaker
    return owned
  }
}

/// A typed reference to words just past an offered topic's end.
extension Conversation {
  /// `known`, or the clause it is the rest of: "The community room" holds the offered "the
  /// branch in the new year to add a community room", the rest of a clause offered cut at its
  /// length ("you're refitting the branch in the new year"). The clause taken on to the words
  /// typed (`topicContinued`) says the same thing with its verb, where the rest alone is a
  /// thing cut from it (tuning 51's cy005 printed "our conversation about the branch in the
  /// new year to add a community room").
  func continuing(_ known: Topic, typed words: String) -> Topic {
    guard let continued = topicContinued(words), continued.text != known.text,
      Phrase.stems(known.text).isSubset(of: Phrase.stems(continued.text))
    else { return known }
    return continued
  }

  /// The offered topic whose phrase in the discussion goes on, within a few words and before
  /// any stop, to the words typed, taken on to their head: "the airport one" of "a contract
  /// to fit out the new departures lounge shops at east midlands airport", offered cut at its
  /// length before "at", is that topic with "at East Midlands Airport". The person named the
  /// thing by the part the offer had cut; the offer's words and theirs are one phrase. Nil
  /// when no offered topic goes on to them, or the note could not print the whole.
  func topicContinued(_ words: String) -> Topic? {
    guard let discussion = answers.discussion else { return nil }
    let wanted = Phrase.stems(words)
    guard !wanted.isEmpty else { return nil }
    let said = discussion.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let plain = said.map(TopicPhraseCheck.plain)
    let stops = said.map { $0.last.map { ",.;:!?".contains($0) } ?? false }
    for topic in topics {
      let tail = topic.text.split(separator: " ").suffix(3).map {
        TopicPhraseCheck.plain(String($0))
      }
      guard tail.count == 3, said.count > 3 else { continue }
      for end in 3...said.count where plain[(end - 3)..<end].elementsEqual(tail) {
        // Only a preposition's phrase goes on with the thing ("... shops at the airport"); a
        // subject after it opens a clause of its own ("Dr Siddiqui explain they will start").
        // "... refitting the branch in the new year | to add a community room": a purpose
        // ("to" and a verb) goes on with the clause as a preposition's phrase does; "to the"
        // is a direction's preposition, and stays out as before.
        let purpose =
          end + 1 < said.count && plain[end] == "to"
          && !VouchedTopic.determiners.contains(plain[end + 1])
          && !Lexicon.stopwords.contains(plain[end + 1])
        guard end < said.count, !stops[end - 1],
          TopicRepair.prepositions.contains(plain[end]), plain[end] != "to" || purpose
        else { continue }
        var stop = end
        var found = Set<String>()
        while stop < said.count, stop - end < 6, !wanted.isSubset(of: found) {
          found.formUnion(Phrase.stems(said[stop]))
          stop += 1
          if stops[stop - 1] { break }
        }
        guard wanted.isSubset(of: found) else { continue }
        stop = Self.phraseHead(said, stops, after: stop)
        var added = said[end..<stop].map { ProperSpelling.spelling(of: $0.trimming(",.;:!?")) }
        // "at east midlands airport": two words or more after a preposition with no
        // determiner, none a function word or a time, are a name typed in lower case ("at
        // airport" is no English), so written as one.
        if added.count >= 3, TopicRepair.prepositions.contains(added[0].lowercased()),
          added.dropFirst().allSatisfy({ word in
            let lower = word.lowercased()
            return word.allSatisfy(\.isLetter) && !Lexicon.stopwords.contains(lower)
              && !VouchedTopic.isTimeWord(lower) && !VouchedTopic.determiners.contains(lower)
          })
        {
          for index in added.indices.dropFirst() { added[index] = added[index].capitalisedFirst() }
        }
        let text = ([topic.text] + added).joined(separator: " ")
        guard TopicGate.problem(text) == nil,
          TopicPhraseCheck.problem(text, source: discussion) == nil
        else { continue }
        var continued = topic
        continued.text = text
        return continued
      }
    }
    return nil
  }
}
