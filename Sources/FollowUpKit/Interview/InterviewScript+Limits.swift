/// What the assistant says about a channel's limits: refusals, and the reasons behind a draft.
/// Every number comes from `ChannelLimits`, the one definition of each channel's limits.
extension InterviewScript {
  /// A shorter or longer request the note cannot take on this channel.
  static func atLimit(_ channel: Channel, shorter: Bool, limits: ChannelLimits) -> String {
    if shorter {
      switch channel {
      case .email:
        return
          "That's as short as an email gets while still thanking them and making one point. For something briefer, try a LinkedIn message or a card."
      case .linkedin, .card, .text:
        return "That's as short as it gets while still thanking them and making one point."
      }
    }
    switch channel {
    case .linkedin:
      return
        "That's as long as I'd make a LinkedIn message: it has to fit in \(limits.maximumCharacters ?? 0) characters."
    case .card:
      return "That's as long as a card should be: \(limits.maximumWords ?? 0) words at most."
    case .text:
      return
        "That's as long as I'd make a text: \(limits.maximumCharacters ?? 0) characters, about what a phone shows at once."
    case .email:
      return
        "That's as long as I'd make it: any longer and a follow-up starts to read like a second cover letter."
    }
  }

  /// A typed sentence refused before composing: on its own it is longer than the whole note
  /// may be on this channel, so no note could hold it.
  static func longerThanNote(_ channel: Channel, limits: ChannelLimits) -> String {
    let bound =
      if let words = limits.maximumWords {
        "\(channel.spoken) is at most \(words) words"
      } else {
        "\(channel.spoken) is at most \(limits.maximumCharacters ?? 0) characters"
      }
    return
      "That's longer than the whole note can be (\(bound)), so I left the draft as it was. Give me a line or two and I'll add it."
  }

  /// A change refused because the note would break its channel's limits.
  static func limitRefusal(request: NoteRequest, note: Note) -> String {
    let limits = request.limits
    if let maximum = limits.maximumCharacters, note.characterCount > maximum {
      return
        "That would make the message \(note.characterCount) characters, over the \(maximum) \(request.channel.spoken) allows, so I left the draft as it was. Try shorter first, or drop a line."
    }
    if let maximum = limits.maximumWords, note.wordCount > maximum {
      return
        "That would make the note \(note.wordCount) words, over the \(maximum) that suit \(request.channel.spoken), so I left the draft as it was. Try shorter first, or drop a line."
    }
    if let minimum = limits.minimumWords, note.wordCount < minimum {
      return
        "That would leave the email at \(note.wordCount) words, under \(minimum), which reads as curt, so I left the draft as it was."
    }
    return "That change would break the note's limits, so I left the draft as it was."
  }

  // MARK: - Why

  static let reasonsHeading = "Why the draft reads as it does:"
  static func reasonTopic(_ topic: String) -> String {
    "- It's built on one thing from this interview, \(topic), so it couldn't have been sent to any other employer. That's what makes a follow-up memorable."
  }
  static func reasonThanks(_ name: String) -> String {
    "- It thanks \(name) for their time and names the role and company, so they can place you at once."
  }
  static let reasonShort =
    "- It's short and makes one point: a longer note starts to read like a second cover letter, which can come across as desperate."
  static let reasonNoPressure =
    "- It doesn't press for a decision: it closes calmly and leaves the next step to them."
  static let reasonHardInterview =
    "- It doesn't mention how the interview went: a note that apologises or explains reads as making amends, and draws attention to what you'd rather they forgot."

  /// How the draft keeps its channel's limits.
  static func reasonChannel(_ channel: Channel, limits: ChannelLimits, words: Int) -> String {
    switch channel {
    case .email:
      return
        "- As an email it has a short subject line and a body of \(words) words (\(limits.minimumWords ?? 0) to \(limits.maximumWords ?? 0) suits a follow-up)."
    case .linkedin:
      return
        "- As a LinkedIn message it stays within \(limits.maximumCharacters ?? 0) characters, the limit for a connection note."
    case .card:
      return
        "- As a card it stays under \(limits.maximumWords ?? 0) words: a card is read in a glance."
    case .text:
      return
        "- As a text it stays within \(limits.maximumCharacters ?? 0) characters, one paragraph with no subject: a message to a phone is read in a glance."
    }
  }
}
