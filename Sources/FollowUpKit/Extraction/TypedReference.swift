/// A topic typed in a few words, read as a reference to the discussion and written as the
/// discussion said it.
///
/// At the topic question people name the thing the way one names a thing both sides know:
/// "solar on the school", "the honda contract", "millets", "cryo em", "vCFO for startups". The
/// words point at a span of what they told FollowUp ("a huge solar array on the roof" of "the
/// new elementary school", "a dedicated contract hauling parts for the honda plant in
/// marysville", "a millet focused menu"), and the note should name that thing as a careful
/// person writes it, not paste the shorthand ("talking about solar on the school"). Each noun
/// phrase of the reply is matched to the discussion's noun phrase that holds its words (in any
/// order, as forms of the same word, a hyphenated word typed as two, an abbreviation typed
/// glued to the word it shortens), and that phrase is printed whole: from its determiner over
/// its modifiers to its head, and on through a preposition's phrase to its natural end when
/// the reply gave the thing no complement of its own. Phrases joined by "and", a comma or a
/// preposition in the reply are resolved one by one and joined as typed. The person's words are
/// kept where nothing in the discussion holds them.
///
/// ```swift
/// let reference = TypedReference(discussion: "they are starting a millet focused menu next season")
/// reference?.resolved("millets")  // "the millet-focused menu"
/// ```
struct TypedReference {
  /// The discussion's words as written, lower-cased without marks, and whether a mark ends each.
  let said: [String]
  let plain: [String]
  let stops: [Bool]
  let discussion: String

  init?(discussion: String) {
    said = discussion.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    guard !said.isEmpty else { return nil }
    plain = said.map(TopicPhraseCheck.plain)
    stops = said.map { $0.last.map { ",.;:!?".contains($0) } ?? false }
    self.discussion = discussion
  }

  /// The discussion's phrase for the typed words, or nil when no phrase of the reply is found
  /// there (the reply is then read as before, as the person's own words).
  func resolved(_ typed: String) -> String? {
    if let named = namingProForm(typed) { return resolved(named) ?? named }
    var words = Self.withoutParticles(
      typed.split(separator: " ").map(String.init).filter { !$0.isEmpty })
    // "about the families", "more about the trial": grammar words before the thing named.
    while let first = words.first?.lowercased().trimming(",;"), words.count > 1,
      Lexicon.stopwords.contains(first) || TopicRepair.prepositions.contains(first),
      !Conversation.typedDeterminers.contains(first)
    {
      words.removeFirst()
    }
    // "going paperless": a verb's phrase names a doing, not a thing of the discussion.
    guard let first = words.first?.lowercased(), !VouchedTopic.isIngForm(first) else {
      return nil
    }
    // The reply read whole first ("vCFO for startups" is one phrase of the discussion), then
    // as phrases joined by "and" or a preposition ("solar" | on | "the school"). A reply with a
    // complement of its own keeps its order ("reading buddies with the library" is not "the
    // library for a reading buddies program").
    let ownComplement = words.dropFirst().contains {
      TopicRepair.prepositions.contains($0.lowercased().trimming(",;"))
    }
    let parts = Self.parts(words)
    // "the dinosaur hall sleepovers, the gallery feels ...": a comma with no "and" may end the
    // choice rather than list another, so the reply is not read as a list.
    guard !parts.contains(where: { $0.joiner == "," }) else { return nil }
    for completing in [true, false] {
      if let whole = phrase(for: words, complement: completing, inOrder: ownComplement),
        Self.fits(whole)
      {
        return whole
      }
    }
    guard parts.count > 1 else { return nil }
    // With each phrase completed from the discussion where the reply gave it no complement,
    // else each as far as its head: the whole must still be one printable topic.
    for completing in [true, false] {
      if let joined = joined(parts, completing: completing) { return joined }
    }
    return nil
  }

