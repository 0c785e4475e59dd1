/// A line diff between two texts: how a replayed transcript differs from its recording.
///
/// Part of the replay feature, not a test helper: `followup replay FILE...` prints it for each
/// transcript that no longer replays as recorded, and the dialogue tests print the same diff.
///
/// ```swift
/// let replayed = transcript.replayed()
/// if replayed != transcript {
///   print(LineDiff.diff(expected: transcript.text, actual: replayed.text))
/// }
/// ```
public enum LineDiff {
  /// The largest table of line pairs compared to find the fewest changes: 1,000,000 cells of 4
  /// bytes. Past it (two transcripts of over 1,000 differing lines each), the differing middle
  /// is shown as removed, then added, so that memory stays linear in the line count: a 56 KB
  /// transcript once needed 1.5 GB.
  public static let maximumTableCells = 1_000_000

  /// `- expected` and `+ actual` lines around the first differences, with a little context.
  public static func diff(expected: String, actual: String, context: Int = 2) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let script = editScript(old, new)
    var keep = Array(repeating: false, count: script.count)
    for (index, entry) in script.enumerated() where entry.0 != " " {
      for nearby in max(0, index - context)...min(script.count - 1, index + context) {
        keep[nearby] = true
      }
    }
    var lines: [String] = []
    var skipped = false
    for (index, entry) in script.enumerated() {
      if keep[index] {
        lines.append("\(entry.0) \(entry.1)")
        skipped = false
      } else if !skipped {
        lines.append("  ...")
        skipped = true
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Every line marked ` ` (in both), `-` (only expected) or `+` (only actual), in order.
  static func editScript(_ old: [String], _ new: [String]) -> [(Character, String)] {
    // The common start and end cost nothing to find; only the middle needs the table.
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = old[prefix..<(old.count - suffix)]
    let newMiddle = new[prefix..<(new.count - suffix)]
    var script: [(Character, String)] = old[..<prefix].map { (" ", $0) }
    let n = oldMiddle.count
    let m = newMiddle.count
    if (n + 1) * (m + 1) > maximumTableCells {
      script.append(contentsOf: oldMiddle.map { ("-", $0) })
      script.append(contentsOf: newMiddle.map { ("+", $0) })
    } else {
      script.append(contentsOf: fewestChanges(Array(oldMiddle), Array(newMiddle)))
    }
    script.append(contentsOf: old[(old.count - suffix)...].map { (" ", $0) })
    return script
  }

  /// The longest common subsequence, by a table of (n + 1) x (m + 1) cells.
  private static func fewestChanges(_ old: [String], _ new: [String]) -> [(Character, String)] {
    let n = old.count
    let m = new.count
    let width = m + 1
    var table = [Int32](repeating: 0, count: (n + 1) * width)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i * width + j] =
          old[i] == new[j]
          ? table[(i + 1) * width + j + 1] + 1
          : max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    var script: [(Character, String)] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, old[i] == new[j] {
        script.append((" ", old[i]))
        i += 1
        j += 1
      } else if j < m, i == n || table[i * width + j + 1] >= table[(i + 1) * width + j] {
        script.append(("+", new[j]))
        j += 1
      } else {
        script.append(("-", old[i]))
        i += 1
      }
    }
    return script
  }
}
