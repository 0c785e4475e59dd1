/// Groups typed lines into messages for line-based drivers (terminal, pipe, transcripts).
///
/// One line is one message, except a review: `review` on a line of its own, then the pasted
/// draft, then a line holding only `.`. JSON lines needs none of this: there a message may hold
/// line breaks itself.
public struct MessageAssembler: Sendable {
  /// Lines of a review being pasted, or nil.
  private var collecting: [String]?
  private var collectedBytes = 0

  /// A review longer than this ends on its own, so a paste without the closing dot cannot grow
  /// without bound.
  public static let maximumReviewBytes = 16 * 1024

  public init() {}

  public enum Result: Equatable, Sendable {
    /// A whole message to send to the conversation.
    case message(String)
    /// A line of a review in progress: no reply yet, except this notice when the review starts.
    case continuing(notice: String?)
  }

  public var isCollecting: Bool { collecting != nil }

  public mutating func feed(_ line: String) -> Result {
    if var lines = collecting {
      if line.trimming(" \t\r") == "." {
        collecting = nil
        return .message("review\n" + lines.joined(separator: "\n"))
      }
      lines.append(line)
      collectedBytes += line.utf8.count + 1
      if collectedBytes >= Self.maximumReviewBytes {
        collecting = nil
        return .message("review\n" + lines.joined(separator: "\n"))
      }
      collecting = lines
      return .continuing(notice: nil)
    }
    if line.trimming(" \t\r:").lowercased() == "review" {
      collecting = []
      collectedBytes = 0
      return .continuing(notice: "Paste your note, then a line with only a dot (.) to finish.")
    }
    return .message(line)
  }

  /// At the end of input: a review still being pasted is sent as it is.
  public mutating func finish() -> String? {
    guard let lines = collecting else { return nil }
    collecting = nil
    return "review\n" + lines.joined(separator: "\n")
  }
}
