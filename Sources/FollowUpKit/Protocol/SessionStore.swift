/// Where a JSON-lines server keeps sessions between turns and across restarts.
///
/// The server decides what to save and when (after every turn, before the reply is written);
/// the store only moves bytes. FollowUpKit holds no file code: the `followup` driver provides a
/// store that writes one file per session atomically, and the tests one in memory
/// (`MemorySessionStore` in FollowUpTestSupport).
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
  /// What the server does about it.
  public enum Kind: Sendable, Equatable {
    /// Perhaps passing (no memory, a full disk, an I/O error): the line is refused and the
    /// saved state left as it is, to be read on a later line.
    case failure
    /// What is stored under the session's name can never be read as one (a folder, a FIFO or
    /// device, a file it may not read, one over `SavedSession.maximumBytes`): the server sets
    /// it aside with `quarantine` and starts the session afresh, with a notice.
    case unusable
  }

  public var message: String
  public var kind: Kind

  public init(_ message: String, kind: Kind = .failure) {
    self.message = message
    self.kind = kind
  }

  public var description: String { message }
}
