/// Where a conversation is, with only the data that belongs there.
///
/// A draft exists exactly in `drafting`, `revisiting` and (when there was one) `finished`, so no
/// code can meet a draft stage without a draft, or a draft while the interview is still being
/// asked. Every switch over a phase lists every case: adding one makes the compiler show each
/// place that must decide what to do with it.
enum Phase: Hashable, Sendable, Codable {
  /// Asking one of the interview's questions; no draft has been written yet.
  case asking(Question)
  /// The draft is written and shown; the person asks for changes.
  case drafting(Draft)
  /// The person went back from the draft to a question; the draft is kept and shown again
  /// once the question is answered.
  case revisiting(Question, Draft)
  /// The person said done or quit, with the draft if there was one.
  case finished(Draft?)

  /// The stage reported to bridges and used by the script.
  var stage: Stage {
    switch self {
    case .asking(let question), .revisiting(let question, _): Stage(question)
    case .drafting: .draft
    case .finished: .done
    }
  }

  /// The draft, in the phases that have one.
  var draft: Draft? {
    switch self {
    case .asking: nil
    case .drafting(let draft), .revisiting(_, let draft): draft
    case .finished(let draft): draft
    }
  }

  /// The question being asked, if the conversation is waiting for an answer to one.
  var question: Question? {
    switch self {
    case .asking(let question), .revisiting(let question, _): question
    case .drafting, .finished: nil
    }
  }

  /// The same phase with its draft replaced; a phase without a draft is unchanged.
  func replacingDraft(_ draft: Draft) -> Phase {
    switch self {
    case .asking: self
    case .drafting: .drafting(draft)
    case .revisiting(let question, _): .revisiting(question, draft)
    case .finished(let old): old == nil ? self : .finished(draft)
    }
  }

  /// The phase for asking `question`: before the draft exists, or revisiting it.
  func asking(_ question: Question) -> Phase {
    switch draft {
    case .some(let draft): .revisiting(question, draft)
    case .none: .asking(question)
    }
  }
}
