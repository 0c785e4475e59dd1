/// The person's own point about the topic: the optional question after the topic.
extension Conversation {
  /// Reads the answer to "What about it interested you ...": a line of the person's own,
  /// tidied into a first-person sentence, or a skip. A channel named here ("email", "linkedin,
  /// I have a free account") answers the next question early: the point is left out.
  /// "Sorry, is it weird to email the council? feels like emailing the tax office": a message
  /// that opens by asking the assistant something (an auxiliary before its subject, or a
  /// question word, closed by a question mark) is a question back, not a line for the note,
  /// however long the remark after it.
  static func opensWithQuestion(_ text: String) -> Bool {
    guard let mark = text.firstIndex(of: "?") else { return false }
    var words = WordSplitter.words(String(text[..<mark]))
    while let first = words.first, QuestionBack.openers.contains(first), words.count > 1 {
      words.removeFirst()
    }
    return MessageText.isQuestion(words.joined(separator: " "))
  }

  mutating func handleInterestAnswer(_ text: String) -> [Output] {
    // The answer to the question is the point: anything said early that was not used is
    // replaced by it, or by nothing when the line is skipped or kept out.
    answers.interest = nil
    answers.interestEarly = nil
    if WordSplitter.words(text).count <= 8, Channel(reading: text) != nil {
      answers.skipped.insert(.interest)
      return handleChannelAnswer(text)
    }
    if MessageText.isNonAnswer(text) || Decline.reads(text) || Self.declinesPoint(text) {
      answers.skipped.insert(.interest)
      // A line kept out earlier and now declined is no longer theirs to add back.
      answers.heldPoint = nil
      return afterAnswer(InterviewScript.interestSkipped)
    }
    if MessageText.isQuestion(text) && text.count < 40 || Self.opensWithQuestion(text) {
      return miss(question: true)
    }
    // An answer four times the longest point is no line of a note whatever the reader keeps of
    // it: left out before it is read (a 16 KiB answer of accented letters took 55 ms there).
    if text.utf8.count > 4 * Self.longestPointBytes {
      return holdBack(text, reply: InterviewScript.interestTooLong)
    }
    // One word ("pigeon") is not a point about anything; asked once more, then left out, so
    // an optional question is never a dead end.
    // Not asked again: the person is told the line is kept out, and how to add one, and the
    // conversation moves on (asked again, the same words would come back).
    guard WordSplitter.words(text).count >= 3,
      let point = InterestReader.point(from: text, context: extractionContext)
    else {
      return holdBack(text)
    }
    // A point is one line of a short note: one far longer than any note holds is left out
    // before the spelling passes and the gate read it (a 16 KiB line took 87 ms there).
    if point.utf8.count > Self.longestPointBytes {
      return holdBack(text, reply: InterviewScript.interestTooLong)
    }
    // The register is asked of the line as the reading tidied it: a small "i", "id love",
    // "tbh" or a sentence opened in lower case has one written form, which the reading
    // writes, and holding every such line back left the person's own point out of most
    // first notes. What is still chat once tidied ("kinda", "innit", an emoji) was written to
    // the assistant: held back and offered (`PointRegister`). A line typed as chat meets,
    // besides, what tidying cannot see (`PointRegister.tidyingDoubt`). "I RAN THE BOILER
    // ROOM AT ST JOSEPHS" is read in lower case (`Shouting`), where its names are lost: never
    // tidied, and its sign is its capitals.
    let typedSign = PointRegister.chatSign(in: text)
    // A line typed as chat that the note cannot vouch for is told as typed chat: its own words
    // can still go in as typed, or in other words.
    let heldReply =
      typedSign.map { InterviewScript.interestReadsAsChat(sign: $0) }
      ?? InterviewScript.interestHeldBack
    let tidiedSign = PointRegister.chatSign(in: NoteComposer.sentence(point))
    if shouts {
      return holdBack(
        text, reply: InterviewScript.interestReadsAsChat(sign: InterviewScript.typedInCapitals))
    }
    if let sign = tidiedSign {
      return holdBack(text, reply: InterviewScript.interestReadsAsChat(sign: typedSign ?? sign))
    }
    if typedSign != nil, let doubt = PointRegister.tidyingDoubt(typed: text, point: point) {
      return holdBack(text, reply: InterviewScript.interestReadsAsChat(sign: doubt))
    }
    // "i did intune enrolment" after "moving to Microsoft Intune": spelled as they spelled it.
    let sources = spellingSources
    let spelled = NumberedName.capitalised(
      CalendarNames.written(
        TopicRepair.monthsWritten(
          ProperSpelling.placesCapitalised(
            ProperSpelling.restored(point, from: sources), typed: text))))
    // All the note says before the point: the topic, the role and the company.
    let before = [
      answers.topic.map { NoteComposer.spoken($0.text, interest: nil) } ?? "",
      facts.role.flatMap {
        RoleTitle.printable(
          $0, company: facts.company ?? "", answered: facts.roleAnswered == true)
      } ?? "",
      facts.company ?? "",
    ].joined(separator: " ")
    // Words the note cannot vouch for as a sentence (`PointGate`) are not pasted, nor
    // rewritten: left out, shown, with how to add them as the person wants them to read.
    // The certain repairs are made first ("I was trainer" -> "I was a trainer"), so the
    // point read, shown and printed is the one sentence (`VouchedPoint`).
    var (sentence, slips) = VouchedPoint.repairs(of: NoteComposer.sentence(spelled))
    // Two slips to mend ("I was mentor ... 6 years") is more than a slip: not vouched for.
    if slips >= 2 { return holdBack(text, reply: heldReply) }
    // The people the notes go to: a point that names one tells of the reader as "they".
    let readers = (facts.interviewers ?? []).flatMap { [$0.given, $0.family] }.compactMap { $0 }
    let shared = answers.discussion ?? ""
    // "..., already paid for it": an afterthought the note cannot vouch for is dropped when
    // the sentence before it reads whole (`VouchedPoint.afterthoughtDropped`), rather than
    // the whole point held back; the reply shows the line as the note prints it.
    if let kept = VouchedPoint.afterthoughtDropped(
      sentence,
      blocked: { line in
        typedSign != nil && ProperSpelling.uncasedName(in: line) != nil
          || PointGate.problem(in: line, topic: before, readers: readers, shared: shared) != nil
          || VouchedPoint.doubt(in: line) != nil
          || PointGate.unrelated(line, topic: before) != nil
          || VouchedPoint.unclearIt(line, topic: before) != nil
      })
    {
      sentence = kept
    }
    // A line typed all in lower case shows no name: a word that may be one, left small after
    // "in" or "at" ("in costa I was ..."), keeps the tidied line out.
    if typedSign != nil, let name = ProperSpelling.uncasedName(in: sentence) {
      return holdBack(
        text, reply: InterviewScript.interestReadsAsChat(sign: InterviewScript.uncasedName(name)))
    }
    if let problem = PointGate.problem(
      in: sentence, topic: before, readers: readers, shared: shared)
    {
      // "that path" with no path in the note: the sentence may be whole, so the reply says
      // which word points at nothing, when that is what held it back.
      if let pointer = PointGate.pointer(in: sentence, topic: before, shared: shared),
        problem.contains("\"\(pointer)\"")
      {
        return holdBack(text, reply: InterviewScript.interestPointsAtNothing(pointer: pointer))
      }
      return holdBack(text, reply: heldReply)
    }
    // "I want to apologise again for being late": a line that says sorry, read as an apology
    // by the review (`ApologyRule`, which sets sympathy aside), is kept out of the note before
    // it is written, and the reply says why (tuning 41's ce054 printed it). Only a line with
    // the apology's own word: "so I know how messy it gets" judges no interview.
    let apologising = WordSplitter.words(sentence).contains {
      $0.hasPrefix("apologi") || $0 == "sorry"
    }
    if apologising, let quote = ApologyRule.fault(in: SentenceReading(sentence)) {
      return holdBack(text, reply: InterviewScript.interestApologises(quote))
    }
    // The point is printed only when the reading vouches for it as a sentence the person would
    // send, not when no known fault is found.
    if VouchedPoint.doubt(in: sentence) != nil { return holdBack(text, reply: heldReply) }
    // "My mum's a psychiatric nurse." beside a recruitment drive: whole, but a non sequitur,
    // so the reply says it shows no link to the topic.
    if PointGate.unrelated(sentence, topic: before) != nil {
      return holdBack(text, reply: InterviewScript.interestUnlinked)
    }
    // "my dad is a massive Lewes fan" with the topic "Figma": about another thing they named,
    // so a note with one point leaves it out and says so.
    if let topic = answers.topic,
      PointCheck.otherTopic(of: spelled, chosen: topic, offered: topics) != nil
    {
      return holdBack(text, reply: InterviewScript.interestOffTopic(topic: topic.text))
    }
    // "so I can set it up" beside "the ERC grant and the new lab": which one is "it"?
    if VouchedPoint.unclearIt(sentence, topic: before) != nil {
      return holdBack(text, reply: InterviewScript.interestUnclearIt)
    }
    answers.interest = sentence
    answers.heldPoint = nil
    // "..., I'd like to say that tactfully": the note cannot soften the person's words on its
    // own, so the reply says the line is theirs as typed.
    if let manner = WriterInstruction.mannerAsked(in: text) {
      return afterAnswer(
        InterviewScript.interestTaken(sentence) + " " + InterviewScript.mannerLeftOut(manner))
    }
    return afterAnswer(InterviewScript.interestTaken(sentence))
  }

