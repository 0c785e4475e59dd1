/// How the note will be sent. Each channel has its own shape and limits.
public enum Channel: String, Hashable, Sendable, Codable, CaseIterable {
  /// A short subject line and a body within `ChannelLimits.emailWords`.
  case email
  /// One short paragraph, within `ChannelLimits.linkedinCharacters` in all (fewer from a free
  /// account).
  case linkedin
  /// A handwritten card: within `ChannelLimits.cardWords`, no subject.
  case card
  /// A text or chat-app message to the interviewer's phone (SMS, WhatsApp...): many people are
  /// given a number rather than an email address, and a message there is read in a glance, so
  /// it is one short paragraph within `ChannelLimits.textCharacters`, no subject, signed with
  /// the full name.
  case text

  /// Whether the note is one short paragraph greeted "Hi" and signed with a name line alone (no
  /// "Best regards"), as people write a message read on a screen (LinkedIn, a phone), rather
  /// than a letter.
  public var isShortMessage: Bool { self == .linkedin || self == .text }

  /// The channel whose wordings this one's note is written in: a text borrows the short
  /// wordings of a LinkedIn message, so the two never drift apart.
  var wording: Channel { self == .text ? .linkedin : self }

  /// The one line a short message is signed with: the name as the person gave it, in full.
  /// A given name alone read as too casual to the people it was written for (a candidate signs
  /// "Aditya Narayanan", not "Aditya", to an interviewer met once), and a text may arrive from a
  /// number the interviewer has not saved. A person who wants only a first name says so ("sign
  /// it Jo"), and that name is the sender.
  func shortSignature(_ sender: PersonName) -> String {
    sender.full
  }

  /// How the assistant names the channel in a sentence: "an email", "a LinkedIn message".
  public var spoken: String {
    switch self {
    case .email: "an email"
    case .linkedin: "a LinkedIn message"
    case .card: "a card"
    case .text: "a text message"
    }
  }

  /// The name alone: "email", "LinkedIn message", "card".
  public var name: String {
    switch self {
    case .email: "email"
    case .linkedin: "LinkedIn message"
    case .card: "card"
    case .text: "text message"
    }
  }

  /// Reads a channel from words such as "linkedin", "an email", "a thank-you card", "whatsapp".
  public init?(reading text: String) {
    // "instagram dm? or email idk, email i guess": a channel asked about and then a choice made
    // after it; the choice is what the person settled on.
    if let question = text.lastIndex(of: "?"), text.index(after: question) < text.endIndex,
      let settled = Channel(reading: String(text[text.index(after: question)...]))
    {
      self = settled
      return
    }
    if let settled = Self.settled(text) {
      self = settled
      return
    }
    guard let read = Self.named(by: Tokenizer.tokens(text).filter(\.isWord).map(\.lower)) else {
      return nil
    }
    self = read
  }

  /// The channel a message settles on when it sets one aside: "no actually email, I don't have
  /// Martin on LinkedIn" is email (tuning 39's ca040 was written as a LinkedIn message, the
  /// channel named last and denied), "not linkedin, email" too. A clause that denies its
  /// channel ("don't", "not", "never") names none; after a clause taking back what was said
  /// ("no", "actually", "wait"), the first channel from it on is the choice. Nil when no clause
  /// denies or takes back, for the whole message's reading.
  static func settled(_ text: String) -> Channel? {
    // "i dont have linkedin so email": "so" and "but" join clauses as a comma does.
    let joined = (" " + text.lowercased() + " ").replacingOccurrences(of: " so ", with: ", ")
      .replacingOccurrences(of: " but ", with: ", ")
    let clauses = joined.split(whereSeparator: { ",.;!?".contains($0) }).map {
      Tokenizer.tokens(String($0)).filter(\.isWord).map(\.lower)
    }.filter { !$0.isEmpty }
    guard clauses.count >= 2 else { return nil }
    let deniers: Set<String> = [
      "not", "dont", "don't", "never", "doesnt", "doesn't", "isnt", "isn't", "without", "cant",
      "can't", "no",
    ]
    let takeBacks: Set<String> = ["no", "actually", "wait", "sorry", "nah", "scratch"]
    var readings: [(channel: Channel?, denied: Bool, takesBack: Bool)] = []
    for words in clauses {
      let channel = named(by: words)
      // "no actually email": "no" opening a clause takes back the clause before; it denies
      // nothing in its own.
      let opensWithTakeBack = words.first.map(takeBacks.contains) ?? false
      let denied =
        channel != nil
        && words.enumerated().contains { at, word in
          deniers.contains(word) && !(at == 0 && opensWithTakeBack)
        }
      readings.append((channel, denied, opensWithTakeBack))
    }
    guard readings.contains(where: { $0.denied || $0.takesBack && $0.channel != nil }) else {
      return nil
    }
    let from = readings.firstIndex(where: \.takesBack) ?? 0
    return readings[from...].first { $0.channel != nil && !$0.denied }?.channel
      ?? readings.first { $0.channel != nil && !$0.denied }?.channel
  }

  /// The channel named by a message's words, the most specific first.
  private static func named(by list: [String]) -> Channel? {
    // "email, bev gave me her card with email": a card someone has ("her card", "his
    // business card") is where the address was found, not the way the note goes (tuning 41's
    // ce049 was written as a card).
    let owned = list.indices.filter { index in
      list[index] == "card" && index > 0
        && (["her", "his", "their", "business", "visiting"].contains(list[index - 1])
          || list[index - 1].hasSuffix("'s") || list[index - 1].hasSuffix("’s"))
    }
    let words = Set(list.indices.filter { !owned.contains($0) }.map { list[$0] })
    if words.contains("linkedin") || words.contains("dm")
      || (words.contains("linked") && words.contains("in")) || words.contains("inmail")
    {
      return .linkedin
    } else if words.contains("card") || words.contains("handwritten") || words.contains("letter")
      || words.contains("postcard") || words.contains("post")
    {
      return .card
    } else if !words.isDisjoint(with: Self.phoneMessageWords) {
      return .text
    } else if words.contains("email") || words.contains("e-mail") || words.contains("mail")
      || words.contains("gmail") || words.contains("outlook")
    {
      return .email
    }
    return nil
  }

  /// Words that name a message sent to a phone or a chat app. "message" and "dm" alone are not
  /// among them: they say nothing of where it goes.
  static let phoneMessageWords: Set<String> = [
    "text", "texts", "texting", "txt", "sms", "whatsapp", "imessage", "signal", "telegram", "viber",
    "wechat", "teams", "slack",
  ]
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
    case .text: ChannelLimits(maximumCharacters: textCharacters)
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
  /// The characters a text message may have: two SMS segments, about what a phone shows
  /// without scrolling. Longer, a message to a phone reads as an email sent to the wrong place.
  public static let textCharacters = 320

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
