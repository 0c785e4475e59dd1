/// The pasted-draft protocol: a message whose first line is `review`, then the draft.
enum PastedReview {
  static func isReview(_ text: String) -> Bool {
    // The first line is found on the bytes: every message is checked, and splitting a long
    // one into characters only to compare a few bytes cost more than the check.
    let bytes = text.utf8
    let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
    guard bytes.distance(from: bytes.startIndex, to: end) <= 32 else { return false }
    return String(text[..<end]).trimming(" \t:").lowercased() == "review"
  }

  static func draftText(_ text: String) -> String {
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    return parts.count > 1 ? String(parts[1]) : ""
  }

  static func instructions(surface: Conversation.Surface) -> String {
    switch surface {
    case .terminal: InterviewScript.reviewInstructionsInTerminal
    case .remote: InterviewScript.reviewInstructionsInChat
    }
  }

  /// A rewrite of a pasted draft on its best point, using what the conversation knows and what
  /// the draft says (its greeting, its sign-off).
  static func rewrite(_ text: String, facts: Facts, topic: Topic?, today: CivilDate) -> (
    note: Note, topic: Topic
  )? {
    let parsed = PastedDraft(text)
    let context = ExtractionContext(
      company: facts.company, interviewers: (facts.interviewers ?? []).map(\.full))
    guard let best = TopicExtractor(context: context).topics(in: parsed.content).first ?? topic
    else {
      return nil
    }
    guard let (recipient, sender) = names(parsed, facts: facts) else { return nil }
    let request = NoteRequest(
      sender: sender, recipient: recipient, company: facts.company ?? "", role: facts.role,
      when: facts.when,
      today: today, outcome: facts.outcome, topic: best,
      channel: parsed.subject == nil && Note.words(in: parsed.body) < 60 ? .linkedin : .email)
    return (NoteComposer.compose(request), best)
  }
}

extension PastedReview {
  /// Who a pasted note is to and from: the names the conversation knows, else the draft's own
  /// greeting and last line, read only when they look like names (a pasted "greeting" or last
  /// line can be anything, and a 200-character "name" would break every channel's limits).
  static func names(_ parsed: PastedDraft, facts: Facts) -> (
    recipient: PersonName, sender: PersonName
  )? {
    func plausible(_ name: PersonName) -> PersonName? {
      Correction.isPlausibleName(name) ? name : nil
    }
    let recipient =
      facts.interviewers?.first
      ?? parsed.greeting.flatMap { greeting in
        PersonName(parsing: greeting.split(separator: " ").dropFirst().joined(separator: " "))
      }.flatMap(plausible)
    let signature = parsed.body.split(separator: "\n").last.map(String.init)
    let sender =
      facts.name
      ?? signature.flatMap { $0.split(separator: " ").count <= 4 ? PersonName(parsing: $0) : nil }
      .flatMap(plausible)
    guard let recipient, let sender else { return nil }
    return (recipient, sender)
  }
}
