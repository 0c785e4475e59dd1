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
public struct Conversation: Hashable, Sendable, Codable {
  /// The saved format's version. Bump it when a change would make older saved sessions decode
  /// differently, and keep a frozen fixture of every version in the tests.
  public static let formatVersion = 1

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

  public private(set) var version: Int
  /// The date taken as today, for "yesterday" and for the advice on when to send.
  public private(set) var today: CivilDate
  public private(set) var surface: Surface
  /// What the conversation is waiting for.
  public internal(set) var stage: Stage
  var started: Bool
  var facts: Facts
  var skipped: Set<Stage>
  /// Unusable answers in a row at the current stage.
  var misses: Int
  /// The engine has asked its follow-up question about the discussion.
  var askedFollowUp: Bool
  /// Ranked topics from the discussion.
  public internal(set) var topics: [Topic]
  /// The topic the person chose.
  var topic: Topic?
  var channel: Channel?
  var freeAccount: Bool
  /// The person's own idea or interest, from the discussion ("I said I'd love to ...").
  var interest: String?
  var draft: DraftHistory?
  /// The interviewer's email address, when the person gave one, for .eml and mailto exports.
  var address: String?
  var pending: Pending?
  /// The reason for a hard interview has been given once; it is not repeated.
  var explainedOutcome: Bool
  /// The last note composed and the request it was composed from: a turn that revises the draft
  /// shows the note and returns it to a bridge without composing it again. Derived, so it is
  /// neither saved nor compared.
  var noteCache = NoteCache()

  /// The stored properties that make up the saved form; `noteCache` is left out.
  enum CodingKeys: String, CodingKey {
    case version, today, surface, stage, started, facts, skipped, misses, askedFollowUp, topics
    case topic, channel, freeAccount, interest, draft, address, pending, explainedOutcome
  }

  public init(today: CivilDate, surface: Surface = .terminal) {
    version = Self.formatVersion
    self.today = today
    self.surface = surface
    stage = .name
    started = false
    facts = Facts()
    skipped = []
    misses = 0
    askedFollowUp = false
    topics = []
    topic = nil
    channel = nil
    freeAccount = false
    interest = nil
    draft = nil
    address = nil
    pending = nil
    explainedOutcome = false
    noteCache = NoteCache()
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
        return [.say("Welcome back. " + InterviewScript.question(stage, facts: facts))]
      }
      started = true
      return [
        .say(InterviewScript.greeting + "\n\n" + InterviewScript.question(stage, facts: facts))
      ]
    case .userReplied(let raw):
      var notices: [String] = []
      let cleaned = MessageText.clean(raw, limit: Self.maximumMessageBytes)
      if cleaned.wasTruncated {
        notices.append("That message was very long, so I read only its first 16 KB.")
      }
      if cleaned.hadInvalidText {
        notices.append("Some characters in that message couldn't be read, so I left them out.")
      }
      var outputs = reply(to: cleaned.text)
      if !notices.isEmpty { outputs.insert(.say(notices.joined(separator: " ")), at: 0) }
      return outputs
    case .fileSaved(let path):
      return [.say("Saved the note to \(MessageText.displayable(path)).")]
    case .fileExists(let path):
      pending = .confirmOverwrite(path: path)
      return [.say("\(MessageText.displayable(path)) already exists. Replace it? (yes or no)")]
    case .fileFailed(let path, let reason):
      return [
        .say(
          "I couldn't save to \(MessageText.displayable(path)): \(MessageText.displayable(reason)). Your draft is safe; try another file name."
        )
      ]
    }
  }

  /// The reply to one message from the person.
  private mutating func reply(to text: String) -> [Output] {
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
      return [.say(InterviewScript.greeting)] + respond(to: text)
    }
    return respond(to: text)
  }

  private mutating func respond(to text: String) -> [Output] {
    let trimmed = text.trimming(" \t\n")
    if let pending {
      self.pending = nil
      if let answer = Confirmation(reading: trimmed) {
        return resolve(pending, answer)
      }
      // Anything else cancels the question and is read as usual.
    }
    if Review.isReview(text) { return handleReview(text) }
    if trimmed.isEmpty { return miss() }
    if MessageText.isGreeting(trimmed) { return [.say("Hello! " + currentPrompt())] }
    if let command = Command(reading: trimmed) { return handle(command) }
    switch stage {
    case .draft:
      return handleDraftMessage(trimmed)
    case .done:
      return handleDoneMessage(trimmed)
    default:
      break
    }
    if let correction = Correction.read(trimmed, reader: FactReader(today: today)),
      let outputs = apply(correction)
    {
      return outputs
    }
    switch stage {
    case .name, .interviewer, .company, .role, .when, .outcome:
      return handleFactAnswer(trimmed)
    case .discussion:
      return handleDiscussion(trimmed)
    case .topic:
      return handleTopicAnswer(trimmed)
    case .channel:
      return handleChannelAnswer(trimmed)
    case .draft, .done:
      preconditionFailure("handled above")
    }
  }

  private mutating func resolve(_ pending: Pending, _ answer: Confirmation) -> [Output] {
    switch (pending, answer) {
    case (.confirmRestart, .yes):
      self = Conversation(today: today, surface: surface)
      started = true
      return [.say("Starting over.\n\n" + InterviewScript.question(stage, facts: facts))]
    case (.confirmRestart, .no):
      return [.say("Carrying on. " + currentPrompt())]
    case (.confirmOverwrite(let path), .yes):
      guard let note = currentNote() else { return [.say("There's no draft to save yet.")] }
      return [
        .saveFile(
          SaveRequest(
            path: path,
            contents: Exporter.contents(for: path, note: note, request: currentRequest()),
            overwrite: true))
      ]
    case (.confirmOverwrite, .no):
      return [.say("I left the file as it was. Your draft is unchanged.")]
    }
  }

  /// The question or instruction for the current stage.
  func currentPrompt() -> String {
    switch stage {
    case .topic: return topicPrompt()
    default: return InterviewScript.question(stage, facts: facts)
    }
  }

  /// An unusable answer: a specific hint, with an example from the second miss on.
  mutating func miss(question: Bool = false) -> [Output] {
    misses += 1
    var text = InterviewScript.hint(stage, misses: misses)
    if question { text = InterviewScript.help(stage) }
    if stage == .topic, misses >= 1 { text += "\n" + topicList() }
    return [.say(text)]
  }

  /// Moves to the first stage still missing an answer.
  mutating func advance() {
    misses = 0
    stage = nextStage()
  }

  func nextStage() -> Stage {
    for stage in Stage.asked where !isComplete(stage) { return stage }
    return .draft
  }

  func isComplete(_ stage: Stage) -> Bool {
    switch stage {
    case .name: return facts.name != nil
    case .interviewer: return facts.interviewers != nil
    case .company: return facts.company != nil
    case .role: return facts.role != nil || skipped.contains(.role)
    case .when: return facts.when != nil || skipped.contains(.when)
    case .outcome: return facts.outcome != nil || skipped.contains(.outcome)
    case .discussion: return topic != nil || !topics.isEmpty
    case .topic: return topic != nil
    case .channel: return channel != nil
    case .draft, .done: return false
    }
  }
}

/// A composed note and the request it came from. Equal to any other, so a conversation's
/// equality and hash ignore it.
struct NoteCache: Hashable, Sendable {
  var request: NoteRequest?
  var note: Note?

  /// The cached note, if it was composed from exactly this request.
  func note(for request: NoteRequest) -> Note? {
    self.request == request ? note : nil
  }

  static func == (lhs: NoteCache, rhs: NoteCache) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}