  /// The reply with "one" between a word that says which and a preposition's phrase ("the
  /// wellbeing one for the firefighters") given the noun the discussion put after that word
  /// ("a wellbeing programme"), or nil when it has no such "one" or the discussion no such
  /// noun. "One"
  /// stands for a thing the reader of the note never heard named, so printed as typed it
  /// points at nothing (tuning 48's cs032 printed "one for the firefighters").
  func namingProForm(_ typed: String) -> String? {
    var words = typed.split(separator: " ").map(String.init)
    guard
      let one = words.indices.dropFirst().first(where: {
        ["one", "ones"].contains(words[$0].lowercased())
          && $0 + 1 < words.count && TopicRepair.prepositions.contains(words[$0 + 1].lowercased())
          && !VouchedTopic.determiners.contains(words[$0 - 1].lowercased())
          && !Lexicon.stopwords.contains(words[$0 - 1].lowercased())
      })
    else { return nil }
    let which = TopicPhraseCheck.plain(words[one - 1])
    guard
      let found = plain.indices.dropLast().first(where: {
        plain[$0] == which && !stops[$0] && plain[$0 + 1].count > 2
          && plain[$0 + 1].allSatisfy(\.isLetter)
          && !Lexicon.stopwords.contains(plain[$0 + 1])
          && !TopicRepair.prepositions.contains(plain[$0 + 1])
          && !VouchedTopic.isIngForm(plain[$0 + 1])
      })
    else { return nil }
    let head = said[found + 1].trimming(",.;:!?()\"")
    words[one] = words[one].lowercased() == "ones" ? head + "s" : head
    return words.joined(separator: " ")
  }

  /// The reply's phrases, each resolved where the discussion holds it, joined as typed; nil
  /// when none is found there or the whole cannot be printed.
  func joined(_ parts: [Part], completing: Bool) -> String? {
    var printed: [String] = []
    var found = 0
    for (index, part) in parts.enumerated() {
      if let joiner = part.joiner { printed.append(joiner) }
      let followedByPreposition =
        index + 1 < parts.count
        && parts[index + 1].joiner.map { TopicRepair.prepositions.contains($0) } == true
      // "at home", "for croydon": a bare noun after a preposition is the person's idiom or
      // name; "on the school" points at a thing of the discussion. "a wealth centre" names a
      // kind, not one thing said.
      let pointed =
        part.words.first.map {
          !["a", "an"].contains($0.lowercased())
            && (part.joiner == nil || part.joiner == "and"
              || Conversation.typedDeterminers.contains($0.lowercased()))
        } ?? false
      if pointed,
        let resolved = phrase(for: part.words, complement: completing && !followedByPreposition)
      {
        printed.append(resolved)
        found += 1
      } else {
        printed.append(Self.listed(part, in: parts).joined(separator: " "))
      }
    }
    // "battery at the new bus depot": phrases joined by a preposition are one thing, found
    // whole or left as the person typed them; a list may mix its items' sources.
    let listed = parts.allSatisfy { $0.joiner == nil || $0.joiner == "and" }
    guard found > 0, listed || found == parts.count else { return nil }
    let text = printed.joined(separator: " ")
    guard Self.fits(text), TopicGate.problem(text) == nil,
      TopicPhraseCheck.problem(text, source: discussion) == nil
    else { return nil }
    return text
  }

  /// A phrase of a list the discussion does not hold, as the list prints it: with "the" when
  /// it has no determiner and the list is of things ("new e-commerce client and the new
  /// warehouse" is "the new e-commerce client and ..."), as parallel items of one list are.
  static func listed(_ part: Part, in parts: [Part]) -> [String] {
    guard parts.allSatisfy({ $0.joiner == nil || $0.joiner == "and" }),
      let first = part.words.first?.lowercased(),
      !VouchedTopic.determiners.contains(first), !Conversation.typedDeterminers.contains(first),
      part.words.count >= 2,
      part.words.allSatisfy({ $0 == $0.lowercased() || $0 != $0.uppercased() })
    else { return part.words }
    return ["the"] + part.words
  }

  /// At most as many words as a topic may have.
  static func fits(_ text: String) -> Bool {
    text.split(separator: " ").count <= TopicCompletion.longest
  }

  /// A phrase of the reply between the words that join it to the next.
  struct Part {
    /// "and", or the preposition typed before this phrase; nil for the first.
    var joiner: String?
    var words: [String]
  }

