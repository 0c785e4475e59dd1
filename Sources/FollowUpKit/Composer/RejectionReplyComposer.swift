/// The reply to a rejection: it keeps the door open.
///
/// It thanks them for letting the person know and for their time, wishes them well with the
/// role (and whoever was appointed), and asks to be kept in mind. It never argues with the
/// decision or asks why: unless the person wants feedback, which it asks for in one plain
/// sentence that leaves them free to say no.
struct RejectionReplyComposer: OccasionSentences {
  let request: NoteRequest

  /// 1 drops the role, 2 the short thanks, 3 the earlier topic, 4 the short wish, 5 the short
  /// feedback request.
  var squeezeSteps: Int { 5 }

  func lines(detail: Int, squeeze: Int) -> [Note.Line] {
    let fill = OccasionFill(request: request)
    let tone = request.tone
    var lines: [Note.Line] = []
    let thanks =
      squeeze >= 2
      ? Self.briefThanks(tone)
      : fill.fill(request.pick(Self.thanks(tone), 1), squeezeRole: squeeze >= 1)
    lines.append(Note.Line(part: .thanks, text: thanks))
    if let earlier = request.occasion?.earlierTopic, !earlier.text.isEmpty, squeeze < 3,
      detail >= 1
    {
      // The employer's news told as a clause has a frame of its own.
      let frame =
        TopicGrammar.form(of: earlier.text) == .clause
        ? Self.earlierNews(tone) : Self.earlierTopic(tone, own: Self.isOwn(earlier.text))
      lines.append(
        Note.Line(
          part: .topicDetail, text: frame.replacingOccurrencesOf("{topic}", with: earlier.text)))
    }
    if request.occasion?.feedback == true {
      lines.append(
        Note.Line(part: .interest, text: squeeze >= 5 ? Self.briefFeedback : Self.feedback(tone)))
    }
    let wish =
      squeeze >= 4
      ? Self.briefWish(tone)
      : fill.fill(request.pick(Self.wish(tone, hasRole: request.role != nil), 2))
    lines.append(Note.Line(part: .close, text: wish))
    return lines
  }

  func subjects(squeeze: Int) -> [String] {
    let options: [String]
    switch request.tone {
    case .formal: options = ["Thank you for letting me know"]
    case .neutral:
      options =
        request.role == nil
        ? ["Thank you for letting me know"]
        : ["{title} role: thank you", "Thank you for letting me know"]
    case .warm: options = ["Thanks for letting me know"]
    }
    return options.map { OccasionFill(request: request).fill($0) }
  }

  var shortSubject: String { "Thank you" }

  static func thanks(_ tone: Tone) -> [String] {
    switch tone {
    case .formal:
      [
        "Thank you for letting me know, and for your time and consideration during the process for {role} at {company}."
      ]
    case .neutral:
      [
        "Thank you for letting me know, and for your time during the process for {role} at {company}.",
        "Thank you for letting me know about {role} at {company}, and for the time you gave me during the process.",
      ]
    case .warm:
      [
        "Thanks so much for letting me know, and for your time during the process for {role} at {company}."
      ]
    }
  }

  static func briefThanks(_ tone: Tone) -> String {
    tone == .warm
      ? "Thanks for letting me know, and for your time."
      : "Thank you for letting me know, and for your time."
  }

  /// The person's own work ("my thesis on kinase inhibitors") was talked about, not learned.
  static func earlierTopic(_ tone: Tone, own: Bool = false) -> String {
    if own {
      return tone == .formal
        ? "I very much enjoyed discussing {topic} with you."
        : "I really enjoyed talking about {topic}."
    }
    return tone == .formal
      ? "I very much enjoyed learning about {topic}." : "I really enjoyed learning about {topic}."
  }

  /// The employer's news, said as a clause ("you've just bought out another agency").
  static func earlierNews(_ tone: Tone) -> String {
    tone == .formal ? "I was pleased to hear that {topic}." : "I was glad to hear that {topic}."
  }

  /// Whether the topic is the person's own: "my thesis", "the team restructure I led".
  static func isOwn(_ topic: String) -> Bool {
    let words = topic.lowercased().split(separator: " ")
    return words.first == "my" || words.dropFirst().contains { $0 == "i" || $0 == "my" }
  }

  static func feedback(_ tone: Tone) -> String {
    switch tone {
    case .formal:
      "If you have a moment, I would welcome any feedback on my interview."
    case .neutral, .warm:
      "If you have a moment, I'd welcome any feedback on my interview."
    }
  }

  static let briefFeedback = "Any feedback would be welcome."

  static func wish(_ tone: Tone, hasRole: Bool) -> [String] {
    let whom = hasRole ? "your new {title}" : "the team"
    switch tone {
    case .formal:
      return [
        "I wish you and \(whom) every success, and I would be glad to be kept in mind for future opportunities at {company}."
      ]
    case .neutral:
      return [
        "I wish you and \(whom) every success, and I'd be glad to be kept in mind for future roles at {company}.",
        "I wish you and \(whom) all the best, and I'd be glad if you kept me in mind for future roles at {company}.",
      ]
    case .warm:
      return [
        "I wish you and \(whom) every success, and I'd love to be kept in mind if anything similar comes up at {company}."
      ]
    }
  }

  static func briefWish(_ tone: Tone) -> String {
    tone == .formal
      ? "I wish you every success, and I would be glad to be kept in mind."
      : "I wish you every success, and I'd be glad to be kept in mind."
  }
}
