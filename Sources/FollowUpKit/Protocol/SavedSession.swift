import Foundation

/// A conversation's saved form: a small JSON envelope with a format version.
///
/// Saved after every turn by bridges (`--state-dir`) and by library users, so a restarted
/// process carries on exactly where the last answered turn left it. Every version ever written
/// stays readable: the tests decode a frozen file of each.
///
/// ```swift
/// let data = try SavedSession(conversation: conversation).encoded()
/// let restored = try SavedSession.decode(data).conversation
/// ```
public struct SavedSession: Sendable, Equatable {
  /// The envelope's format: `{"v": 2, "session": ..., "state": Conversation}`, with `lastID`
  /// and `lastReply` when the last input carried an id. Version 1 had the same envelope around
  /// the conversation's first format (a stage beside loose fields), converted on load.
  public static let currentVersion = 2

  public var conversation: Conversation
  /// The session id, kept inside the file so a file found on disk names its session.
  public var session: String?
  /// The `id` of the last input answered, and the output line sent for it: a bridge that resends
  /// a line after a crash (it never saw the reply) gets the same answer, not a second turn.
  public var lastID: JSONValue?
  public var lastReply: String?

  public init(
    conversation: Conversation, session: String? = nil, lastID: JSONValue? = nil,
    lastReply: String? = nil
  ) {
    self.conversation = conversation
    self.session = session
    self.lastID = lastID
    self.lastReply = lastReply
  }

  /// Why a saved session could not be read.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// Not JSON, or not the envelope.
    case unreadable(String)
    /// A newer format than this build knows.
    case unknownVersion(Int)

    public var description: String {
      switch self {
      case .unreadable(let reason): return "unreadable saved session: \(reason)"
      case .unknownVersion(let version):
        return "saved session format \(version) is newer than this program"
      }
    }
  }

  /// The file layout, written and read by Codable.
  private struct Envelope: Codable {
    var v: Int
    var session: String?
    var lastID: JSONValue?
    var lastReply: String?
    var state: Conversation
  }

  private struct VersionOnly: Decodable {
    var v: Int
  }

  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(
      Envelope(
        v: Self.currentVersion, session: session, lastID: lastID, lastReply: lastReply,
        state: conversation))
  }

  public static func decode(_ data: Data) throws(Failure) -> SavedSession {
    let decoder = JSONDecoder()
    let version: Int
    do {
      version = try decoder.decode(VersionOnly.self, from: data).v
    } catch {
      throw .unreadable("no format version")
    }
    guard version >= 1 else { throw .unreadable("format version \(version)") }
    guard version <= currentVersion else { throw .unknownVersion(version) }
    let envelope: Envelope
    do {
      envelope = try decoder.decode(Envelope.self, from: data)
    } catch {
      throw .unreadable("the conversation does not decode")
    }
    guard envelope.state.version <= Conversation.formatVersion else {
      throw .unknownVersion(envelope.state.version)
    }
    var conversation = envelope.state
    conversation.clampCounters()
    return SavedSession(
      conversation: conversation, session: envelope.session, lastID: envelope.lastID,
      lastReply: envelope.lastReply)
  }
}