  /// The reply cut at "and", "&", a comma and a preposition: "the whole animal" | and | "dry
  /// ageing". A comma before "and" is the list's, not the note's.
  static func parts(_ words: [String]) -> [Part] {
    var parts = [Part(joiner: nil, words: [])]
    for word in words {
      let bare = word.trimming(",;")
      let lower = bare.lowercased()
      if lower == "and" || lower == "&" || lower == "plus"
        || TopicRepair.prepositions.contains(lower),
        !(parts.last?.words.isEmpty ?? true)
      {
        parts.append(Part(joiner: lower == "&" || lower == "plus" ? "and" : lower, words: []))
        continue
      }
      if !bare.isEmpty { parts[parts.count - 1].words.append(bare) }
      if word.hasSuffix(","), !(parts.last?.words.isEmpty ?? true) {
        parts.append(Part(joiner: ",", words: []))
      }
    }
    // "X, and Y": the comma opened a part that "and" opens again.
    var merged: [Part] = []
    for part in parts {
      if let last = merged.last, last.words.isEmpty {
        let joiner = part.joiner == "and" || last.joiner == "and" ? "and" : last.joiner
        merged[merged.count - 1] = Part(joiner: joiner, words: part.words)
      } else {
        merged.append(part)
      }
    }
    return merged.filter { !$0.words.isEmpty }
  }

  /// The reply without chat particles at a phrase's edges: a determiner of another language
  /// ("yung", "ang": Tagalog's "the"), a hedge ("like") and the word for a topic closing it
  /// ("the older tenants bit", "the whole X thing"). Grammar words of the chat, never the
  /// thing's.
  static func withoutParticles(_ words: [String]) -> [String] {
    var kept: [String] = []
    for (index, word) in words.enumerated() {
      let lower = word.lowercased().trimming(",;.!?")
      let next = index + 1 < words.count ? words[index + 1].lowercased() : nil
      let opensPhrase =
        kept.isEmpty || kept.last.map { $0.hasSuffix(",") || $0.lowercased() == "and" } == true
      if opensPhrase, foreignDeterminers.contains(lower) || lower == "like" { continue }
      // "the older tenants bit,": the word for a topic closing a phrase.
      // "the wellbeing one for the firefighters": before a preposition's phrase too, after a
      // word that says which (tuning 48's cs032 printed "one for the firefighters"); not
      // after a determiner ("the bit about ...") nor before "of" ("the wellbeing part of").
      let beforeComplement =
        next.map { TopicRepair.prepositions.contains($0) && !["of", "about"].contains($0) }
        == true
        && kept.last.map { !VouchedTopic.determiners.contains($0.lowercased()) } == true
      let closesPhrase = next == nil || next == "and" || word.hasSuffix(",") || beforeComplement
      if closesPhrase, topicWords.contains(lower), !kept.isEmpty,
        kept.last.map({ !$0.hasSuffix(",") && $0.lowercased() != "and" }) == true
      {
        if word.hasSuffix(","), let last = kept.indices.last { kept[last] += "," }
        continue
      }
      kept.append(word)
    }
    return kept
  }

  /// Determiners of other languages people mix into English chat: Tagalog "yung", "ung",
  /// "ang", "yun".
  static let foreignDeterminers: Set<String> = ["yung", "ung", "ang", "yun"]

  /// Nouns of quantity, grammar words before "of" ("loads of") and things elsewhere ("chilled
  /// loads").
  static let quantities: Set<String> = ["load", "loads", "lot", "lots", "ton", "tons", "bunch"]

  /// Words that name a topic as a topic ("the ledger thing"), never part of it.
  static let topicWords: Set<String> = ["thing", "things", "bit", "bits", "stuff", "one", "part"]

  /// Where a typed word is found in the discussion: the positions it covers.
  struct Match {
    var word: Int
    var first: Int
    var last: Int
  }

