/// Timing for tests that check how a cost grows, never an absolute time: CI runs the suite on
/// a shared two-core machine and again under the sanitizers, where a bound in seconds fails for
/// load alone (a 20-second bound on a 1 MiB message failed at 36 s under the sanitizers at load
/// 8). A ratio of two measurements taken in the same minute cancels the machine out.
///
/// Even a ratio failed for load alone: timed one size after the other, a burst of work from
/// another process during the large runs only gave 25 to 30 where the cost was linear (8 when
/// measured alone), three times on 1 December 2026 at load 8 to 10. So the sizes are timed
/// alternately (a burst then slows both), and a ratio over its limit is measured again, up to
/// three rounds, the lowest kept: a linear cost gives a low ratio in some round, a quadratic one
/// (64 for eight times the input) gives a high ratio in every round, so the check still fails
/// for a real regression and only for one.
enum Timing {
  /// The best of `runs` timings of `work`, in seconds: the best is the one least disturbed by
  /// other processes.
  static func best(of runs: Int = 3, _ work: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs { best = min(best, try seconds(work)) }
    return best
  }

  /// How many times longer `large` took than `small`: each timed three times, alternately,
  /// the best of each compared; measured again while the ratio is at or over `limit`, up to
  /// `rounds` rounds, and the lowest ratio returned.
  static func ratio(
    large: () throws -> Void, small: () throws -> Void, limit: Double = 24, rounds: Int = 3
  ) rethrows -> Double {
    var lowest = Double.infinity
    for _ in 0..<max(rounds, 1) {
      var big = Double.infinity
      var little = Double.infinity
      for _ in 0..<3 {
        little = min(little, try seconds(small))
        big = min(big, try seconds(large))
      }
      lowest = min(lowest, big / max(little, 1e-6))
      if lowest < limit { break }
    }
    return lowest
  }

  /// One timing of `work`, in seconds.
  static func seconds(_ work: () throws -> Void) rethrows -> Double {
    let elapsed = try ContinuousClock().measure(work)
    let parts = elapsed.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}
