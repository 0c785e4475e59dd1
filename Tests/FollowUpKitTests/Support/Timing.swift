/// Timing for tests that check how a cost grows, never an absolute time: CI runs the suite on
/// a shared two-core machine and again under the sanitizers, where a bound in seconds fails for
/// load alone (a 20-second bound on a 1 MiB message failed at 36 s under the sanitizers at load
/// 8). A ratio of two measurements taken in the same minute cancels the machine out.
enum Timing {
  /// The best of `runs` timings of `work`, in seconds: the best is the one least disturbed by
  /// other processes.
  static func best(of runs: Int = 3, _ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<runs {
      let elapsed = try clock.measure(work)
      let parts = elapsed.components
      best = min(best, Double(parts.seconds) + Double(parts.attoseconds) * 1e-18)
    }
    return best
  }

  /// How many times longer `large` took than `small`, each the best of three.
  static func ratio(large: () throws -> Void, small: () throws -> Void) rethrows -> Double {
    let big = try best(large)
    return big / max(try best(small), 1e-6)
  }
}
