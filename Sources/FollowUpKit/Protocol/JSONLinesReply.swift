/// One output line of the JSON-lines protocol: the reply text and everything a bridge shows
/// beside it (stage, note, topics, advice, export, parts), then the input's `id`.
///
/// Built from the turn's outputs and the conversation after it, so the line says exactly what
/// the conversation now holds.
struct JSONLinesReply {
  var session: String
  var id: RequestID?
  var outputs: [Output]
  var conversation: Conversation
  var notices: [String] = []
  var event: String?
  /// How the reply is cut into parts and whether it may hold blank lines.
  var format = ReplyFormat()
  /// A note is being collected over several messages.
  var collecting = false
  /// The message was kept for its continuation.
  var continued = false

  init(session: String, id: RequestID?, outputs: [Output], conversation: Conversation) {
    self.session = session
    self.id = id
    self.outputs = outputs
    self.conversation = conversation
  }

  /// The line's members, without the id, which is written as it arrived.
  var members: [(String, JSONValue)] {
    let note = conversation.note
    var blocks = ReplyBlock.blocks(outputs)
    if !notices.isEmpty {
      blocks.insert(ReplyBlock(kind: .text, text: notices.joined(separator: " ")), at: 0)
    }
    let rendered = format.render(blocks)
    var pairs: [(String, JSONValue)] = [("session", .string(session))]
    if let event { pairs.append(("event", .string(event))) }
    pairs.append(contentsOf: [
      ("reply", .string(rendered.text)),
      ("stage", .string(conversation.stage.rawValue)),
      ("occasion", .string(conversation.occasion.rawValue)),
      ("note", note.map { .string($0.body) } ?? .null),
      ("subject", note?.subject.map { .string($0) } ?? .null),
      (
        "topics",
        .array(
          conversation.topics.map {
            .object([("text", .string($0.text)), ("score", .number($0.score))])
          })
      ),
      (
        "blocks",
        .array(
          rendered.blocks.map {
            .object([("type", .string($0.kind.rawValue)), ("text", .string($0.text))])
          })
      ),
    ])
    if let parts = rendered.parts {
      pairs.append(("parts", .array(parts.map { .string($0) })))
    }
    if collecting { pairs.append(("collecting", .bool(true))) }
    if continued { pairs.append(("continued", .bool(true))) }
    if let rewrite = ReplyBlock.rewrite(outputs) {
      pairs.append(
        (
          "rewrite",
          .object([
            ("note", .string(rewrite.body)),
            ("subject", rewrite.subject.map { .string($0) } ?? .null),
          ])
        ))
    }
    for output in outputs {
      switch output {
      case .advice(let findings):
        pairs.append(
          (
            "advice",
            .array(
              findings.map {
                .object([("code", .string($0.code.rawValue)), ("message", .string($0.message))])
              })
          ))
      case .export(let export):
        pairs.append(
          (
            "export",
            .object(
              [
                ("text", .string(export.text)),
                ("eml", export.eml.map { .string($0) } ?? .null),
                ("mailto", export.mailto.map { .string($0) } ?? .null),
              ] + (export.ics.map { [("ics", JSONValue.string($0))] } ?? []))
          ))
      case .say, .showNote, .saveFile, .endSession:
        continue
      }
    }
    return pairs
  }

  var line: String { JSONLinesRequest.line(members, id: id) }
}
