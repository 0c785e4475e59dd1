import FollowUpKit

/// `facts`: `FactReader(today:).facts(in:)` on opening messages that answer several questions.
enum FactsSuite {
  static func run(today: CivilDate) {
    Report.heading("facts: FactReader(today:).facts(in:)")
    let reader = FactReader(today: today)
    let texts = SampleTexts.openings
    for index in 0..<20_000 {
      Sink.consume(reader.facts(in: texts[index % texts.count]).knownCount)
    }
    let iterations = 200_000
    var samples = Samples(capacity: iterations)
    var perText = [Samples](
      repeating: Samples(capacity: iterations / texts.count), count: texts.count)
    for index in 0..<iterations {
      let which = index % texts.count
      let start = Clock.now()
      let facts = reader.facts(in: texts[which])
      let elapsed = Clock.now() &- start
      Sink.consume(facts.knownCount)
      samples.append(elapsed)
      perText[which].append(elapsed)
    }
    Report.line(
      "\(texts.count) opening messages, \(Format.grouped(iterations)) calls after 20,000 warm-up:")
    Report.line(
      "  median \(Format.micros(samples.median())) µs per message, "
        + "p99 \(Format.micros(samples.percentile(0.99))) µs, "
        + "mean \(Format.fixed(samples.mean / 1_000, 2)) µs")
    var rows = [["  message", "median µs", "p99 µs", "facts found"]]
    for (index, var samples) in perText.enumerated() {
      let text = texts[index]
      let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
      rows.append([
        "  \"" + shown + "\"", Format.micros(samples.median()),
        Format.micros(samples.percentile(0.99)), String(reader.facts(in: text).knownCount),
      ])
    }
    for line in Format.table(rows) { Report.line(line) }
  }
}

extension Facts {
  /// How many of the facts are known, so the benchmark can show each message was understood.
  var knownCount: Int {
    [name != nil, interviewers != nil, company != nil, role != nil, when != nil, outcome != nil]
      .filter { $0 }.count
  }
}
