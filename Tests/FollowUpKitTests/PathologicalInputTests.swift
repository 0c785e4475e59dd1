import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Turns whose cost must stay linear in the message: any chat user can send these, and the
/// single-threaded server answers every other session only after them. The absolute figures
/// (no turn over 50 ms in a release build) are measured by `followup-bench pathological`; a
/// debug test can only check the growth, by timing a message and one four times as long.
@Suite("Pathological inputs")
struct PathologicalInputTests {
  /// The cost of one opening turn on `unit` repeated to `bytes`, in seconds (best of three).
  static func seconds(_ unit: String, bytes: Int) -> Double {
    let text = String(repeating: unit, count: bytes / unit.utf8.count)
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<3 {
      var conversation = Conversation(today: Fixture.today, surface: .remote)
      let elapsed = clock.measure { _ = conversation.send(text) }
      let components = elapsed.components
      best = min(best, Double(components.seconds) + Double(components.attoseconds) * 1e-18)
    }
    return best
  }

  /// Eight times the text takes about eight times as long when the reading is linear, 64 times
  /// when it is quadratic; 24 leaves room for noise on a shared machine and under the
  /// sanitizers (a 2-to-8 KiB ratio with a limit of 8 failed once under load, linear when
  /// measured alone). 16 KiB is the longest message read.
  static func growth(_ unit: String) -> Double {
    seconds(unit, bytes: 16 * 1024) / max(seconds(unit, bytes: 2 * 1024), 1e-6)
  }

  @Test(
    "repeated commas, capitalised words and \"and\" cost linear time",
    arguments: ["x, ", "Priya Shah Northgate ", "and "])
  func linear(_ unit: String) {
    let ratio = Self.growth(unit)
    #expect(ratio < 24, "16 KiB took \(ratio) times as long as 2 KiB")
  }

  /// `FactScan.readLabels()` read each label's value up to the next full stop, so a message of
  /// "company: x, " repeated with no full stop was read in time quadratic in its length (4.7 s
  /// for 16 KiB in a release build; 8 KiB took 14 to 18 times as long as 2 KiB). A value now
  /// ends at the next label too, found in one pass.
  @Test(
    "\"label: value, \" pairs cost linear time",
    arguments: ["company: x, ", "name: Jo, company: Acme, role: analyst, interviewer: Sam, "])
  func labels(_ unit: String) {
    let ratio = Self.growth(unit)
    #expect(ratio < 24, "16 KiB took \(ratio) times as long as 2 KiB")
  }
}
