/// Keeping a draft's history bounded: the oldest steps merged into their net effect.
///
/// A person can ask for change after change for as long as they like, and a bridge saves the
/// draft after every turn, so the history cannot grow without end. Past `maximumSteps`
/// revisions, the oldest are folded into the fewest revisions with the same effect (the last
/// tone, channel, topic and names; the net length; every sentence added, removed or swapped, in
/// order), and undo stops at the start of what is left one by one. The note is unchanged by a
/// fold: the folded revisions, applied in order, build the same settings as the ones they
/// replace.
extension Draft {
  /// How many revisions are kept one by one: undo goes back this far.
  static let maximumSteps = 100
  /// The most revisions a draft holds after folding. Only word swaps cannot be folded (each
  /// applies to the text the earlier ones left); past this, a change is refused with a reason.
  static let maximumRevisions = 400

  /// Revisions added past the maximum before a fold, so that a fold is not made every turn.
  static let foldSlack = 20

  /// Folds the oldest revisions when the history has grown past its bound.
  mutating func compactIfNeeded() {
    guard revisions.count > Self.maximumSteps + Self.foldSlack else { return }
    let fold = min(revisions.count - Self.maximumSteps, cursor)
    guard fold > 0 else { return }
    let (merged, dropped) = Self.folded(revisions[..<fold])
    revisions = merged + revisions[fold...].compactMap { Self.renumbered($0, dropping: dropped) }
    cursor = cursor - fold + merged.count
    floor = merged.count
  }

  /// A later revision with its added-sentence number moved down past the sentences the fold
  /// dropped; nil for one that names a dropped sentence (it could change nothing).
  static func renumbered(_ revision: Revision, dropping dropped: [Int: [Int]]) -> Revision? {
    guard case .removeAdded(let index, let recipient) = revision else { return revision }
    let gone = dropped[recipient] ?? []
    if gone.contains(index) { return nil }
    return .removeAdded(index - gone.filter { $0 < index }.count, recipient: recipient)
  }

  /// The fewest revisions with the same effect as `revisions` applied in order from the start,
  /// and, per recipient, the numbers of the added sentences they dropped (added, then removed).
  static func folded(_ revisions: ArraySlice<Revision>) -> ([Revision], [Int: [Int]]) {
    var tone: Tone?
    var length = 0
    var channel: Revision?
    var topics: [Int: Revision] = [:]
    var renames: [String: Revision] = [:]
    var removals: [Revision] = []
    var ordered: [Revision] = []
    var adds: [Int: [String]] = [:]
    var removedAdds: [Int: Set<Int>] = [:]
    for revision in revisions {
      switch revision {
      case .shorter: length = max(-1, length - 1)
      case .longer: length = min(1, length + 1)
      case .tone(let value): tone = value
      case .channel: channel = revision
      case .topic(_, let recipient): topics[recipient] = revision
      case .rename(let field, _, let recipient):
        // A company, role or sender name applies to every note; an interviewer's to one.
        let key = field == .interviewer ? "\(field.rawValue) \(recipient)" : field.rawValue
        renames[key] = revision
      case .remove:
        if !removals.contains(revision) { removals.append(revision) }
      case .add(let sentence, let recipient):
        adds[recipient, default: []].append(sentence)
      case .removeAdded(let index, let recipient):
        removedAdds[recipient, default: []].insert(index)
      case .replace:
        // Order matters: swaps apply in turn.
        ordered.append(revision)
      }
    }
    // Sentences added and later removed are dropped; the rest keep their order, renumbered.
    var dropped: [Int: [Int]] = [:]
    var kept: [Revision] = []
    var removedKept: [Revision] = []
    for recipient in adds.keys.sorted() {
      let removed = removedAdds[recipient] ?? []
      for (index, sentence) in (adds[recipient] ?? []).enumerated() {
        if removed.contains(index) {
          dropped[recipient, default: []].append(index)
        } else {
          kept.append(.add(sentence, recipient: recipient))
        }
      }
      // A removal of a sentence added later than this block stays, renumbered by the caller.
      let count = adds[recipient]?.count ?? 0
      for index in removed.sorted() where index >= count {
        removedKept.append(.removeAdded(index, recipient: recipient))
      }
    }
    for recipient in removedAdds.keys.sorted() where adds[recipient] == nil {
      for index in (removedAdds[recipient] ?? []).sorted() {
        removedKept.append(.removeAdded(index, recipient: recipient))
      }
    }
    var result: [Revision] = []
    if let channel { result.append(channel) }
    if let tone { result.append(.tone(tone)) }
    if length < 0 { result.append(.shorter) }
    if length > 0 { result.append(.longer) }
    result += topics.keys.sorted().compactMap { topics[$0] }
    result += renames.keys.sorted().compactMap { renames[$0] }
    result += removals
    result += kept
    result += removedKept.compactMap { renumbered($0, dropping: dropped) }
    result += ordered
    return (result, dropped)
  }
}
