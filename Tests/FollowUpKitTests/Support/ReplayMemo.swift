import Foundation

/// A value computed once per test process for each key, however many tests ask for it.
///
/// Replaying a conversation set is deterministic (the engine is pure, and the day is an input),
/// so two suites that replay the same set get the same score. `UnseenConversationsTests` holds
/// each tuning set to its floors and `FirstNoteGrammarTests` reads the same sets' first notes:
/// before this memo every set was replayed twice, about ten minutes of the plain `swift test`
/// step on CI's two cores. A test that asks for a key another test is computing waits for that
/// result instead of computing it again.
final class ReplayMemo<Value: Sendable>: @unchecked Sendable {
  // @unchecked: every access to `values` and `pending` holds `condition`'s lock.
  private let condition = NSCondition()
  private var values: [String: Value] = [:]
  private var pending: Set<String> = []

  /// The value for `key`, computed by `compute` if no test has computed it yet. A failure is
  /// not kept: the next test to ask computes again, and fails in its own right.
  func value(for key: String, compute: () throws -> Value) throws -> Value {
    condition.lock()
    while pending.contains(key) { condition.wait() }
    if let value = values[key] {
      condition.unlock()
      return value
    }
    pending.insert(key)
    condition.unlock()
    var computed: Value?
    defer {
      condition.lock()
      if let computed { values[key] = computed }
      pending.remove(key)
      condition.broadcast()
      condition.unlock()
    }
    let value = try compute()
    computed = value
    return value
  }
}
