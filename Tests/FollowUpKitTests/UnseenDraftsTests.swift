import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// Drafts written by someone who never read the sources, each labelled with the codes a careful
/// reader would give: the measure of the review on notes people really write.
///
/// The held-out set is never tuned on: its test prints only aggregate figures (per code:
/// expected, found, missed, false alarms; good notes with any code), never a case. The tuning
/// set prints its misses case by case.
@Suite("Unseen drafts")
struct UnseenDraftsTests {
  /// One labelled draft of the unseen sets.
  struct Draft {
    var id: String
    var interviewers: [PersonName]
    var company: String?
    var channel: Channel?
    var draft: String
    var codes: Set<Finding.Code>
  }

  /// The figures of one set.
  struct Score {
    var expected: [Finding.Code: Int] = [:]
    var found: [Finding.Code: Int] = [:]
    var missed: [Finding.Code: Int] = [:]
    var falseAlarms: [Finding.Code: Int] = [:]
    var goodNotes = 0
    var goodNotesWithCodes = 0
    var unknownCodes = 0
    var misses: [String] = []

    var expectedTotal: Int { expected.values.reduce(0, +) }
    var foundTotal: Int { found.values.reduce(0, +) }
    var falseAlarmTotal: Int { falseAlarms.values.reduce(0, +) }
    var recall: Double { expectedTotal == 0 ? 1 : Double(foundTotal) / Double(expectedTotal) }

    var report: String {
      var lines = [
        "expected codes found: \(foundTotal)/\(expectedTotal) "
          + "(\(Int((recall * 100).rounded()))%); false alarms \(falseAlarmTotal); "
          + "good notes with any code: \(goodNotesWithCodes)/\(goodNotes)"
      ]
      for code in Finding.Code.allCases {
        lines.append(
          "  \(code.rawValue): expected \(expected[code, default: 0]), found "
            + "\(found[code, default: 0]), missed \(missed[code, default: 0]), false alarms "
            + "\(falseAlarms[code, default: 0])")
      }
      if unknownCodes > 0 { lines.append("  labels with an unknown code: \(unknownCodes)") }
      return lines.joined(separator: "\n")
    }
  }

  /// The interviewers as the sets write them: "Mr Neil Sharma", "Park Ji-hoon (Park is his
  /// family name)", "Tan Mei Lin (Tan is her surname)", several joined by "+", "&" or "and". A family name said in brackets is
  /// taken as said; anything else is read as the conversation reads a typed name.
  static func interviewers(_ text: String) -> [PersonName] {
    var parts: [String] = []
    var rest = text
    for separator in [" + ", " & ", " and ", "; "] {
      rest = rest.replacingOccurrences(of: separator, with: "\u{1}")
    }
    parts = rest.split(separator: "\u{1}").map(String.init)
    return parts.compactMap { part in
      var name = part
      var family: String?
      if let open = part.firstIndex(of: "("), let close = part.lastIndex(of: ")"), open < close {
        let note = part[part.index(after: open)..<close]
        name = String(part[..<open]).trimmingCharacters(in: .whitespaces)
        if note.lowercased().contains("family name") || note.lowercased().contains("surname") {
          family = note.split(separator: " ").first.map(String.init)
        }
      }
      guard var person = PersonName(parsing: name) else { return nil }
      if let family, person.given == family, let other = person.family {
        person = PersonName(title: person.title, given: other, family: family)
      }
      return person
    }
  }

  static func drafts(_ file: String) throws -> (drafts: [Draft], unknownCodes: Int) {
    var unknown = 0
    let drafts = try Unseen.objects(file).compactMap { object -> Draft? in
      guard let id = object["id"] as? String, let text = object["draft"] as? String,
        let labels = object["codes"] as? [String]
      else { return nil }
      var codes = Set<Finding.Code>()
      for label in labels {
        if let code = Finding.Code(rawValue: label) { codes.insert(code) } else { unknown += 1 }
      }
      let company = (object["company"] as? String).flatMap { $0.isEmpty ? nil : $0 }
      return Draft(
        id: id, interviewers: interviewers(object["interviewer"] as? String ?? ""),
        company: company, channel: (object["channel"] as? String).flatMap(Channel.init(rawValue:)),
        draft: text, codes: codes)
    }
    return (drafts, unknown)
  }

