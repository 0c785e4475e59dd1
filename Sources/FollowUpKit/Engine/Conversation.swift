/// One person's conversation with FollowUp: a value that takes inputs and returns what to do.
///
/// The engine is pure: `receive(_:)` reads the current state and an input and returns the new
/// state and the outputs, with no clock, randomness or I/O. Today's date comes in when the
/// conversation is created; every choice of wording is derived from what the person said. So a
/// recorded dialogue replays identically, and a bridge can save the value between any two turns
/// (it is `Codable`) and carry on later.
///
/// ```swift
/// var conversation = Conversation(today: CivilDate(year: 2026, month: 11, day: 27)!)
/// for output in conversation.receive(.sessionStarted) { print(output) }
/// for output in conversation.receive(.userReplied("I'm Jordan")) { print(output) }
/// conversation.stage  // .interviewer
/// ```
public struct Conversation: Hashable, Sendable {
  /// The saved format's version. Bump it when a change would make older saved sessions decode
  /// differently, and keep a frozen fixture of every version in the tests. Version 2 holds the
  /// conversation as a phase; version 1 (a stage beside loose fields) is converted on load.
  public static let formatVersion = 2

  /// Where the conversation is held: a terminal may save files; a remote chat never does.
  public enum Surface: String, Hashable, Sendable, Codable {
    case terminal
    case remote
  }

  /// A question the assistant asked that needs a yes or a no before anything else.
  enum Pending: Hashable, Sendable, Codable {
    case confirmRestart
    case confirmOverwrite(path: String)
  }

  public internal(set) var version: Int
  /// The date taken as today, for "yesterday" and for the advice on when to send.
  public internal(set) var today: CivilDate
  public internal(set) var surface: Surface
  /// The greeting has been given.
  var started: Bool
  /// Where the conversation is, with the draft once there is one.
  var phase: Phase
  /// What the person has told so far.
  var answers: Answers
  /// Unusable answers in a row to the current question.
  var misses: Int
  /// The answers given to the question in hand, so that it is never asked a third time.
  var asks: QuestionAsks
  var pending: Pending?
  /// The person's last message of some length was typed in capitals throughout, so a short one
  /// in capitals ("THE HVAC") is read as shouted too (`Shouting`).
  var shouts = false
  /// The last note composed and the request it was composed from: a turn that revises the draft
  /// shows the note and returns it to a bridge without composing it again. Derived, so it is
  /// neither saved nor compared.
  var noteCache = NoteCache()
  /// The message in hand opened the session before any question was asked. It is read as a
  /// statement, not as the answer to the first question: "Yesterday I attended interview ..."
  /// names no one, though "What's your name?" would trust a short reply. True only during that
  /// one turn, so it is never saved.
  var readingOpening: Bool { opening != nil }
  /// The opening message while it is read, as typed.
  var opening: String?

  public init(today: CivilDate, surface: Surface = .terminal) {
    version = Self.formatVersion
    self.today = today
    self.surface = surface
    started = false
    phase = .asking(.name)
    answers = Answers()
    misses = 0
    asks = QuestionAsks()
    pending = nil
  }

  /// What the conversation is waiting for.
  public var stage: Stage { phase.stage }

  /// Ranked topics from the discussion.
  public var topics: [Topic] { answers.topics }

  /// The interview's facts as the person gave them.
  var facts: Facts {
    get { answers.facts }
    set { answers.facts = newValue }
  }

  /// The draft, once there is one.
  var draft: Draft? { phase.draft }

  /// Replaces the draft in whichever phase holds it.
  mutating func update(_ draft: Draft) {
    phase = phase.replacingDraft(draft)
  }

  /// Forgets the cached note, for a session parked in memory between turns: it costs memory
  /// and the next turn rebuilds it if needed.
  public mutating func dropCache() {
    noteCache = NoteCache()
  }

  /// The longest message read in one turn. Longer ones are cut, with a notice, so no input can
  /// make a turn slow or a saved session large.
  public static let maximumMessageBytes = 16 * 1024