  /// The discussion's noun phrase holding the typed phrase's words, printed whole; nil when no
  /// phrase there holds them. `complement`: the reply gave the thing no complement of its own,
  /// so the discussion's (a preposition's phrase after its head) completes it.
  func phrase(for typedWords: [String], complement: Bool, inOrder: Bool = false) -> String? {
    var words = typedWords.map { $0.trimming(",;.!?") }.filter { !$0.isEmpty }
    let determiner = words.first.flatMap {
      Conversation.typedDeterminers.contains($0.lowercased()) ? $0.lowercased() : nil
    }
    if determiner != nil { words.removeFirst() }
    // "chilled loads": a word of quantity is a grammar word only before "of" ("loads of
    // paperwork"); closing the reply it is the thing's head, and "the chilled" was printed.
    let content = words.enumerated().filter { index, word in
      let lower = word.lowercased()
      return !Lexicon.stopwords.contains(lower)
        || Self.quantities.contains(lower) && index == words.count - 1 && index > 0
    }
    guard !content.isEmpty, content.count <= 6 else { return nil }
    var matches: [Match] = []
    for (index, word) in content {
      let previous = index > 0 ? words[index - 1].lowercased() : nil
      matches += positions(
        of: word.lowercased(), next: nextWord(after: index, in: words), previous: previous
      )
      .map { Match(word: index, first: $0.lowerBound, last: $0.upperBound) }
    }
    let wanted = Set(content.map(\.offset))
    // "cryo em": the second word is inside the hyphenated word the first found.
    let glued = Set(
      matches.filter {
        plain[$0.first].contains("-") && words[$0.word].lowercased() != plain[$0.first]
      }.map { $0.word + 1 })
    var best: (covered: Set<Int>, first: Int, last: Int, length: Int)?
    for anchor in matches.sorted(by: { $0.first < $1.first })
    where !inOrder || anchor.word == content.first?.offset {
      var covered: Set<Int> = [anchor.word]
      let first = anchor.first
      var last = anchor.last
      // On to each further word of the reply found within a few words, before any stop or a
      // subject opening another clause.
      var grew = true
      while grew {
        grew = false
        let next = matches.filter {
          !covered.contains($0.word) && $0.first > last
            && (!inOrder || $0.word > covered.max() ?? -1)
        }
        .min { $0.first < $1.first }
        guard let next, next.first - last <= 5, !barrier(from: last, to: next.first) else {
          break
        }
        covered.insert(next.word)
        last = next.last
        grew = true
      }
      covered.formUnion(glued.filter { covered.contains($0 - 1) && wanted.contains($0) })
      // "liver on chip": every typed word found inside one hyphenated word the phrase holds.
      covered.formUnion(
        matches.filter { $0.first >= first && $0.last <= last && plain[$0.first].contains("-") }
          .map(\.word))
      // The most of the reply's words, then the fullest phrase ("air source heat pumps" over
      // an earlier "heat pumps"), then the first said.
      let length = headEnd(after: last + 1, from: first) - opening(at: first)
      if let current = best {
        guard
          covered.count > current.covered.count
            || covered.count == current.covered.count && length > current.length
        else { continue }
      }
      best = (covered, first, last, length)
    }
    guard var best else { return nil }
    // The last position a typed word was found at after the head, inside its complement: the
    // phrase printed must reach it.
    var mustReach: Int?
    // Every word the reply typed is the phrase's: a phrase holding only some of them may be
    // another thing ("the vegetarian menu" is not "the winter menu"). Unless the typed head
    // is said once, in a phrase of its own words, and the sentence saying it holds the rest:
    // "the storm team" is the person's name for "a new dedicated weather claims team" set up
    // "after the storms" (`contextual`).
    if best.covered != wanted {
      guard
        let (head, reach) = contextual(
          matches, content: content.map(\.offset), typed: words.map { $0.lowercased() },
          inOrder: inOrder)
      else { return nil }
      best = (wanted, head, head, 0)
      mustReach = reach
    }
    // In order, the reply's own prepositions are the phrase's: "care at home" is not "care
    // service from a nursing home".
    if inOrder {
      let typedPrepositions = words.map { $0.lowercased() }.filter(
        TopicRepair.prepositions.contains)
      // "liver on chip": a preposition inside a hyphenated word is the phrase's own.
      let said = plain[best.first...best.last].flatMap { $0.split(separator: "-").map(String.init) }
      guard typedPrepositions.allSatisfy(said.contains) else { return nil }
    }
    var start = opening(at: best.first)
    // "the ranch ledgers digitization" of "to digitize a whole collection of ranch ledgers":
    // a word after "to" or a modal is a verb, which opens no noun phrase; its object is the
    // thing named ("the digitize a whole collection ..." was printed).
    if start > 0, start < best.last, Self.beforeVerbs.contains(plain[start - 1]),
      !Conversation.clauseSubjects.contains(plain[start - 1]), !stops[start]
    {
      start += 1
    }
    // "new mezzanine and robots": a bare noun after "and" shares the modifier opening the
    // noun before it, and the thing told of is the pair ("the robots" alone was printed).
    if start == best.first, start >= 2, plain[start - 1] == "and", !stops[start - 2],
      isModifier(plain[start - 2]), opening(at: start - 2) < start - 2
    {
      start = opening(at: start - 2)
    }
    let head = headEnd(after: best.last + 1, from: best.first)
    let participle = compoundParticiple(after: best.last + 1)
    var ends = [head]
    // "paperless with a new document system": a word standing alone, with no determiner, is
    // no thing for a complement to complete.
    if complement, head - start > 1 || determiner != nil, let completed = completion(after: head) {
      ends.insert(completed, at: 0)
    }
    // A single word of the reply found as itself says nothing more than the reply: "heat
    // pumps" for "heat pumps" is the person's phrase already.
    for end in ends where mustReach.map({ end > $0 }) ?? true {
      let printed = render(
        from: start, to: end, determiner: determiner, participle: participle)
      // "the damp" for "damp": a phrase adding only a determiner or a mark to the reply
      // says nothing more than the person did, who is left their words.
      guard Self.bare(printed) != Self.bare(words.joined(separator: " ")) else { return nil }
      guard Self.fits(printed), TopicGate.problem(printed) == nil,
        TopicPhraseCheck.problem(printed, source: discussion) == nil
      else { continue }
      return printed
    }
    return nil
  }

