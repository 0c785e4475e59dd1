/// A found topic the phrase check faults, completed from the person's words or cut to its core.
///
/// The finder cuts a phrase where its rules say a phrase ends, and the judge found the cuts
/// that fall short ("you are migrating the whole payments ledger" without "from monolith to
/// microservices") or hold more than the thing ("because of new direct flights ...", "photos of
/// the big rooftop garden", "opening out the back" without the beer garden it is about). Rather
/// than print a phrase that fails `TopicPhraseCheck`, the topic is, in order:
/// 1. completed: extended to its natural end in the person's sentence, the next clause break;
/// 2. its verb mended (`progressive`): "the site in Coventry is getting new robots next year"
///    rather than the bare "get" that agrees with nothing;
/// 3. its core: the noun phrase the words are about ("the new beer garden", "new direct
///    flights from Tokyo to Dublin", "your sea swim challenge"), or the clause before the
///    candidate's own words begin ("... next year" before "and I'd be involved");
/// 4. nothing, so the next candidate is offered.
/// Whichever is printed passes the check: never a phrase that fails.
///
/// ```swift
/// TopicCompletion.printable(
///   "the firm is opening a new Leeds office focused",
///   source: "Jonathan mentioned the firm is opening a new Leeds office focused on renewable "
///     + "energy, and more")
/// // "the firm is opening a new Leeds office focused on renewable energy"
/// ```
enum TopicCompletion {
  /// The longest a completed topic may grow: a topic fits one sentence of a short note, so a
  /// phrase that cannot end whole within it is cut to its core or left for the next candidate.
  static let longest = TopicExtractor.maximumWords

  /// The topic as the note may print it, or nil when neither its completion nor its core
  /// passes the check.
  static func printable(_ found: String, source fullSource: String) -> String? {
    // A long message (a pasted page) is read near the topic only: what follows its last words
    // and a few words before them, so the reading stays cheap whatever the message's length.
    let source = window(around: found, in: fullSource)
    // "loads of", "heaps of": chat with a plain written form is written so first.
    let text = TopicRepair.writtenChat(found)
    guard TopicPhraseCheck.problem(text, source: source) != nil else { return text }
    let core = core(text, source: source)
    for option in [
      completed(text, source: source), completedPhrase(text, source: source), progressive(text),
      TopicReshaping.reshaped(text), objectCompleted(text, source: source),
      // "to fix it", "put solar canopies": the clause whole without its purpose, or with the
      // particle its verb takes when the person named no place (`TopicRepair+Complements`).
      TopicRepair.withoutPurpose(text, cut: true), TopicRepair.complemented(text),
      core, core.map(TopicReshaping.reshaped),
    ] {
      guard let option, !option.isEmpty, option != text,
        TopicPhraseCheck.problem(option, source: source) == nil,
        TopicGate.problem(option) == nil
      else { continue }
      return option
    }
    return nil
  }

  /// At most 600 characters of `source` around the first place the topic's last word occurs:
  /// all the readings need. The whole source when it is short.
  static func window(around topic: String, in source: String) -> String {
    guard source.utf8.count > 600 else { return source }
    let last = topic.split(separator: " ").last.map(String.init) ?? ""
    guard !last.isEmpty, let found = source.firstRange(of: last) else {
      return String(source.prefix(600))
    }
    let start =
      source.index(found.lowerBound, offsetBy: -200, limitedBy: source.startIndex)
      ?? source.startIndex
    let end =
      source.index(found.upperBound, offsetBy: 400, limitedBy: source.endIndex)
      ?? source.endIndex
    return String(source[start..<end])
  }