  /// Responds to one input.
  public mutating func receive(_ input: Input) -> [Output] {
    switch input {
    case .sessionStarted:
      if started {
        return [
          .say(InterviewScript.welcomeBack + " " + InterviewScript.question(stage, facts: facts))
        ]
      }
      started = true
      return [
        .say(InterviewScript.greeting + "\n\n" + InterviewScript.question(stage, facts: facts))
      ]
    case .userReplied(let raw):
      var notices: [String] = []
      let cleaned = MessageText.clean(raw, limit: Self.maximumMessageBytes)
      if cleaned.wasTruncated { notices.append(InterviewScript.truncatedNotice) }
      if cleaned.hadInvalidText { notices.append(InterviewScript.invalidTextNotice) }
      // "MAPLE RIDGE SCHOOL DISTRICT": capitals throughout say nothing about names, so the
      // message is read as if typed in lower case.
      let text = Shouting.read(cleaned.text, personShouts: shouts)
      if Shouting.showsHabit(cleaned.text) { shouts = text != cleaned.text }
      var outputs = reply(to: text)
      if !notices.isEmpty { outputs.insert(.say(notices.joined(separator: " ")), at: 0) }
      return outputs
    case .fileSaved(let path):
      return [.say(InterviewScript.saved(MessageText.displayable(path)))]
    case .fileExists(let path):
      pending = .confirmOverwrite(path: path)
      return [.say(InterviewScript.confirmOverwrite(MessageText.displayable(path)))]
    case .fileFailed(let path, let reason):
      return [
        .say(
          InterviewScript.saveFailed(
            MessageText.displayable(path), reason: MessageText.displayable(reason)))
      ]
    }
  }

  /// The reply to one message from the person, saying how the note will be signed when the
  /// message asked for a form of the person's name under it (`SignOffForm`).
  private mutating func reply(to text: String) -> [Output] {
    // "put my surname too at end" with the draft in view: the note is signed in that form, as
    // an undoable change of the sign-off, the facts held left as they are (tuning 41's ce027
    // was not understood).
    if draft != nil, let inFull = SignOffForm.asked(text), SignOffForm.isWhole(text),
      let name = facts.name
    {
      return applyInDraft(.signOff(inFull ? name : SignOffName.goneBy(name)))
    }
    guard draft == nil, let inFull = SignOffForm.asked(text) else { return replyRead(text) }
    // The form asked for replaces a sign-off asked for before; one typed in this message wins.
    let named = facts.name != nil
    facts.signsInFull = inFull
    // "just my first name at the end": the given name held is the sign-off asked for.
    facts.signOff = inFull ? nil : facts.name.map(SignOffName.goneBy)
    // "full name", "put my surname too": nothing else to read, so the question stands.
    if started, case .asking = phase, SignOffForm.isWhole(text) {
      let signed = SignOffName.signed(facts) ?? ""
      let said =
        !signed.isEmpty
        ? InterviewScript.signingAs(signed)
        : inFull ? InterviewScript.signingInFull : InterviewScript.signingGiven
      return [.say(said + "\n\n" + currentPrompt())]
    }
    var outputs = replyRead(text)
    if named, let signed = SignOffName.signed(facts), !signed.isEmpty {
      outputs.insert(.say(InterviewScript.signingAs(signed)), at: 0)
    }
    return outputs
  }

  private mutating func replyRead(_ text: String) -> [Output] {
    if !started {
      // A session opened by its first message: greet, then read the message as an answer to
      // the first question (which also picks up every other fact it states), unless it is only
      // a greeting or empty.
      started = true
      let trimmed = text.trimming(" \t\n")
      if trimmed.isEmpty || MessageText.isGreeting(trimmed) {
        return [
          .say(InterviewScript.greeting + "\n\n" + InterviewScript.question(stage, facts: facts))
        ]
      }
      opening = text
      // "a thank-you message on LinkedIn": the channel said with the request is not asked for.
      var greeting = InterviewScript.greeting
      if draft == nil, answers.channel == nil, !PastedReview.isReview(text),
        !PastedNote.isNote(trimmed), let channel = OpeningChannel.read(text)
      {
        answers.channel = ChannelChoice(channel: channel)
        greeting += "\n\n" + InterviewScript.channelFromOpening(channel)
      }
      let outputs = [.say(greeting)] + respond(to: text)
      opening = nil
      // The opening came before any question: the one asked now is asked for the first time.
      asks = QuestionAsks(question: phase.question)
      return outputs
    }
    return respond(to: text)
  }

