/// The control events: `ping`, `end` and `reset`, which a bridge sends beside the messages.
extension JSONLinesServer {
  /// `{"event": "ping"}`: answers at once, touching no session, so a bridge can check that the
  /// process is alive.
  func pong(_ request: JSONLinesRequest) -> String {
    JSONLinesRequest.line([("event", .string("pong"))], id: request.id)
  }

  /// `{"session": S, "event": "end"}`: forgets the session, in memory and in the store.
  mutating func end(_ request: JSONLinesRequest) -> String {
    sessions[request.session] = nil
    order.remove(request.session)
    do {
      try store?.delete(request.session)
    } catch {
      return JSONLinesRequest.errorLine(
        "could not delete the saved session: \(error.message)", session: request.session,
        id: request.id)
    }
    return JSONLinesRequest.line(
      [("session", .string(request.session)), ("event", .string("end"))], id: request.id)
  }

  /// `{"session": S, "event": "reset"}`: starts the session afresh and returns the greeting.
  mutating func reset(_ request: JSONLinesRequest, today: CivilDate) -> String {
    var conversation = Conversation(today: today, surface: .remote)
    let outputs = conversation.receive(.sessionStarted)
    return commit(
      request, conversation: conversation, outputs: outputs, notices: [], event: "reset")
  }
}
