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
    func texts(_ count: Int) -> (expected: String, actual: String) {
      let expected = (0..<count).map { "expected line \($0)" }
      let actual = (0..<count).map { "actual line \($0)" }
      return (
        (["same"] + expected + ["end"]).joined(separator: "\n"),
        (["same"] + actual + ["end"]).joined(separator: "\n")
      )
    }
    let large = texts(20_000)
    let small = texts(2_500)
    var diff = ""
    // Eight times the lines: about eight times the time when linear, 64 when quadratic.
    let ratio = Timing.ratio(
      large: { diff = LineDiff.diff(expected: large.expected, actual: large.actual) },
      small: { _ = LineDiff.diff(expected: small.expected, actual: small.actual) })
    #expect(ratio < 24, "20,000 lines took \(ratio) times as long as 2,500")
    let lines = diff.split(separator: "\n")
    #expect(lines.first == "  same")
    #expect(lines.last == "  end")
    #expect(lines.filter { $0.hasPrefix("- ") }.count == 20_000)
    #expect(lines.filter { $0.hasPrefix("+ ") }.count == 20_000)
  }
}
