/// Monotonic time in nanoseconds, read with `clock_gettime(CLOCK_MONOTONIC)`.
enum Clock {
  @inline(__always)
  static func now() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
  }

  /// CPU time this thread has used, in nanoseconds: unlike the wall clock, it leaves out the
  /// time other processes had the core, which on a shared machine is most of a slow turn.
  @inline(__always)
  static func threadCPU() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec)
  }

  /// Runs `body` and returns how long it took, in nanoseconds.
  @inline(__always)
  static func time(_ body: () -> Void) -> UInt64 {
    let start = now()
    body()
    return now() &- start
  }
}

/// Durations in nanoseconds, summarised the way the report shows them.
struct Samples {
  private(set) var values: [UInt64] = []
  private var sorted = true

  init(capacity: Int = 0) {
    values.reserveCapacity(capacity)
  }

  mutating func append(_ nanoseconds: UInt64) {
    if let last = values.last, nanoseconds < last { sorted = false }
    values.append(nanoseconds)
  }

  var count: Int { values.count }

  var total: UInt64 { values.reduce(0, &+) }

  /// The value at `fraction` of the sorted samples (nearest rank): 0.5 is the median.
  mutating func percentile(_ fraction: Double) -> UInt64 {
    guard !values.isEmpty else { return 0 }
    if !sorted {
      values.sort()
      sorted = true
    }
    let rank = Int((fraction * Double(values.count)).rounded(.up)) - 1
    return values[min(max(rank, 0), values.count - 1)]
  }

  mutating func median() -> UInt64 { percentile(0.5) }

  var mean: Double {
    values.isEmpty ? 0 : Double(total) / Double(values.count)
  }
}

/// Number formatting without Foundation.
enum Format {
  /// `value` with exactly `digits` decimals: `fixed(3.14159, 2)` is "3.14".
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled - Double(whole) * scale)
    var text = value < 0 && scaled > 0 ? "-" : ""
    text += grouped(whole)
    if digits > 0 {
      let digitsText = String(fraction)
      text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
    }
    return text
  }

  /// An integer with thousands separated by commas: "100,000".
  static func grouped(_ value: Int) -> String {
    let digits = Array(String(abs(value)))
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return value < 0 ? "-" + text : text
  }

  /// Nanoseconds as microseconds with `digits` decimals.
  static func micros(_ nanoseconds: UInt64, _ digits: Int = 2) -> String {
    fixed(Double(nanoseconds) / 1_000, digits)
  }

  /// Nanoseconds as milliseconds with `digits` decimals.
  static func millis(_ nanoseconds: UInt64, _ digits: Int = 2) -> String {
    fixed(Double(nanoseconds) / 1_000_000, digits)
  }

  /// Bytes in the largest unit that keeps the number readable.
  static func bytes(_ count: Double) -> String {
    if abs(count) >= 1_048_576 { return fixed(count / 1_048_576, 1) + " MiB" }
    if abs(count) >= 1_024 { return fixed(count / 1_024, 2) + " KiB" }
    return fixed(count, 0) + " B"
  }

  static func padLeft(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  static func padRight(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// Rows laid out in columns: the first left-aligned, the others right-aligned.
  static func table(_ rows: [[String]]) -> [String] {
    guard let columns = rows.map(\.count).max() else { return [] }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    return rows.map { row in
      var line = ""
      for (column, cell) in row.enumerated() {
        if column == 0 {
          line += padRight(cell, widths[column])
        } else {
          line += "  " + padLeft(cell, widths[column])
        }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}

/// A verdict against a target, as the report prints it.
enum Verdict {
  static func check(_ met: Bool) -> String { met ? "met" : "NOT MET" }
}

/// Writes report lines to standard output at once (the report is read while it runs).
enum Report {
  static func line(_ text: String = "") {
    var bytes = Array((text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(STDOUT_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }

  static func heading(_ text: String) {
    line()
    line("== " + text)
  }
}

/// Keeps the optimiser from discarding work whose result is otherwise unused.
enum Sink {
  nonisolated(unsafe) static var value = 0

  @inline(never)
  static func consume(_ count: Int) {
    value &+= count
  }
}
