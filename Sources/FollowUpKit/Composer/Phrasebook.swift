/// The wordings a note is built from, by part, tone and channel.
///
/// Each slot offers a few phrasings; the request's seed picks one, so notes differ between
/// people but replay identically. Templates use `{when}` (" yesterday", with its leading space,
/// or nothing), `{role}` ("the operations coordinator role"), `{company}` and `{topic}`.
/// Nothing here recaps a CV, apologises, presses for a decision or uses the clichés the advice
/// warns against; `NoteRules` checks that in the tests.
enum Phrasebook {
  static func thanks(_ tone: Tone, channel: Channel, composed: Bool = false) -> [String] {
    // After a hard interview the warm wordings would gush: "such an enjoyable chat".
    if composed, tone == .warm {
      return channel.isShortMessage
        ? ["Thanks so much for your time{when} talking about {role} at {company}."]
        : ["Thanks so much for taking the time to meet me{when} about {role} at {company}."]
    }
    switch (channel.wording, tone) {
    case (.linkedin, .warm):
      return [
        "Thanks so much for chatting with me{when} about {role} at {company}.",
        "Thank you for a really good conversation{when} about {role} at {company}.",
      ]
    case (.linkedin, .formal):
      return ["Thank you for meeting with me{when} regarding {role} at {company}."]
    case (.linkedin, .neutral):
      return [
        "Thank you for meeting me{when} about {role} at {company}.",
        "Thank you for your time{when} talking about {role} at {company}.",
      ]
    case (_, .neutral):
      return [
        "Thank you for taking the time to meet me{when} to talk about {role} at {company}.",
        "Thank you for meeting with me{when} about {role} at {company}.",
        "Thank you for your time{when} and for telling me more about {role} at {company}.",
      ]
    case (_, .formal):
      return [
        "Thank you for taking the time to meet with me{when} regarding {role} at {company}.",
        "Thank you for the opportunity to discuss {role} at {company}{when}.",
      ]
    case (_, .warm):
      return [
        "Thanks so much for taking the time to chat{when} about {role} at {company}.",
        "Thank you for such an enjoyable chat{when} about {role} at {company}.",
        "It was a real pleasure to meet you{when}, and thank you for your time talking about {role} at {company}.",
      ]
    }
  }

  /// The thanks after a trial shift: for having the person in to work, which is what happened
  /// (`TrialShift`); "meeting me to talk about the role" described a shift as a meeting.
  static func trialThanks(_ tone: Tone) -> [String] {
    switch tone {
    case .neutral:
      [
        "Thank you for having me in{when} for the trial shift for {role} at {company}.",
        "Thank you for the trial shift{when} for {role} at {company}.",
      ]
    case .formal:
      ["Thank you for the opportunity to work a trial shift{when} for {role} at {company}."]
    case .warm:
      ["Thanks so much for having me in{when} for the trial shift for {role} at {company}."]
    }
  }

  /// The shortest thanks, for tight limits: no role, no company.
  static func briefThanks(_ tone: Tone) -> String {
    switch tone {
    case .neutral: "Thank you for your time{when}."
    case .formal: "Thank you for your time{when}."
    case .warm: "Thanks so much for your time{when}."
    }
  }