  /// The reply to one message, before `respond(to:)` counts the question shown.
  mutating func respondToMessage(_ text: String) -> [Output] {
    let trimmed = text.trimming(" \t\n")
    if let pending {
      self.pending = nil
      if let answer = Confirmation(reading: trimmed) {
        return resolve(pending, answer)
      }
      // Anything else cancels the question and is read as usual.
    }
    if PastedReview.isReview(text) { return handleReview(text) }
    if PastedNote.isNote(trimmed) { return handleReview("review\n" + trimmed) }
    if trimmed.isEmpty { return miss() }
    // "a text to the cafe manager after my trial today", at whatever question it is said: the
    // interview was a shift worked, which the note's thanks says (`TrialShift`).
    if draft == nil, case .asking = phase, TrialShift.wasOne(in: trimmed) {
      answers.trialShift = true
    }
    if MessageText.isGreeting(trimmed) { return [.say(InterviewScript.hello + currentPrompt())] }
    if let command = Command(reading: trimmed) { return handle(command) }
    if let outputs = handleOccasionMessage(trimmed) { return outputs }
    // "should i call her dr ramaswamy or anita? everyone there called her anita": a wish about
    // the greeting beside a question is read before the question is answered.
    if case .asking(let question) = phase, let outputs = takeGreetingCue(trimmed, at: question) {
      return outputs
    }
    // "Sorry please add Tunde in the greeting too": who the note greets, at any question.
    if case .asking(let question) = phase,
      let outputs = takeGreetingAddition(trimmed, at: question)
    {
      return outputs
    }
    if let asked = QuestionBack(reading: trimmed) {
      return [.say(InterviewScript.answer(asked, stage: stage) + "\n\n" + currentPrompt())]
    }
    // "fenn&fire is all small letters", at a later question or after the note: the company's
    // letters as the person says they are written.
    if let company = facts.company, phase.question != .company,
      let lower = LetterCaseRemark.lowerCased(company, by: trimmed)
    {
      if draft != nil { return applyInDraft(.company(lower)) }
      facts.company = lower
      return [.say(InterviewScript.companyInSmallLetters(lower) + "\n\n" + currentPrompt())]
    }
    switch phase {
    case .drafting(let draft):
      return handleDraftMessage(trimmed, draft: draft)
    case .finished(let draft):
      return handleDoneMessage(trimmed, draft: draft)
    case .asking(let question), .revisiting(let question, _):
      if let outputs = takeGreetingCue(trimmed, at: question) { return outputs }
      if let (correction, source) = correctionInParts(of: trimmed, at: question),
        !(question == .topic && choosesFromDiscussion(correction)),
        !readsFuller(trimmed, than: correction, at: question),
        // "My name is Venkata Lakshmi Narayanan. Friends call me Lakshmi only, you can sign as
        // that", asked for the name with none held: "my name is" states the answer, which is
        // read whole with its wishes (`DirectAnswer.ownName`); there is nothing to correct.
        !(question == .name && facts.name == nil && correction.isName),
        // "plnt.io, all lowercase" after "You mentioned PLNT": the answer, with its letters.
        !(question == .company && LetterCaseRemark.saysLowerCase(trimmed)),
        // "wed evening" asked when the interview was: a day, whatever name it resembles ("you
        // met Wed Evening" was read as a fuller saying of an interviewer held as "Wed"). A
        // correction of someone beside the day ("tues, and it's Sam not Pam") still holds.
        !(question == .when && correction.isPeople
          && InterviewDay(reading: correction.valueText, today: today) != nil)
      {
        var corrected = self
        let held = facts
        if var acknowledgement = corrected.take(
          CompanyAnswer.withArticle(correction, in: source, held: facts.company))
        {
          // "use my full name actually, Jessica Thornton, but still sign it Jess": a sign-off
          // asked for beside the name put right is the sign-off (tuning 49's cu056 signed
          // "Jessica"), as it is at the draft.
          if correction.isName, let name = Self.signOffAsked(in: trimmed),
            corrected.take(.signOff(name)) != nil, let full = corrected.facts.name?.full
          {
            acknowledgement = InterviewScript.renamed(full, signed: name.full)
          }
          self = corrected
          if let both = answerBeside(
            correction, in: trimmed, besides: source, at: question, acknowledgement, before: held)
          {
            return both
          }
          if isAnswered(question) || question.slot == nil { return afterAnswer(acknowledgement) }
          return [.say(acknowledgement + "\n\n" + currentPrompt())]
        }
      }
      // "i already said, Northgate Foods": the answer again, read without the remark.
      let repeated = Repeat.strip(trimmed)
      if repeated.remarked {
        guard !repeated.rest.isEmpty else {
          // "i already said" with nothing after it: a reply to this question all the same, so
          // it counts towards the limit (the question is not asked a third time).
          asks.attempt = trimmed
          return [.say(InterviewScript.missedIt + " " + currentPrompt())]
        }
        asks.attempt = repeated.rest
        return answer(repeated.rest, to: question)
      }
      // An answer, to be counted: not a question, nor "..." with nothing in it, nor stepping
      // away ("brb kids", "hang on someone at the door"), which waits and spends no ask; counted,
      // the aside had been taken as the name at the limit ("I'll sign the note as "Brb Kids"").
      if !MessageText.isQuestion(trimmed), trimmed.contains(where: { $0.isLetter || $0.isNumber }),
        question == .topic || !AwayAside.isWholeAside(trimmed)
      {
        asks.attempt = trimmed
      }
      return answer(trimmed, to: question)
    }
  }

