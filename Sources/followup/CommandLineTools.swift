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
      Console.write(JSONWriter.string(.object([("topics", topicsJSON(topics))])) + "\n")
      return 0
    }
    while true {
      switch reader.next() {
      case .end: return 0
      case .interrupted: continue
      case .line(let line):
        if line.isBlank { continue }
        let output: JSONValue
        do {
          let value = try JSONParser.parse(line)
          guard case .string(let text)? = value["text"] else {
            output = .object([
              ("error", .string("each line needs a string \"text\"")), ("id", value["id"] ?? .null),
            ])
            guard Console.write(JSONWriter.string(output) + "\n") else { return 0 }
            continue
          }
          output = .object([
            ("id", value["id"] ?? .null), ("topics", topicsJSON(extractor.topics(in: text))),
          ])
        } catch {
          output = .object([("error", .string("not valid JSON: \(error.description)"))])
        }
        guard Console.write(JSONWriter.string(output) + "\n") else { return 0 }
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
      guard let text = FileReader.read(path) else {
        Console.error("followup: cannot read \(path)")
        failures += 1
        continue
      }
      let transcript: Transcript
      do {
        transcript = try Transcript.parse(text)
      } catch {
        Console.error("followup: \(path): \(error.description)")
        failures += 1
        continue
      }
      let replayed = transcript.replayed()
      if replayed.text == transcript.text || replayed == transcript {
        Console.write("ok    \(path)\n")
      } else {
        failures += 1
        Console.write(
          "FAIL  \(path)\n" + LineDiff.diff(expected: transcript.text, actual: replayed.text) + "\n"
        )
      }
    }
    return failures == 0 ? 0 : 1
  }
}
