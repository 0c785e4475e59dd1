/// A note as pasted: the subject line, greeting and sign-off set apart from the body.
struct PastedDraft {
  var subject: String?
  var greeting: String?
  /// Everything but the subject line.
  var body: String
  /// The body without its greeting and sign-off: what the note actually says.
  var content: String
  var sentences: [String]

  init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    while let first = lines.first, first.trimming(" \t").isEmpty { lines.removeFirst() }
    if let first = lines.first, first.lowercased().hasPrefix("subject:") {
      subject = String(first.dropFirst(8)).trimming(" \t")
      lines.removeFirst()
    }
    body = lines.joined(separator: "\n").trimming(" \t\n")
    let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
    let lowerFirst = firstLine.lowercased()
    if ["dear ", "hi ", "hello ", "hey ", "good morning", "good afternoon", "morning "].contains(
      where: { lowerFirst.hasPrefix($0) })
    {
      // The greeting runs to the first comma: "Hi Tom, thanks for the chat" greets Tom.
      greeting = firstLine.split(separator: ",").first.map(String.init) ?? firstLine
    } else if let comma = firstLine.firstIndex(of: ","),
      firstLine.distance(from: firstLine.startIndex, to: comma) < 30, firstLine.hasSuffix(",")
    {
      greeting = String(firstLine[..<comma])
    }
    content = Self.content(of: body, greeting: greeting)
    var sentences: [String] = []
    var current = ""
    for character in content {
      current.append(character)
      if ".!?\n".contains(character) {
        let trimmed = current.trimming(" \t\n")
        if !trimmed.isEmpty { sentences.append(trimmed) }
        current = ""
      }
    }
    let trimmed = current.trimming(" \t\n")
    if !trimmed.isEmpty { sentences.append(trimmed) }
    self.sentences = sentences
  }

  /// The body without the greeting ("Dear Priya,", or "Hi Tom," opening the first line) and the
  /// sign-off (the short lines at the end, or a name after the last full stop).
  static func content(of body: String, greeting: String?) -> String {
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let greeting, let first = lines.first {
      let rest = first.dropFirst(greeting.count).drop(while: { $0 == "," || $0 == " " || $0 == "!" }
      )
      if rest.isEmpty { lines.removeFirst() } else { lines[0] = String(rest) }
    }
    while let last = lines.last, last.trimming(" \t").isEmpty { lines.removeLast() }
    // Sign-off lines: short, with no full stop inside ("Best wishes,", "Jordan").
    while lines.count > 1, let last = lines.last,
      Note.words(in: last) <= 4, !last.dropLast().contains(".")
    {
      lines.removeLast()
      while let next = lines.last, next.trimming(" \t").isEmpty { lines.removeLast() }
    }
    var text = lines.joined(separator: "\n")
    // "... on the city routes. Jordan": a name after the last sentence.
    if let stop = text.lastIndex(where: { ".!?".contains($0) }) {
      let tail = text[text.index(after: stop)...]
      if Note.words(in: String(tail)) <= 3, !tail.contains(",") {
        text = String(text[...stop])
      }
    }
    return text.trimming(" \t\n")
  }
}
