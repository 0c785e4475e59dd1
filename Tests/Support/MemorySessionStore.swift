import FollowUpKit

/// A store in memory, for the tests: what the server saved, quarantined or deleted can be read
/// back directly, and `corrupt(_:with:)` plants bad bytes.
///
/// A test double, so it lives here rather than in FollowUpKit's public API.
public final class MemorySessionStore: SessionStore, @unchecked Sendable {
  // Not locked: a server is driven from one thread at a time.
  public private(set) var files: [String: [UInt8]] = [:]
  public private(set) var quarantined: [String: [UInt8]] = [:]
  /// Sessions whose stored entry cannot be read as a file (as a folder or FIFO would be), with
  /// the reason `load` gives, until they are quarantined.
  public private(set) var unusable: [String: String] = [:]

  public init() {}

  public func load(_ session: String) throws(SessionStoreError) -> [UInt8]? {
    if let reason = unusable[session] { throw SessionStoreError(reason, kind: .unusable) }
    return files[session]
  }

  public func save(_ bytes: [UInt8], for session: String) throws(SessionStoreError) {
    files[session] = bytes
  }

  public func delete(_ session: String) throws(SessionStoreError) {
    files[session] = nil
  }

  public func quarantine(_ session: String) throws(SessionStoreError) {
    quarantined[session] = files[session] ?? []
    files[session] = nil
    unusable[session] = nil
  }

  /// Makes a session's entry unreadable as a file, as a folder or a FIFO in its place would be.
  public func makeUnusable(_ session: String, reason: String) {
    unusable[session] = reason
  }

  /// Replaces a session's bytes directly, to simulate a corrupt file.
  public func corrupt(_ session: String, with bytes: [UInt8]) {
    files[session] = bytes
  }
}
