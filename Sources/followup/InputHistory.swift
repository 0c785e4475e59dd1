/// The answers typed this session, for the up and down arrows, most recent last.
///
/// Going up from a line being typed keeps that line, and coming back down past the newest
/// answer returns to it, as in a shell. Nothing is written to disk: answers about an interview
/// are personal, and a new session starts a new conversation.
struct InputHistory {
  private(set) var entries: [String] = []
  /// The entry shown, or nil while the person is on their own new line.
  private var index: Int?
  /// The new line being typed when the person first went up.
  private var unsent = ""

  /// Remembers a sent answer; an empty one or a repeat of the last is not kept twice.
  mutating func add(_ line: String) {
    index = nil
    unsent = ""
    guard !line.isBlank, entries.last != line else { return }
    entries.append(line)
  }

  /// The entry before the one shown, or nil at the oldest.
  mutating func previous(current: String) -> String? {
    let target = (index ?? entries.count) - 1
    guard target >= 0 else { return nil }
    if index == nil { unsent = current }
    index = target
    return entries[target]
  }

  /// The entry after the one shown, the unsent line past the newest, or nil when already there.
  mutating func next() -> String? {
    guard let shown = index else { return nil }
    if shown + 1 < entries.count {
      index = shown + 1
      return entries[shown + 1]
    }
    index = nil
    return unsent
  }
}
