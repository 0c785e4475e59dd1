import Foundation
import Testing

@testable import FollowUpKit

/// One labelled discussion text from `Data/topic-cases.txt`.
struct TopicCase: CustomStringConvertible, Sendable {
  /// The text as the person typed it, without the span marks.
  var text: String
  /// The marked span, or nil for generic chatter on which the extractor must abstain.
  var span: String?
  /// The second-person form the note should use, when it differs from the span.
  var expected: String?

  var description: String { text }

  static func load(_ file: String = "topic-cases.txt") throws -> [TopicCase] {
    try DataFile.lines(file).map { line in
      if line.hasPrefix("~ ") { return TopicCase(text: String(line.dropFirst(2))) }
      var body = line
      var expected: String?
      if let arrow = line.range(of: " => ") {
        body = String(line[..<arrow.lowerBound])
        expected = String(line[arrow.upperBound...])
      }
      guard let open = body.range(of: "[["), let close = body.range(of: "]]") else {
        Issue.record("A topic case needs a [[span]] or a leading ~: \(line)")
        return TopicCase(text: body)
      }
      let span = String(body[open.upperBound..<close.lowerBound])
      let text = body.replacingOccurrences(of: "[[", with: "").replacingOccurrences(
        of: "]]", with: "")
      return TopicCase(text: text, span: span, expected: expected)
    }
  }
}

/// How well a proposed topic matches the labelled span: the share of the span's content words it
/// covers, and the share of its own content words that lie in the span.
func topicAgreement(_ proposed: String, _ labelled: String) -> (coverage: Double, precision: Double)
{
  func words(_ text: String) -> Set<String> {
    let ignored: Set<String> = [
      "your", "you", "their", "its", "her", "his", "they", "she", "he", "yourself", "herself",
      "himself", "the", "a", "an", "of", "to", "and", "in", "on", "for", "with", "at", "how",
      "about", "that", "what", "is", "are", "was", "were", "it", "be", "by", "from", "into",
    ]
    return Set(
      text.lowercased().split(whereSeparator: {
        !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'"
      })
      .map { String($0).replacingOccurrences(of: "'s", with: "") }
      .filter { !ignored.contains($0) })
  }
  let mine = words(proposed)
  let theirs = words(labelled)
  guard !mine.isEmpty, !theirs.isEmpty else { return (0, 0) }
  let shared = Double(mine.intersection(theirs).count)
  return (shared / Double(theirs.count), shared / Double(mine.count))
}

/// An acceptable top topic covers at least half the span and is mostly made of the span's words.
func isAcceptable(_ proposed: String, _ labelled: String) -> Bool {
  let agreement = topicAgreement(proposed, labelled)
  return agreement.coverage >= 0.5 && agreement.precision >= 0.6
}

@Suite("Topic extraction against the labelled cases")
struct TopicCasesTests {
  let cases: [TopicCase]
  let extractor = TopicExtractor()

  init() throws {
    cases = try TopicCase.load()
  }

  @Test("the labelled set is big and varied enough to mean something")
  func setSize() {
    #expect(cases.count >= 100)
    #expect(cases.filter { $0.span == nil }.count >= 15)
    #expect(cases.filter { $0.expected != nil }.count >= 15)
    for item in cases {
      if let span = item.span { #expect(span.split(separator: " ").count <= 12, "\(span)") }
    }
  }

  @Test("the top topic is acceptable on at least 90% of the specific cases")
  func topOneAccuracy() {
    let specific = cases.filter { $0.span != nil }
    var misses: [String] = []
    for item in specific {
      guard let span = item.span else { continue }
      let top = extractor.topics(in: item.text).first?.text ?? "(none)"
      if !isAcceptable(top, item.expected ?? span) {
        misses.append("  want: \(span)\n  got:  \(top)\n  text: \(item.text)")
      }
    }
    let accuracy = Double(specific.count - misses.count) / Double(specific.count)
    print("topic top-1 accuracy: \(specific.count - misses.count)/\(specific.count)")
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(misses.joined(separator: "\n"))
    }
    #expect(
      accuracy >= 0.9,
      "top-1 accuracy \(accuracy) over \(specific.count) cases; misses:\n\(misses.joined(separator: "\n"))"
    )
  }

  @Test("it abstains on every generic case")
  func abstention() {
    for item in cases where item.span == nil {
      let topics = extractor.topics(in: item.text)
      #expect(topics.isEmpty, "proposed \(topics.map(\.text)) for generic chatter: \(item.text)")
    }
  }

  @Test("a topic about the interviewer's side speaks to them in the second person")
  func perspective() {
    var misses: [String] = []
    let marked = cases.filter { $0.expected != nil }
    for item in marked {
      guard let expected = item.expected, let span = item.span else { continue }
      let top = extractor.topics(in: item.text).first?.text ?? "(none)"
      guard isAcceptable(top, expected) else { continue }  // counted in topOneAccuracy
      let words = Set(top.lowercased().split(separator: " ").map(String.init))
      let wanted = Set(expected.lowercased().split(separator: " ").map(String.init))
      let pronouns: Set<String> = [
        "your", "you", "you're", "you've", "yourself", "their", "her", "his", "its", "they", "she",
        "he", "they're", "he's", "she's",
      ]
      let mine = words.intersection(pronouns)
      let theirs = wanted.intersection(pronouns)
      if !mine.isSubset(of: theirs) {
        misses.append("  want: \(expected)\n  got:  \(top)\n  span: \(span)")
      }
    }
    #expect(
      misses.count * 10 <= marked.count, "perspective misses:\n\(misses.joined(separator: "\n"))")
  }

  @Test("other people's things stay theirs")
  func otherOwnersKeepTheirWords() {
    for item in cases where item.expected == nil {
      guard let span = item.span, span.contains("their ") || span.contains(" its ") else {
        continue
      }
      let top = extractor.topics(in: item.text).first?.text ?? ""
      guard isAcceptable(top, span) else { continue }
      #expect(!top.contains("your"), "\(top) from \(span)")
    }
  }

  @Test("every topic is at most 12 words with a score in 0...1")
  func length() {
    for item in cases {
      for topic in extractor.topics(in: item.text) {
        #expect(topic.wordCount <= TopicExtractor.maximumWords, "\(topic.text)")
        #expect((0...1).contains(topic.score))
      }
    }
  }
}