  /// The sentence that carries the topic, in frames that fit its grammar (`TopicGrammar`): a
  /// noun phrase goes after "about", a clause after "hearing that". None claims anything the
  /// person did not say (no "your enthusiasm was infectious"), and none says "since": the
  /// interview may have been this morning, and none claims a feeling ("It was exciting to hear")
  /// the person never stated: a reader sees excitement nobody expressed as a template.
  /// `composed` is for an interview that went badly: sincere, never gushing. `hard` is for news
  /// the person's account called hard (`HardNews`): heard with interest, never called good.
  static func topic(
    _ kind: Topic.Kind, form: TopicGrammar.Form, composed: Bool, hard: Bool = false
  ) -> [String] {
    if hard {
      return form == .clause
        ? ["It was interesting to hear that {topic}.", "I appreciated hearing that {topic}."]
        : ["I appreciated hearing about {topic}.", "It was interesting to hear about {topic}."]
    }
    if form == .clause {
      if composed {
        return ["It was interesting to hear that {topic}.", "I was glad to hear that {topic}."]
      }
      switch kind {
      case .plan, .news, .enthusiasm:
        return [
          "I was glad to hear that {topic}.", "I especially enjoyed hearing that {topic}.",
          "It was great to hear that {topic}.",
        ]
      case .conversation, .typed, .product, .sharedInterest:
        return ["I especially enjoyed hearing that {topic}.", "It was good to hear that {topic}."]
      }
    }
    if composed {
      switch kind {
      case .sharedInterest: return ["I was glad to find we share an interest in {topic}."]
      case .news: return ["I appreciated hearing about {topic}."]
      default:
        return [
          "I appreciated hearing about {topic}.", "It was interesting to hear about {topic}.",
        ]
      }
    }
    switch kind {
    case .conversation, .typed:
      return [
        "I especially enjoyed our conversation about {topic}.",
        "It was really interesting to hear about {topic}.",
        "I particularly enjoyed talking about {topic}.",
      ]
    case .product:
      return [
        "I especially enjoyed hearing about {topic}.",
        "It was really interesting to learn about {topic}.",
      ]
    case .news:
      return [
        "I especially enjoyed hearing about {topic}.",
        "It was really interesting to talk with you about {topic}.",
      ]
    case .plan:
      return [
        "I was glad to hear about {topic}.", "I especially enjoyed hearing about {topic}.",
      ]
    case .sharedInterest:
      return [
        "It was a lovely surprise to find we share an interest in {topic}.",
        "I enjoyed finding out that we both care about {topic}.",
      ]
    case .enthusiasm:
      return [
        "I especially enjoyed hearing you talk about {topic}.",
        "I really enjoyed hearing about {topic}.",
      ]
    }
  }

  /// The shortest topic sentence, for tight limits.
  static func briefTopic(_ kind: Topic.Kind, form: TopicGrammar.Form, hard: Bool = false)
    -> String
  {
    if form == .clause {
      return hard ? "It was interesting to hear that {topic}." : "I was glad to hear that {topic}."
    }
    switch kind {
    case .sharedInterest: return "Great to find we share an interest in {topic}."
    case .news: return "I enjoyed hearing about {topic}."
    default: return "I enjoyed our talk about {topic}."
    }
  }

  /// The closing line: the second and last thanks. `long` is the fuller wording a "longer"
  /// note uses; `composed` leaves out "I really enjoyed meeting you" after a hard interview.
  static func close(_ tone: Tone, channel: Channel, long: Bool, composed: Bool) -> [String] {
    switch (channel.wording, tone) {
    case (.linkedin, .warm): return composed ? ["Thanks again for your time."] : ["Thanks again!"]
    case (.linkedin, _): return ["Thanks again for your time."]
    case (_, .neutral):
      return long
        ? ["Thanks again for your time, and I hope the rest of your week goes well."]
        : ["Thank you again for your time.", "Thank you again for seeing me."]
    case (_, .formal):
      return long
        ? ["Thank you again for your time and consideration."]
        : ["Thank you once again for your time."]
    case (_, .warm):
      if composed { return ["Thanks again for your time."] }
      return long
        ? ["Thanks again for your time, and I hope the rest of your week goes well."]
        : ["Thanks again, I really enjoyed meeting you."]
    }
  }

  static func signOff(_ tone: Tone, channel: Channel) -> String {
    switch (channel.wording, tone) {
    case (.card, .neutral): "Best wishes,"
    case (.card, .formal): "With kind regards,"
    case (.card, .warm): "Warm wishes,"
    case (.linkedin, .formal): "Kind regards,"
    case (.linkedin, .warm): "Best,"
    case (.linkedin, .neutral): "Best regards,"
    case (_, .neutral): "Best regards,"
    case (_, .formal): "Kind regards,"
    case (_, .warm): "Best wishes,"
    }
  }

  static func subjects(_ tone: Tone, hasRole: Bool, composed: Bool) -> [String] {
    switch tone {
    case .neutral:
      return hasRole
        ? ["Thank you: {title} interview", "Thank you for your time{when}"]
        : ["Thank you for your time{when}", "Following up on our conversation"]
    case .formal:
      return hasRole
        ? ["Thank you: {title} interview", "Thank you for your time{when}"]
        : ["Thank you for your time{when}"]
    case .warm:
      return composed
        ? ["Thanks for your time{when}"]
        : ["Thanks for your time{when}", "Lovely to meet you{when}"]
    }
  }
}
