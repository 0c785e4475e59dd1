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
    let (merged, dropped) = Self.folded(revisions[..<fold], recipients: baseTopics.count)
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
  /// for a draft of `recipients` notes, and, per recipient, the numbers of the added sentences
  /// they dropped (added, then removed).
  static func folded(_ revisions: ArraySlice<Revision>, recipients: Int) -> (
    [Revision], [Int: [Int]]
  ) {
    var fold = Fold(recipients: max(1, recipients))
    for revision in revisions { fold.take(revision, in: nil) }
    return fold.result()
  }
}

/// The net effect of a run of revisions, kept per recipient where a change can be scoped to
/// one note (`Revision.only`).
private struct Fold {
  let recipients: Int
  var tones: [Tone?]
  var lengths: [Int]
  var channel: Revision?
  var topics: [Int: Revision] = [:]
  var renames: [String: Revision] = [:]
  var removals: [Revision] = []
  var ordered: [Revision] = []
  var adds: [Int: [String]] = [:]
  var removedAdds: [Int: Set<Int>] = [:]

  init(recipients: Int) {
    self.recipients = recipients
    tones = Array(repeating: nil, count: recipients)
    lengths = Array(repeating: 0, count: recipients)
  }

  /// Takes one revision, for every note or (inside `.only`) for one.
  mutating func take(_ revision: Revision, in scope: Int?) {
    let targets = scope.map { $0 >= 0 && $0 < recipients ? [$0] : [] } ?? Array(0..<recipients)
    switch revision {
    case .shorter: for target in targets { lengths[target] = max(-1, lengths[target] - 1) }
    case .longer: for target in targets { lengths[target] = min(1, lengths[target] + 1) }
    case .tone(let value): for target in targets { tones[target] = value }
    case .channel:
      if scope == nil {
        channel = revision
      } else {
        ordered.append(.only(revision, recipient: scope ?? 0))
      }
    case .topic(_, let recipient):
      if scope == nil || scope == recipient { topics[recipient] = revision }
    case .rename(let field, _, let recipient):
      // A company, role or sender name applies to every note (or to the one scoped); an
      // interviewer's to one.
      if field == .interviewer || field == .greeting {
        if scope == nil || scope == recipient {
          renames["\(field.rawValue) \(recipient)"] = revision
          // A new person drops the greeting asked for the one before, as applying does.
          if field == .interviewer { renames["greeting \(recipient)"] = nil }
        }
      } else if let scope {
        renames["\(field.rawValue) \(scope)"] = .only(revision, recipient: scope)
      } else {
        for key in renames.keys where key.hasPrefix(field.rawValue + " ") { renames[key] = nil }
        renames[field.rawValue] = revision
      }
    case .remove(_, let recipient):
      if scope == nil || scope == recipient, !removals.contains(revision) {
        removals.append(revision)
      }
    case .add(let sentence, let recipient):
      if scope == nil || scope == recipient { adds[recipient, default: []].append(sentence) }
    case .removeAdded(let index, let recipient):
      if scope == nil || scope == recipient { removedAdds[recipient, default: []].insert(index) }
    case .replace:
      // Order matters: swaps apply in turn.
      ordered.append(scope.map { .only(revision, recipient: $0) } ?? revision)
    case .only(let inner, let recipient):
      take(inner, in: scope == nil || scope == recipient ? recipient : -1)
    case .leaveOut:
      // Which notes there are: kept as asked, in order.
      if scope == nil { ordered.append(revision) }
    }
  }

  /// The revisions that make the same settings, and the added sentences dropped.
  func result() -> ([Revision], [Int: [Int]]) {
    var result: [Revision] = []
    if let channel { result.append(channel) }
    if let first = tones.first, let tone = first, tones.allSatisfy({ $0 == first }) {
      result.append(.tone(tone))
    } else {
      for (recipient, tone) in tones.enumerated() {
        if let tone { result.append(.only(.tone(tone), recipient: recipient)) }
      }
    }
    if let first = lengths.first, first != 0, lengths.allSatisfy({ $0 == first }) {
      result.append(first < 0 ? .shorter : .longer)
    } else {
      for (recipient, length) in lengths.enumerated() where length != 0 {
        result.append(.only(length < 0 ? .shorter : .longer, recipient: recipient))
      }
    }
    result += topics.keys.sorted().compactMap { topics[$0] }
    // Greetings last: an interviewer's new name, applied after, would drop them.
    let (greetings, names) = renames.keys.sorted().reduce(into: ([String](), [String]())) {
      if $1.hasPrefix("greeting ") { $0.0.append($1) } else { $0.1.append($1) }
    }
    result += (names + greetings).compactMap { renames[$0] }
    result += removals
    // Sentences added and later removed are dropped; the rest keep their order, renumbered.
    var dropped: [Int: [Int]] = [:]
    for recipient in adds.keys.sorted() {
      let removed = removedAdds[recipient] ?? []
      for (index, sentence) in (adds[recipient] ?? []).enumerated() {
        if removed.contains(index) {
          dropped[recipient, default: []].append(index)
        } else {
          result.append(.add(sentence, recipient: recipient))
        }
      }
    }
    for recipient in removedAdds.keys.sorted() {
      let count = adds[recipient]?.count ?? 0
      for index in (removedAdds[recipient] ?? []).sorted() where index >= count {
        if let kept = Draft.renumbered(.removeAdded(index, recipient: recipient), dropping: dropped)
        {
          result.append(kept)
        }
      }
    }
    result += ordered
    return (result, dropped)
  }
}
