/// What the person told for an occasion after the first note: which occasion, and the answers
/// only that occasion asks for.
///
/// Saved with the session, inside `Answers`; a session saved before occasions existed has none
/// and is a first note.
struct OccasionAnswers: Hashable, Sendable, Codable {
  var occasion: Occasion
  /// For a later round: another interview, or the call with the offer.
  var round: LaterRound?
  /// For a check-in: what they said about when the person would hear.
  var heard: HeardTiming?
  /// For a check-in: something new since the interview, in the person's words.
  var development: String?
  /// For a rejection reply: whether to ask for feedback.
  var feedback: Bool?
  /// The optional questions of the occasion the person skipped.
  var skipped: Set<Question> = []
  /// The first note's topic, when this conversation wrote it.
  var earlierTopic: Topic?
  /// Check-ins already sent, and the day of the last one, for the advice on when to send the
  /// next (never more than two).
  var checkIns = 0
  var lastCheckIn: CivilDate?

  init(occasion: Occasion) {
    self.occasion = occasion
  }

  /// The composer's view of it.
  var note: OccasionNote {
    OccasionNote(
      occasion: occasion, round: round, development: development, feedback: feedback == true,
      earlierTopic: earlierTopic)
  }
}
