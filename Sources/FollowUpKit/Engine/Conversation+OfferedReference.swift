/// A topic named by one word of a topic just offered.
extension Conversation {
  /// The offered topic a short reply names by a word they share, when the reply's other words
  /// point at nothing else the person said: "hospital job" after "you've won the M&E package
  /// for the new hospital in Salford" was offered, "football club one 100%" after "you just
  /// signed a premier league club". Nil when no offered topic shares a word, when topics that
  /// name different things share it, or when another typed word is said elsewhere in the
  /// discussion (the person then named something of their own).
  ///
  /// The question asked carries the weight: the person was just shown these topics and
  /// answers with the word that caught them, plus a label of their own ("job", "thing",
  /// "football") that is no word of the discussion. Printed as typed, "hospital job" was the
  /// person's shorthand pasted into the note ("It was really interesting to hear about hospital
  /// job"), where the offered topic says what was told.
  func offeredTopicSharing(_ words: String) -> Topic? {
    let typed = Set(
      Phrase.stems(words).filter {
        $0.contains(where: \.isLetter) && !TypedReference.topicWords.contains($0)
      })
    guard !typed.isEmpty, typed.count <= 3, let discussion = answers.discussion else {
      return nil
    }
    // Every typed word said as typed ("the music studio", "the rebrand instead of the
    // range"): the reply is the discussion's own phrase, which the readings before this one
    // take as the person's choice.
    let written = Set(
      discussion.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "-" })
        .map { TopicPhraseCheck.plain(String($0)) })
    let typedWords = words.split(separator: " ").map { TopicPhraseCheck.plain(String($0)) }
      .filter { !$0.isEmpty && !Lexicon.stopwords.contains($0) }
      .filter { $0.contains(where: \.isLetter) && !TypedReference.topicWords.contains($0) }
    let unwritten = typedWords.filter { word in
      !written.contains(word) && !written.contains(word + "s") && !written.contains(word + "es")
        && !(word.hasSuffix("s") && written.contains(String(word.dropLast())))
    }
    guard !unwritten.isEmpty else { return nil }
    // The job's own words ("job", "role", the role's and the company's words) name the
    // interview, never one thing of it.
    let interview = Phrase.stems(
      [facts.role, facts.company].compactMap { $0 }.joined(separator: " "))
    let said = Self.stemsWithPieces(discussion)
    // A word said in one sentence only says which thing it is: "parents" said of the upset
    // parents at the hatch and of those ringing about the cashless system names neither.
    let sentences = Self.sentences(of: discussion).map(Self.stemsWithPieces)
    func distinctive(_ word: String) -> Bool {
      sentences.filter { sentence in sentence.contains { TopicChoice.sameWord(word, $0) } }
        .count <= 1
    }
    var sharing: [(topic: Topic, shared: Set<String>)] = []
    for topic in topics where topic.asked != true {
      let held = Self.stemsWithPieces(topic.text)
      let shared = typed.filter { word in
        !Lexicon.generic.contains(word) && !interview.contains(word) && distinctive(word)
          && held.contains { TopicChoice.sameWord(word, $0) }
      }
      if !shared.isEmpty { sharing.append((topic, shared)) }
    }
    guard let first = sharing.first else {
      // "the move" for "moving everyone ... into the new town hall": every word said, but in
      // another form; a word said nowhere is the person's own, which no sentence holds.
      guard unwritten.allSatisfy({ word in said.contains { TopicChoice.sameWord(word, $0) } })
      else { return nil }
      return offeredTopicBeside(typed.subtracting(interview), in: discussion)
    }
    // Two offered topics sharing the word and naming different things (sharing less than half
    // their words): the word does not say which one. Two sayings of one thing ("you're moving
    // the whole office over to a new e-closing platform", "your plans for the whole office
    // ...") are one choice, the first offered.
    let firstWords = Phrase.stems(first.topic.text)
    guard
      sharing.dropFirst().allSatisfy({ other in
        let words = Phrase.stems(other.topic.text)
        return 2 * words.intersection(firstWords).count >= min(words.count, firstWords.count)
      })
    else { return nil }
    // A typed word said elsewhere in the discussion points there: "the club and the rota" names
    // the rota too, which the offered topic does not hold.
    // A word the offered topic holds itself is no pointer elsewhere, though said twice ("the
    // youth banking one" of "a big bank's youth account campaign, ... can't say which bank
    // yet": tuning 37's bw057 was built on "the youth banking").
    let rest = typed.subtracting(first.shared)
    let holds = Self.stemsWithPieces(first.topic.text)
    guard
      rest.allSatisfy({ word in
        Lexicon.generic.contains(word) || interview.contains(word)
          || !said.contains { TopicChoice.sameWord(word, $0) }
          || holds.contains { TopicChoice.sameWord(word, $0) }
      })
    else { return nil }
    // The head of what they typed is the thing named: the offered topic's word ("football
    // club") or a label for any topic ("hospital job"). A head of their own ("soil samples"
    // beside "her research on antibiotic resistance in soil") is a thing of theirs, which the
    // shared word only describes.
    guard let head = typedWords.last.map(Phrase.stems)?.first,
      first.shared.contains(where: { TopicChoice.sameWord($0, head) })
        || holds.contains(where: { TopicChoice.sameWord($0, head) })
        || Lexicon.generic.contains(typedWords.last ?? "") || interview.contains(head)
    else { return nil }
    return first.topic
  }

  /// The one offered topic told in the one sentence of the discussion that holds every typed
  /// word, in any of its forms: "the move" of "the council is moving everyone out of mulberry
  /// place into the new town hall in whitechapel next year", which offered "the new town
  /// hall". The person named the news by its verb; the thing offered from that sentence is
  /// what it was about. Nil when the words are in no sentence or in several, or when that
  /// sentence gave no offered topic or more than one.
  func offeredTopicBeside(_ typed: Set<String>, in discussion: String) -> Topic? {
    let wanted = typed.filter { !Lexicon.generic.contains($0) }
    guard !wanted.isEmpty else { return nil }
    let said = Self.sentences(of: discussion)
    let sentences = said.map(Self.stemsWithPieces)
    let holding = sentences.indices.filter { index in
      wanted.allSatisfy { word in sentences[index].contains { TopicChoice.sameWord(word, $0) } }
    }
    guard holding.count == 1, let sentence = holding.first else { return nil }
    let told = topics.filter {
      $0.asked != true && Self.sentence(telling: $0, in: sentences) == sentence
    }
    guard told.count == 1, let topic = told.first,
      Self.completes(topic, wordsOf: wanted, in: said[sentence])
    else { return nil }
    return topic
  }

  /// Whether the topic is said after the typed word in the sentence, within its clause: the
  /// thing the word's doing is about ("moving everyone out of mulberry place into the new
  /// town hall"). A topic said before it, or past a comma or an "and" opening another doing
  /// ("closing their £2m seed round and launching in ireland"), is another thing of the same
  /// sentence, and "the ireland launch" names the launch, not the seed round.
  static func completes(_ topic: Topic, wordsOf wanted: Set<String>, in sentence: String) -> Bool {
    let words = sentence.split(separator: " ").map(String.init)
    let plain = words.map(TopicPhraseCheck.plain)
    let topicWords = Phrase.stems(topic.text)
    guard
      let typedAt = plain.indices.first(where: { index in
        Phrase.stems(plain[index]).contains { stem in
          wanted.contains { TopicChoice.sameWord($0, stem) }
        }
      })
    else { return false }
    var index = typedAt
    while index + 1 < words.count, index - typedAt < 12 {
      if words[index].hasSuffix(",") || words[index].hasSuffix(";") { return false }
      index += 1
      if plain[index] == "and" { return false }
      if Phrase.stems(plain[index]).contains(where: { stem in
        topicWords.contains { TopicChoice.sameWord($0, stem) }
      }) {
        return true
      }
    }
    return false
  }

  /// The one sentence (its words' stems, `stemsWithPieces`) that tells a topic: holding at
  /// least two thirds of the topic's words ("your plans for ..." adds words of the offer's
  /// own), more than any other sentence holds. Nil when none or several do.
  static func sentence(telling topic: Topic, in sentences: [Set<String>]) -> Int? {
    let words = Phrase.stems(topic.text)
    guard !words.isEmpty else { return nil }
    let held = sentences.map { sentence in
      words.filter { word in sentence.contains { TopicChoice.sameWord(word, $0) } }.count
    }
    guard let most = held.max(), 3 * most >= 2 * words.count,
      held.filter({ $0 == most }).count == 1
    else { return nil }
    return held.firstIndex(of: most)
  }

  /// The stems of a text's words and of each piece of its hyphenated words ("e-closing" holds
  /// "closing").
  static func stemsWithPieces(_ text: String) -> Set<String> {
    let pieces = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
      .filter { $0.contains("-") }
      .flatMap { $0.split(separator: "-") }
      .joined(separator: " ")
    return Phrase.stems(text).union(Phrase.stems(pieces))
  }
}
