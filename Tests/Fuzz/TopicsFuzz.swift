@testable import FollowUpKit

// Fuzz target: topic extraction, from free text and from a topic the person typed.
//
// Every topic is non-empty, at most 12 words, scored from 0 to 1, and free of control
// characters (line breaks included: a topic sits inside a sentence of the note) and stray spaces.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
  let text = fuzzText(data, size)
  let extractor = TopicExtractor()
  for topic in extractor.topics(in: text) { checkTopic(topic, text) }
  if let typed = extractor.typedTopic(text) { checkTopic(typed, text) }
  return 0
}

private func checkTopic(_ topic: Topic, _ text: String) {
  let shown = "\(topic.text.debugDescription) from \(text.debugDescription)"
  check(!topic.text.isEmpty, "empty topic from \(text.debugDescription)")
  check(topic.wordCount <= TopicExtractor.maximumWords, "topic over 12 words: \(shown)")
  check(Note.words(in: topic.text) <= TopicExtractor.maximumWords, "topic over 12 words: \(shown)")
  check((0...1).contains(topic.score), "score \(topic.score) out of 0...1: \(shown)")
  check(
    !topic.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
    "control character in topic \(shown)")
  check(
    topic.text.first != " " && topic.text.last != " " && !topic.text.contains("  "),
    "stray spaces in topic \(shown)")
}