  /// The topic extended through the person's words that follow it, to the next clause break.
  static func completed(_ text: String, source: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(TopicPhraseCheck.plain)
    guard words.count >= 2 else { return nil }
    let tail = words.suffix(2).map(TopicPhraseCheck.plain)
    for index in saidPlain.indices.dropFirst() where saidPlain[index - 1] == tail[0] {
      var extended = words
      var next = index + 1
      if saidPlain[index] != tail[1] {
        // "ethical/ESG": the topic ended inside a word written with a slash.
        guard saidPlain[index].hasPrefix(tail[1] + "/") else { continue }
        extended[extended.count - 1] = said[index].trimming(",.;:!?")
        if let end = said[index].last, ",.;:!?".contains(end) {
          return extended.joined(separator: " ")
        }
      }
      // "... focused. Also PCR": the person ended the phrase there; the next sentence is no
      // part of it.
      if let end = said[index].last, ",.;:!?".contains(end) { return nil }
      // "a scheme to clear" | "and reopen the old footpath": two verbs sharing one object
      // take the "and" with them.
      let sharesObject = tail[0] == "to" && next < said.count && saidPlain[next] == "and"
      // Whether the phrase reached its natural end: a clause break, a stop or the last word.
      var whole = false
      while next < said.count {
        let word = saidPlain[next]
        // "the new beer garden they're opening": a subject opens a clause of its own.
        if clauseBreaks.contains(word) && !(sharesObject && next == index + 1) || word.isEmpty
          || TopicPhraseCheck.relativeSubjects.contains(word)
        {
          whole = true
          break
        }
        guard extended.count < longest else { break }
        extended.append(said[next].trimming(",.;:!?"))
        if let end = said[next].last, ",.;:!?".contains(end) {
          whole = true
          break
        }
        next += 1
      }
      if next >= said.count { whole = true }
      guard whole, extended.count > words.count else { return nil }
      return extended.map { ["their", "our"].contains($0.lowercased()) ? "your" : $0 }
        .joined(separator: " ")
    }
    return nil
  }

  /// The object of the topic's verb, completed: "how you've won the contract to put EV
  /// chargers" cannot end whole within the longest a topic may grow, and "the contract to put
  /// EV chargers in all the council car parks" can. Nil when the topic has no verb before a
  /// determiner, or its object does not end whole either.
  static func objectCompleted(_ text: String, source: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let lower = words.map(TopicPhraseCheck.plain)
    guard
      let object = lower.indices.dropFirst(2).first(where: { index in
        ["the", "a", "an", "their", "our", "your"].contains(lower[index])
          && (TopicPhraseCheck.bareVerbs.contains(lower[index - 1])
            || VouchedTopic.isPast(lower[index - 1]) || VouchedTopic.isIngForm(lower[index - 1]))
      }), object + 2 < words.count
    else { return nil }
    let phrase = words[object...].joined(separator: " ")
    return completed(phrase, source: source) ?? completedPhrase(phrase, source: source)
  }

  /// The topic extended through the one phrase the person said next, when it opens with a
  /// preposition: "you're putting new river level sensors" | "across the whole catchment",
  /// stopping before a verb in "-ing", another preposition, a clause or a mark.
  static func completedPhrase(_ text: String, source: String) -> String? {
    let words = text.split(separator: " ").map(String.init)
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(TopicPhraseCheck.plain)
    guard words.count >= 2 else { return nil }
    let tail = words.suffix(2).map(TopicPhraseCheck.plain)
    for index in saidPlain.indices.dropFirst()
    where saidPlain[index - 1] == tail[0] && saidPlain[index] == tail[1] {
      if let end = said[index].last, ",.;:!?".contains(end) { return nil }
      guard index + 2 < said.count, TopicRepair.prepositions.contains(saidPlain[index + 1])
      else { return nil }
      var extended = words + [said[index + 1]]
      var next = index + 2
      // Whether the phrase reached its end: "in all the council car" cut at the longest is
      // no place ("car parks"), and a phrase is never printed cut inside its constituent.
      var whole = false
      // A place's name may take the topic two words past its usual longest.
      while next < said.count, extended.count < longest + 2 {
        let word = saidPlain[next]
        if word.isEmpty || TopicRepair.prepositions.contains(word) || clauseBreaks.contains(word)
          || TopicPhraseCheck.relativeSubjects.contains(word)
          || word.hasSuffix("ing") && word.count > 4 && next > index + 2
        {
          whole = true
          break
        }
        extended.append(said[next].trimming(",.;:!?"))
        next += 1
        if let end = said[next - 1].last, ",.;:!?".contains(end) {
          whole = true
          break
        }
      }
      guard whole || next >= said.count, extended.count >= words.count + 2 else { return nil }
      return extended.map { ["their", "our"].contains($0.lowercased()) ? "your" : $0 }
        .joined(separator: " ")
    }
    return nil
  }

