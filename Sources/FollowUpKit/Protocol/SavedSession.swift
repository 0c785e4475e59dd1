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
  /// The envelope's format: `{"v": 3, "session": ..., "state": Conversation}`, with
  /// `lastIDText`, `lastTextSHA256` and `lastReply` when the last message carried an id.
  /// Version 2 kept the id as a JSON value (`lastID`, numbers as doubles) and no digest of the
  /// text; version 1 had the conversation's first format (a stage beside loose fields). Both are
  /// converted on load.
  public static let currentVersion = 3

  /// The largest saved session written or read, in bytes: one limit for both, so that whatever
  /// is saved can be loaded again. Ids are bounded, messages are cut to 16 KiB and the draft
  /// history is kept short, so a real session is a few kilobytes; a turn whose state would be
  /// larger is refused before anything is saved.
  public static let maximumBytes = 4 * 1024 * 1024

  public var conversation: Conversation
  /// The session id, kept inside the file so a file found on disk names its session.
  public var session: String?
  /// The `id` of the last message answered, the SHA-256 of its text (lower-case hex), and the
  /// output line sent for it: a bridge that resends a line after a crash (it never saw the
  /// reply) gets the same answer, not a second turn. A resend is the same id with the same text.
  public var lastID: RequestID?
  public var lastTextSHA256: String?
  public var lastReply: String?
  /// A note being pasted over several messages, or a message waiting for its continuation.
  var inbox = SessionInbox()

  public init(
    conversation: Conversation, session: String? = nil, lastID: RequestID? = nil,
    lastTextSHA256: String? = nil, lastReply: String? = nil
  ) {
    self.conversation = conversation
    self.session = session
    self.lastID = lastID
    self.lastTextSHA256 = lastTextSHA256
    self.lastReply = lastReply
  }

  /// The digest kept to recognise a resend: the SHA-256 of the message's UTF-8, in hex.
  public static func digest(_ text: String) -> String {
    SessionFileName.hex(SHA256.hash(Array(text.utf8)))
  }

  /// Why a saved session could not be read.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// Not JSON, or not the envelope.
    case unreadable(String)
    /// A newer format than this build knows.
    case unknownVersion(Int)
    /// Larger than `maximumBytes`, to save or to load.
    case tooLarge(Int)

    public var description: String {
      switch self {
      case .unreadable(let reason): return "unreadable saved session: \(reason)"
      case .tooLarge(let bytes):
        return "the saved session would be \(bytes) bytes, over the limit of \(maximumBytes)"
      case .unknownVersion(let version):
        return "saved session format \(version) is newer than this program"
      }
    }
  }

  /// The file layout, written and read by Codable.
  private struct Envelope: Codable {
    var v: Int
    var session: String?
    /// Format 2 only: the id as a value.
    var lastID: JSONValue?
    var lastIDText: String?
    var lastTextSHA256: String?
    var lastReply: String?
    /// Only while a note is being collected or a message waits for its rest.
    var inbox: SessionInbox?
    var state: Conversation
  }

  private struct VersionOnly: Decodable {
    var v: Int
  }

  /// The saved form; throws `Failure.tooLarge` beyond `maximumBytes`.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(
      Envelope(
        v: Self.currentVersion, session: session, lastID: nil, lastIDText: lastID?.json,
        lastTextSHA256: lastTextSHA256, lastReply: lastReply,
        inbox: inbox.isEmpty ? nil : inbox, state: conversation))
    guard data.count <= Self.maximumBytes else { throw Failure.tooLarge(data.count) }
    return data
  }

  public static func decode(_ data: Data) throws(Failure) -> SavedSession {
    guard data.count <= maximumBytes else { throw .tooLarge(data.count) }
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
    var id: RequestID?
    if let text = envelope.lastIDText {
      id = try? RequestID(json: text)
    } else if let value = envelope.lastID {
      id = RequestID(value)
    }
    var saved = SavedSession(
      conversation: conversation, session: envelope.session, lastID: id,
      lastTextSHA256: envelope.lastTextSHA256, lastReply: envelope.lastReply)
    saved.inbox = envelope.inbox ?? SessionInbox()
    return saved
  }
}
