/// How many answers the person has given to the question in hand without it being settled, and
/// the last of them.
///
/// Kept in the conversation's state so that no question is ever asked a third time because its
/// answer was not taken. Each handler had its own second-miss fallback, but a re-ask that was not
/// a "miss" (an agreement read as a topic too generic to use, a channel named early, a partial
/// answer) slipped past them; counting the answers in one place closes every such path at once.
/// What the person says in between (a correction, a question asked back, a command) is answered
/// and does not count: it is not an answer to this question.
struct QuestionAsks: Hashable, Sendable, Codable {
  /// The question counted; nil before the first question is asked.
  var question: Question?
  /// Answers given to it that left it open.
  var answers: Int
  /// Messages at it that were no answer and took nothing (a question back, "...", an emoji):
  /// answered, but counted too, so that they cannot keep the question open for ever. Optional so
  /// that a state saved before it was counted still loads.
  var asides: Int?
  /// The last message read as an answer to it: what is taken as typed when the question would
  /// otherwise be asked a third time.
  var attempt: String?

  init(question: Question? = nil) {
    self.question = question
    answers = 0
    attempt = nil
  }

  /// The most replies (answers and asides together) that may leave a question open: the first
  /// ask and one ask again. The next reply is settled: its answer taken as typed, or the
  /// question left out with a word saying so, never shown a third time.
  static let limit = 1

  /// Every reply given to the question that left it open, answer or aside: the question was
  /// shown once more after each.
  var replies: Int { answers + (asides ?? 0) }
}
