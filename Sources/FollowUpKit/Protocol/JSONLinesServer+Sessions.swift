import Foundation

/// Where sessions live between lines: restored from the store (or resent), saved after every
/// turn before its reply, and evicted from memory beyond `maximumSessions`.
extension JSONLinesServer {
  /// What the store held for a session that is not in memory.
  enum Restored {
    /// The line was a resend of the last answered one: its reply, as written then.
    case resend(String)
    /// The saved conversation and what it had collected, to take the message.
    case restored(Conversation, SessionInbox)
    /// Nothing usable: a new conversation, with a notice when something was lost.
    case fresh(notice: String?)
    /// The store could not be read: the message is refused with this error.
    case failed(String)
  }

  /// A session not in memory: from the store, or new.
  mutating func restore(_ request: JSONLinesRequest, digest: String, today: CivilDate) -> Restored {
    if expired.remove(request.session) != nil {
      return .fresh(notice: "This conversation had expired, so we're starting afresh.")
    }
    guard let store else { return .fresh(notice: nil) }
    let bytes: [UInt8]?
    do {
      bytes = try store.load(request.session)
    } catch {
      guard error.kind == .unusable else {
        return .failed("could not read the saved session: \(error.message)")
      }
      // Not a session file at all (a folder, a FIFO, a file it may not read, one too large):
      // set aside once, so that this session starts afresh instead of failing on every line.
      return setAside(request.session, reason: error.message)
    }
    guard let bytes else { return .fresh(notice: nil) }
    do {
      let saved = try SavedSession.decode(Data(bytes))
      var entry = Entry(
        conversation: saved.conversation, lastID: saved.lastID,
        lastTextSHA256: saved.lastTextSHA256, lastReply: saved.lastReply)
      entry.inbox = saved.inbox
      // Only a reply as the server wrote it is resent: a damaged file's reply with a line break
      // would answer one line with two and mix up a bridge's sessions (found by fuzzing).
      if entry.isResend(id: request.id, digest: digest), let reply = saved.lastReply,
        Self.isOneObjectLine(reply)
      {
        sessions[request.session] = entry
        order.touch(request.session)
        evict()
        return .resend(reply)
      }
      return .restored(saved.conversation, saved.inbox)
    } catch {
      return setAside(request.session, reason: error.description)
    }
  }

  /// Keeps an unreadable saved state aside for inspection; only this session starts again, with
  /// a notice. When it cannot even be moved, the message is refused rather than risk replacing
  /// what may be someone's conversation.
  private func setAside(_ session: String, reason: String) -> Restored {
    guard let store else { return .fresh(notice: nil) }
    do {
      try store.quarantine(session)
    } catch {
      return .failed(
        "could not read the saved session (\(reason)) nor set it aside: \(error.message)")
    }
    return .fresh(
      notice: "I couldn't read our earlier conversation (\(reason)), so we're starting afresh.")
  }

  /// One JSON object on one line.
  private static func isOneObjectLine(_ line: String) -> Bool {
    guard !line.contains(where: \.isNewline), case .object = try? JSONParser.parse(line) else {
      return false
    }
    return true
  }

  /// Saves the new state (when there is a store), then returns the reply line; a session whose
  /// state cannot be saved is not advanced.
  mutating func commit(
    _ request: JSONLinesRequest, conversation: Conversation, outputs: [Output], notices: [String],
    event: String?, digest: String? = nil, inbox: SessionInbox = SessionInbox(),
    shape: LineShape = LineShape()
  ) -> String {
    var reply = JSONLinesReply(
      session: request.session, id: request.id, outputs: outputs, conversation: conversation)
    reply.notices = notices
    reply.event = event
    reply.format = options.format
    reply.collecting = shape.collecting
    reply.continued = shape.continued
    let line = reply.line
    // Only a message's reply is kept to answer a resend: an event is simply done again.
    let kept = request.id != nil && digest != nil ? line : nil
    if let store {
      var saved = SavedSession(
        conversation: conversation, session: request.session, lastID: request.id,
        lastTextSHA256: digest, lastReply: kept)
      saved.inbox = inbox
      do {
        let data = try saved.encoded()
        try store.save(Array(data), for: request.session)
      } catch let error as SavedSession.Failure {
        return JSONLinesRequest.errorLine(
          "could not save the session, so that message was not taken: \(error.description)",
          session: request.session, id: request.id)
      } catch let error as SessionStoreError {
        return JSONLinesRequest.errorLine(
          "could not save the session, so that message was not taken: \(error.message)",
          session: request.session, id: request.id)
      } catch {
        return JSONLinesRequest.errorLine(
          "could not save the session, so that message was not taken", session: request.session,
          id: request.id)
      }
    }
    // Parked without its cached note: about 1.5 KB less per idle session with a draft, for one
    // more composition on its next revision.
    var parked = conversation
    parked.dropCache()
    var entry = Entry(
      conversation: parked, lastID: request.id, lastTextSHA256: digest, lastReply: kept)
    entry.inbox = inbox
    sessions[request.session] = entry
    order.touch(request.session)
    evict()
    return line
  }

  /// Drops the least recently used sessions beyond the limit. With a store they reload on their
  /// next line; without one, their next line is told they expired.
  mutating func evict() {
    guard let maximum = options.maximumSessions else { return }
    while sessions.count > maximum, let oldest = order.oldest {
      order.remove(oldest)
      sessions[oldest] = nil
      if store == nil {
        expired.insert(oldest)
        expiredOrder.append(oldest)
        // Remember a bounded number of expired ids.
        if expiredOrder.count > max(10_000, maximum * 4) {
          let dropped = expiredOrder.prefix(expiredOrder.count / 2)
          expiredOrder.removeFirst(dropped.count)
          for id in dropped { expired.remove(id) }
        }
      }
    }
  }
}
