import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

extension FirstNoteGrammarTests {
  /// Tuning 23's first notes as the blind judge read them (kept in
  /// `Data/judged/tune23-notes-before.jsonl`, written on 3 December): the claim checks
  /// (`NoteClaims`) and the point gate (`VouchedPoint`) find each fault of these kinds the
  /// judge named, so the first-note checks would have failed on them.
  @Test("the checks find the point and claim faults the judge named in tuning set 23")
  func claimsBefore() throws {
    let today = CivilDate(year: 2026, month: 12, day: 3) ?? Fixture.today
    var found: [String: [String]] = [:]
    for line in try DataFile.lines("judged/tune23-notes-before.jsonl") {
      guard
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let note = object["note"] as? String,
        let conversation = object["conversation"] as? String
      else { continue }
      var faults = NoteClaims.problems(note: note, conversation: conversation, today: today)
      if let point = NoteClaims.point(note: note, conversation: conversation),
        let doubt = VouchedPoint.doubt(in: point)
      {
        faults.append("point: \(doubt)")
      }
      if !faults.isEmpty { found[id] = faults }
    }
    print("tune23 notes before with a claim or point fault: \(found.keys.sorted())")
    // au007 and au016 (the day), au011 (hard news), au022 (strung on "and"), au046 (a
    // rejection nobody told of).
    for id in ["au007", "au011", "au016", "au022", "au046"] {
      #expect(found[id] != nil, "\(id)")
    }
  }
}
