/// The check-in after a silence: two or three sentences.
///
/// It thanks them again and refers to the interview; where the person has one, it mentions a
/// fresh development on what was discussed ("I saw that the Leeds centre has opened"); and it
/// asks simply about the timeline, saying the person is still interested. It never says "I
/// haven't heard anything" or "I was hoping to hear by now": a check-in that guilt-trips reads
/// as pressure, and a calm one is the kind that gets a reply.
struct CheckInComposer: OccasionSentences {
  let request: NoteRequest

  /// 1 drops the day, 2 the role, 3 the short thanks, 4 the short ask, 5 the development's
  /// frame, 6 the development itself.
  var squeezeSteps: Int { 6 }

  func lines(detail: Int, squeeze: Int) -> [Note.Line] {
    let fill = OccasionFill(request: request)
    let tone = request.tone
    var lines: [Note.Line] = []
    let thanks =
      squeeze >= 3
      ? fill.fill(Self.briefThanks(tone), squeezeWhen: squeeze >= 1)
      : fill.fill(
        request.pick(Self.thanks(tone, channel: request.channel), 1), squeezeWhen: squeeze >= 1,
        squeezeRole: squeeze >= 2)
    lines.append(Note.Line(part: .thanks, text: thanks))
    if let development = request.occasion?.development, squeeze < 6 {
      let text = Self.clause(development)
      let template =
        squeeze >= 5
        ? "I saw that {development}."
        : request.pick(Self.development(tone), 2)
      lines.append(
        Note.Line(
          part: .topicDetail,
          text: template.replacingOccurrencesOf("{development}", with: text)))
    } else if let earlier = request.occasion?.earlierTopic, !earlier.text.isEmpty, squeeze < 5,
      TopicGrammar.form(of: earlier.text) == .nounPhrase, detail >= 1
    {
      lines.append(
        Note.Line(
          part: .topicDetail,
          text: Self.earlierTopic(tone).replacingOccurrencesOf("{topic}", with: earlier.text)))
    }
    let ask =
      squeeze >= 4
      ? Self.briefAsk : fill.fill(request.pick(Self.ask(tone), 3), squeezeRole: true)
    lines.append(Note.Line(part: .connection, text: ask))
    if detail >= 2 {
      lines.append(Note.Line(part: .close, text: Self.close(tone)))
    }
    return lines
  }

  func subjects(squeeze: Int) -> [String] {
    let options: [String]
    switch request.tone {
    case .formal:
      options =
        request.role == nil
        ? ["Following up on our conversation{when}"] : ["{title} position: following up"]
    case .neutral:
      options =
        request.role == nil
        ? ["Following up on our conversation{when}", "Checking in"]
        : ["{title} role: checking in", "Following up: {title} role"]
    case .warm:
      options = ["Checking in", "Following up on our chat{when}"]
    }
    return options.map { OccasionFill(request: request).fill($0, squeezeWhen: squeeze >= 1) }
  }

  var shortSubject: String { "Checking in" }

  /// A development as the person typed it, made to fit after "I saw that": no capital at the
  /// start, no full stop at the end, and "I saw that" or "that" taken off if they typed it.
  static func clause(_ text: String) -> String {
    var clause = text.squeezed.trimming(" .!")
    for opener in [
      "i saw that ", "i read that ", "i noticed that ", "i heard that ", "i saw ", "i read ",
      "i noticed ", "i heard ", "saw that ", "apparently ", "that ",
    ] where clause.lowercased().hasPrefix(opener) {
      clause = String(clause.dropFirst(opener.count))
      break
    }
    let first = clause.prefix(while: { $0 != " " })
    // "The Leeds centre" starts a sentence; "Leeds" or "NHS" is a name and keeps its capital.
    if first.count > 1, first.dropFirst().allSatisfy({ $0.isLowercase }),
      ["The", "A", "An", "Their", "Your", "They", "It", "Its"].contains(String(first))
    {
      clause = clause.lowercasedFirst()
    }
    return clause
  }

  static func thanks(_ tone: Tone, channel: Channel) -> [String] {
    switch (tone, channel.wording) {
    case (.formal, _):
      return ["Thank you again for meeting with me{when} regarding {role} at {company}."]
    case (.neutral, .linkedin):
      return ["Thank you again for meeting me{when} about {role} at {company}."]
    case (.neutral, _):
      return [
        "Thank you again for meeting me{when} about {role} at {company}.",
        "Thank you again for taking the time to talk to me{when} about {role} at {company}.",
      ]
    case (.warm, _):
      return [
        "Thanks again for our chat{when} about {role} at {company}.",
        "Thanks again for taking the time to meet me{when} about {role} at {company}.",
      ]
    }
  }

  static func briefThanks(_ tone: Tone) -> String {
    tone == .warm ? "Thanks again for our chat{when}." : "Thank you again for meeting me{when}."
  }

  static func development(_ tone: Tone) -> [String] {
    switch tone {
    case .formal: ["I was pleased to see that {development}."]
    case .neutral:
      [
        "I saw that {development}, which was good to hear after our conversation.",
        "I was glad to see that {development}.",
      ]
    case .warm: ["I saw that {development}, which was great to hear after our chat."]
    }
  }

  static func earlierTopic(_ tone: Tone) -> String {
    tone == .formal
      ? "I have been thinking further about {topic}." : "I've been thinking more about {topic}."
  }

  static func ask(_ tone: Tone) -> [String] {
    switch tone {
    case .formal:
      [
        "I remain very interested in {role}, and wanted to ask whether there is any news on the timeline."
      ]
    case .neutral:
      [
        "I'm still very interested in {role}, and wanted to ask whether there's any news on the timeline.",
        "I'm still very interested in {role}, and wondered whether there was any update on the timeline.",
      ]
    case .warm:
      ["I'm still really keen on {role}, and wondered if there's any news on the timeline."]
    }
  }

  static let briefAsk = "Is there any news on the timeline?"

  static func close(_ tone: Tone) -> String {
    switch tone {
    case .formal: "Thank you once again for your time."
    case .neutral: "Thanks again, and I hope the rest of your week goes well."
    case .warm: "Thanks again, and I hope your week's going well."
    }
  }
}
