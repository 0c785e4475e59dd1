/// The draft: what it was first written from, and every change since.
///
/// The note is the composed note of the basis with the revisions in effect applied in order.
/// The draft's channel, tone, names and topic therefore live in one place: the basis holds what
/// the interview gave, and every later change, a channel included, is a revision, undoable like
/// the rest. Stored as changes rather than as copies of the note, so a saved session stays
/// small.
struct Draft: Hashable, Sendable, Codable {
  /// How the note is sent, as chosen when the draft was first written.
  var channel: Channel
  /// A free LinkedIn account allows only 200 characters in a connection note.
  var freeAccount: Bool
  /// The topic each interviewer's note starts on: one note each, on its own topic where the
  /// discussion offers more than one.
  var baseTopics: [Topic]
  /// The wording variant, fixed when the draft is first written.
  var variant: UInt64 = 0
  /// Every revision made, including undone ones beyond `cursor` (they can be redone).
  var revisions: [Revision] = []
  /// How many revisions are in effect.
  var cursor = 0
  /// Whose note is shown, when there are several interviewers.
  var recipient = 0
  /// Whose note carries the person's own point: the note on the topic chosen when the point
  /// was asked (the interviewer who brought it up). Nil means the first note, as in sessions
  /// saved before it was kept.
  var pointRecipient: Int?
  /// How many revisions at the start are folded older steps (see `compactIfNeeded`): undo
  /// stops there. Nil until the first fold.
  var floor: Int?

  /// The revisions in effect. A cursor out of range (from a hand-edited or damaged saved
  /// session) is clamped rather than trusted.
  var applied: ArraySlice<Revision> { revisions.prefix(max(0, min(cursor, revisions.count))) }

  /// Adds a revision, dropping any undone ones: a new change starts a new branch.
  mutating func append(_ revision: Revision) {
    cursor = max(0, min(cursor, revisions.count))
    revisions.removeSubrange(cursor...)
    revisions.append(revision)
    cursor += 1
    compactIfNeeded()
  }

  /// The interviewers whose notes the person asked to leave out, by the revisions in effect.
  var leftOut: Set<Int> {
    applied.reduce(into: Set<Int>()) { result, revision in
      if case .leaveOut(let people) = revision { result.formUnion(people) }
    }
  }

  var canUndo: Bool { cursor > (floor ?? 0) && cursor <= revisions.count }
  var canRedo: Bool { cursor >= 0 && cursor < revisions.count }
}
