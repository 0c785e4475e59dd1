import FollowUpKit

/// `followup topics`: the ranked topics in text on standard input, as JSON.
enum TopicsCommand {
  static func run(jsonl: Bool) -> Int32 {
    let reader = LineReader(maximumLineBytes: JSONLinesServer.maximumLineBytes)
    let extractor = TopicExtractor()
    if !jsonl {
      var lines: [String] = []
      while case .line(let line) = reader.next() { lines.append(line) }
      let topics = extractor.topics(in: lines.joined(separator: "\n"))
      let output = JSONWriter.string(.object([("topics", topicsJSON(topics))]))
      return StandardOutput.emit(output + "\n") ?? 0
    }
    while true {
      switch reader.next() {
      case .end: return 0
      case .interrupted: continue
      case .line(let line):
        // One output line for every input line, a blank one included.
        let output: JSONValue
        if line.isBlank {
          output = .object([("error", .string("empty line: each line needs a string \"text\""))])
        } else {
          do {
            let value = try JSONParser.parse(line)
            if case .string(let text)? = value["text"] {
              output = .object([
                ("id", value["id"] ?? .null), ("topics", topicsJSON(extractor.topics(in: text))),
              ])
            } else {
              output = .object([
                ("error", .string("each line needs a string \"text\"")),
                ("id", value["id"] ?? .null),
              ])
            }
          } catch {
            output = .object([("error", .string("not valid JSON: \(error.description)"))])
          }
        }
        if let status = StandardOutput.emit(JSONWriter.string(output) + "\n") { return status }
      }
    }
  }

  static func topicsJSON(_ topics: [Topic]) -> JSONValue {
    .array(
      topics.map {
        .object([
          ("text", .string($0.text)), ("score", .number($0.score)),
          ("kind", .string($0.kind.rawValue)),
        ])
      })
  }
}

/// `followup replay FILE...`: replays transcripts; a line diff for each mismatch, exit 1 on any.
enum ReplayCommand {
  static func run(_ paths: [String]) -> Int32 {
    var failures = 0
    for path in paths {
      let shown = Transcript.printable(path)
      let text: String
      switch FileReader.read(path, maximumBytes: FileReader.maximumTranscriptBytes) {
      case .success(let contents):
        text = contents
      case .failure(let failure):
        Console.error("followup: cannot read \(shown): \(failure.reason)")
        failures += 1
        continue
      }
      let transcript: Transcript
      do {
        transcript = try Transcript.parse(text)
      } catch {
        Console.error("followup: \(shown): \(error.description)")
        failures += 1
        continue
      }
      let replayed = transcript.replayed()
      let report: String
      if replayed.text == transcript.text || replayed == transcript {
        report = "ok    \(shown)\n"
      } else {
        failures += 1
        let diff = LineDiff.diff(expected: transcript.text, actual: replayed.text)
        report = "FAIL  \(shown)\n" + diff + "\n"
      }
      if let status = StandardOutput.emit(report) { return status == 0 ? 1 : status }
    }
    return failures == 0 ? 0 : 1
  }
}
