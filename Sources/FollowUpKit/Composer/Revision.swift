/// One change to the draft. The draft is the composed note of a base request with every
/// revision in its history applied in order, so undo and redo just move through the history.
public enum Revision: Hashable, Sendable, Codable {
  case shorter
  case longer
  case tone(Tone)
  /// Build the note for recipient `recipient` on another topic.
  case topic(Topic, recipient: Int)
  case channel(Channel, freeAccount: Bool)
  case rename(Field, String, recipient: Int)
  case add(String, recipient: Int)
  case remove(Note.Part, recipient: Int)
  case removeAdded(Int, recipient: Int)
  case replace(String, with: String)
  /// A change of tone, length or wording for one interviewer's note only: with several
  /// interviewers, a change applies to the note in view unless the person says "both" or "all".
  indirect case only(Revision, recipient: Int)
  /// "send it to Steve only, Linda was just HR": these interviewers get no note. A revision,
  /// not a change of who was met, so undo brings their notes back as they were.
  case leaveOut(recipients: [Int])

  /// A name in the note the person can change.
  public enum Field: String, Hashable, Sendable, Codable {
    case interviewer, company, sender, role
    /// The words the greeting uses for one interviewer ("Kavitha", "Mr Hollis"), in the form
    /// the channel and tone give ("Dear ...," or "Hi ...,").
    case greeting
    /// The closing words above the name in an email or a card ("Kind regards"); a text or a
    /// LinkedIn message, signed with the name alone, has none.
    case closing
  }
}

/// The note's adjustable settings for one recipient, built up by applying revisions.
struct DraftSettings: Hashable, Sendable {
  var tone = Tone.neutral
  var length = 0
  var channel: Channel
  var freeAccount = false
  var topic: Topic
  var interviewerOverride: PersonName?
  var companyOverride: String?
  var senderOverride: PersonName?
  var roleOverride: String?
  var greetingOverride: String?
  var closingOverride: String?
  var added: [String] = []
  var removed: Set<Note.Part> = []
  var removedAdded: Set<Int> = []
  var replacements: [NoteRequest.Replacement] = []

  mutating func apply(_ revision: Revision, recipient: Int) {
    switch revision {
    case .shorter: length = max(-1, length - 1)
    case .longer: length = min(1, length + 1)
    case .tone(let tone): self.tone = tone
    case .topic(let topic, let target): if target == recipient { self.topic = topic }
    case .channel(let channel, let free):
      self.channel = channel
      freeAccount = free
    case .rename(let field, let value, let target):
      switch field {
      case .interviewer:
        // Another person: the greeting asked for the one before no longer applies.
        if target == recipient, let name = PersonName(parsing: value) {
          interviewerOverride = name
          greetingOverride = nil
        }
      case .greeting: if target == recipient { greetingOverride = value }
      case .closing: closingOverride = value
      case .company: companyOverride = value
      case .sender: senderOverride = PersonName(parsing: value)
      case .role: roleOverride = value
      }
    case .add(let sentence, let target): if target == recipient { added.append(sentence) }
    // The thanks, the topic, the greeting and the sign-off are the note: no revision removes
    // them, whatever a saved or folded history holds, so no change can empty the body.
    case .remove(let part, let target):
      if target == recipient, !part.isEssential { removed.insert(part) }
    case .removeAdded(let index, let target): if target == recipient { removedAdded.insert(index) }
    case .replace(let from, let to):
      replacements.append(NoteRequest.Replacement(from: from, to: to))
    case .only(let inner, let target):
      if target == recipient { apply(inner, recipient: recipient) }
    // Which notes there are, not what any note says.
    case .leaveOut: break
    }
  }
}
