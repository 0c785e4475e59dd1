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
  /// `- expected` and `+ actual` lines around the first differences, with a little context.
  public static func diff(expected: String, actual: String, context: Int = 2) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Longest common subsequence table; transcripts are a few hundred lines.
    let n = old.count
    let m = new.count
    var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] =
          old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
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
      } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
        script.append(("+", new[j]))
        j += 1
      } else {
        script.append(("-", old[i]))
        i += 1
      }
    }
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
}
