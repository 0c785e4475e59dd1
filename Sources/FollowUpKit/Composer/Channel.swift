/// How the note will be sent. Each channel has its own shape and limits.
public enum Channel: String, Hashable, Sendable, Codable, CaseIterable {
  /// A short subject line and a body within `ChannelLimits.emailWords`.
  case email
  /// One short paragraph, within `ChannelLimits.linkedinCharacters` in all (fewer from a free
  /// account).
  case linkedin
  /// A handwritten card: within `ChannelLimits.cardWords`, no subject.
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

/// The limits a note must keep on each channel: the one definition of them.
///
/// Everything that checks a note against its channel, or tells the person about a limit, reads
/// the numbers here, so a changed limit changes everywhere at once.
public struct ChannelLimits: Hashable, Sendable {
  public var minimumWords: Int?
  public var maximumWords: Int?
  public var maximumCharacters: Int?
  public var maximumSubjectCharacters: Int?

  /// The limits of a channel. A LinkedIn connection note from a free account is shorter.
  public static func of(_ channel: Channel, freeAccount: Bool = false) -> ChannelLimits {
    switch channel {
    case .email:
      ChannelLimits(
        minimumWords: emailWords.lowerBound, maximumWords: emailWords.upperBound,
        maximumSubjectCharacters: emailSubjectCharacters)
    case .linkedin:
      ChannelLimits(maximumCharacters: freeAccount ? freeLinkedinCharacters : linkedinCharacters)
    case .card: ChannelLimits(maximumWords: cardWords)
    }
  }

  /// The words an email's body may have. A pasted draft is reviewed as too long past the top.
  public static let emailWords = 30...150
  /// The characters an email's subject line may have.
  public static let emailSubjectCharacters = 60
  /// The characters a LinkedIn connection note may have, counting the whole message.
  public static let linkedinCharacters = 300
  /// The characters a LinkedIn connection note from a free account may have.
  public static let freeLinkedinCharacters = 200
  /// The words a handwritten card may have.
  public static let cardWords = 80

  /// Whether a typed sentence alone is longer than a whole note on this channel may be: it can
  /// never fit, so it is refused before the note is composed with it (a 16 KiB "mention that
  /// ..." was composed at every detail level only to be refused as too long).
  func isExceeded(bySentence sentence: String) -> Bool {
    if let maximum = maximumWords, Note.words(in: sentence) > maximum { return true }
    // Bytes first: a sentence within the limit in bytes is within it in characters.
    if let maximum = maximumCharacters, sentence.utf8.count > maximum, sentence.count > maximum {
      return true
    }
    return false
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
