import FollowUpTestSupport
import Testing

@testable import FollowUpKit

/// Turns whose cost must stay linear in the message: any chat user can send these, and the
/// single-threaded server answers every other session only after them. The absolute figures
/// (no turn over 50 ms in a release build) are measured by `followup-bench pathological`; a
/// debug test can only check the growth, by timing a message and one four times as long.
@Suite("Pathological inputs")
struct PathologicalInputTests {
  /// The messages that bring a conversation to a later question: the opening, the outcome,
  /// the discussion and the topic check (then the note's own point is asked), then the
  /// channel (then the draft is shown).
  static let sample = [
    "I'm Jordan Lee and I interviewed with Priya Shah at Northgate Foods yesterday for the "
      + "operations coordinator role",
    "honestly I think I nailed it",
    "we talked about their switch to electric cargo bikes for city deliveries",
    "yes",
    "email",
  ]

  /// A conversation after the first `after` messages of `sample`, and the message of `prefix`
  /// then `unit` repeated to `bytes`.
  static func start(after: Int) -> Conversation {
    var start = Conversation(today: Fixture.today, surface: .remote)
    for message in sample.prefix(after) { _ = start.send(message) }
    return start
  }

  /// Eight times the text takes about eight times as long when the reading is linear, 64 times
  /// when it is quadratic; 24 leaves room for noise on a shared machine and under the
  /// sanitizers, and `Timing.ratio` times the two sizes alternately and measures again when a
  /// ratio looks high (a 2-to-8 KiB ratio with a limit of 8 failed once under load, linear when
  /// measured alone). 16 KiB is the longest message read; each timing sends the message to a
  /// fresh copy of the same conversation.
  static func growth(_ unit: String, after: Int = 0, prefix: String = "") -> Double {
    let begun = start(after: after)
    func text(_ bytes: Int) -> String {
      prefix + String(repeating: unit, count: bytes / unit.utf8.count)
    }
    let large = text(16 * 1024)
    let small = text(2 * 1024)
    return Timing.ratio(
      large: {
        var conversation = begun
        _ = conversation.send(large)
      },
      small: {
        var conversation = begun
        _ = conversation.send(small)
      })
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

  /// The note's own point was read by lowering every word again for each wrapper word it
  /// dropped ("x" is one, said at the end), so 16 KiB of "x, " at that question took 11.5 s
  /// in a release build.
  @Test("commas at the question about the note's point cost linear time")
  func commasAtThePoint() {
    let ratio = Self.growth("x, ", after: 4)
    #expect(ratio < 24, "16 KiB took \(ratio) times as long as 2 KiB")
  }

  /// At the question about the note's point, each comma was tested for a splice by copying and
  /// lowering every word after it: "label: value, " pairs there took 0.9 s in a release build.
  @Test("\"label: value, \" pairs at the question about the note's point cost linear time")
  func labelsAtThePoint() {
    let ratio = Self.growth("name: Jo, company: Acme, role: analyst, interviewer: Sam, ", after: 4)
    #expect(ratio < 24, "16 KiB took \(ratio) times as long as 2 KiB")
  }

  /// At the draft, a change request was stripped of courtesies ("and", "please") by lowering
  /// and copying the whole message for each one dropped, and split at "and" by lowering what
  /// was left after each: 16 KiB of "and " was quadratic.
  @Test("\"and\" at the draft costs linear time")
  func andAtTheDraft() {
    let ratio = Self.growth("and ", after: 5)
    #expect(ratio < 24, "16 KiB took \(ratio) times as long as 2 KiB")
  }

  /// A pasted draft's point cues ("your plan") were placed by counting characters from the
  /// start of the sentence for each one found, and each pair of cues compared by copying the
  /// text between them: quadratic in the cues of one long sentence.
  @Test("a review with many point cues costs linear time")
  func reviewCues() {
    let ratio = Self.growth("your plan stayed with me, ", after: 5, prefix: "review\n")
    #expect(ratio < 24, "16 KiB took \(ratio) times as long as 2 KiB")
  }
}