  static func score(_ file: String) throws -> (score: Score, count: Int) {
    let (drafts, unknown) = try drafts(file)
    var score = Score()
    score.unknownCodes = unknown
    for item in drafts {
      let findings = DraftReviewer.review(
        item.draft, interviewers: item.interviewers, company: item.company,
        channel: item.channel)
      let found = Set(findings.map(\.code))
      if item.codes.isEmpty {
        score.goodNotes += 1
        if !found.isEmpty { score.goodNotesWithCodes += 1 }
      }
      for code in item.codes {
        score.expected[code, default: 0] += 1
        if found.contains(code) {
          score.found[code, default: 0] += 1
        } else {
          score.missed[code, default: 0] += 1
        }
      }
      for code in found.subtracting(item.codes) { score.falseAlarms[code, default: 0] += 1 }
      if found != item.codes {
        let missing = item.codes.subtracting(found).map(\.rawValue).sorted()
        let extra = findings.filter { !item.codes.contains($0.code) }
          .map { "\($0.code.rawValue): \($0.message)" }
        score.misses.append(
          "  \(item.id): missed \(missing)"
            + extra.map { "\n    extra \($0)" }.joined())
      }
    }
    return (score, drafts.count)
  }

  /// The first held-out drafts, measured in aggregate on every round since 30 November. Once
  /// a third held-out set was written (1 December), they became tuning set 4: their misses are
  /// printed with `SHOW_MISSES=1` and their figures are kept as floors.
  @Test("tuning drafts 4 (the first held-out set)")
  func tuningFourth() throws {
    let (score, count) = try Self.score("drafts-tune4.jsonl")
    print("unseen drafts (tuning 4, former held out, \(count)): \(score.report)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(count == 70)
    #expect(score.unknownCodes == 0)
    // Held out it reached 79 of 92 codes found (86%) and 2 of 23 good notes with a code
    // (before the rules read by meaning: 50 of 92 and 5 of 23). Tuned on since 1 December, it
    // reaches 90 of 92 (98%) with no good note flagged: the floors hold that, though as a
    // tuning set it no longer measures what unseen drafts get.
    #expect(score.foundTotal >= 90, "expected codes found: \(score.recall)")
    #expect(
      score.goodNotesWithCodes == 0,
      "good notes with a code: \(score.goodNotesWithCodes)/\(score.goodNotes)")
  }

  /// The second held-out set (sixty drafts written blind on 1 December 2026), measured three
  /// times, then tuned on once a fourth set was written. Held out it went from 48 of 60 codes
  /// found and 2 of 22 good notes with a code to 51 and none. Tuned on from 1 December (branch
  /// review5): 58 of 60 with no false alarm; 59 of 60 from review6 (general praise read as
  /// naming nothing). The floor holds that.
  @Test("tuning drafts 5 (second held-out set), with each miss")
  func tuningFive() throws {
    let (score, count) = try Self.score("drafts-tune5.jsonl")
    print("unseen drafts (tuning 5, \(count)): \(score.report)")
    print(score.misses.joined(separator: "\n"))
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
    #expect(score.foundTotal >= 59, "expected codes found: \(score.recall)")
    #expect(score.goodNotesWithCodes <= 0)
  }

  /// The third held-out set (sixty drafts written blind on 1 December 2026, twenty good),
  /// measured three times (39, 41 and 41 of 51 codes found, no good note flagged), then tuned on
  /// once a fifth set was written. Its figures stay as floors: tuned on in review6, 46 of 51
  /// with no false alarm (several points, no specific topic and the wrong name read by the
  /// note's structure); 51 of 51 in review7 (shame with the writer unsaid, hardship said of
  /// the writer, another job held for their answer, a CV with no "I").
  @Test("tuning drafts 6 (third held-out set), with each miss")
  func tuningSix() throws {
    let (score, count) = try Self.score("drafts-tune6.jsonl")
    print("unseen drafts (tuning 6, \(count)): \(score.report)")
    print(score.misses.joined(separator: "\n"))
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
    #expect(score.foundTotal >= 51, "expected codes found: \(score.recall)")
    #expect(score.goodNotesWithCodes <= 0)
  }