  /// The noun phrase the topic is about, or the clause before the candidate's own words.
  static func core(_ text: String, source: String) -> String? {
    var words = text.split(separator: " ").map(String.init)
    let lower = words.map(TopicPhraseCheck.plain)
    guard let first = lower.first, words.count >= 2 else { return nil }
    // "... next year and I'd be involved": the employer's clause, before the candidate's.
    if let own = lower.firstIndex(where: TopicPhraseCheck.firstPerson.contains), own >= 3,
      let joint = lower[..<own].lastIndex(where: { ["and", "so", "but"].contains($0) }), joint >= 2
    {
      return words[..<joint].joined(separator: " ").trimming(",")
    }
    // "full of the new 300 home development": begun inside the clause that said what
    // someone was; the thing from its determiner.
    if let thing = TopicPhraseCheck.thingAfterClauseOpening(words, in: source) {
      return words[thing...].joined(separator: " ")
    }
    // "the new cryo-EM facility you got" | "funding for": the thing, without its cut clause.
    if lower.count >= 4, TopicPhraseCheck.relativeCut(lower, in: source) != nil {
      return words.dropLast(2).joined(separator: " ")
    }
    // "... next quarter and looking for someone who knows it": the news, before the
    // requirement joined to it.
    if let joint = TopicPhraseCheck.requirementJoint(lower) {
      return words[..<joint].joined(separator: " ").trimming(",")
    }
    // "a big job retrofitting heat pumps in a load of council houses": a chat head before
    // the clause that says what the job is; the clause, in written words.
    if let head = lower.prefix(3).firstIndex(where: { ["job", "thing", "stuff"].contains($0) }),
      head + 1 < lower.count, lower[head + 1].hasSuffix("ing"), lower[head + 1].count > 5
    {
      return TopicRepair.writtenChat(words[(head + 1)...].joined(separator: " "))
    }
    // "the scan as you shop thing in January": a vague head after the words that name the
    // thing says nothing they do not.
    if let vague = lower.indices.dropFirst().first(where: {
      ["thing", "stuff"].contains(lower[$0])
    }),
      !TopicGrammar.determiners.contains(lower[vague - 1])
    {
      words.remove(at: vague)
      return words.joined(separator: " ")
    }
    // "a new youth cafe" the employer is opening: theirs, so "your new youth cafe".
    if ["a", "an"].contains(first), lower.count >= 2,
      TopicPhraseCheck.cutBefore(words, in: source, clause: false).map(
        TopicPhraseCheck.employerRelativeSubjects.contains) == true
    {
      return (["your"] + words.dropFirst()).joined(separator: " ")
    }
    // "because of new direct flights": the thing, without the conjunction.
    if TopicPhraseCheck.openingConjunctions.contains(first) || first == "due" {
      words.removeFirst()
      if ["of", "to"].contains(words.first?.lowercased()) { words.removeFirst() }
      return words.joined(separator: " ")
    }
    // "photos of the big rooftop garden they're building": the garden.
    if let of = lower.firstIndex(of: "of"), of >= 1, of <= 2,
      TopicPhraseCheck.pictureNouns.contains(lower[of - 1])
    {
      let rest = Array(words[(of + 1)...])
      let end =
        rest.firstIndex { TopicPhraseCheck.relativeSubjects.contains(TopicPhraseCheck.plain($0)) }
        ?? rest.count
      return rest[..<end].joined(separator: " ")
    }
    // "your planning a sea swim challenge": their challenge.
    if lower.count >= 3, TopicPhraseCheck.possessives.contains(first), lower[1].hasSuffix("ing"),
      ["a", "an", "the"].contains(lower[2])
    {
      return ([words[0]] + words.dropFirst(3)).joined(separator: " ")
    }
    // "opening out the back" from "the new beer garden they're opening out the back": the
    // thing named before the clause.
    if let thing = TopicPhraseCheck.headlessRelative(words, in: source),
      let verb = words.first(where: { $0.lowercased().hasSuffix("ing") }),
      let phrase = phraseEnding(at: thing, before: verb, in: source)
    {
      return phrase
    }
    // "the site in Coventry get new robots next year", "you start roasting your own beans next
    // year", "you dey bring ...": the verb cannot be vouched for; its object is the thing.
    if TopicPhraseCheck.agreementProblem(lower) != nil
      || TopicPhraseCheck.tenseProblem(lower) != nil
    {
      guard
        let verb = lower.indices.dropFirst().first(where: {
          TopicPhraseCheck.bareVerbs.contains(lower[$0])
        }), verb + 1 < words.count
      else { return nil }
      var object = verb + 1
      // "roll out", "bring in": the verb's particle.
      if ["out", "in", "up", "on"].contains(lower[object]), object + 1 < words.count {
        object += 1
      }
      let thing = words[object...].joined(separator: " ")
      // "electric car service centre next year": a singular thing said bare after the verb
      // takes "the" when it stands alone; a plural, a name or an "-ing" needs none.
      let headEnd =
        lower.indices.dropFirst(object).first(where: {
          TopicRepair.prepositions.contains(lower[$0])
            || ["next", "this", "last"].contains(lower[$0])
        }) ?? lower.count
      let opener = lower[object]
      guard headEnd > object, !lower[headEnd - 1].hasSuffix("s"),
        !TopicGrammar.determiners.contains(opener), !TopicPhraseCheck.possessives.contains(opener),
        !TopicRepair.quantities.contains(opener), opener.first?.isNumber != true,
        !opener.hasSuffix("ing"), words[object].first?.isLowercase == true
      else { return thing }
      return "the " + thing
    }
    return nil
  }

