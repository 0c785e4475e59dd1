/// `start`: a bridge opens a session in an occasion, for a button or a command of its own
/// ("/checkin"), without the person having to say which note they need.
extension JSONLinesServer {
  /// `{"session": S, "event": "start", "occasion": "check-in"}`: starts S afresh in the
  /// occasion and returns its greeting and first question, as `reset` does for a first note.
  mutating func start(
    _ request: JSONLinesRequest, in occasion: Occasion, round: LaterRound?, today: CivilDate
  ) -> String {
    var conversation = Conversation(today: today, surface: .remote)
    let outputs = conversation.start(in: occasion, round: round)
    return commit(
      request, conversation: conversation, outputs: outputs, notices: [], event: "start")
  }
}

extension JSONLinesRequest {
  /// Reads a `start` event's occasion and round.
  static func startEvent(_ value: JSONValue, session: String?, id: RequestID?)
    -> Result<JSONLinesRequest, Failure>
  {
    let names = Occasion.allCases.map(\.rawValue).joined(separator: ", ")
    guard let session else {
      return .failure(Failure(message: "\"start\" needs a \"session\"", id: id))
    }
    guard case .string(let name)? = value["occasion"], let occasion = Occasion(rawValue: name)
    else {
      return .failure(
        Failure(
          message: "\"start\" needs an \"occasion\": one of \(names)", session: session, id: id))
    }
    var round: LaterRound?
    if let field = value["round"] {
      guard case .string(let text) = field, !text.isEmpty, text.utf8.count <= 40,
        MessageText.displayable(text) == text
      else {
        return .failure(
          Failure(
            message:
              "\"round\" must be \"offer\" or an interview's name such as \"final interview\"",
            session: session, id: id))
      }
      round = text.lowercased() == "offer" ? .offer : .interview(text.lowercased())
    }
    return .success(
      JSONLinesRequest(session: session, kind: .start(occasion, round: round), id: id))
  }
}
