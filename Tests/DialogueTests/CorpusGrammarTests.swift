import Foundation
import Testing

@testable import FollowUpKit

/// The topic sentence over real candidates' words: every topic found in the reviews, in every
/// frame the composer can put it in, is a whole sentence (`TopicGrammar.problem`).
@Suite("Real candidates' words make whole topic sentences", .enabled(if: Corpus.isAvailable))
struct CorpusGrammarTests {
  @Test("no clause in a noun-phrase slot, no dangling word, no empty slot")
  func topicSentences() throws {
    let input = try String(contentsOf: Corpus.reviews, encoding: .utf8)
    var failures: [String] = []
    var checked = 0
    for line in input.split(separator: "\n") where !line.isEmpty {
      guard let text = try JSONParser.parse(String(line))["text"]?.stringValue else { continue }
      for topic in TopicExtractor().topics(in: text) {
        checked += 1
        // As the note says it: the words a reader sees.
        let text = NoteComposer.spoken(topic.text, interest: nil)
        let form = TopicGrammar.form(of: text)
        var frames = [Phrasebook.briefTopic(topic.kind, form: form)]
        for composed in [false, true] {
          frames += Phrasebook.topic(topic.kind, form: form, composed: composed)
        }
        for frame in frames {
          let sentence = frame.replacingOccurrences(of: "{topic}", with: text)
          if let problem = TopicGrammar.problem(in: sentence, topic: text) {
            failures.append("\(problem): \(sentence)")
          }
        }
      }
    }
    print("corpus topic sentences: \(checked) topics, \(failures.count) problems")
    #expect(checked >= 100)
    #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
  }
}
