import Foundation
import Testing

@testable import FollowUpKit

/// The first held-out sets, written by someone who never saw the extractor's code. They were
/// measured once before any change they prompted and then used to tune the extraction, so they no
/// longer measure unseen text: they guard against regressions. The unseen sets under
/// `Data/unseen/` (`UnseenAnswersTests`, `UnseenConversationsTests`, `UnseenDraftsTests`) are
/// the honest measure now.
@Suite("Held-out evaluation")
struct HeldOutTests {
  @Test("topics: top-1 acceptable on held-out cases, abstains on held-out chatter")
  func topics() throws {
    let cases = try TopicCase.load("heldout-topic-cases.txt")
    let extractor = TopicExtractor()
    var hits = 0
    var abstained = 0
    var misses: [String] = []
    let specific = cases.filter { $0.span != nil }
    let generic = cases.filter { $0.span == nil }
    for item in specific {
      guard let span = item.span else { continue }
      let top = extractor.topics(in: item.text).first?.text ?? "(none)"
      if isAcceptable(top, item.expected ?? span) {
        hits += 1
      } else {
        misses.append("  want: \(span)\n  got:  \(top)")
      }
    }
    for item in generic {
      let topics = extractor.topics(in: item.text)
      if topics.isEmpty {
        abstained += 1
      } else {
        misses.append("  generic, got: \(topics[0].text)\n  text: \(item.text)")
      }
    }
    print(
      "held-out topics: top-1 \(hits)/\(specific.count), abstained \(abstained)/\(generic.count)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(misses.joined(separator: "\n"))
    }
    #expect(specific.count >= 40 && generic.count >= 10)
    #expect(
      Double(hits) >= 0.8 * Double(specific.count), "held-out top-1 \(hits)/\(specific.count)")
    #expect(
      Double(abstained) >= 0.8 * Double(generic.count),
      "held-out abstention \(abstained)/\(generic.count)")
  }

  @Test("facts: values read exactly on held-out cases")
  func facts() throws {
    let cases = try SlotCase.load("heldout-slot-cases.txt")
    var checked = 0
    var right = 0
    var misses: [String] = []
    for item in cases {
      let got = SlotCasesTests.read(item)
      for (key, want) in item.expected {
        checked += 1
        if (got[key] ?? "none") == want {
          right += 1
        } else {
          misses.append("  \(item)\n    \(key): want \(want), got \(got[key] ?? "none")")
        }
      }
    }
    print("held-out facts: \(right)/\(checked)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(misses.joined(separator: "\n"))
    }
    #expect(cases.count >= 50)
    #expect(Double(right) >= 0.8 * Double(checked), "held-out facts \(right)/\(checked)")
  }
}