  /// Keeps the person's line out of the note, once, and moves on: the line is kept as typed
  /// (`Answers.heldPoint`) so `why` can show it, and the reply says plainly that it is left
  /// out and how to add a sentence in their own words.
  private mutating func holdBack(_ text: String, reply: String = InterviewScript.interestHeldBack)
    -> [Output]
  {
    answers.skipped.insert(.interest)
    answers.heldPoint = text.squeezed
    return afterAnswer(reply)
  }

  /// What the person typed that shows how they spell a word the note pastes: the topics
  /// offered from their answers and the one chosen, with places written as names, and their
  /// point. "Wembley" in the discussion, "māra kai" in a topic: each word is written in the
  /// note as they wrote it somewhere. Not the company's name: "Marisol Hotel Group" does not
  /// make every "hotel" a name.
  var spellingSources: [String] {
    // Each topic as the note would print it, places written as names after its articles are
    // supplied: "from supermarket in January" alone would make "supermarket" a name.
    let topicTexts = topics.map(\.text) + [answers.topic?.text].compactMap { $0 }
    // A line of theirs kept out of the note still shows how they spell a word ("i used SAP
    // for 3 years" beside the topic "the sap": tuning 37's bw035 printed "the sap").
    return topicTexts.map { NoteComposer.spoken($0, interest: nil) }
      + [answers.interest, answers.heldPoint].compactMap { $0 }
  }

