import Foundation

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

/// `rename`: a session follows its person when the bridge's id for them changes.
extension JSONLinesServer {
  /// `{"event": "rename", "session": A, "to": B}`: moves A (in memory and in the store) to B,
  /// and answers `{"session": B, "event": "rename", "from": A}`. Refused when B is already a
  /// session, so a rename never overwrites someone's conversation, and when A has none.
  ///
  /// With a store, B is saved before A is deleted: a crash in between leaves both, never
  /// neither.
  mutating func rename(_ request: JSONLinesRequest, to target: String) -> String {
    let source = request.session
    func failure(_ message: String) -> String {
      JSONLinesRequest.errorLine(message, session: source, id: request.id)
    }
    guard target != source else {
      return failure("\"to\" is the session's own id")
    }
    var exists = sessions[target] != nil
    if !exists, let store {
      do {
        exists = try store.load(target) != nil
      } catch {
        exists = true
      }
    }
    guard !exists else {
      return failure("cannot rename to a session that already exists")
    }
    var entry = sessions[source]
    if entry == nil, let store {
      do {
        if let bytes = try store.load(source) {
          let saved = try SavedSession.decode(Data(bytes))
          var loaded = Entry(
            conversation: saved.conversation, lastID: saved.lastID,
            lastTextSHA256: saved.lastTextSHA256, lastReply: saved.lastReply)
          loaded.inbox = saved.inbox
          entry = loaded
        }
      } catch {
        return failure("could not read the saved session to rename it")
      }
    }
    guard let entry else { return failure("there is no session to rename") }
    if let store {
      var saved = SavedSession(
        conversation: entry.conversation, session: target, lastID: entry.lastID,
        lastTextSHA256: entry.lastTextSHA256, lastReply: entry.lastReply)
      saved.inbox = entry.inbox
      do {
        try store.save(Array(try saved.encoded()), for: target)
        try store.delete(source)
      } catch {
        return failure("could not move the saved session")
      }
    }
    sessions[source] = nil
    order.remove(source)
    sessions[target] = entry
    order.touch(target)
    evict()
    return JSONLinesRequest.line(
      [("session", .string(target)), ("event", .string("rename")), ("from", .string(source))],
      id: request.id)
  }
}
