import Foundation

/// Writes the fuzz targets' seed corpora from the recorded dialogues and the labelled data sets.
///
/// Usage: `seed-corpus REPOSITORY OUTPUT`. Creates one folder per target in OUTPUT, one file per
/// seed. Built by `.ci/fuzz` together with the FollowUpKit sources (the saved-session seeds are
/// real conversations, saved after every turn of every dialogue); the corpora are generated at
/// each run, never committed.
@main
enum SeedCorpus {
  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
      FileHandle.standardError.write(Data("usage: seed-corpus REPOSITORY OUTPUT\n".utf8))
      exit(2)
    }
    let repository = URL(fileURLWithPath: arguments[1])
    let output = URL(fileURLWithPath: arguments[2])
    var corpus = Corpus()
    let dialogues = repository.appendingPathComponent("dialogues")
    let names = try FileManager.default.contentsOfDirectory(atPath: dialogues.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    for name in names {
      let text = try String(contentsOf: dialogues.appendingPathComponent(name), encoding: .utf8)
      try corpus.addDialogue(text)
    }
    let data = repository.appendingPathComponent("Tests/FollowUpKitTests/Data")
    if let text = try? String(
      contentsOf: data.appendingPathComponent("topic-cases.txt"), encoding: .utf8)
    {
      corpus.addTopicCases(text)
    }
    if let text = try? String(
      contentsOf: data.appendingPathComponent("review-cases.txt"), encoding: .utf8)
    {
      corpus.addReviewCases(text)
    }
    corpus.addHandWritten()
    try corpus.write(to: output)
  }
}

/// The seeds of every target, by target name.
struct Corpus {
  var seeds: [String: [[UInt8]]] = [:]

  mutating func add(_ target: String, _ seed: String) {
    add(target, bytes: Array(seed.utf8))
  }

  mutating func add(_ target: String, bytes: [UInt8]) {
    guard !bytes.isEmpty, !(seeds[target] ?? []).contains(bytes) else { return }
    seeds[target, default: []].append(bytes)
  }

