/// When the bot may send its next line: a burst at once, then one line every `interval`
/// milliseconds, as IRC servers require (they throttle or disconnect a client that floods).
///
/// A token bucket kept as one "virtual time" (ngircd and most servers count the same way), so
/// it needs no timer: the loop asks, with the clock's time, whether a line may go now and, if
/// not, when.
///
/// ```swift
/// var pacer = LinePacer(burst: 5, interval: 500)
/// if pacer.mayPost(now: now) { send(line); pacer.posted(now: now) }
/// ```
struct LinePacer {
  /// Lines that may go at once after a quiet spell.
  let burst: Int
  /// Milliseconds each line costs; 500 is two lines a second.
  let interval: Int64
  private var virtualTime: Int64 = .min

  init(burst: Int, interval: Int64) {
    self.burst = max(1, burst)
    self.interval = max(0, interval)
  }

  /// Whether a line may be sent at `now`.
  func mayPost(now: Int64) -> Bool { nextTime(now: now) <= now }

  /// The earliest time the next line may go.
  func nextTime(now: Int64) -> Int64 {
    let clock = max(virtualTime, now)
    return max(now, clock - Int64(burst - 1) * interval)
  }

  /// A line went at `now`.
  mutating func posted(now: Int64) {
    virtualTime = max(virtualTime, now) + interval
  }
}