  /// Keeps an interest said before the point question ("I said I'd love to ..."), marked as
  /// said early (`Answers.interestEarly`). Only from a message written as to the interviewer
  /// (`PointRegister`): an interest in a chat message would be tidied into the note, so the
  /// question is asked instead.
  mutating func keepEarlyInterest(from text: String) {
    guard answers.interest == nil, PointRegister.chatSign(in: text) == nil else { return }
    answers.interest = InterestReader.interest(in: text, context: extractionContext)
    answers.interestEarly = answers.interest != nil ? true : nil
  }

  /// Whether the interest said early is about another thing offered than the chosen topic:
  /// "I said I'd like to move towards complex claims eventually" in a discussion whose topic
  /// is a new photo claims process is the person's own plan, offered as a topic of its own,
  /// and says nothing about the photo claims (tuning 50's cw016 printed it as the point). Its
  /// words are most of an offered topic's of two words or more ("the home" alone names
  /// too little to tell), and not of the chosen one's. A line given at the point question is
  /// the person's answer to it, and never read so.
  var interestAboutAnotherTopic: Bool {
    guard answers.interestEarly == true, let interest = answers.interest,
      let chosen = answers.topic
    else { return false }
    let said = Phrase.contentKey(interest)
    guard !Phrase.overlaps(Phrase.contentKey(chosen.text), said) else { return false }
    return topics.contains { other in
      let key = Phrase.contentKey(other.text)
      return other.text != chosen.text && key.split(separator: " ").count >= 2
        && Phrase.overlaps(key, said)
    }
  }

