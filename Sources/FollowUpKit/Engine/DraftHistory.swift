/// The draft's revisions, in order, with a cursor for undo and redo.
///
/// Stored as the list of changes rather than as copies of the note: a saved session stays small,
/// and every step can be undone or redone without limit.
struct DraftHistory: Hashable, Sendable, Codable {
  /// Every revision made, including undone ones beyond `cursor` (they can be redone).
  var revisions: [Revision] = []
  /// How many revisions are in effect.
  var cursor = 0
  /// Whose note is shown, when there are several interviewers.
  var recipient = 0
  /// The topic each interviewer's note starts on: one note each, on its own topic where the
  /// discussion offers more than one.
  var baseTopics: [Topic]
  /// The wording variant, fixed when the draft is first written.
  var variant: UInt64 = 0

  /// The revisions in effect. A cursor out of range (from a hand-edited or damaged saved
  /// session) is clamped rather than trusted.
  var applied: ArraySlice<Revision> { revisions.prefix(max(0, min(cursor, revisions.count))) }

  /// Adds a revision, dropping any undone ones: a new change starts a new branch.
  mutating func append(_ revision: Revision) {
    cursor = max(0, min(cursor, revisions.count))
    revisions.removeSubrange(cursor...)
    revisions.append(revision)
    cursor += 1
  }

  var canUndo: Bool { cursor > 0 && cursor <= revisions.count }
  var canRedo: Bool { cursor >= 0 && cursor < revisions.count }
}