  /// The sign-off a part of a message asks for with a verb of signing: "but still sign it
  /// Jess". Only a part that says "sign": "use my full name actually" asks for no sign-off.
  static func signOffAsked(in text: String) -> PersonName? {
    for part in CorrectionReader.clausesOf(text)
    where WordSplitter.words(part).contains(where: { $0.hasPrefix("sign") }) {
      if case .signOff(let name, _)? = NameRequest.read(part) { return name }
    }
    return nil
  }

  /// The correction a message carries, and the statement it was read from (the whole message
  /// when it is read whole).
  ///
  /// A message of several statements that corrects one fact and answers the question in hand
  /// in another ("oops its john with an h. company is harbour care ltd", "2 things, it was
  /// sunday not monday, and the role is assistant store manager") is read statement by
  /// statement, so that the answer's fact word and value cannot become the correction's target
  /// or value: the statement read as a correction is the one beside which another statement
  /// answers the question. Otherwise the message is read whole, since a cue and its value may
  /// sit in two statements ("sorry, typo. its Harlow Reed", "its Ciarán with a fada on the a,
  /// and Cárthaigh has one too"), and a statement alone may read as a correction in a fixed
  /// wording when the message is an answer ("my name is aisha bello and the interview was
  /// yesterday"). Only when the whole reads as nothing is the first statement that corrects by
  /// meaning taken. A long message (a discussion that tells of someone "instead") is read whole
  /// only.
  func correctionInParts(of text: String, at question: Question) -> (Correction, String)? {
    let parts = MessageParts.statements(of: text)
    let whole = readCorrection(text)
    guard parts.count > 1, WordSplitter.words(text).count <= 40 else {
      return leadingCorrection(of: text, failing: whole) ?? whole.map { ($0, text) }
    }
    var first: (Correction, String)?
    var taken: (Correction, String)?
    for part in parts {
      guard let correction = readCorrection(part) else { continue }
      var trial = self
      guard let acknowledgement = trial.take(correction) else { continue }
      if taken == nil { taken = (correction, part) }
      // Read by meaning (a cue and a held target), not by a fixed wording that is also an
      // answer's ("my name is ...").
      let meant =
        CorrectionReader(reader: FactReader(today: today), known: facts).read(part) != nil
      if first == nil, meant { first = (correction, part) }
      if trial.answerBeside(
        correction, in: text, besides: part, at: question, acknowledgement, before: facts) != nil
      {
        return (correction, part)
      }
    }
    // Read whole as nothing ("sorry autocorrect, its Harte with an e. McGrath Harte"): the
    // statement that corrects by meaning, in a message as short as one the whole reading takes.
    // So is a whole reading whose value runs across a sentence end ("Harte with an e. Brook
    // Harte"): the value is muddled by the statement after it.
    guard WordSplitter.words(text).count <= 24 else {
      return leadingCorrection(of: text, failing: whole) ?? whole.map { ($0, text) }
    }
    // A whole reading that changes nothing held ("its sharon not karen sorry. been calling
    // her karen all day" read whole swaps "karen sorry") gives way to a statement's reading
    // that does.
    if let whole, !whole.valueText.contains(". ") {
      var trial = self
      if taken == nil || trial.take(whole) != nil { return (whole, text) }
      return first ?? taken
    }
    return first ?? whole.map { ($0, text) }
  }

