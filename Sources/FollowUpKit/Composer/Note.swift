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

    /// The parts every first note keeps, whatever is asked: without the thanks and the topic
    /// there is no note between the greeting and the sign-off.
    public var isEssential: Bool {
      switch self {
      case .greeting, .thanks, .topic, .signOff: true
      case .topicDetail, .connection, .interest, .added, .close: false
      }
    }

    /// Whether a line of this part is the note's body, between greeting and sign-off.
    public var isBody: Bool { self != .greeting && self != .signOff }
  }

  /// One sentence or line of the note and the part it plays.
  public struct Line: Hashable, Sendable {
    public var part: Part
    public var text: String
    /// Which added sentence this is, for `.added` lines.
    public var addedIndex: Int?
  }

  public let channel: Channel
  /// The subject line, for email only.
  public let subject: String?
  /// The note's paragraphs, each a list of lines; greeting and sign-off are their own paragraphs.
  public let paragraphs: [[Line]]
  /// The full text of the note as it is sent.
  public let body: String
  /// Words in the body, as a word processor counts them.
  public let wordCount: Int
  /// Characters in everything sent (LinkedIn counts the whole message).
  public let characterCount: Int

  /// A note from its paragraphs. The body and its counts are worked out once, here: the composer
  /// checks them for every candidate it tries.
  public init(channel: Channel, subject: String?, paragraphs: [[Line]]) {
    self.channel = channel
    self.subject = subject
    // A sentence ending on a name's own full stop ("Inc.") prints one stop, in whatever line.
    let paragraphs = paragraphs.map { lines in
      lines.map { line in
        var line = line
        line.text = FullStops.single(line.text)
        return line
      }
    }
    self.paragraphs = paragraphs
    var blocks: [String] = []
    for paragraph in paragraphs where !paragraph.isEmpty {
      let separator = paragraph.first?.part == .signOff ? "\n" : " "
      blocks.append(paragraph.map(\.text).joined(separator: separator))
    }
    body = blocks.joined(separator: "\n\n")
    wordCount = Note.words(in: body)
    characterCount = body.count
  }

  /// Whether the note says something between its greeting and its sign-off: a line with a
  /// letter or a digit. Every note shown after a revision has one.
  public var hasBody: Bool {
    lines.contains { line in
      line.part.isBody && line.text.contains { $0.isLetter || $0.isNumber }
    }
  }

  /// The lines in order.
  public var lines: [Line] { paragraphs.flatMap { $0 } }

  /// Words separated by spaces, tabs or line breaks, counted on the UTF-8 bytes.
  static func words(in text: String) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09
      if !space && !inWord { count += 1 }
      inWord = !space
    }
    return count
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