  /// The one position of the typed head (the last content word) when every other typed word
  /// is said in the same sentence, within a few words of it, and the discussion's phrase there
  /// has words of its own before the head; nil otherwise. The person named the thing by what
  /// the sentence told of it, and the thing is the head's phrase.
  ///
  /// A typed word said in the head's own complement counts too ("local stations partnership"
  /// of "a new partnership with local member stations"): the phrase printed must then reach
  /// it, returned as `reach`.
  func contextual(
    _ matches: [Match], content: [Int], typed: [String], inOrder: Bool
  ) -> (head: Int, reach: Int?)? {
    // "second depot and cold store" is a list of things, each found or not on its own.
    guard !inOrder, (2...3).contains(content.count), let typedHead = content.last,
      let typedFirst = content.first,
      !typed[typedFirst...typedHead].contains(where: {
        ["and", "&", "plus"].contains($0) || TopicRepair.prepositions.contains($0)
      })
    else { return nil }
    let heads = matches.filter { $0.word == typedHead }
    guard heads.count == 1, let head = heads.first, head.first == head.last,
      head.first - opening(at: head.first) >= 2
    else { return nil }
    // The rest is said before the head, as what led up to the thing ("after the storms ...
    // a new dedicated weather claims team"); said after it, it is the thing's own modifier
    // ("the new wing they are building for dementia", "a big contract to do payroll for 40
    // nurseries"), and the phrase without it would drop what the person typed.
    var reach: Int?
    // The head's complement: a preposition straight after it (not "to"), up to a stop.
    let complement =
      head.first + 1 < plain.count && !stops[head.first]
        && TopicRepair.prepositions.contains(plain[head.first + 1]) && plain[head.first + 1] != "to"
      ? completion(after: head.first + 1) : nil
    for word in content.dropLast() {
      let near = matches.contains {
        $0.word == word && $0.last < head.first && head.first - $0.first <= 12
          && !stops[min($0.last, head.first)..<max($0.first, head.first)].contains(true)
      }
      if near { continue }
      guard let complement,
        let inside = matches.first(where: {
          $0.word == word && $0.first > head.first && $0.last < complement
        })
      else { return nil }
      reach = max(reach ?? 0, inside.last)
    }
    return (head.first, reach)
  }

  /// The word typed after the content word at `index`, lower-cased.
  func nextWord(after index: Int, in words: [String]) -> String? {
    index + 1 < words.count ? words[index + 1].lowercased() : nil
  }