  /// A long message that reads whole as a correction only by a fixed wording, read again by
  /// meaning in its opening clauses: "oh wait sorry, it was the Hilton at Heathrow Terminal 4
  /// not the Sofitel, I have two interviews this week and I mixed them up" is too long to read
  /// by meaning whole, and its fixed-wording reading swaps some words of the company for
  /// others, its "4" lost (tuning 37's bw014 took it for the discussion). The longest opening,
  /// of at most 24 words, that corrects by meaning and is taken is the one read.
  func leadingCorrection(of text: String, failing whole: Correction?) -> (Correction, String)? {
    guard whole != nil, WordSplitter.words(text).count > 24 else { return nil }
    let reader = CorrectionReader(reader: FactReader(today: today), known: facts)
    guard reader.read(text) == nil else { return nil }
    let clauses = CorrectionReader.clausesOf(text)
    var found: (Correction, String)?
    for count in 1..<clauses.count {
      let opening = clauses.prefix(count).joined(separator: ", ")
      guard WordSplitter.words(opening).count <= 24 else { break }
      guard let correction = reader.read(opening) else { continue }
      var trial = self
      if trial.take(correction) != nil { found = (correction, opening) }
    }
    return found
  }

  /// Whether the reply, read as the answer to the question asked, names the company or role
  /// the correction names more fully: "castlebank vets (castlebank veterinary centre on the
  /// sign)" restates the "Vets" heard before, and its remark gives the full name; "Senior
  /// Planning Officer, actually. I said Planning Officer earlier but it's the senior post"
  /// answers the role question, and its remark's "senior post" explains it (tuning 46's co041
  /// had set the role "senior"). The question asked carries weight, so the answer's reading is
  /// taken.
  func readsFuller(_ text: String, than correction: Correction, at question: Question) -> Bool {
    // The role: the message opens with a clause that is nothing but the answer, and the
    // correction's words are all in it ("sorry i said senior but its just planning officer"
    // opens with no such clause, and is the correction).
    if question == .role, case .role(let value) = correction,
      let opening = CorrectionReader.clausesOf(text).first,
      let read = FactReader(today: today).answer(opening, to: .role)?.role
    {
      let words = { (text: String) in
        text.split(whereSeparator: { $0 == " " || $0 == "." }).map {
          CorrectionReader.folded(String($0))
        }.filter { !$0.isEmpty }
      }
      let answered = words(read)
      let corrected = words(value)
      return !corrected.isEmpty && answered == words(opening)
        && answered.count > corrected.count && corrected.allSatisfy(answered.contains)
    }
    guard question == .company, case .company(let value) = correction,
      let read = FactReader(today: today).answer(text, to: .company)?.company,
      let first = value.split(separator: " ").first.map({ CorrectionReader.folded(String($0)) }),
      !first.isEmpty
    else { return false }
    let found = CorrectionReader.folded(read)
    return found.hasPrefix(first) && found.count > CorrectionReader.folded(value).count
  }

  /// A correction of something said before, by meaning first, then in the fixed wordings.
  func readCorrection(_ text: String) -> Correction? {
    let reader = FactReader(today: today)
    let correctionReader = CorrectionReader(reader: reader, known: facts)
    // The person's wish on their own name wins over a reading of one word of it; a sign-off
    // wished is read after the corrections, which may say the name too ("my actual name is
    // Katarzyna Nowak ... sign it kasia").
    let wish = nameWishCorrection(text)
    // "my full name is Nguyen Thi Lan, lan is my first name": the wish, in the order remarked.
    if case .name(let name) = wish {
      return .name(CorrectionReader.ordered(name, by: text) ?? name)
    }
    if let recipients = recipientRemark(text) { return recipients }
    // "Mr Idowu is actually the depot manager not security supervisor": the job held for
    // someone met, set aside, is what is put right, before any reading of the name beside it.
    if let retitled = correctionReader.jobPutRight(text) {
      return retitled
    }
    // "oh no i said karen, its sharon": the slip quoted in the held value's own words is the
    // surest reading of what is meant, before any reading by slot words or wording.
    if let slip = correctionReader.quotedSlip(text) { return slip }
    // "no its Reid", "sorry i meant Kowalska not Kowalczyk for the lady": a name held, typed
    // again in changed form, is put right whatever the wording around it.
    if let restated = correctionReader.restatedName(text) { return restated }
    if let renamed = correctionReader.identityRename(text) { return renamed }
    // "Correction: not Compass Group directly. The job ad said Eurest": the company held,
    // denied word for word, names the target before any reading by wording, which took "ad
    // said Eurest" for a role held beside it.
    if let denied = correctionReader.deniedHeldCompany(text, opening: true) { return denied }
    return correctionReader.read(text) ?? wish
      ?? Correction.read(text, reader: reader) ?? nameOrderRemark(text)
      ?? correctionReader.restatedCompany(text) ?? correctionReader.deniedHeldCompany(text)
  }

