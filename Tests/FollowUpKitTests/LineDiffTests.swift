import Foundation
import Testing

@testable import FollowUpKit

@Suite("Line diff")
struct LineDiffTests {
  @Test("the fewest changes are shown, with context, for transcripts of a usual size")
  func smallDiff() {
    let expected = ["a", "b", "c", "d", "e", "f", "g"].joined(separator: "\n")
    let actual = ["a", "b", "c", "X", "e", "f", "g"].joined(separator: "\n")
    #expect(
      LineDiff.diff(expected: expected, actual: actual, context: 1)
        == "  ...\n  c\n+ X\n- d\n  e\n  ...")
  }

  /// Quadratic, two 20,000-line texts needed a table of 400 million cells (3.2 GB) and a 56 KB
  /// transcript 1.5 GB; bounded, the differing middle is shown whole in linear memory.
  @Test("two long texts that differ everywhere are diffed in linear memory, at once")
  func longDiff() throws {
    let expected = (0..<20_000).map { "expected line \($0)" }
    let actual = (0..<20_000).map { "actual line \($0)" }
    let clock = ContinuousClock()
    var diff = ""
    let elapsed = clock.measure {
      diff = LineDiff.diff(
        expected: (["same"] + expected + ["end"]).joined(separator: "\n"),
        actual: (["same"] + actual + ["end"]).joined(separator: "\n"))
    }
    #expect(elapsed < .seconds(5), "\(elapsed)")
    let lines = diff.split(separator: "\n")
    #expect(lines.first == "  same")
    #expect(lines.last == "  end")
    #expect(lines.filter { $0.hasPrefix("- ") }.count == 20_000)
    #expect(lines.filter { $0.hasPrefix("+ ") }.count == 20_000)
  }
}