  /// Sixty drafts written blind on 1 December 2026 (the fourth set, twenty good) for the fourth
  /// review round, committed before it. Aggregate only.
  @Test("fourth held-out drafts: aggregate figures only")
  func heldOutFourth() throws {
    let (score, count) = try Self.score("drafts-heldout4.jsonl")
    print("unseen drafts (held out 4, \(count)): \(score.report)")
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
    // Measured before the fifth review round: 50 of 61 found, 7 false alarms, 2 of 20 good
    // notes with a code; after it 52, after the sixth 54 (89%), the good notes unchanged. Held
    // so that no change makes them worse; the targets are 90% and 1 in 20.
    #expect(score.foundTotal >= 54, "expected codes found: \(score.recall)")
    #expect(score.goodNotesWithCodes <= 2)
  }

  /// Sixty drafts written blind on 1 December 2026 (the fifth set, twenty good, several faults
  /// subtle: a second point in the closing line, warm notes naming nothing, a wrong title) for
  /// the sixth review round, committed before it. Aggregate only.
  @Test("fifth held-out drafts: aggregate figures only")
  func heldOutFifth() throws {
    let (score, count) = try Self.score("drafts-heldout5.jsonl")
    print("unseen drafts (held out 5, \(count)): \(score.report)")
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
    // Measured before the sixth review round: 43 of 57 found, 3 false alarms, no good note with
    // a code; after it 46 (81%), the same false alarms. Held so that no change makes them worse.
    #expect(score.foundTotal >= 46, "expected codes found: \(score.recall)")
    #expect(score.goodNotesWithCodes <= 0)
  }

  /// The sixth held-out set (sixty drafts written blind on 1 December 2026, twenty good),
  /// measured before and after the seventh review round (50 of 58 codes found, 7 false alarms,
  /// 1 of 20 good notes with a code both times), then tuned on from the evening of 1 December.
  @Test("tuning drafts 7 (sixth held-out set), with each miss")
  func tuningSeven() throws {
    let (score, count) = try Self.score("drafts-tune7.jsonl")
    print("unseen drafts (tuning 7, \(count)): \(score.report)")
    print(score.misses.joined(separator: "\n"))
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
    // The figures the eighth round reached (from 50 found, 7 false alarms, 1 good note).
    #expect(score.foundTotal >= 57, "expected codes found: \(score.recall)")
    #expect(score.falseAlarmTotal <= 1)
    #expect(score.goodNotesWithCodes == 0)
  }

  /// Sixty drafts written blind on the evening of 1 December 2026 (the seventh set, twenty
  /// good) for the eighth review round, committed before it. Aggregate only.
  @Test("seventh held-out drafts: aggregate figures only")
  func heldOutSeventh() throws {
    let (score, count) = try Self.score("drafts-heldout7.jsonl")
    print("unseen drafts (held out 7, \(count)): \(score.report)")
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
  }

  @Test("tuning drafts, with each miss")
  func tuning() throws {
    let (score, count) = try Self.score("drafts-tune.jsonl")
    print("unseen drafts (tuning, \(count)): \(score.report)")
    print(score.misses.joined(separator: "\n"))
    #expect(count == 20)
  }

  /// A second tuning set, written later by another helper who never read the sources.
  @Test("second tuning drafts, with each miss")
  func tuningSecond() throws {
    let (score, count) = try Self.score("drafts-tune2.jsonl")
    print("unseen drafts (tuning 2, \(count)): \(score.report)")
    print(score.misses.joined(separator: "\n"))
    #expect(count == 45)
    #expect(score.unknownCodes == 0)
  }

  /// A third tuning set, weighted toward the codes the held-out figures miss most
  /// (no-specific-topic, several-points, pressure, cliché, apology), by a helper who never read
  /// the sources. `SHOW_MISSES=1` prints each miss.
  @Test("third tuning drafts, with each miss")
  func tuningThird() throws {
    let (score, count) = try Self.score("drafts-tune3.jsonl")
    print("unseen drafts (tuning 3, \(count)): \(score.report)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(score.misses.joined(separator: "\n"))
    }
    #expect(count == 60)
    #expect(score.unknownCodes == 0)
    // 53 of 63 found with 3 false alarms when it arrived; 60 of 63 with none on 1 December.
    #expect(score.foundTotal >= 60, "expected codes found: \(score.recall)")
    #expect(score.goodNotesWithCodes == 0)
  }
}