  /// Whether a correction read at the topic question takes its new value from the person's own
  /// discussion: "actually the refuge clinic please not cardiff" picks a topic over the one
  /// offered, and "clinic ... not" only looks like "the practice is X not Y". The question asked
  /// carries weight: a value the discussion holds word for word, unlike the fact it would
  /// replace, is the person's choice of topic.
  func choosesFromDiscussion(_ correction: Correction) -> Bool {
    guard let discussion = answers.discussion?.lowercased() else { return false }
    let said = Set(
      discussion.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    let words = correction.valueText.lowercased().split(whereSeparator: {
      !$0.isLetter && !$0.isNumber
    })
    .map(String.init).filter { !Lexicon.stopwords.contains($0) }
    guard !words.isEmpty, words.allSatisfy(said.contains) else { return false }
    let held: String? =
      switch correction {
      case .company: facts.company
      case .role: facts.role
      case .name, .signOff: facts.name?.full
      case .interviewers, .interviewerSpelling:
        facts.interviewers?.map(\.full).joined(separator: " ")
      default: nil
      }
    guard let held else { return true }
    let heldWords = Set(
      held.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    return heldWords.isDisjoint(with: words)
  }

  /// "just to be clear Li is her family name, Na is first": a remark, at any question, on which
  /// part of a held interviewer's name is which. It needs no correction word: it changes how
  /// they are greeted ("Dr Li", not "Dr Na"). A remark about "my" name is the person's own.
  func nameOrderRemark(_ text: String) -> Correction? {
    guard var people = facts.interviewers, text.count <= 200 else { return nil }
    let lower = text.lowercased()
    guard
      ["family name", "surname", "first name", "given name", "last name"].contains(where: {
        lower.contains($0)
      })
    else { return nil }
    var changed = false
    for clause in lower.split(whereSeparator: { ",;(".contains($0) }) {
      let words = clause.split(separator: " ").map { String($0).trimming(".'\"") }
      guard !words.contains("my") else { continue }
      for index in people.indices {
        let parts = people[index].fullWords.map { $0.lowercased() }
        guard parts.count >= 2, parts.contains(where: words.contains),
          var reordered = GivenNameRemark.given(in: String(clause), of: people[index]),
          reordered != people[index]
        else { continue }
        reordered.job = people[index].job
        people[index] = reordered
        changed = true
      }
    }
    return changed ? .interviewers(people) : nil
  }

  /// An answer to the question in hand.
  mutating func answer(_ text: String, to question: Question) -> [Output] {
    // "hang on someone at the door", "hold on let me check the email for her name": stepping
    // away answers no question, so it waits and no ask is spent (`AwayAside`); read as an
    // answer, "Door" and "Hold" had become the interviewer. The topic question reads its own.
    if question != .topic, AwayAside.isWholeAside(text) {
      return [.say(InterviewScript.awayAside + "\n\n" + currentPrompt())]
    }
    // "hold on, i forgot her name", "one sec, its jane": only what follows the aside's stop
    // may answer; read whole, "Hold" had become the interviewer (answers tuning 36's cf035).
    if question != .topic, let rest = AwayAside.answer(in: text), !rest.isEmpty, rest != text {
      return answer(rest, to: question)
    }
    switch question {
    case .name, .interviewer, .company, .role, .when, .outcome:
      return handleFactAnswer(text, to: question)
    case .discussion:
      return handleDiscussion(text)
    case .topic:
      return handleTopicAnswer(text)
    case .interest:
      return handleInterestAnswer(text)
    case .channel:
      return handleChannelAnswer(text)
    case .occasion, .heard, .development, .feedback:
      return handleOccasionAnswer(text, to: question)
    }
  }

  private mutating func resolve(_ pending: Pending, _ answer: Confirmation) -> [Output] {
    switch (pending, answer) {
    case (.confirmRestart, .yes):
      self = Conversation(today: today, surface: surface)
      started = true
      return [.say(InterviewScript.startingOver + "\n\n" + currentPrompt())]
    case (.confirmRestart, .no):
      return [.say(InterviewScript.carryingOn + " " + currentPrompt())]
    case (.confirmOverwrite(let path), .yes):
      guard let note = currentNote() else { return [.say(InterviewScript.noDraftToSave)] }
      return [
        .saveFile(
          SaveRequest(
            path: path,
            contents: Exporter.contents(for: path, note: note, request: currentRequest()),
            overwrite: true))
      ]
    case (.confirmOverwrite, .no):
      return [.say(InterviewScript.fileLeftAlone)]
    }
  }

  /// The question or instruction for the current stage.
  func currentPrompt() -> String {
    switch phase {
    case .asking(.topic), .revisiting(.topic, _): topicPrompt()
    case .asking(.role) where answers.roleHeard != nil:
      InterviewScript.heardRoleQuestion(answers.roleHeard ?? "")
    case .asking(.company) where answers.companyHeard != nil:
      InterviewScript.heardCompanyQuestion(answers.companyHeard ?? "")
    case .asking(.when) where answers.dayHeard != nil:
      InterviewScript.heardDayQuestion(answers.dayHeard ?? "")
    case .asking, .revisiting, .drafting, .finished:
      occasionPrompt() ?? InterviewScript.question(stage, facts: facts)
    }
  }

  /// An unusable answer: a specific hint, with an example from the second miss on.
  mutating func miss(question: Bool = false) -> [Output] {
    misses += 1
    var text = InterviewScript.hint(stage, misses: misses)
    if question { text = InterviewScript.help(stage) }
    if phase.question == .topic { text += "\n" + topicList() }
    return [.say(text)]
  }

  /// The first question still missing an answer, or nil when the draft can be written.
  func nextQuestion() -> Question? {
    askedQuestions.first { !isAnswered($0) }
  }

  /// Whether a question has its answer: a fact given or skipped, or, once the draft exists,
  /// the draft's own topic and channel.
  func isAnswered(_ question: Question) -> Bool {
    let skipped = answers.skipped.contains(question)
    switch question {
    case .name: return facts.name != nil || skipped
    case .interviewer: return facts.interviewers != nil
    case .company: return facts.company != nil && answers.companyHeard == nil || skipped
    case .role: return facts.role != nil && answers.roleHeard == nil || skipped
    case .when: return facts.when != nil && answers.dayHeard == nil || skipped
    case .outcome: return facts.outcome != nil || skipped
    case .discussion: return answers.topic != nil || !topics.isEmpty || draft != nil
    case .topic: return answers.topic != nil || draft != nil
    // An interest said early answers the question only when the note can vouch for it;
    // otherwise the question is asked, so the person can put it in their own words.
    // Nor when it is about another thing offered than the chosen topic.
    case .interest:
      return answers.interest != nil && interestVouched && !interestAboutAnotherTopic || skipped
        || draft != nil
    case .channel: return answers.channel != nil || draft != nil
    case .occasion, .heard, .development, .feedback: return isOccasionAnswered(question)
    }
  }
}

/// A composed note and the request it came from. Equal to any other, so a conversation's
/// equality and hash ignore it.
///
/// Boxed (an indirect case): a bridge parks thousands of sessions with an empty cache, and held
/// inline the request and note cost about 440 bytes in every one of them.
struct NoteCache: Hashable, Sendable {
  private indirect enum Entry: Sendable {
    case cached(request: NoteRequest, note: Note)
  }

  private var entry: Entry?

  init() {}

  init(request: NoteRequest, note: Note) {
    entry = .cached(request: request, note: note)
  }

  /// The cached note, if it was composed from exactly this request.
  func note(for request: NoteRequest) -> Note? {
    guard case .cached(let cached, let note)? = entry, cached == request else { return nil }
    return note
  }

  static func == (lhs: NoteCache, rhs: NoteCache) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}