  /// The positions of the discussion a typed word names: a form of the same word ("millets",
  /// "millet"), a hyphenated word typed as two ("cryo em", "cryo-EM"), or an abbreviation glued
  /// to the word it shortens ("vcfo", "virtual CFO").
  func positions(of word: String, next: String?, previous: String? = nil) -> [ClosedRange<Int>] {
    var found: [ClosedRange<Int>] = []
    for (index, said) in plain.enumerated() {
      if TopicChoice.sameWord(word, said) {
        // "the store move" is not "moving the entire store": a noun typed for a verb form
        // said names what was done, not a phrase of the discussion.
        if word != said,
          VouchedTopic.isIngForm(said) || said.hasSuffix("ed") || VouchedTopic.isIngForm(word)
            || word.hasSuffix("ed")
        {
          continue
        }
        found.append(index...index)
        continue
      }
      // "liver on chip", "liver-on-chip": a piece of the hyphenated word beside the piece
      // typed next to it, in any number of pieces.
      let pieces = said.split(separator: "-").map(String.init)
      if pieces.count >= 2,
        pieces.indices.contains(where: { piece in
          pieces[piece] == word
            && (piece + 1 < pieces.count && next == pieces[piece + 1]
              || piece > 0 && previous == pieces[piece - 1])
        })
      {
        found.append(index...index)
        continue
      }
      // "vcfo": the initial of the word before, glued to the word it opens.
      if said.count >= 2, word.count > said.count, word.hasSuffix(said), index > 0 {
        let initials = word.dropLast(said.count)
        guard initials.count <= 2, index >= initials.count else { continue }
        let before = plain[(index - initials.count)..<index]
        if before.map({ String($0.prefix(1)) }).joined() == initials,
          !before.contains(where: { Lexicon.stopwords.contains($0) })
        {
          found.append((index - initials.count)...index)
        }
      }
    }
    return found
  }

  /// Whether a stop or the subject of another clause comes between two positions.
  func barrier(from start: Int, to end: Int) -> Bool {
    guard end > start else { return false }
    if stops[start..<end].contains(true) { return true }
    return plain[(start + 1)..<end].contains {
      Conversation.clauseSubjects.contains($0) || Self.beforeVerbs.contains($0)
        || Self.auxiliaries.contains($0)
        || TopicCompletion.clauseBreaks.contains($0) && $0 != "and"
    } || said[start..<end].contains { $0.contains(where: { "()".contains($0) }) }
  }

  /// Where the noun phrase holding `position` opens (`Conversation.phraseOpening`).
  func opening(at position: Int) -> Int {
    let opened = Conversation.phraseOpening(said, stops, before: position)
    guard opened == position else { return opened }
    // No determiner: back over the nouns and adjectives modifying it ("air source heat
    // pumps" of "fitting air source heat pumps"), never over a verb form or a grammar word.
    var back = position
    // A word after "to", a modal or a subject is a verb ("to buy whole animals").
    while back > 0, position - back < 3, !stops[back - 1], isModifier(plain[back - 1]),
      back < 2 || !Self.beforeVerbs.contains(plain[back - 2])
    {
      back -= 1
    }
    return back
  }

