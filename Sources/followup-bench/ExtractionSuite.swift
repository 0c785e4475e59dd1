import FollowUpKit

/// `extraction`: `TopicExtractor().topics(in:)` on 100-word answers, then on growing documents.
enum ExtractionSuite {
  static let medianTarget = 20.0  // microseconds per 100-word text
  static let mebibyteTarget = 100.0  // milliseconds for 1 MiB

  /// With `calls`, only the short texts, that many calls: a run short enough for callgrind.
  static func run(corpusPath: String?, calls: Int? = nil) {
    Report.heading("extraction: TopicExtractor().topics(in:)")
    let extractor = TopicExtractor()
    if let calls {
      shortTexts(extractor, iterations: calls, warmUp: max(calls / 10, 1))
      return
    }
    shortTexts(extractor)
    if let corpusPath { corpus(extractor, path: corpusPath) }
    growth(extractor)
  }

  /// Median and p99 per call over many calls, cycling through the inline texts.
  private static func shortTexts(
    _ extractor: TopicExtractor, iterations: Int = 200_000, warmUp: Int = 20_000
  ) {
    let texts = SampleTexts.discussions
    let words = texts.map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    for index in 0..<warmUp { Sink.consume(extractor.topics(in: texts[index % texts.count]).count) }
    var samples = Samples(capacity: iterations)
    var perText = [Samples](
      repeating: Samples(capacity: iterations / texts.count), count: texts.count)
    for index in 0..<iterations {
      let which = index % texts.count
      let text = texts[which]
      let start = Clock.now()
      let topics = extractor.topics(in: text)
      let elapsed = Clock.now() &- start
      Sink.consume(topics.count)
      samples.append(elapsed)
      perText[which].append(elapsed)
    }
    let median = samples.median()
    Report.line(
      "\(texts.count) inline texts of \(words.min() ?? 0)-\(words.max() ?? 0) words, "
        + "\(Format.grouped(iterations)) calls after \(Format.grouped(warmUp)) warm-up calls:")
    Report.line(
      "  median \(Format.micros(median)) µs per text, p99 \(Format.micros(samples.percentile(0.99))) µs, "
        + "mean \(Format.fixed(samples.mean / 1_000, 2)) µs   "
        + "(target median <= \(Format.fixed(medianTarget, 0)) µs: "
        + Verdict.check(Double(median) / 1_000 <= medianTarget) + ")")
    var rows = [["  text", "words", "median µs", "p99 µs", "µs per 100 words"]]
    for (index, var samples) in perText.enumerated() {
      let median = samples.median()
      rows.append([
        "  #\(index + 1)", String(words[index]), Format.micros(median),
        Format.micros(samples.percentile(0.99)),
        Format.fixed(Double(median) / 1_000 * 100 / Double(words[index]), 2),
      ])
    }
    for line in Format.table(rows) { Report.line(line) }
  }

  /// The real interview accounts in the shared corpus, read in place (never copied).
  private static func corpus(_ extractor: TopicExtractor, path: String) {
    guard let texts = Corpus.texts(path), !texts.isEmpty else {
      Report.line("corpus \(path): not readable, skipped")
      return
    }
    let words = texts.map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    let rounds = 200
    for text in texts { Sink.consume(extractor.topics(in: text).count) }
    var samples = Samples(capacity: rounds * texts.count)
    var per100 = Samples(capacity: rounds * texts.count)
    for _ in 0..<rounds {
      for (index, text) in texts.enumerated() {
        let start = Clock.now()
        let topics = extractor.topics(in: text)
        let elapsed = Clock.now() &- start
        Sink.consume(topics.count)
        samples.append(elapsed)
        per100.append(elapsed * 100 / UInt64(max(words[index], 1)))
      }
    }
    Report.line(
      "\(texts.count) real accounts from \(path) (\(words.min() ?? 0)-\(words.max() ?? 0) words, "
        + "\(rounds) rounds):")
    Report.line(
      "  median \(Format.micros(samples.median())) µs per text, "
        + "p99 \(Format.micros(samples.percentile(0.99))) µs; "
        + "per 100 words: median \(Format.micros(per100.median())) µs, "
        + "p99 \(Format.micros(per100.percentile(0.99))) µs")
  }

  /// Time per call and per KiB from 1 KiB to 1 MiB: flat per KiB means linear growth.
  private static func growth(_ extractor: TopicExtractor) {
    Report.line("documents built from the inline sentences, repeated in varying order:")
    var rows = [
      ["  size", "bytes", "words", "calls", "median ms per call", "µs per KiB", "topics"]
    ]
    var perKiB: [Double] = []
    var mebibyteMillis = 0.0
    for size in [1 << 10, 16 << 10, 128 << 10, 1 << 20] {
      let text = SampleTexts.document(bytes: size)
      let bytes = text.utf8.count
      let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
      var topicCount = extractor.topics(in: text).count  // warm-up
      // Enough calls for about half a second, at least 5.
      let probe = Clock.time { topicCount = extractor.topics(in: text).count }
      let calls = max(5, min(2_000, Int(500_000_000 / max(probe, 1))))
      var samples = Samples(capacity: calls)
      for _ in 0..<calls {
        samples.append(Clock.time { Sink.consume(extractor.topics(in: text).count) })
      }
      let median = samples.median()
      let microsPerKiB = Double(median) / 1_000 / (Double(bytes) / 1_024)
      perKiB.append(microsPerKiB)
      if size == 1 << 20 { mebibyteMillis = Double(median) / 1_000_000 }
      rows.append([
        "  " + Format.bytes(Double(size)), Format.grouped(bytes), Format.grouped(words),
        String(calls), Format.millis(median, 3), Format.fixed(microsPerKiB, 2), String(topicCount),
      ])
    }
    for line in Format.table(rows) { Report.line(line) }
    // From 16 KiB on, the fixed cost of a call is negligible: per-KiB time that stays flat while
    // the text grows 64 times is linear growth.
    let growth = perKiB[perKiB.count - 1] / max(perKiB[1], 0.000_001)
    Report.line(
      "  1 MiB in \(Format.fixed(mebibyteMillis, 2)) ms (target < \(Format.fixed(mebibyteTarget, 0)) ms: "
        + Verdict.check(mebibyteMillis < mebibyteTarget) + ")")
    Report.line(
      "  µs per KiB at 1 MiB / at 16 KiB = \(Format.fixed(growth, 2)) (linear: flat, target <= 2, "
        + "quadratic would be about 64: " + Verdict.check(growth <= 2)
        + "; 1 KiB adds the fixed cost of a call)")
  }
}

/// The optional shared corpus of real interview accounts: JSON lines with a `text` field.
enum Corpus {
  static let defaultPath = "../shared/corpus/interview-reviews.jsonl"

  static func texts(_ path: String) -> [String]? {
    guard let content = FileText.read(path) else { return nil }
    var texts: [String] = []
    for line in content.split(separator: "\n") {
      guard let value = try? JSONParser.parse(String(line)), let text = value["text"]?.stringValue
      else { continue }
      texts.append(text)
    }
    return texts
  }
}
