/// Where a JSON-lines server keeps sessions between turns and across restarts.
///
/// The server decides what to save and when (after every turn, before the reply is written);
/// the store only moves bytes. FollowUpKit holds no file code: the `followup` driver provides a
/// store that writes one file per session atomically, and tests provide one in memory.
public protocol SessionStore: AnyObject {
  /// The saved bytes for a session, or nil when it has none.
  func load(_ session: String) throws(SessionStoreError) -> [UInt8]?
  /// Saves a session durably: when this returns, a crash cannot lose it.
  func save(_ bytes: [UInt8], for session: String) throws(SessionStoreError)
  /// Forgets a session's saved state.
  func delete(_ session: String) throws(SessionStoreError)
  /// Moves an unreadable saved state aside for inspection, so the session can start afresh.
  func quarantine(_ session: String) throws(SessionStoreError)
}

/// A store failure, with a short concrete message.
public struct SessionStoreError: Error, Equatable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

/// A store in memory, for tests and for embedding without files.
public final class MemorySessionStore: SessionStore, @unchecked Sendable {
  // Not locked: a server is driven from one thread at a time.
  public private(set) var files: [String: [UInt8]] = [:]
  public private(set) var quarantined: [String: [UInt8]] = [:]

  public init() {}

  public func load(_ session: String) throws(SessionStoreError) -> [UInt8]? { files[session] }

  public func save(_ bytes: [UInt8], for session: String) throws(SessionStoreError) {
    files[session] = bytes
  }

  public func delete(_ session: String) throws(SessionStoreError) {
    files[session] = nil
  }

  public func quarantine(_ session: String) throws(SessionStoreError) {
    quarantined[session] = files[session]
    files[session] = nil
  }

  /// Replaces a session's bytes directly, to simulate a corrupt file.
  public func corrupt(_ session: String, with bytes: [UInt8]) {
    files[session] = bytes
  }
}
