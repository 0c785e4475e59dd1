import Foundation
import Testing

@testable import FollowUpKit

/// Real interview reviews written by candidates (../shared/corpus, read in place: the texts
/// carry no licence, so they are never copied into the project).
enum Corpus {
  static var reviews: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/corpus/interview-reviews.jsonl")
  }

  static var isAvailable: Bool { FileManager.default.fileExists(atPath: reviews.path) }
}

@Suite("Real candidates' words", .enabled(if: Corpus.isAvailable))
struct CorpusTests {
  @Test("followup topics --jsonl over every review: no crash, short specific topics")
  func topics() throws {
    let input = try String(contentsOf: Corpus.reviews, encoding: .utf8)
    let lines = input.split(separator: "\n").filter { !$0.isEmpty }
    #expect(lines.count >= 150)
    let result = try Executable.run(["topics", "--jsonl"], input: input)
    #expect(result.status == 0)
    #expect(result.error.isEmpty)
    let outputs = result.output.split(separator: "\n").map(String.init)
    #expect(outputs.count == lines.count)
    var proposed = 0
    for (line, output) in zip(lines, outputs) {
      let request = try JSONParser.parse(String(line))
      let reply = try JSONParser.parse(output)
      #expect(reply["id"] == request["id"])
      guard case .array(let topics)? = reply["topics"] else {
        Issue.record("no topics array: \(output)")
        continue
      }
      if !topics.isEmpty { proposed += 1 }
      for topic in topics {
        let text = topic["text"]?.stringValue ?? ""
        let words = text.split(separator: " ")
        #expect(!words.isEmpty && words.count <= TopicExtractor.maximumWords, "\(text)")
        #expect(Phrase.hasSpecificContent(text), "generic or bare: \(text)")
        #expect(!words.allSatisfy { Lexicon.stopwords.contains($0.lowercased()) }, "\(text)")
        #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }, "\(text)")
        if case .number(let score)? = topic["score"] { #expect((0...1).contains(score)) }
      }
    }
    print("corpus: topics proposed for \(proposed) of \(lines.count) reviews")
  }
}