  /// Whether the note can print the interest it holds (`VouchedPoint`), read beside all the
  /// note says before it: the topic, the role and the company. An interest said early in the
  /// conversation meets the same reading as one given at the question.
  var interestVouched: Bool {
    guard let interest = answers.interest else { return false }
    let before = [
      answers.topic.map { NoteComposer.spoken($0.text, interest: nil) } ?? "",
      facts.role.flatMap {
        RoleTitle.printable(
          $0, company: facts.company ?? "", answered: facts.roleAnswered == true)
      } ?? "",
      facts.company ?? "",
    ].joined(separator: " ")
    let readers = (facts.interviewers ?? []).flatMap { [$0.given, $0.family] }.compactMap { $0 }
    if case .vouched = VouchedPoint.reading(
      of: NoteComposer.sentence(interest), before: before, readers: readers,
      shared: answers.discussion ?? "")
    {
      return true
    }
    return false
  }

  /// The line kept out at the point question, as a sentence to add, when the person asks for
  /// it back ("add it", "add it anyway", "put my line in"): a request opened by "add", "put" or
  /// "include" whose other words only point at that line. They were told it might not read as
  /// they mean; putting it in as typed is their choice, never the program's.
  func heldPointAddition(_ text: String) -> String? {
    guard let held = answers.heldPoint, asksForHeldLine(text) else { return nil }
    // Their words as typed, with a capital to open, a capital "I" and a full stop.
    return NoteComposer.sentence(PointRegister.withCapitalI(held))
  }

  /// Whether the message asks for the kept-out line back: "add it", "add it anyway", "put my
  /// line back in". With no line kept out, "it" names nothing to add.
  func asksForHeldLine(_ text: String) -> Bool {
    let words = WordSplitter.words(text)
    guard let first = words.first, ["add", "put", "include", "use"].contains(first),
      words.count >= 2, words.count <= 6,
      words.dropFirst().contains(where: ["it", "that", "line", "point"].contains),
      words.dropFirst().allSatisfy(Self.heldLineWords.contains)
    else { return false }
    return true
  }

  /// Words of a request for the kept-out line back: "add my line back in anyway please".
  private static let heldLineWords: Set<String> = [
    "it", "that", "my", "the", "line", "point", "anyway", "back", "in", "please", "too", "then",
    "ok", "okay", "as", "is", "typed", "one",
  ]

  /// The longest point the note takes, in bytes: about a hundred words, twice the longest
  /// sentence a follow-up note carries.
  static let longestPointBytes = 600

  /// "no thanks", "nothing to add", "pass", "nah not really", "nah just keep it simple", "no,
  /// skip please": no point to make. A line that opens with a refusal and holds nothing but
  /// refusal words, fillers and "keep it simple" declines, however the words are put together.
  static func declinesPoint(_ text: String) -> Bool {
    let words = WordSplitter.words(text)
    let phrase = words.joined(separator: " ")
    if [
      "no thanks", "no thank you", "nothing to add", "nothing really", "pass", "nah thanks",
      "not really", "no that's it", "no thats it", "nothing", "leave it",
    ].contains(phrase) {
      return true
    }
    guard let first = words.first, refusalOpeners.contains(first) else { return false }
    return words.allSatisfy(refusalWords.contains)
  }

  /// Words a refusal of the point opens with.
  private static let refusalOpeners: Set<String> = [
    "no", "nah", "nope", "not", "nothing", "skip", "leave", "just", "keep", "pass", "na",
  ]

  /// Every word a refusal may hold: "nah just keep it simple", "not really no", "no, skip
  /// please", "nothing else to add thanks".
  private static let refusalWords: Set<String> = refusalOpeners.union([
    "really", "thanks", "thank", "you", "please", "pls", "it", "simple", "short", "as", "is",
    "that's", "thats", "fine", "ok", "okay", "all", "good", "else", "to", "add", "i", "think",
    "dont", "don't", "need", "one", "this", "time", "for", "now", "the", "topic", "alone",
    "mate", "sorry", "honestly", "tbh", "lol", "im", "i'm", "ta", "cheers", "without",
  ])
}
