/// Everything a note depends on. The composer is a pure function of this value, so the same
/// conversation always gives the same note, and a revision is a change to this value.
public struct NoteRequest: Hashable, Sendable, Codable {
  public var sender: PersonName
  public var recipient: PersonName
  public var company: String
  public var role: String?
  public var when: InterviewDay?
  public var today: CivilDate
  public var outcome: Outcome?
  public var topic: Topic
  /// The person's own interest or idea, in their words ("I'd love to help run the workshops").
  public var interest: String?
  public var channel: Channel
  /// A free LinkedIn account allows fewer characters in a connection note
  /// (`ChannelLimits.freeLinkedinCharacters`).
  public var freeAccount: Bool
  public var tone: Tone
  /// -1 shorter, 0 as composed, +1 longer. An interview that went badly starts one shorter.
  public var length: Int
  /// Sentences the person asked to add, in order.
  public var added: [String]
  /// Parts the person asked to remove.
  public var removed: Set<Note.Part>
  /// Added sentences later removed, by index into `added`.
  public var removedAdded: Set<Int>
  /// Word swaps the person asked for, applied in order.
  public var replacements: [Replacement]

  /// "say 'valuable' instead of 'great'".
  public struct Replacement: Hashable, Sendable, Codable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
      self.from = from
      self.to = to
    }
  }

  public init(
    sender: PersonName, recipient: PersonName, company: String, role: String? = nil,
    when: InterviewDay? = nil, today: CivilDate, outcome: Outcome? = nil, topic: Topic,
    interest: String? = nil, channel: Channel = .email, freeAccount: Bool = false,
    tone: Tone = .neutral, length: Int = 0, added: [String] = [], removed: Set<Note.Part> = [],
    removedAdded: Set<Int> = [], replacements: [Replacement] = [], variant: UInt64? = nil
  ) {
    self.variant = variant
    self.sender = sender
    self.recipient = recipient
    self.company = company
    self.role = role
    self.when = when
    self.today = today
    self.outcome = outcome
    self.topic = topic
    self.interest = interest
    self.channel = channel
    self.freeAccount = freeAccount
    self.tone = tone
    self.length = length
    self.added = added
    self.removed = removed
    self.removedAdded = removedAdded
    self.replacements = replacements
  }

  /// The words the greeting uses for the recipient, when the person asked for them ("Dear
  /// Kavitha," for "can we say Dear Kavitha"); nil greets by the recipient's name.
  public var greeting: String? = nil

  /// The name the note is signed with, exactly as the person asked for it ("sign as Seoyeon
  /// Kim"): a short message, which otherwise signs with the given name alone, signs so too.
  /// Nil signs by the channel's custom.
  public var signature: String? = nil

  /// Who brought the topic up, as the note names them ("Mrs Dalton", "Jen"), when it was
  /// someone other than the recipient: a note to one person never says "hearing you talk
  /// about" what another said, and names the one who said it. Nil when the recipient said it
  /// or nobody is known to have.
  public var topicSpeaker: String? = nil

  /// True when the person's account calls the topic's news hard ("she said it will be
  /// difficult phone calls", `HardNews`): the note then hears it plainly, never "great to
  /// hear". Nil otherwise, so a saved request's JSON is unchanged.
  public var topicHard: Bool? = nil

  /// True when the role was the person's answer to the role question (`Facts.roleAnswered`),
  /// which vouches that it names the job (`RoleTitle`). Nil otherwise, so a saved request's
  /// JSON is unchanged.
  public var roleAnswered: Bool? = nil

  /// Other things the person typed (the topics offered from their answer, the company, the
  /// role, their point), whose capitals and accents show how they spell a word the note
  /// pastes: "Wembley" in the discussion writes "wembley" so in the topic. Nil reads none.
  public var spellingSources: [String]? = nil

  /// What the person said came up at the interview, which the note's reader was at: a thing
  /// the person's point calls "that line" is one the reader can find when it is named there
  /// (`PointGate`). Nil names nothing.
  public var discussed: String? = nil

  /// The closing words asked for above the name ("Kind regards"), without the comma; nil
  /// closes by the tone and channel.
  public var closing: String? = nil
  /// The interview was a trial shift (`TrialShift`): the thanks is for having the person in,
  /// never for meeting them to talk. Nil otherwise, so saved requests read as before.
  public var trialShift: Bool? = nil

  /// The request with the greeting's words, the signature and the closing asked for (nil
  /// keeps the usual).
  func greeted(_ words: String?, signedAs signature: String? = nil, closing: String? = nil)
    -> NoteRequest
  {
    var request = self
    request.greeting = words
    request.signature = signature
    request.closing = closing
    return request
  }

  /// The limits this note must keep.
  public var limits: ChannelLimits { ChannelLimits.of(channel, freeAccount: freeAccount) }

  /// Chooses between wordings. Derived from the conversation's content when the draft is
  /// first written, then kept: different people get different notes, a replay gets the same
  /// one, and fixing a typo in a name does not reword the whole note.
  public var variant: UInt64?

  /// The note's occasion and its details, when it is not the first note after an interview
  /// (nil is the first note). `NoteComposer` hands such a request to `OccasionComposer`.
  public var occasion: OccasionNote? = nil

  /// The variant in use: the stored one, or one derived from the names and topic.
  var seed: UInt64 {
    variant ?? Self.variant(sender: sender, recipient: recipient, company: company, topic: topic)
  }

  /// A variant derived from the conversation's content.
  public static func variant(
    sender: PersonName, recipient: PersonName, company: String, topic: Topic
  ) -> UInt64 {
    StableHash.fnv1a(
      [sender.full, recipient.full, company, topic.text].joined(separator: "\u{1F}"))
  }
}

/// FNV-1a: a small, fixed hash. Swift's `Hasher` is seeded per process, so it cannot be used for
/// anything that must replay the same.
enum StableHash {
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