  /// The forms of "be", "have" and "do" that make a clause ("LLMs can run on phones").
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "does", "do", "did",
  ]

  /// Words a verb follows: "to", the modals and the subject pronouns.
  static let beforeVerbs: Set<String> = Conversation.clauseSubjects.union([
    "to", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
  ])

  /// Where the phrase whose words end before `end` ends (`Conversation.phraseHead`), on over a
  /// noun made with a participle before its head ("millet focused menu").
  func headEnd(after end: Int, from start: Int? = nil) -> Int {
    var head = Conversation.phraseHead(said, stops, after: end, from: start)
    if compoundParticiple(after: end) != nil {
      head = Conversation.phraseHead(said, stops, after: head + 2)
    }
    // "a big supermarket (tesco": a bracket opens an aside, never a word of the thing.
    return (end..<head).first { said[$0].contains(where: { "()".contains($0) }) } ?? head
  }

  /// The position of a participle making one modifier with the noun before it, between that
  /// noun and the head ("focused" of "millet focused menu"); nil when there is none.
  func compoundParticiple(after end: Int) -> Int? {
    let head = Conversation.phraseHead(said, stops, after: end)
    guard head + 1 < said.count, head > 0, !stops[head - 1], !stops[head],
      plain[head].hasSuffix("ed"), VouchedTopic.isPast(plain[head]), isModifier(plain[head - 1]),
      isModifier(plain[head + 1])
    else { return nil }
    return head
  }

  /// Words without determiners, marks or hyphens, lower-cased: what a phrase says.
  static func bare(_ text: String) -> String {
    text.lowercased().replacingOccurrencesOf("-", with: " ").split(separator: " ")
      .map { String($0).trimming(",.;:!?") }
      .filter {
        !VouchedTopic.determiners.contains($0) && !Conversation.typedDeterminers.contains($0)
      }
      .joined(separator: " ")
  }

  /// A word that may modify a noun inside its phrase: letters (a hyphen allowed), no grammar
  /// word, verb form, time or adverb.
  func isModifier(_ word: String) -> Bool {
    word.count >= 3 && word.allSatisfy { $0.isLetter || $0 == "-" }
      && !Lexicon.stopwords.contains(word) && !VouchedTopic.function.contains(word)
      && !TopicPhraseCheck.bareVerbs.contains(word) && !VouchedTopic.isIngForm(word)
      && !VouchedTopic.isPast(word) && !word.hasSuffix("ly") && !VouchedTopic.isTimeWord(word)
      && !TopicRepair.prepositions.contains(word) && !Conversation.clauseSubjects.contains(word)
  }

  /// The end of a preposition's phrase straight after the head, to a clause break, a mark or
  /// the longest topic; nil when no preposition follows.
  func completion(after head: Int) -> Int? {
    guard head < said.count, head > 0, !stops[head - 1],
      TopicRepair.prepositions.contains(plain[head]), plain[head] != "to",
      // "cranes | over the next 2 years": a preposition of time says when the doing happens,
      // and belongs to the verb, not to the thing ("the new berth ... over the next 2 years"
      // hung the time off the noun).
      Self.timeLength(plain[head...].prefix(6)) == nil
    else { return nil }
    var end = head
    var natural = false
    while end < said.count, end - head < 7 {
      let word = plain[end]
      if word.isEmpty
        || TopicCompletion.clauseBreaks.contains(word)
          && !TopicCompletion.joinsNouns(plain, stops, at: end)
        || Conversation.clauseSubjects.contains(word) || VouchedTopic.isIngForm(word)
        || Conversation.restrictingOpeners.contains(word) || word == "when"
        || Self.beforeVerbs.contains(word) || said[end].contains(where: { "()".contains($0) })
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
    // Cut by length rather than ended by the sentence, the phrase is not whole.
    guard natural || end == said.count else { return nil }
    // "for a" before "reading buddies": a phrase never ends on a grammar word.
    while end > head, !stops[end - 1],
      Lexicon.stopwords.contains(plain[end - 1])
        || VouchedTopic.determiners.contains(plain[end - 1])
    {
      end -= 1
    }
    return end > head + 1 ? end : nil
  }

  /// How many words a time said of a doing takes at the start of `words` (lower case, no
  /// marks): "next spring", "over the next 2 years", "by 2027", "within six months"; nil when
  /// they open no time. "in" and "from" count only before a named time ("in march"), never
  /// before a thing ("in the kitchen").
  static func timeLength(_ words: ArraySlice<String>) -> Int? {
    guard let first = words.first else { return nil }
    let start = words.startIndex
    let opensTime = ["next", "last", "coming", "this"].contains(first)
    guard opensTime || timePrepositions.contains(first) else { return nil }
    var index = start + 1
    var counted = false
    while index < words.endIndex, index - start < 5 {
      let word = words[index]
      // "in the new year": the year to come, as "next year" is (tuning 38's by009 hung it
      // off "the new online portal").
      if ["the", "a", "next", "coming", "last", "few", "couple", "of", "this", "new"].contains(word)
      {
        index += 1
      } else if VouchedTopic.isNumber(word), !VouchedTopic.isTimeWord(word) {
        counted = true
        index += 1
      } else {
        break
      }
    }
    guard index < words.endIndex else { return nil }
    let word = words[index]
    let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
    guard VouchedTopic.isTimeWord(word) || VouchedTopic.isTimeWord(singular) else { return nil }
    // "in the year", "for a week": a bare unit needs a word that places it ("next", "over
    // the next two") to be a time said of a doing.
    let placed =
      opensTime
      || words[start..<index].contains {
        ["next", "coming", "last", "this", "few", "couple", "new"].contains($0)
      }
    if ["year", "month", "week", "weekend", "term", "quarter", "season", "day"].contains(singular),
      !placed, !counted
    {
      return nil
    }
    return index - start + 1
  }

  /// Whether `words` (lower case, no marks) open a time that says when ("in january", "in the
  /// new year", "next spring", "by 2027"), not how long a count runs ("40 events in 40 weeks"
  /// is which events): after a thing, such a time is the verb's, and restricts nothing.
  static func saysWhen(_ words: ArraySlice<String>) -> Bool {
    guard let length = timeLength(words) else { return false }
    return !words.prefix(length).contains {
      VouchedTopic.isNumber($0) && !VouchedTopic.isTimeWord($0)
    }
  }

  /// Prepositions that say when: "over the next 2 years", "by 2027", "until march".
  static let timePrepositions: Set<String> = [
    "over", "by", "within", "until", "till", "before", "after", "during", "from", "in", "for",
  ]

  /// The discussion's words from `start` to `end` as the note prints them: "a"/"an" opening
  /// them is "the" (the thing the reader told of), "their"/"our" is "your", a noun made
  /// of a noun and a participle before the head is hyphenated ("millet-focused"), and a name
  /// typed in lower case after a preposition is written with capitals ("in Calamba Laguna").
  func render(from start: Int, to end: Int, determiner: String?, participle: Int?) -> String {
    var words = said[start..<end].map { $0.trimming(",.;:!?") }
    // "millet focused menu": a noun and a past participle before the head are one modifier.
    if let participle, participle > start, participle < end {
      let index = participle - start
      words[index - 1] += "-" + words[index]
      words.remove(at: index)
    }
    // "the new health centre next": a word opening a time ends no thing.
    while words.count > 1, let last = words.last?.lowercased(),
      ["next", "last", "coming", "this"].contains(last)
    {
      words.removeLast()
    }
    // "a new automated sandwich line next spring for the M&S contract": a time inside or
    // after the thing is when the doing happens, said of the verb; the thing is whole without
    // it.
    var index = 1
    while index < words.count {
      let rest = words[index...].prefix(7).map { TopicPhraseCheck.plain($0) }
      if let length = Self.timeLength(rest[...]) {
        words.removeSubrange(index..<(index + length))
      } else {
        index += 1
      }
    }
    if let first = words.first?.lowercased() {
      if first == "a" || first == "an" {
        words[0] = "the"
      } else if first == "their" || first == "our" {
        words[0] = "your"
      } else if !Conversation.openingDeterminers.contains(first), let determiner {
        words.insert(determiner == "their" ? "your" : determiner, at: 0)
      }
    }
    words = words.map { ProperSpelling.spelling(of: $0) }
    // "in calamba laguna": two words or more after a preposition of place with no
    // determiner, none a function word or a time, are a name typed in lower case.
    for (index, word) in words.enumerated()
    where ["in", "at", "near", "outside"].contains(word.lowercased()) && index > 0 {
      var run = index + 1
      while run < words.count {
        let lower = words[run].lowercased()
        guard words[run] == lower, words[run].allSatisfy(\.isLetter),
          !Lexicon.stopwords.contains(lower),
          !VouchedTopic.isTimeWord(lower), !VouchedTopic.determiners.contains(lower),
          !TopicRepair.prepositions.contains(lower), !VouchedTopic.isIngForm(lower)
        else { break }
        run += 1
      }
      if run - index - 1 >= 2 {
        for name in (index + 1)..<run { words[name] = words[name].capitalisedFirst() }
      }
    }
    return words.joined(separator: " ")
  }
}