  /// The noun phrase in `source` that ends on `thing` just before the clause opening `next`,
  /// read back to its determiner: "the new beer garden".
  static func phraseEnding(at thing: String, before next: String, in source: String) -> String? {
    let said = source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    let saidPlain = said.map(TopicPhraseCheck.plain)
    let opener = TopicPhraseCheck.plain(next)
    for end in saidPlain.indices where saidPlain[end] == thing {
      guard saidPlain.dropFirst(end + 1).prefix(3).contains(opener) else { continue }
      var start = end
      while start > 0, start > end - 6 {
        let word = saidPlain[start - 1]
        if TopicRepair.prepositions.contains(word) || clauseBreaks.contains(word)
          || TopicPhraseCheck.relativeSubjects.contains(word) || word.isEmpty
        {
          break
        }
        if let last = said[start - 1].last, ",.;:!?".contains(last) { break }
        start -= 1
        if ["the", "a", "an", "their", "your", "its", "our"].contains(word) { break }
      }
      guard end > start else { return nil }
      return said[start...end].map { word in
        ["their", "our"].contains(word.lowercased()) ? "your" : word.trimming(",.;:!?")
      }.joined(separator: " ")
    }
    return nil
  }

  /// Whether the "and" or "or" at `index` joins two nouns of one phrase rather than two
  /// clauses: "with Scottish and world flavours," closes at a mark (or the text's end) within
  /// three words, none of which opens a clause, a phrase or a verb of its own. Then a phrase
  /// completed to its natural end runs on through it (tuning 38's by014 printed "the
  /// afternoon tea with Scottish").
  static func joinsNouns(_ plain: [String], _ stops: [Bool], at index: Int) -> Bool {
    guard index > 0, index < plain.count, ["and", "or", "&"].contains(plain[index]),
      !stops[index - 1]
    else { return false }
    var end = index + 1
    while end < plain.count, end - index <= 3 {
      let word = plain[end]
      if word.isEmpty || Conversation.clauseSubjects.contains(word) || clauseBreaks.contains(word)
        || Lexicon.stopwords.contains(word) || VouchedTopic.isIngForm(word)
        || VouchedTopic.isPast(word)
      {
        return false
      }
      if stops[end] { return true }
      end += 1
    }
    return end == plain.count && end > index + 1
  }

  /// Words where a clause ends and another begins.
  static let clauseBreaks: Set<String> = [
    "and", "but", "so", "because", "cos", "while", "although", "though", "then", "which", "that",
    "that's", "thats",
  ]
}