  /// A dialogue gives: its inputs as engine turns and as JSON lines, itself as a transcript, its
  /// discussion answers as topics and review text, its pasted drafts as reviews, its replies to
  /// split, and the conversation saved (and its note exported) after each of its turns.
  mutating func addDialogue(_ text: String) throws {
    add("transcript", text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var inputs: [String] = []
    var reply: [String] = []
    func endReply() {
      let joined = reply.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      // A limit of 64 and of 120 characters (the first byte is the limit less one).
      if joined.count > 64 { add("splitter", bytes: [63] + Array(joined.utf8)) }
      if joined.count > 120 { add("splitter", bytes: [119] + Array(joined.utf8)) }
      reply = []
    }
    for line in lines {
      if line.hasPrefix("> ") || line == ">" {
        let input = line == ">" ? "" : String(line.dropFirst(2))
        inputs.append(input)
        if reply.joined(separator: " ").contains("came up") {
          add("topics", input)
          add("review", input)
        }
        endReply()
      } else if !line.hasPrefix("#") {
        reply.append(line.hasPrefix("\\") ? String(line.dropFirst()) : line)
      }
    }
    endReply()
    add("engine", inputs.joined(separator: "\n"))
    var assembler = MessageAssembler()
    var messages: [String] = []
    for input in inputs {
      if case .message(let message) = assembler.feed(input) { messages.append(message) }
    }
    if let rest = assembler.finish() { messages.append(rest) }
    for message in messages where PastedReview.isReview(message) {
      add("review", PastedReview.draftText(message))
    }
    add(
      "jsonl",
      messages.map {
        JSONWriter.string(.object([("session", .string("s")), ("text", .string($0))]))
      }.joined(separator: "\n"))
    guard let today = CivilDate(year: 2026, month: 11, day: 27) else { return }
    var conversation = Conversation(today: today, surface: .remote)
    for (index, message) in messages.enumerated() {
      let outputs = conversation.receive(.userReplied(message))
      // As the server saves it: the output line for the last input, kept to resend.
      let line = JSONWriter.string(
        .object([
          ("session", .string("s")), ("reply", .string(ReplyText.render(outputs))),
          ("id", .number(Double(index))),
        ]))
      let saved = SavedSession(
        conversation: conversation, session: "s", lastID: try RequestID(json: String(index)),
        lastTextSHA256: SavedSession.digest(message), lastReply: line)
      add("saved", bytes: Array(try saved.encoded()))
      if let note = conversation.note {
        add(
          "export",
          ([note.subject ?? ""] + note.lines.map(\.text) + ["priya@example.com"]).joined(
            separator: "\0"))
      }
      if let request = conversation.currentRequest() { add("composer", bytes: Self.bytes(request)) }
    }
  }

  /// A request in the composer target's layout: settings, details, then the fields.
  static func bytes(_ request: NoteRequest) -> [UInt8] {
    let channel = Channel.allCases.firstIndex(of: request.channel) ?? 0
    let tone = Tone.allCases.firstIndex(of: request.tone) ?? 0
    let settings = channel | tone << 2 | (request.length + 1) << 4 | (request.freeAccount ? 64 : 0)
    let kind = Topic.Kind.allCases.firstIndex(of: request.topic.kind) ?? 0
    let outcome = [nil, Outcome.well, .mixed, .badly].firstIndex(of: request.outcome) ?? 0
    let details = kind | outcome << 4 | (request.when == nil ? 0 : 128)
    let fields =
      [
        request.sender.full, request.recipient.full, request.company, request.role ?? "",
        request.topic.text,
      ] + request.added + request.replacements.map { $0.from + "\u{1}" + $0.to }
    return [UInt8(settings), UInt8(details)] + Array(fields.joined(separator: "\0").utf8)
  }

  /// Each labelled topic case, without its markup.
  mutating func addTopicCases(_ text: String) {
    for line in text.split(separator: "\n").map(String.init) where !line.hasPrefix("#") {
      var sentence = line
      if sentence.hasPrefix("~ ") { sentence = String(sentence.dropFirst(2)) }
      if let arrow = sentence.range(of: " => ") { sentence = String(sentence[..<arrow.lowerBound]) }
      sentence = sentence.replacingOccurrences(of: "[[", with: "")
        .replacingOccurrences(of: "]]", with: "")
      add("topics", sentence)
    }
  }

  /// Each labelled review case's draft, without its header.
  mutating func addReviewCases(_ text: String) {
    for block in text.components(separatedBy: "\n---") {
      let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      guard let codes = lines.firstIndex(where: { $0.hasPrefix("codes:") }) else { continue }
      let draft = lines[(codes + 1)...].joined(separator: "\n")
        .trimmingCharacters(in: .whitespacesAndNewlines)
      add("review", draft)
    }
  }

  /// Protocol edge cases no dialogue shows.
  mutating func addHandWritten() {
    add(
      "jsonl",
      [
        #"{"session":"a","text":"I'm Jordan"}"#, #"{"session":"b","text":"hi","id":7}"#,
        #"{"session":"b","text":"hi","id":7}"#, #"{"event":"ping","id":"p"}"#,
        #"{"session":"a","event":"reset"}"#, #"{"session":"c","text":"Jordan"}"#,
        #"{"session":"a","text":"Priya Shah"}"#, #"{"session":"a","event":"end"}"#,
        #"{"text":"review\nDear Sam,\nsorry I was nervous.\nJordan"}"#, #"[1,2]"#, "{",
        #"{"session":1,"text":"x"}"#, #"{"session":"a"}"#, #"{"text":"\ud83d\ude00 \u0000"}"#,
        #"{"event":"nope"}"#, #"{"text":"x","id":1e999}"#,
      ].joined(separator: "\n"))
    add("engine", "review\nDear Sam,\nI'm so sorry.\n.\nJordan")
    add(
      "export",
      "Thank you: analyst interview\0Thank you for your time yesterday. I enjoyed it.\0Jordan")
    add("export", "Merci: entretien à Zoë\0Café Lumière\r\nnext line\0priya@example.com")
    add("export", "=?UTF-8?B?x?= Bcc: x@example.com\r\nBcc: y@example.com\0=\0a@b.co")
    add("lru", bytes: [0, 1, 2, 0, 0xC0, 0x81, 3, 0xC0, 0xC0, 0xC0, 5, 0x45, 0x85])
    add("lru", bytes: Array(0..<16) + Array(0xC0..<0xD0) + Array(0x80..<0x90))
  }

  func write(to output: URL) throws {
    for (target, list) in seeds {
      let folder = output.appendingPathComponent(target)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (index, seed) in list.enumerated() {
        try Data(seed).write(to: folder.appendingPathComponent("seed-\(index)"))
      }
    }
  }
}
