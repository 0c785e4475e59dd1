/// A finished note: what the person copies and sends.
public struct Note: Hashable, Sendable {
  /// What each sentence of the note does, so a revision can remove "the last line" or "the bit
  /// about next steps" by meaning, and the note can be rebuilt in another tone without losing it.
  public enum Part: String, Hashable, Sendable, Codable, CaseIterable {
    case greeting
    case thanks
    case topic
    case topicDetail
    case connection
    case interest
    case added
    case close
    case signOff
  }

  /// One sentence or line of the note and the part it plays.
  public struct Line: Hashable, Sendable {
    public var part: Part
    public var text: String
    /// Which added sentence this is, for `.added` lines.
    public var addedIndex: Int?
  }

  public var channel: Channel
  /// The subject line, for email only.
  public var subject: String?
  /// The note's paragraphs, each a list of lines; greeting and sign-off are their own paragraphs.
  public var paragraphs: [[Line]]

  /// The full text of the note as it is sent.
  public var body: String {
    var blocks: [String] = []
    for paragraph in paragraphs where !paragraph.isEmpty {
      if paragraph.first?.part == .signOff {
        blocks.append(paragraph.map(\.text).joined(separator: "\n"))
      } else {
        blocks.append(paragraph.map(\.text).joined(separator: " "))
      }
    }
    if channel == .linkedin { return blocks.joined(separator: "\n\n") }
    return blocks.joined(separator: "\n\n")
  }

  /// The lines in order.
  public var lines: [Line] { paragraphs.flatMap { $0 } }

  /// Words in the body, as a word processor counts them.
  public var wordCount: Int { Note.words(in: body) }

  /// Characters in everything sent (LinkedIn counts the whole message).
  public var characterCount: Int { body.count }

  static func words(in text: String) -> Int {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
  }

  /// Whether the note keeps its channel's limits.
  public func fits(_ limits: ChannelLimits) -> Bool {
    if let minimum = limits.minimumWords, wordCount < minimum { return false }
    if let maximum = limits.maximumWords, wordCount > maximum { return false }
    if let maximum = limits.maximumCharacters, characterCount > maximum { return false }
    if let maximum = limits.maximumSubjectCharacters, let subject, subject.count > maximum {
      return false
    }
    return true
  }
}
