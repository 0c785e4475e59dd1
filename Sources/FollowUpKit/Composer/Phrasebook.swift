/// The wordings a note is built from, by part, tone and channel.
///
/// Each slot offers a few phrasings; the request's seed picks one, so notes differ between
/// people but replay identically. Templates use `{when}` (" yesterday", with its leading space,
/// or nothing), `{role}` ("the operations coordinator role"), `{company}` and `{topic}`.
/// Nothing here recaps a CV, apologises, presses for a decision or uses the clichés the advice
/// warns against; `NoteRules` checks that in the tests.
enum Phrasebook {
  static func thanks(_ tone: Tone, channel: Channel) -> [String] {
    switch (channel, tone) {
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

  /// The shortest thanks, for tight limits: no role, no company.
  static func briefThanks(_ tone: Tone) -> String {
    switch tone {
    case .neutral: "Thank you for your time{when}."
    case .formal: "Thank you for your time{when}."
    case .warm: "Thanks so much for your time{when}."
    }
  }

  static func topic(_ kind: Topic.Kind, tone: Tone) -> [String] {
    switch kind {
    case .conversation, .typed, .product:
      if kind == .product {
        return [
          "I especially enjoyed hearing about {topic}.",
          "It was really interesting to learn about {topic}.",
        ]
      }
      return [
        "I especially enjoyed our conversation about {topic}.",
        "Our conversation about {topic} has stayed with me since.",
        "I've kept thinking about {topic} since we spoke.",
      ]
    case .news:
      return [
        "I especially enjoyed hearing your view on {topic}.",
        "It was really interesting to talk about {topic} with you.",
        "Your take on {topic} has stayed with me since we spoke.",
      ]
    case .plan:
      return [
        "It was exciting to hear about {topic}.",
        "I especially enjoyed hearing about {topic}.",
        "Hearing about {topic} was a highlight of the conversation for me.",
      ]
    case .sharedInterest:
      return [
        "It was a lovely surprise to find we share an interest in {topic}.",
        "I enjoyed finding out that we both care about {topic}.",
      ]
    case .enthusiasm:
      return [
        "I really enjoyed hearing about {topic}; your enthusiasm for it was infectious.",
        "Hearing you talk about {topic} was the highlight of the conversation for me.",
        "I especially enjoyed hearing about {topic}; it's clearly something you care about.",
      ]
    }
  }

  /// The shortest topic sentence, for tight limits.
  static func briefTopic(_ kind: Topic.Kind) -> String {
    switch kind {
    case .sharedInterest: "Great to find we share an interest in {topic}."
    case .news: "I enjoyed hearing your view on {topic}."
    default: "I enjoyed our talk about {topic}."
    }
  }

  static func topicDetail(_ kind: Topic.Kind, tone: Tone) -> [String] {
    switch kind {
    case .conversation, .typed:
      return [
        "It gave me a much clearer picture of the work, and I came away even more interested.",
        "It brought the work to life for me in a way the job description couldn't.",
        "It made the work feel very real to me, and I came away keen to hear more.",
      ]
    case .news:
      return [
        "Hearing how it plays out in your work made the story much more concrete for me.",
        "It's a story I'll be following with real interest now.",
      ]
    case .plan:
      return [
        "It sounds like a great time to be part of the team.",
        "I'd love to hear how it develops.",
      ]
    case .product:
      return [
        "It's clear how much thought has gone into it.",
        "It made the work feel very concrete to me.",
      ]
    case .sharedInterest:
      return [
        "It was one of my favourite moments of the conversation.",
        "It made the conversation feel like a real exchange rather than a set of questions.",
      ]
    case .enthusiasm:
      return [
        "It has stayed with me since, and it made me even keener on the work.",
        "It made it easy to picture the work, and I came away even more interested.",
      ]
    }
  }

  /// A short second sentence, for an email that would otherwise fall under its minimum of words.
  static func briefDetail(_ kind: Topic.Kind) -> [String] {
    switch kind {
    case .plan: return ["I'd love to hear how it develops.", "It sounds like an exciting time."]
    case .news: return ["It's a story I'll keep following.", "It gave me a lot to think about."]
    default: return ["It gave me a lot to think about.", "It made the work feel very real to me."]
    }
  }

  static func connection(hasRole: Bool) -> [String] {
    var options = [
      "It's exactly the kind of work I'm hoping to do more of.",
      "It left me even more interested in joining the team.",
    ]
    if hasRole { options.append("It left me even more enthusiastic about the role.") }
    return options
  }

  static func close(_ tone: Tone, channel: Channel) -> [String] {
    switch (channel, tone) {
    case (.linkedin, .warm): return ["Thanks again!"]
    case (.linkedin, _): return ["Thanks again for your time."]
    case (_, .neutral):
      return [
        "Thank you again for your time.",
        "Thanks again for your time, and I hope the rest of your week goes well.",
        "Thank you again for seeing me.",
      ]
    case (_, .formal):
      return [
        "Thank you again for your time and consideration.", "Thank you once again for your time.",
      ]
    case (_, .warm):
      return [
        "Thanks again, I really enjoyed meeting you.",
        "Thanks again for your time, and I hope the rest of your week goes well.",
      ]
    }
  }

  static func signOff(_ tone: Tone, channel: Channel) -> String {
    switch (channel, tone) {
    case (.card, .neutral): "With thanks,"
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

  static func subjects(_ tone: Tone, hasRole: Bool) -> [String] {
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
      return ["Thanks for your time{when}", "Lovely to meet you{when}"]
    }
  }
}
