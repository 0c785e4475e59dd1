/// Everything a bridge needs after one message, gathered from the outputs and the new state.
///
/// ```swift
/// var conversation = Conversation(today: today, surface: .remote)
/// let reply = conversation.send("I'm Jordan, I met Priya Shah at Northgate Foods yesterday")
/// post(reply.text)              // what to show the person
/// if let note = reply.note { ... }  // the current draft, once there is one
/// ```
public struct Reply: Hashable, Sendable {
  /// The assistant's text, as a terminal or chat shows it.
  public var text: String
  /// What the conversation now waits for.
  public var stage: Stage
  /// The current draft, or nil before there is one.
  public var note: Note?
  /// The ranked topics found in the discussion; empty until then.
  public var topics: [Topic]
  /// Findings about a pasted draft, after a review.
  public var findings: [Finding]
  /// A review's rewrite of the pasted draft, when it made one; `note` stays the person's own.
  public var rewrite: Note?
  /// The text in pieces, each with what it is, for bridges that render notes apart.
  public var blocks: [ReplyBlock]
  /// The note in every export form, after `export`, `save` or `mailto` in a remote chat.
  public var export: Export?
  /// Files the conversation asks to write (a terminal only; a remote chat never asks).
  public var saves: [SaveRequest]
  /// The person ended the conversation.
  public var ended: Bool
  /// The raw outputs, for drivers that render them themselves.
  public var outputs: [Output]

  public init(outputs: [Output], conversation: Conversation) {
    self.outputs = outputs
    text = ReplyText.render(outputs)
    stage = conversation.stage
    note = conversation.note
    topics = conversation.topics
    rewrite = ReplyBlock.rewrite(outputs)
    blocks = ReplyBlock.blocks(outputs)
    var findings: [Finding] = []
    var export: Export?
    var saves: [SaveRequest] = []
    var ended = false
    for output in outputs {
      switch output {
      case .advice(let list): findings.append(contentsOf: list)
      case .export(let value): export = value
      case .saveFile(let request): saves.append(request)
      case .endSession: ended = true
      case .say, .showNote: continue
      }
    }
    self.findings = findings
    self.export = export
    self.saves = saves
    self.ended = ended
  }
}
