/// How the note will be sent. Each channel has its own shape and limits.
public enum Channel: String, Hashable, Sendable, Codable, CaseIterable {
  /// A subject of at most 60 characters and a body of 50 to 150 words.
  case email
  /// One short paragraph: at most 300 characters in all, or 200 from a free account.
  case linkedin
  /// A handwritten card: at most 80 words, no subject.
  case card

  /// How the assistant names the channel in a sentence: "an email", "a LinkedIn message".
  public var spoken: String {
    switch self {
    case .email: "an email"
    case .linkedin: "a LinkedIn message"
    case .card: "a card"
    }
  }

  /// The name alone: "email", "LinkedIn message", "card".
  public var name: String {
    switch self {
    case .email: "email"
    case .linkedin: "LinkedIn message"
    case .card: "card"
    }
  }

  /// Reads a channel from words such as "linkedin", "an email", "a thank-you card".
  public init?(reading text: String) {
    let words = Set(Tokenizer.tokens(text).filter(\.isWord).map(\.lower))
    if words.contains("linkedin") || words.contains("dm")
      || (words.contains("linked") && words.contains("in")) || words.contains("inmail")
    {
      self = .linkedin
    } else if words.contains("card") || words.contains("handwritten") || words.contains("letter")
      || words.contains("postcard") || words.contains("post")
    {
      self = .card
    } else if words.contains("email") || words.contains("e-mail") || words.contains("mail")
      || words.contains("gmail") || words.contains("outlook")
    {
      self = .email
    } else {
      return nil
    }
  }
}

/// The limits a note must keep on each channel.
public struct ChannelLimits: Hashable, Sendable {
  public var minimumWords: Int?
  public var maximumWords: Int?
  public var maximumCharacters: Int?
  public var maximumSubjectCharacters: Int?

  public static func of(_ channel: Channel, freeAccount: Bool = false) -> ChannelLimits {
    switch channel {
    case .email: ChannelLimits(minimumWords: 50, maximumWords: 150, maximumSubjectCharacters: 60)
    case .linkedin: ChannelLimits(maximumCharacters: freeAccount ? 200 : 300)
    case .card: ChannelLimits(maximumWords: 80)
    }
  }
}

/// The register of the note.
public enum Tone: String, Hashable, Sendable, Codable, CaseIterable {
  /// Plain and polite: "Dear Priya", "Best regards".
  case neutral
  /// "Dear Ms Shah", no contractions, "Kind regards".
  case formal
  /// "Hi Priya", contractions, "Best wishes".
  case warm
}
